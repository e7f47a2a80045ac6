"""The `szj` command line: options in, one call into the pipeline, results printed.

Click only. Every error a user can cause is an `SzjError`, caught in `main` and printed in
Polish without a traceback.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Sequence
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
from generator.documents.output import FileStatus
from generator.errors import SzjError

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"]}
# A name ending in one of these means another file type: `init` refuses it rather than
# writing `projekt.xls.xlsx`; any other name (`projekt2`, `OR.0123.5.2026`) gets `.xlsx`.
OTHER_FORMATS = frozenset(
    {".xls", ".xlsm", ".xlsb", ".ods", ".csv", ".txt", ".doc", ".docx", ".odt", ".pdf", ".json"}
)


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
    from generator.workbook.blank import blank_workbook_bytes
    from generator.workbook.target import existing_target, refuse_read_only, write_target

    given = None
    if path.suffix.lower() != ".xlsx":
        if path.suffix.lower() in OTHER_FORMATS:
            raise SzjError(msg.INIT_NOT_XLSX.format(path=path))
        given, path = path, path.with_name(f"{path.name}.xlsx")  # `OR.0123.5.2026` stays
    if existing_target(path):
        if not force:
            raise SzjError(msg.INIT_EXISTS.format(path=path))
        refuse_read_only(path)
    write_target(path, blank_workbook_bytes(msg.ORGAN_CHOICES[organ]))
    if given is not None:
        click.echo(msg.INIT_XLSX_ADDED.format(given=given, path=path))
    click.echo(msg.INIT_WRITTEN.format(path=path))


@cli.command("validate")
@paths_argument
@day_option
def validate_command(paths: tuple[Path, ...], today: date) -> None:
    """Sprawdź skoroszyty i wypisz wszystkie problemy (kod wyjścia 1 przy błędach)."""
    from generator.reports.status import office_forms_lines

    found = _find(paths)
    failed = False
    for checked in pipeline.check_workbooks(found.workbooks, today):
        for line in checked.report_lines():
            click.echo(line, err=True)
        failed |= not checked.ok
        click.echo(_summary(checked))
        workbook = checked.validation.workbook if checked.validation else None
        for line in office_forms_lines(workbook, checked.path.name) if workbook else ():
            click.echo(line)
    if failed or found.problems:
        sys.exit(1)


def _document_codes(
    context: click.Context, parameter: click.Parameter, values: tuple[str, ...]
) -> tuple[str, ...]:
    """`--dokument 8`, `--dokument 08` or `--dokument 02,08` as registry codes."""
    from generator.documents.registry import BY_CODE

    codes = []
    for value in values:
        for part in value.replace(",", " ").split():
            code = part.strip().zfill(2)
            if code not in BY_CODE:
                raise click.BadParameter(
                    msg.UNKNOWN_DOCUMENT_CODE.format(value=part, codes=", ".join(BY_CODE))
                )
            codes.append(code)
    return tuple(dict.fromkeys(codes))


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
        _print_generated(result)
    if found.problems or not found.workbooks or any(
        not r.ok or r.stale_left or r.outdated_left for r in results
    ):
        sys.exit(1)


def _print_generated(result: pipeline.Generated) -> None:
    checked = result.checked
    for line in checked.report_lines():
        click.echo(line, err=True)
    if not checked.ok:
        click.echo(msg.NOT_GENERATED.format(summary=_summary(checked)), err=True)
        return
    if result.failure:
        click.echo(f"{msg.ERROR_PREFIX}{result.failure}", err=True)
        outcome = msg.NOT_ALL_WRITTEN if result.partial else msg.NOTHING_WRITTEN
        click.echo(f"{checked.path.name}: {outcome}", err=True)
        return
    for written in (*result.files, *result.stale):
        click.echo(f"  {written.path}: {written.status.value}")
    counts = Counter(w.status for w in (*result.files, *result.stale))
    parts = ", ".join(
        f"{status.value}: {counts[status]}" for status in FileStatus if counts[status]
    )
    click.echo(f"{checked.path.name} → {result.folder}: {parts}")
    for name, changed in result.outdated.items():
        click.echo(msg.RECORD_OUTDATED.format(file=name, fields=", ".join(changed)), err=True)
    if result.stale_left:
        stale = sum(w.status is FileStatus.STALE for w in result.stale)
        click.echo(
            msg.STALE_LEFT.format(file=checked.path.name, folder=result.folder, count=stale),
            err=True,
        )


@cli.command("status")
@paths_argument
@day_option
def status_command(paths: tuple[Path, ...], today: date) -> None:
    """Pokaż, na jakim etapie procedury są projekty, kto działa następny i ostrzeżenia."""
    from generator.reports.status import partial_status_text, status_text

    found = _find(paths)
    failed = bool(found.problems)
    for index, checked in enumerate(pipeline.check_workbooks(found.workbooks, today)):
        if index:
            click.echo()
        validation = checked.validation
        if validation is None or validation.workbook is None or validation.state is None:
            for line in checked.report_lines():
                click.echo(line, err=True)
            failed = True
            if validation is None or validation.partial_workbook is None:
                click.echo(_summary(checked))
                continue
            click.echo(
                partial_status_text(
                    validation.partial_workbook,
                    validation.partial_state,
                    checked.path.name,
                    len(validation.errors),
                )
            )
            continue
        click.echo(status_text(validation.workbook, validation.state, checked.path.name))
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
    counts = Counter(file.status for file in written)
    parts = ", ".join(f"{s.value}: {counts[s]}" for s in FileStatus if counts[s])
    click.echo(msg.TEMPLATES_EXPORTED.format(folder=folder, parts=parts))
    click.echo(msg.TEMPLATES_EXPORT_NEXT.format(folder=folder, readme=folder / msg.README_NAME))


@templates_group.command("check")
@click.argument("folder", type=FolderPath(must_exist=True), metavar="KATALOG")
def templates_check_command(folder: Path) -> None:
    """Sprawdź szablony urzędu: znaczniki, nazwy pól, zmiany wprowadzone przez Worda."""
    from generator.documents.admin import check_folder

    checked = check_folder(folder)
    for report in checked.templates:
        for issue in report.issues:
            click.echo(issue.format(report.name), err=True)
        if report.present and report.ok:
            click.echo(msg.TEMPLATE_CHECKED_OK.format(name=report.name))
        elif not report.present:
            click.echo(msg.TEMPLATE_NOT_IN_FOLDER.format(name=report.name))
    for name, issue in checked.other_files:
        click.echo(issue.format(name), err=True)
    for hint in checked.hints:
        click.echo(hint, err=True)
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
    for lock in found.lock_files:
        click.echo(f"{lock}: {msg.LOCK_FILE}", err=True)
    for workbook, program in found.open_in.items():
        program = msg.PROGRAM_LOCATIVE.get(program, program)
        click.echo(f"{workbook}: {msg.WORKBOOK_OPEN.format(program=program)}", err=True)
    for passed_over in found.registers:
        click.echo(f"{passed_over}: {msg.REGISTER_PASSED_OVER}", err=True)
    for problem in found.problems:
        click.echo(f"{msg.ERROR_PREFIX}{problem}", err=True)
    return found


def _summary(checked: pipeline.Checked) -> str:
    if checked.validation is None:
        return msg.SUMMARY_INVALID.format(
            file=checked.path.name, errors=msg.errors(1), warnings=msg.warnings(0)
        )
    v = checked.validation
    if v.ok:
        return msg.SUMMARY_VALID.format(
            file=checked.path.name, warnings=msg.warnings(len(v.warnings))
        )
    return msg.SUMMARY_INVALID.format(
        file=checked.path.name,
        errors=msg.errors(len(v.errors)),
        warnings=msg.warnings(len(v.warnings)),
    )


def main() -> None:
    """Entry point: run the CLI, turning every user-caused error into a Polish message."""
    cli.main(prog_name="szj")
