"""The fixed forms of an act around its changes: the legal basis, the citation of the
amended act, entry into force, and what each change does (for the uzasadnienie)."""

from __future__ import annotations

import re

from generator.domain import polish
from generator.domain.model import Change, ChangeKind
from generator.domain.targets import Scope
from generator.domain.units import ordinal
from generator.workbook.values import ValueProblem, as_date

# --- the legal basis -----------------------------------------------------------------------

# The ordinance keeps the impersonal form throughout („zarządza się”, „powierza się”), the
# form the ZTP gives for rozporządzenia and many wójtowie and burmistrzowie use; the council
# names itself („Rada Miejska w … uchwala, co następuje:”).
ORDINANCE_CLOSING = "zarządza się, co następuje:"
RESOLUTION_CLOSING = "uchwala, co następuje:"

_BASIS_OPENING = re.compile(r"^\s*na\s+podstawie\b\s*", re.IGNORECASE)
_BASIS_CLOSING = re.compile(
    r"[\s,]*(?:(?:wójt|burmistrz|prezydent)\b[^,]*?\s+)?"
    r"(zarządza\s+się|zarządzam|zarządza|uchwala\s+się|rada\b.*?\buchwala|uchwala)"
    r"\s*,?\s*(co\s+następuje)?\s*[:.]?\s*$",
    re.IGNORECASE | re.DOTALL,
)


def basis_citation(text: str) -> str:
    """The provisions cited as the basis, without „Na podstawie” and without any closing
    formula („zarządzam, co następuje:”, „Rada … uchwala, co następuje:”), whitespace joined,
    a trailing comma, semicolon or full stop after the citation removed."""
    text = " ".join(text.split())
    text = _BASIS_OPENING.sub("", text)
    text = _BASIS_CLOSING.sub("", text).rstrip(" ,;:")
    if text.endswith(".") and text[-2:-1] in (")", *"0123456789"):
        text = text[:-1]
    return text


def legal_basis(text: str, closing: str) -> str:
    """The opening sentence of an act: exactly one „Na podstawie”, the citation, exactly one
    closing formula, e.g. `legal_basis("art. 33 ust. 2 ustawy …", ORDINANCE_CLOSING)` →
    „Na podstawie art. 33 ust. 2 ustawy … zarządza się, co następuje:”. For a resolution the
    closing names the council: `legal_basis(text, f"{rada} {RESOLUTION_CLOSING}")`."""
    return f"Na podstawie {basis_citation(text)} {closing.strip()}"


# --- citing the amended act; entry into force ------------------------------------------------


def act_citation(
    act: str,
    *,
    title: str | None = None,
    publication: str | None = None,
    amendments: str | None = None,
) -> str:
    """The amended act in the genitive, as cited after „stanowiącym załącznik do”:
    „uchwały Nr XX/123/2012 Rady Miejskiej w Przykładowie z dnia 30 maja 2012 r. w sprawie
    uchwalenia Statutu Miasta i Gminy Przykładowo (Dz. Urz. Woj. Wlkp. z 2012 r. poz. 3456,
    z 2019 r. poz. 1234)”. `title` („w sprawie …”) is added when `act` has none; the
    publication address and the later amendments (typed as the clerk found them, e.g.
    „z 2019 r. poz. 1234” or „z późn. zm.”) go in one parenthesis. Empty parts are left out.
    """
    text = polish.act_genitive(act).rstrip(" ,;")
    if text.endswith(".") and not re.search(r"\sr\.$", text):
        text = text[:-1]  # a closing full stop, not the „r.” of a date
    title = " ".join((title or "").split()).rstrip(" ,;.")
    if title and "w sprawie" not in text.casefold():
        prefix = "" if title.casefold().startswith("w sprawie") else "w sprawie "
        text += f" {prefix}{title}"
    address = [
        re.sub(r"(?<=\d)\.$", "", " ".join((part or "").split()).strip(" ()").rstrip(" ,;"))
        for part in (publication, amendments)
    ]
    parts = [part for part in address if part]
    if parts:
        text += f" ({', '.join(parts)})"
    return text


