"""How the command line speaks: one line per user error, stdout that
tolerates a closed pipe (`litx parse x.pdf | head`)."""

from __future__ import annotations

import sys

import typer


def fail(message: str, code: int = 2) -> None:
    """One line on stderr and a non-zero exit: user errors, never a traceback."""
    typer.echo(f"litx: {message}", err=True)
    raise typer.Exit(code)


def fail_rules(exc) -> None:
    """Every problem of a RuleError, one line each (file, line, entry), then exit 2."""
    for problem in exc.errors:
        typer.echo(f"litx: {problem}", err=True)
    raise typer.Exit(2)


def write_stdout(text: str) -> None:
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        sys.stderr.close()
