"""Hormone changes: link hormone mentions to direction cues (fact ``hormone_change``).

:func:`hormone_changes` takes the mentions a matcher found in one sentence
(kinds hormone, direction and comparison; others are ignored) and returns
one :class:`HormoneChange` per hormone whose change the sentence reports.
It reads the cues as ``rules/directions.yaml`` says:

* **Overlaps.**  Overlapping cues keep the longest; at equal length a
  comparison cue beats a direction cue (高于治疗前 is a change, 高于 alone a
  comparison; "patients with higher" beats "higher").  Overlapping hormone
  mentions keep the longest.
* **Coordination.**  Hormones next to each other, joined only by 和 / 及 /
  以及 / 与 / 或 / 、 / , / and / or / as well as / brackets and filler words
  (水平, 血清, levels, serum …), form a group that shares one cue:
  雌二醇和抗米勒管激素水平升高 gives E2 and AMH.  The Chinese full-width
  comma ``，`` separates clauses, not list items, so it does not coordinate.
  A hormone named twice in a group (雌二醇(E2)) gives one fact.  Brackets
  of statistics between the items ("AMH (P < 0.01) and AFC (P = 0.03)
  increased") are part of the gap, and the comparison signs inside them
  (``<``, ``=``) are no threshold cues.
* **Linking.**  A cue links to a group when it stands on the side its
  ``position`` allows (before: 降低FSH, "increase in AMH"; after: AMH rose,
  FSH水平下降; any) within ``rules.direction_window`` tokens (comparison
  cues: ``rules.comparison_window``), with no other cue, no other hormone
  and no clause break (``, ， ; 。`` outside brackets) between them.  So a
  cue governs its own group and does not reach across another cue:
  降低FSH、升高E2和AMH gives FSH decrease, E2 and AMH increase.
* **Lists.**  A cue before an English list reaches an item of it across the
  list's commas ("increases ovarian weight, plasma E2 levels, and …"), unless
  the hormone has a verb of its own ("…, and E2 levels were measured").
* **Choice.**  Of the cues linked to a group, one no earlier group of the
  sentence took ("AMH was unchanged and FSH did not fall": "unchanged" is
  AMH's), then the nearest (tokens between them); at equal distance a
  comparison cue, then a cue after the group.  When the winner is a comparison cue the group gets no fact: a
  threshold (FSH>25 IU/L), a baseline (baseline AMH) or a subgroup
  (AMH水平较高的患者), not a change.  A comparison cue that contains the
  hormone (a pattern such as 高于FSH…的患者) links at distance 0.  That the
  nearest cue wins is what keeps 与基线相比AMH升高 a change although 基线
  is within the comparison window: 升高 is nearer.
* **Direction.**  ``rules.resolve_direction(cue.id, hormone)``: improve and
  worsen depend on the hormone (改善AMH: increase, 改善FSH: decrease).
* **From … to.**  When the cue comes with numbers "from A to B" (FSH dropped
  from 89 to 42 IU/L, FSH从89降至42, FSH水平由(89±5) IU/L降至(42±3) IU/L) the
  rule is ``hormone_change.from_to``; in Chinese the 从/由 clause may stand
  between hormone and cue and then counts as part of the cue for the window.
  The direction is the cue's: a from-to without a direction cue gives no
  fact (a range such as "AMH from 1 to 5 ng/mL" is not a change).

Rules (``HormoneChange.rule``): ``hormone_change.from_to``, else
``hormone_change.coordinated`` (a group of two or more hormones), else
``hormone_change.cue_before`` / ``hormone_change.cue_after``.  One fact per
(hormone, direction) in a clause (a sentence's parts between semicolons),
the first found.

Token distances are counted by :func:`extractor.matching.context.measure` (cheap
tokens, see there).  Cost, measured on this machine: ~40 µs a sentence for
the test sentences, ~180 µs for a 90-character sentence with seven hormones
and eight cues (groups × cues pairs, each measuring a short stretch of text);
tests/test_hormones.py checks that it stays under 2 ms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Sequence

from ..lang.script import has_cjk
from ..matching.context import measure, resolve_overlaps
from ..matching.mentions import Mention
from ..ruleset.model import Coordination, Kind, LangTerms, Position, RuleSet

__all__ = ["HormoneChange", "hormone_changes"]

RULE_BEFORE = "hormone_change.cue_before"
RULE_AFTER = "hormone_change.cue_after"
RULE_COORDINATED = "hormone_change.coordinated"
RULE_FROM_TO = "hormone_change.from_to"


@dataclass(frozen=True, slots=True)
class HormoneChange:
    """One hormone_change fact: ``value = {hormone, direction}``."""

    hormone: str  # contract id: FSH, LH, E2, AMH, AFC, INHB, ovarian_volume
    direction: str  # increase | decrease | no_change
    hormone_mention: Mention
    cue: Mention  # the direction cue (its id may be improve / worsen)
    rule: str  # hormone_change.cue_before | cue_after | coordinated | from_to
    #: where the cue stands relative to the hormone's group: before | after
    cue_position: str = "after"
    #: every hormone mention of the coordinated group (one for a lone hormone)
    group: tuple[Mention, ...] = field(default=(), compare=False)

    @property
    def span(self) -> tuple[int, int]:
        """Character span covering the hormone and its cue."""
        return (min(self.hormone_mention.start, self.cue.start), max(self.hormone_mention.end, self.cue.end))


# Text allowed between two coordinated hormones: spaces, list punctuation,
# 的 / "the" / "of" (grammar, here) and the words of directions.yaml
# `coordination` (joiners 和 / and / as well as, fillers 水平 / serum / levels).
_COORD_GRAMMAR_ZH = ("的",)
_COORD_GRAMMAR_EN = ("the", "of")


#: a bracket of statistics: "(P < 0.01)", "（P＜0.05）", "(95% CI 1.2-3.4)", "(r = 0.61)"
_STAT_BRACKET = re.compile(
    r"[(（\[]\s*(?:[Pp](?:\s*-?\s*value)?|[Pp]值|OR|HR|RR|95\s*%\s*CI|CI|[rR]2?|[tFZ]|χ2|n)\s*"
    r"(?:[<>=≤≥＜＞⩽⩾≦≧]|[:：,]|\s)[^()（）\[\]]{0,40}[)）\]]"
)


@lru_cache(maxsize=8)
def _coord_gap(coordination: Coordination) -> re.Pattern[str]:
    """The text allowed between two coordinated hormones, compiled once per rule set."""
    zh = [*coordination.joiners.zh, *coordination.fillers.zh, *_COORD_GRAMMAR_ZH]
    en = [*coordination.joiners.en, *coordination.fillers.en, *_COORD_GRAMMAR_EN]
    return re.compile(
        rf"(?:\s+|{_STAT_BRACKET.pattern}|[、,/&()（）\[\]]|{_words(zh)}|(?i:\b(?:{_words(en)})\b))*"
    )


@lru_cache(maxsize=8)
def _fillers(coordination: Coordination) -> re.Pattern[str]:
    """The filler words of directions.yaml `coordination` (serum, levels,
    水平), English ones whole, compiled once per rule set."""
    zh = [w for w in coordination.fillers.zh]
    en = [w for w in coordination.fillers.en]
    return re.compile(rf"{_words(zh)}|(?i:\b(?:{_words(en)})\b)")


def _words(words) -> str:
    """An alternation of literal words, the longest first; a space matches any run of spaces."""
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in unique) or "(?!)"


_NUM = r"[(（]?\s*\d+(?:\.\d+)?"
# Chinese: 从/由 … A … cue … 至/到 B, on one clause (the cue lies inside)
_FROM_TO_ZH = re.compile(rf"(?:从(?!而)|由(?!于))[^，。；;]{{0,12}}?{_NUM}[^，。；;]{{0,30}}?(?:至|到)\s*{_NUM}")


@lru_cache(maxsize=8)
def _from_to_en(statistics: LangTerms) -> re.Pattern[str]:
    """English: (a word or two) from [a mean of] A … to B, right after cue or
    hormone; the statistic words (mean, median) are directions.yaml
    `statistics`, compiled once per rule set."""
    of = rf"(?:(?:a|an|the)\s+(?:{_words(statistics.all())})\s+(?:value\s+)?of\s+)?"
    return re.compile(rf"\s*(?:[A-Za-z]+\s+){{0,2}}?from\s+{of}{_NUM}[^,;]{{0,40}}?\bto\s+{of}{_NUM}", re.IGNORECASE)


_CUE_PRIORITY = {Kind.COMPARISON.value: 0, Kind.DIRECTION.value: 1}

# An English list after a verb: "increases ovarian weight, plasma E2 levels, and
# the number of follicles" (the hormone one item of the verb's object).  The
# stretch from the cue to the hormone is items of up to four words, each ended
# by a comma (the last maybe by "and"/"or"); it starts with a word, not a comma
# ("FSH fell, and E2 …" is two clauses).
_ITEM = r"[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3}"
_EN_LIST = re.compile(rf"\s+{_ITEM},(?:\s+{_ITEM},)*\s+(?:(?:and|or)\s+)?(?:[A-Za-z][\w'’-]*\s+){{0,2}}")
# …unless the hormone has a verb of its own ("reduced apoptosis, and E2 levels
# were measured"): forms of be / have and verbs of change after it (grammar)
_OWN_VERB = re.compile(
    r"(?:\s*[(（][^()（）]{0,40}[)）])?(?:\s+(?:serum|plasma|level|levels|concentration|concentrations|values?))*"
    r"\s+(?:was|were|is|are|has|have|had|did|does|do|remained|showed|became|rose|fell|increased|decreased"
    r"|declined|dropped|improved|changed|returned|recovered|could|can|may|might|would)\b",
    re.IGNORECASE,
)


def _in_a_list(sentence: str, a: int, b: int, g_end: int) -> bool:
    """Whether the text from a cue (ending at ``a``) to a hormone group (at
    ``b``) is the items of a list the cue governs, the group one of them."""
    return _EN_LIST.fullmatch(sentence, a, b) is not None and _OWN_VERB.match(sentence, g_end) is None
#: where a clause of its own ends: a semicolon ("… higher E2 (Table 1); E2 rose most in …")
_CLAUSE_END = re.compile(r"[;；]")


@dataclass(slots=True)
class _Link:
    cue: Mention
    side: str  # "before" | "after" | "inside"
    gap: int
    from_to: bool


def hormone_changes(sentence: str, mentions: Sequence[Mention], rules: RuleSet, lang: str) -> list[HormoneChange]:
    """The hormone changes reported in ``sentence``.

    ``lang`` is the sentence's language.  Windows are the same in both
    languages and cues of either language may occur in any sentence, so the
    reading does not depend on it; it is kept for symmetry with
    :func:`extractor.matching.context.context_of` and is checked.
    """
    if getattr(lang, "value", lang) not in ("en", "zh"):
        raise ValueError(f"unknown language {lang!r}: expected 'en' or 'zh'")
    hormones = resolve_overlaps(m for m in mentions if m.kind == Kind.HORMONE.value)
    if not hormones:
        return []
    stats = [m.span() for m in _STAT_BRACKET.finditer(sentence)] if "(" in sentence or "（" in sentence or "[" in sentence else []
    cues = resolve_overlaps(
        (m for m in mentions if m.kind in _CUE_PRIORITY
         and not any(a <= m.start and m.end <= b for a, b in stats)),  # "(P < 0.01)" is no threshold
        _CUE_PRIORITY,
    )
    if not cues:
        return []
    from_to_zh = [(m.start(), m.end()) for m in _FROM_TO_ZH.finditer(sentence)] if _has_cjk(sentence) else []

    out: list[HormoneChange] = []
    seen: set[tuple[str, str, int]] = set()
    clauses = [m.end() for m in _CLAUSE_END.finditer(sentence)]
    taken: set[int] = set()  # the cues earlier groups took (by position)
    for group in _groups(sentence, hormones, _coord_gap(rules.models["directions"].coordination)):
        link = _best_link(sentence, group, hormones, cues, rules, from_to_zh, taken)
        if link is None or link.cue.kind == Kind.COMPARISON.value:
            continue
        taken.add(link.cue.start)
        ids = list(dict.fromkeys(h.id for h in group))
        if link.from_to:
            rule = RULE_FROM_TO
        elif len(ids) > 1:
            rule = RULE_COORDINATED
        else:
            rule = RULE_BEFORE if link.side == "before" else RULE_AFTER
        for hid in ids:
            direction = rules.resolve_direction(link.cue.id, hid).value
            first = next(h for h in group if h.id == hid)
            clause = sum(1 for end in clauses if end <= first.start)
            if (hid, direction, clause) in seen:
                continue
            seen.add((hid, direction, clause))
            out.append(
                HormoneChange(
                    hormone=hid,
                    direction=direction,
                    hormone_mention=first,
                    cue=link.cue,
                    rule=rule,
                    cue_position="before" if link.side == "before" else "after",
                    group=tuple(group),
                )
            )
    return out


_has_cjk = has_cjk


def _groups(sentence: str, hormones: list[Mention], gap: re.Pattern[str]) -> list[list[Mention]]:
    groups: list[list[Mention]] = [[hormones[0]]]
    for prev, h in zip(hormones, hormones[1:]):
        if gap.fullmatch(sentence, prev.end, h.start):
            groups[-1].append(h)
        else:
            groups.append([h])
    return groups


def _best_link(
    sentence: str,
    group: list[Mention],
    hormones: list[Mention],
    cues: list[Mention],
    rules: RuleSet,
    from_to_zh: list[tuple[int, int]],
    taken: set[int] = frozenset(),
) -> _Link | None:
    """The cue that governs a group: of those linked to it, one no earlier
    group took ("AMH was unchanged and FSH did not fall": "unchanged" is
    AMH's, FSH has its own), then the nearest, then a comparison, then a cue
    after the group."""
    g_start, g_end = group[0].start, group[-1].end
    best: _Link | None = None
    best_key: tuple | None = None
    for cue in cues:
        link = _link(sentence, g_start, g_end, cue, hormones, cues, rules, from_to_zh)
        if link is None:
            continue
        key = (cue.start in taken, link.gap, _CUE_PRIORITY[cue.kind], 0 if link.side != "before" else 1)
        if best_key is None or key < best_key:
            best, best_key = link, key
    return best


#: what may stand between a verb and its object: 提高了AMH, 降低其FSH
_VERB_OBJECT = re.compile(r"[\s了其]*")


def _takes_the_next(sentence: str, cue: Mention, hormones: list[Mention]) -> bool:
    """Whether a cue governs the hormone right after it, as a verb its
    object (降低FSH水平、提高AMH: 提高 is AMH's, not FSH's cue after it)."""
    if cue.kind == Kind.COMPARISON.value:
        return False
    at = _VERB_OBJECT.match(sentence, cue.end).end()
    return any(h.start == at for h in hormones)


def _link(
    sentence: str,
    g_start: int,
    g_end: int,
    cue: Mention,
    hormones: list[Mention],
    cues: list[Mention],
    rules: RuleSet,
    from_to_zh: list[tuple[int, int]],
) -> _Link | None:
    comparison = cue.kind == Kind.COMPARISON.value
    if cue.start < g_end and g_start < cue.end:  # the cue overlaps the group
        inside = [h for h in hormones if g_start <= h.start < g_end and cue.start <= h.start and h.end <= cue.end]
        if comparison and inside:
            return _Link(cue, "inside", 0, False)
        return None
    window = rules.comparison_window if comparison else rules.direction_window
    if cue.end <= g_start:
        if cue.position == Position.AFTER.value:
            return None
        side, a, b, limit = "before", cue.end, g_start, window.before
        from_to = False
    else:
        if cue.position == Position.BEFORE.value:
            return None
        side, a, b, limit = "after", g_end, cue.start, window.after
        from_to = False
        if not comparison and cue.id != "no_change":
            # 由治疗前的(89±5) IU/L降至…: the from-to clause is part of the cue
            for fs, fe in from_to_zh:
                if fs >= g_end and fs <= cue.start and cue.end <= fe:
                    b, from_to = fs, True
                    break
    if side == "after" and _takes_the_next(sentence, cue, hormones):
        return None
    for other in cues:
        if other is not cue and a <= other.start and other.end <= b:
            return None  # a cue does not reach across another cue
    for h in hormones:
        if a <= h.start and h.end <= b:
            return None  # nor across a hormone of another group
    # the hormone's own filler words ("higher serum E2", FSH水平下降) are part
    # of its noun phrase, not distance: "higher serum E2 and lower FSH" gives
    # E2 the cue before it, not "lower" after "and"
    gap, broken = measure(_fillers(rules.models["directions"].coordination).sub(" ", sentence[a:b]))
    if broken and side == "before" and not comparison and _in_a_list(sentence, a, b, g_end):
        gap, broken = measure(sentence[a:b].replace(",", " "))
    if broken or gap > limit:
        return None
    if not comparison and not from_to and cue.id != "no_change":
        from_to = _from_to_en(rules.models["directions"].statistics).match(sentence, max(cue.end, g_end)) is not None
        if not from_to:
            from_to = any(fs <= cue.start and cue.end <= fe for fs, fe in from_to_zh)
    return _Link(cue, side, gap, from_to)