DEFAULT_ENTRY_INTO_FORCE = "z dniem podpisania"
_ON_PUBLICATION = "z dniem ogłoszenia"


def entry_into_force(value: str | None) -> str | None:
    """When the zarządzenie takes effect, for „Zarządzenie wchodzi w życie …”: „z dniem
    podpisania” (also when empty), „z dniem 1 stycznia 2027 r.” for a date, „z dniem
    ogłoszenia”; None when `value` is none of these."""
    text = " ".join((value or "").split()).rstrip(".").casefold()
    if text in ("", DEFAULT_ENTRY_INTO_FORCE, "podpisanie", "z dniem podjęcia"):
        return DEFAULT_ENTRY_INTO_FORCE
    if text in (_ON_PUBLICATION, "po ogłoszeniu", "ogłoszenie"):
        return _ON_PUBLICATION
    try:
        when = as_date(text.removeprefix("z dniem ").removesuffix(" r"))
    except ValueProblem:
        return None
    return f"z dniem {polish.long_date(when)}"


# --- what a change does, as the uzasadnienie names it ------------------------------------------

_UNIT_ACTIONS = {
    ChangeKind.REPLACE: "nadanie nowego brzmienia",
    ChangeKind.ADD: "dodanie",
    ChangeKind.REPEAL: "uchylenie",
}
_SENTENCE_ACTIONS = {
    ChangeKind.REPLACE: "nadanie nowego brzmienia zdaniu {n}",  # dative
    ChangeKind.ADD: "dodanie zdania {n}",  # genitive
    ChangeKind.REPEAL: "skreślenie zdania {n}",
}


def change_description(change: Change, *, nbsp: bool = False) -> str:
    """What one change does, for „Projektowane zmiany obejmują: 1) … – <uzasadnienie>;”:
    „nadanie nowego brzmienia § 12 ust. 3”, „dodanie zdania drugiego w § 18 ust. 1”, „zmiana
    wyrazów w § 19 ust. 2”, „nadanie nowego brzmienia tytułowi rozdziału 3”, „nadanie nowego
    brzmienia załącznikowi nr 1”."""
    unit = change.unit.text(nbsp=nbsp)
    ident = change.unit.last_part.ident
    number = change.sentence or 1
    match change.scope:
        case Scope.WORDS:
            verb = "skreślenie" if change.kind is ChangeKind.REPEAL else "zmiana"
            return f"{verb} wyrazów w {unit}"
        case Scope.SENTENCE:
            dative = ordinal(number)[:-1] + "emu"  # drugie → drugiemu
            genitive = ordinal(number)[:-1] + "ego"  # drugie → drugiego
            form = _SENTENCE_ACTIONS[change.kind]
            n = dative if change.kind is ChangeKind.REPLACE else genitive
            return f"{form.format(n=n)} w {unit}"
        case Scope.TITLE:
            return f"nadanie nowego brzmienia tytułowi rozdziału {ident}"
    if change.unit.annex is not None:
        annex = f"nr {ident}" if ident else ""
        forms = {
            ChangeKind.REPLACE: f"nadanie nowego brzmienia załącznikowi {annex}",
            ChangeKind.ADD: f"dodanie załącznika {annex}",
            ChangeKind.REPEAL: f"uchylenie załącznika {annex}",
        }
        return forms[change.kind].rstrip()
    if change.unit.chapter is not None:
        forms = {
            ChangeKind.REPLACE: f"nadanie nowego brzmienia rozdziałowi {ident}",
            ChangeKind.ADD: f"dodanie rozdziału {ident}",
            ChangeKind.REPEAL: f"uchylenie rozdziału {ident}",
        }
        return forms[change.kind]
    return f"{_UNIT_ACTIONS[change.kind]} {unit}"
