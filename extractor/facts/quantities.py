"""Numbers, doses, treatment sessions and sample sizes in one sentence.

Three finders read a sentence (as the text layer writes it: ``5×10^6``,
``10^{12}``, citations ``^[23]``) and return typed mentions whose
``sentence[start:end]`` is the exact surface, with the normalised value and
the dotted name of the rule that fired::

    find_doses(sentence, vocab)         -> list[DoseMention]
    find_sessions(sentence, vocab)      -> list[SessionMention]
    find_sample_sizes(sentence, vocab)  -> list[SampleSizeMention]

Numerals (Arabic, Chinese 一…十百千万亿, English one…billion, ordinals) are
language mechanics and live here.  Domain words (dose units, per-denominators,
treatment cue words, subject nouns) are data: a :class:`QuantityVocab`, read
from the validated rule set by :meth:`QuantityVocab.from_rules`.

Decisions a caller must know
----------------------------
* Ranges (``1–2×10^6``, ``(1~2)×10^6``, ``1×10^6~1×10^7``, ``1-2 mg/kg``)
  give ``value = low`` plus ``low``/``high``.  A bare first number shares
  the second one's power of ten or multiplier (``1–2×10^6`` is 1e6..2e6)
  when it is small next to the second mantissa.
* A power of ten with no unit (``5×10^6``, ``10^7``) is a cell count, unit
  ``cells`` with ``unit_implied=True``, when it is at least
  ``MIN_CELL_COUNT`` (1e4) and the sentence names cells: a ``cells`` unit
  word (细胞, cells) or a ``cell_cues`` term (MSC, 外泌体; the cell-type
  terms of cell_types.yaml by default).  Bare 万/million numbers are never
  doses ("500万患者" is a population); nor are explicit cell amounts below
  ``MIN_CELL_COUNT`` ("8 cells" is an embryo stage).
* A per-kg denominator turns the unit into its ``per_kg`` form from the
  vocab (``2×10^6/kg``, ``每公斤…2×10^6个细胞`` → ``cells/kg``); ``per`` is
  ``kg`` for every per-kg dose (``116 U/kg`` too) unless another
  denominator is written onto it (``cells/kg per injection`` →
  ``injection``; one said around it, 每次…个/kg, is not).
  Denominators are read right after the amount, else within the clause
  and at most ``per_tokens`` tokens away (settings.yaml
  ``linking.dose_per_tokens``; a token is a word, a number or a Chinese
  character) and not past another amount; list items share them, and so do an
  amount and the volume that carries it ("5×10^6 cells in 0.5 mL … into
  each ovary").
* A unit written with another metric prefix than its contract unit is
  converted: ``100 µL`` is ``{"value": 0.1, "unit": "mL"}`` (the vocab lists
  µL under mL; the prefixes and base units are read from the names).
* Not doses: a number after a comparison sign (``FSH>25 IU/L``), a vocab
  ``not_units`` word at least as long as the unit match (IU/L beats IU;
  nm, 岁, %), a vocab unit exclusion (个月), any per-volume denominator
  (``1×10^9/L``, ``cells/mL``), numbers in citations (``^[23]``), zero, and
  numbers with no unit otherwise.
* Sessions need a treatment cue (vocab ``session_cues``) in the clause of
  the count — a clause that is only the count ("，共3次") borrows the one
  before — except English count nouns, which are their own cue ("two
  injections", at most ``count_tokens`` plain words between: settings.yaml
  ``linking.count_tokens``).  "once" needs the cue before it (it is also a conjunction).
  Ordinals count from two ("第三次移植" → 3, "a second injection" → 2);
  "first/第一次" says nothing about how many.  A count may leave out what
  it counts when a parallel one names it: "four sessions in one arm and
  three in the other", "four of 14 sessions", "A组移植2次，B组3次".
  Frequencies ("每周2次",
  "2次/周", "twice a week", "twice-weekly"), subsets ("前两次") and vocab
  ``session_excludes`` are skipped.  多次/repeated/vocab phrases give
  ``count=None``.
* Sample sizes are people: n=, N例, N名/位+subject noun, N人, and English
  counts before a ``subjects`` noun with at most ``count_tokens`` plain
  words between ("61 consecutive POI patients").  A ``non_subjects`` word between, right
  after 例/人, or within 20 characters after ``n =`` (or anywhere in a
  sentence naming no ``subjects`` noun, for ``n =``) drops the count, so
  animal groups (non-human species of context.yaml by default) and studies
  are not sample sizes.  Subgroup counts ("1次(11例患者)") are mentions too.
* Mentions never overlap within one finder (the longest wins); rule names:
  ``dose.<form>``, ``dose.range.<form>``, ``dose.list.<form>`` with form
  ``sci_notation``, ``e_notation``, ``cn_multiplier``, ``en_multiplier``,
  ``plain``, ``cn_numeral``, ``en_numeral``; ``sessions.cn_count``,
  ``cn_ordinal``, ``cn_single``, ``cn_multiple``, ``en_count``,
  ``en_ordinal``, ``en_single``, ``en_multiple``, ``en_times``, ``en_part``,
  ``en_parallel``, ``unspecified``; ``sample_size.cn_li``, ``cn_ming``, ``cn_ming_after``, ``cn_ren``,
  ``n_equals``, ``en_count``.
"""

from __future__ import annotations

import re
import string
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from typing import Any, Iterator, Mapping

from ..contract import DoseUnit, Per
from ..lang.script import has_cjk
from ..lang.trie import trie_pattern
from ..matching import citations
from ..ruleset.grammar import ODD_LATIN_CHAR, mandatory_text, may_match
# the numerals are the language layer's: one parser for the extractor and the review form
from ..lang.numerals import (
    _EN_SCALES,
    _EN_ORDINALS,
    _DEC,
    _TIMES,
    _EXP,
    _POWER_OF_TEN,
    _SUPERSCRIPTS,
    _CN_NUM,
    _EN_WORD,
    _EN_NUM,
    _LATIN_MULT,
    _dec,
    _exp_value,
    _cn_value,
    _en_value,
    _multiplier,
    parse_number,
)

__all__ = [
    "CONTRACT_UNITS",
    "CONTRACT_PER",
    "MIN_CELL_COUNT",
    "column_scale",
    "per_kg_unit",
    "QuantityVocab",
    "DoseMention",
    "SessionMention",
    "SampleSizeMention",
    "parse_number",
    "find_doses",
    "find_sessions",
    "find_sample_sizes",
]

CONTRACT_UNITS = tuple(u.value for u in DoseUnit)
CONTRACT_PER = tuple(p.value for p in Per)
#: smallest amount of cells read as a therapeutic dose (see module doc)
MIN_CELL_COUNT = 1e4

# ---------------------------------------------------------------- mentions


@dataclass(frozen=True, slots=True)
class DoseMention:
    """A dose: ``sentence[start:end] == text``; ``value`` in ``unit`` (a
    contract unit), ``per`` a contract denominator or None; ranges carry
    ``low``/``high`` and ``value == low``."""

    start: int
    end: int
    text: str
    rule: str
    value: float
    unit: str
    per: str | None = None
    low: float | None = None
    high: float | None = None
    #: True when the unit was not written and ``cells`` was assumed
    unit_implied: bool = False
    #: power of ten from the written unit to ``unit`` (µL reported in mL: -3)
    unit_power: int = 0
    #: True when the amount names a study arm ("the 2 × 10^6 group", 2×10^6组)
    arm_label: bool = False

    def as_value(self) -> dict[str, Any]:
        """The contract's ``value`` object for a ``dose`` fact."""
        out: dict[str, Any] = {"value": self.value, "unit": self.unit, "per": self.per}
        if self.low is not None:
            out["low"], out["high"] = self.low, self.high
        return out


@dataclass(frozen=True, slots=True)
class SessionMention:
    """A number of treatment sessions; ``count`` is None for 多次/repeated."""

    start: int
    end: int
    text: str
    rule: str
    count: int | None

    def as_value(self) -> dict[str, Any]:
        return {"count": self.count}


@dataclass(frozen=True, slots=True)
class SampleSizeMention:
    """A number of people studied (``unit`` is always ``patients``)."""

    start: int
    end: int
    text: str
    rule: str
    n: int
    unit: str = "patients"
    #: how the filters judge it: by_type, or as its grammar pattern says (GrammarPattern.judged)
    judged: str = "by_type"

    def as_value(self) -> dict[str, Any]:
        return {"n": self.n, "unit": self.unit}


# ---------------------------------------------------------------- vocabulary

#: a term with this many capitals is an abbreviation and keeps its letter
#: case (IU); others ignore case (mL, cells) — settings.yaml's
#: matching.case_sensitive_capitals
_ABBREVIATION_CAPITALS = 2


def _literal_words(words) -> str:
    """A regex alternation of literal words as written, the longest first
    (spaces match any run of spaces); one that matches nothing for none."""
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in unique) or "(?!)"


def _alternation(surfaces, *, plural: bool = False, whole: bool = True) -> str:
    """Longest-first regex alternation of surface forms.

    Spaces match any whitespace, ``/`` may have spaces around it, letter
    case follows ``_ABBREVIATION_CAPITALS``.  With ``whole`` (units, nouns) a
    Latin surface must not run into a following letter and a one-character
    CJK surface (个) must not run into a following ideograph (12个月 is not
    12 个); otherwise surfaces match as prefixes (inject → injected).
    """
    parts = []
    for s in sorted(set(surfaces), key=len, reverse=True):
        p = re.escape(s).replace(r"\ ", r"\s+").replace("/", r"\s*/\s*")
        if plural:
            p += "(?:s|es)?"
        if sum(c.isupper() for c in s) < _ABBREVIATION_CAPITALS and re.search("[A-Za-z]", s):
            p = f"(?i:{p})"
        if s[0].isascii() and s[0].isalpha():
            p = r"\b" + p
        if not whole:
            pass
        elif s[-1].isascii() and s[-1].isalpha():
            p += "(?![A-Za-z])"
        elif len(s) == 1 and "\u4e00" <= s <= "\u9fff":
            p += "(?![\u4e00-\u9fff])"
        parts.append(p)
    return "|".join(parts) or "(?!)"


def _check_values(kind: str, mapping: Mapping[str, str], allowed) -> None:
    bad = {s: v for s, v in mapping.items() if v not in allowed}
    if bad:
        raise ValueError(f"{kind}: {bad} not in {list(allowed)}")


