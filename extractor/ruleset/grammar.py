"""Grammars as data: how a fact is said, by its parts and how they combine.

A grammar file (``rules/grammars/<name>.yaml``) describes one fact type:
``slots``, the word classes of its parts, and ``patterns``, regular
expressions over ``{slot}`` names and the built-ins ``{number}``,
``{numbers}``, ``{gap}`` / ``{gap:N}`` and ``{clause:N}``.  Each key is
documented on its field below (``litx rules check --explain grammars.slots``).

A slot is a word list (``{en, zh}``), a list of entries with ids, or the
mentions the matchers found of one kind (``{mentions: hormone}``: the names
of ``hormones.yaml`` with their ids and excludes, so a grammar names
hormones by reference and never lists them again).  Mentions are matched by
masking their spans with private-use characters of the same length before
the expressions run (:func:`masked`), so offsets stay those of the sentence
and no other part of a pattern can match inside a mention.

A pattern may be a ``veto`` (what is NOT the fact: its matches remove the
type's mentions they overlap, "passaged three times" is no number of
sessions) and may name ``anchors``, slots one of whose words a text must hold
before the pattern is tried (so that rare patterns cost little); Chinese
expressions are tried only on text holding Chinese characters.

English words match whole and in any case; a space matches any run of white
space.  :func:`compile_grammar` turns a validated file into one
:class:`CompiledGrammar`; the rule loader compiles every pattern once, so a
pattern that cannot compile is a rule error with its file and line.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property
from typing import Annotated, Collection, Iterable, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator

from ..lang.numerals import _CN_NUM, _CN_NUM_FIRST, _DEC, _EN_NUM, parse_number
from ..lang.script import has_cjk
from ..lang.trie import PiecesInRuns, trie_pattern
from .memo import key_of, memo

Identifier = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$")]
_NONEMPTY = Annotated[str, StringConstraints(min_length=1)]
LANGS = ("en", "zh")


class _Model(BaseModel):
    # every field is documented by the docstring right after it (shown by
    # `litx rules check --explain KEY` and `litx rules schema`)
    model_config = ConfigDict(extra="forbid", frozen=True, use_attribute_docstrings=True)


class SlotTerms(_Model):
    """The words of a slot without ids: ``{en: [...], zh: [...]}``."""

    en: tuple[_NONEMPTY, ...] = ()
    """English words of the slot; matched whole, in any case, a space
    matching any run of white space (followed up, months)."""
    zh: tuple[_NONEMPTY, ...] = ()
    """Chinese words of the slot (随访, 个月)."""

    def all(self) -> tuple[str, ...]:
        return self.en + self.zh


class SlotEntry(_Model):
    """One value of a slot with an id (``month``) and its words."""

    id: Identifier
    """The canonical value this entry stands for (month), lower-case."""
    terms: SlotTerms
    """The words of this entry: {en: [months], zh: [个月]}."""
    max: Annotated[float, Field(gt=0)] | None = None
    """Optional: the largest number that may stand before a word of this
    entry (a "2019 years" is a date, not a follow-up)."""


class SlotMentions(_Model):
    """A slot that stands for the matchers' mentions of one kind: ``{mentions: hormone}``."""

    mentions: Identifier
    """The mention kind the slot stands for (hormone, route, guidance,
    cell_type …: the kinds of the rule files); a match of the slot is one
    whole mention, and its id is the mention's id."""
    barrier: bool = False
    """Optional: true when {clause:N} must not run across a mention of this
    kind (a route named in between belongs to another phrase:
    "injected intravenously, homing to the ovary")."""

    @field_validator("mentions")
    @classmethod
    def _a_kind(cls, kind: str) -> str:
        from .model import Kind  # the rule files' kinds (model.py loads this module lazily)

        known = [k.value for k in Kind]
        if kind not in known:
            raise ValueError(f"{kind!r} is no mention kind (kinds: {', '.join(known)})")
        return kind


class GrammarPattern(_Model):
    """One way the parts combine: regular expressions over ``{slot}`` names."""

    id: Identifier
    """A name for the pattern (lower-case), shown where a fact came from."""
    en: tuple[_NONEMPTY, ...] = ()
    """Regular expressions for English text. {slot} stands for any word of a
    slot; the built-ins are {number} (one number: 12, 1.5, 十二, twelve),
    {numbers} (a list or range of them: "1, 3 and 6", 6~12, 1、3、6; the last
    counts), {gap} / {gap:N} (up to 3 / N words or Chinese characters of
    the same clause, no number among them) and {clause:N} (up to N
    characters of any kind, numbers and brackets too, that stay in the
    clause: no , ， ; ； 。 ! ? and no mention of a barrier slot;
    {clause:N!slot} also holds no word of that slot: "{act}{clause:80!moved}
    into {target}" does not read "injected cells migrated to the ovary"). English
    words match whole and in any case; a space matches any run of white
    space; must not match empty text."""
    zh: tuple[_NONEMPTY, ...] = ()
    """Regular expressions for Chinese text, written like `en` ({slot},
    {number}, {numbers}, {gap} / {gap:N}, {clause:N}, {clause:N!slot})."""
    veto: bool = False
    """Optional, default false: true for a pattern that says what is NOT the
    fact ("centrifuged twice", 传代3次: no number of sessions); its matches
    remove the type's mentions they overlap instead of adding facts."""
    anchors: tuple[Identifier, ...] = ()
    """Optional: slot names of this file; the pattern is tried only on a text
    holding a word of one of them (a quick check first, so that a pattern
    that is rarely met costs little on the sentences without it).  Name only
    word slots (not mention slots) the pattern cannot match without."""
    each_with: tuple[Identifier, ...] = ()
    """Optional: word slots of this file; where the clause of a match holds a
    word of one of them, each number of a list in the match is a fact of its
    own, not only the last ({numbers} "the last counts" otherwise): groups of
    animals killed at different times ("killed 2 and 4 weeks after the
    graft", 移植后2周和4周各处死) are each observed that long."""
    judged: Literal["by_type", "as_read", "with_next"] = "by_type"
    """Optional, for a count (sample_size): how the fact type's filters judge
    a number the pattern reads.  by_type (the default): as any count, its
    clause may make it an outcome, a part or people lost.  as_read: the
    match itself says what the number is ("51 had one injection (cohort
    A)": a group the study names, whatever "had" would say elsewhere), so
    it counts as read, over any other reading of the same number.
    with_next: it takes the verdict of the next count of the sentence, whose
    noun it shares ("in 20 and 12 women": 20 counts when 12 does)."""
    in_sentence_with: tuple[Identifier, ...] = ()
    """Optional: mention kinds (hormone, cell_type …); the pattern is tried
    only on a sentence holding a mention of one of them, anywhere ("at 6
    months" dates a follow-up in a sentence that reports a hormone; a grammar
    says so without masking the mentions in every pattern)."""

    @field_validator("in_sentence_with")
    @classmethod
    def _kinds(cls, kinds: tuple[str, ...]) -> tuple[str, ...]:
        for kind in kinds:
            SlotMentions._a_kind(kind)
        return kinds


class TableGrammar(_Model):
    """How the fact is read from a table: the words heading its column, and
    the patterns a cell under such a column is read with."""

    columns: SlotTerms
    """Words that, in a table's first row, head a column of this fact
    (Follow-up, 随访时间); matched inside the head cell, in any case."""
    patterns: tuple[GrammarPattern, ...]
    """How a cell under such a column says the fact ("28 days", 6个月), written
    like the file's patterns ({slot}, {number}, {numbers}, {gap})."""


class GrammarFile(_Model):
    """``rules/grammars/<name>.yaml``."""

    fact: Identifier
    """The fact type this grammar finds (follow_up); the file is named after
    it: grammars/<fact>.yaml."""
    slots: dict[Identifier, Union[tuple[SlotEntry, ...], SlotTerms, SlotMentions]]
    """The word classes of the fact's parts, by slot name: a plain list
    (follow: {en: [followed up], zh: [随访]}), entries with a canonical id
    (unit: [{id: month, terms: {en: [months], zh: [个月]}, max: 600}]) or
    the matchers' mentions of a kind (hormone: {mentions: hormone})."""
    patterns: tuple[GrammarPattern, ...]
    """How the parts combine: one entry per way of saying the fact, each with
    regular expressions per language over {slot} names and the built-ins."""
    table: TableGrammar | None = None
    """Optional: how the fact is read from the cells of a table column headed
    by one of `table.columns` (a column of follow-up times in a review's table
    of studies)."""

    @model_validator(mode="after")
    def _anchors_are_slots(self) -> "GrammarFile":
        for p in self.patterns:
            for key, named in (("anchors", p.anchors), ("each_with", p.each_with)):
                unknown = [a for a in named if a not in self.slots]
                if unknown:
                    raise ValueError(f"pattern {p.id}: {key} {unknown} are no slots of this file ({', '.join(self.slots)})")
                # a mention slot is no word to spot: the parts every match needs
                # are checked for already, mentions among them
                mentions = [a for a in named if isinstance(self.slots[a], SlotMentions)]
                if mentions:
                    raise ValueError(f"pattern {p.id}: {key} {mentions} stand for mentions, not words; leave them out")
        return self


