"""Dictionary matching: every term of the rule files, found in a sentence.

Three mechanisms, each leaving its name on the mentions it makes:

* ``<kind>.term`` — spaCy ``PhraseMatcher`` over the sentence's tokens (jieba
  for Chinese, with the rule terms in jieba's dictionary so that 脐带MSC stays
  one token), case-insensitive except for abbreviations the rules mark
  case-sensitive (``MSC`` ≠ ``msc``);
* ``<kind>.substring`` — for Chinese terms jieba happened to cut differently
  in context (a term inside a longer dictionary word), a plain scan of the
  text, so a segmentation accident never costs a match;
* ``<kind>.pattern`` — the regular expressions of the rule files;
* ``cell_type.fuzzy`` — rapidfuzz for near-variants a dictionary cannot
  list (``adipose derived stromal cell``), with the threshold of
  ``settings.yaml`` and the offsets from ``partial_ratio_alignment``.

Matching runs on a width-folded copy of the sentence (``ＦＳＨ`` → ``FSH``,
``，`` → ``,``), one code point for one, so offsets index the original.
Overlaps are resolved within groups of kinds that compete for the same words
(entities; direction and comparison cues; negation cues), longest first;
excluded strings (``FSHR``, ``卵巢早衰``) remove the terms inside them.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from ..lang.script import IDEOGRAPH, has_cjk
from ..lang.trie import trie_pattern as _trie_pattern
from ..layout.glyphs import fold_width
from .mentions import Mention
from ..ruleset.grammar import ODD_LATIN_CHAR, letter_runs, lower_cased, mandatory_text, mandatory_texts
from ..ruleset.model import Kind, RuleSet, Term
from . import tokens
from .tokens import Tokenizers

#: kinds matched from the dictionaries, and the group each competes in
GROUPS: dict[str, str] = {
    Kind.CELL_TYPE.value: "entity",
    Kind.NOT_CELL_TYPE.value: "entity",
    Kind.ROUTE.value: "entity",
    # guidance may lie inside a route phrase ("laparoscopic injection")
    Kind.GUIDANCE.value: "guidance",
    Kind.HORMONE.value: "entity",
    Kind.DIRECTION.value: "cue",
    Kind.COMPARISON.value: "cue",
    Kind.NEGATION.value: "negation",
    Kind.PSEUDO_NEGATION.value: "negation",
    Kind.TERMINATOR.value: "negation",
    Kind.HEDGE.value: "hedge",
    Kind.SPECIES.value: "species",
    Kind.IN_VITRO.value: "in_vitro",
    Kind.DISEASE_MODEL.value: "disease_model",
}
#: at equal length, the first kind wins ("高于" as comparison, not increase;
#: a pseudo-negation or terminator over a negation cue)
_PRIORITY = {
    Kind.COMPARISON.value: 0,
    Kind.DIRECTION.value: 1,
    Kind.PSEUDO_NEGATION.value: 0,
    Kind.TERMINATOR.value: 1,
    Kind.NEGATION.value: 2,
    Kind.NOT_CELL_TYPE.value: 2,
}

#: the head words a fuzzy match is looked for around (lower-cased, letters only)
_FUZZY_HEADS = frozenset({"cell", "cells", "msc", "mscs", "adsc", "adscs", "stromal", "stem"})
_FUZZY_HEAD = re.compile(r"\b(" + "|".join(sorted(_FUZZY_HEADS, key=lambda w: (-len(w), w))) + r")\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z0-9’'-]+")


_CJK = IDEOGRAPH


_has_cjk = has_cjk


class LiteralIndex:
    """Literal strings found in a text in one regular-expression pass.

    Terms are grouped (``group`` of each item) so that strings competing for
    the same words are found longest first at each position, while a string
    of another group starting there is still found.  The rules hold hundreds
    of Chinese terms and exclude strings; one compiled trie per group scans a
    sentence in C instead of one Python scan per term.
    """

    def __init__(self, items) -> None:
        by_group: dict[tuple[object, bool], dict[str, object]] = {}
        for needle, case_sensitive, payload, group in items:
            key = needle if case_sensitive else needle.lower()
            if key:
                by_group.setdefault((group, case_sensitive), {}).setdefault(key, payload)
        # case-insensitive strings are looked for in the lower-cased text:
        # an IGNORECASE pattern cannot skip ahead to its possible first characters
        self._scans = [
            (re.compile(_trie_pattern(payloads)), case_sensitive, payloads)
            for (group, case_sensitive), payloads in by_group.items()
        ]
        #: every piece of every string (as looked for: lower-cased unless case-sensitive)
        self._pieces = frozenset(key[i:j] for payloads in by_group.values() for key in payloads
                                 for i in range(len(key)) for j in range(i + 1, len(key) + 1))

    def may_cover(self, text: str, spans) -> bool:
        """Whether an occurrence in ``text`` may cover one of the (start, end)
        ``spans``: it would hold that span's text (lower-cased, unless the
        string is case-sensitive), so a text none of whose spans is a piece of
        any string has none."""
        pieces = self._pieces
        if "\u03a3" in text:  # Σ lower-cases by what stands around it
            return True
        for start, end in spans:
            piece = text[start:end]
            lowered = piece.lower()
            if piece in pieces or lowered in pieces or len(lowered) != len(piece):
                return True
        return False

    def find_all(self, text: str):
        """(start, end, payload) of every occurrence, longest per group and position."""
        lowered = text.lower()
        if len(lowered) != len(text):  # "İ" lower-cases to two code points
            lowered = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
        for regex, case_sensitive, payloads in self._scans:
            scanned = text if case_sensitive else lowered
            # searching again one character after each hit finds overlaps too
            hit = regex.search(scanned)
            while hit is not None:
                payload = payloads.get(hit.group())
                if payload is not None:
                    yield hit.start(), hit.end(), payload
                hit = regex.search(scanned, hit.start() + 1)


_LETTERS = re.compile(r"[a-z]+")


class _TermStarts:
    """Where a term may start in an ASCII sentence, told without its tokens.

    spaCy's English tokenizer cuts a text at white space, and in a run of
    letters only where one of its special cases says so ("cannot" → can,
    not): prefixes, suffixes and infixes are punctuation, symbols, or units
    after a digit.  So a term whose first token starts with a letter starts a
    run of ASCII letters of the lower-cased sentence, and that run is exactly
    the first token's letters up to its first other character ("huc" of
    hUC-MSCs, "e" of E2).  A sentence none of whose letter runs is one of
    those, holding no run that a special case cuts and none of the other
    terms (those not starting with a letter, looked for with white space
    squeezed out), holds no term.  Terms with a character outside ASCII are
    never in an ASCII sentence.  Past that first check, and unless a special
    case cuts a run of the sentence, a term stands in it as its tokens with
    only white space (or none) between them, one starting with a letter not
    right after a letter ("iv" of "derivative" is no term), one ending with
    a letter not right before one ("rat" of "ratio").
    """

    def __init__(self, patterns: list[list[str]], special_cases: dict, spaced: bool = True) -> None:
        """``spaced``: build the check of the terms' tokens as written too
        (without it, only :meth:`may_begin` may be asked)."""
        from spacy.attrs import ORTH

        firsts: set[str] = set()
        others: set[str] = set()
        for term in patterns:
            joined = "".join("".join(t.split()) for t in term)
            if not term or not joined or not joined.isascii():
                continue
            run = _LETTERS.match(term[0])
            if run is not None:
                firsts.add(run.group())
            else:
                others.add(joined)
        #: the letter runs a special case cuts in two ("cannot", "don" of "don't")
        cut: set[str] = set()
        letter = re.compile(r"[A-Za-z]")
        for string, pieces in special_cases.items():
            at = 0
            orths = [p[ORTH] for p in pieces]
            for a, b in zip(orths, orths[1:]):
                at += len(a)
                if 0 < at < len(string) and letter.match(string, at - 1) and letter.match(string, at):
                    i, j = at, at
                    while i > 0 and letter.match(string, i - 1):
                        i -= 1
                    while j < len(string) and letter.match(string, j):
                        j += 1
                    cut.add(string[i:j].lower())
        self.firsts = frozenset(firsts)
        self.others = tuple(sorted(others))
        self.cut = frozenset(cut)
        if not spaced:
            return
        # every term's tokens, white space allowed between them; one whose
        # first token starts with a letter is not preceded by a letter, one
        # whose last token ends with a letter not followed by one
        spaced = {" ".join(p for p in ("".join(t.split()) for t in term) if p) for term in patterns}
        spaced = {k for k in spaced if k and k.isascii()}
        # (one trie, each term's conditions written after its first and its
        # last character: every alternative then starts with a character,
        # and the engine skips to the places one of them stands)
        self._spaced = re.compile(_trie_pattern(sorted(spaced), _spaced_char, _spaced_end) or "(?!)")

    def may_start(self, lowered: str, runs: frozenset[str] | None = None) -> bool:
        """Whether a term may stand in the sentence (lower-cased, ASCII;
        ``runs``: its runs of letters, when known)."""
        if runs is None:
            runs = frozenset(_LETTERS.findall(lowered))
        if not runs.isdisjoint(self.cut):
            return True
        if runs.isdisjoint(self.firsts) and not (self.others and any(o in "".join(lowered.split()) for o in self.others)):
            return False
        # a term's tokens stand in the sentence as written, white space only between them
        return self._spaced.search(lowered) is not None

    def may_begin(self, lowered: str, runs: frozenset[str]) -> bool:
        """The first check of :meth:`may_start` alone: whether the sentence
        holds a run that a special case cuts, a term's first run of letters
        or one of the other terms."""
        return not runs.isdisjoint(self.cut) or not runs.isdisjoint(self.firsts) \
            or bool(self.others and any(o in "".join(lowered.split()) for o in self.others))


def _spaced_char(ch: str, first: bool) -> str:
    """A character of a term's tokens joined by spaces: a space is any white
    space or none; a first letter not right after a letter (the condition
    written after it, so that the expression starts with a character)."""
    if ch == " ":
        return r"\s*"
    return re.escape(ch) + ("(?<![a-z].)" if first and ch.isalpha() else "")


def _spaced_end(ch: str) -> str:
    """Where a term of tokens joined by spaces ends: a last letter not right before a letter."""
    return "(?![a-z])" if ch.isalpha() else ""


class _TermKeys:
    """Whether a sentence may hold a term, told without its tokens: the
    tokens of a match are pieces of the sentence with only white space
    between them, so the sentence, white space squeezed out and lower-cased,
    holds the term's tokens run together (a "Σ" lower-cases by what stands
    around it: such a sentence may hold any)."""

    def __init__(self, patterns: list[list[str]]) -> None:
        keys = {"".join("".join(t.split()) for t in tokens) for tokens in patterns} - {""}
        self._any = re.compile(_trie_pattern(sorted(keys)) or "(?!)")

    def may_hold(self, text: str) -> bool:
        return "\u03a3" in text or self._any.search("".join(text.split()).lower()) is not None

    def spans(self, text: str) -> list[tuple[int, int]] | None:
        """Where in ``text`` the terms' tokens may stand: the (start, end) of
        every place the squeezed, lower-cased text holds a key, the longest
        there (the trie's hit; an empty list: no term stands in it); None
        when that cannot be told (a Σ, or a character lower-cased to two)."""
        squeezed = "".join(text.split())
        lowered = squeezed.lower()
        if "\u03a3" in text or len(lowered) != len(squeezed):
            return None
        search = self._any.search
        hit = search(lowered)
        if hit is None:
            return []
        kept = [i for i, ch in enumerate(text) if not ch.isspace()] if len(squeezed) != len(text) else None
        out = []
        while hit is not None:
            at, end = hit.start(), hit.end()
            out.append((kept[at], kept[end - 1] + 1) if kept is not None else (at, end))
            hit = search(lowered, at + 1)
        return out


class _PatternRuns:
    """Which rule patterns a sentence may match, told by the runs of
    characters every match of each holds (:func:`mandatory_text`): the runs
    are looked for all at once, the case-blind ones in the lower-cased
    sentence, the others as written (a search again one character after
    each hit visits every place a run starts), instead of pattern by
    pattern.  A pattern of which nothing is known is always searched.

    Of an ASCII sentence whose runs of letters are known, a case-blind run
    made only of the letters a to z stands in the lower-cased text exactly
    where it stands inside one of those runs: what each run of letters
    holds is worked out once and remembered (a sentence's words are mostly
    words met before), the other case-blind runs are looked for as they
    are, and of the runs to be found as written only those in ASCII."""

    #: beyond this many runs of letters remembered, the memo starts afresh (a bound on memory)
    _MEMO_LIMIT = 200_000

    def __init__(self, needs: list[tuple[tuple[str, ...], bool] | None]) -> None:
        self.always = frozenset(i for i, n in enumerate(needs) if n is None)
        #: the patterns whose runs are case-blind (all of them may match where that cannot be told)
        self.caseless = frozenset(i for i, n in enumerate(needs) if n is not None and n[1])
        #: case-blind? → (every run as one expression, run → the patterns of
        #: every run it starts with: those a text holding it may match)
        self._scans: dict[bool, tuple[re.Pattern, dict[str, frozenset[int]]]] = {}
        for ignore_case in (True, False):
            users: dict[str, set[int]] = {}
            for i, n in enumerate(needs):
                if n is not None and n[1] == ignore_case:
                    for run in n[0]:
                        users.setdefault(run, set()).add(i)
            if not users:
                continue
            # the trie's hit at a place is the longest run starting there, and
            # the runs starting there are those it starts with
            self._scans[ignore_case] = (re.compile(_trie_pattern(sorted(users))),
                                        {r: frozenset().union(*(users.get(r[:k], ()) for k in range(1, len(r) + 1)))
                                         for r in users})
            if ignore_case:
                #: the case-blind runs of letters a to z, and the patterns of each; the other case-blind runs
                self._letter_runs = tuple((r, frozenset(users[r])) for r in sorted(users) if _LETTERS.fullmatch(r))
                self._other_runs = tuple((r, frozenset(users[r])) for r in sorted(users) if not _LETTERS.fullmatch(r))
            else:
                #: the runs to be found as written that an ASCII text may hold (the others it cannot)
                self._ascii_runs = tuple((r, frozenset(users[r])) for r in sorted(users) if r.isascii())
        #: run of letters of a text → the patterns of the case-blind runs inside it
        self._in_run: dict[str, frozenset[int]] = {}

    def possible(self, folded: str, caseless: str | None, runs: frozenset[str] | None = None) -> list[int]:
        """The patterns (their indices, in order) that may match ``folded``
        (``caseless``: its lower-cased copy, None when that cannot tell a
        case-blind run; ``runs``: the runs of letters a to z of ``caseless``
        when the text is ASCII, else None)."""
        out = set(self.always)
        for ignore_case, (regex, users) in self._scans.items():
            text = caseless if ignore_case else folded
            if text is None:
                out |= self.caseless
                continue
            if ignore_case and runs is not None:
                memo = self._in_run
                for run in runs:
                    found = memo.get(run)
                    if found is None:
                        if len(memo) >= self._MEMO_LIMIT:
                            memo.clear()
                        found = memo[run] = frozenset().union(*(users for r, users in self._letter_runs if r in run))
                    out |= found
                for r, users in self._other_runs:
                    if r in text:
                        out |= users
                continue
            if runs is not None:  # an ASCII text
                for r, users in self._ascii_runs:
                    if r in text:
                        out |= users
                continue
            search = regex.search
            hit = search(text)
            while hit is not None:
                out |= users[hit.group()]
                hit = search(text, hit.start() + 1)
        return sorted(out)


@dataclass(frozen=True, slots=True)
class _Entry:
    term: Term
    kind: str


class TermMatcher:
    """All dictionary kinds of a RuleSet, compiled once."""

    def __init__(self, rules: RuleSet, tokenizers: Tokenizers | None = None) -> None:
        self.rules = rules
        self.tokenizers = tokenizers or Tokenizers(rules.all_terms("zh"))
        self._entries: dict[int, _Entry] = {}
        # the PhraseMatchers of a language are built on its first sentence:
        # an English-only corpus never loads jieba's dictionary (~1 s)
        self._matchers: dict[str, tuple] = {}
        #: language → its pipeline's make_doc (the pipelines live as long as the process)
        self._make_doc: dict[str, object] = {}
        #: how the English terms start (built with the English PhraseMatchers)
        self._starts: _TermStarts | None = None
        #: where the case-sensitive English terms may start (built with the English PhraseMatchers)
        self._orth_starts: _TermStarts | None = None
        #: the Chinese pipeline's terms as one expression (built with its PhraseMatchers)
        self._zh_keys: _TermKeys | None = None
        #: the English terms as one expression, asked of a sentence outside ASCII
        self._en_keys: _TermKeys | None = None
        self._lock = threading.Lock()
        self._zh_terms = [_Entry(t, kind) for kind in GROUPS for t in rules.terms(kind) if t.lang == "zh"]
        self._zh_index = LiteralIndex(
            (e.term.text, e.term.case_sensitive, e, GROUPS[e.kind]) for e in self._zh_terms
        )
        self._exclude_index = LiteralIndex(
            (fold_width(t.text, punct=True), t.case_sensitive, t, "exclude") for kind in GROUPS for t in rules.excludes(kind)
        )
        #: (kind, pattern, what every match of it holds): a sentence without that is not searched
        self._patterns = [(kind, p, mandatory_text(p.regex)) for kind in GROUPS for p in _safe_patterns(rules, kind)]
        self._pattern_runs = _PatternRuns([needs for _, _, needs in self._patterns])
        #: of each pattern, the other sets of runs its matches hold (:func:`mandatory_texts`):
        #: the run scan asks for one set only, and a text missing another is not searched
        self._pattern_rest = [tuple(n for n in mandatory_texts(p.regex) if n != needs)
                              for _, p, needs in self._patterns]
        fuzzy = rules.settings.fuzzy
        self.fuzzy_threshold = float(fuzzy.threshold)
        self.fuzzy_min_length = int(fuzzy.min_length)
        self._fuzzy_terms = [t for t in rules.terms(Kind.CELL_TYPE, "en") if len(t.text) >= self.fuzzy_min_length]
        self._fuzzy_texts = [t.text.lower() for t in self._fuzzy_terms]

    def _phrase_matchers(self, lang: str) -> tuple:
        """(case-insensitive, case-sensitive) PhraseMatchers of ``lang``."""
        built = self._matchers.get(lang)
        if built is None:
            with self._lock:
                built = self._matchers.get(lang) or self._build(lang)
                self._matchers[lang] = built
        return built

    def _build(self, lang: str) -> tuple:
        from spacy.matcher import PhraseMatcher

        nlp = self.tokenizers.nlp(lang)
        lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        orth = PhraseMatcher(nlp.vocab, attr="ORTH")
        starts: list[list[str]] = []  # the lower-cased tokens of every pattern
        orth_starts: list[list[str]] = []  # of every case-sensitive pattern
        lowers_alike = True
        for kind in GROUPS:
            for term in self.rules.terms(kind):
                if term.lang == "zh" and lang == "en":
                    continue  # Chinese terms are not looked for in English sentences
                key = f"{kind}|{term.id}|{term.file}:{term.line}|{term.text}"
                texts = _capitalised(term.text) if term.case_sensitive else (term.text,)
                patterns = [self.tokenizers.tokenize(fold_width(t, punct=True), lang) for t in texts]
                (orth if term.case_sensitive else lower).add(key, patterns)
                self._entries[nlp.vocab.strings[key]] = _Entry(term, kind)
                starts.extend([t.lower_ for t in doc] for doc in patterns)
                if term.case_sensitive:
                    orth_starts.extend([t.lower_ for t in doc] for doc in patterns)
                # (the prefilters below read LOWER as str.lower: checked on every pattern token)
                lowers_alike = lowers_alike and all(t.lower_ == t.text.lower() for doc in patterns for t in doc)
        if lang == "en" and lowers_alike:
            self._starts = _TermStarts(starts, nlp.tokenizer.rules)
            self._orth_starts = _TermStarts(orth_starts, nlp.tokenizer.rules, spaced=False)
            self._en_keys = _TermKeys(starts)
        if lang == "zh" and lowers_alike:
            self._zh_keys = _TermKeys(starts)
        return lower, orth

    # ------------------------------------------------------------------ public

    def match(self, text: str, lang: str, *, fuzzy: bool = True) -> list[Mention]:
        """Every dictionary mention in ``text`` (a sentence), overlaps resolved."""
        folded = fold_punct(text)
        lang = "zh" if lang == "zh" else "en"
        found: list[Mention] = []
        lower, orth = self._phrase_matchers(lang)
        ascii_text = folded.isascii()
        # (the lower-cased text and its runs of letters are those the grammars ask for next)
        lowered = lower_cased(folded) if ascii_text else None
        runs = letter_runs(folded) if lowered is not None else None
        # a sentence in which no term can stand is not tokenized
        # (an English sentence outside ASCII is asked of its terms' tokens run
        # together only); of a Chinese one, only the blocks jieba segments
        # where a term may stand are segmented (``needed``; None: all)
        needed = None
        if lang == "en" and self._starts is not None:
            tokenize = self._starts.may_start(lowered, runs) if lowered is not None \
                else self._en_keys.may_hold(folded)
        elif lang == "zh" and self._zh_keys is not None:
            needed = self._zh_keys.spans(folded)
            tokenize = self._zh_keys.may_hold(folded) if needed is None else bool(needed)
        else:
            tokenize = True
        if tokenize:
            doc = self._doc(folded, lang, needed)
            # (an ASCII sentence in which no case-sensitive term can start is not asked of them)
            matchers = (lower,) if lowered is not None and lang == "en" and self._orth_starts is not None \
                and not self._orth_starts.may_begin(lowered, runs) else (lower, orth)
            for matcher in matchers:
                for match_id, start, end in matcher(doc):
                    entry = self._entries[match_id]
                    last = doc[end - 1]  # the span's characters: its first token's start to its last's end
                    found.append(self._mention(entry, doc[start].idx, last.idx + len(last.text), text, "term"))
        if lang == "zh" or _has_cjk(folded):
            found.extend(self._substrings(folded, text, found))
        # a case-blind run of ASCII letters stands in the lower-cased text
        # unless the text holds a character outside ASCII such a letter matches
        caseless = lowered if lowered is not None else None if ODD_LATIN_CHAR.search(folded) else folded.lower()
        spans_of = _pattern_spans if tokens.remembering() else _spans
        patterns = self._patterns
        rest = self._pattern_rest
        for i in self._pattern_runs.possible(folded, caseless, runs):
            if rest[i] and not all(_may_hold(needs, folded, caseless) for needs in rest[i]):
                continue
            kind, pattern, _ = patterns[i]
            for start, end in spans_of(pattern.regex, folded):
                found.append(
                    Mention(kind, pattern.id, start, end, text[start:end], f"{kind}.pattern", pattern.source, pattern.position)
                )
        found = self._drop_excluded(folded, found)
        if fuzzy and lang == "en":
            found.extend(self._fuzzy(folded, text, found, lowered))
        return resolve(found)

    # ------------------------------------------------------------------ parts

    def _doc(self, text: str, lang: str, needed: list[tuple[int, int]] | None = None):
        """The tokens of a sentence: :meth:`Tokenizers.tokenize`, straight to
        the pipeline's tokenizer unless texts are remembered; of a Chinese
        sentence, with ``needed``, the tokens of the blocks overlapping
        those spans only (:func:`tokens.chinese_doc`)."""
        if tokens.remembering():
            return self.tokenizers.tokenize(text, lang)
        if needed is not None:
            return tokens.chinese_doc(self.tokenizers.nlp(lang), text, needed)
        make = self._make_doc.get(lang)
        if make is None:
            make = self._make_doc[lang] = self.tokenizers.nlp(lang).make_doc
        return make(text)

    @staticmethod
    def _mention(entry: _Entry, start: int, end: int, text: str, how: str, score: float = 100.0) -> Mention:
        term = entry.term
        return Mention(
            kind=entry.kind,
            id=term.id,
            start=start,
            end=end,
            text=text[start:end],
            rule=f"{entry.kind}.{how}",
            source=term.source,
            position=term.position,
            score=score,
            extra={"requires": term.requires} if term.requires else {},
        )

    def _substrings(self, folded: str, text: str, found: list[Mention]) -> list[Mention]:
        """Chinese terms the tokenizer cut differently in this sentence."""
        taken = [(m.start, m.end, GROUPS[m.kind]) for m in found]
        extra: list[Mention] = []
        hits = sorted(self._zh_index.find_all(folded), key=lambda h: (h[0] - h[1], h[0]))
        for at, end, entry in hits:  # longest first
            group = GROUPS[entry.kind]
            if not any(s <= at and end <= e and g == group for s, e, g in taken):
                extra.append(self._mention(entry, at, end, text, "substring"))
                taken.append((at, end, group))
        return extra

    def _drop_excluded(self, folded: str, found: list[Mention]) -> list[Mention]:
        if not found or not self._exclude_index.may_cover(folded, [(m.start, m.end) for m in found]):
            return found
        spans = sorted((at, end) for at, end, _ in self._exclude_index.find_all(folded))
        if not spans:
            return found
        return [m for m in found if not _inside_longer(m, spans)]

    def _fuzzy(self, folded: str, text: str, found: list[Mention], lowered: str | None = None) -> list[Mention]:
        """Near-variants of English cell-type terms, around a head word
        (``lowered``: the lower-cased ``folded`` when it is ASCII)."""
        if lowered is not None:
            # an ASCII text: a head word, letters only and whole, is one of its runs of letters
            if _FUZZY_HEADS.isdisjoint(letter_runs(folded)):
                return []
        elif (_FUZZY_NEEDS is not None and not _may_hold(_FUZZY_NEEDS, folded, lowered)) \
                or not _FUZZY_HEAD.search(folded):
            return []
        covered = [(m.start, m.end) for m in found if GROUPS[m.kind] == "entity"]
        out: list[Mention] = []
        words = list(_WORD.finditer(folded))
        heads = _FUZZY_HEADS
        for i, word in enumerate(words):
            if word.group(0).lower() not in heads:  # (a word of ASCII letters, digits, ’ ' -: as _FUZZY_HEAD.fullmatch)
                continue
            if any(s <= word.start() < e for s, e in covered):
                continue
            best = None
            for size in range(2, 7):
                lo = i - size + 1
                if lo < 0:
                    break
                start, end = words[lo].start(), word.end()
                window = folded[start:end].lower()
                hit = process.extractOne(
                    window, self._fuzzy_texts, scorer=fuzz.ratio, processor=None, score_cutoff=self.fuzzy_threshold
                )
                if hit and (best is None or hit[1] > best[1]):
                    best = (hit, start, end)
            if best is None:
                continue
            (choice, score, index), start, end = best
            # where the term sits in the window, to the character
            align = fuzz.partial_ratio_alignment(choice, folded[start:end].lower(), processor=None)
            s, e = start + align.dest_start, start + align.dest_end
            entry = _Entry(self._fuzzy_terms[index], Kind.CELL_TYPE.value)
            mention = self._mention(entry, s, e, text, "fuzzy", score=round(score, 1))
            out.append(mention)
            covered.append((s, e))
        return out


#: does folding leave every ASCII character alone?  (then an ASCII text is its own folded copy)
_FOLD_KEEPS_ASCII = fold_width("".join(map(chr, range(128))), punct=True) == "".join(map(chr, range(128)))
#: the last text folded and its folded copy
_last_fold: tuple[str, str] = ("", "")


def fold_punct(text: str) -> str:
    """:func:`~extractor.layout.glyphs.fold_punct` (width and punctuation
    folded, one code point for one), an ASCII text returned as it is and the
    last text's copy kept: the matchers and the fact types fold each sentence
    in turn."""
    global _last_fold
    if _FOLD_KEEPS_ASCII and text.isascii():
        return text
    last = _last_fold
    if last[0] is text or last[0] == text:
        return last[1]
    folded = fold_width(text, punct=True)
    _last_fold = (text, folded)
    return folded


def _may_hold(needs: tuple[tuple[str, ...], bool], text: str, lowered: str | None) -> bool:
    """Whether ``text`` may hold a match of an expression, by the runs
    :func:`mandatory_text` found in it (``lowered``: the lower-cased text
    when it is ASCII, else None: a case-blind run cannot be told)."""
    runs, ignore_case = needs
    held_in = lowered if ignore_case else text
    return held_in is None or _holds_one(runs, held_in)


def _holds_one(runs: tuple[str, ...], text: str) -> bool:
    for run in runs:
        if run in text:
            return True
    return False


#: the runs one of which a head word of a fuzzy match holds
_FUZZY_NEEDS = mandatory_text(_FUZZY_HEAD)


def _capitalised(term: str) -> tuple[str, ...]:
    """A case-sensitive term as written, at the start of a sentence and in a
    title: "umbilical cord MSCs", "Umbilical cord MSCs", "Umbilical Cord MSCs".

    Only words written in lower case change; the capitals that make the term
    case-sensitive (MSC ≠ msc) stay as they are.
    """
    words = term.split(" ")
    first = [words[0][:1].upper() + words[0][1:], *words[1:]] if words[0].islower() else words
    title = [w[:1].upper() + w[1:] if w.islower() else w for w in words]
    return tuple(dict.fromkeys((term, " ".join(first), " ".join(title))))


def _spans(regex: re.Pattern, text: str) -> tuple[tuple[int, int], ...]:
    """The non-empty matches of a rule pattern in ``text``."""
    return tuple((m.start(), m.end()) for m in regex.finditer(text) if m.end() > m.start())


def _pattern_spans(regex: re.Pattern, text: str) -> tuple[tuple[int, int], ...]:
    """The non-empty matches of a rule pattern in ``text``.  Where a process
    sees the same sentences again (``litx extract --watch``) they are kept
    with the text's tokens: they depend on the pattern and the text only, and
    the rules' patterns cost more than all the dictionary terms together."""
    return tokens.remembered(
        ("pattern", regex.pattern, regex.flags, text),
        lambda: _spans(regex, text),
    )


def _inside_longer(m: Mention, spans: list[tuple[int, int]]) -> bool:
    """Is the mention inside a longer excluded string?  (spans sorted by start)"""
    for start, end in spans:
        if start > m.start:
            return False
        if m.end <= end and end - start > m.length:
            return True
    return False


def _safe_patterns(rules: RuleSet, kind: str):
    try:
        return rules.patterns(kind)
    except (KeyError, ValueError):
        return ()


#: the mechanisms, the dictionary term first (at equal length and kind)
_HOW = {"term": 0, "pattern": 1, "substring": 2, "fuzzy": 3}


def resolve(mentions: list[Mention]) -> list[Mention]:
    """Longest match wins within a group; at equal length the kind priority,
    then the dictionary term over the fallback mechanisms."""
    if len(mentions) < 2:
        return list(mentions)
    how = _HOW
    ordered = sorted(
        mentions,
        key=lambda m: (m.start - m.end, _PRIORITY.get(m.kind, 1), how.get(m.rule.rsplit(".", 1)[-1], 4), m.start),
    )
    kept: list[Mention] = []
    for m in ordered:
        group = GROUPS.get(m.kind, m.kind)
        if any(k.overlaps(m) and GROUPS.get(k.kind, k.kind) == group for k in kept):
            continue
        kept.append(m)
    return sorted(kept, key=lambda m: (m.start, m.end))


@lru_cache(maxsize=4)
def matcher_for(rules: RuleSet) -> TermMatcher:
    """One compiled matcher per rule set (building it loads jieba: ~1 s)."""
    return TermMatcher(rules)
