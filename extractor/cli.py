"""The ``litx`` command.

Every user error (a missing file, a bad PDF, a mistake in a rule file) ends
as one line on stderr naming the file and the reason, and a non-zero exit;
tracebacks are for bugs only.
"""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from .errors import LitxError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="litx: extract facts from Chinese and English papers (PDF) for systematic reviews.",
    pretty_exceptions_enable=False,
)


@app.callback()
def root(
    version: bool = typer.Option(False, "--version", help="Print the version and exit.", is_eager=True),
) -> None:
    """litx: extract facts from Chinese and English papers (PDF) for systematic reviews."""
    if version:
        from . import __version__

        typer.echo(f"litx {__version__}")
        raise typer.Exit()


class OutputFormat(str, Enum):
    text = "text"
    json = "json"


class Engine(str, Enum):
    pdfplumber = "pdfplumber"
    pdfium = "pdfium"


def fail(message: str, code: int = 2) -> None:
    typer.echo(f"litx: {message}", err=True)
    raise typer.Exit(code)


def _write_stdout(text: str) -> None:
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:  # `litx parse x.pdf | head` is fine
        sys.stderr.close()


@app.command()
def parse(
    pdf: Path = typer.Argument(..., help="The PDF to read."),
    fmt: OutputFormat = typer.Option(OutputFormat.text, "--format", "-f", help="text: for reading; json: with pages, sections, sentences, languages and boxes."),
    password: Optional[str] = typer.Option(None, "--password", help="Password of an encrypted PDF."),
    engine: Engine = typer.Option(Engine.pdfplumber, "--engine", help="Character source: pdfplumber (reference) or pdfium (fast)."),
    rules: Optional[Path] = typer.Option(None, "--rules", help="Rule directory (default: the bundled rules/)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write to this file instead of stdout."),
) -> None:
    """Show the text layer of one PDF: sections, paragraphs and sentences in reading order."""
    from .render import to_json, to_text
    from .textlayer import parse_pdf, section_vocab

    try:
        doc = parse_pdf(pdf, password=password, engine=engine.value, sections=section_vocab(rules))
    except LitxError as exc:
        fail(str(exc))
    for note in doc.warnings:
        typer.echo(f"litx: {pdf}: {note}", err=True)
    if fmt is OutputFormat.json:
        text = json.dumps(to_json(doc), ensure_ascii=False, indent=1) + "\n"
    else:
        text = to_text(doc)
    if output:
        from .atomic import write_text

        write_text(output, text)
    else:
        _write_stdout(text)
    if not doc.blocks:
        raise typer.Exit(1)


def main() -> None:
    try:
        app()
    except LitxError as exc:  # raised outside a command's own handling
        typer.echo(f"litx: {exc}", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        typer.echo("litx: interrupted", err=True)
        sys.exit(130)


if __name__ == "__main__":
    main()