# --------------------------------------------------------------------------- compiling

_NUMBER = rf"(?:{_DEC}|{_CN_NUM}|{_EN_NUM})"
_LIST_SEP = r"\s*(?:,|，|、|;|；|/|-|–|—|~|～|〜|至|到|和|及|或|and|or|to)\s*(?:and\s+|or\s+)?"
_BUILTINS = {
    "number": _NUMBER,
    "numbers": rf"{_NUMBER}(?:{_LIST_SEP}{_NUMBER})*",
}
#: a character that alone is a match of {number} (a digit, the start of a
#: Chinese numeral): a text holding one holds {number} and {numbers}
_NUMBER_CHAR = re.compile(rf"[\d{_CN_NUM_FIRST}]")
_REFERENCE = re.compile(r"\{([a-z][a-z0-9_]*)(?::(\d{1,3}))?(?:!([a-z][a-z0-9_]*))?\}")
#: the separators of a {numbers} list (_LIST_SEP) as whole words: not the
#: "or" of "forty", the "and" of "one hundred and twenty" nor the hyphen of "twenty-eight"
_SPLIT_NUMBERS = re.compile(r"(?<!hundred)(?<!hundred\s)(?<!thousand)(?<!thousand\s)(?![-–](?<=ty[-–])[a-z])"
                            r"\s*(?:,|，|、|;|；|/|-|–|—|~|～|〜|至|到|和|及|或|(?<![a-z])(?:and|or|to)(?![a-z]))\s*"
                            r"(?:and\s+|or\s+)?", re.IGNORECASE)
#: the built-ins of numbers
_NUMBERS = frozenset({"number", "numbers"})


def _any_space(ch: str, first: bool) -> str:
    """A space of a slot's word matches any run of white space.  (A hyphen
    instead is spelt out in the slot, "bone-marrow": letting every space
    match one made matching a twelfth slower.)"""
    return r"\s+" if ch == " " else re.escape(ch)


#: characters that end a clause: {clause:N} never crosses them
_CLAUSE_BREAKS = ",，;；。!?！？\n"
#: the private-use characters that mask mentions (two per mention kind: first, rest);
#: kinds that are a barrier to {clause} take them from the first block
_MASK_BARRIER, _MASK_OPEN = 0xE000, 0xE100


#: the shortest {clause:N} that takes in an aside in brackets as one step
_ASIDE_FROM = 20


def _clause(n: int, without: str | None = None) -> str:
    """Up to ``n`` characters of the same clause (numbers and brackets too),
    no mention of a barrier kind; with ``without`` (a slot's regex), no word
    of that slot either."""
    char = rf"[^{re.escape(_CLAUSE_BREAKS)}\ue000-\ue0ff]"
    if without is not None:
        char = rf"(?!{without}){char}"
    if n < _ASIDE_FROM:
        return rf"(?:{char}){{0,{n}}}?"
    # an aside in brackets is part of a longer clause, commas and all
    # ("administered into 3 groups (A: 3×10^6, B: 1×10^6) via the jugular vein");
    # a short one is what stands right beside a word (未{clause:4}静脉), no aside
    inside = r"[^()（）\ue000-\ue0ff;；。]"
    if without is not None:
        inside = rf"(?!{without}){inside}"
    aside = rf"[(（](?:{inside}){{0,120}}?[)）]"
    return rf"(?:{aside}|{char}){{0,{n}}}?"


def _gap(n: int) -> str:
    """Up to ``n`` words (or Chinese characters) of the same clause, no digit."""
    word = r"(?:[A-Za-z][\w'’-]*|[\u3400-\u9fff])"
    return rf"(?:\s*(?:{word}\s*){{0,{n}}}?)"


def _slot_pattern(words: list[str]) -> str:
    """Any word of a slot, longest first; English words whole."""
    latin = sorted({w for w in words if not has_cjk(w)})
    other = sorted({w for w in words if has_cjk(w)})
    parts = []
    if latin:
        parts.append(rf"(?<![A-Za-z])(?:{trie_pattern(latin, _any_space)})(?![A-Za-z])")
    if other:
        parts.append(f"(?:{trie_pattern(other, _any_space)})")
    return "|".join(parts) or "(?!)"


class GrammarError(ValueError):
    """A pattern that does not compile, or names a slot the file lacks."""


@dataclass(frozen=True)
class GrammarMatch:
    """One match of a grammar in a text."""

    pattern: str  # the pattern's id
    lang: str
    index: int  # which of the pattern's expressions (for its line)
    start: int
    end: int
    #: slot or built-in name → the (start, end) of each of its uses, in order
    parts: dict[str, list[tuple[int, int]]]
    text: str
    #: (start, end) → the mention a mention slot matched there
    found: dict = field(default_factory=dict, compare=False, repr=False)

    def part(self, name: str) -> str | None:
        """The text of the first use of a slot or built-in."""
        spans = self.parts.get(name)
        return self.text[spans[0][0] : spans[0][1]] if spans else None

    def every(self, name: str) -> list[str]:
        """The texts of every use of a slot or built-in ("3个月和6个月": two)."""
        return [self.text[a:b] for a, b in self.parts.get(name, [])]

    def mentions(self, name: str) -> list:
        """The mentions every use of a mention slot matched, in order."""
        return [self.found[span] for span in self.parts.get(name, []) if span in self.found]


@dataclass(frozen=True)
class _Compiled:
    pattern: str
    lang: str
    index: int
    #: the expression with its slots written out (compiled when first searched)
    source: str
    #: regex group name → slot or built-in name
    groups: dict[str, str]
    #: slots one of whose words the text must hold (GrammarPattern.anchors)
    anchors: tuple[str, ...] = ()
    #: what every match uses: of each set, one slot or built-in (a text holding
    #: none of a set's cannot match)
    required: tuple[frozenset[str], ...] = ()
    #: runs of characters written in the expression that every match holds
    #: (:func:`mandatory_texts`, the rarer ones), one of each set: a text
    #: holding none of a set's is not searched
    literals: tuple[tuple[tuple[str, ...], bool], ...] = ()

    @cached_property
    def regex(self) -> re.Pattern:
        return re.compile(self.source, re.IGNORECASE)

    def written_in(self, text: str, held: dict | None = None) -> bool:
        """Does ``text`` hold, of each set of runs the expression writes
        itself (:attr:`literals`), one?  (``held``: what is known of the
        text already, set → answer, and filled in as asked.)"""
        for need in self.literals:
            answer = held.get(need) if held is not None else None
            if answer is None:
                answer = may_match(need, text)
                if held is not None:
                    held[need] = answer
            if not answer:
                return False
        return True

    @cached_property
    def pieces(self) -> tuple[frozenset[str], ...]:
        """Sets of pieces, one of each standing in a text wherever it holds
        every set of :attr:`literals` (:meth:`written_in`; the text holding
        none of İ ı ſ K, whose case the engine reads otherwise).  A piece is
        what the lower-cased text holds: a run of the letters a to z inside
        one of its runs of letters, or a character from :data:`_WIDE` on
        (Chinese).  Of a set of one run, each run of letters of the run
        lower-cased; of a set of several, of each run the longest, or its
        first character from :data:`_WIDE` on.  A set holding a run with
        neither tells nothing so, and is left out."""
        out: list[frozenset[str]] = []
        for runs, _ in self.literals:
            lowered = [run.lower() for run in runs]  # (as the text's pieces: of its lower-cased copy)
            keys = [_LETTER_RUN.findall(run) or [ch for ch in run if ch >= _WIDE][:1] for run in lowered]
            if not all(keys):
                continue
            if len(keys) == 1:
                out.extend(frozenset({piece}) for piece in keys[0])
            else:
                out.append(frozenset(max(pieces, key=len) for pieces in keys))
        return tuple(dict.fromkeys(out))


