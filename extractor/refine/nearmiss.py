"""Near misses: dictionary terms a stretch of text almost spells.

Shared by ``litx explain --text`` (why did "mesenchymal stromal celss"
give no cell type?) and ``litx rules suggest`` (which variants do the
dictionaries lack?).  A :class:`NearMissFinder` cuts a sentence into
candidate windows and scores each against the terms of the entity kinds
(cell types, routes, hormones by default) with ``rapidfuzz.fuzz.ratio``.

Windows:

* English: 1–6 consecutive word pieces (letters, digits, apostrophes; a
  hyphen or slash splits pieces, so "hUCMSC-derived" yields "hUCMSC",
  "derived" and the whole), joined by nothing but spaces, hyphens and
  slashes.  A window must begin with a piece that begins some term or end
  with a piece that ends one, which keeps the count small without needing
  the window to be spelled right in the middle ("mesenchymal stromal
  celss" begins like a term).
* Chinese: 2–12 characters inside a run without punctuation or spaces,
  beginning with a character that begins some term or ending with one that
  ends one ("人脐带间充质干胞" ends like nothing but begins like many).
  Given the matcher's tokenizers, a window also begins and ends at jieba
  token boundaries, and neither edge token is a function word (spaCy's
  Chinese stop words) unless some term begins or ends with it: "刺激素水平"
  inside 卵泡刺激素水平 and "和激素水平" are no windows.

English windows with a stop word at an edge are dropped the same way
("and epithelial cells"), and a near miss must be plausible beyond its
score (:func:`_plausible`): no truncations of a term, and in Latin script
the words must pair up.

Scoring uses ``fuzz.ratio`` on case- and width-folded strings with
``processor=None`` (rapidfuzz's default processor would strip ``×`` and
``^``).  ``WRatio`` is not used: it scores a one-word window inside a long
term by partial matching ("cells" against "mesenchymal stem cells" is 90),
which is no near miss.  Abbreviations (case-sensitive terms) are scored
with their letter case ("levels" is nothing like "EVs"), unless the
case-blind score reaches 90 ("hucmsc" for hUCMSC).  All windows of a sentence are scored against all
terms of a kind at once (``process.cdist``), the vectorised form of
``process.extract``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Sequence

import numpy as np
from rapidfuzz import fuzz, process

from ..lang.script import IDEOGRAPHS
from ..layout.glyphs import fold_width
from ..ruleset.model import Kind, RuleSet, Term
from ..matching.tokens import Tokenizers
from .edit import fold_term

__all__ = ["DEFAULT_KINDS", "NearMiss", "NearMissFinder", "windows"]

#: the kinds whose near misses are looked for
DEFAULT_KINDS: tuple[str, ...] = (Kind.CELL_TYPE.value, Kind.ROUTE.value, Kind.HORMONE.value)

_PIECE = re.compile(r"[A-Za-z0-9’'αβγµμ₂]+")
_GAP = re.compile(r"[ \-/]{1,3}")
_CJK = IDEOGRAPHS
_RUN = re.compile(rf"[{_CJK}A-Za-z0-9\-]+")
_HAS_CJK = re.compile(rf"[{_CJK}]")
#: an abbreviation (case-sensitive term) is compared ignoring letter case
#: only from this score on
_CASE_BLIND = 90.0
#: two words pair up from this ratio on ("celss" / "cells" 80)
_WORD_ALIKE = 75.0
#: strings alike without their spaces and hyphens from this ratio on
_JOINED = 90.0


@dataclass(frozen=True, slots=True)
class NearMiss:
    """A window of a sentence and the dictionary term it nearly spells."""

    window: str  # the text as written
    start: int  # character offsets in the sentence
    end: int
    term: str
    id: str
    kind: str
    lang: str
    source: str  # file:line of the term
    entry: str
    score: float  # rapidfuzz ratio, 0–100

    def as_dict(self) -> dict:
        return {
            "window": self.window, "start": self.start, "end": self.end, "term": self.term, "id": self.id,
            "kind": self.kind, "lang": self.lang, "source": self.source, "entry": self.entry,
            "score": round(self.score, 1),
        }


def _fold_case(text: str) -> str:
    """:func:`fold_term` without the case folding."""
    return " ".join(fold_width(text, punct=True).split())


def _stop_words() -> tuple[frozenset[str], frozenset[str]]:
    from spacy.lang.en.stop_words import STOP_WORDS as EN
    from spacy.lang.zh.stop_words import STOP_WORDS as ZH

    return frozenset(w.casefold() for w in EN), frozenset(ZH)


_STOP, _STOP_ZH = _stop_words()


def _plausible(window: str, term: str) -> bool:
    """Whether a folded window can be a variant of a folded term, beyond
    its score.

    * A window inside the term is a truncation, not a variant (卵泡数 of
      窦卵泡数, "bone marrow-derived" of "bone marrow-derived MSCs").
    * In Latin script the words must pair up, the window having one word
      more at most, each pair alike ("mesenchymal stromal celss"; not
      "injected into the tail" for "injected into the ovaries"), or the
      strings must be alike without their spaces and hyphens
      ("intra-ovarian", "tail veins").
    """
    if len(window) < len(term) and window in term:
        return False
    if _HAS_CJK.search(window) or _HAS_CJK.search(term):
        return True
    w = [p.group(0) for p in _PIECE.finditer(window)]
    t = [p.group(0) for p in _PIECE.finditer(term)]
    if fuzz.ratio("".join(w), "".join(t), processor=None) >= _JOINED and abs(len(w) - len(t)) <= 1:
        return True
    # one word more in the window narrows the term ("umbilical cord tissue-derived
    # MSCs"); one word fewer widens it into something else ("epithelial cells")
    if not t or len(w) not in (len(t), len(t) + 1):
        return False

    def pairs_alike(a: list[str], b: list[str]) -> bool:
        return all(fuzz.ratio(x, y, processor=None) >= _WORD_ALIKE for x, y in zip(a, b))

    if len(w) == len(t):
        return pairs_alike(w, t)
    return any(pairs_alike(w[:i] + w[i + 1 :], t) for i in range(len(w)))


def _stem(piece: str) -> str:
    """A word piece without a plural s, for the window filter (BMMNC ~ BMMNCs)."""
    return piece[:-1] if len(piece) > 3 and piece.endswith("s") else piece


def _pieces(text: str) -> list[re.Match]:
    return list(_PIECE.finditer(text))


def windows(text: str, lang: str, *, max_words: int = 6, min_chars: int = 2, max_chars: int = 12) -> list[tuple[int, int]]:
    """Every candidate window of ``text`` as (start, end), unfiltered."""
    out: list[tuple[int, int]] = []
    if lang == "zh" or _HAS_CJK.search(text):
        for run in _RUN.finditer(text):
            s, e = run.span()
            for i in range(s, e):
                for j in range(i + min_chars, min(e, i + max_chars) + 1):
                    out.append((i, j))
        if lang == "zh":
            return out
    pieces = _pieces(text)
    for i, first in enumerate(pieces):
        for j in range(i, min(len(pieces), i + max_words)):
            if j > i and not _GAP.fullmatch(text[pieces[j - 1].end() : pieces[j].start()]):
                break
            out.append((first.start(), pieces[j].end()))
    return sorted(set(out))


class NearMissFinder:
    """The terms of some kinds, prepared for scoring windows against them."""

    def __init__(self, rules: RuleSet, kinds: Sequence[str] = DEFAULT_KINDS, tokenizers: Tokenizers | None = None) -> None:
        self.rules = rules
        self.kinds = tuple(kinds)
        #: with tokenizers, a Chinese window must begin and end at jieba token
        #: boundaries ("刺激素水平" is no window of "卵泡刺激素水平")
        self.tokenizers = tokenizers
        self._terms: dict[str, list[Term]] = {}
        self._choices: dict[str, list[str]] = {}
        self._cased: dict[str, list[str]] = {}
        self._sensitive: dict[str, np.ndarray] = {}
        first: set[str] = set()
        last: set[str] = set()
        first_char: set[str] = set()
        last_char: set[str] = set()
        self._prefixes: set[str] = set()
        self._suffixes: set[str] = set()
        for kind in self.kinds:
            terms = list(rules.terms(kind))
            self._terms[kind] = terms
            # abbreviations (case-sensitive terms) are compared with their
            # letter case: "levels" is no near miss of "EVs"
            self._choices[kind] = [fold_term(t.text) for t in terms]
            self._cased[kind] = [_fold_case(t.text) for t in terms]
            self._sensitive[kind] = np.array([t.case_sensitive for t in terms], dtype=bool)
            for folded in (fold_term(t.text) for t in terms):
                ps = [p.group(0) for p in _PIECE.finditer(folded)]
                if ps:
                    first.add(_stem(ps[0]))
                    last.add(_stem(ps[-1]))
                first_char.add(folded[0])
                last_char.add(folded[-1])
                for k in range(1, min(4, len(folded)) + 1):
                    self._prefixes.add(folded[:k])
                    self._suffixes.add(folded[-k:])
        self._first, self._last = first, last
        self._first_char, self._last_char = first_char, last_char

    def candidate_windows(self, text: str, lang: str) -> list[tuple[int, int]]:
        """The windows worth scoring: they begin or end like some term."""
        folded = fold_term(text) if len(fold_term(text)) == len(text) else None
        starts, ends = self._token_edges(text)
        out = []
        for s, e in windows(text, lang):
            window = text[s:e]
            key = folded[s:e] if folded is not None else fold_term(window)
            if _HAS_CJK.search(window):
                if not (key[:1] in self._first_char or key[-1:] in self._last_char):
                    continue
                if starts is not None:
                    if s not in starts or e not in ends:
                        continue
                    # 和激素水平, 的干细胞: a function word at an edge, where no term has one
                    first, last = fold_term(text[s : starts[s]]), fold_term(text[ends[e] : e])
                    if (first in _STOP_ZH and first not in self._prefixes) or (
                        last in _STOP_ZH and last not in self._suffixes
                    ):
                        continue
                out.append((s, e))
                continue
            ps = [p.group(0) for p in _PIECE.finditer(key)]
            if not ps or not (_stem(ps[0]) in self._first or _stem(ps[-1]) in self._last):
                continue
            # "and epithelial cells", "via intraovarian": a function word at
            # an edge, where no term has one
            if (ps[0] in _STOP and _stem(ps[0]) not in self._first) or (
                ps[-1] in _STOP and _stem(ps[-1]) not in self._last
            ):
                continue
            out.append((s, e))
        return out

    def _token_edges(self, text: str) -> tuple[dict[int, int] | None, dict[int, int] | None]:
        """Token start → its end and token end → its start, for Chinese text
        (None without tokenizers or Chinese characters)."""
        if self.tokenizers is None or not _HAS_CJK.search(text):
            return None, None
        doc = self.tokenizers.tokenize(fold_width(text, punct=True), "zh")
        starts: dict[int, int] = {}
        ends: dict[int, int] = {}
        for tok in doc:
            if tok.text.strip():
                starts[tok.idx] = tok.idx + len(tok.text)
                ends[tok.idx + len(tok.text)] = tok.idx
        return starts, ends

    def find(
        self,
        text: str,
        lang: str,
        *,
        covered: Iterable[tuple[int, int]] = (),
        min_score: float = 70.0,
        max_score: float = 100.0,
        extend_score: float = 80.0,
        limit: int = 5,
        kinds: Sequence[str] | None = None,
    ) -> dict[str, list[NearMiss]]:
        """The nearest terms per kind, best first, at most ``limit`` each.

        ``covered`` are spans the matchers already explained (entity
        mentions): a window inside one is skipped, and a window overlapping
        one counts only from ``extend_score`` on (it would name a longer
        term: "Wharton jelly MSCs" around a matched "MSCs").  Scores range
        over [``min_score``, ``max_score``]; each term appears once, with
        its best window.
        """
        spans = list(covered)
        cands = []
        for s, e in self.candidate_windows(text, lang):
            if any(cs <= s and e <= ce for cs, ce in spans):
                continue
            # the parts of matched mentions the window takes in
            parts = [
                fold_term(text[p0:p1])
                for cs, ce in spans
                if s < ce and cs < e
                for p0, p1 in ((max(s, cs), min(e, ce)), (cs, ce))
            ]
            cands.append((s, e, parts))
        result: dict[str, list[NearMiss]] = {}
        if not cands:
            return {k: [] for k in (kinds or self.kinds)}
        queries = [fold_term(text[s:e]) for s, e, _ in cands]
        cased = [_fold_case(text[s:e]) for s, e, _ in cands]
        for kind in kinds or self.kinds:
            choices = self._choices.get(kind) or []
            if not choices:
                result[kind] = []
                continue
            sensitive = self._sensitive[kind]
            matrix = process.cdist(queries, choices, scorer=fuzz.ratio, processor=None, score_cutoff=min_score)
            if sensitive.any():
                exact = process.cdist(cased, self._cased[kind], scorer=fuzz.ratio, processor=None, score_cutoff=min_score)
                # the other letter case counts when it is otherwise right
                # ("hucmsc" for hUCMSC), not for a loose likeness
                folded = matrix[:, sensitive]
                matrix[:, sensitive] = np.where(folded >= _CASE_BLIND, folded, exact[:, sensitive])
            best: dict[str, NearMiss] = {}
            for qi, (s, e, parts) in enumerate(cands):
                row = matrix[qi]
                floor = max(min_score, extend_score) if parts else min_score
                hits = [(float(row[ci]), ci) for ci in row.nonzero()[0] if floor <= row[ci] <= max_score]
                if not hits:
                    continue
                # a term written out inside a longer window is an exact
                # occurrence (the matchers' business), not a near miss
                query = queries[qi]
                hits = [h for h in hits if choices[h[1]] == query or choices[h[1]] not in query]
                hits = [h for h in hits if _plausible(query, choices[h[1]])]
                # around a matched mention, the window must spell the term
                # better than the mention alone does ("via intraovarian
                # injection" adds nothing to "intraovarian injection")
                if parts:
                    hits = [h for h in hits if all(fuzz.ratio(choices[h[1]], p, processor=None) < h[0] for p in parts)]
                if not hits:
                    continue
                score, ci = max(hits, key=lambda h: (h[0], -len(choices[h[1]])))
                term = self._terms[kind][ci]
                key = choices[ci]
                miss = NearMiss(text[s:e], s, e, term.text, term.id, term.kind, term.lang, term.source, term.entry, score)
                old = best.get(key)
                if old is None or (score, -(e - s)) > (old.score, -(old.end - old.start)):
                    best[key] = miss
            ranked = sorted(best.values(), key=lambda m: (-m.score, m.start, m.term))
            result[kind] = ranked[:limit]
        return result