@dataclass(frozen=True, eq=False)
class QuantityVocab:
    """The domain words the quantity finders need, built by :meth:`from_rules`
    from the validated rule set.  What each rule key means is documented once,
    on the rule model (``litx rules check --explain KEY``); each field here
    comes from (units.yaml unless named):

    * ``units``: ``units[].terms`` → ``units[].id``; ``unit_excludes``: ``units[].exclude``;
      ``per_kg``: ``units[].per_kg``
    * ``per``: ``per[].terms`` → ``per[].id``; ``multipliers``: ``multipliers[].terms`` → ``factor``
    * ``not_units``, ``carriers``, ``approximately``, ``group_nouns``, ``not_between``:
      the keys of the same name
    * ``cell_cues``: cell_types.yaml ``cell_types[].terms``
    * ``session_cues``: the stems of ``counts[sessions].terms`` (移植, inject) and
      ``counts[sessions].cues``; ``session_nouns``: the English ``counts[sessions].terms``
      but "times"
    * ``session_unspecified``, ``session_excludes``, ``session_single``,
      ``session_multiple``, ``session_not_followed_by``, ``session_comparatives``,
      ``session_subsets``: ``counts[sessions].`` unspecified, exclude, single,
      multiple, not_followed_by, comparatives, subsets; ``session_numbered``: its ``numbered``
    * ``subjects``: ``counts[sample_size].terms`` without their classifier (例患者 → 患者);
      ``sample_prefixes``, ``sample_verbs``: ``counts[sample_size].`` prefixes, verbs
    * ``non_subjects``: context.yaml ``species.entries[].terms`` of every species but human
    * ``per_tokens``, ``count_tokens``: settings.yaml ``linking.dose_per_tokens``,
      ``linking.count_tokens``

    Compiled patterns are built once per instance (:attr:`patterns`).
    """

    units: Mapping[str, str]
    per: Mapping[str, str]
    multipliers: Mapping[str, float] = field(default_factory=dict)
    unit_excludes: tuple[str, ...] = ()
    not_units: tuple[str, ...] = ()
    per_kg: Mapping[str, str] = field(default_factory=dict)
    cell_cues: tuple[str, ...] = ()
    carriers: tuple[str, ...] = ()
    contents: tuple[str, ...] = ()
    approximately: tuple[str, ...] = ()
    session_cues: tuple[str, ...] = ()
    session_nouns: tuple[str, ...] = ()
    session_unspecified: tuple[str, ...] = ()
    session_excludes: tuple[str, ...] = ()
    session_single: tuple[str, ...] = ()
    session_multiple: tuple[str, ...] = ()
    session_not_followed_by: tuple[str, ...] = ()
    session_comparatives: tuple[str, ...] = ()
    session_subsets: tuple[str, ...] = ()
    session_numbered: tuple[str, ...] = ()
    group_nouns: tuple[str, ...] = ()
    not_between: tuple[str, ...] = ()
    subjects: tuple[str, ...] = ()
    sample_verbs: tuple[str, ...] = ()
    sample_prefixes: tuple[str, ...] = ()
    non_subjects: tuple[str, ...] = ()
    per_tokens: int = 8
    count_tokens: int = 4

    def __post_init__(self) -> None:
        _check_values("units", self.units, CONTRACT_UNITS)
        _check_values("per", self.per, CONTRACT_PER)
        _check_values("per_kg", self.per_kg, CONTRACT_UNITS)

    @classmethod
    def from_rules(cls, rules) -> "QuantityVocab":
        """The vocabulary of a validated rule set: ``units.yaml``, plus the
        cell-type terms (``cell_types.yaml``: a term after a bare power of ten
        names its unit), the non-human species (``context.yaml``: their
        counts are no sample sizes) and the distances of settings.yaml's
        ``linking``."""
        units = rules.models["units"]
        counts = {c.id.value: c for c in units.counts}
        sessions, samples = counts.get("sessions"), counts.get("sample_size")

        def words(entry, key: str) -> tuple[str, ...]:
            return getattr(entry, key).all() if entry is not None else ()

        session_terms = words(sessions, "terms")
        sample_terms = words(samples, "terms")
        animals = [e for e in rules.models["context"].species.entries if e.id != "human"]
        linking = rules.settings.linking
        return cls(
            units={s: e.id.value for e in units.units for s in e.terms.all()},
            per={s: e.id.value for e in units.per for s in e.terms.all()},
            multipliers={s: float(e.factor) for e in units.multipliers for s in e.terms.all()},
            unit_excludes=tuple(w for e in units.units for w in e.exclude.all()),
            not_units=units.not_units.all(),
            per_kg={e.id.value: e.per_kg.value for e in units.units if e.per_kg is not None},
            session_cues=tuple(dict.fromkeys([*_cue_words(session_terms), *words(sessions, "cues")])),
            session_nouns=tuple(t for t in session_terms if t.isascii() and t.lower() != "times"),
            session_unspecified=words(sessions, "unspecified"),
            session_excludes=words(sessions, "exclude"),
            session_single=words(sessions, "single"),
            session_multiple=words(sessions, "multiple"),
            session_not_followed_by=words(sessions, "not_followed_by"),
            session_comparatives=words(sessions, "comparatives"),
            session_subsets=words(sessions, "subsets"),
            session_numbered=words(sessions, "numbered"),
            group_nouns=units.group_nouns.all(),
            not_between=units.not_between.all(),
            subjects=tuple(dict.fromkeys(_subject_words(sample_terms))),
            sample_prefixes=words(samples, "prefixes"),
            non_subjects=tuple(w for e in animals for w in e.terms.all()),
            sample_verbs=words(samples, "verbs"),
            cell_cues=tuple(w for e in rules.models["cell_types"].cell_types for w in e.terms.all()),
            carriers=units.carriers.all(),
            contents=units.contents.all(),
            approximately=units.approximately.all(),
            per_tokens=linking.dose_per_tokens,
            count_tokens=linking.count_tokens,
        )

    @cached_property
    def patterns(self) -> "_Patterns":
        return _Patterns(self)


def _cue_words(count_terms) -> list[str]:
    """Treatment cues from the session count nouns: 次移植 → 移植, injections → inject.

    次 and "times" are the counters themselves (code, like numerals); an
    English noun is cut to its stem so the verb also cues ("injected twice").
    """
    for term in count_terms:
        word = term.lstrip("次").strip()
        if not word or word.lower() == "times":
            continue
        yield _stem(word) if word.isascii() else word


def _stem(word: str) -> str:
    """injections → inject, administration → administ, doses → dose (no stem under 5 letters)."""
    word = word.lower()
    stem = re.sub(r"(?:ration|ation|ion|ment)?s?$", "", word, count=1)
    return stem if len(stem) >= 5 else re.sub(r"s$", "", word)


def _subject_words(count_terms) -> list[str]:
    """People nouns from the sample-size count nouns: 例患者 → 患者 (例/名/位 are classifiers, in code)."""
    for term in count_terms:
        word = term if term.isascii() else term.lstrip("例名位人")
        if word:
            yield word


# ---------------------------------------------------------------- patterns

# Numbers glued to letters (CD34, IL-6, H_2) or inside brackets and
# superscripts are names and citations, not quantities.
_GLUED_TO = r"A-Za-z_\d.^{\["
_NUM_START = rf"(?<![{_GLUED_TO}])(?<![A-Za-z]-)"
_NUMERAL_CHARS = "一二两三四五六七八九十"
# Where a number may begin: a digit or Chinese numeral not continuing one.
# (A charset first lets the regex engine skip ahead fast; the check on the
# character before comes after it for that reason.)
# The checks after it turn down what _ATOM cannot match: a bracket with no
# digit inside, a digit glued to a name (CD34, IL-6: _NUM_START).
_ATOM_START = re.compile(
    rf"[\d{_NUMERAL_CHARS}(（](?<![\d.{_NUMERAL_CHARS}百千万亿零〇][\s\S])"
    rf"(?:(?<=[{_NUMERAL_CHARS}])|(?<=[(（])(?=\s*\d)|(?<![{_GLUED_TO}][\s\S])(?<![A-Za-z]-[\s\S]))")
_ATOM = re.compile(
    rf"""(?P<paren>[(（]\s*(?P<pl>{_DEC})\s*[-–—~～〜]\s*(?P<ph>{_DEC})\s*[)）]{_TIMES}(?P<pe>{_EXP}))
    | (?P<mean>[(（]\s*(?P<mv>{_DEC})\s*(?:±|\+/-|\+/−)\s*{_DEC}\s*[)）]{_TIMES}(?P<me>{_EXP}))
    | {_NUM_START}(?:
      (?P<sci>(?P<sm>{_DEC}){_TIMES}(?P<se>{_EXP}))
    | (?<![×xX*✕⋅·]\s)(?<![×xX*✕⋅·])(?P<exp>{_EXP})
    | (?P<enot>\d+(?:\.\d+)?[eE][+-]?\d+)(?![A-Za-z])
    | (?P<mul>(?P<mm>{_DEC})(?P<mw>(?:\s*(?:[百千]?[万亿]|{_LATIN_MULT}(?![A-Za-z])))+))
    | (?P<dec>{_DEC})
    )
    | (?P<cn>{_CN_NUM})
    """,
    re.X,
)
_EN_ATOM = re.compile(_EN_NUM)
#: a digit or a Chinese numeral: where every written number but a word begins
_NUMBER_CHAR = re.compile(rf"[\d{_NUMERAL_CHARS}]")
#: an English number word anywhere, even inside a word: a superset of where
#: a count word can be read (lower-case, and in any case for _Sentence.low's fallback)
_EN_NUMBER_WORD = re.compile(_EN_WORD)
_EN_NUMBER_WORD_ANY_CASE = re.compile(rf"(?i:{_EN_WORD})")
#: the English number words that make a dose without digits: five million, ten thousand
_EN_SCALE_WORD = re.compile("|".join(_EN_SCALES), re.IGNORECASE)
#: what every match of them holds, asked first (most sentences hold none)
_EN_SCALE_NEEDS = mandatory_text(_EN_SCALE_WORD)


def _has_scale_word(text: str) -> bool:
    """Does ``text`` hold an English scale word (million, thousand)?"""
    return may_match(_EN_SCALE_NEEDS, text) and _EN_SCALE_WORD.search(text) is not None

_CN_SCALE_WORD = re.compile(r"[万亿]")
_CLAUSE_SEP = re.compile(r"[。；;，！？!?,]")
_RANGE_GAP = re.compile(r"\s*(?:[-–—~～〜]|至|到|to)\s*")
_LIST_GAP = re.compile(r"\s*(?:、|,|，|;|；)?\s*(?:(?:and|or)\s+|[和或及与])?\s*")
_LIST_CONJ = re.compile(r"、|\band\b|\bor\b|[和或及与]")
#: between two amounts of a list whose items are labelled: what the first is
#: of and its denominator ("of protein per ovary"), the label ("at level 1",
#: "(cohort 2)"), then the list's comma or conjunction (one of them at least)
_LABELLED_LIST_GAP = re.compile(
    r"(?:\s+of\s+[\w-]+(?:\s+[\w-]+){0,2}?)?(?:\s+per\s+[\w-]+)?"
    r"\s*(?:(?:at|in|for)\s+(?:the\s+)?[A-Za-z-]+\s+(?:\d+|[A-Z]|[IVX]+)|[(（][^()（）]{1,24}[)）])"
    r"\s*(?:[,;，、]\s*(?:and\s+|or\s+)?|and\s+|or\s+)")
_OPEN_ASIDE = re.compile(r"[^，,；;。()（）]{0,16}?[(（][^()（），,；;。]{0,12}")
#: the end of the aside: the bracket, perhaps after the medium's name (悬浮于1 mL生理盐水）)
_CLOSE_ASIDE = re.compile(r"[^()（）\d，,；;。]{0,12}?[)）]")
#: the contract unit of a suspension's volume
_VOLUME_UNIT = "mL"
# between an amount and the volume that carries it: "cells in 0.5 mL", "(in 1 mL",
# "suspended in a total volume of", 个细胞溶于/悬浮于 (the words: units.yaml `carriers`)


def _carrier_gap(words, cells) -> re.Pattern:
    """An English carrier word (suspended) then in / into / within, perhaps
    after the cells' name ("1.5 × 10^7 ADSCs in 1.2 mL": ``cells``, the
    cell words and names, or two capitalised words of another: "2 × 10^6
    CD34+ PBSCs in 1 mL"), or a Chinese one that holds its preposition (溶于); or just the
    preposition, a bracket."""
    words = list(words)
    latin = _literal_words(w for w in words if w.isascii())
    other = _literal_words(w for w in words if not w.isascii())
    named = _literal_words(sorted({w for w in cells if w.isascii()}))
    return re.compile(
        rf"\s*[)）]?\s*(?:(?:{named})\s+|(?:[A-Z0-9][\w+-]*\s+){{1,2}}?)?(?:(?:{latin})\s+)?(?:in|into|within)\s+(?:a\s+(?:total\s+)?volume\s+of\s+)?"
        rf"|\s*[(（]\s*(?:in\s+)?|\s*(?:{other})\s*")


def _content_gap(words) -> re.Pattern:
    """Between a volume and the amount it carries: "of (the) cell suspension
    containing", "of saline with", 悬液1 mL（含, 悬液1 mL，含; a few words, then a content
    word (units.yaml `contents`)."""
    words = list(words)
    if not words:
        return re.compile("(?!)")
    return re.compile(rf"\s*[,，]?\s*(?:of\s+)?(?:[\w-]+\s+){{0,3}}?[(（]?\s*(?:{_literal_words(words)})\s*")


_LISTABLE = ("plain", "cn_multiplier", "en_multiplier", "cn_numeral", "en_numeral", "sci_notation")
#: numbers written with a scale word (5 million, 500万, three million): with a
#: cell word or name after them they count cells
_SCALED = ("cn_multiplier", "en_multiplier", "en_numeral")
#: words that end the search for the cells a scaled number counts ("5 million per ovary")
_NOT_BEFORE_CELLS = ("per", "each", "in", "into", "of", "to", "and", "or", "from", "with", "at", "for", "were", "was")
_COMPARATOR = re.compile(r"(?:[<>≤≥＜＞≦≧]|[<>]=)\s*$")
#: a "±" (or "+/-") right after a mean that has its own power of ten: the
#: amount after it is the spread ("61 × 10^6 ± 0.6 × 10^6"; in "5 ± 1 × 10^6"
#: the power of ten is the mean's too, which reads it as the mean)
_SPREAD_BEFORE = re.compile(r"10\s*\^\s*\{?[-−]?\d+\}?\s*(?:±|\+\s*/\s*[-−])\s*$")
_CONCENTRATION = re.compile(
    r"\s*(?:/|per\s+)\s*(?:[mμµun]?[lL]|d[lL]|mm\^?\{?3\}?|mm³|[μµ]L|升|毫升|微升|lit(?:er|re)s?)(?![A-Za-z])")
_PERCENT = re.compile(r"\s*[%％‰]")