@dataclass(frozen=True)
class _Gate:
    """What a text must hold for any expression of a selection to match:
    a word of ``words`` (in the lower-cased text) or a mention of one of
    ``kinds``.  A text holding one of the ``unsafe`` characters (where the
    lower-cased text may miss a case-blind match, or a mask character the
    text brings itself) is tried in full.

    An ASCII text none of whose mentions is masked is first asked by whole
    words (``runs``), when every expression of the selection needs a word
    slot whose words start with a letter: such a word is matched whole, so
    its letters up to its first other character are a whole run of letters
    of the lower-cased text ("followed" of "followed up", "d" of days)."""

    words: re.Pattern | None
    kinds: frozenset[str]
    unsafe: re.Pattern | None
    #: whether ``words`` and ``kinds`` shut anything (else only ``runs`` do)
    closes: bool = True
    #: the first runs of letters of the words one of which a match needs (None: not known)
    runs: frozenset[str] | None = None
    #: the mention kinds that stand in for those words
    run_kinds: frozenset[str] = frozenset()
    #: the grammar's masked mention kinds (a mask makes new word boundaries)
    masked: frozenset[str] = frozenset()
    #: the kinds of a mention that keeps the whole-word check from telling (masked ones and run_kinds)
    stops: frozenset[str] = frozenset()
    #: the words ``words`` looks for, lower-cased (a space for any run of white space)
    literals: frozenset[str] = frozenset()

    def shuts(self, text: str, lowered: str, mentions: tuple, seen: tuple | None = None) -> bool:
        """Whether no expression of the selection can match ``text`` (``seen``:
        what :func:`_seen` knows of it)."""
        if seen is None:
            seen = _seen(text)
        plain = seen[5]
        if self.runs is not None and plain:
            held = seen[3]
            if self.runs.isdisjoint(held[0] if held else _runs(text, seen)) \
                    and not (mentions and any(m.kind in self.stops for m in mentions)):
                return True
        if not self.closes:
            return False
        if self.words is not None and self.words.search(lowered) is not None:
            return False
        if self.kinds and mentions and any(m.kind in self.kinds for m in mentions):
            return False
        # (every unsafe character is outside ASCII)
        return self.unsafe is None or plain or self.unsafe.search(text) is None


_LETTER_RUN = re.compile(r"[a-z]+")
#: no gate known yet for a selection
_UNKNOWN = object()


#: the first character of Chinese text, of its punctuation and full-width forms
_WIDE = "\u2e80"
#: the characters outside ASCII that a case-blind [A-Za-z] matches
_ODD_LATIN = "\u0130\u0131\u017f\u212a"


def _keys(text: str, seen: tuple) -> frozenset[str]:
    """What the sieves of the grammars ask of a text: the runs of letters of
    the lower-cased text and its characters from :data:`_WIDE` on."""
    held = seen[4]
    if not held:
        runs = _runs(text, seen)
        held.append(runs if seen[5] else runs | {ch for ch in seen[1] if ch >= _WIDE})
    return held[0]


def _runs(text: str, seen: tuple | None = None) -> frozenset[str]:
    """The runs of letters of the lower-cased ``text`` (asked once per text)."""
    if seen is None:
        seen = _seen(text)
    held = seen[3]
    if not held:
        held.append(frozenset(_LETTER_RUN.findall(seen[1])))
    return held[0]


#: the last text asked of: (text, its lower-cased form, does it hold Chinese,
#: its runs of letters and its sieve keys once asked for, is it ASCII, the
#: pieces of :data:`_EXPRESSION_PIECES` inside its runs once asked for) -
#: shared by every grammar, as the fact types ask of one sentence in turn
_last_text: tuple[str, str, bool, list, list, bool, list] = ("", "", False, [], [], True, [])

#: runs of letters looked for inside a text's runs of letters: those of every
#: compiled expression's :attr:`_Compiled.pieces` and those a caller expects
#: (:func:`expect_pieces`), all found in one pass per text
_EXPRESSION_PIECES = PiecesInRuns()


def _seen(text: str) -> tuple[str, str, bool, list, list, bool, list]:
    global _last_text
    last = _last_text
    if last[0] is text or last[0] == text:
        return last
    plain = text.isascii()
    last = _last_text = (text, text.lower(), not plain and has_cjk(text), [], [], plain, [])
    return last


def _pieces_held(text: str, seen: tuple) -> frozenset[str]:
    """The pieces (:attr:`_Compiled.pieces`) ``text`` holds: those of
    :data:`_EXPRESSION_PIECES` inside its runs of letters, and its
    characters from :data:`_WIDE` on (asked once per text)."""
    held = seen[6]
    if not held:
        letters = _EXPRESSION_PIECES.held(_runs(text, seen))
        held.append(letters if seen[5] else letters | {ch for ch in seen[1] if ch >= _WIDE})
    return held[0]


def pieces_held(text: str) -> frozenset[str]:
    """The runs of letters given to :func:`expect_pieces` (and more) that
    stand inside a run of letters of the lower-cased ``text``, worked out
    once for the text asked of last (as :func:`lower_cased`)."""
    return _pieces_held(text, _seen(text))


def expect_pieces(pieces: Iterable[str]) -> None:
    """Look for these runs of letters a to z inside every text's runs of
    letters too (:func:`pieces_held`); what the last text held of them
    before is forgotten."""
    global _last_text
    if _EXPRESSION_PIECES.add(pieces):
        _last_text = ("", "", False, [], [], True, [])


def _lowered(text: str) -> str:
    return _seen(text)[1]


def lower_cased(text: str) -> str:
    """``text.lower()``, worked out once for the text asked of last: the
    matchers and every grammar ask of one sentence in turn."""
    return _seen(text)[1]


def letter_runs(text: str) -> frozenset[str]:
    """The runs of the letters a to z of the lower-cased ``text``, worked
    out once for the text asked of last (as :func:`lower_cased`)."""
    return _runs(text)


@dataclass
class _TextState:
    """One text as the expressions see it, and what was learnt of it."""

    searched: str  # the text with its mentions masked
    at: dict  # (start, end) → the mention masked there
    chinese: bool
    present: dict[str, bool]  # slot or built-in → does the masked text hold it
    spotted: dict[str, bool]  # anchor slot → does the lower-cased text hold a word of it
    lowered: list[str]  # the lower-cased text, once asked for
    #: the characters of CompiledGrammar._unusual the text holds, once asked for
    unusual: list[frozenset[str]] = field(default_factory=list)
    #: whether the lower-cased text holds a word of any slot of CompiledGrammar._quick, once asked for
    any_word: list[bool] = field(default_factory=list)
    #: the masked text lower-cased, once asked for (None: no safe copy of a case-blind search)
    searched_lowered: list[str | None] = field(default_factory=list)
    #: a set of runs an expression writes (_Compiled.literals) → does the text hold one, once asked for
    literal: dict = field(default_factory=dict)
    #: of an ASCII text with nothing masked, its runs of letters (lower-cased); else None
    runs: frozenset[str] | None = None


@dataclass(frozen=True)
class _RunSieve:
    """Which expressions of a selection a text may match, by its keys
    (:func:`_keys`): ``needs`` the distinct parts the expressions need, as
    the keys of their words (CompiledGrammar._need_keys); ``of_each`` the
    needs of each expression, by index.  The answer is remembered by which
    needs a text meets (texts meet few distinct sets of them)."""

    needs: tuple[frozenset[str], ...]
    of_each: tuple[tuple[int, ...], ...]
    kept: dict = field(default_factory=dict, compare=False)
    #: every key any need holds (a text's other keys tell nothing)
    keys: frozenset[str] = frozenset()
    #: the keys of ``keys`` a text holds → the expressions kept (texts hold few distinct such sets)
    by_keys: dict = field(default_factory=dict, compare=False)
    #: every piece of the expressions' :attr:`_Compiled.pieces`
    written: frozenset[str] = frozenset()
    #: (the keys of ``keys``, the pieces of ``written``) a text holds → the expressions kept
    by_written: dict = field(default_factory=dict, compare=False)

    @classmethod
    def of(cls, selected: list[_Compiled], word_runs) -> "_RunSieve":
        index: dict[frozenset[str], int] = {}
        of_each = []
        for c in selected:
            mine = []
            for need in c.required:
                runs = word_runs(need)
                if runs is not None:
                    mine.append(index.setdefault(runs, len(index)))
            of_each.append(tuple(sorted(set(mine))))
        written = frozenset(p for c in selected for need in c.pieces for p in need)
        return cls(tuple(index), tuple(of_each), keys=frozenset().union(*index), written=written)

    #: beyond this many sets of keys remembered, the memo starts afresh (a bound on memory)
    _MEMO_LIMIT = 20_000

    def keep(self, selected: list[_Compiled], runs: frozenset[str],
             pieces: frozenset[str] | None = None) -> list[_Compiled]:
        """The expressions of ``selected`` a text whose keys are ``runs`` may
        match; with the ``pieces`` it holds (:func:`_pieces_held`), only those
        whose own runs it may hold too (:attr:`_Compiled.pieces`)."""
        held = self.keys & runs  # a need meets the text's keys where it meets these
        if pieces is not None and self.written:
            return self._keep_written(selected, held, self.written & pieces)
        return self._keep_held(selected, held)

    def _keep_written(self, selected: list[_Compiled], held: frozenset[str],
                      written: frozenset[str]) -> list[_Compiled]:
        kept = self.by_written.get((held, written))
        if kept is None:
            kept = [c for c in self._keep_held(selected, held)
                    if all(not need.isdisjoint(written) for need in c.pieces)]
            if len(self.by_written) >= self._MEMO_LIMIT:
                self.by_written.clear()
            self.by_written[(held, written)] = kept
        return kept

    def _keep_held(self, selected: list[_Compiled], held: frozenset[str]) -> list[_Compiled]:
        kept = self.by_keys.get(held)
        if kept is None:
            met = tuple(not need.isdisjoint(held) for need in self.needs)
            kept = self.kept.get(met)
            if kept is None:
                kept = self.kept[met] = [c for c, mine in zip(selected, self.of_each) if all(met[i] for i in mine)]
            if len(self.by_keys) >= self._MEMO_LIMIT:
                self.by_keys.clear()
            self.by_keys[held] = kept
        return kept


