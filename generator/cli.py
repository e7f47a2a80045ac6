"""The `szj` command line: options in, one call into the pipeline, results printed.

Click only. Every error a user can cause is an `SzjError`, caught in `main` and printed in
Polish without a traceback.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import click

from generator import __version__, pipeline
from generator import messages as msg
from generator.cli_polish import (
    Day,
    FilePath,
    FolderPath,
    PolishGroup,
    Port,
    show_usage_error,
)
from generator.console import (
    Line,
    found_lines,
    generated_lines,
    status_counts,
    status_lines,
    template_check_lines,
    validated_lines,
)
from generator.documents.output import FileStatus
from generator.errors import SzjError

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"]}


day_option = click.option(
    "--na-dzien",
    "today",
    type=Day(),
    default=date.today,
    show_default=False,
    help=msg.HELP_DAY,
)
paths_argument = click.argument(
    "paths", nargs=-1, required=True, type=click.Path(path_type=Path), metavar="PLIK_LUB_KATALOG…"
)


class SzjGroup(PolishGroup):
    """The `szj` group: every error a user can cause is printed in Polish, never a traceback.

    Standalone Click would print its own English usage errors; this runs Click in
    non-standalone mode and prints each error here, so `szj` and `CliRunner` show the same.
    """

    def main(  # type: ignore[override]
        self, args: Sequence[str] | None = None, standalone_mode: bool = True, **kwargs: Any
    ) -> Any:
        if not standalone_mode:
            return super().main(args, standalone_mode=False, **kwargs)
        try:
            super().main(args, standalone_mode=False, **kwargs)
        except click.exceptions.Abort:
            click.echo(msg.CLICK_ABORTED, err=True)
            sys.exit(1)
        except click.UsageError as e:
            shown_help = show_usage_error(e)
            sys.exit(0 if shown_help else e.exit_code)
        except click.ClickException as e:
            e.show()
            sys.exit(e.exit_code)
        except SzjError as e:
            click.echo(f"{msg.ERROR_PREFIX}{e}", err=True)
            sys.exit(e.exit_code)
        except KeyboardInterrupt:
            click.echo(msg.CLICK_ABORTED, err=True)
            sys.exit(130)
        return None


@click.group(cls=SzjGroup, context_settings=CONTEXT_SETTINGS)
@click.version_option(
    __version__, prog_name="szj", message="%(prog)s %(version)s", help=msg.CLICK_VERSION_OPTION
)
def cli() -> None:
    """Dokumentacja zmian w SZJ: ze skoroszytu Excel do dokumentów Word do podpisu."""


@cli.command("init")
@click.argument("path", type=FilePath(), metavar="PLIK.xlsx")
@click.option("--force", is_flag=True, help=msg.HELP_FORCE_INIT)
@click.option(
    "--organ",
    type=click.Choice(list(msg.ORGAN_CHOICES)),
    default="burmistrz",
    help=msg.ORGAN_OPTION_HELP,
)
def init_command(path: Path, force: bool, organ: str) -> None:
    """Utwórz pusty skoroszyt projektu ze wszystkimi arkuszami i listami wyboru."""
    path, given = pipeline.init_workbook(path, force, msg.ORGAN_CHOICES[organ])
    if given is not None:
        click.echo(msg.INIT_XLSX_ADDED.format(given=given, path=path))
    click.echo(msg.INIT_WRITTEN.format(path=path))


@cli.command("validate")
@paths_argument
@day_option
def validate_command(paths: tuple[Path, ...], today: date) -> None:
    """Sprawdź skoroszyty i wypisz wszystkie problemy (kod wyjścia 1 przy błędach)."""
    found = _find(paths)
    failed = False
    for checked in pipeline.check_workbooks(found.workbooks, today):
        _echo(validated_lines(checked))
        failed |= not checked.ok
    if failed or found.problems:
        sys.exit(1)


def _document_codes(
    context: click.Context, parameter: click.Parameter, values: tuple[str, ...]
) -> tuple[str, ...]:
    """`--dokument 8`, `--dokument 08` or `--dokument 02,08` as registry codes."""
    try:
        return pipeline.document_codes(values)
    except ValueError as e:
        raise click.BadParameter(str(e)) from e


@cli.command("generate")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path), metavar="[PLIK_LUB_KATALOG…]")
@click.option(
    "-o",
    "--output",
    "output_dir",
    type=FolderPath(),
    default=pipeline.DEFAULT_OUTPUT,
    help=msg.HELP_OUTPUT.format(default=pipeline.DEFAULT_OUTPUT),
)
@click.option("--force", is_flag=True, help=msg.HELP_FORCE_GENERATE)
@click.option("--pdf", is_flag=True, help=msg.HELP_PDF)
@click.option(
    "--templates",
    "templates_dir",
    type=FolderPath(must_exist=True),
    help=msg.HELP_TEMPLATES,
)
@click.option(
    "--wszystkie",
    "forms",
    is_flag=True,
    help=msg.HELP_FORMS,
)
@click.option(
    "--dokument",
    "only",
    multiple=True,
    callback=_document_codes,
    metavar="KOD",
    help=msg.HELP_ONLY,
)
@day_option
def generate_command(
    paths: tuple[Path, ...],
    output_dir: Path,
    force: bool,
    pdf: bool,
    templates_dir: Path | None,
    forms: bool,
    only: tuple[str, ...],
    today: date,
) -> None:
    """Wygeneruj dokumenty Word (domyślnie ze wszystkich skoroszytów w katalogu inputs/).

    Każdy dokument nosi datę kroku, który dokumentuje (arkusz Przebieg); dokumenty kroków,
    które jeszcze nie nastąpiły, powstają tylko z --wszystkie, oznaczone jako WZÓR."""
    found = _find(paths or (pipeline.DEFAULT_INPUTS,))
    settings = pipeline.GenerateSettings(
        today, output_dir, force, pdf, templates_dir, forms=forms, only=only
    )
    if len(found.workbooks) > 1 and sys.stderr.isatty():  # never a lone label in a log
        with click.progressbar(
            length=len(found.workbooks), label=msg.PROGRESS_LABEL, file=sys.stderr
        ) as bar:
            results = pipeline.generate(found.workbooks, settings, lambda _: bar.update(1))
    else:
        results = pipeline.generate(found.workbooks, settings)
    for result in results:
        _echo(generated_lines(result))
    if found.problems or not found.workbooks or any(
        not r.ok or r.stale_left or r.outdated_left for r in results
    ):
        sys.exit(1)


@cli.command("status")
@paths_argument
@day_option
def status_command(paths: tuple[Path, ...], today: date) -> None:
    """Pokaż, na jakim etapie procedury są projekty, kto działa następny i ostrzeżenia."""
    found = _find(paths)
    failed = bool(found.problems)
    for index, checked in enumerate(pipeline.check_workbooks(found.workbooks, today)):
        if index:
            click.echo()
        lines, judged = status_lines(checked)
        _echo(lines)
        failed |= not judged
    if failed:
        sys.exit(1)


@cli.command("register")
@click.argument("folder", type=click.Path(path_type=Path), metavar="KATALOG")
@click.option(
    "-o",
    "--output",
    "target",
    type=FilePath(),
    default=Path("rejestr.xlsx"),
    help=msg.HELP_REGISTER_OUTPUT,
)
@click.option("--force", is_flag=True, help=msg.HELP_FORCE_REGISTER)
@day_option
def register_command(folder: Path, target: Path, force: bool, today: date) -> None:
    """Zestaw wszystkie projekty z katalogu w rejestrze dla Sekretarza (plik Excel)."""
    from generator.reports import register

    if not folder.is_dir():
        missing = msg.REGISTER_NOT_A_FOLDER if folder.exists() else msg.REGISTER_FOLDER_MISSING
        raise SzjError(missing.format(folder=folder, looked=folder.absolute()))
    found = _find((folder,))
    if found.problems:
        raise SzjError(msg.REGISTER_NOT_WRITTEN.format(target=target))
    checked = pipeline.check_workbooks(found.workbooks, today)
    rows = register.project_rows(checked, found.open_in)
    for sign, files in register.duplicate_case_signs(rows).items():
        warning = msg.REGISTER_DUPLICATE_CASE_SIGN.format(sign=sign, files=", ".join(files))
        click.echo(warning, err=True)
    data = register.register_bytes(rows, today)
    status = register.write_register(target, data, force, found.workbooks)
    done = msg.REGISTER_UNCHANGED if status is FileStatus.IDENTICAL else msg.REGISTER_WRITTEN
    invalid = sum(1 for c in checked if not c.ok)
    click.echo(done.format(target=target, projects=msg.projects(len(rows)), invalid=invalid))


@cli.command("serve")
@click.option(
    "--host",
    default="127.0.0.1",
    metavar="ADRES",
    help=msg.HELP_HOST,
)
@click.option(
    "--port", default=8080, type=Port(), help=msg.HELP_PORT
)
@click.option("--no-browser", is_flag=True, help=msg.HELP_NO_BROWSER)
@click.option(
    "--projekty",
    "projects_dir",
    type=FolderPath(),
    help=msg.HELP_PROJECTS,
)
@click.option(
    "--templates",
    "templates_dir",
    type=FolderPath(must_exist=True),
    help=msg.HELP_TEMPLATES,
)
def serve_command(
    host: str, port: int, no_browser: bool, projects_dir: Path | None, templates_dir: Path | None
) -> None:
    """Uruchom stronę dla pracowników: sprawdzanie skoroszytów i pobieranie dokumentów."""
    from generator.web.app import ServeSettings
    from generator.web.server import serve

    if projects_dir is not None and not projects_dir.is_dir():
        raise SzjError(msg.SERVE_NO_FOLDER.format(folder=projects_dir))
    settings = ServeSettings(projects_dir=projects_dir, templates_dir=templates_dir)
    serve(
        host,
        port,
        settings,
        open_browser=not no_browser,
        echo=lambda line: click.echo(line, err=True),
    )


@cli.group("templates")
def templates_group() -> None:
    """Szablony dokumentów urzędu: skopiuj je do edycji w Wordzie i sprawdź po zmianach."""


@templates_group.command("export")
@click.argument("folder", type=FolderPath(), metavar="KATALOG")
@click.option("--force", is_flag=True, help=msg.HELP_FORCE_EXPORT)
def templates_export_command(folder: Path, force: bool) -> None:
    """Skopiuj domyślne szablony i opis ich pól (CZYTAJ.txt) do katalogu."""
    from generator.documents.admin import export_templates

    written = export_templates(folder, force)
    for file in written:
        click.echo(f"  {file.path}: {file.status.value}")
    click.echo(msg.TEMPLATES_EXPORTED.format(folder=folder, parts=status_counts(written)))
    click.echo(msg.TEMPLATES_EXPORT_NEXT.format(folder=folder, readme=folder / msg.README_NAME))


@templates_group.command("check")
@click.argument("folder", type=FolderPath(must_exist=True), metavar="KATALOG")
def templates_check_command(folder: Path) -> None:
    """Sprawdź szablony urzędu: znaczniki, nazwy pól, zmiany wprowadzone przez Worda."""
    from generator.documents.admin import check_folder

    checked = check_folder(folder)
    _echo(template_check_lines(checked))
    if not checked.present:
        names = ", ".join(report.name for report in checked.templates)
        raise SzjError(msg.TEMPLATES_NONE_IN_FOLDER.format(folder=folder, names=names))
    if not checked.ok:
        failed = sum(not report.ok for report in checked.templates)
        click.echo(
            msg.TEMPLATES_HAVE_PROBLEMS.format(
                files=msg.files(failed), problems=msg.errors(checked.errors)
            )
        )
        sys.exit(1)
    click.echo(msg.TEMPLATES_ALL_OK)


def _find(paths: tuple[Path, ...]) -> pipeline.Found:
    found = pipeline.find_workbooks(paths)
    _echo(found_lines(found))
    return found


def _echo(lines: Iterable[Line]) -> None:
    for line in lines:
        click.echo(line.text, err=line.err)


def main() -> None:
    """Entry point: run the CLI, turning every user-caused error into a Polish message."""
    cli.main(prog_name="szj")
