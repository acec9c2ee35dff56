"""``hormone_change``: a hormone (or ovarian-reserve indicator) and the
direction it moved after the intervention (FSH↓, AMH↑).

Two sources, read together:

* a hormone term (``rules/hormones.yaml``) linked to a direction cue
  (``rules/directions.yaml``) by :func:`extractor.facts.hormones.hormone_changes`
  ("a fall in LH", 降低FSH水平, "AMH (P < 0.01) and AFC increased");
* the grammar ``rules/grammars/hormone_change.yaml``: changes said by two
  values and no direction word ("LH 30.5 → 11.2 mIU/mL", "FSH changed from
  62 to 18", "68 IU/L before and 21 IU/L after treatment"); the direction is
  the values' (first and last ``{number}``); and changes undone, the
  hormone named inside them ("reversed the FSH elevation", 逆转FSH升高、E2降低):
  the direction the other way round, read before the cues for that hormone.

A sentence that defines a disease ("POI is diagnosed when FSH rises …") or
compares groups at baseline (directions.yaml ``definitions``) reports no
change; nor does a hormone the grammar's ``not_level`` patterns mark (a gene
or protein in tissue, a deficiency, a treatment: "AMH expression",
"estradiol deficiency", 雌激素替代治疗).  A hormone named and then abbreviated in brackets ("anti-Müllerian
hormone (AMH)") is one fact whose text covers both.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...contract import Direction, HormoneId
from ...lang.trie import alternatives, spaced, trie_pattern
from ...layout.tables import cell_spans
from ...ruleset.grammar import numbers_of
from ...ruleset.model import Kind
from .. import screen as keys
from ..hormones import hormone_changes
from ..registry import FactType, FormField, SheetColumns, SheetList
from ..results import ValueModel

_ARROWS = {"increase": "↑", "decrease": "↓", "no_change": "↔"}


class HormoneChangeValue(ValueModel):
    hormone: HormoneId
    direction: Direction


def arrow(direction) -> str:
    return _ARROWS.get(direction, "?")


#: the mention kind every change names (hormones.yaml)
HORMONE = "hormone"
#: the grammar file of this type: rules/grammars/hormone_change.yaml
GRAMMAR = "hormone_change"
@lru_cache(maxsize=8)
def _abbreviated(fillers: tuple[str, ...]) -> re.Pattern:
    """Between a name and its abbreviation: "anti-Müllerian hormone (AMH)",
    also past a filler word of directions.yaml's coordination ("estradiol
    levels (E2)", 雌二醇水平（E2）)."""
    words = "|".join(re.escape(w) for w in sorted(fillers, key=len, reverse=True))
    between = rf"(?:\s*(?:{words}))*" if words else ""
    return re.compile(rf"{between}\s*[(（\[]\s*", re.IGNORECASE)


def _named_end(scope, change) -> int:
    """The end of the hormone's naming: past its bracketed abbreviation, if one follows."""
    h = change.hormone_mention
    abbreviated = _abbreviated(tuple(scope.rules.models["directions"].coordination.fillers.all()))
    for other in change.group:
        if other.start >= h.end and other.id == h.id and abbreviated.fullmatch(scope.text, h.end, other.start):
            closing = re.match(r"\s*[)）\]]", scope.text[other.end:])
            return other.end + (closing.end() if closing else 0)
    return h.end


#: the slots whose patterns mark a hormone as no measured level (a gene, a
#: deficiency, a treatment; a threshold in brackets: "FSH (>25 IU/L)"), or
#: its change as no effect of a treatment (what the model drug caused, a
#: disease or an aged model described in a sentence naming no treatment, a
#: group given none) or no change over time (groups compared with each other)
NOT_LEVEL = ("not_level", "threshold", "model", "disease", "aged", "untreated_group", "groups_compared")


def _marking(compiled) -> frozenset[str]:
    """The ids of the patterns that mark a hormone as no level."""
    return frozenset().union(*(compiled.patterns_using(slot) for slot in NOT_LEVEL))


#: the slot whose patterns say a change was undone ("reversed FSH elevation",
#: 逆转FSH升高): the hormone moved the other way; its words of a rise and a
#: fall are the slots RISE and FALL
UNDO, RISE, FALL = "undo", "rise", "fall"