@dataclass(frozen=True)
class AsciiScreen:
    """:meth:`CompiledGrammar.may_find` of one call (kind, patterns) for
    ASCII text, by what is known of the text at once: its runs of letters
    (:func:`letter_runs`) and its mention kinds.  The same answer, made of
    the same gate, run sieve and expressions' own runs (an ASCII text holds
    no Chinese character, no mask character and no letter whose case the
    engine reads otherwise)."""

    gate: _Gate | None
    selected: list
    #: the run sieves of the expressions selected, for a text without and with a masked mention
    plain: _RunSieve
    masked: _RunSieve | None
    #: the kinds of mention the grammar masks (empty: the call passes no mentions)
    masks: frozenset[str]
    mentions: bool

    @property
    def words(self) -> tuple[frozenset[str], frozenset[str]] | None:
        """When the gate asks for words (its runs cannot tell): the words,
        lower-cased, one of which (as written, a space for any white space)
        the lower-cased text holds, or a mention of the kinds, whenever
        :meth:`opens` says yes; None else."""
        gate = self.gate
        if gate is None or gate.runs is not None or not gate.closes:
            return None
        return gate.literals, gate.kinds if self.mentions else frozenset()

    def opens(self, text: str, runs: frozenset[str], kinds: frozenset[str]) -> bool:
        """Whether ``may_find`` says yes of the ASCII ``text`` whose runs
        are ``runs`` and whose mentions (if the call passes them) are of ``kinds``."""
        if not self.mentions:
            kinds = frozenset()
        gate = self.gate
        if gate is not None:
            if gate.runs is not None and gate.runs.isdisjoint(runs) and gate.stops.isdisjoint(kinds):
                return False
            if gate.closes and not (gate.words is not None and gate.words.search(lower_cased(text)) is not None) \
                    and gate.kinds.isdisjoint(kinds):
                return False
        sieve = self.masked if self.masks and not self.masks.isdisjoint(kinds) else self.plain
        # of those the sieve keeps, one whose own runs the text holds (as find asks next)
        return any(c.written_in(text) for c in sieve.keep(self.selected, runs, _pieces_held(text, _seen(text))))


