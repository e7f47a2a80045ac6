"""Click in Polish, through Click's own extension points.

Click prints its own English words: the usage line, help headings, the help option and its
errors. A clerk reads every one of them, so this module gives the CLI Polish ones without
touching Click: a help formatter and context (`formatter_class`, `context_class`), command and
group classes (metavars, the help option, `command_class`/`group_class` for their children),
parameter types whose errors are Polish, and `usage_error_text`, which turns each of Click's
usage errors into a Polish line from its type and attributes. The Polish words themselves are
in `generator/messages/` (`console.py`).

The classes override documented attributes and methods of Click 8 (see the bound in
pyproject.toml).
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import click

from generator import messages as msg


class PolishFormatter(click.HelpFormatter):
    """Writes „Użycie:” and the Polish section headings."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args, prefix if prefix is not None else f"{msg.CLICK_USAGE} ")

    def section(self, name: str):  # type: ignore[no-untyped-def]  # a context manager
        return super().section(msg.CLICK_SECTIONS.get(name, name))


class PolishContext(click.Context):
    """A context whose help is formatted in Polish."""

    formatter_class = PolishFormatter


class PolishCommand(click.Command):
    """A command with Polish metavars and help option."""

    context_class = PolishContext

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("options_metavar", msg.CLICK_OPTIONS_METAVAR)
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        option = super().get_help_option(ctx)
        if option is not None:
            option.help = msg.CLICK_HELP_OPTION
        return option


class PolishGroup(PolishCommand, click.Group):
    """A group whose subcommands and subgroups are Polish too."""

    command_class = PolishCommand
    group_class = type  # Click's sentinel: subgroups are of this very class

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("subcommand_metavar", msg.CLICK_SUBCOMMAND_METAVAR)
        super().__init__(*args, **kwargs)


class FolderPath(click.ParamType):
    """A folder path; with `must_exist`, the folder must be there."""

    name = "folder"

    def __init__(self, must_exist: bool = False) -> None:
        self.must_exist = must_exist

    def get_metavar(self, param: click.Parameter, ctx: click.Context | None = None) -> str:
        return msg.METAVAR_FOLDER

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None):  # type: ignore[no-untyped-def]
        path = Path(str(value))
        if path.is_file():
            self.fail(msg.PATH_FOLDER_IS_FILE.format(path=path), param, ctx)
        if self.must_exist and not path.is_dir():
            self.fail(msg.PATH_FOLDER_MISSING.format(path=path), param, ctx)
        return path


class FilePath(click.ParamType):
    """A file path that must not name a folder."""

    name = "file"

    def get_metavar(self, param: click.Parameter, ctx: click.Context | None = None) -> str:
        return msg.METAVAR_FILE

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None):  # type: ignore[no-untyped-def]
        path = Path(str(value))
        if path.is_dir():
            self.fail(msg.PATH_FILE_IS_FOLDER.format(path=path), param, ctx)
        return path


class Port(click.ParamType):
    """A TCP port number, 1–65535."""

    name = "port"

    def get_metavar(self, param: click.Parameter, ctx: click.Context | None = None) -> str:
        return msg.METAVAR_PORT

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None):  # type: ignore[no-untyped-def]
        text = str(value).strip()
        if text.isascii() and text.isdigit() and 1 <= int(text) <= 65535:
            return int(text)
        self.fail(msg.BAD_PORT.format(value=text), param, ctx)


_POLISH_DAY = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


class Day(click.ParamType):
    """A day typed as a clerk types it (`23.11.2026`) or as ISO (`2026-11-23`)."""

    name = "day"

    def get_metavar(self, param: click.Parameter, ctx: click.Context | None = None) -> str:
        return msg.METAVAR_DAY

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None):  # type: ignore[no-untyped-def]
        if isinstance(value, date):
            return value
        text = str(value).strip()
        try:
            if polish := _POLISH_DAY.fullmatch(text):
                day, month, year = (int(part) for part in polish.groups())
                return date(year, month, day)
            if _ISO_DAY.fullmatch(text):
                return date.fromisoformat(text)
        except ValueError:
            pass
        self.fail(msg.BAD_DATE_OPTION.format(value=text), param, ctx)