# session / sample-size counts: small integers
_COUNT = rf"(?:\d+|[{_NUMERAL_CHARS}]+|{_EN_NUM})"
_CN_COUNT = rf"(?:\d+|[{_NUMERAL_CHARS}][{_NUMERAL_CHARS}百千]*)"
# 次数 (number of times), 次要 (secondary), 次日 (next day), 一次性 (disposable),
# 2次/周 (a frequency) are not session counts
_ZH_NOT_SESSION_AFTER = r"(?!\s*(?:数|要|级|日|月|年|性|序|之|于|品|/))"
# 第三次 is an ordinal, 前两次 a subset, 每周2次 a frequency, 十二次 one number
_ZH_NOT_SESSION_BEFORE = rf"(?<![第前后头每\d.~～\-–{_NUMERAL_CHARS}])"
_ZH_FREQUENCY_BEFORE = re.compile(r"每\s*(?:\d+|[一二两三四五六七八九十])?\s*(?:个)?[天日周月年]")
#: a period that opens the clause of a count, a few words of treatment before it:
#: 每4周重复输注1次, 每隔2周经静脉注射1次
_ZH_FREQUENCY_CLAUSE = re.compile(
    r"每\s*(?:隔)?\s*(?:\d+|[一二两三四五六七八九十])?\s*(?:个)?[天日周月年](?:[^，,；;。\d]{0,8})$")
# a frequency with a duration: "1× weekly for 4 weeks", "twice weekly over 3
# weeks", "每周1次，共4周" (no total stated), "for the duration of the study"
_EN_FREQ_FOR = re.compile(
    r"(?i)\b(?:(?P<w>once|twice|thrice)|(?P<n>\d+)\s*(?:×|x|times))\s*(?:a\s+|per\s+|every\s+)?"
    r"(?P<per>week|weekly|day|daily)\s+(?:for|over)\s+(?:(?P<d>\d+|[a-z]+)\s+(?:consecutive\s+|successive\s+)?"
    r"(?P<unit>weeks?|days?)|the\s+duration\b)"
)
_ZH_FREQ_FOR = re.compile(
    r"每(?P<per>周|天|日)(?:[\u4e00-\u9fff]{0,4}?)(?P<n>\d+|[一二两三四五六七八九十])\s*次[，,]?\s*(?:共|连续)(?P<d>\d+|[一二两三四五六七八九十]+)\s*(?:个)?(?P<unit>周|天|日)"
)
# what _EN_FREQ_FOR cannot match without: its count, its period
_EN_FREQ_COUNT = re.compile(r"(?i)once|twice|thrice|\d\s*(?:×|x|times)")
_EN_FREQ_PERIOD = re.compile(r"(?i)week|day")
_DIGIT_TIMES = re.compile(r"\d\s*[×xX]")
_EN_DURATION_WORD = re.compile(r"\b(?:minutes?|min|hours?|h|days?|weeks?|months?)\b|-minute|-hour")
# (a frequency, "two injections a month"; not an interval, "two injections a month apart")
_EN_FREQUENCY_AFTER = (r"(?!\s+(?:a|per|every|each)\s+(?:day|week|month|year|cycle)s?\b(?!\s+apart\b)"
                       r"|[\s-]+(?:daily|weekly|monthly|yearly))")
# English counts stand before their noun, with at most a few plain words
# between ("3 intraovarian injections", "61 consecutive POI patients"; a
# dotted abbreviation is one word: "five i.p. administrations"),
# never these ("28 of the women", "6 months of treatment"); a name's own
# number is part of the name ("Twenty confirmed COVID-19 patients")
# (a possessive is part of its word: "nine Alzheimer's disease patients")
_TOKEN = re.compile(r"[A-Za-z](?:\.[A-Za-z])+\.?|[A-Za-z]+(?:-(?:[A-Za-z]+|\d+(?![\w.])))*(?:['’]s\b)?|\d{1,3}(?:,\d{3})+(?![\d.])|\d+(?:st|nd|rd|th)?")
#: characters read before a count noun per word allowed between (and one for the count)
_CHARS_PER_WORD = 10
#: what _TOKEN's words and numbers are made of (1,000, twenty-eight)
_WORD_CHARS = frozenset(string.ascii_letters + string.digits + "-,")
#: grammar that never stands between a count and its noun: articles,
#: prepositions, conjunctions ("28 of the women"), forms of be / have ("one had
#: injections three times"); the nouns and verbs are units.yaml `not_between`
_NOT_BETWEEN = frozenset("of the a an in from and or with had has have was were is are".split())
_COORDINATORS = frozenset(("and", "or"))
#: what does not make a clause more than its count: spaces, a full stop
_NOT_WORDING = re.compile(r"[\s.]+")
_COUNT_WORD = re.compile(rf"\d+|\d{{1,3}}(?:,\d{{3}})+|{_EN_NUM}")
_EN_COUNT_ALONE = rf"(?<![\w.,])(?:\d+|{_EN_NUM})(?![\w.,%])"
# "four of 14 sessions", "2 out of the 3 injections": a part counted against the whole
_EN_PART_OF = re.compile(rf"(?P<n>{_EN_COUNT_ALONE})\s+(?:out\s+)?of\s+(?:the\s+)?$")
# "… in the cell group and three in the control group": the second count borrows the noun
_EN_GROUP_PREP = r"(?:in|for|among|at|with|during)"
_EN_PARALLEL = re.compile(
    rf"(?:\s+{_EN_GROUP_PREP}\s[^,;:.()\[\]]{{0,40}}?)?,?\s+(?:and|or|but|while|whereas|versus|vs\.?|v\.?)"
    rf"\s+(?P<n>{_EN_COUNT_ALONE})\s+{_EN_GROUP_PREP}\b")
#: "(4例)、对照组1例", "(4例)（细胞组）和1例（对照组）": an aside after a count
#: (the group nouns of units.yaml `group_nouns` are read in _Patterns._groups)
_ZH_ASIDE = r"(?:\s*[(（][^()（）]{0,12}[)）])"
_SAMPLE_START = rf"(?<![\d.,^\[{{\-–~～第每{_NUMERAL_CHARS}])"


@dataclass(slots=True)
class _Atom:
    start: int
    end: int
    form: str  # sci_notation, e_notation, cn_multiplier, en_multiplier, plain, cn_numeral, en_numeral
    mantissa: float
    scale: float

    @property
    def value(self) -> float:
        return self.mantissa * self.scale


@dataclass(frozen=True, slots=True)
class _Rule:
    """A pattern with the literal words it cannot match without.

    The regex runs only in windows around those anchors (lower-case), which
    keeps long sentences cheap; lookbehinds still see the whole sentence.
    """

    name: str
    rx: re.Pattern
    anchors: tuple[str, ...]
    before: int
    after: int
    #: every anchor in one regex (a trie): one search finds the longest
    #: anchor at the next position where any begins
    spotter: re.Pattern | None = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "spotter", _spotter(self.anchors))


def _spotter(words) -> re.Pattern | None:
    """One regex for literal words, the longest at a position first (None for no words)."""
    words = {w for w in words if w}
    return re.compile(_trie_pattern(words, literal=True)) if words else None


def _any_of(words) -> re.Pattern | None:
    """A regex that finds whether a text holds any of ``words``: only the words
    that hold no other of them are needed (no 'injection' → no 'repeated injections')."""
    words = {w for w in words if w}
    return _spotter(w for w in words if not any(o != w and o in w for o in words))


def _head_spotter(anchors) -> re.Pattern | None:
    """Where, in a lower-cased text, a match of a pattern written with
    :func:`_alternation` around one of ``anchors`` may stand: each anchor
    (lower-cased) as that expression writes it (a space for any run of
    white space, spaces around "/"), one starting with a letter a to z with
    no such letter right before it, as the ``\\b`` before it asks ("men"
    is not found in "treatment").  None for no anchors, or one holding a
    letter outside ASCII that is no Chinese character (whose case-blind
    match the lower-cased text may not show)."""
    heads, others = set(), set()
    for a in anchors:
        a = a.lower()
        if any(not ch.isascii() and not has_cjk(ch) for ch in a):
            return None
        (heads if "a" <= a[0] <= "z" else others).add(a)
    if not heads and not others:
        return None
    parts = ([f"(?<![a-z])(?:{_trie_pattern(heads)})"] if heads else []) \
        + ([_trie_pattern(others)] if others else [])
    return re.compile("|".join(parts))


def _is_abbreviation(term: str) -> bool:
    return sum(c.isupper() for c in term) >= _ABBREVIATION_CAPITALS


def _trie_pattern(terms, *, literal: bool = False) -> str:
    """The terms as one trie regex (:func:`extractor.lang.trie.trie_pattern`):
    spaces match any white space and ``/`` may have spaces around it, unless
    ``literal``."""
    return trie_pattern(terms) if literal else trie_pattern(terms, _flexible_char)


def _flexible_char(ch: str, first: bool) -> str:
    # a literal first character keeps the engine's fast scan for it
    if ch == "/":
        return r"/\s*" if first else r"\s*/\s*"
    return r"\s+" if ch == " " else re.escape(ch)


#: a term is filed as Chinese by the characters of Chinese text it holds
#: (ideographs, but also full-width forms and CJK punctuation: "个/kg")
_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]")


class _Terms:
    """Search a sentence for any of many terms, fast.

    Chinese terms match as written, other terms (µL too) on the lower-cased sentence,
    abbreviations (IU, MSC) with their letter case; a term that begins with
    a letter must begin a word.  Each group is one alternation of plain
    literals, which the regex engine scans quickly (per-term case flags or a
    leading look-behind made the same search ~30× slower).
    """

    def __init__(self, terms, *, whole: bool = True, plural: bool = False, approximately: tuple[str, ...] = ()) -> None:
        terms = set(terms)
        self.whole = whole
        self.approximately = tuple(approximately)
        end = ("(?:s|es)?" if plural else "") + ("(?![A-Za-z])" if whole else "")
        # a Chinese term that ends in an ideograph may run into a Latin word
        # (1×10^6个BMSCs); one that ends in a letter (个/kg) may not
        zh_end = ("(?:s|es)?" if plural else "") + ("(?:(?<![A-Za-z])|(?![A-Za-z]))" if whole else "")
        # Chinese terms as written; Latin and Greek letters (µL, mL, IU) by letter case
        zh = [t for t in terms if _CJK.search(t)]
        abbr = [t for t in terms if not _CJK.search(t) and _is_abbreviation(t)]
        low = [t.lower() for t in terms if not _CJK.search(t) and not _is_abbreviation(t)]
        self.words = frozenset(t.lower() for t in terms)
        self._groups = [(re.compile(_trie_pattern(g) + ending), lower)
                        for g, lower, ending in ((zh, False, zh_end), (low, True, end), (abbr, False, end)) if g]
        # the characters a term can begin with, to turn most positions down at once
        firsts = {t[0] for g in (zh, low, abbr) for t in g}
        self._firsts = None if any(c.isspace() for c in firsts) else frozenset(firsts)

    def search(self, s: "_Sentence", start: int = 0, end: int | None = None) -> re.Match | None:
        end = len(s.text) if end is None else end
        found = [m for rx, lower in self._groups if (m := self._first(rx, s.low if lower else s.text, start, end))]
        return min(found, key=lambda m: m.start(), default=None)

    def match(self, s: "_Sentence", pos: int, end: int | None = None) -> re.Match | None:
        """The longest term starting at ``pos``."""
        end = len(s.text) if end is None else end
        if self._firsts is not None and (pos >= end or (s.text[pos] not in self._firsts
                                                        and s.low[pos] not in self._firsts)):
            return None
        best = None
        for rx, lower in self._groups:
            text = s.low if lower else s.text
            m = rx.match(text, pos, end)
            if m and _word_start(text, m) and (best is None or m.end() > best.end()):
                if not (self.whole and _lone_cjk(text, m, self.approximately)):
                    best = m
        return best

    def count(self, text: str) -> int:
        """How many times the terms occur in ``text`` (each starting a word)."""
        low = text.lower()
        return sum(1 for rx, lower in self._groups for m in rx.finditer(low if lower else text)
                   if _word_start(low if lower else text, m))

    @staticmethod
    def _first(rx: re.Pattern, text: str, start: int, end: int) -> re.Match | None:
        while (m := rx.search(text, start, end)) and not _word_start(text, m):
            start = m.start() + 1
        return m


def _lone_cjk(text: str, m: re.Match, approximately: tuple[str, ...] = ()) -> bool:
    """A one-character Chinese term inside a longer word: 个 of 12个月 (but
    not before a word of units.yaml `approximately`: 5百万个左右)."""
    after = text[m.end():m.end() + 1]
    if approximately and text.startswith(approximately, m.end()):
        return False  # 5百万个左右: the amount is approximate, 个 still ends it
    return len(m.group()) == 1 and "\u4e00" <= m.group() <= "\u9fff" and "\u4e00" <= after <= "\u9fff"


