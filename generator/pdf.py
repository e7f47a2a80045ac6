"""PDF/A-2b copies of the documents, made by LibreOffice headless.

LibreOffice is slow to start, so every document of a run goes through one `soffice` call.
A private profile lets it run while the user has LibreOffice open.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

from generator.errors import ConverterError
from generator.messages import SOFFICE_MISSING

# PDF/A-2b (SelectPdfVersion 2), as the office's electronic document system archives it.
PDFA_FILTER = 'pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}'
TIMEOUT_SECONDS = 600
SOFFICE_NAMES = ("soffice", "libreoffice")


def find_soffice() -> str | None:
    """The LibreOffice executable, or None. `SZJ_SOFFICE` may name it explicitly."""
    explicit = os.environ.get("SZJ_SOFFICE")
    if explicit:
        return explicit if shutil.which(explicit) else None
    return next((found for name in SOFFICE_NAMES if (found := shutil.which(name))), None)


def convert_to_pdf(documents: Sequence[Path], out_dir: Path, pdfa: bool = True) -> list[Path]:
    """Convert `.docx` files to PDF(/A) in `out_dir` in one LibreOffice run.

    Returns the PDF paths in the order of `documents`. Raises `ConverterError` when
    LibreOffice is missing, fails or leaves a PDF out.
    """
    if not documents:
        return []
    soffice = find_soffice()
    if soffice is None:
        raise ConverterError(SOFFICE_MISSING)
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="szj-lo-") as profile:
        command = [
            soffice,
            f"-env:UserInstallation={Path(profile).as_uri()}",
            "--headless",
            "--norestore",
            "--nolockcheck",
            "--convert-to",
            PDFA_FILTER if pdfa else "pdf",
            "--outdir",
            str(out_dir),
            *(str(d) for d in documents),
        ]
        try:
            completed = subprocess.run(
                command, capture_output=True, text=True, timeout=TIMEOUT_SECONDS, check=False
            )
        except (OSError, subprocess.TimeoutExpired) as e:
            raise ConverterError(f"LibreOffice nie przekonwertował dokumentów: {e}") from e
    pdfs = [out_dir / f"{d.stem}.pdf" for d in documents]
    missing = [p.name for p in pdfs if not p.exists()]
    if completed.returncode != 0 or missing:
        detail = (completed.stderr or completed.stdout).strip().splitlines()[-1:] or [""]
        raise ConverterError(
            f"LibreOffice nie utworzył: {', '.join(missing) or '—'} "
            f"(kod {completed.returncode}) {detail[0]}".strip()
        )
    return pdfs