class CompiledGrammar:
    """A grammar file ready to match sentences."""

    def __init__(self, grammar: GrammarFile) -> None:
        self.grammar = grammar
        self._ids: dict[str, dict[str, str]] = {}  # slot → folded word → entry id
        self._max: dict[str, dict[str, float | None]] = {}
        #: mention kind → its mask characters (first, rest)
        self._masks: dict[str, tuple[str, str]] = {}
        slot_regex = {}
        words_of: dict[str, list[str]] = {}
        for name, slot in grammar.slots.items():
            if isinstance(slot, SlotMentions):
                if slot.mentions not in self._masks:
                    base = _MASK_BARRIER if slot.barrier else _MASK_OPEN
                    k = base + 2 * sum(1 for c, _ in self._masks.values() if (ord(c) >= _MASK_OPEN) != slot.barrier)
                    self._masks[slot.mentions] = (chr(k), chr(k + 1))
                first, rest = self._masks[slot.mentions]
                slot_regex[name] = f"{first}{rest}*"
                continue
            if isinstance(slot, SlotTerms):
                words = list(slot.all())
            else:
                words = [w for e in slot for w in e.terms.all()]
                self._ids[name] = {_fold(w): e.id for e in slot for w in e.terms.all()}
                self._max[name] = {e.id: e.max for e in slot}
            slot_regex[name] = _slot_pattern(words)
            words_of[name] = words
        #: each slot and built-in alone, to tell whether a text holds it at all
        self._alone = {name: re.compile(body, re.IGNORECASE) for name, body in {**_BUILTINS, **slot_regex}.items()}
        table = grammar.table
        cells = table.patterns if table else ()
        self._vetoes = frozenset(p.id for p in (*grammar.patterns, *cells) if p.veto)
        #: pattern id → the mention kinds one of which its sentence must hold
        self._sentence_kinds = {p.id: frozenset(p.in_sentence_with) for p in grammar.patterns if p.in_sentence_with}
        self._patterns = self._compile_all(grammar.patterns, slot_regex)
        self._cell_patterns = self._compile_all(cells, slot_regex)
        #: the words heading a table column of this fact (empty: tables are not read)
        self.columns: tuple[str, ...] = table.columns.all() if table else ()
        # a quick check for the anchors: the slot's words in the lower-cased
        # text, as plain literals (a superset of where the slot matches)
        self._spotters = {name: re.compile(trie_pattern(sorted({w.lower() for w in words_of[name]}), _any_space))
                          for name in {a for p in (*grammar.patterns, *cells) for a in (*p.anchors, *p.each_with)}}
        #: pattern id → the slots that make each number of its lists a fact (each_with)
        self._each_with = {p.id: p.each_with for p in grammar.patterns if p.each_with}
        #: pattern id → how its numbers are judged, where not by the type's filters (judged)
        self._judged = {p.id: p.judged for p in grammar.patterns if p.judged != "by_type"}
        #: word slot → (its words as literals in the lower-cased text, the
        #: characters that make that check unsafe): a text the literals miss,
        #: holding none of those characters, holds no match of the slot
        self._quick = {name: (re.compile(trie_pattern(sorted({w.lower() for w in words}), _any_space)), _unsafe(words))
                       for name, words in words_of.items() if _lowers_alike(words)}
        #: every word at once of those slots a pattern needs (the gate asks of
        #: no other; a slot of common words such as "the" would make it hit
        #: everywhere): a text it misses holds none of them
        needed = {r for c in (*self._patterns, *self._cell_patterns) for need in c.required for r in need}
        self._in_any = frozenset(needed & set(self._quick))
        self._any_quick = re.compile(trie_pattern(sorted({w.lower() for name in self._in_any for w in words_of[name]}),
                                                  _any_space) or "(?!)")
        self._unusual = "".join(sorted(frozenset().union(*(odd for _, odd in self._quick.values()))))
        #: word slot → its words, lower-cased (for the gates); mention slot → its kind
        self._lower_words = {name: frozenset(w.lower() for w in words) for name, words in words_of.items()}
        #: word slot → its Latin words, where each is one run of letters a to z
        #: (lower-cased): in an ASCII text, matched whole, such a word is one of its runs
        self._letter_words = {}
        for name, words in self._lower_words.items():
            latin = [w for w in words if not has_cjk(w)]
            if all(_LETTER_RUN.fullmatch(w) for w in latin):
                self._letter_words[name] = frozenset(latin)
        self._mention_slots = {name: slot.mentions for name, slot in grammar.slots.items() if isinstance(slot, SlotMentions)}
        #: (table?, kind, patterns, Chinese?) → the gate of the expressions those select (None: none)
        self._gates: dict[tuple, _Gate | None] = {}
        self._using: dict[str, frozenset[str]] = {}
        #: the last text searched, its mentions' key, its _TextState and the
        #: mentions (held, so that their ids stay theirs): a fact type that
        #: asks twice of one sentence (vetoes, then facts) masks it once
        self._last: tuple | None = None
        #: (table?, kind, patterns, Chinese?) → the expressions those select
        self._selected: dict[tuple, list[_Compiled]] = {}
        #: (table?, kind, patterns) → the run sieve of the expressions those select on ASCII text
        self._sieves: dict[tuple, _RunSieve] = {}
        #: a character that makes a text's runs of letters or lower-cased
        #: characters no safe key of what a case-blind word matches (the
        #: slots' unusual characters; İ ı ſ K, which case-blind [A-Za-z] takes)
        self._odd_case = re.compile("[" + "".join(map(re.escape, sorted({*self._unusual, *_ODD_LATIN}))) + "]")
        self._ids_all = frozenset(p.id for p in grammar.patterns)
        expect_pieces(p for c in (*self._patterns, *self._cell_patterns) for need in c.pieces for p in need
                       if p < _WIDE)
        memo().save()

    def _compile_all(self, patterns, slot_regex: dict[str, str]) -> list[_Compiled]:
        return [
            self._compile(p.id, lang, i, source, slot_regex, p.anchors)
            for p in patterns for lang in LANGS for i, source in enumerate(getattr(p, lang))
        ]

    @staticmethod
    def _compile(pattern_id: str, lang: str, index: int, source: str, slots: dict[str, str],
                 anchors: tuple[str, ...] = ()) -> _Compiled:
        groups: dict[str, str] = {}

        def expand(m: re.Match) -> str:
            name, n, without = m.group(1), m.group(2), m.group(3)
            if without is not None and name != "clause":
                raise GrammarError(f"{{{name}:…!{without}}}: only {{clause:N!slot}} leaves out the words of a slot")
            if without is not None and without not in slots:
                raise GrammarError(f"{{clause:…!{without}}}: {without} is no slot of this file")
            if name == "gap":
                return _gap(int(n) if n else 3)
            if name == "clause":
                return _clause(int(n) if n else 30, slots[without] if without else None)
            body = slots.get(name, _BUILTINS.get(name))
            if body is None:
                known = ", ".join([*slots, *_BUILTINS, "gap", "clause"])
                raise GrammarError(f"{{{name}}} is no slot of this file (slots and built-ins: {known})")
            group = name if name not in groups else f"{name}_{len(groups)}"  # a slot used twice
            groups[group] = name
            return f"(?P<{group}>{body})"

        expanded = _REFERENCE.sub(expand, source)
        key = key_of(expanded, *(f"{g}={n}" for g, n in sorted(groups.items())))
        known = memo().get(key)
        if known is not None:  # compiled and checked before: compiled again when first searched
            required = tuple(frozenset(need) for need in known[0])
            literals = tuple((tuple(runs), bool(ignore_case)) for runs, ignore_case in known[1])
            return _Compiled(pattern_id, lang, index, expanded, groups, tuple(anchors), required, literals)
        try:
            regex = re.compile(expanded, re.IGNORECASE)
        except re.error as exc:
            raise GrammarError(f"pattern {source!r} is no regular expression: {exc}") from None
        if regex.search("") is not None:
            raise GrammarError(f"pattern {source!r} matches empty text")
        names = {number: groups[name] for name, number in regex.groupindex.items() if name in groups}
        required = tuple(dict.fromkeys(frozenset(names[g] for g in need)
                                       for need in _mandatory_groups(regex.pattern, names.get)
                                       if all(g in names for g in need)))
        literals = tuple(n for n in map(_unmasked, mandatory_texts(regex))
                         if n is not None and min(map(_rarity, n[0])) >= _LITERAL_MIN)
        memo().put(key, [[sorted(need) for need in required], [[list(runs), ignore_case] for runs, ignore_case in literals]])
        compiled = _Compiled(pattern_id, lang, index, expanded, groups, tuple(anchors), required, literals)
        compiled.__dict__["regex"] = regex  # the cached property, already known
        return compiled

    def pattern_ids(self) -> frozenset[str]:
        """The ids of every pattern."""
        return self._ids_all

    def judged(self, pattern_id: str) -> str:
        """How the numbers of a pattern's matches are judged (GrammarPattern.judged)."""
        return self._judged.get(pattern_id, "by_type")

    def patterns_using(self, slot: str) -> frozenset[str]:
        """The ids of the patterns that name ``slot`` in any expression."""
        if slot not in self._using:
            self._using[slot] = frozenset(c.pattern for c in self._patterns if slot in c.groups.values())
        return self._using[slot]

    def patterns_not_using(self, slot: str) -> frozenset[str]:
        """The ids of the patterns that name ``slot`` in no expression (one
        set for every call, so that a selection of them is known at once)."""
        key = "!" + slot
        if key not in self._using:
            self._using[key] = self._ids_all - self.patterns_using(slot)
        return self._using[key]

    def _present(self, part: str, state: "_TextState", original: str) -> bool:
        """Whether the masked text of ``state`` holds a match of a slot or
        built-in (remembered in ``state.present``); a word slot is first
        looked for as plain literals in the lower-cased ``original`` (masking
        only takes matches away), the full expression run only where they are."""
        present = state.present
        if part not in present:
            quick = self._quick.get(part)
            if quick is not None and state.runs is not None:
                letters = self._letter_words.get(part)
                if letters is not None:  # (its other words are Chinese: none in an ASCII text)
                    present[part] = held = not letters.isdisjoint(state.runs)
                    return held
            if quick is not None:
                lowered, unusual = state.lowered, state.unusual
                if not lowered:
                    lowered.append(_lowered(original))
                if not unusual:
                    unusual.append(frozenset(c for c in self._unusual if c in original))
                none = False  # of the words of every slot a pattern needs, the text holds none
                if part in self._in_any:
                    if not state.any_word:
                        state.any_word.append(self._any_quick.search(lowered[0]) is not None)
                    none = not state.any_word[0]
                if (none or quick[0].search(lowered[0]) is None) and quick[1].isdisjoint(unusual[0]):
                    present[part] = False
                    return False
                low = self._searched_lowered(state)
                if low is not None:
                    present[part] = self._holds_whole(part, low)
                    return present[part]
            elif part in _NUMBERS and _NUMBER_CHAR.search(state.searched) is not None:
                present[part] = True
                return True
            present[part] = self._alone[part].search(state.searched) is not None
        return present[part]

    def _searched_lowered(self, state: "_TextState") -> str | None:
        """The masked text lower-cased, where a case-blind word matches in
        the text exactly where the word lower-cased stands in this copy:
        neither holds a character of ``_odd_case`` (whose case the engine
        reads otherwise) and no character lower-cases to two.  None else."""
        held = state.searched_lowered
        if not held:
            searched = state.searched
            low = searched.lower()
            held.append(low if len(low) == len(searched) and self._odd_case.search(searched) is None
                        and self._odd_case.search(low) is None else None)
        return held[0]

    #: word slot → (its Latin words, its other words) as expressions over
    #: the lower-cased text (made on first use; see :meth:`_holds_whole`)
    _lowered_alone: dict | None = None

    def _holds_whole(self, slot: str, low: str) -> bool:
        """Whether the lower-cased masked text ``low`` holds a word of a word
        slot as the slot's expression finds it: a Latin word whole (no
        letter before or after it), any other as written.  The same answer
        as the slot's case-blind expression on the masked text, searched
        faster: an expression of plain lower-case literals skips at once to
        where one may start, which a case-blind one led by a look-behind
        cannot."""
        made = self._lowered_alone
        if made is None:
            made = self._lowered_alone = {}
        rx = made.get(slot)
        if rx is None:
            words = self._lower_words[slot]
            latin = sorted(w for w in words if not has_cjk(w))
            other = sorted(w for w in words if has_cjk(w))
            rx = made[slot] = (re.compile(f"(?:{trie_pattern(latin, _any_space)})(?![a-z])") if latin else None,
                               re.compile(trie_pattern(other, _any_space)) if other else None)
        latin, other = rx
        if other is not None and other.search(low) is not None:
            return True
        if latin is not None:
            hit = latin.search(low)
            while hit is not None:
                at = hit.start()
                if not at or not ("a" <= low[at - 1] <= "z"):
                    return True
                hit = latin.search(low, at + 1)
        return False

    @property
    def mention_kinds(self) -> tuple[str, ...]:
        """The mention kinds the grammar's mention slots stand for."""
        return tuple(self._masks)

    def find(self, text: str, kind: str | None = None, *, mentions: Iterable = (),
             patterns: Collection[str] | None = None, holds: Collection[str] = ()) -> list[GrammarMatch]:
        """Every match in ``text``, leftmost-longest first, none overlapping;
        ``kind`` "veto" for the veto patterns only, "fact" for the others.

        ``mentions`` are the matchers' mentions of the sentence (those of the
        kinds of the mention slots are used); ``patterns`` keeps only the
        patterns of those ids (a fact type that reads two kinds of match,
        which may overlap, asks for each in turn).  Chinese expressions are
        tried only on a text holding Chinese characters, a pattern with
        ``anchors`` only on a text holding a word of one of them, and any
        pattern only on a text holding, of each part every match needs, one.
        ``holds``: the mention kinds the sentence holds (a pattern with
        ``in_sentence_with`` is tried only where one of its kinds is held).
        """
        return self._find(self._patterns, text, kind, mentions, patterns, holds)

    def veto_spans(self, text: str, *, mentions: Iterable = ()) -> list[tuple[int, int]]:
        """The (start, end) of every match of the veto patterns in ``text``:
        what the file says is not its fact ("passaged three times")."""
        return [(m.start, m.end) for m in self.find(text, "veto", mentions=mentions)]

    def find_in_cell(self, text: str, kind: str | None = None, *, mentions: Iterable = ()) -> list[GrammarMatch]:
        """Every match of the table patterns in the text of one cell."""
        return self._find(self._cell_patterns, text, kind, mentions, None)

    def may_find(self, text: str, kind: str | None = None, *, mentions: tuple = (),
                 patterns: Collection[str] | None = None) -> bool:
        """Whether :meth:`find` with these arguments may find anything: False
        when the checks it makes before trying any expression (the gate and
        the run sieve of the expressions selected) already turn the text
        down, so that a fact type may pass over a sentence at once, or
        leave only expressions whose own runs (:attr:`_Compiled.literals`,
        asked next) it does not hold.  ``mentions`` as a tuple."""
        selected = self._screened(self._patterns, text, kind, mentions, patterns)
        return selected is not None and any(c.written_in(text) for c in selected)

    def ascii_screen(self, kind: str | None = None, patterns: Collection[str] | None = None,
                     mentions: bool = True) -> "AsciiScreen":
        """What :meth:`may_find` with ``kind`` and ``patterns`` says of an
        ASCII text, told by what one pass over a sentence knows of it (its
        runs of letters and its mention kinds): :class:`AsciiScreen`.
        ``mentions``: whether the call passes the sentence's mentions."""
        wanted = None if patterns is None else frozenset(patterns)
        selected = self._selection(self._patterns, kind, wanted, False)
        return AsciiScreen(
            self._gate(self._patterns, kind, wanted, False), selected,
            self._sieve(self._patterns, kind, wanted, False, selected, True, False),
            self._sieve(self._patterns, kind, wanted, False, selected, True, True) if mentions else None,
            frozenset(self._masks) if mentions else frozenset(), mentions)

    def _screened(self, compiled: list[_Compiled], text: str, kind: str | None, mentions: tuple,
                  patterns: Collection[str] | None) -> list[_Compiled] | None:
        """The expressions of ``compiled`` selected for ``text`` that its gate
        and run sieve leave to try (None: none is left)."""
        seen = _seen(text)
        chinese = seen[2]
        plans = self._plans
        if plans is None:
            plans = self._plans = {}
        wanted = patterns if patterns is None or type(patterns) is frozenset else frozenset(patterns)
        key = (compiled is self._cell_patterns, kind, wanted, chinese)
        plan = plans.get(key)
        if plan is None:
            plan = plans[key] = (self._gate(compiled, kind, wanted, chinese),
                                 self._selection(compiled, kind, wanted, chinese), {})
        gate, selected, sieves = plan
        if gate is not None and gate.shuts(text, seen[1], mentions, seen):
            return None
        plain = seen[5]
        if plain or self._odd_case.search(text) is None:
            masked = bool(mentions) and any(m.kind in self._masks for m in mentions)
            sieve = sieves.get((plain, masked))
            if sieve is None:
                sieve = sieves[(plain, masked)] = self._sieve(compiled, kind, wanted, chinese, selected, plain, masked)
            keys = seen[4]
            selected = sieve.keep(selected, keys[0] if keys else _keys(text, seen), _pieces_held(text, seen))
            if not selected:
                return None
        return selected

    def _find(self, compiled: list[_Compiled], text: str, kind: str | None, mentions: Iterable,
              patterns: Collection[str] | None, holds: Collection[str] = ()) -> list[GrammarMatch]:
        mentions = tuple(mentions)
        selected = self._screened(compiled, text, kind, mentions, patterns)
        if selected is None:
            return []
        state = self._state(text, mentions)
        searched, at, present, spotted, lowered = state.searched, state.at, state.present, state.spotted, state.lowered
        literal = state.literal
        found: list[GrammarMatch] = []
        asks = self._sentence_kinds
        for c in selected:
            if asks and c.pattern in asks and asks[c.pattern].isdisjoint(holds):
                continue  # the sentence holds no mention of a kind the pattern asks for
            if c.anchors:
                if not lowered:
                    lowered.append(_lowered(text))
                for a in c.anchors:
                    held = spotted.get(a)
                    if held is None:
                        held = self._holds(a, lowered[0], spotted)
                    if held:
                        break
                else:
                    continue
            if not c.written_in(text, literal):  # of each set, one run the expression writes itself
                continue
            tried = True
            for need in c.required:  # of each, one part every match needs
                for r in need:
                    held = present.get(r)
                    if held is None:
                        held = self._present(r, state, text)
                    if held:
                        break
                else:
                    tried = False  # a part every match needs is nowhere in the text
                    break
            if not tried:
                continue
            for m in c.regex.finditer(searched):
                if m.end() == m.start():
                    continue
                parts: dict[str, list[tuple[int, int]]] = {}
                for group, name in c.groups.items():
                    if m.group(group) is not None:
                        parts.setdefault(name, []).append(m.span(group))
                found.append(GrammarMatch(c.pattern, c.lang, c.index, m.start(), m.end(), parts, text, at))
        found.sort(key=lambda g: (g.start, -(g.end - g.start)))
        kept: list[GrammarMatch] = []
        for g in found:
            if not kept or g.start >= kept[-1].end:
                kept.append(g)
        return kept

    #: (table?, kind, patterns, Chinese?) → (the gate, the expressions
    #: selected, their sieves by (ASCII text?, masked?)), made on first use
    _plans: dict | None = None

    def _state(self, text: str, mentions: Iterable) -> "_TextState":
        """The masked text and what is known of it, kept from the last call
        when it asked of the same text with the same mentions."""
        masks = self._masks
        if masks:
            # mentions are frozen: the same objects are the same spans (held
            # below, so that no other object takes one of their ids)
            mentions = tuple(mentions)
            key = tuple(map(id, mentions))
        else:
            key = ()
        last = self._last
        if last is not None and last[1] == key and last[0] == text:
            return last[2]
        searched, at = masked(text, mentions, masks) if masks else (text, {})
        state = _TextState(searched, at, _seen(text)[2], {}, {}, [])
        if not at and _seen(text)[5]:
            state.runs = _runs(text)  # an ASCII text, nothing masked: its words are its runs of letters
        self._last = (text, key, state, mentions)
        return state

    def _selection(self, compiled: list[_Compiled], kind: str | None, patterns: Collection[str] | None,
                   chinese: bool) -> list[_Compiled]:
        """The expressions of ``compiled`` a call tries: of ``patterns``, of
        the ``kind``, Chinese ones only on Chinese text."""
        wanted = None if patterns is None else frozenset(patterns)
        key = (compiled is self._cell_patterns, kind, wanted, chinese)
        selected = self._selected.get(key)
        if selected is None:
            selected = [c for c in compiled
                        if (wanted is None or c.pattern in wanted)
                        and (c.lang != "zh" or chinese)
                        and (kind is None or (c.pattern in self._vetoes) == (kind == "veto"))]
            self._selected[key] = selected
        return selected

    def _gate(self, compiled: list[_Compiled], kind: str | None, patterns: Collection[str] | None,
              chinese: bool) -> _Gate | None:
        """The gate of the expressions a call tries (None: there is none, each
        is tried as it says).  Of each expression it takes one thing every
        match of it needs, the likeliest to be missing: its anchors, or one of
        its required parts made of word slots (the shortest word longest) and
        mention slots."""
        wanted = None if patterns is None else frozenset(patterns)
        key = (compiled is self._cell_patterns, kind, wanted, chinese)
        if key in self._gates:
            return self._gates[key]
        selected = self._selection(compiled, kind, patterns, chinese)
        words: set[str] = set()
        kinds: set[str] = set()
        unsafe: set[str] = set()
        closes = False
        for c in selected:
            need = self._gate_need(c)
            if need is None:
                break
            words |= need[0]
            kinds |= need[1]
            unsafe |= need[2]
        else:
            closes = bool(words or kinds)
        runs: set[str] | None = set()
        run_kinds: set[str] = set()
        for c in selected:
            need = self._run_need(c)
            if need is None:
                runs = None
                break
            runs |= need[0]
            run_kinds |= need[1]
        if runs is not None and not (runs or run_kinds):
            runs = None
        gate: _Gate | None = None
        if closes or runs is not None:
            # a text may bring a mask character of its own (private-use glyphs)
            unsafe |= {ch for k in kinds for ch in self._masks[k]}
            gate = _Gate(
                re.compile(trie_pattern(sorted(_innermost(words)), _any_space)) if words else None,
                frozenset(kinds),
                re.compile("[" + "".join(re.escape(ch) for ch in sorted(unsafe)) + "]") if unsafe else None,
                closes,
                None if runs is None else frozenset(runs),
                frozenset(run_kinds),
                frozenset(self._masks),
                frozenset(self._masks) | frozenset(run_kinds),
                frozenset(_innermost(words)),
            )
        self._gates[key] = gate
        return gate

    def _sieve(self, compiled: list[_Compiled], kind: str | None, patterns: Collection[str] | None, chinese: bool,
               selected: list[_Compiled], plain: bool, masked: bool) -> _RunSieve:
        """The sieve that tells, of ``selected``, the expressions a text may
        match, by its :func:`_keys`: every part an expression needs that is
        made of words must have a word standing in the text, and such a word stands whole
        in it - its first run of letters a run of the text ("followed" of
        "followed up", "d" of days) - or, Chinese, starts with one of its
        characters.  ``plain``: the text is ASCII (no Chinese word stands in
        it); ``masked``: it holds mentions of a masked kind (a mask makes
        new word boundaries: only Chinese words are told, and a part a
        mention may stand for is not); else a part made only of mentions
        stands nowhere."""
        key = (compiled is self._cell_patterns, kind, None if patterns is None else frozenset(patterns),
               chinese, plain, masked)
        sieve = self._sieves.get(key)
        if sieve is None:
            sieve = self._sieves[key] = _RunSieve.of(selected, lambda need: self._need_keys(need, plain, masked))
        return sieve

    def _need_keys(self, need: frozenset[str], plain: bool, masked: bool) -> frozenset[str] | None:
        """The keys (:func:`_keys`) one of which a text holds when it holds a
        part an expression needs: of each of its words, the first run of
        letters of a Latin word, the first character of a Chinese one.  None
        when that cannot be told: a word starting with another character, or
        a Latin word or a mention where masks stand (``masked``)."""
        if not all(r in self._quick or r in self._mention_slots for r in need):
            return None
        if masked and any(r in self._mention_slots for r in need):
            return None
        keys: set[str] = set()
        for r in need:
            for word in self._lower_words.get(r, ()) if r in self._quick else ():
                if has_cjk(word):
                    if plain:
                        continue  # it cannot stand in an ASCII text
                    if word[0] < _WIDE:
                        return None
                    keys.add(word[0])
                    continue
                first = _LETTER_RUN.match(word)
                if masked or first is None or not word.isascii():
                    return None
                keys.add(first.group())
        return frozenset(keys)

    def _run_need(self, c: _Compiled) -> tuple[frozenset[str], frozenset[str]] | None:
        """(runs of letters, mention kinds): of one expression, one required
        part as an ASCII text holds it - the first run of letters of each of
        its words (words with a Chinese character cannot be in such a text)
        or a mention of its kinds; None when no part can be told so (a word
        starting with another character, or with a letter outside ASCII)."""
        options: list[tuple[int, tuple[frozenset[str], frozenset[str]]]] = []
        for need in c.required:
            runs = self._need_keys(need, plain=True, masked=False)
            if runs is None:
                continue
            kinds = frozenset(self._mention_slots[r] for r in need if r in self._mention_slots)
            score = min([*map(len, runs), *([self._GATE_MENTION] if kinds else [])], default=0)
            options.append((score, (runs, kinds)))
        if not options:
            return None
        return max(options, key=lambda o: o[0])[1]

    #: a word rarer than this (:func:`_rarity`) is found almost everywhere
    #: ("d" for days): a gate of such words would shut almost nothing
    _GATE_MIN_WORD = 3
    #: how likely a mention slot is to be missing, counted like a word's rarity
    _GATE_MENTION = 4

    def _gate_need(self, c: _Compiled) -> tuple[frozenset[str], frozenset[str], frozenset[str]] | None:
        """(words, mention kinds, unsafe characters): of one expression, what
        a text must hold for it to be tried and match; None when nothing
        worth a check is known."""
        options: list[tuple[int, tuple]] = []
        if c.anchors:  # tried only on a text holding an anchor's word: exactly the gate's check
            spotted = frozenset().union(*(self._lower_words[a] for a in c.anchors))
            options.append((min(map(_rarity, spotted), default=0), (spotted, frozenset(), frozenset())))
        for need in c.required:
            if not all(r in self._quick or r in self._mention_slots for r in need):
                continue
            words = frozenset().union(*(self._lower_words[r] for r in need if r in self._quick))
            kinds = frozenset(self._mention_slots[r] for r in need if r in self._mention_slots)
            unsafe = frozenset().union(*(self._quick[r][1] for r in need if r in self._quick))
            score = min([*map(_rarity, words), *([self._GATE_MENTION] if kinds else [])])
            options.append((score, (words, kinds, unsafe)))
        if not options or max(o[0] for o in options) < self._GATE_MIN_WORD:
            # no slot worth a check: the runs the expression writes itself
            # (one of each set stands in the text, outside any mask), as
            # :func:`may_match` asks for them - in the lower-cased text,
            # which a text holding İ ı ſ K may not show
            options = [(min(map(_rarity, runs)), (frozenset(runs), frozenset(),
                                                  frozenset(_ODD_LATIN) if ignore_case else frozenset()))
                       for runs, ignore_case in c.literals]
        if not options:
            return None
        score, best = max(options, key=lambda o: o[0])
        return best if score >= self._GATE_MIN_WORD else None

    def _holds(self, slot: str, lowered: str, spotted: dict[str, bool]) -> bool:
        if slot not in spotted:
            spotted[slot] = self._spotters[slot].search(lowered) is not None
        return spotted[slot]

    def each_number_counts(self, match) -> bool:
        """Does every number of a list in ``match`` count, not only the last?
        (its pattern's ``each_with`` slots: a word of one in the match's
        clause or the clause right after it: "…of 12 and 18 months, respectively")"""
        slots = self._each_with.get(match.pattern)
        if not slots:
            return False
        text = match.text
        left = self._clause_start(text, match.start)
        right = self._clause_end(text, match.end)
        if text[right:right + 1] in (",", "，"):  # and the clause a comma joins on
            right = self._clause_end(text, right + 1)
        clause = text[left:right].lower()
        return any(self._spotters[slot].search(clause) for slot in slots)

    @staticmethod
    def _clause_start(text: str, end: int) -> int:
        """Where the clause holding ``text[end - 1]`` starts: after the last clause break before ``end``."""
        return max((text.rfind(c, 0, end) for c in _CLAUSE_BREAKS), default=-1) + 1

    @staticmethod
    def _clause_end(text: str, start: int) -> int:
        """Where the clause from ``start`` ends: at the next clause break (or the text's end)."""
        ends = [i for i in (text.find(c, start) for c in _CLAUSE_BREAKS) if i >= 0]
        return min(ends, default=len(text))

    def is_veto(self, pattern_id: str) -> bool:
        """Is the pattern a veto (``veto: true``): what is not the fact?"""
        return pattern_id in self._vetoes

    def slot_id(self, slot: str, word: str | None) -> str | None:
        """The id of the slot entry ``word`` belongs to (None: not a word of it;
        a hyphen where the entry has a space is a space: "adipose-tissue")."""
        if word is None:
            return None
        ids = self._ids.get(slot, {})
        return ids.get(_fold(word)) or ids.get(_fold(re.sub(r"\s*-\s*", " ", word)))

    def words(self, slot: str) -> frozenset[str]:
        """The words of a word slot, lower-cased (none for a mention slot or no slot)."""
        return self._lower_words.get(slot, frozenset())

    def slot_max(self, slot: str, entry_id: str) -> float | None:
        return self._max.get(slot, {}).get(entry_id)