def _word_start(text: str, m: re.Match) -> bool:
    """A term beginning with a letter must not continue a word (rat in separate)."""
    i = m.start()
    return not (i and text[i].isascii() and text[i].isalpha() and text[i - 1].isascii() and text[i - 1].isalpha())


#: metric prefixes and base units: a unit surface with another prefix than its
#: contract unit is converted (µL → mL, 毫克 → mg is the same size)
_METRIC_PREFIXES = {"": 0, "k": 3, "kilo": 3, "千": 3, "m": -3, "milli": -3, "毫": -3,
                    "µ": -6, "μ": -6, "u": -6, "mc": -6, "micro": -6, "微": -6, "n": -9, "nano": -9, "纳": -9}
_METRIC_BASES = {"l": "L", "liter": "L", "litre": "L", "升": "L", "g": "g", "gram": "g", "克": "g"}


def _metric(surface: str) -> tuple[str, int] | None:
    """'µL' → ('L', -6), 'milligrams' → ('g', -3), '毫升' → ('L', -3); None for other units."""
    word = surface.strip().lower()
    if len(word) > 3 and word.endswith("s"):
        word = word[:-1]  # liters, milligrams
    for base, dimension in _METRIC_BASES.items():
        if word.endswith(base) and (prefix := word[: -len(base)]) in _METRIC_PREFIXES:
            return dimension, _METRIC_PREFIXES[prefix]
    return None


def _prefix_power(surface: str, unit: str) -> int:
    """Power of ten from a unit surface to its contract unit: 'µL' of 'mL' → -3."""
    written, reported = _metric(surface), _metric(unit)
    if written and reported and written[0] == reported[0]:
        return written[1] - reported[1]
    return 0


def _squash(surface: str) -> str:
    return re.sub(r"\s+", "", surface).lower()


class _Patterns:
    """The regexes of one vocab, compiled once and cached on the vocab."""

    def __init__(self, vocab: QuantityVocab) -> None:
        self.vocab = vocab
        self._dose(vocab)
        self._sessions(vocab)
        self._samples(vocab)
        self._groups(vocab)

    def _dose(self, vocab: QuantityVocab) -> None:
        approx = vocab.approximately
        self.unit = _Terms(vocab.units, approximately=approx)
        self.not_unit = _Terms(vocab.not_units, approximately=approx)
        self.unit_excludes = tuple(vocab.unit_excludes)
        self.per = _Terms(vocab.per, approximately=approx)
        self.unit_of = {**{_squash(k): v for k, v in vocab.units.items()}, **vocab.units}
        # a unit written with another metric prefix than its contract unit (µL for mL)
        self.unit_power = {key: power for surface, unit in vocab.units.items()
                           if (power := _prefix_power(surface, unit)) for key in (surface, _squash(surface))}
        self.per_of = {**{_squash(k): v for k, v in vocab.per.items()}, **vocab.per}
        self.extra_mult = re.compile(rf"\s*(?:{_alternation(vocab.multipliers)})") if vocab.multipliers else None
        self.mult_of = {**{_squash(k): v for k, v in vocab.multipliers.items()}, **vocab.multipliers}
        # a sentence "about cells": any cells-unit word (细胞, cells) or a cell cue (MSC)
        self.cell_terms = _Terms({*(s for s, u in vocab.units.items() if u in ("cells", "cells/kg") and len(s) > 1),
                                  *vocab.cell_cues}, plural=True, approximately=approx)
        self.per_kg = dict(vocab.per_kg)
        # a word before a unit spelt out in letters ("Five milliliters"): where a
        # number in words may be an amount (the units of units.yaml, not a list here)
        spelt = sorted(u for u in vocab.units if u.isalpha() and u.isascii() and len(u) > 3)
        self.spelt_unit_after = re.compile(rf"(?i)\b[a-z]+(?:-[a-z]+)?\s+(?:{_alternation(spelt)})\b") if spelt else None
        # the cell words and names: what a scaled number counts ("3 million
        # hUC-MSCs", "up to 10 million autologous cells", 三百万个BMSCs: a cell
        # word or name a few words on), and what may stand before a carrier
        cells = {*(w for w, u in vocab.units.items() if u == "cells" and len(w) > 1), *vocab.cell_cues}
        self.carrier_gap = _carrier_gap(vocab.carriers, cells)
        self.content_gap = _content_gap(vocab.contents)
        # (a few Chinese characters may name them: 3亿个骨髓单个核细胞)
        self.cells_after = re.compile(
            rf"\s*个?\s*(?:(?:(?!(?:{'|'.join(_NOT_BEFORE_CELLS)})\b)[A-Za-z][\w'’-]*\s+){{0,3}}?|(?<=个)[\u4e00-\u9fff]{{1,8}}?)"
            rf"(?:{_trie_pattern(cells)})(?:s|es)?(?![A-Za-z])", re.IGNORECASE) if cells else None
        # an amount that names a study arm: "the 2 × 10^6 group", 2×10^6组, "the 10^7 arm"
        groups = [w for w in vocab.group_nouns]
        self.group_after = re.compile(
            rf"\s*(?:dose\s+|剂量)?(?:{_literal_words(groups)})(?![A-Za-z])", re.IGNORECASE) if groups else None

    def _sessions(self, vocab: QuantityVocab) -> None:
        self.cue = _Terms(vocab.session_cues, whole=False)
        self.session_excludes = tuple(x.lower() for x in vocab.session_excludes)
        latin = tuple(n.lower() for n in vocab.session_nouns)
        # a count noun before a word of `not_followed_by` names groups or
        # options ("two injection groups"), "N times" before a comparative a
        # ratio ("three times higher"): lower-case words, as the text is read
        stop = rf"(?!\s+(?:{_literal_words(w.lower() for w in vocab.session_not_followed_by)}))"
        # ("twice as likely as"; not "twice as needed")
        times_not = rf"(?!\s+(?:(?:{_literal_words(w.lower() for w in vocab.session_comparatives)})(?![A-Za-z])|as\s+[\w-]+\s+as\b))"
        self.subset_before = re.compile(rf"\b(?:{_literal_words(w.lower() for w in vocab.session_subsets)})\s+$")
        self.numbered_before = re.compile(rf"\b(?:{_literal_words(w.lower() for w in vocab.session_numbered)})\s+$")
        self.single_words = frozenset(w.lower() for w in vocab.session_single if w.isascii())
        self.multiple_words = frozenset(w.lower() for w in vocab.session_multiple if w.isascii())
        self.quantifiers = self.single_words | self.multiple_words
        # between a count and its noun (sessions and sample sizes): none of these
        self.not_between = _NOT_BETWEEN | frozenset(w.lower() for w in vocab.not_between if w.isascii())
        single_zh = [w for w in vocab.session_single if not w.isascii()]
        multiple_zh = [w for w in vocab.session_multiple if not w.isascii()]
        after, before = _ZH_NOT_SESSION_AFTER, _ZH_NOT_SESSION_BEFORE
        self.session_zh = [
            _Rule("sessions.cn_ordinal", re.compile(rf"第\s*(?P<n>{_CN_COUNT})\s*次{after}"), ("次",), 10, 4),
            _Rule("sessions.cn_count", re.compile(rf"{before}(?P<n>{_CN_COUNT})\s*次{after}"), ("次",), 10, 4),
            *([_Rule("sessions.cn_single", re.compile(rf"(?:{_literal_words(single_zh)}){after}"),
                     tuple(single_zh), 0, 6)] if single_zh else []),
            *([_Rule("sessions.cn_multiple", re.compile(rf"(?:{_literal_words(multiple_zh)}){after}"),
                     tuple(multiple_zh), 0, 6)] if multiple_zh else []),
        ]
        self.session_unspecified = _Rule("sessions.unspecified", re.compile(_alternation(vocab.session_unspecified)),
                                         tuple(u.lower() for u in vocab.session_unspecified), 0, 2)
        # English count nouns ("two injections"): found first, their count after
        self.session_noun = _Rule("sessions.en_count", re.compile(
            rf"(?:{_alternation(latin, plural=True)}){stop}{_EN_FREQUENCY_AFTER}"), latin, 0, 25)
        self.session_times = _Rule("sessions.en_times", re.compile(
            rf"(?i:\b(?:(?P<w>once|twice|thrice)|(?<![\d.,])(?P<n>{_COUNT})\s+times)\b){times_not}{_EN_FREQUENCY_AFTER}"),
            ("once", "twice", "thrice", "times"), 30, 25)
        # a sentence with none of these anchors holds no session pattern
        self.session_spotter = _any_of(a for rule in (*self.session_zh, self.session_unspecified, self.session_noun,
                                                      self.session_times) for a in rule.anchors)

    def _groups(self, vocab: QuantityVocab) -> None:
        """Where a study group (units.yaml `group_nouns`) is named next to a count."""
        en = _literal_words(w.lower() for w in vocab.group_nouns if w.isascii())
        zh = _literal_words(w for w in vocab.group_nouns if not w.isascii())
        # "(four women) in the cell group and one in the sham group": where a count of
        # people stands, the group it belongs to and a parallel count of the other group
        # (a group named by a letter or number after its noun: "in cohort A"; the other
        # group's count may stand alone or with its noun: "and seven controls died")
        in_group = rf"\s+{_EN_GROUP_PREP}\s[^,;:.()\[\]]{{0,40}}?\b(?:{en})\b(?:\s+(?:[a-z]|\d+|[ivx]+)\b)?"
        self.grouped_en = re.compile(
            rf"{in_group}(?:,?\s+(?:and|or|but|while|whereas|versus|vs\.?|v\.?)\s+{_EN_COUNT_ALONE}"
            rf"(?:\s+(?!{_EN_GROUP_PREP}\b)[a-z]+)?(?:{in_group})?)?")
        # "(4例)、对照组1例", "(4例)（细胞组）和1例（对照组）": a parallel count of another group
        self.grouped_zh = re.compile(
            rf"{_ZH_ASIDE}?\s*[、和及与]\s*(?:[^\s，,；;。()（）、]{{0,8}}(?:{zh}))?\s*(?:\d+|[{_NUMERAL_CHARS}]+)\s*例{_ZH_ASIDE}?")
        #: a group's name alone before a count (对照组3次): the clause before names the treatment
        self.group_label = re.compile(rf"\s*[^\s，,；;。()（）]{{0,8}}(?:{zh})\s*")

    def _samples(self, vocab: QuantityVocab) -> None:
        subj = _alternation(vocab.subjects)
        latin = tuple(w.lower() for w in vocab.subjects if w.isascii())
        zh = tuple(w for w in vocab.subjects if not w.isascii())
        self.non_subject = _Terms(vocab.non_subjects, approximately=vocab.approximately)
        self.subject = _Terms(vocab.subjects, plural=True, approximately=vocab.approximately)
        start = _SAMPLE_START
        prefixes = tuple(p.lower() for p in vocab.sample_prefixes)
        self.sample = [
            _Rule("sample_size.n_equals", re.compile(
                rf"(?<![A-Za-z])(?:{_alternation(vocab.sample_prefixes, whole=False)})\s*(?P<n>\d+)(?!\d|\.\d)"),
                prefixes, 0, 10),
            _Rule("sample_size.cn_li", re.compile(rf"{start}(?P<n>{_CN_COUNT})\s*例(?!次)"), ("例",), 12, 2),
            _Rule("sample_size.cn_ming", re.compile(
                rf"{start}(?P<n>{_CN_COUNT})\s*[名位](?P<gap>[^，,；;。名位例人]{{0,12}}?)(?:{subj})"), zh, 28, 2),
            _Rule("sample_size.cn_ren", re.compile(
                rf"{start}(?P<n>{_CN_COUNT})\s*人(?![次份均口群数工民])"), ("人",), 12, 2),
            # the people named first, their number after: 纳入受试者64名, 患者共30位
            *([_Rule("sample_size.cn_ming_after", re.compile(
                rf"(?:{_alternation(zh)})\s*(?:共|共计|合计|总计)?\s*(?P<n>{_CN_COUNT})\s*[名位](?![次\u4e00-\u9fff])"),
                ("名", "位"), 16, 2)] if zh else []),
        ]
        self.subject_noun = _Rule("sample_size.en_count", re.compile(_alternation(latin)), latin, 0, 2)
        verbs = tuple(v.lower() for v in vocab.sample_verbs if v.isascii())
        self.sample_verb = _Rule("sample_size.en_verb", re.compile(
            # "26 were enrolled", "twenty-six were enrolled" (not "one was
            # treated": one of the people already counted)
            rf"(?i:(?<![\w.,-])(?P<n>\d{{1,6}}|(?!one\b){_EN_NUM})\s+(?:(?:were|was|had\s+been|being)\s+)?(?:{_alternation(verbs)})\b)"),
            verbs, 30, 2) if verbs else None
        # a sentence with none of these anchors holds no sample-size pattern
        self.sample_spotter = _any_of(a for rule in (*self.sample, self.subject_noun, self.sample_verb) if rule
                                       for a in rule.anchors)
        # nor one where each Latin anchor's first run of letters runs on from a letter before it
        self.sample_heads = _head_spotter(a for rule in (*self.sample, self.subject_noun, self.sample_verb) if rule
                                          for a in rule.anchors if a)


