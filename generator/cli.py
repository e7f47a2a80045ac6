"""The `szj` command line: options in, one call into the pipeline, results printed.

Click only. Every error a user can cause is an `SzjError`, caught in `main` and printed in
Polish without a traceback.
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import date
from pathlib import Path

import click

from generator import __version__, pipeline
from generator import messages as msg
from generator.errors import SzjError
from generator.output import FileStatus

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"]}


def _parse_day(ctx: click.Context, param: click.Parameter, value: str | None) -> date:
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(msg.BAD_DATE_OPTION.format(value=value)) from None


day_option = click.option(
    "--na-dzien",
    "today",
    metavar="RRRR-MM-DD",
    callback=_parse_day,
    help="Data, według której ocenia się terminy (domyślnie dzisiaj).",
)
paths_argument = click.argument(
    "paths", nargs=-1, required=True, type=click.Path(path_type=Path), metavar="PLIK_LUB_KATALOG…"
)


@click.group(context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, prog_name="szj", message="%(prog)s %(version)s")
def cli() -> None:
    """Dokumentacja zmian w SZJ: ze skoroszytu Excel do dokumentów Word do podpisu."""


@cli.command("init")
@click.argument("path", type=click.Path(path_type=Path), metavar="PLIK.xlsx")
@click.option("--force", is_flag=True, help="Nadpisz istniejący plik.")
def init_command(path: Path, force: bool) -> None:
    """Utwórz pusty skoroszyt projektu ze wszystkimi arkuszami i listami wyboru."""
    from generator.blank import write_blank_workbook

    if path.suffix.lower() != ".xlsx":
        raise SzjError(f"{path}: nazwa pliku musi kończyć się na .xlsx")
    if path.exists() and not force:
        raise SzjError(f"{path}: plik już istnieje (użyj --force, aby go nadpisać)")
    write_blank_workbook(path)
    click.echo(f"{path}: utworzono pusty skoroszyt projektu")


@cli.command("validate")
@paths_argument
@day_option
def validate_command(paths: tuple[Path, ...], today: date) -> None:
    """Sprawdź skoroszyty i wypisz wszystkie problemy (kod wyjścia 1 przy błędach)."""
    found = _find(paths)
    failed = False
    for checked in pipeline.check_workbooks(found.workbooks, today):
        for line in checked.report_lines():
            click.echo(line, err=True)
        failed |= not checked.ok
        click.echo(_summary(checked))
    if failed or found.problems:
        sys.exit(1)


@cli.command("generate")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path), metavar="[PLIK_LUB_KATALOG…]")
@click.option(
    "-o",
    "--output",
    "output_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=pipeline.DEFAULT_OUTPUT,
    show_default=True,
    help="Katalog na dokumenty.",
)
@click.option("--force", is_flag=True, help="Nadpisz dokumenty, które by się zmieniły.")
@click.option("--pdf", is_flag=True, help="Zapisz także wersje PDF/A (wymaga LibreOffice).")
@click.option(
    "--templates",
    "templates_dir",
    type=click.Path(path_type=Path, file_okay=False, exists=True),
    help="Katalog z szablonami urzędu (brakujące brane są z domyślnych).",
)
@day_option
def generate_command(
    paths: tuple[Path, ...],
    output_dir: Path,
    force: bool,
    pdf: bool,
    templates_dir: Path | None,
    today: date,
) -> None:
    """Wygeneruj dokumenty Word (domyślnie ze wszystkich skoroszytów w katalogu inputs/)."""
    found = _find(paths or (pipeline.DEFAULT_INPUTS,))
    settings = pipeline.GenerateSettings(today, output_dir, force, pdf, templates_dir)
    if len(found.workbooks) > 1:
        with click.progressbar(
            length=len(found.workbooks), label="Generowanie", file=sys.stderr
        ) as bar:
            results = pipeline.generate(found.workbooks, settings, lambda _: bar.update(1))
    else:
        results = pipeline.generate(found.workbooks, settings)
    for result in results:
        _print_generated(result)
    if found.problems or not found.workbooks or any(not r.ok or r.stale_left for r in results):
        sys.exit(1)


def _print_generated(result: pipeline.Generated) -> None:
    checked = result.checked
    for line in checked.report_lines():
        click.echo(line, err=True)
    if not checked.ok:
        click.echo(f"{_summary(checked)} — nie wygenerowano dokumentów", err=True)
        return
    if result.failure:
        click.echo(f"błąd: {result.failure}", err=True)
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
    from generator.terminal import status_text

    found = _find(paths)
    failed = bool(found.problems)
    for index, checked in enumerate(pipeline.check_workbooks(found.workbooks, today)):
        if index:
            click.echo()
        validation = checked.validation
        if validation is None or validation.workbook is None or validation.state is None:
            for line in checked.report_lines():
                click.echo(line, err=True)
            click.echo(_summary(checked))
            failed = True
            continue
        click.echo(status_text(validation.workbook, validation.state, checked.path.name))
    if failed:
        sys.exit(1)


@cli.command("register")
@click.argument("folder", type=click.Path(path_type=Path, file_okay=False), metavar="KATALOG")
@click.option(
    "-o",
    "--output",
    "target",
    type=click.Path(path_type=Path, dir_okay=False),
    default=Path("rejestr.xlsx"),
    show_default=True,
    help="Plik rejestru do zapisania.",
)
@day_option
def register_command(folder: Path, target: Path, today: date) -> None:
    """Zestaw wszystkie projekty z katalogu w rejestrze dla Sekretarza (plik Excel)."""
    from generator.output import write_atomic
    from generator.register import register_bytes, register_row

    found = _find((folder,))
    checked = pipeline.check_workbooks(found.workbooks, today)
    rows = [register_row(c) for c in checked]
    write_atomic(target, register_bytes(rows))
    invalid = sum(1 for c in checked if not c.ok)
    click.echo(
        msg.REGISTER_WRITTEN.format(
            target=target, projects=msg.projects(len(rows)), invalid=invalid
        )
    )


@cli.group("templates")
def templates_group() -> None:
    """Szablony dokumentów urzędu: skopiuj je do edycji w Wordzie i sprawdź po zmianach."""


@templates_group.command("export")
@click.argument("folder", type=click.Path(path_type=Path, file_okay=False), metavar="KATALOG")
@click.option("--force", is_flag=True, help="Nadpisz pliki, które by się zmieniły.")
def templates_export_command(folder: Path, force: bool) -> None:
    """Skopiuj domyślne szablony i opis ich pól (CZYTAJ.txt) do katalogu."""
    from generator.templates_admin import export_templates

    written = export_templates(folder, force)
    for file in written:
        click.echo(f"  {file.path}: {file.status.value}")
    counts = Counter(file.status for file in written)
    parts = ", ".join(f"{s.value}: {counts[s]}" for s in FileStatus if counts[s])
    click.echo(msg.TEMPLATES_EXPORTED.format(folder=folder, parts=parts))
    click.echo(msg.TEMPLATES_EXPORT_NEXT.format(folder=folder, readme=folder / msg.README_NAME))


@templates_group.command("check")
@click.argument(
    "folder", type=click.Path(path_type=Path, file_okay=False, exists=True), metavar="KATALOG"
)
def templates_check_command(folder: Path) -> None:
    """Sprawdź szablony urzędu: znaczniki, nazwy pól, zmiany wprowadzone przez Worda."""
    from generator.templates_admin import check_folder

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
    for problem in found.problems:
        click.echo(f"błąd: {problem}", err=True)
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
    try:
        cli.main(prog_name="szj", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Przerwano.", err=True)
        sys.exit(1)
    except click.ClickException as e:
        e.show()
        sys.exit(e.exit_code)
    except SzjError as e:
        click.echo(f"błąd: {e}", err=True)
        sys.exit(e.exit_code)
    except KeyboardInterrupt:
        click.echo("Przerwano.", err=True)
        sys.exit(130)
