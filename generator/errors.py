"""One error hierarchy. The CLI catches `SzjError` in one place and exits with its code."""

from __future__ import annotations

from pathlib import Path


class SzjError(Exception):
    """Raised for anything a user can cause; the message is Polish and shown as is."""

    exit_code = 1


class InputFileError(SzjError):
    """Raised when a file cannot be read as a workbook at all (not xlsx, empty, encrypted)."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(f"{path.name}: {message}")
        self.path = path


class TemplateError(SzjError):
    """Raised when a Word template is missing, broken, or uses a field the tool does not know."""


class ActError(SzjError):
    """Raised when an act's .docx (the regulamin, the statute) cannot be read or parsed.

    `issues` lists the paragraphs that could not be parsed (empty for a file-level problem).
    """

    def __init__(self, message: str, issues: tuple[object, ...] = ()) -> None:
        super().__init__(message)
        self.issues = issues


class OutputError(SzjError):
    """Raised when a document cannot be written (permissions, full disk, file open in Word).

    `partial` is set when some documents of the project were already replaced before the
    failure (each file is still whole, old or new).
    """

    partial = False


class ConverterError(SzjError):
    """Raised when LibreOffice is missing or fails to convert a document to PDF."""
