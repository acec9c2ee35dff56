"""``litx rules check [RULES_DIR]``: every problem of a rule directory, at once.

First everything :func:`~extractor.ruleset.model.load_rules` refuses — YAML syntax
(``E102``), missing files (``E103``), unknown keys and canonical ids, wrong
types, empty or duplicated terms, regular expressions that do not compile or
match empty text, numbers out of range (``E101``) — each with file, line and
entry.  A rule directory with any of these stops ``litx extract``.

Then, once the rules load, lint checks the loader does not make.  They are
warnings: the rules work, but probably not as meant.  Only checks that flag
a real ambiguity are made; a longer term containing a shorter one of
another id ("umbilical cord MSCs" / "MSCs") is how the dictionaries are
meant to work (the longest match wins) and is never reported.

``W311`` term clash
    A term equal to a term of another id in the same group (the groups of
    the duplicate check: entities, directions, negation, units, …) once
    full-width characters and letter case are folded, as the matcher folds
    them (``ＦＳＨ`` and ``FSH``, ``（`` and ``(``).  The loader compares
    lower-case text only, so such a pair passes it, and the matcher then
    sees one string with two meanings.
``W312`` pattern clash
    A regular expression that matches the whole of a literal term of
    another id that competes for the same words (cell types, routes and
    hormones; guidance; direction and comparison cues): the same text would
    be both, and the tie is settled by rule order, not by the rules.
``W313`` empty match
    A regular expression that can match empty text somewhere (``\\b``, a
    look-ahead, an optional group on its own).  The loader only tries the
    empty string; an empty match inside a sentence is a mention of no
    words.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from ..layout.glyphs import fold_width
from ..matching.matchers import GROUPS as MATCH_GROUPS
from ..ruleset.model import _GROUPS as TERM_GROUPS
from ..ruleset.model import FILES, RULES_DIR, Kind, Pattern, RuleError, RuleProblem, RuleSet, Term, load_rules

try:  # the regex parser's width analysis (stdlib, private module)
    import re._parser as _sre_parse
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_parse as _sre_parse  # type: ignore[no-redef]

__all__ = ["check_rules", "lint", "render_problems", "is_error"]


def check_rules(rules_dir: Path | str | None = None) -> list[RuleProblem]:
    """Every problem of a rule directory (empty when it is fine).

    Loading errors first (as ``load_rules`` reports them, in file order);
    lint warnings only when the rules load.
    """
    directory = Path(rules_dir) if rules_dir is not None else RULES_DIR
    if not directory.is_dir():
        return [RuleProblem(str(directory), 0, "-", "rule directory not found", code="E301")]
    try:
        rules = load_rules(directory)
    except RuleError as exc:
        return list(exc.errors)
    from ..facts.studies import type_name_problems

    return type_name_problems(rules) + lint(rules)


def is_error(problem: RuleProblem) -> bool:
    """An error stops ``litx extract``; a warning (W3xx) does not."""
    return problem.code.startswith("E")


def _fold(text: str) -> str:
    return " ".join(fold_width(text, punct=True).split()).casefold()


def _shown(rules: RuleSet, item: Term | Pattern) -> str:
    return str(rules.directory / item.file)


def _where(item: Term | Pattern) -> str:
    return f"{item.file}, line {item.line}, entry {item.entry}"


def lint(rules: RuleSet) -> list[RuleProblem]:
    """The W3xx checks of the module docstring, on rules that load."""
    problems: list[RuleProblem] = []
    kinds = list(Kind)
    terms = [t for k in kinds for t in rules.terms(k)]
    patterns = [p for k in kinds for p in rules.patterns(k)]

    # W311: the same string for two ids once folded; reported where the
    # unusual spelling is (the one folding changes), else on the later term
    first: dict[tuple[str, str], Term] = {}
    for term in terms:
        key = (TERM_GROUPS[Kind(term.kind)], _fold(term.text))
        seen = first.setdefault(key, term)
        if seen is term or (seen.kind, seen.id) == (term.kind, term.id):
            continue
        here, other = term, seen
        if fold_width(seen.text, punct=True) != seen.text and fold_width(term.text, punct=True) == term.text:
            here, other = seen, term
        problems.append(
            RuleProblem(
                _shown(rules, here), here.line, here.entry,
                f"term {here.text!r} is {other.text!r} of {other.kind} '{other.id}' ({_where(other)}) "
                "once full-width characters and letter case are folded",
                code="W311",
            )
        )

    # W312: a pattern that is also another id's literal term
    by_group: dict[str, list[Term]] = defaultdict(list)
    for term in terms:
        group = MATCH_GROUPS.get(term.kind)
        if group is not None:
            by_group[group].append(term)
    for pattern in patterns:
        for term in by_group.get(MATCH_GROUPS.get(pattern.kind, ""), ()):
            if (term.kind, term.id) == (pattern.kind, pattern.id):
                continue
            if pattern.regex.fullmatch(fold_width(term.text, punct=True)):
                problems.append(
                    RuleProblem(
                        _shown(rules, pattern), pattern.line, pattern.entry,
                        f"pattern {pattern.text!r} matches the whole of {term.text!r}, "
                        f"a term of {term.kind} '{term.id}' ({_where(term)})",
                        code="W312",
                    )
                )

    # W313: a pattern with a zero-length match
    for pattern in patterns:
        try:
            low, _ = _sre_parse.parse(pattern.text, pattern.regex.flags).getwidth()
        except Exception:  # noqa: BLE001 - a private parser: never let it break the check
            continue
        if low == 0:
            problems.append(
                RuleProblem(
                    _shown(rules, pattern), pattern.line, pattern.entry,
                    f"pattern {pattern.text!r} can match empty text (a lone \\b, a look-around or an "
                    "optional part on its own): make at least one character required",
                    code="W313",
                )
            )

    order = {Path(name).stem: i for i, name in enumerate(FILES)}
    problems.sort(key=lambda p: (order.get(Path(p.file).stem, 99), p.file, p.line, p.code))
    return problems


def render_problems(problems: list[RuleProblem]) -> str:
    """One line per problem: ``file:line: entry: detail [code]`` (empty for none)."""
    lines = []
    for p in problems:
        where = f"{p.file}:{p.line}" if p.line else p.file
        detail = " ".join(p.detail.splitlines())
        lines.append(f"{where}: {p.entry}: {detail} [{p.code}]")
    return "\n".join(lines) + ("\n" if lines else "")
