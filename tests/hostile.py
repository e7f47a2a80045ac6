"""The hostile-input corpus: bad workbooks built by code, and what `szj generate` must do.

`CASES` is one table: each row says how to build the input, what is wrong with it, the exit
code the SPEC asks for, the cell the message must name and the Polish message itself.
`tests/test_hostile.py` runs every row through `szj generate`; `tools/make_reliability_doc.py`
turns the same rows into the table of `docs/reliability.md`. Nothing here is a committed
binary: every file is written by the functions below, into a folder the caller gives.

Expected cells refer to the valid workbook of `workbooks.valid_sheets()`: in `Projekt`, row 6
is Znak sprawy, 7 Tytuł projektu, 10 Opis potrzeby, 18 Planowany termin wdrożenia; `Zasoby`
columns are A Lp. … C Opis, D Ilość, F Cena jednostkowa, G Wartość, I Termin zapewnienia,
with the first resource in row 2.
"""

from __future__ import annotations

import io
import os
import re
import struct
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

import openpyxl
from workbooks import Sheets, set_field, valid_sheets, write_workbook

from generator import messages as msg
from generator.workbook import schema as s

WORKBOOK = "projekt.xlsx"
ERROR = "błąd"
WARNING = "ostrzeżenie"
DAY = "2026-11-24"  # workbooks.TODAY: the valid workbook has no warnings on this day
DOCUMENT_COUNT = 10  # the templates of registry.DOCUMENTS, with --wszystkie

Build = Callable[[Path], Path]  # writes the input into a folder; returns what to pass to szj


class Beginning(str):
    """The start of a message whose rest varies (a detail, a size): shown followed by „…”."""


def beginning(template: str) -> Beginning:
    """The fixed start of a message template, up to its first variable or parenthesis."""
    return Beginning(re.split(r"[{(]", template)[0].rstrip())


@dataclass(frozen=True)
class Case:
    """One hostile input and the outcome the SPEC asks for."""

    name: str
    group: str
    wrong: str  # what is wrong with the input, for the reliability table
    build: Build
    exit_code: int
    where: str | None  # `Zasoby!F2`, a sheet name, or None for the file as a whole
    message: str  # the Polish message (or its beginning) that must be printed
    severity: str = ERROR
    file: str = WORKBOOK  # the file name the message must start with
    subprocess: bool = False  # also run as a real `python -m generator` process
    expect_text: str | None = None  # text the documents must hold (exit 0 only)

    @property
    def prefix(self) -> str:
        """How the line naming the problem starts: `projekt.xlsx: Zasoby!F2: błąd: `."""
        if self.where is None:
            return f"{self.file}: " if self.file else ""
        return f"{self.file}: {self.where}: {self.severity}: "

    def reported_in(self, stderr: str) -> bool:
        """Whether a line of `stderr` names the file and cell and holds the message.

        A whole-file problem may be printed after the file's path (`…/projekt.xlsx: …`).
        """
        for line in stderr.splitlines():
            start = line.find(self.prefix) if self.where is None else 0
            if start >= 0 and line[start:].startswith(self.prefix) and self.message in line:
                return True
        return False


# --- building blocks ----------------------------------------------------------------------