def _undone(grammar, text: str, mentions) -> list[tuple[object, str, object]]:
    """(hormone mention, direction, match) of each change the grammar's undo
    patterns read: each hormone of a match with the next rise or fall word
    after it, the direction turned round (逆转FSH升高、E2降低: FSH decrease,
    E2 increase)."""
    if grammar is None:
        return []
    undoing = grammar.compiled.patterns_using(UNDO)
    if not undoing:
        return []
    out = []
    for m in grammar.compiled.find(text, mentions=mentions, patterns=undoing):
        moves = sorted([(a, "decrease") for a, _ in m.parts.get(RISE, [])] + [(a, "increase") for a, _ in m.parts.get(FALL, [])])
        for h in m.mentions("hormone"):
            after = [d for a, d in moves if a >= h.end]
            before = [d for a, d in moves if a < h.start]
            direction = after[0] if after else before[-1] if before else None
            if direction is not None:
                out.append((h, direction, m))
    return out


def _not_levels(grammar, text: str, mentions) -> list[tuple[int, int]]:
    """The spans of the grammar's not-a-level matches ("AMH expression", 雌激素替代治疗)."""
    if grammar is None:
        return []
    marking = _marking(grammar.compiled)
    return [(m.start, m.end) for m in grammar.compiled.find(text, mentions=mentions, patterns=marking)] if marking else []


def _value_changes(grammar, text: str, mentions) -> list[tuple[str, str, object, object]]:
    """(hormone id, direction, hormone mention, match) of each change said by
    two values ("LH 30.5 → 11.2"): the grammar's."""
    out = []
    for m in grammar.compiled.find(text, mentions=mentions,
                                   patterns=grammar.compiled.pattern_ids() - _marking(grammar.compiled) - grammar.compiled.patterns_using(UNDO)):
        hormones, values = m.mentions("hormone"), [numbers_of(n) for n in m.every("number")]
        if not hormones or len(values) < 2 or not values[0] or not values[-1]:
            continue
        before, after = values[0][0], values[-1][0]
        direction = "decrease" if after < before else "increase" if after > before else "no_change"
        out.append((hormones[0].id, direction, hormones[0], m))
    return out


def _by_values(scope, seen: set) -> None:
    grammar = scope.rules.grammars.get(GRAMMAR)
    if grammar is None:
        return
    for hid, direction, h, m in _value_changes(grammar, scope.text, scope.mentions):
        if (hid, direction) in seen:
            continue
        seen.add((hid, direction))
        fact = scope.add("hormone_change", {"hormone": hid, "direction": direction}, h.start, h.end,
                         f"hormone_change.{m.pattern}", grammar.source(m.pattern, m.lang, m.index),
                         scope=(m.start, m.end), mention=m)
        fact.__pydantic_extra__["cue"] = scope.text[h.end:m.end].strip()


def in_table(scope) -> None:
    """A row that gives a hormone's value before and after ("LH | 30.5 → 11.2"),
    or a body cell that says a change whole ("AMH↑", "FSH降低": a review's
    table of studies)."""
    grammar = scope.rules.grammars.get(GRAMMAR)
    if grammar is None:
        return
    for sentence in scope.block.sentences:
        read = set()
        for hid, direction, h, m in _value_changes(grammar, sentence.text, scope.mentions(sentence)):
            read.add((h.start, h.end))
            scope.add(sentence, "hormone_change", {"hormone": hid, "direction": direction}, h.start, h.end,
                      f"hormone_change.{m.pattern}", grammar.source(m.pattern, m.lang, m.index))
        if scope.row > 1:
            _said_in_cells(scope, sentence, read)
    if scope.row > 1 and grammar.compiled.columns:
        _said_in_a_direction_column(scope, grammar)


#: what else a cell that says a change whole may hold: spaces, punctuation, "levels", 水平
_CELL_REST = re.compile(r"[\s,，、;；.。/()（）]*(?:(?:serum|levels?|水平|血清)[\s,，、;；.。/()（）]*)*")


def _said_in_cells(scope, sentence, read: set) -> None:
    """The changes of cells that hold nothing but hormones and their cues
    ("AMH↑", "AFC↑, FSH↓")."""
    text = sentence.text
    by_cell: dict[tuple[int, int], list] = {}
    cells = cell_spans(text)
    for change in hormone_changes(text, scope.mentions(sentence), scope.rules, sentence.lang.value):
        h, cue = change.hormone_mention, change.cue
        cell = next(((a, b) for a, b, _ in cells if a <= h.start and h.end <= b), None)
        if cell is not None and (h.start, h.end) not in read and cell[0] <= cue.start and cue.end <= cell[1]:
            by_cell.setdefault(cell, []).append(change)
    for (start, end), changes in by_cell.items():
        words = sorted({(m.start, m.end) for c in changes for m in (*c.group, c.cue)})
        rest, at = [], start
        for a, b in words:
            rest.append(text[at:a])
            at = max(at, b)
        rest.append(text[at:end])
        if not all(_CELL_REST.fullmatch(piece) for piece in rest):
            continue  # the cell says more than the changes: a result to read as a sentence
        for c in changes:
            scope.add(sentence, "hormone_change", {"hormone": c.hormone, "direction": c.direction},
                      c.hormone_mention.start, c.hormone_mention.end, c.rule, c.hormone_mention.source)