@lru_cache(maxsize=16)
def _sentence(text: str) -> "_Sentence":
    """The facts about a sentence, shared: the three finders read each sentence in turn."""
    return _Sentence(text)


class _Sentence:
    """Facts about one sentence: lower case, citation spans and clause bounds
    (both worked out when first asked), whether it names cells."""

    __slots__ = ("text", "low", "_cites", "_seps", "_about_cells")

    def __init__(self, text: str) -> None:
        self.text = text
        low = text.lower()
        self.low = low if len(low) == len(text) else text  # lower() may lengthen (İ)
        self._cites: list[tuple[int, int]] | None = None
        self._seps: list[int] | None = None
        self._about_cells: dict[_Patterns, bool] = {}

    @property
    def cites(self) -> list[tuple[int, int]]:
        if self._cites is None:
            self._cites = citations.spans(self.text)
        return self._cites

    @property
    def seps(self) -> list[int]:
        if self._seps is None:
            text = self.text
            # a comma inside 4,000,000 does not end a clause
            self._seps = [m.start() for m in _CLAUSE_SEP.finditer(text)
                          if not (m.group() == "," and text[m.end():m.end() + 3].isdigit())]
        return self._seps

    def about_cells(self, pats: "_Patterns") -> bool:
        """Does the sentence name cells (细胞, cells, MSC…)?  Asked once per vocab."""
        if pats not in self._about_cells:
            self._about_cells[pats] = pats.cell_terms.search(self) is not None
        return self._about_cells[pats]

    def in_citation(self, pos: int) -> bool:
        cites = self.cites
        return bool(cites) and any(a <= pos < b for a, b in cites)

    def clause(self, start: int, end: int) -> tuple[int, int]:
        i = bisect_left(self.seps, start)
        left = self.seps[i - 1] + 1 if i else 0
        j = bisect_left(self.seps, end)
        right = self.seps[j] if j < len(self.seps) else len(self.text)
        return left, right

    def scan(self, rule: _Rule):
        """Matches of ``rule`` in windows around its anchors, left to right."""
        for a, b in self._windows(rule):
            for m in rule.rx.finditer(self.text, a, b):
                if not self.in_citation(m.start()):
                    yield m

    def _windows(self, rule: _Rule) -> list[list[int]]:
        """The spans around every anchor, overlapping ones merged.

        The spotter is tried at each position after the last anchor's start,
        so overlapping anchors are all seen; a shorter anchor at the same
        position lies inside the longer one's window.
        """
        merged: list[list[int]] = []
        if rule.spotter is None:
            return merged
        low, search = self.low, rule.spotter.search
        m = search(low)
        while m:
            a, b = max(0, m.start() - rule.before), m.end() + rule.after
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
            m = search(low, m.start() + 1)
        return merged


# ---------------------------------------------------------------- doses


#: an amount glued to the Latin name before it, as Chinese text prints it
#: ("UC-MSCs1×10^6个/kg", "hUC-MSCs1000万个"): read only where a power of
#: ten or 万/亿 follows, so that a name's own digits (CD34, IL-6) stay names
_GLUED_AMOUNT = re.compile(
    rf"(?<=[A-Za-z])(?:(?P<sci>(?P<sm>{_DEC}){_TIMES}(?P<se>{_EXP}))|(?P<mm>\d+(?:\.\d+)?)(?P<mw>\s*[百千]?[万亿]))")


def _atoms(s: _Sentence, pats: _Patterns) -> list[_Atom]:
    """Every written number, in order, outside citations (and, in Chinese
    text, an amount glued to a Latin name: :data:`_GLUED_AMOUNT`)."""
    out, last = [], 0
    for c in _ATOM_START.finditer(s.text):
        if c.start() < last or s.in_citation(c.start()):
            continue
        m = _ATOM.match(s.text, c.start())
        if m and m["paren"]:  # (1–2)×10^6: two atoms, joined as a range later
            scale = 10.0 ** _exp_value(m["pe"])
            out += [_Atom(m.start(), m.end("pl"), "plain", _dec(m["pl"]), scale),
                    _Atom(m.start("ph"), m.end(), "sci_notation", _dec(m["ph"]), scale)]
            last = m.end()
        elif m and m["mean"]:  # (3.08 ± 0.52)×10^6: the mean, to its power of ten
            out.append(_Atom(m.start(), m.end(), "sci_notation", _dec(m["mv"]), 10.0 ** _exp_value(m["me"])))
            last = m.end()
        elif m and (atom := _atom(m, s.text, pats)):
            out.append(atom)
            last = atom.end
    if _CJK.search(s.text):
        glued = [m for m in _GLUED_AMOUNT.finditer(s.text)
                 if not s.in_citation(m.start()) and not any(a.start <= m.start() < a.end for a in out)]
        for m in glued:
            if m["sci"]:
                out.append(_Atom(m.start(), m.end(), "sci_notation", _dec(m["sm"]), 10.0 ** _exp_value(m["se"])))
            else:
                out.append(_Atom(m.start(), m.end(), "cn_multiplier", _dec(m["mm"]), _multiplier(m["mw"])))
        if glued:
            out.sort(key=lambda a: a.start)
    # English number words matter for doses only with a multiplier ("five
    # million cells") or before a unit spelt out ("Five milliliters of PRP"),
    # never before an abbreviation ("one mL" is rare, "one mg" no likelier)
    scaled = _has_scale_word(s.text)
    added = False
    for m in _EN_ATOM.finditer(s.text) if scaled or _spelt_unit_after(s.text, pats) else ():
        if (value := _en_value(m.group())) is None or any(a.start <= m.start() < a.end for a in out):
            continue
        unit = pats.unit.match(s, _skip_space(s.text, m.end()))
        if scaled or (unit is not None and len(unit.group()) > 3 and unit.group().isalpha()):
            out.append(_Atom(m.start(), m.end(), "en_numeral", value, 1.0))
            added = True
    if added:
        out.sort(key=lambda a: a.start)
    return out


def _spelt_unit_after(text: str, pats: "_Patterns") -> bool:
    """A word then a unit spelt out in letters: the test before looking for an amount in words."""
    return pats.spelt_unit_after is not None and pats.spelt_unit_after.search(text) is not None


def _atom(m: re.Match, text: str, pats: _Patterns) -> _Atom | None:
    if m["sci"]:
        return _Atom(m.start(), m.end(), "sci_notation", _dec(m["sm"]), 10.0 ** _exp_value(m["se"]))
    if m["exp"]:
        return _Atom(m.start(), m.end(), "sci_notation", 1.0, 10.0 ** _exp_value(m["exp"]))
    if m["enot"]:
        return _Atom(m.start(), m.end(), "e_notation", float(m["enot"]), 1.0)
    if m["mul"]:
        form = "cn_multiplier" if re.search("[万亿百千]", m["mw"]) else "en_multiplier"
        return _Atom(m.start(), m.end(), form, _dec(m["mm"]), _multiplier(m["mw"]))
    if m["dec"]:
        atom = _Atom(m.start(), m.end(), "plain", _dec(m["dec"]), 1.0)
        if pats.extra_mult and (x := pats.extra_mult.match(text, m.end())):  # vocab words: 十万, millions
            atom.end, atom.scale = x.end(), _lookup(pats.mult_of, x.group())
            atom.form = "en_multiplier" if x.group().isascii() else "cn_multiplier"
        return atom
    value = _cn_value(m["cn"])
    return None if value is None else _Atom(m.start(), m.end(), "cn_numeral", value, 1.0)


#: a hyphen joining an amount to its unit ("50-μg"), and the noun the two
#: qualify after the unit (" dose", " injection")
_ADJECTIVE_HYPHEN = re.compile(r"[-\u2010\u2011](?=\D)")
_WORD_AFTER = re.compile(r"\s+[^\W\d_]")


def _dose_from(s: _Sentence, pats: _Patterns, lo: _Atom, hi: _Atom | None,
               prev_end: int, next_start: int, names_cells: bool = False) -> DoseMention | None:
    """One dose mention from a quantity (and the end of a range), or None."""
    text = s.text
    start, end = lo.start, (hi or lo).end
    if _COMPARATOR.search(text, max(0, start - 3), start):
        return None  # thresholds: FSH>25 IU/L
    if _SPREAD_BEFORE.search(text, max(0, start - 16), start):
        return None  # the spread of a mean, not an amount: "61 × 10^6 ± 0.6 × 10^6"
    unit = per = None
    top = hi or lo
    at = _skip_space(text, end)
    um = pats.unit.match(s, at)
    if um is None and _ADJECTIVE_HYPHEN.match(text, at):
        # "the 50-μg dose", "a 10-mL injection": the amount as an adjective, its
        # unit joined by a hyphen and a noun after it (not a range: a digit follows)
        um = pats.unit.match(s, at + 1)
        um = um if um is not None and _WORD_AFTER.match(text, um.end()) else None
    big = top.value >= MIN_CELL_COUNT
    # "3 million hUC-MSCs", "up to 10 million autologous cells": cells named a few words on
    cells_next = um is None and big and top.form in _SCALED and pats.cells_after is not None \
        and pats.cells_after.match(text, end) is not None
    # "the 2 × 10^6 group", 2×10^6组: an arm named by its dose of cells
    label = um is None and big and top.form == "sci_notation" and pats.group_after is not None \
        and pats.group_after.match(text, end) is not None
    # "2 million/kg", "1 million per kg": a scaled amount per kilogram counts cells as a power of ten does
    scaled_per_kg = um is None and big and top.form in _SCALED and _per_kg_after(s, pats, end)
    if um is None and not (cells_next or scaled_per_kg) and (top.form != "sci_notation" or not big):
        return None  # no unit, and no power of ten that could count cells (below)
    nm = pats.not_unit.match(s, at)
    if nm and (um is None or nm.end() >= um.end()):
        return None  # IU/L beats IU; 40岁, 50 nm, 3.5%
    if um:
        if text.startswith(pats.unit_excludes, at):
            return None  # 个月, 个卵泡: counts of something else
        unit, end = _lookup(pats.unit_of, um.group()), um.end()
    if _CONCENTRATION.match(text, end) or _PERCENT.match(text, end):
        return None  # per volume: 1×10^9/L, 1×10^6 cells/mL
    if pm := pats.per.match(s, _skip_space(text, end)):
        per, end = _lookup(pats.per_of, pm.group()), pm.end()
    if top.value == 0:
        return None
    implied = unit is None
    if implied:
        # a power of ten per kilogram ("0.5 × 10^6/kg") counts cells, whether or
        # not the sentence names them
        per_kg = _of_body_weight(pats, per)
        if not (cells_next or label) and (top.form != "sci_notation" and not scaled_per_kg or not big
                                          or not (names_cells or per_kg or s.about_cells(pats))):
            return None
        unit = "cells"
    if unit.startswith("cells") and top.value < MIN_CELL_COUNT:
        return None
    if per is None:
        # an amount per kilogram keeps no denominator said around it
        # (每例患者…2×10^6个/kg, 每次1×10^6个/kg, "each infusion … cells/kg":
        # ANNOTATION.md, dose); one written onto it stays ("cells/kg per injection")
        per = None if unit.endswith("/kg") else _per_nearby(s, pats, start, end, prev_end, next_start)
    unit, per = _fold_kg(pats, unit, per)
    rule = f"dose.range.{hi.form}" if hi else f"dose.{lo.form}"
    low, high = (lo.value, hi.value) if hi else (None, None)
    power = _lookup_power(pats, um.group()) if um else 0
    low, high = (_in_unit(low, power), _in_unit(high, power)) if hi else (None, None)
    return DoseMention(start, end, text[start:end], rule, _in_unit(lo.value, power), unit, per, low, high, implied,
                       power, arm_label=label)


def _per_kg_after(s: _Sentence, pats: _Patterns, end: int) -> bool:
    """Whether a denominator of body weight follows the amount ending at ``end``."""
    pm = pats.per.match(s, _skip_space(s.text, end))
    return pm is not None and _of_body_weight(pats, _lookup(pats.per_of, pm.group()))