def raw_bytes(data: bytes, name: str = WORKBOOK) -> Build:
    def build(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path

    return build


def workbook(change: Callable[[Sheets], object] | None = None, name: str = WORKBOOK) -> Build:
    """The valid workbook with `change` applied to its rows."""

    def build(folder: Path) -> Path:
        sheets = valid_sheets()
        if change is not None:
            change(sheets)
        return write_workbook(folder / name, sheets)

    return build


def edited(change: Callable[[openpyxl.Workbook], object], base: Build | None = None) -> Build:
    """A workbook edited with openpyxl after writing: what rows alone cannot say."""

    def build(folder: Path) -> Path:
        path = (base or workbook())(folder)
        book = openpyxl.load_workbook(path)
        change(book)
        book.save(path)
        return path

    return build


def rezipped(change: Callable[[dict[str, bytes]], object], base: Build | None = None) -> Build:
    """A workbook whose zip members are rewritten byte by byte (as another program might)."""

    def build(folder: Path) -> Path:
        path = (base or workbook())(folder)
        with zipfile.ZipFile(path) as archive:
            parts = {name: archive.read(name) for name in archive.namelist()}
        change(parts)
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in parts.items():
                archive.writestr(name, data)
        return path

    return build


def sheet_part(title: str) -> str:
    """The zip member of the sheet called `title` (openpyxl numbers them in order)."""
    titles = list(valid_sheets())
    return f"xl/worksheets/sheet{titles.index(title) + 1}.xml"


def cell(sheet: str, coordinate: str, value: object) -> Callable[[Sheets], None]:
    """Put `value` into one cell of the rows, e.g. `cell("Zasoby", "F2", "abc")`."""
    match = re.fullmatch(r"([A-Z])(\d+)", coordinate)
    assert match, coordinate
    column, row = ord(match[1]) - ord("A"), int(match[2]) - 1

    def change(sheets: Sheets) -> None:
        rows = sheets[sheet]
        while len(rows) <= row:
            rows.append([])
        while len(rows[row]) <= column:
            rows[row].append(None)
        rows[row][column] = value

    return change


def field(label: str, value: object) -> Callable[[Sheets], None]:
    return lambda sheets: set_field(sheets, label, value)


def excel_cell(sheet: str, coordinate: str, value: object, data_type: str) -> Build:
    """A cell stored with an explicit type: `e` (an error value), `n` with a date format…"""

    def change(book: openpyxl.Workbook) -> None:
        target = book[sheet][coordinate]
        target.value = value
        target.data_type = data_type

    return edited(change)


# --- file-level inputs --------------------------------------------------------------------


def _ole_compound_file(streams: dict[str, bytes]) -> bytes:
    """A minimal OLE2 compound file (the container of `.xls` and of encrypted `.xlsx`).

    One FAT sector, one directory sector, each stream padded to whole 512-byte sectors;
    enough for any reader to list the stream names.
    """
    sector = 512
    free, end, fat_sector = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
    fat = [fat_sector, end]  # sector 0: the FAT itself; sector 1: the directory
    data = b""
    starts = []
    for content in streams.values():
        count = max(1, -(-len(content) // sector))
        first = len(fat)
        starts.append(first)
        fat += [*range(first + 1, first + count), end]
        data += content.ljust(count * sector, b"\0")
    fat += [free] * (sector // 4 - len(fat))

    def entry(name: str, kind: int, start: int, size: int, child: int, right: int) -> bytes:
        encoded = (name + "\0").encode("utf-16-le")
        return (
            encoded.ljust(64, b"\0")
            + struct.pack("<HBB", len(encoded), kind, 1)  # name length, type, black
            + struct.pack("<III", free, right, child)  # left, right sibling, child
            + b"\0" * 16  # CLSID
            + b"\0" * 4  # state bits
            + b"\0" * 16  # creation and modification time
            + struct.pack("<IQ", start, size)
        )

    names = list(streams)
    directory = entry("Root Entry", 5, end, 0, 1, free)
    for index, name in enumerate(names, start=1):
        right = index + 1 if index < len(names) else free
        directory += entry(name, 2, starts[index - 1], len(streams[name]), free, right)
    directory = directory.ljust(sector, b"\0")
    header = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + b"\0" * 16
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + b"\0" * 6
        + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, end, 0, end, 0)
        + struct.pack("<I", 0)  # DIFAT[0]: the FAT is sector 0
        + struct.pack("<I", free) * 108
    )
    assert len(header) == sector
    return header + struct.pack(f"<{len(fat)}I", *fat) + directory + data


def encrypted_workbook() -> bytes:
    """What Excel writes for „Chroń hasłem”: the workbook encrypted inside an OLE file."""
    info = struct.pack("<HHI", 4, 4, 0x40) + (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption">'
        b'<keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" '
        b'cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512"/>'
        b"</encryption>"
    )
    package = struct.pack("<Q", 20_000) + bytes(range(256)) * 16
    return _ole_compound_file({"EncryptionInfo": info, "EncryptedPackage": package})


def old_xls() -> bytes:
    """An Excel 97–2003 file: an OLE container holding a `Workbook` stream."""
    bof = struct.pack("<HHHHII", 0x0809, 16, 0x0600, 0x0005, 0, 0)
    return _ole_compound_file({"Workbook": bof + struct.pack("<HH", 0x000A, 0)})


def truncated(keep: Callable[[int], int]) -> Build:
    def build(folder: Path) -> Path:
        data = workbook()(folder).read_bytes()
        return raw_bytes(data[: keep(len(data))])(folder)

    return build


def corrupted_member(folder: Path) -> Path:
    """Bytes flipped inside a compressed sheet: a disk or download error."""
    path = workbook()(folder)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(sheet_part("Zasoby"))
    header = 30 + len(info.filename.encode()) + len(info.extra)
    start = info.header_offset + header + info.compress_size // 3
    for offset in range(start, start + 24):
        data[offset] ^= 0x5A
    path.write_bytes(bytes(data))
    return path


def zip_of(parts: dict[str, str]) -> Build:
    def build(folder: Path) -> Path:
        path = folder / WORKBOOK
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, content in parts.items():
                archive.writestr(name, content)
        return path

    return build


def lock_file_beside_workbook(folder: Path) -> Path:
    """Excel's owner file `~$projekt.xlsx` next to the workbook; the folder is passed."""
    inputs = folder / "wejscie"
    inputs.mkdir()
    workbook()(inputs)
    owner = "Jan Kowalski".encode("utf-16-le")
    (inputs / f"~${WORKBOOK}").write_bytes(bytes([len("Jan Kowalski")]) + owner.ljust(161, b" "))
    return inputs


def missing_file(folder: Path) -> Path:
    return folder / WORKBOOK


def folder_without_workbooks(folder: Path) -> Path:
    inputs = folder / "wejscie"
    inputs.mkdir()
    (inputs / "projekt.csv").write_text("Pole;Wartość\n", encoding="utf-8")
    return inputs


# --- bombs --------------------------------------------------------------------------------

BOMB_MEGABYTES = 64


def zip_bomb(parts: dict[str, bytes]) -> None:
    """A cell whose text unpacks to 64 MB from about 64 kB (deflate's best, about 1000:1)."""
    name = sheet_part("Zasoby")
    bomb = b'<row r="40"><c r="A40" t="inlineStr"><is><t>%s</t></is></c></row>' % (
        b"A" * (BOMB_MEGABYTES << 20)
    )
    parts[name] = parts[name].replace(b"</sheetData>", bomb + b"</sheetData>", 1)


def forged_directory(offset: int, value: int, fmt: str = "<I") -> Build:
    """A zip whose central directory record of `Projekt`'s sheet is patched at `offset`:
    24 is the declared size, 8 the flags, 10 the compression method."""

    def build(folder: Path) -> Path:
        path = workbook()(folder)
        data = bytearray(path.read_bytes())
        with zipfile.ZipFile(path) as archive:
            name = archive.getinfo("xl/worksheets/sheet1.xml").filename.encode()
            record = archive.start_dir  # the first central directory record
        while data[record + 46 : record + 46 + len(name)] != name:
            record = data.index(b"PK\x01\x02", record + 4)
        struct.pack_into(fmt, data, record + offset, value)
        path.write_bytes(bytes(data))
        return path

    return build


def declared_size(size: int) -> Build:
    return forged_directory(24, size)


def utf16_doctype(parts: dict[str, bytes]) -> None:
    """The billion laughs in a sheet stored as UTF-16 (XML allows it; Excel never does)."""
    name = sheet_part("Projekt")
    with_doctype(name, _LAUGHS, "lol9")(parts)
    declaration = '<?xml version="1.0" encoding="UTF-16" standalone="yes"?>'
    parts[name] = (declaration + parts[name].decode("utf-8")).encode("utf-16")


_LAUGHS = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">'
        for n in range(1, 10)
    )
    + "]>"
)
_EXTERNAL = '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'


def with_doctype(member: str, doctype: str, entity: str) -> Callable[[dict[str, bytes]], None]:
    """Put a DOCTYPE into a member and a reference to `entity` into its text."""

    def change(parts: dict[str, bytes]) -> None:
        if member == SHARED_STRINGS:
            _add_shared_strings(parts)
        xml = parts[member].decode("utf-8")
        xml = re.sub(r"^(<\?xml[^>]*\?>)?", lambda m: (m[0] or "") + doctype, xml, count=1)
        if member == SHARED_STRINGS:
            xml = xml.replace("<t>Notatka</t>", f"<t>&{entity};</t>", 1)
        elif member.startswith("xl/worksheets/"):
            reference = f'<row r="40"><c r="A40" t="inlineStr"><is><t>&{entity};</t></is></c></row>'
            xml = xml.replace("</sheetData>", reference + "</sheetData>", 1)
        else:
            xml = xml.replace('name="Projekt"', f'name="Projekt&{entity};"', 1)
        parts[member] = xml.encode("utf-8")

    return change


SHARED_STRINGS = "xl/sharedStrings.xml"