def _said_in_a_direction_column(scope, grammar) -> None:
    """A cell that is nothing but a direction ("Decreased", "No change", ↑)
    under a column headed as one (rules/grammars/hormone_change.yaml
    `table.columns`: "Direction", "Change"): the change of the one hormone
    the row names in its other cells ("FSH (IU/L) | 71.2 | 52.8 | Decreased")."""
    for sentence, start, end in scope.cells_under(grammar.compiled.columns):
        text, mentions = sentence.text, scope.mentions(sentence)
        cues = [m for m in mentions if m.kind == Kind.DIRECTION.value and start <= m.start and m.end <= end]
        if len(cues) != 1 or not (_CELL_REST.fullmatch(text[start:cues[0].start])
                                  and _CELL_REST.fullmatch(text[cues[0].end:end])):
            continue
        named = {m.id for row_line in scope.block.sentences for m in scope.mentions(row_line)
                 if m.kind == HORMONE and not (row_line is sentence and start <= m.start < end)}
        if len(named) == 1:
            cue = cues[0]
            scope.add(sentence, "hormone_change", {"hormone": named.pop(), "direction": cue.id}, cue.start, cue.end,
                      "hormone_change.direction_column", cue.source)


def in_sentence(scope) -> None:
    if not any(m.kind == HORMONE for m in scope.mentions):
        _said_of_a_pronoun(scope, [], set())  # "In the other arm it did not change"
        return  # no hormone named: no other change to read
    lowered = scope.text.lower()
    if scope.extractor.compiled["hormone_change"].search(lowered):
        return  # a disease described, not an effect measured
    seen: set[tuple[str, str]] = set()
    grammar = scope.rules.grammars.get(GRAMMAR)
    not_levels = _not_levels(grammar, scope.text, scope.mentions)
    undone = _undone(grammar, scope.text, scope.mentions)
    undone_at = {(h.start, h.end) for h, _, _ in undone}
    changes = hormone_changes(scope.text, scope.mentions, scope.rules, scope.lang)
    for change in changes:
        h = change.hormone_mention
        if any(a <= h.start and h.end <= b for a, b in not_levels):
            continue  # a gene, a deficiency or a treatment, not a level
        if (h.start, h.end) in undone_at:
            continue  # "reversed FSH elevation": read below, the other way round
        seen.add((change.hormone, change.direction))
        fact = scope.add("hormone_change", {"hormone": change.hormone, "direction": change.direction},
                         h.start, _named_end(scope, change), change.rule, h.source, scope=change.span, mention=change)
        fact.__pydantic_extra__["cue"] = change.cue.text
    for h, direction, m in undone:
        if (h.id, direction) in seen:
            continue
        seen.add((h.id, direction))
        fact = scope.add("hormone_change", {"hormone": h.id, "direction": direction}, h.start, h.end,
                         f"hormone_change.{m.pattern}", grammar.source(m.pattern, m.lang, m.index),
                         scope=(m.start, m.end), mention=m)
        fact.__pydantic_extra__["cue"] = scope.text[m.start:m.end]
    _said_of_a_pronoun(scope, changes, seen)
    _by_values(scope, seen)


#: the mention kinds :func:`in_sentence` reads a change from: a hormone
#: named, or a direction cue whose subject may be a pronoun standing for one
_READS = frozenset({HORMONE, Kind.DIRECTION.value})


def may_hold(scope) -> bool:
    """The quick test of a sentence: it holds a mention of a kind in
    :data:`_READS` (without one, :func:`in_sentence` reads nothing)."""
    return not scope.kinds.isdisjoint(_READS)


def screen(extractor):
    """The keys of :func:`may_hold` (facts/screen.py): its mention kinds."""
    return keys.kinds(*_READS)