#: a run of an expression's own characters rarer than this (:func:`_rarity`)
#: is found almost everywhere ("of", "d"): not worth asking
_LITERAL_MIN = 3


_MASK_CHARS = re.compile(f"[{chr(_MASK_BARRIER)}-{chr(_MASK_OPEN + 0xFF)}]")


def _unmasked(need: tuple[tuple[str, ...], bool]) -> tuple[tuple[str, ...], bool] | None:
    """A set of runs as the text before masking holds them: each run cut to
    its longest piece without a mask character (a mention slot's); None when
    a run is all masks."""
    runs, ignore_case = need
    pieces = tuple(max(_MASK_CHARS.split(r), key=len) for r in runs)
    return (tuple(dict.fromkeys(pieces)), ignore_case) if all(pieces) else None


def _mandatory_groups(pattern: str, name_of=None) -> list[frozenset[int]]:
    """What every match of ``pattern`` passes through, as groups that must
    match: each item a set of group numbers of which at least one does
    (one group; or one per alternative of an alternation).  Optional parts
    and negative lookarounds need nothing; what a positive lookahead or
    lookbehind asks for stands in the text too, outside the match.  With ``name_of`` (group number → the slot
    it stands for), a slot every alternative needs is needed on its own
    ("{unit} {numbers}|{numbers} {unit}" needs a unit and a number, not one
    of them)."""
    import re._constants as c  # noqa: PLC0415 - the regex parser of the standard library
    import re._parser as parser  # noqa: PLC0415

    def walk(items) -> list[frozenset[int]]:
        out: list[frozenset[int]] = []
        for op, av in items:
            if op is c.SUBPATTERN:
                group, _, _, sub = av
                if group:
                    out.append(frozenset({group}))
                out += walk(sub)
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
                low, _, sub = av
                if low >= 1:
                    out += walk(sub)
            elif op is c.BRANCH:
                needs = [walk(b) for b in av[1]]
                if needs and all(needs):  # one of the alternatives' needs, whichever is taken
                    common = _needed_by_all(needs, name_of) if name_of is not None else []
                    out += common or [frozenset().union(*(min(n, key=len) for n in needs))]
            elif op is getattr(c, "ATOMIC_GROUP", None):
                out += walk(av)
            elif op is c.ASSERT:  # a lookahead or lookbehind: the text holds what it asks for
                out += walk(av[1])
        return out

    return walk(parser.parse(pattern, re.IGNORECASE))