def _of_body_weight(pats: _Patterns, per: str | None) -> bool:
    """Is ``per`` a denominator of body weight (it folds cells into cells/kg)?"""
    return per is not None and _fold_kg(pats, "cells", per)[0] != "cells"


def column_unit(head: str, vocab: "QuantityVocab", implied: str | None = None) -> tuple[str, str | None] | None:
    """The dose unit and denominator a table column's head names, for the
    bare amounts under it: "Cells/ovary" → (cells, ovary), "Dose (µg)" →
    (µg, None), "剂量（个/kg）" → (cells/kg, None).  A head that names no
    unit gives ``implied`` (cells under "Dose (×10^6/kg)": (cells/kg, None)),
    or None."""
    pats, s = vocab.patterns, _sentence(head)
    um = pats.unit.search(s)
    if um is None:
        unit = implied
    else:
        no = pats.not_unit.search(s)
        if no is not None and no.start() < um.end() and um.start() < no.end():
            return None  # 个 of 个月: no unit
        unit = _lookup(pats.unit_of, um.group())
    if unit is None:
        return None
    pm = pats.per.search(s)
    per = _lookup(pats.per_of, pm.group()) if pm is not None else None
    return _fold_kg(pats, unit, per)


#: a power of ten written in a column's head: "Cells (× 10^6)", "(×10^{6}/kg)", "Dose (10^6/kg)"
_HEAD_POWER = re.compile(r"(?:[×xX]|[(（,])\s*10\s*\^\s*\{?(\d{1,2})\}?")


def column_scale(head: str, vocab: "QuantityVocab") -> float:
    """What a table column's head says its bare numbers are counted in:
    "Number of injected cells (× 10^6)" → 1e6, "Cells (million)" → 1e6, else 1."""
    if power := _HEAD_POWER.search(head):
        return 10.0 ** int(power.group(1))
    words = re.findall(r"[a-z]+|[\u4e00-\u9fff]+", head.casefold())
    return next((vocab.multipliers[w] for w in words if w in vocab.multipliers), 1.0)


def per_kg_unit(vocab: "QuantityVocab", unit: str) -> str:
    """The per-kilogram form of ``unit`` (cells → cells/kg), or ``unit`` when it has none."""
    return vocab.per_kg.get(unit, unit)


def _lookup(table: Mapping[str, str], surface: str) -> str:
    """The canonical value of a matched surface (spacing and case aside)."""
    surface = surface.strip()
    return table[surface] if surface in table else table[_squash(surface)]


def _lookup_power(pats: _Patterns, surface: str) -> int:
    """The metric power of ten from a matched unit surface to its contract unit."""
    surface = surface.strip()
    return pats.unit_power.get(surface, pats.unit_power.get(_squash(surface), 0))


def _in_unit(value: float, power: int) -> float:
    """``value`` of the written unit in the reported one (100 µL → 0.1 mL);
    divides for a smaller unit so that 100 µL is exactly 0.1."""
    return value * 10.0 ** power if power >= 0 else value / 10.0 ** -power


def _fold_kg(pats: _Patterns, unit: str, per: str | None) -> tuple[str, str | None]:
    """A body-weight denominator joins the unit when the vocab has a per-kg
    form of it (cells + /kg → cells/kg, per None): the contract writes
    ``2×10^6 cells/kg`` as ``{"value": 2e6, "unit": "cells/kg"}``.  ``per``
    stays ``kg`` only for a unit with no per-kg form (``1 mL per kg``)."""
    if per == "kg" and (unit in pats.per_kg or unit.endswith("/kg")):
        return pats.per_kg.get(unit, unit), None
    return unit, per


def _per_nearby(s: _Sentence, pats: _Patterns, start: int, end: int,
                prev_end: int, next_start: int) -> str | None:
    """A denominator stated in the same clause, no more than the vocab's
    ``per_tokens`` tokens from the dose and not past another amount:
    "…injected into each ovary" after it (the nearest), 每侧卵巢注射…5×10^6
    before it (the nearest within reach)."""
    left, right = s.clause(start, end)
    limit = pats.vocab.per_tokens
    b = min(right, next_start)
    if end < b and (m := pats.per.search(s, end, b)) and _tokens_between(s.text, end, m.start()) <= limit:
        return _lookup(pats.per_of, m.group())
    a, found = max(left, prev_end), None
    while a < start and (m := pats.per.search(s, a, start)):
        if _tokens_between(s.text, m.end(), start) <= limit:
            found = m  # the nearest within reach: 每次每侧卵巢1.5 mL is per ovary
        a = m.start() + 1
    return _lookup(pats.per_of, found.group()) if found else _each_of_the_noun(s, pats, start)


#: "two injections, each of", "infusions each containing": the noun before
#: "each" is what every amount after it is given per
_EACH_OF = re.compile(r"([A-Za-z]+)\s*,?\s+each\s+(?:of|with|containing|holding|comprising)\s+$")


def _each_of_the_noun(s: _Sentence, pats: _Patterns, start: int) -> str | None:
    """The denominator "each" gives an amount right after it, read off the
    noun before it as the vocab's "each <noun>" ("two injections, each of
    1 × 10^7 cells": per injection; "patients, each with": per patient)."""
    m = _EACH_OF.search(s.text, max(0, start - 60), start)
    if m is None:
        return None
    noun = m.group(1).lower()
    # the noun as written, else without a plural's -s, -es or -ies (ovaries: ovary)
    singulars = (noun, noun[:-1], noun[:-2], noun[:-3] + "y") if noun.endswith("s") else (noun,)
    return next((per for word in singulars if (per := pats.per_of.get(_squash(f"each {word}"))) is not None), None)


#: what a distance in tokens counts: a word, a number, a Chinese character
#: (punctuation and spaces count for nothing)
_DISTANCE_TOKEN = re.compile(r"[A-Za-z]+(?:[-'’][A-Za-z]+)*|\d+(?:[.,]\d+)*|[\u3400-\u9fff]")


def _tokens_between(text: str, a: int, b: int) -> int:
    return len(_DISTANCE_TOKEN.findall(text, a, b)) if a < b else 0


def _shared_scale(lo: _Atom, hi: _Atom) -> _Atom:
    """``1–2×10^6``: a bare low end takes the high end's power of ten."""
    if lo.form == "plain" and hi.scale != 1.0 and lo.mantissa <= max(hi.mantissa, 1.0) * 10:
        return _Atom(lo.start, lo.end, lo.form, lo.mantissa, hi.scale)
    return lo


#: the unit of a range's low end, then the word or dash of a range ("0.5 mL to 1 mL")
_UNIT_THEN_RANGE = re.compile(r"\s*([^\s\d]+)\s*(?:[-–—~～〜]|至|到|to)\s*")


def _unit_on_both_ends(sentence: str, lo: _Atom, hi: _Atom, pats: "_Patterns") -> bool:
    """A range whose ends each carry the same unit: "0.5 mL to 1 mL", "0.5 cc–1 cc"."""
    gap = _UNIT_THEN_RANGE.fullmatch(sentence, lo.end, hi.start)
    if gap is None or gap.group(1) not in pats.unit_of:
        return False
    return sentence[hi.end:].lstrip().startswith(gap.group(1))


def _rangeable(lo: _Atom, hi: _Atom) -> bool:
    """Two numbers joined by a dash or 至 form a range when written alike and rising."""
    return lo.form in ("plain", hi.form) and _shared_scale(lo, hi).value <= hi.value


def find_doses(sentence: str, vocab: QuantityVocab, names_cells: bool = False) -> list[DoseMention]:
    """Doses in one sentence, left to right (see the module doc for the rules).
    ``names_cells``: the caller knows the sentence names cells the vocab does
    not list (an abbreviation the document defined: "1 × 10^6 ATSCs")."""
    pats, s = vocab.patterns, _sentence(sentence)
    if not _may_hold_dose(s, pats):
        return []
    atoms = _atoms(s, pats)
    found: list[tuple[_Atom, _Atom | None, DoseMention | None]] = []
    i = 0
    while i < len(atoms):
        lo, hi = atoms[i], None
        if i + 1 < len(atoms) and (_RANGE_GAP.fullmatch(sentence, lo.end, atoms[i + 1].start)
                                   or _unit_on_both_ends(sentence, lo, atoms[i + 1], pats)) \
                and _rangeable(lo, atoms[i + 1]):
            hi = atoms[i + 1]
            lo = _shared_scale(lo, hi)
        i += 2 if hi else 1
        next_start = atoms[i].start if i < len(atoms) else len(sentence)
        # a denominator before the amount is not looked for past another dose
        # (a number that is none, "于10 min内", is no bar)
        prev = next((f for f in reversed(found) if f[2] is not None), None)
        prev_end = max((prev[1] or prev[0]).end, prev[2].end) if prev else 0  # its unit too: "cells/kg"
        found.append((lo, hi, _dose_from(s, pats, lo, hi, prev_end, next_start, names_cells)))
    return _propagate_lists(s, pats, found)


def dose_words(vocab: QuantityVocab) -> tuple[frozenset[str], frozenset[str]]:
    """What a lower-cased sentence holds, one of, when :func:`may_hold_doses`
    says it may hold a dose: (the unit words, each a whole word; a scale word
    - million, 万 - or what a power of ten is written with: ^, a superscript
    digit)."""
    return frozenset(u.lower() for u in vocab.units), frozenset({*_EN_SCALES, "万", "亿", "^", *_SUPERSCRIPTS})


def may_hold_doses(sentence: str, vocab: QuantityVocab) -> bool:
    """Whether :func:`find_doses` may find a dose in ``sentence`` (False: it
    finds none; the check it makes first, for a fact type's quick test)."""
    return _may_hold_dose(_sentence(sentence), vocab.patterns)


def _may_hold_dose(s: _Sentence, pats: _Patterns) -> bool:
    """Could the sentence hold a dose?  A dose is a number (a digit, a Chinese
    numeral or a scale word begins it) with a unit word after it, or a power
    of ten counting cells; list items borrow a unit written in the sentence."""
    if not _NUMBER_CHAR.search(s.text) and not _has_scale_word(s.text) and not _spelt_unit_after(s.text, pats):
        return False
    if _POWER_OF_TEN.search(s.text) is not None or pats.unit.search(s) is not None:
        return True
    # "3 million hUC-MSCs": a scaled number counting the cells named after it
    return (_has_scale_word(s.text) or _CN_SCALE_WORD.search(s.text) is not None) \
        and s.about_cells(pats)