def _said_of_a_pronoun(scope, changes, seen: set[tuple[str, str]]) -> None:
    """A direction cue whose subject is a pronoun standing for a hormone
    whose change was just reported ("AMH rose in the cell arm, whereas it did
    not change in the sham arm"; a sentence on, "In the other arm it did not
    change"): the change of that hormone, the last one of the sentence with a
    change, or the one hormone the sentence before reported a change of
    (directions.yaml `pronouns`).  A pronoun after a hormone only named ("FSH
    was measured monthly; it did not change the plan") stands for nothing."""
    cues = scope.of_kind(Kind.DIRECTION)
    if not cues:
        return  # (most sentences hold no cue: nothing to read, no word list to build)
    directions = scope.rules.models["directions"]
    pronoun = _pronoun_subject(tuple(directions.pronouns.all()))
    if pronoun is None:
        return
    objectless = _after_a_level(tuple(directions.after_a_level.all()))
    used = {(c.cue.start, c.cue.end) for c in changes}
    for cue in cues:
        said = pronoun.search(scope.text, 0, cue.start)
        if (cue.start, cue.end) in used or said is None or not objectless.match(scope.text, cue.end):
            continue  # "it improves fertility": the treatment doing something, not a level changing
        hormone = _antecedent(scope, changes, said.start())
        if hormone is None:
            continue
        direction = scope.rules.resolve_direction(cue.id, hormone)
        if (hormone, direction) in seen:
            continue
        seen.add((hormone, direction))
        fact = scope.add("hormone_change", {"hormone": hormone, "direction": direction}, cue.start, cue.end,
                         "hormone_change.pronoun", cue.source, mention=cue)
        fact.__pydantic_extra__["cue"] = cue.text


@lru_cache(maxsize=4)
def _after_a_level(words: tuple[str, ...]) -> re.Pattern:
    """What may follow a cue said of a level (nothing it acts on): a stop, a
    clause's end, or one of ``words`` (directions.yaml `after_a_level`)."""
    return re.compile(rf"\s*(?:$|[,.;:)\]]|(?:{alternatives(words)})\b)", re.IGNORECASE)


@lru_cache(maxsize=4)
def _pronoun_subject(pronouns: tuple[str, ...]) -> re.Pattern | None:
    """A pronoun right before a cue, up to two words (an auxiliary, an
    adverb: "it had risen", "it then fell") between them."""
    if not pronouns:
        return None
    return re.compile(rf"(?<![A-Za-z])(?:{spaced(pronouns)})\s+(?:[a-z]+\s+){{0,2}}$", re.IGNORECASE)


def _antecedent(scope, changes, before: int) -> str | None:
    """The hormone a pronoun at ``before`` stands for: of the changes the
    sentence reports before it, the last one's; else the one hormone of the
    changes the sentence before reported."""
    said = sorted((c.hormone_mention.end, c.hormone) for c in changes if c.hormone_mention.end <= before)
    if said:
        return said[-1][1]
    earlier = scope.earlier.last(1)
    ids = {f.value["hormone"] for _, f in earlier[0].facts_of("hormone_change")} if earlier else set()
    return ids.pop() if len(ids) == 1 else None


def definitions(rules) -> re.Pattern:
    """Words that make a sentence a disease described, not an effect measured
    (directions.yaml `definitions`: 表现为, "is diagnosed when"), lower-cased,
    as one expression that finds any of them in a lower-cased sentence."""
    terms = sorted({t.lower() for t in rules.models["directions"].definitions.all()})
    return re.compile(trie_pattern(terms) if terms else "(?!)")  # one branch per next character


def describe(value: dict) -> str:
    direction = value.get("direction")
    return f"{value.get('hormone')} {arrow(direction)} {direction}"


FACT_TYPE = FactType(
    name="hormone_change",
    position=4,
    label="Hormone changes",
    value_model=HormoneChangeValue,
    form=(
        FormField("hormone", "choice", True, tuple(m.value for m in HormoneId)),
        FormField("direction", "choice", True, tuple(m.value for m in Direction)),
    ),
    describe=describe,
    mention_kind="hormone",
    grammar="hormone term + direction cue (extractor/facts/hormones.py; cues in rules/directions.yaml), "
            "changes by values and changes undone (rules/grammars/hormone_change.yaml)",
    negated_by_what_follows=True,
    # "did not change" is the fact, no denial of one: a negation word the
    # sentence holds elsewhere ("未妊娠，LH无明显变化", "FSH did not decrease and
    # AMH stayed unchanged") does not deny a no-change
    never_denied=lambda value: value.get("direction") == Direction.NO_CHANGE.value,
    match_keys=("hormone", "direction"),
    export_fields=("hormone", "direction"),
    sheet=SheetColumns(("hormone_change",), lambda v: (f"{v.get('hormone')}{arrow(v.get('direction'))}",), position=6,
                      lists=(SheetList("hormone_changes", lambda v: f"{v.get('hormone')}{arrow(v.get('direction'))}"),), arms_inherit=False),
    in_sentence=in_sentence,
    in_heading=in_sentence,
    may_hold=may_hold,
    screen=screen,
    in_table=in_table,
    compile=definitions,
)
