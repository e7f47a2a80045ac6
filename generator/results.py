"""What a run of `szj generate` is asked to do, and what it gives back for each workbook.

`GenerateSettings` comes from the CLI or the web page; `Prepared` is one workbook validated
and rendered in memory (`pipeline.prepare_workbook`); `Generated` is what was written for it
(`write_stage.write_prepared`), or why nothing was.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from generator.documents.output import FileStatus, WrittenFile
from generator.workbook.find import Checked

DEFAULT_OUTPUT = Path("output")


@dataclass(frozen=True)
class GenerateSettings:
    """Everything `szj generate` needs; built by the CLI or a web page."""

    today: date
    output_dir: Path = DEFAULT_OUTPUT
    force: bool = False
    pdf: bool = False
    templates_dir: Path | None = None
    # Converts .docx files to PDF/A (`generator.documents.pdf.convert_to_pdf` when None); the web
    # server passes its `WarmConverter.convert`.
    converter: Callable[..., list[Path]] | None = field(default=None, compare=False)
    forms: bool = False  # `--wszystkie`: also the documents of later steps, marked „WZÓR”
    only: tuple[str, ...] = ()  # `--dokument`: the codes of the documents to write (all if empty)


@dataclass(frozen=True)
class Generated:
    """The outcome for one workbook: the files written, or why nothing was."""

    checked: Checked
    folder: Path | None = None
    files: tuple[WrittenFile, ...] = ()
    failure: str | None = None
    templates: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    partial: bool = False  # the failure came after some documents were already replaced
    stale: tuple[WrittenFile, ...] = ()  # documents the workbook no longer produces
    # Records kept without --force although they would change: name → what changed.
    outdated: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    fields: Mapping[str, Mapping[str, str]] = field(default_factory=dict)  # for the manifest

    @property
    def ok(self) -> bool:
        return self.checked.ok and self.failure is None

    @property
    def stale_left(self) -> bool:
        """Out-of-date documents stay in the folder (no `--force`): the run is not clean."""
        return any(w.status is FileStatus.STALE for w in self.stale)

    @property
    def outdated_left(self) -> bool:
        """A record that would change stays as it was (no `--force`): nobody may sign it
        believing it fresh, so the run is not clean."""
        return bool(self.outdated)


@dataclass(frozen=True)
class Prepared:
    """One workbook validated and its documents rendered in memory, nothing written yet."""

    checked: Checked
    case_sign: str | None = None
    folder: Path | None = None
    documents: Mapping[str, bytes] = field(default_factory=dict)
    templates: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    failure: str | None = None
    fields: Mapping[str, Mapping[str, str]] = field(default_factory=dict)  # per document
    labels: Mapping[str, Mapping[str, str]] = field(default_factory=dict)  # field → Polish
    produced: tuple[str, ...] = ()  # every document the project has, forms included

    @property
    def writable(self) -> bool:
        return self.folder is not None and self.failure is None and self.checked.ok