def _add_shared_strings(parts: dict[str, bytes]) -> None:
    """Excel keeps text in a shared strings table (openpyxl writes inline text instead)."""
    parts[SHARED_STRINGS] = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" '
        b'uniqueCount="1"><si><t>Notatka</t></si></sst>'
    )
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
        b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    )
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>",
        b'<Relationship Id="rIdSst" Type="http://schemas.openxmlformats.org/officeDocument/'
        b'2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    )
    name = sheet_part("Projekt")
    parts[name] = parts[name].replace(
        b"</sheetData>", b'<row r="40"><c r="A40" t="s"><v>0</v></c></row></sheetData>', 1
    )


# --- row edits that need more than one cell -----------------------------------------------


def without_sheet(name: str) -> Callable[[Sheets], None]:
    return lambda sheets: sheets.pop(name)


def without_column(sheet: str, label: str) -> Callable[[Sheets], None]:
    def change(sheets: Sheets) -> None:
        index = sheets[sheet][0].index(label)
        for row in sheets[sheet]:
            del row[index]

    return change


def only_sheet(sheets: Sheets) -> None:
    sheets.clear()
    sheets["Arkusz1"] = [["Lista zadań"], ["zadzwonić do Sekretarza"]]


def duplicated_column(sheets: Sheets) -> None:
    sheets["Zasoby"][0].insert(10, "Opis")  # in K, after Status
    for row in sheets["Zasoby"][1:]:
        row.insert(10, "drugi opis")


def header_too_low(sheets: Sheets) -> None:
    sheets["Osoby"] = [[f"uwagi {n}"] for n in range(11)] + sheets["Osoby"]


def without_case_sign(sheets: Sheets) -> None:
    sheets["Projekt"] = [row for row in sheets["Projekt"] if row[0] != "Znak sprawy"]


def twice_title(sheets: Sheets) -> None:
    sheets["Projekt"].append(["Tytuł projektu", "Inny tytuł"])


def twice_sheet(sheets: Sheets) -> None:
    sheets["Dokumentacja  SZJ"] = sheets["Dokumentacja SZJ"]


def extra_column(sheets: Sheets) -> None:
    sheets["Zasoby"][0].insert(10, "Uwagi")  # in K, after Status
    for row in sheets["Zasoby"][1:]:
        row.insert(10, "pilne" if row is sheets["Zasoby"][1] else None)


def extra_sheet(sheets: Sheets) -> None:
    sheets["Notatki"] = [["Pamiętać o terminie"]]


def extra_field(sheets: Sheets) -> None:
    sheets["Projekt"].append(["Numer telefonu", "61 000 00 00"])


def empty_change(sheets: Sheets) -> None:
    sheets["Zmiany"][2][3] = None
    sheets["Zmiany"][2][4] = None


def second_secretary(sheets: Sheets) -> None:
    sheets["Osoby"].append(["Ewa Nowa", "Sekretarz", "Sekretariat", s.ROLE_SECRETARY])


def good_polish_dates(sheets: Sheets) -> None:
    set_field(sheets, "Planowany termin wdrożenia", "4.01.2027")
    set_field(sheets, "Planowany termin pierwszego auditu wewnętrznego", "15 marca 2027 r.")
    sheets["Zasoby"][1][8] = "2026-12-10"
    sheets["Przebieg"][1][2] = "01.09.2026 r."
    sheets["Działania"][1][5] = "1 lutego 2027"


def good_polish_numbers(sheets: Sheets) -> None:
    sheets["Zasoby"][1][3:7] = ["2", "szt.", "450,50", "901,00 zł"]
    sheets["Zasoby"][2][5:7] = ["1\u00a0200,00", "1.200,00 zł"]


LONG_TEXT = ("Zażółć gęślą jaźń & <wniosek> „ePUAP” ")
CELL_LIMIT = 32_767