def _needed_by_all(needs: list[list[frozenset[int]]], name_of) -> list[frozenset[int]]:
    """Of the needs of each alternative (sets of group numbers), those that
    name the same slots in every alternative, each as the union of its
    groups there (the groups differ, the slots they stand for do not)."""
    def named(need: frozenset[int]) -> frozenset | None:
        slots = frozenset(name_of(g) for g in need)
        return None if None in slots else slots

    by_slots = [{named(n): n for n in branch if named(n) is not None} for branch in needs]
    shared = set(by_slots[0]).intersection(*by_slots[1:])
    return [frozenset().union(*(b[slots] for b in by_slots)) for slots in sorted(shared, key=sorted)]


def _innermost(words: Iterable[str]) -> set[str]:
    """The words holding no other of them: a text holds one of ``words``
    when it holds one of these ("inject" stands for "injected" too; runs of
    white space are squeezed to one space, which matches any run)."""
    squeezed = {" ".join(w.split()) or " " for w in words}
    return {s for s in squeezed if not any(o != s and o in s for o in squeezed)}


def mandatory_text(regex: re.Pattern, every: bool = False):
    """Runs of characters one of which every match of ``regex`` holds, and
    whether case is ignored in them (None: none are known).

    Characters written as themselves in the expression's main sequence count
    (groups open in place, zero-width assertions are passed over, what a
    positive lookahead or lookbehind asks for counts as runs of its own: the
    text holds it, outside the match), and of an
    alternation whose every branch has such runs, all of them (one of them),
    and of a class of characters written out one by one, its characters.
    Of what is known, the runs whose shortest is longest.  A text holding
    none of them cannot match.  With ``True`` the runs are ASCII (Chinese
    characters, which have no case, may stand among them), lower-cased, to
    be looked for in the lower-cased text, which only a text holding none of
    İ ı ſ K makes safe (a case-blind "k" matches the Kelvin sign;
    :func:`may_match`).  With ``every``, each set of runs known, as a tuple
    of such pairs (:func:`mandatory_texts`).
    """
    import re._constants as c  # noqa: PLC0415 - the regex parser of the standard library
    import re._parser as parser  # noqa: PLC0415
    from re._casefix import _EXTRA_CASES  # noqa: PLC0415

    def needs(items) -> list[tuple[str, ...]]:
        """Of a sequence: each item a set of runs, one of which every match holds."""
        out: list[tuple[str, ...]] = []
        current: list[str] = []

        def flush() -> None:
            if current:
                out.append(("".join(current),))
                current.clear()

        def walk(seq) -> None:
            for op, av in seq:
                if op is c.LITERAL:
                    current.append(chr(av))
                elif op is c.AT or op in (c.ASSERT, c.ASSERT_NOT):
                    if op is c.ASSERT:  # a lookahead or lookbehind: the text holds what it asks for, apart
                        out.extend(needs(av[1]))
                    continue  # zero width: the characters either side still touch
                elif op is c.SUBPATTERN and not av[1] and not av[2]:
                    walk(av[3])
                elif op is c.BRANCH:
                    flush()
                    best = [max(needs(branch), key=lambda n: min(map(len, n)), default=None) for branch in av[1]]
                    if best and all(b is not None for b in best):  # one of each branch's
                        out.append(tuple(dict.fromkeys(r for b in best for r in b)))
                elif op is c.IN and av and all(o is c.LITERAL for o, _ in av):
                    flush()  # a class of characters written out ([↑⬆]): one of them
                    out.append(tuple(dict.fromkeys(chr(x) for _, x in av)))
                else:
                    flush()

        walk(items)
        flush()
        return out

    try:
        found = needs(parser.parse(regex.pattern, regex.flags))
    except Exception:  # noqa: BLE001 - whatever the parser makes of it, nothing is known
        return None
    if not found:
        return None
    if every:
        return tuple(n for runs in found if (n := _looked_for(runs, regex.flags, _EXTRA_CASES)) is not None)
    return _looked_for(max(found, key=lambda n: min(map(len, n))), regex.flags, _EXTRA_CASES)


