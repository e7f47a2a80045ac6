"""Reproducible PDF/A bytes: the dates and document ID LibreOffice writes are replaced by
the .docx's own modification date, so the same document gives the same PDF."""

from __future__ import annotations

import hashlib
import io
import zipfile
from datetime import UTC, datetime

FALLBACK_DATE = datetime(2000, 1, 1, tzinfo=UTC)  # for a .docx without a modification date


def reproducible_pdf(pdf: bytes, docx: bytes) -> bytes:
    """`pdf` with the run's time and random ID replaced by values fixed by `docx`.

    The creation and modification dates (document info and XMP, kept equal as PDF/A
    requires) and the colour profile's date become the .docx's modification date; the
    document ID is derived from the .docx's SHA-256 and the PDF's own content.
    """
    import pikepdf

    when = docx_modified(docx)
    stamp = when.isoformat()
    with pikepdf.open(io.BytesIO(pdf)) as document:
        with document.open_metadata(set_pikepdf_as_editor=False) as meta:
            meta["xmp:CreateDate"] = stamp
            meta["xmp:ModifyDate"] = stamp  # update_docinfo writes /CreationDate, /ModDate
        for intent in document.Root.get("/OutputIntents", []):
            profile = intent.get("/DestOutputProfile")
            if profile is not None:
                _stamp_icc_profile(profile, when)
        if "/DocChecksum" in document.trailer:  # LibreOffice's own, differs on every run
            del document.trailer["/DocChecksum"]
        digest = hashlib.sha256(docx).digest()[:16]
        document.trailer.ID = pikepdf.Array([pikepdf.String(digest), pikepdf.String(digest)])
        out = io.BytesIO()
        document.save(out, deterministic_id=True)
    return out.getvalue()


def _stamp_icc_profile(profile: object, when: datetime) -> None:
    """An ICC profile's header holds its creation time (bytes 24–35, six big-endian
    16-bit numbers); LibreOffice makes the profile at export time."""
    data = bytearray(profile.read_bytes())  # type: ignore[attr-defined]
    if len(data) < 128 or data[36:40] != b"acsp":
        return
    fields = (when.year, when.month, when.day, when.hour, when.minute, when.second)
    data[24:36] = b"".join(n.to_bytes(2, "big") for n in fields)
    profile.write(bytes(data))  # type: ignore[attr-defined]


def docx_modified(docx: bytes) -> datetime:
    """`dcterms:modified` of a .docx (UTC, whole seconds), or `FALLBACK_DATE`."""
    from defusedxml import ElementTree

    try:
        with zipfile.ZipFile(io.BytesIO(docx)) as archive:
            core = ElementTree.fromstring(archive.read("docProps/core.xml"))
        text = core.findtext("{http://purl.org/dc/terms/}modified") or ""
        when = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except (KeyError, ValueError, zipfile.BadZipFile, ElementTree.ParseError):
        return FALLBACK_DATE
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC).replace(microsecond=0)