def _propagate_lists(s: _Sentence, pats: _Patterns, found: list[tuple[_Atom, _Atom | None, DoseMention | None]]
                     ) -> list[DoseMention]:
    """Lists share a unit and a denominator: "1, 2 and 4 mg/kg", "5×10^6、1×10^7 cells per ovary".

    Walk right to left; a plain number with no dose takes the unit of the
    next item when a list separator joins them and the chain ends in a
    conjunction or an enumeration comma (、), so "aged 30, 5 mg" does not
    make 30 a dose.  Implied units (bare powers of ten) are not lent.
    """
    text, out = s.text, [m for _, _, m in found]
    atoms = [lo for lo, _, _ in found]  # each item's number, with the scale it shares with the next
    chained = False
    for k in range(len(found) - 2, -1, -1):
        lo, hi, mention = found[k]
        nxt = out[k + 1]
        a_end = mention.end if mention else (hi or lo).end
        if nxt is None or a_end >= nxt.start or not _LIST_GAP.fullmatch(text, a_end, nxt.start):
            chained = False
            continue
        chained = chained or bool(_LIST_CONJ.search(text, a_end, nxt.start))
        # powers of ten one after another are a list of amounts whatever joins
        # them ("2 × 10^6, 5 × 10^6, 10 × 10^6/kg" in a table's row); plain numbers
        # need the conjunction ("aged 30, 5 mg")
        powers = mention is not None and mention.unit_implied and lo.form == found[k + 1][0].form == "sci_notation"
        if not chained and not powers:
            continue
        if mention is None:
            # "0.5, 1.0 and 2.0 × 10^6 cells/kg": a bare number before a power
            # of ten takes its scale, as a range's low end does
            lo = _shared_scale(lo, atoms[k + 1]) if found[k + 1][1] is None else lo
            atoms[k] = lo
            if hi is None and lo.form in _LISTABLE and not nxt.unit_implied \
                    and not _COMPARATOR.search(text, max(0, lo.start - 3), lo.start) \
                    and not (nxt.unit.startswith("cells") and lo.value < MIN_CELL_COUNT) \
                    and not _a_label(text, lo, nxt):
                out[k] = DoseMention(lo.start, lo.end, text[lo.start:lo.end], f"dose.list.{lo.form}",
                                     _in_unit(lo.value, nxt.unit_power), nxt.unit, nxt.per, unit_power=nxt.unit_power)
        elif mention.unit_implied and mention.unit != nxt.unit and nxt.unit.startswith(mention.unit):
            # "2×10^6、5×10^6、1×10^7个/kg", "2 × 10^6, 5 × 10^6 or 10 × 10^6/kg": a bare
            # power of ten takes the list's unit (a written denominator, the cells implied or not)
            out[k] = replace(mention, unit=nxt.unit, per=nxt.per, unit_implied=nxt.unit_implied)
        elif mention.per is None and nxt.per is not None:
            out[k] = _with_per(pats, mention, nxt.per)
    # an amount and the suspension carrying it, one in brackets after the
    # other, share a denominator: 每侧卵巢注射5×10^6个细胞（细胞悬液1 mL）,
    # 5×10^6 cells per ovary (in 0.5 mL), 每侧…灌注悬液5 mL（含2.5×10^7个细胞）
    for k in range(1, len(out)):
        a, b = out[k - 1], out[k]
        if a and b and (a.per is None) != (b.per is None) and a.end <= b.start \
                and _OPEN_ASIDE.fullmatch(text, a.end, b.start) and _CLOSE_ASIDE.match(text, b.end):
            out[k - 1], out[k] = (a, _with_per(pats, b, a.per)) if a.per else (_with_per(pats, a, b.per), b)
    # an amount and the volume that carries it share the denominator either
    # states: "5×10^6 cells in 0.5 mL of saline were deposited in each ovary"
    # (the volume's), "each ovary was injected with 10 million cells
    # suspended in 1 mL" (the amount's)
    for k in range(1, len(out)):
        a, b = out[k - 1], out[k]
        if a and b and (a.per is None) != (b.per is None) and b.unit == _VOLUME_UNIT != a.unit and a.end <= b.start \
                and pats.carrier_gap.fullmatch(text, a.end, b.start):
            out[k - 1], out[k] = (a, _with_per(pats, b, a.per)) if a.per else (_with_per(pats, a, b.per), b)
    # the other way round: "each ovary received 1 mL of suspension containing
    # 1 × 10^7 cells"
    for k in range(1, len(out)):
        a, b = out[k - 1], out[k]
        if a and b and a.per and b.per is None and a.unit == _VOLUME_UNIT != b.unit and a.end <= b.start \
                and pats.content_gap.fullmatch(text, a.end, b.start):
            out[k] = _with_per(pats, b, a.per)
    # a denominator stated before the first item applies to the rest of the list
    for k in range(1, len(out)):
        a, b = out[k - 1], out[k]
        if a and b and a.per and b.per is None and a.end < b.start and _LIST_GAP.fullmatch(text, a.end, b.start):
            out[k] = _with_per(pats, b, a.per)
    # amounts listed with a label each share a denominator either way: "50 μg
    # of protein per ovary at level 1, 100 μg at level 2 and 200 μg at level 3",
    # "1 × 10^6 (level 1), 5 × 10^6 (level 2) and 1 × 10^7 cells per ovary"
    said = [k for k, m in enumerate(out) if m is not None]
    for pairs in (zip(said, said[1:]), reversed(list(zip(said, said[1:])))):
        for i, j in pairs:
            a, b = out[i], out[j]
            if a.unit == b.unit and (a.per is None) != (b.per is None) and a.end < b.start \
                    and _LABELLED_LIST_GAP.fullmatch(text, a.end, b.start):
                out[i], out[j] = (a, _with_per(pats, b, a.per)) if a.per else (_with_per(pats, a, b.per), b)
    return [m for m in out if m is not None]


#: a word right before a number: "level 2", "Cohort 3", "day 7"
_WORD_BEFORE = re.compile(r"[A-Za-z]\s+$")


def _a_label(text: str, lo: _Atom, nxt: DoseMention) -> bool:
    """Is a bare number before a list's next amount the number of a label
    ("100 μg at level 2 and 200 μg at level 3"), not an amount of the list?
    Said after a word and far smaller than the amount it would share a unit with."""
    shared = _in_unit(lo.value, nxt.unit_power)
    return bool(_WORD_BEFORE.search(text, max(0, lo.start - 20), lo.start)) and shared > 0 \
        and nxt.value / shared > _LABEL_RATIO


#: how much larger the next amount is than a labelled number that is no amount of its list
_LABEL_RATIO = 20


def _with_per(pats: _Patterns, m: DoseMention, per: str) -> DoseMention:
    unit, per = _fold_kg(pats, m.unit, per)
    return replace(m, unit=unit, per=per)


# ---------------------------------------------------------------- sessions


def _count(text: str) -> int | None:
    value = parse_number(text)
    return int(value) if value is not None and value == int(value) else None


def find_sessions(sentence: str, vocab: QuantityVocab) -> list[SessionMention]:
    """Counts of treatment sessions (injections, transplantations…).

    Every pattern runs only around its anchor words; a sentence with none
    of them is turned down at once.  On equal spans the code patterns win
    over the vocab's phrases.
    """
    pats, s = vocab.patterns, _sentence(sentence)
    if not _may_hold_sessions(s, pats):
        return []
    counted = _sessions_zh(s, pats, pats.session_zh) + _sessions_en(s, pats) \
        + _sessions_zh(s, pats, [pats.session_unspecified])
    frequencies = list(_frequencies(s))
    # "once a week for 4 weeks": a frequency, no count of its own ("once" in it is none either)
    counted = [c for c in counted if not any(m.start() < c.end and c.start < m.end() for m in frequencies)]
    unstated = [SessionMention(m.start(), m.end(), m.group(), "sessions.frequency_duration", None)
                for m in frequencies if m.re is _EN_FREQ_FOR and m["unit"] is None]
    return _no_overlaps(unstated + counted)


def session_words(vocab: QuantityVocab) -> tuple[frozenset[str], frozenset[str]]:
    """What a lower-cased sentence holds when :func:`may_hold_sessions` says
    it may hold a count: (one of the anchors of the session patterns or of
    the words of a frequency, "twice weekly"; else a run of letters starting
    with one of these letters: "x" of "3x", right after a digit)."""
    pats = vocab.patterns
    anchors = {a for rule in (*pats.session_zh, pats.session_unspecified, pats.session_noun, pats.session_times)
               for a in rule.anchors if a}
    return frozenset(anchors | set(_FREQ_COUNT_WORDS)), frozenset(_TIMES_SIGN_LETTERS)


#: the words one of which :data:`_EN_FREQ_COUNT` finds in a lower-cased text
#: (a digit before a times sign aside: "×" is a character of its own)
_FREQ_COUNT_WORDS = ("×", "once", "twice", "thrice", "times")
#: the letter of a times sign right after a digit (:data:`_DIGIT_TIMES`, :data:`_EN_FREQ_COUNT`), lower-cased
_TIMES_SIGN_LETTERS = ("x",)


def may_hold_sessions(sentence: str, vocab: QuantityVocab) -> bool:
    """Whether :func:`find_sessions` may find a count in ``sentence`` (False:
    it finds none; the check it makes first, for a fact type's quick test)."""
    return _may_hold_sessions(_sentence(sentence), vocab.patterns)


def _may_hold_sessions(s: _Sentence, pats: _Patterns) -> bool:
    """Could any session pattern match?  Each needs one of its anchors (次,
    injection, once, times…) or, for "1× weekly for 4 weeks", a digit before
    a times sign."""
    if _spotted(pats.session_spotter, s.low) or _DIGIT_TIMES.search(s.text):
        return True
    # frequencies are read in any letter case: where the sentence has no usable
    # lower case (s.low is its text), look for their words as written
    return s.low is s.text and _EN_FREQ_COUNT.search(s.text) is not None


def _frequencies(s: _Sentence) -> Iterator[re.Match]:
    """Frequencies with a duration: "1× weekly for 4 weeks", "twice weekly
    over 3 weeks", 每周1次，连续4周 state no total (ANNOTATION.md: the count
    is inferred, not stated), so they are no fact and no count inside them
    is one; "once a week for the duration of the study" (no ``unit``) is a
    number of sessions not given (count null)."""
    if _EN_FREQ_COUNT.search(s.text) and _EN_FREQ_PERIOD.search(s.text):
        yield from _EN_FREQ_FOR.finditer(s.text)
    if "每" in s.text:
        yield from _ZH_FREQ_FOR.finditer(s.text)


def _cue_in_clause(s: _Sentence, pats: _Patterns, start: int, end: int, *, before_only: bool = False) -> bool:
    """A treatment word in the clause of the count.  A clause that is little
    more than the count (每月注射1次，共3次) borrows the clauses before it, up
    to :data:`_BORROWED` of them and not across a semicolon, until one names
    the treatment: the regimen's amount and frequency stand between
    (经卵巢动脉注射，每侧1×10^7个，每月1次，共3次; "were injected at 50 μg per
    mouse, three times at 3-day intervals")."""
    left, right = s.clause(start, end)
    if left > 0 and (_bare_count(s.text, left, right, start, end) or _group_count(pats, s.text, left, right, start, end)
                     or _LEADS_CLAUSE.fullmatch(s.text, left, start)):
        for _ in range(_BORROWED):
            if left == 0 or s.text[left - 1] in ";；" or pats.cue.search(s, left, start) is not None:
                break
            left = s.clause(left - 1, left - 1)[0]
    return pats.cue.search(s, left, start if before_only else right) is not None


#: how many clauses before a bare count may be read for its treatment word
_BORROWED = 3


#: what may stand before a count that opens its clause, the treatment said in
#: the clause before: "…under ultrasound guidance, either once or twice as
#: determined clinically", "…, only once"
_LEADS_CLAUSE = re.compile(r"\s*(?:either|only|just)\s+(?:(?:once|twice|thrice)\s+or\s+)?")


def _bare_count(text: str, left: int, right: int, start: int, end: int) -> bool:
    """Is the clause little more than the count: one word character at most
    (共3次), spaces, the sentence's final full stop and an interval aside
    (", three times.", ", three times at 3-day intervals", ", twice, 4 weeks apart")."""
    rest = _INTERVAL_AFTER.sub("", text[end:right], count=1)
    return len(_NOT_WORDING.sub("", text[left:start] + rest)) <= 1


#: an interval said right after a count: "at 3-day intervals", "4 weeks apart", "in total"
_INTERVAL_AFTER = re.compile(r"^\s*(?:at\s+(?:\d+|one|two|three|four)[\s-]*(?:day|week|month)s?\s+intervals?"
                             r"|(?:\d+|one|two|three|four|six)\s+(?:days?|weeks?|months?)\s+apart|in\s+(?:total|all))")


def _group_count(pats: _Patterns, text: str, left: int, right: int, start: int, end: int) -> bool:
    """Is the clause a group's name and its count, the treatment left out
    because the clause before names it: A组移植2次，B组3次."""
    return bool(pats.group_label.fullmatch(text, left, start)) and not _NOT_WORDING.sub("", text[end:right])


def _excluded(s: _Sentence, pats: _Patterns, m: re.Match) -> bool:
    """A vocab exclusion (次/周, times higher) overlapping the match."""
    for x in pats.session_excludes:
        i = s.low.find(x, max(0, m.start() - len(x)), m.end() + len(x))
        if i >= 0 and i < m.end() and i + len(x) > m.start():
            return True
    return False


def _sessions_zh(s: _Sentence, pats: _Patterns, rules: list[_Rule]) -> list[SessionMention]:
    """Patterns that need a cue word in their clause: 3次, 第三次, 单次, 多次, vocab phrases."""
    out = []
    for rule in rules:
        for m in s.scan(rule):
            if not _cue_in_clause(s, pats, m.start(), m.end()) or _excluded(s, pats, m):
                continue
            left, _ = s.clause(m.start(), m.end())
            if _ZH_FREQUENCY_BEFORE.search(s.text, max(left, m.start() - 6), m.start()) \
                    or _ZH_FREQUENCY_CLAUSE.search(s.text, left, m.start()):
                continue  # 每周注射2次, 每4周重复输注1次: a frequency, not a number of sessions
            if rule.name == "sessions.cn_multiple" and pats.cue.search(s, m.end(), min(m.end() + 8, s.clause(m.start(), m.end())[1])) is None:
                continue  # 多次/重复 count treatments only right before one: not 重复测量
            if rule.name == "sessions.cn_single":
                count = 1
            elif rule.name in ("sessions.cn_multiple", "sessions.unspecified"):
                count = None
            else:
                count = _count(m["n"])
                if not count or (rule.name == "sessions.cn_ordinal" and count < 2):
                    continue
            out.append(SessionMention(m.start(), m.end(), m.group(), rule.name, count))
    return out