def usage_error_text(error: click.UsageError) -> str:
    """The Polish message for one of Click's usage errors (without the usage lines)."""
    if isinstance(error, click.MissingParameter):
        return _missing(error)
    if isinstance(error, click.NoSuchOption):
        text = msg.CLICK_NO_SUCH_OPTION.format(name=error.option_name)
        return _with_possibilities(text, error.possibilities)
    if isinstance(error, click.exceptions.NoSuchCommand):
        text = msg.CLICK_NO_SUCH_COMMAND.format(name=error.command_name)
        return _with_possibilities(text, error.possibilities)
    if isinstance(error, click.BadParameter):
        return _bad_value(error)
    if isinstance(error, click.BadOptionUsage):
        return _bad_option_usage(error)
    return _generic(error)


def _missing(error: click.MissingParameter) -> str:
    param = error.param
    if isinstance(param, click.Option):
        return msg.CLICK_MISSING_OPTION.format(name=param.opts[-1])
    name = param.make_metavar(error.ctx) if param is not None and error.ctx else "?"
    return msg.CLICK_MISSING_ARGUMENT.format(name=name)


def _with_possibilities(text: str, possibilities: list[str] | None) -> str:
    if not possibilities:
        return text
    return msg.CLICK_DID_YOU_MEAN.format(message=text, choices=" / ".join(possibilities))


def _bad_value(error: click.BadParameter) -> str:
    param = error.param
    if isinstance(param, click.Option):
        name = " / ".join(param.opts)
    elif param is not None and error.ctx is not None:
        name = param.make_metavar(error.ctx)
    else:
        name = str(error.param_hint or "")
    return msg.CLICK_BAD_VALUE.format(name=name, message=error.message)


def _bad_option_usage(error: click.BadOptionUsage) -> str:
    if "does not take a value" in error.message:
        return msg.CLICK_OPTION_TAKES_NO_VALUE.format(name=error.option_name)
    return msg.CLICK_OPTION_NEEDS_VALUE.format(name=error.option_name)


_EXTRA_ARGUMENTS = re.compile(r"Got unexpected extra arguments? \((?P<arguments>.*)\)", re.S)


def _generic(error: click.UsageError) -> str:
    if extra := _EXTRA_ARGUMENTS.fullmatch(error.message):
        return msg.CLICK_EXTRA_ARGUMENTS.format(arguments=extra["arguments"])
    if error.message == "Missing command." and error.ctx is not None:
        command = error.ctx.command
        if isinstance(command, click.Group):
            names = ", ".join(command.list_commands(error.ctx))
            return msg.CLICK_MISSING_COMMAND.format(choices=names)
    return msg.CLICK_BAD_USAGE.format(detail=error.message)


# Raised by a group called without a command: Click shows the help, as we do.
_NoArgsIsHelp = getattr(click.exceptions, "NoArgsIsHelpError", ())


def show_usage_error(error: click.UsageError) -> bool:
    """Print a usage error as Click would, in Polish: usage, where to find help, the error.

    A group called without a command is not an error for a clerk: its help is printed
    instead, and True returned.
    """
    ctx = error.ctx
    if isinstance(error, _NoArgsIsHelp) and ctx is not None:
        click.echo(ctx.get_help())
        return True
    if ctx is not None:
        click.echo(ctx.get_usage(), err=True)
        if ctx.command.get_help_option(ctx) is not None:
            option = ctx.help_option_names[-1]
            hint = msg.CLICK_HELP_HINT.format(command=ctx.command_path, option=option)
            click.echo(hint, err=True)
        click.echo(err=True)
    click.echo(msg.ERROR_PREFIX + usage_error_text(error), err=True)
    return False

