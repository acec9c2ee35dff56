"""How the command line speaks: one line per user error, stdout that
tolerates a closed pipe (`litx parse x.pdf | head`)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import typer

from ..errors import LitxError, Msg


def fail(message: str, code: int = 2) -> None:
    """One line on stderr and a non-zero exit: user errors, never a traceback."""
    typer.echo(f"litx: {message}", err=True)
    raise typer.Exit(code)


def echo_rule_problems(exc) -> None:
    """Every problem of a RuleError, one line each (file, line, entry)."""
    for problem in exc.errors:
        typer.echo(f"litx: {problem}", err=True)


def fail_rules(exc) -> None:
    """:func:`echo_rule_problems`, then exit 2."""
    echo_rule_problems(exc)
    raise typer.Exit(2)


def check_rules_dir(rules: Path | None) -> None:
    """A ``--rules`` that is not a folder is one line (``E301``), not a
    line for each rule file it lacks."""
    if rules is not None and not rules.is_dir():
        fail(str(LitxError(Msg.E301, file=rules)))


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def write_file(path: Path, text: str) -> None:
    """Write an output file atomically; a path that cannot be written is one
    line naming it (``E007``)."""
    from ..atomic import write_text

    try:
        write_text(path, text)
    except OSError as exc:
        fail(str(LitxError(Msg.E007, str(path), detail=_reason(exc))))


def check_output_dir(path: Path) -> None:
    """Make sure results can be written into ``path`` before any PDF is read:
    created if missing; a file in its place, or a folder that cannot be
    written, is one line (``E007``)."""
    try:
        if path.exists() and not path.is_dir():
            raise NotADirectoryError(20, "not a folder")
        path.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(prefix=".litx-probe.", dir=path)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        fail(str(LitxError(Msg.E007, str(path), detail=_reason(exc))))


def write_stdout(text: str) -> None:
    try:
        try:
            sys.stdout.write(text)
        except UnicodeEncodeError:  # a file name that is not UTF-8: its own bytes
            sys.stdout.flush()
            sys.stdout.buffer.write(text.encode(sys.stdout.encoding or "utf-8", "surrogateescape"))
        sys.stdout.flush()
    except BrokenPipeError:
        sys.stderr.close()