#: an ordinal, a comma and one word before a count noun: "a second, booster
#: injection" (the word set beside the ordinal; the comma ends no clause here)
_ORDINAL_IN_APPOSITION = re.compile(
    rf"(?i)(?<![\w-])(?:{'|'.join(w for w in _EN_ORDINALS if _EN_ORDINALS[w] >= 2)})(?=,\s+[a-z-]+\s+$)")

#: a count right before a word of repeating ("three repeated injections")
_COUNT_BEFORE_WORD = re.compile(rf"(?<![\w.,])(?P<n>\d+|{_EN_NUM})\s+$")


def _sessions_en(s: _Sentence, pats: _Patterns) -> list[SessionMention]:
    out = []
    for noun in s.scan(pats.session_noun):
        tok = _word_before(s, noun.start(), pats.vocab.count_tokens, pats.quantifiers, pats.not_between) \
            or _ORDINAL_IN_APPOSITION.search(s.text, max(0, noun.start() - 40), noun.start())
        if tok is None or _excluded(s, pats, noun):
            continue
        word = tok.group().lower()
        if word in pats.multiple_words and (counted := _COUNT_BEFORE_WORD.search(s.text, max(0, tok.start() - 40), tok.start())) \
                and _count(counted["n"]) and not s.in_citation(counted.start("n")) \
                and (number := _COUNT_WORD.fullmatch(s.text, counted.start("n"), counted.end("n"))) is not None:
            # "three repeated injections": the count before the word of repeating
            tok, word = number, number.group().lower()
        if word in pats.single_words:
            rule, count = "sessions.en_single", 1
        elif word in pats.multiple_words:
            rule, count = "sessions.en_multiple", None
        elif (count := _ordinal(word)) is not None:
            if count < 2:
                continue  # "the first injection" does not say how many followed
            # ("the second transplantation", "after the second infusion" too: where
            # the sessions are counted, the document's pass drops the ordinals the
            # count takes in)
            rule = "sessions.en_ordinal"
        elif _COUNT_WORD.fullmatch(word) and (count := _count(word)):
            rule = "sessions.en_count"
            between = s.low[tok.end():noun.start()]
            if _EN_DURATION_WORD.search(between) or pats.subset_before.search(s.low, 0, tok.start()):
                continue  # "20 minute consultations", "the first two sessions"
            if pats.numbered_before.search(s.low, 0, tok.start()):
                continue  # "at day 5 after administration", "group 3 injections": a number naming its word
        else:
            continue
        out.append(SessionMention(tok.start(), noun.end(), s.text[tok.start():noun.end()], rule, count))
        if rule == "sessions.en_count":
            out += _counts_sharing_noun(s, tok, noun, count)
    for m in s.scan(pats.session_times):
        word = (m["w"] or "").lower()
        if not _cue_in_clause(s, pats, m.start(), m.end(), before_only=word == "once") or _excluded(s, pats, m):
            continue  # "Once injected, the cells…": once as a conjunction
        count = {"once": 1, "twice": 2, "thrice": 3}[word] if word else _count(m["n"])
        if count:
            out.append(SessionMention(m.start(), m.end(), m.group(), "sessions.en_times", count))
    return out


def _counts_sharing_noun(s: _Sentence, tok: re.Match, noun: re.Match, count: int) -> list[SessionMention]:
    """Counts written without the noun they count: a part of the whole
    ("four of 14 sessions") and a parallel group ("four sessions in one arm
    and three in the other")."""
    out = []
    part = _EN_PART_OF.search(s.low, max(0, tok.start() - 30), tok.start())
    if part and (n := _count(part["n"])) and n <= count and not s.in_citation(part.start("n")):
        a, b = part.span("n")
        out.append(SessionMention(a, b, s.text[a:b], "sessions.en_part", n))
    other = _EN_PARALLEL.match(s.low, noun.end())
    if other and (n := _count(other["n"])):
        a, b = other.span("n")
        out.append(SessionMention(a, b, s.text[a:b], "sessions.en_parallel", n))
    return out


def _ordinal(word: str) -> int | None:
    if word in _EN_ORDINALS:
        return _EN_ORDINALS[word]
    return int(word[:-2]) if re.fullmatch(r"\d+(?:st|nd|rd|th)", word) else None


#: a number in words with its multiplier and tail: "One hundred", "one hundred and twenty"
_EN_COUNT_PHRASE = re.compile(rf"{_EN_NUM}(?:(?:(?<=hundred)|(?<=thousand))\s+and\s+{_EN_NUM})?", re.IGNORECASE)


def _whole_count(s: _Sentence, tok: re.Match) -> re.Match:
    """The whole number in words ``tok`` is part of: the word before a noun
    is "One" of "One hundred infertile women" ("hundred" reads as a plain
    word) or "twenty" of "One hundred and twenty women"."""
    if tok.group()[0].isdigit():
        return tok
    left, _ = s.clause(tok.start(), tok.start())
    for m in _EN_COUNT_PHRASE.finditer(s.text, max(left, tok.start() - 40), min(len(s.text), tok.end() + 40)):
        if m.start() <= tok.start() and tok.end() <= m.end():
            return m
    return tok


#: a bracketed abbreviation between a count and its noun ("(IV)", "[IP]", "(i.v.)")
_ASIDE = re.compile(
    r"(?<=\s)[(\[][A-Za-z][A-Za-z.]{0,7}[)\]](?=\s)"
    # a number in words restated in digits: "Seventeen (17) patients", "Thirty-four (34) infusions"
    r"|(?<=[A-Za-z]\s)\(\d{1,4}\)(?=\s)")


def _word_before(s: _Sentence, pos: int, max_between: int, quantifiers: frozenset[str],
                 not_between: frozenset[str], stop: frozenset[str] = frozenset()) -> re.Match | None:
    """The word that may count the noun at ``pos``: the nearest number,
    ordinal or quantifier in its clause, with at most ``max_between`` plain
    words between them (none in ``not_between``, none matching ``stop``)."""
    left, _ = s.clause(pos, pos)
    start = max(left, pos - _CHARS_PER_WORD * (max_between + 1))
    while start > left and s.text[start - 1] in _WORD_CHARS:
        start -= 1  # a window cut inside a word would read its tail ("often" as "ten")
    # a short abbreviation in brackets is read as space: "a single intravenous (IV) infusion";
    # so is a number in words restated in digits: "Seventeen (17) no-option patients"
    text = s.text[:start] + _ASIDE.sub(lambda m: " " * len(m.group()), s.text[start:pos]) + s.text[pos:]
    tokens = list(_TOKEN.finditer(text, start, pos))
    end = pos
    for k, tok in enumerate(reversed(tokens)):
        word = tok.group()
        if not text[tok.end():end].isspace() or s.in_citation(tok.start()):
            return None
        if word[0].isdigit():
            before = s.text[tok.start() - 1] if tok.start() else " "
            return None if before in ".,^-–~～/:：" or before.isalpha() else tok  # 1:1 is a ratio
        if _COUNT_WORD.fullmatch(word) or word.lower() in quantifiers \
                or word.lower() in _EN_ORDINALS:
            return tok
        if k == max_between or word.lower() in stop:
            return None
        if word.lower() in not_between and not (word.lower() in _COORDINATORS and 0 < k and k + 1 < len(tokens)
                                                 and tokens[-k - 2].group().isalpha()):
            return None  # "septic and non-septic patients": a conjunction between two adjectives
        end = tok.start()
    return None


def sample_words(vocab: QuantityVocab) -> frozenset[str]:
    """What a lower-cased sentence holds, one of, when
    :func:`may_hold_sample_sizes` says it may hold a count of people: the
    anchors of the sample-size patterns."""
    pats = vocab.patterns
    return frozenset(a for rule in (*pats.sample, pats.subject_noun, pats.sample_verb) if rule for a in rule.anchors if a)


def may_hold_sample_sizes(sentence: str, vocab: QuantityVocab) -> bool:
    """Whether :func:`find_sample_sizes` may find a count of people in
    ``sentence`` (False: it finds none; the check it makes first, for a fact
    type's quick test)."""
    return _may_hold_sample(_sentence(sentence), vocab.patterns)


def _may_hold_sample(s: _Sentence, pats: _Patterns) -> bool:
    """Could any sample-size pattern match?  Each needs one of its anchors
    (例, n =, patients…) and a count: a digit, a Chinese numeral or an English
    number word (ASCII letters, so lower-casing keeps them)."""
    if not _spotted(pats.sample_spotter, s.low):
        return False
    # (a text whose lower-cased form is not as long, or holding ı ſ, which a
    # case-blind i or s matches, may hide a head from the lower-cased text)
    if s.low is not s.text and pats.sample_heads is not None and ODD_LATIN_CHAR.search(s.text) is None \
            and pats.sample_heads.search(s.low) is None:
        return False
    if _NUMBER_CHAR.search(s.text) or _EN_NUMBER_WORD.search(s.low):
        return True
    return s.low is s.text and _EN_NUMBER_WORD_ANY_CASE.search(s.text) is not None


def _spotted(spotter: re.Pattern | None, low: str) -> bool:
    return spotter is not None and spotter.search(low) is not None


def _no_overlaps(found: list) -> list:
    """Keep the longest of overlapping mentions, then sort by position."""
    kept: list = []
    for m in sorted(found, key=lambda m: (-(m.end - m.start), m.start)):
        if all(m.end <= k.start or m.start >= k.end for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


# ---------------------------------------------------------------- sample sizes


def find_sample_sizes(sentence: str, vocab: QuantityVocab) -> list[SampleSizeMention]:
    """Numbers of people studied: 61例, 纳入30名患者, n = 15, 28 women."""
    pats, s = vocab.patterns, _sentence(sentence)
    if not _may_hold_sample(s, pats):
        return []
    out = []
    for rule in pats.sample:
        for m in s.scan(rule):
            if not _not_people(s, pats, m, rule.name) and (n := _count(m["n"])):
                out.append(SampleSizeMention(m.start(), m.end(), m.group(), rule.name, n))
    if pats.sample_verb is not None:
        for m in s.scan(pats.sample_verb):
            if (n := _count(m["n"])):
                out.append(SampleSizeMention(m.start(), m.end(), m.group(), "sample_size.en_verb", n))
    for noun in s.scan(pats.subject_noun):
        tok = _word_before(s, noun.start(), pats.vocab.count_tokens, pats.quantifiers, pats.not_between,
                           pats.non_subject.words)
        if tok and _COUNT_WORD.fullmatch(tok.group()):
            tok = _whole_count(s, tok)
        if tok and (n := _count(tok.group())):
            out.append(SampleSizeMention(tok.start(), noun.end(), s.text[tok.start():noun.end()],
                                         "sample_size.en_count", n))
    return _no_overlaps(out)


def about_animals(text: str, vocab: QuantityVocab) -> bool:
    """Does a text name animals (mice, 大鼠) more often than people (patients,
    患者)?  In such a paper a bare ``n = 7`` counts animals or samples."""
    pats = vocab.patterns
    return pats.non_subject.count(text) > pats.subject.count(text)


def names_people(text: str, vocab: QuantityVocab) -> bool:
    """Does the text hold a noun for people (patients, women, 患者)?"""
    return vocab.patterns.subject.search(_sentence(text)) is not None


def past_group(text: str, pos: int, vocab: QuantityVocab) -> int:
    """Where the words about a count of people go on once the group it
    belongs to and a parallel count of another group are passed: after
    "Four women" in "Four women in the cell group and one in the sham group
    resumed …", after "4例" in "4例（细胞组）和1例（对照组）恢复…" or
    "细胞组4例、对照组1例恢复…" (the group nouns of ``vocab``); ``pos``
    itself when none follows."""
    s, pats = _sentence(text), vocab.patterns
    m = pats.grouped_en.match(s.low, pos) or pats.grouped_zh.match(s.text, pos)
    return m.end() if m else pos


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _not_people(s: _Sentence, pats: _Patterns, m: re.Match, rule: str) -> bool:
    """Counts of studies or animals: a non-subject word inside or just after the match."""
    if "gap" in m.re.groupindex and pats.non_subject.search(s, m.start("gap"), m.end("gap")):
        return True
    if rule in ("sample_size.n_equals", "sample_size.cn_li", "sample_size.cn_ren"):
        _, right = s.clause(m.start(), m.end())
        if rule == "sample_size.n_equals":  # n = 3 mice; Mice … (n = 6 per group)
            return pats.non_subject.search(s, m.end(), min(right, m.end() + 20)) is not None or (
                pats.non_subject.search(s) is not None and pats.subject.search(s) is None)
        return pats.non_subject.match(s, _skip_space(s.text, m.end()), right) is not None  # 30例小鼠
    return False