def _looked_for(runs: tuple[str, ...], flags: int, extra_cases) -> tuple[tuple[str, ...], bool] | None:
    """Runs of a (case-blind?) expression as :func:`mandatory_text` gives them."""
    if not flags & re.IGNORECASE:
        return runs, False

    def caseless(ch: str) -> bool:
        return ch.lower() == ch == ch.upper() == ch.casefold() and ord(ch) not in extra_cases

    if all(caseless(ch) for r in runs for ch in r):
        return runs, False
    # ASCII and Chinese ("case" or 例): Chinese characters have no case
    return (tuple(r.lower() for r in runs), True) \
        if all(ch.isascii() or (ch >= _WIDE and caseless(ch)) for r in runs for ch in r) else None


def mandatory_texts(regex: re.Pattern) -> tuple[tuple[tuple[str, ...], bool], ...]:
    """Every set of runs :func:`mandatory_text` knows of ``regex``, not only
    the one it chooses: a text that may match holds one run of each."""
    return mandatory_text(regex, every=True) or ()


#: a character outside ASCII that a case-blind ASCII letter matches (İ ı ſ K)
ODD_LATIN_CHAR = re.compile(f"[{_ODD_LATIN}]")


def may_match(needs: tuple[tuple[str, ...], bool] | None, text: str) -> bool:
    """Whether ``text`` may hold a match of an expression, told by what
    :func:`mandatory_text` says every match of it holds (``needs``; None:
    nothing is known, any text may).  Runs to be looked for in the
    lower-cased text are looked for there unless the text holds a character
    outside ASCII that a case-blind ASCII letter matches."""
    if needs is None:
        return True
    runs, ignore_case = needs
    if ignore_case:
        if not text.isascii() and ODD_LATIN_CHAR.search(text) is not None:
            return True
        text = lower_cased(text)
    for run in runs:
        if run in text:
            return True
    return False


def _rarity(word: str) -> int:
    """How seldom a word is met, roughly: its length, a Chinese character
    or a symbol ("=", "×", "±": no letter, digit or punctuation mark of
    prose) counting three (年 is as rare as "day", "d" is everywhere)."""
    return sum(3 if has_cjk(ch) or unicodedata.category(ch)[0] == "S" else 1 for ch in word if not ch.isspace())


def _lowers_alike(words: Iterable[str]) -> bool:
    """Whether each word lower-cases character by character (no "İ")."""
    return all(len(w.lower()) == len(w) for w in words)


def _unsafe(words: Iterable[str]) -> frozenset[str]:
    """The characters a case-blind expression of ``words`` matches that
    lower-case to some other character than the word's ("ſ" for s, "ı" for
    i, a final "Σ" for σ): a text holding one is searched in full."""
    from re._casefix import _EXTRA_CASES  # noqa: PLC0415 - the standard library's case equivalences

    chars = {ch for w in words for ch in w.lower()}
    odd = {chr(x) for ch in chars for x in _EXTRA_CASES.get(ord(ch), ())}
    if "i" in chars:
        odd.add("\u0130")  # İ: lower-cases to two characters
    if chars & {"σ", "ς"}:
        odd.add("Σ")
    return frozenset(odd)


def masked(text: str, mentions: Iterable, masks: dict[str, tuple[str, str]]) -> tuple[str, dict]:
    """``text`` with each mention of a masked kind replaced by its mask
    characters (same length, so offsets hold), and (start, end) → mention.
    Of overlapping mentions the longest is masked."""
    mentions = [m for m in mentions if m.kind in masks]
    if not mentions:
        return text, {}
    chars = list(text)
    taken = [False] * len(text)
    at: dict[tuple[int, int], object] = {}
    for m in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        if m.end <= m.start or m.end > len(text) or any(taken[m.start:m.end]):
            continue
        first, rest = masks[m.kind]
        chars[m.start:m.end] = [first] + [rest] * (m.end - m.start - 1)
        taken[m.start:m.end] = [True] * (m.end - m.start)
        at[(m.start, m.end)] = m
    return "".join(chars), at


def numbers_of(text: str | None) -> list[float]:
    """The values of a ``{numbers}`` or ``{number}`` part: "1, 3 and 6" → [1, 3, 6]."""
    if not text:
        return []
    out = []
    for piece in _SPLIT_NUMBERS.split(text):
        value = parse_number(piece) if piece.strip() else None
        if value is not None:
            out.append(value)
    return out


def _fold(word: str) -> str:
    return " ".join(word.split()).casefold()


def compile_grammar(grammar: GrammarFile) -> CompiledGrammar:
    return CompiledGrammar(grammar)