def long_text(length: int) -> str:
    return (LONG_TEXT * (length // len(LONG_TEXT) + 1))[: length - 1] + "."


def many_resources(count: int) -> Callable[[Sheets], None]:
    def change(sheets: Sheets) -> None:
        for number in range(3, count + 1):
            sheets["Zasoby"].append(
                [number, "szkolenia", f"Szkolenie stanowiskowe nr {number}", 1, "usługa",
                 "100,00", None, "budżet gminy", datetime(2026, 12, 1), "zaakceptowany"]
            )

    return change


def longer_than_excel_allows(parts: dict[str, bytes]) -> None:
    """Opis potrzeby one character longer than Excel allows; openpyxl would cut it short,
    so the text is put into the sheet's XML directly, as another program might."""
    name = sheet_part("Projekt")
    xml, count = re.subn(
        rb'(<c r="B10" t="inlineStr"><is><t>)[^<]*(</t>)',
        lambda m: m[1] + escape(long_text(CELL_LIMIT + 1)).encode() + m[2],
        parts[name],
        count=1,
    )
    assert count == 1
    parts[name] = xml


def hidden(sheet: str, state: str) -> Build:
    def change(book: openpyxl.Workbook) -> None:
        book[sheet].sheet_state = state

    return edited(change)


def merged(sheet: str, cells: str, base: Build | None = None) -> Build:
    return edited(lambda book: book[sheet].merge_cells(cells), base)


def title_row(sheets: Sheets) -> None:
    sheets["Zasoby"][:0] = [["Wykaz niezbędnych zasobów"], []]


def stray_value_in_last_row(book: openpyxl.Workbook) -> None:
    book["Zasoby"]["J1048576"] = "x"  # Ctrl+↓ then a keystroke: the last row Excel has


def saved_error_value(parts: dict[str, bytes]) -> None:
    """A formula whose saved result is an error, as Excel stores `=D2/0`."""
    name = sheet_part("Zasoby")
    error = '<c r="G2" t="e"><f>D2/0</f><v>#DIV/0!</v></c>'
    existing = r'<c r="G2"[^>]*/>|<c r="G2"[^>]*>.*?</c>'
    xml, count = re.subn(existing, error, parts[name].decode(), count=1)
    if not count:  # G2 was empty and openpyxl wrote nothing: put it after F2
        xml = re.sub(r'(<c r="F2"[^>]*>.*?</c>)', lambda m: m[1] + error, xml, count=1)
    parts[name] = xml.encode()


def date_before_1900(book: openpyxl.Workbook) -> None:
    target = book["Projekt"]["B18"]
    target.value = -36524  # Excel's serial for 1800-01-01 in a date-formatted cell
    target.number_format = "dd.mm.yyyy"


# --- bounded input: what used to hang or exhaust memory -----------------------------------


def formula_and_last_cell(book: openpyxl.Workbook) -> None:
    """Any formula plus one value in the very last cell: openpyxl's formula scan padded every
    one of the 1,048,576 rows to 16,384 columns."""
    notes = book.create_sheet("Notatki")
    notes["A1"] = "=1+1"
    notes["XFD1048576"] = "x"


def resource_rows(count: int) -> Callable[[dict[str, bytes]], None]:
    """`count` more resources in Zasoby, written straight into the sheet's XML (building
    300,000 rows with openpyxl would take minutes)."""

    def change(parts: dict[str, bytes]) -> None:
        name = sheet_part("Zasoby")
        rows = []
        for number in range(3, count + 3):
            r = number + 1
            text = [("B", "szkolenia"), ("C", f"Szkolenie nr {number}"), ("E", "usługa"),
                    ("F", "100,00"), ("H", "budżet gminy"), ("I", "01.12.2026"),
                    ("J", "zaakceptowany")]
            cells = "".join(
                f'<c r="{col}{r}" t="inlineStr"><is><t>{value}</t></is></c>'
                for col, value in text
            )
            rows.append(f'<row r="{r}"><c r="A{r}"><v>{number}</v></c>'
                        f'<c r="D{r}"><v>1</v></c>{cells}</row>')
        xml = "".join(rows).encode()
        parts[name] = parts[name].replace(b"</sheetData>", xml + b"</sheetData>", 1)

    return change


def fifo(folder: Path) -> Path:
    """A named pipe called projekt.xlsx: opening it for reading waits for a writer forever."""
    path = folder / WORKBOOK
    os.mkfifo(path)
    return path


def fifo_in_folder(folder: Path) -> Path:
    """The same pipe inside an input folder, as `szj generate FOLDER` finds it."""
    inputs = folder / "wejscie"
    inputs.mkdir()
    fifo(inputs)
    return inputs


OLE_GIGABYTES = 1


def large_ole(folder: Path) -> Path:
    """A 1 GB file starting with the OLE signature (sparse: it takes no disk space)."""
    path = folder / WORKBOOK
    with path.open("wb") as handle:
        handle.write(old_xls())
        handle.truncate(OLE_GIGABYTES << 30)
    return path


# --- visible sheets only ------------------------------------------------------------------


def hidden_substitute(book: openpyxl.Workbook) -> None:
    """The real `Projekt` made veryHidden, a visible copy named with a Cyrillic „о”: the
    documents would carry the hidden sheet's title."""
    visible = book.copy_worksheet(book["Projekt"])
    visible.title = "Pr\u043ejekt"
    set_title = next(row for row in visible.iter_rows() if row[0].value == "Tytuł projektu")
    set_title[1].value = "Tytuł, który widzi sprawdzający"
    book["Projekt"].sheet_state = "veryHidden"


def renamed_sheet(old: str, new: str) -> Callable[[Sheets], None]:
    def change(sheets: Sheets) -> None:
        sheets[new] = sheets.pop(old)

    return change


# --- reading what was written ------------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_text(data: bytes) -> str:
    """The text of a document's body as Word shows it: paragraphs and line breaks as `\n`,
    tabs as `\t`."""
    from lxml import etree

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        root = etree.fromstring(archive.read("word/document.xml"))
    paragraphs = []
    for paragraph in root.iter(f"{_W}p"):
        pieces = []
        for node in paragraph.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr"):
            if node.tag == f"{_W}t":
                pieces.append(node.text or "")
            else:
                pieces.append("\t" if node.tag == f"{_W}tab" else "\n")
        paragraphs.append("".join(pieces))
    return "\n".join(paragraphs)


# --- the corpus ---------------------------------------------------------------------------

FILE, SAFETY, STRUCTURE, VALUES, TEXT, SCALE, TOLERATED = (
    "file type",
    "bombs",
    "structure",
    "values",
    "text",
    "scale",
    "tolerated",
)
BOUNDED, VISIBLE, INVISIBLE, CASE_SIGN = (
    "bounded input",
    "visible sheets only",
    "invisible characters",
    "znak sprawy",
)
_ROW_LIMIT = msg.SHEET_TOO_MANY_ROWS.format(sheet="Zasoby", limit="10\u00a0000")


def _invisible(code: int) -> str:
    kind = "bidi" if code in (0x61C, 0x200E, 0x200F, *range(0x202A, 0x202F),
                              *range(0x2066, 0x206A)) else "zero-width"
    return msg.INVISIBLE_CHARACTER.format(code=code, name=msg.INVISIBLE_NAMES[kind])

CASES: tuple[Case, ...] = (
    # the file as a whole ----------------------------------------------------------------
    Case("text-as-xlsx", FILE, "a CSV text file named .xlsx",
         raw_bytes("Pole;Wartość\nZnak sprawy;OR.0123.7.2026\n".encode()),
         1, None, msg.FILE_NOT_XLSX, subprocess=True),
    Case("png-as-xlsx", FILE, "a PNG image named .xlsx",
         raw_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(64)), 1, None, msg.FILE_NOT_XLSX),
    Case("pdf-as-xlsx", FILE, "a PDF named .xlsx",
         raw_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"),
         1, None, msg.FILE_NOT_XLSX),
    Case("html-as-xlsx", FILE, "an HTML table saved as .xlsx by a web system",
         raw_bytes(b"<html><body><table><tr><td>Pole</td></tr></table></body></html>"),
         1, None, msg.FILE_NOT_XLSX),
    Case("xml-spreadsheet-2003", FILE, "an Excel 2003 XML spreadsheet named .xlsx",
         raw_bytes(b'<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:'
                   b'spreadsheet"><Worksheet ss:Name="Projekt"/></Workbook>'),
         1, None, msg.FILE_NOT_XLSX),
    Case("empty-file", FILE, "a file of 0 bytes", raw_bytes(b""), 1, None, msg.FILE_EMPTY),
    Case("truncated-half", FILE, "a workbook cut in half (interrupted copy or download)",
         truncated(lambda size: size // 2), 1, None, msg.FILE_TRUNCATED),
    Case("truncated-end", FILE, "a workbook missing its last 10 bytes (the zip directory end)",
         truncated(lambda size: size - 10), 1, None, msg.FILE_TRUNCATED),
    Case("corrupted-sheet", FILE, "24 bytes flipped inside a compressed sheet",
         corrupted_member, 1, None, beginning(msg.FILE_DAMAGED)),
    Case("docx-as-xlsx", FILE, "a Word document renamed .xlsx (a zip, not a workbook)",
         zip_of({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>"}),
         1, None, msg.FILE_NOT_XLSX),
    Case("zip-of-csv", FILE, "a zip archive holding a CSV file",
         zip_of({"projekt.csv": "Pole;Wartość\n"}), 1, None, msg.FILE_NOT_XLSX),
    Case("workbook-xml-only", FILE, "a zip with xl/workbook.xml but no other part",
         zip_of({"xl/workbook.xml": "<workbook/>"}), 1, None, beginning(msg.FILE_DAMAGED)),
    Case("old-xls", FILE, "an Excel 97–2003 .xls file",
         raw_bytes(old_xls(), "projekt.xls"), 1, None, msg.FILE_OLD_XLS, file="projekt.xls"),
    Case("old-xls-renamed", FILE, "an Excel 97–2003 file renamed .xlsx",
         raw_bytes(old_xls()), 1, None, msg.FILE_OLD_XLS),
    Case("password-protected", FILE, "a workbook protected with a password (encrypted OLE file)",
         raw_bytes(encrypted_workbook()), 1, None, msg.FILE_ENCRYPTED, subprocess=True),
    Case("missing-file", FILE, "a path that does not exist", missing_file,
         1, None, msg.FILE_NOT_FOUND),
    Case("folder-without-workbooks", FILE, "a folder holding no .xlsx",
         folder_without_workbooks, 1, None, beginning(msg.NO_WORKBOOKS), file=""),
    # bombs ------------------------------------------------------------------------------
    Case("zip-bomb", SAFETY, f"a sheet unpacking to {BOMB_MEGABYTES} MB at about 1000:1",
         rezipped(zip_bomb), 1, None, beginning(msg.FILE_TOO_LARGE), subprocess=True),
    Case("zip-forged-size", SAFETY, "a zip directory declaring a 4 GB sheet",
         declared_size(0xFFFFFFF0), 1, None, beginning(msg.FILE_TOO_LARGE)),
    Case("zip-lying-size", SAFETY, "a zip directory declaring a sheet smaller than it is",
         declared_size(100), 1, None, beginning(msg.FILE_DAMAGED)),
    Case("zip-password", SAFETY, "a zip entry encrypted with a zip password",
         forged_directory(8, 0x1, "<H"), 1, None, msg.FILE_ENCRYPTED),
    Case("zip-unknown-compression", SAFETY, "a sheet compressed with a method zip readers lack",
         forged_directory(10, 99, "<H"), 1, None, beginning(msg.FILE_DAMAGED)),
    Case("xml-bomb-utf16", SAFETY, "billion laughs in a sheet stored as UTF-16",
         rezipped(utf16_doctype), 1, None, msg.FILE_XML_DOCTYPE),
    Case("xml-bomb-sheet", SAFETY, "billion laughs entities in a sheet's XML",
         rezipped(with_doctype("xl/worksheets/sheet1.xml", _LAUGHS, "lol9")),
         1, None, msg.FILE_XML_DOCTYPE, subprocess=True),
    Case("xml-bomb-strings", SAFETY, "billion laughs entities in the shared strings",
         rezipped(with_doctype(SHARED_STRINGS, _LAUGHS, "lol9")),
         1, None, msg.FILE_XML_DOCTYPE),
    Case("xml-bomb-workbook", SAFETY, "billion laughs entities in xl/workbook.xml",
         rezipped(with_doctype("xl/workbook.xml", _LAUGHS, "lol9")),
         1, None, msg.FILE_XML_DOCTYPE),
    Case("xml-external-entity", SAFETY, "an external entity (XXE) reading /etc/passwd",
         rezipped(with_doctype(SHARED_STRINGS, _EXTERNAL, "xxe")),
         1, None, msg.FILE_XML_DOCTYPE),
    # sheets and columns -----------------------------------------------------------------
    Case("no-contract-sheets", STRUCTURE, "a workbook with one unrelated sheet only",
         workbook(only_sheet), 1, "Projekt", msg.SHEET_MISSING.format(sheet="Projekt")),
    Case("missing-sheet", STRUCTURE, "the Zasoby sheet deleted",
         workbook(without_sheet("Zasoby")), 1, "Zasoby", msg.SHEET_MISSING.format(sheet="Zasoby")),
    Case("missing-column", STRUCTURE, "the Cena jednostkowa [zł] column deleted",
         workbook(without_column("Zasoby", "Cena jednostkowa [zł]")), 1, "Zasoby!1:1",
         msg.COLUMN_MISSING.format(column="Cena jednostkowa [zł]")),
    Case("duplicated-column", STRUCTURE, "a second Opis column in Zasoby",
         workbook(duplicated_column), 1, "Zasoby!K1",
         msg.COLUMN_DUPLICATE.format(column="Opis", other="kolumnie C")),
    Case("header-not-found", STRUCTURE, "the Osoby header pushed below row 10",
         workbook(header_too_low), 1, "Osoby", beginning(msg.HEADER_NOT_FOUND)),
    Case("missing-field", STRUCTURE, "the Znak sprawy row deleted from Projekt",
         workbook(without_case_sign), 1, "Projekt",
         msg.FIELD_MISSING.format(field="Znak sprawy")),
    Case("duplicated-field", STRUCTURE, "Tytuł projektu given twice",
         workbook(twice_title), 1, "Projekt!A27",
         msg.FIELD_DUPLICATE.format(field="Tytuł projektu", other="Projekt!A7")),
    Case("duplicated-sheet", STRUCTURE, "„Dokumentacja SZJ” and „Dokumentacja  SZJ”",
         workbook(twice_sheet), 1, "Dokumentacja  SZJ",
         msg.SHEET_DUPLICATE.format(sheet="Dokumentacja  SZJ", other="Dokumentacja SZJ")),
    Case("merged-data-cells", STRUCTURE, "two resources' Opis cells merged (C2:C3)",
         merged("Zasoby", "C2:C3"), 1, "Zasoby!C2", msg.MERGED_DATA.format(range="C2:C3")),
    Case("merged-across-columns", STRUCTURE, "Źródło finansowania merged into Termin (H2:I2)",
         merged("Zasoby", "H2:I2"), 1, "Zasoby!H2", msg.MERGED_DATA.format(range="H2:I2")),
    # values -----------------------------------------------------------------------------
    Case("required-field-empty", VALUES, "Tytuł projektu left empty (spaces only)",
         workbook(field("Tytuł projektu", "   ")), 1, "Projekt!B7",
         msg.REQUIRED.format(field="Tytuł projektu")),
    Case("formula-without-value", VALUES, "Wartość as a formula never calculated",
         workbook(cell("Zasoby", "G2", "=D2*F2")), 1, "Zasoby!G2",
         msg.FORMULA_WITHOUT_VALUE.format(formula="=D2*F2")),
    Case("formula-in-text-field", VALUES, "Tytuł projektu as a formula never calculated",
         workbook(field("Tytuł projektu", '=CONCATENATE("a","b")')), 1, "Projekt!B7",
         msg.FORMULA_WITHOUT_VALUE.format(formula='=CONCATENATE("a","b")')),
    Case("error-div0", VALUES, "#DIV/0! stored as the cell's value",
         excel_cell("Zasoby", "G2", "#DIV/0!", "e"), 1, "Zasoby!G2",
         msg.EXCEL_ERROR.format(value="#DZIEL/0!", cause="")),
    Case("error-ref-in-date", VALUES, "#REF! in Planowany termin wdrożenia",
         excel_cell("Projekt", "B18", "#REF!", "e"), 1, "Projekt!B18",
         msg.EXCEL_ERROR.format(value="#ADR!", cause="")),
    Case("error-na-typed", VALUES, "#N/A typed as text in a step's Data",
         workbook(cell("Przebieg", "C2", "#N/A")), 1, "Przebieg!C2",
         msg.EXCEL_ERROR.format(value="#N/D", cause="")),
    Case("error-saved-by-formula", VALUES, "a formula whose saved result is #DIV/0!",
         rezipped(saved_error_value), 1, "Zasoby!G2",
         msg.EXCEL_ERROR.format(
             value="#DZIEL/0!", cause=" (formuła =D2/0 korzysta z komórek: D2)"
         )),
    Case("date-before-1900", VALUES, "a date cell holding a negative serial (before 1900)",
         edited(date_before_1900), 1, "Projekt!B18",
         msg.DATE_OUT_OF_RANGE.format(value="30.12.1799")),
    Case("date-text-1899", VALUES, "the date typed as text 31.12.1899",
         workbook(field("Planowany termin wdrożenia", "31.12.1899")), 1, "Projekt!B18",
         msg.DATE_OUT_OF_RANGE.format(value="31.12.1899")),
    Case("date-text-2200", VALUES, "the date typed as 01.01.2200",
         workbook(field("Planowany termin wdrożenia", "01.01.2200")), 1, "Projekt!B18",
         msg.DATE_OUT_OF_RANGE.format(value="01.01.2200")),
    Case("date-text-31-february", VALUES, "31.02.2027: a day the month does not have",
         workbook(field("Planowany termin wdrożenia", "31.02.2027")), 1, "Projekt!B18",
         msg.NOT_A_DATE.format(value="31.02.2027")),
    Case("date-text-two-digit-year", VALUES, "04.01.27: a two-digit year",
         workbook(field("Planowany termin wdrożenia", "04.01.27")), 1, "Projekt!B18",
         msg.NOT_A_DATE.format(value="04.01.27")),
    Case("date-text-us-order", VALUES, "01/13/2027: month and day swapped (US order)",
         workbook(cell("Zasoby", "I2", "01/13/2027")), 1, "Zasoby!I2",
         msg.NOT_A_DATE.format(value="01/13/2027")),
    Case("date-text-foreign-month", VALUES, "4 janvier 2027: a month name not Polish",
         workbook(cell("Działania", "F2", "4 janvier 2027")), 1, "Działania!F2",
         msg.NOT_A_DATE.format(value="4 janvier 2027")),
    Case("date-text-words", VALUES, "„po świętach” in a date",
         workbook(cell("Przebieg", "C2", "po świętach")), 1, "Przebieg!C2",
         msg.NOT_A_DATE.format(value="po świętach")),
    Case("date-as-plain-number", VALUES, "a date as the bare serial 46391 (General format)",
         workbook(field("Planowany termin wdrożenia", 46391)), 1, "Projekt!B18",
         msg.NOT_A_DATE.format(value="46391")),
    Case("number-not-a-number", VALUES, "„abc” as Cena jednostkowa",
         workbook(cell("Zasoby", "F2", "abc")), 1, "Zasoby!F2",
         msg.NOT_AN_AMOUNT.format(value="abc"), subprocess=True),
    Case("number-misgrouped-spaces", VALUES, "„4 50,50”: a space that groups no thousands",
         workbook(cell("Zasoby", "F2", "4 50,50")), 1, "Zasoby!F2",
         msg.NOT_AN_AMOUNT.format(value="4 50,50")),
    Case("number-three-decimals", VALUES, "„450,505” as an amount",
         workbook(cell("Zasoby", "F2", "450,505")), 1, "Zasoby!F2",
         msg.TOO_MANY_DECIMALS.format(value="450,505")),
    Case("number-other-currency", VALUES, "„450,50 €” as an amount",
         workbook(cell("Zasoby", "F2", "450,50 €")), 1, "Zasoby!F2",
         msg.NOT_AN_AMOUNT.format(value="450,50 €")),
    Case("number-negative", VALUES, "Ilość −2",
         workbook(cell("Zasoby", "D2", -2)), 1, "Zasoby!D2", msg.NEGATIVE.format(value="-2")),
    Case("number-huge", VALUES, "Cena 10^15 (e.g. an account number pasted)",
         workbook(cell("Zasoby", "F2", 10**15)), 1, "Zasoby!F2",
         msg.TOO_LARGE.format(value="1000000000000000")),
    Case("number-boolean", VALUES, "TRUE as Cena jednostkowa",
         workbook(cell("Zasoby", "F2", True)), 1, "Zasoby!F2",
         msg.NOT_AN_AMOUNT.format(value="tak")),
    Case("value-mismatch", VALUES, "Wartość 1 000,00 where Ilość × Cena is 901,00",
         workbook(cell("Zasoby", "G2", "1 000,00")), 1, "Zasoby!G2",
         msg.VALUE_MISMATCH.format(value="1000,00", expected="901,00")),
    Case("lp-not-integer", VALUES, "Lp. „1a”",
         workbook(cell("Zasoby", "A2", "1a")), 1, "Zasoby!A2",
         msg.NOT_AN_INTEGER.format(value="1a")),
    Case("choice-outside-list", VALUES, "Rodzaj zasobu „komputery”",
         workbook(cell("Zasoby", "B2", "komputery")), 1, "Zasoby!B2",
         msg.NOT_IN_LIST.format(value="komputery", allowed=msg.join_quoted(s.RESOURCE_KINDS))),
    Case("unit-invalid", VALUES, "Jednostka redakcyjna „rozdział pierwszy”",
         workbook(cell("Zmiany", "C2", "rozdział pierwszy")), 1, "Zmiany!C2",
         msg.UNIT_INVALID.format(value="rozdział pierwszy")),
    Case("change-without-wording", VALUES, "a change with neither wording",
         workbook(empty_change), 1, "Zmiany!E3", msg.CHANGE_EMPTY.format(row=3)),
    Case("role-twice", VALUES, "a second Sekretarz in Osoby",
         workbook(second_secretary), 1, "Osoby!D8",
         msg.ROLE_TOO_MANY.format(role=s.ROLE_SECRETARY, other="Osoby!D2")),
    Case("case-sign-traversal", VALUES, "Znak sprawy „../../etc”",
         workbook(field("Znak sprawy", "../../etc")), 1, "Projekt!B6",
         msg.CASE_SIGN_INVALID.format(value="../../etc")),
    Case("case-sign-absolute", VALUES, "Znak sprawy „/tmp/OR.0123.7.2026”",
         workbook(field("Znak sprawy", "/tmp/OR.0123.7.2026")), 1, "Projekt!B6",
         msg.CASE_SIGN_INVALID.format(value="/tmp/OR.0123.7.2026")),
    Case("case-sign-windows-path", VALUES, "Znak sprawy „C:\\OR.0123.7.2026”",
         workbook(field("Znak sprawy", "C:\\OR.0123.7.2026")), 1, "Projekt!B6",
         msg.CASE_SIGN_INVALID.format(value="C:\\OR.0123.7.2026")),
    # text -------------------------------------------------------------------------------
    Case("control-bel", TEXT, "U+0007 (stored by Excel as _x0007_) in a resource's Opis",
         workbook(cell("Zasoby", "C2", "Czytnik_x0007_ dowodów")), 1, "Zasoby!C2",
         msg.CONTROL_CHARACTER.format(code=7), subprocess=True),
    Case("control-nul", TEXT, "U+0000 (_x0000_) in Tytuł projektu",
         workbook(field("Tytuł projektu", "Tytuł_x0000_")), 1, "Projekt!B7",
         msg.CONTROL_CHARACTER.format(code=0)),
    Case("control-escape", TEXT, "an ANSI escape (_x001B_[31m) in a proposed wording",
         workbook(cell("Zmiany", "E2", "Tekst _x001B_[31mczerwony")), 1, "Zmiany!E2",
         msg.CONTROL_CHARACTER.format(code=0x1B)),
    Case("noncharacter-fffe", TEXT, "U+FFFE (_xFFFE_) in a person's name",
         workbook(cell("Osoby", "A2", "Anna_xFFFE_ Nowak")), 1, "Osoby!A2",
         msg.CONTROL_CHARACTER.format(code=0xFFFE)),
    Case("escaped-surrogate", TEXT, "_xD800_: an escape for half a UTF-16 pair (no character)",
         workbook(field("Tytuł projektu", "Tytuł _xD800_ projektu")), 1, "Projekt!B7",
         msg.CONTROL_CHARACTER.format(code=0xD800)),
    Case("escaped-surrogate-in-date", TEXT, "_xD800_ inside a date typed as text",
         workbook(cell("Zasoby", "I2", "10.12.2026_xD800_")), 1, "Zasoby!I2",
         Beginning("„10.12.2026"),
         subprocess=True),
    Case("control-trailing", TEXT, "U+001F (_x001F_) at the very end of Opis potrzeby",
         workbook(field("Opis potrzeby", "Opis potrzeby_x001F_")), 1, "Projekt!B10",
         msg.CONTROL_CHARACTER.format(code=0x1F)),
    Case("text-32768", TEXT, "32,768 characters in Opis potrzeby (one more than Excel holds)",
         rezipped(longer_than_excel_allows), 1, "Projekt!B10",
         msg.TOO_LONG.format(length=CELL_LIMIT + 1)),
    # scale ------------------------------------------------------------------------------
    Case("stray-value-last-row", SCALE, "a value typed into row 1,048,576 of Zasoby",
         edited(stray_value_in_last_row), 1, "Zasoby!B1048576",
         msg.REQUIRED.format(field="Rodzaj zasobu")),
    Case("rows-10000", SCALE, "10,000 resources in Zasoby",
         workbook(many_resources(10_000)), 0, None, ""),
    Case("text-32767", SCALE, "32,767 characters (Excel's cell limit) in Opis potrzeby",
         workbook(field("Opis potrzeby", long_text(CELL_LIMIT))), 0, None, "",
         expect_text=long_text(CELL_LIMIT)),
    # bounded input (issue 16, item 10) --------------------------------------------------
    Case("formula-and-last-cell", BOUNDED, "a formula and one value in XFD1048576 (used to spin "
         "for minutes padding every row)", edited(formula_and_last_cell), 0, "Notatki",
         msg.SHEET_UNKNOWN.format(sheet="Notatki"), severity=WARNING, subprocess=True),
    Case("rows-10001", BOUNDED, "10,001 resources in Zasoby (one over the row limit)",
         workbook(many_resources(10_001)), 1, "Zasoby", _ROW_LIMIT),
    Case("rows-300000", BOUNDED, "300,000 valid resources (15 MB; used to run > 15 min, > 10 GB)",
         rezipped(resource_rows(300_000)), 1, None, _ROW_LIMIT, subprocess=True),
    Case("fifo-as-xlsx", BOUNDED, "a named pipe (FIFO) called projekt.xlsx (used to hang)",
         fifo, 1, None, msg.FILE_NOT_REGULAR),
    Case("fifo-in-folder", BOUNDED, "a named pipe projekt.xlsx inside an input folder",
         fifo_in_folder, 1, None, msg.FILE_NOT_REGULAR),
    Case("ole-2gb", BOUNDED, f"a {OLE_GIGABYTES} GB file starting with the OLE signature "
         "(used to be read whole: MemoryError)", large_ole, 1, None, msg.FILE_OLD_XLS),
    Case("redline-32767-pair", BOUNDED, "two different 32,767-character wordings in one change "
         "(the redline used to run > 5 minutes)",
         workbook(lambda sheets: sheets["Zmiany"][1].__setitem__(slice(3, 5), [
             ("a " * CELL_LIMIT)[: CELL_LIMIT - 1] + ".",
             ("b " * CELL_LIMIT)[: CELL_LIMIT - 1] + "."])),
         0, None, "", subprocess=True),
    # visible sheets only (item 11) ---------------------------------------------------------
    Case("hidden-sheet", VISIBLE, "the Zasoby sheet hidden", hidden("Zasoby", "hidden"),
         1, "Zasoby", msg.SHEET_HIDDEN.format(sheet="Zasoby")),
    Case("very-hidden-sheet", VISIBLE, "the Zmiany sheet „very hidden” (only VBA shows it)",
         hidden("Zmiany", "veryHidden"), 1, "Zmiany",
         msg.SHEET_VERY_HIDDEN.format(sheet="Zmiany")),
    Case("hidden-substitute", VISIBLE, "Projekt veryHidden, a visible „Prоjekt” with a "
         "Cyrillic „о” beside it", edited(hidden_substitute), 1, "Pr\u043ejekt",
         msg.SHEET_LOOK_ALIKE.format(
             sheet="Pr\u043ejekt", name="Projekt",
             characters=msg.LOOK_ALIKE_LETTER.format(
                 char="\u043e", code=0x43E, script=", cyrylica", latin="o"))),
    Case("greek-omicron-sheet", VISIBLE, "a sheet „Zasοby” with a Greek omicron",
         workbook(renamed_sheet("Zasoby", "Zas\u03bfby")), 1, "Zas\u03bfby",
         msg.SHEET_LOOK_ALIKE.format(
             sheet="Zas\u03bfby", name="Zasoby",
             characters=msg.LOOK_ALIKE_LETTER.format(
                 char="\u03bf", code=0x3BF, script=", alfabet grecki", latin="o"))),
    Case("zero-width-sheet", VISIBLE, "a sheet „Osoby” with a zero-width space after it",
         workbook(renamed_sheet("Osoby", "Osoby\u200b")), 1, "Osoby\u200b",
         msg.SHEET_LOOK_ALIKE.format(
             sheet="Osoby\u200b", name="Osoby",
             characters=msg.LOOK_ALIKE_INVISIBLE.format(code=0x200B))),
    # invisible characters (item 12) -------------------------------------------------------
    Case("bidi-override-title", INVISIBLE, "„Zakup \\u202ewolanretni\\u202c sprzętu” in "
         "Tytuł projektu (prints as „Zakup internalow sprzętu”)",
         workbook(field("Tytuł projektu", "Zakup \u202ewolanretni\u202c sprzętu")),
         1, "Projekt!B7", _invisible(0x202E), subprocess=True),
    Case("bidi-isolate-name", INVISIBLE, "a right-to-left isolate (U+2067) in a person's name",
         workbook(cell("Osoby", "A3", "Jan \u2067Kowalski\u2069")), 1, "Osoby!A3",
         _invisible(0x2067)),
    Case("zero-width-space", INVISIBLE, "a zero-width space (U+200B) in a resource's Opis",
         workbook(cell("Zasoby", "C2", "Czytnik\u200b dowodów")), 1, "Zasoby!C2",
         _invisible(0x200B)),
    Case("byte-order-mark", INVISIBLE, "a byte order mark (U+FEFF) in a proposed wording",
         workbook(cell("Zmiany", "E2", "\ufeffNowe brzmienie")), 1, "Zmiany!E2",
         _invisible(0xFEFF)),
    Case("arabic-letter-mark", INVISIBLE, "an Arabic letter mark (U+061C) in Opis potrzeby",
         workbook(field("Opis potrzeby", "Opis\u061c potrzeby")), 1, "Projekt!B10",
         _invisible(0x61C)),
    Case("right-to-left-letters", INVISIBLE, "Hebrew and Arabic letters (no controls) in a "
         "resource's Opis", workbook(cell("Zasoby", "C2", "Słownik שלום مرحبا")), 0, None, "",
         expect_text="Słownik שלום مرحبا"),
    # znak sprawy (minor) -------------------------------------------------------------------
    Case("case-sign-fullwidth-digits", CASE_SIGN, "Znak sprawy with fullwidth digits "
         "„OR.０１２３.7.2026”",
         workbook(field("Znak sprawy", "OR.\uff10\uff11\uff12\uff13.7.2026")),
         1, "Projekt!B6",
         msg.CASE_SIGN_INVALID.format(value="OR.\uff10\uff11\uff12\uff13.7.2026")),
    Case("case-sign-arabic-indic-digits", CASE_SIGN, "Znak sprawy with Arabic-Indic digits",
         workbook(field("Znak sprawy", "OR.0123.\u0667.2026")), 1, "Projekt!B6",
         msg.CASE_SIGN_INVALID.format(value="OR.0123.\u0667.2026")),
    Case("case-sign-devanagari-year", CASE_SIGN, "Znak sprawy with a Devanagari year",
         workbook(field("Znak sprawy", "OR.0123.7.\u0968\u0966\u0968\u096c")), 1, "Projekt!B6",
         msg.CASE_SIGN_INVALID.format(value="OR.0123.7.\u0968\u0966\u0968\u096c")),
    Case("case-sign-con", CASE_SIGN, "Znak sprawy „CON.0123.7.2026” (a Windows device name)",
         workbook(field("Znak sprawy", "CON.0123.7.2026")), 1, "Projekt!B6",
         msg.CASE_SIGN_DEVICE_NAME.format(value="CON.0123.7.2026", unit="CON")),
    Case("case-sign-nul", CASE_SIGN, "Znak sprawy „NUL.0123.7.2026”",
         workbook(field("Znak sprawy", "NUL.0123.7.2026")), 1, "Projekt!B6",
         msg.CASE_SIGN_DEVICE_NAME.format(value="NUL.0123.7.2026", unit="NUL")),
    Case("case-sign-lpt", CASE_SIGN, "Znak sprawy „lpt9.0123.7.2026” (lower case)",
         workbook(field("Znak sprawy", "lpt9.0123.7.2026")), 1, "Projekt!B6",
         msg.CASE_SIGN_DEVICE_NAME.format(value="lpt9.0123.7.2026", unit="lpt9")),
    # accepted, with a warning where the SPEC asks for one -------------------------------
    Case("good-polish-dates", TOLERATED, "dates as text: 4.01.2027, 15 marca 2027 r., 2026-12-10…",
         workbook(good_polish_dates), 0, None, "", expect_text="4 stycznia 2027 r."),
    Case("good-polish-numbers", TOLERATED, "amounts as text: 450,50, 1\u00a0200,00, 1.200,00 zł",
         workbook(good_polish_numbers), 0, None, ""),
    Case("merged-title-row", TOLERATED, "a merged title row above the Zasoby header",
         merged("Zasoby", "A1:J1", workbook(title_row)), 0, None, ""),
    Case("number-in-text-field", TOLERATED, "a number (2,5) in a resource's Opis",
         workbook(cell("Zasoby", "C2", 2.5)), 0, None, "", expect_text="\n2,5\n"),
    Case("extra-column", TOLERATED, "an extra column Uwagi in Zasoby",
         workbook(extra_column), 0, "Zasoby!K1", msg.COLUMN_EXTRA.format(column="Uwagi"),
         severity=WARNING),
    Case("extra-sheet", TOLERATED, "an extra sheet Notatki",
         workbook(extra_sheet), 0, "Notatki", msg.SHEET_UNKNOWN.format(sheet="Notatki"),
         severity=WARNING),
    Case("extra-field", TOLERATED, "an extra row „Numer telefonu” in Projekt",
         workbook(extra_field), 0, "Projekt!A27", msg.FIELD_UNKNOWN.format(field="Numer telefonu"),
         severity=WARNING),
    Case("excel-lock-file", TOLERATED, "Excel's lock file ~$projekt.xlsx beside the workbook",
         lock_file_beside_workbook, 0, None, msg.LOCK_FILE, file="~$projekt.xlsx"),
)


def case(name: str) -> Case:
    return next(c for c in CASES if c.name == name)
