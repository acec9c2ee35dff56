"""``litx explain`` and ``litx rules suggest|add``: the commands, ready to register.

The work is done in :mod:`extractor.refine.explain`, :mod:`extractor.refine.suggest` and
:mod:`extractor.refine.edit`; this module only turns arguments into calls
and results into text.  :func:`register` adds the commands to the main
``litx`` app and its existing ``rules`` group (where ``rules check`` is)::

    from .tools import register as register_rule_tools
    register_rule_tools(app, rules_app)

Errors end as one ``litx: …`` line on stderr and exit code 2, as in the
other commands; a broken rule file lists every problem.
"""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from .io import check_rules_dir, fail as _fail, fail_rules, write_stdout
from ..errors import LitxError, Msg
from ..layout.pdfsource import DEFAULT_ENGINE

__all__ = ["add_command", "add_rule_commands", "explain", "register", "suggest_command"]


class LangOption(str, Enum):
    zh = "zh"
    en = "en"


class PositionOption(str, Enum):
    before = "before"
    after = "after"
    any = "any"


def _out(text: str) -> None:
    write_stdout(text if text.endswith("\n") else text + "\n")


def explain(
    result: Optional[Path] = typer.Argument(None, help="A per-PDF result file (OUT_DIR/x.json).", readable=False),
    fact_id: Optional[str] = typer.Argument(None, help="The fact's id (a unique prefix will do); leave out to list the ids."),
    text: Optional[str] = typer.Option(None, "--text", "-t", help="Explain this text instead of a fact."),
    lang: Optional[LangOption] = typer.Option(None, "--lang", help="Language of --text (default: detected per sentence)."),
    rules: Optional[Path] = typer.Option(None, "--rules", help="Rule directory (default: the bundled rules/).", readable=False),
    as_json: bool = typer.Option(False, "--json", help="The explanation as JSON."),
) -> None:
    """Why a fact was extracted, or what a text gives and which terms it almost spells."""
    from ..refine.explain import explain_fact, explain_text, list_facts, render_explanation, render_fact_list
    from ..ruleset.model import RuleError

    check_rules_dir(rules)
    try:
        if text is not None:
            if result is not None:
                _fail("give either a result file and a fact id, or --text, not both")
            expl = explain_text(text, lang=lang.value if lang else None, rules_dir=rules)
        elif result is None:
            _fail("give a result file (and a fact id), or --text \"…\"")
            return
        elif result.is_dir() or (result.exists() and not result.is_file()):
            # a folder, or a FIFO that would be read for ever
            what = "a folder, not a result file" if result.is_dir() else "not a regular file"
            _fail(str(LitxError(Msg.E006, str(result), detail=what)))
            return
        elif fact_id is None:
            facts = list_facts(result)
            if as_json:
                _out(json.dumps([f.model_dump(mode="json") for f in facts], ensure_ascii=False, indent=1))
            else:
                _out(render_fact_list(facts))
            return
        else:
            expl = explain_fact(result, fact_id, rules_dir=rules)
    except RuleError as exc:
        fail_rules(exc)
        return
    except LitxError as exc:
        _fail(str(exc))
        return
    _out(json.dumps(expl.as_dict(), ensure_ascii=False, indent=1) if as_json else render_explanation(expl))


def suggest_command(
    source: Path = typer.Argument(..., help="A folder of PDFs, or of extraction results (litx extract -o).", readable=False),
    limit: int = typer.Option(50, "--limit", "-n", min=1, help="At most this many suggestions."),
    examples: int = typer.Option(1, "--examples", min=0, max=3, help="Example sentences shown per suggestion."),
    rules: Optional[Path] = typer.Option(None, "--rules", help="Rule directory (default: the bundled rules/).", readable=False),
    engine: str = typer.Option(DEFAULT_ENGINE, "--engine", help="Character source for PDFs: pdfium (fast, the default) or pdfplumber (the reference)."),
    as_json: bool = typer.Option(False, "--json", help="The suggestions as JSON."),
) -> None:
    """Candidate terms the dictionaries lack, ranked by count, with examples."""
    from ..ruleset.model import RuleError
    from ..refine.suggest import render_suggestions, suggest

    check_rules_dir(rules)
    warnings: list[str] = []
    progress = (lambda path: typer.echo(f"reading {path}", err=True)) if sys.stderr.isatty() else None
    try:
        found = suggest(source, rules_dir=rules, limit=limit, engine=engine, warnings=warnings, on_document=progress)
    except RuleError as exc:
        fail_rules(exc)
        return
    except LitxError as exc:
        _fail(str(exc))
        return
    for note in warnings:
        typer.echo(f"litx: {note}", err=True)
    if as_json:
        _out(json.dumps([s.as_dict() for s in found], ensure_ascii=False, indent=1))
    else:
        _out(render_suggestions(found, examples=examples))


def add_command(
    kind: str = typer.Argument(..., help="What the term is: cell_type, route, guidance, hormone, hedge, species, unit, …"),
    id: str = typer.Argument(..., help="The entry to file it under (umbilical_cord_msc, intravenous, FSH, …)."),
    term: str = typer.Argument(..., help="The term, as written in papers."),
    lang: Optional[LangOption] = typer.Option(None, "--lang", help="zh or en (default: zh when the term has Chinese characters)."),
    position: Optional[PositionOption] = typer.Option(None, "--position", help="For cues grouped by position (direction, comparison, negation)."),
    rules: Optional[Path] = typer.Option(None, "--rules", help="Rule directory (default: the bundled rules/).", readable=False),
) -> None:
    """Add a term to the right rule file, keeping its comments and layout."""
    from ..ruleset.model import RuleError
    from ..refine.edit import add_term

    check_rules_dir(rules)
    try:
        done = add_term(
            kind, id, term, lang=lang.value if lang else None, rules_dir=rules,
            position=position.value if position else None,
        )
    except RuleError as exc:
        fail_rules(exc)
        return
    except LitxError as exc:
        _fail(str(exc))
        return
    _out(f"added {done.term!r} to {done.file}:{done.line} ({done.entry})")


def add_rule_commands(group: typer.Typer) -> None:
    """Add ``suggest`` and ``add`` to a ``rules`` command group."""
    group.command("suggest")(suggest_command)
    group.command("add")(add_command)


def register(app: typer.Typer, rules_group: typer.Typer | None = None) -> None:
    """Add ``explain`` to the ``litx`` app and ``suggest`` / ``add`` to its
    ``rules`` group (``rules_group``; a new group when None)."""
    app.command("explain")(explain)
    if rules_group is None:
        rules_group = typer.Typer(help="Check and edit the rule dictionaries.", no_args_is_help=True)
        app.add_typer(rules_group, name="rules")
    add_rule_commands(rules_group)
