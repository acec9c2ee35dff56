"""``litx rules suggest``: terms the dictionaries lack, found in papers.

Reads a folder of PDFs (or of extraction results, see :func:`suggest`) and
proposes candidate terms, ranked by how often they occur, each with its
count, the documents it was seen in, up to three example sentences and,
when one can be told, the kind and id to file it under — ready for
``litx rules add``.  Four sources:

``shape``
    phrases built like known terms: a modifier before a *head* that many
    terms share (``…间充质干细胞``, ``…干细胞``, ``… stem cells``,
    ``…-derived MSCs``), a connector between them (``来源的``, ``源性``,
    ``-derived``), tokens ending in an abbreviation head (``DP-MSCs``),
    and ``X来源的…细胞`` / ``X-derived … cells`` around the generic head.
    Heads, connectors and the generic head are read from the rules
    (:class:`Vocabulary`): a head is a cell-type term (or not-term) that ends
    at least two other terms, a connector is what stands between a tissue
    (a not-term) and a head inside a term, the generic head is the word most
    terms end with (细胞, cells).  Modifiers are cut at words that are terms
    of other kinds (小鼠, patients, intravenous), at function words (jieba
    part-of-speech tags; spaCy's English stop words) and at verbs
    (``transplanted``, ``采用``).
``abbreviation``
    a long form followed by a parenthesised abbreviation
    (``人羊膜上皮细胞(hAEC)``, ``umbilical cord MSCs (UC-MSCs)``) where one
    of the two is a known term and the other is not: the unknown one is
    proposed under the known one's id.  The English long form of a known
    abbreviation is found with the Schwartz–Hearst algorithm; an English
    name next to a known Chinese term (``脐带间充质干细胞（umbilical cord
    mesenchymal stem cells，UC-MSCs）``) counts too.
``near_miss``
    stretches scoring from :data:`NEAR_LOW` to 100 against a cell type,
    route or hormone term (:mod:`extractor.refine.nearmiss`), and English cell
    types the matcher found only fuzzily.

Terms already in the rules are left out (letter case, width and runs of
spaces folded), and so are candidates the matchers already read in full
(a pattern or a longer term covers them) and pieces of longer candidates
of the same sentence.  A shape around a generic head (干细胞, stem cells)
needs :data:`GENERIC_MIN_COUNT` sightings.  The proposed id is certain
(:attr:`Suggestion.certain`) for abbreviation definitions and near misses
from :data:`CERTAIN` on; otherwise it is the nearest term's, to be checked
(人牙髓… is near 人骨髓… but no bone-marrow cell).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from ..lang.script import IDEOGRAPHS
from ..layout.document import BlockKind, Document
from ..layout.pdfsource import DEFAULT_ENGINE
from ..errors import LitxError, Msg
from ..matching.matchers import GROUPS, TermMatcher, matcher_for
from ..matching.mentions import Mention
from .nearmiss import DEFAULT_KINDS, NearMissFinder
from ..ruleset.model import Kind, RuleSet, load_rules
from .edit import fold_term

__all__ = [
    "CERTAIN",
    "GENERIC_MIN_COUNT",
    "NEAR_LOW",
    "Example",
    "Suggestion",
    "Vocabulary",
    "render_suggestions",
    "suggest",
    "suggest_documents",
    "suggest_lines",
    "Line",
]

#: the lowest rapidfuzz score a near miss must reach to be proposed
NEAR_LOW = 80.0
#: from this score on a near miss's id is taken as the right one; below it
#: the id is only the nearest term's (人牙髓… is near 人骨髓… and is no
#: bone marrow cell)
CERTAIN = 90.0

_CJK = IDEOGRAPHS
_HAS_CJK = re.compile(f"[{_CJK}]")
#: jieba part-of-speech tags a modifier may be made of: nouns,
#: abbreviations, Latin words.  Rule terms jieba was given without a tag
#: (脐带, 骨髓: tag x) count too.  Verbal nouns (vn: 优化, 评估) do not.
_NOMINAL = ("n", "j", "eng")
_MODIFIER_WORD = re.compile(f"[{_CJK}A-Za-z0-9]+")
#: a shape around a generic head (干细胞, stem cells: a not-term) is
#: proposed only when seen this often: jieba tags some verbs as nouns
#: (利用, 动员), which makes single sightings unreliable
GENERIC_MIN_COUNT = 2
_CLAUSE_END = re.compile(r"[，,；;。.!！?？:：、()（）\[\]【】\s\d]")
_EN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'’]*")
_ABBR = re.compile(r"^(?=(?:.*[A-Z]){2})[A-Za-z][A-Za-z0-9\-]{1,14}$")
_ENGLISH_NAME = re.compile(r"[A-Za-z][A-Za-z'’\-]*(?: [A-Za-z][A-Za-z'’\-]*)+")
_PAREN = re.compile(r"[(（]\s*([^()（）]{1,80}?)\s*[)）]")


@dataclass(frozen=True)
class Example:
    document: str
    page: int | None
    sentence: str


@dataclass
class Suggestion:
    """A candidate term, with what to file it under when that can be told."""

    term: str
    lang: str
    kind: str  # proposed kind ("cell_type", "route", "hormone")
    id: str | None  # proposed id; None: a person must choose
    reason: str  # "shape", "abbreviation", "near_miss" (several joined by "+")
    detail: str  # why, in words
    count: int  # occurrences
    documents: int  # documents it occurs in
    examples: list[Example] = field(default_factory=list)
    #: near misses: the best rapidfuzz score against a term
    score: float | None = None
    #: what the matchers make of it now ("msc '间充质干细胞'")
    now: list[str] = field(default_factory=list)
    #: the id comes from a definition (abbreviation) or a close spelling
    #: (score >= CERTAIN); otherwise it is the nearest term's and needs a look
    certain: bool = False

    @property
    def command(self) -> str | None:
        """The ``litx rules add`` command that files it, when the id is known."""
        if self.id is None:
            return None
        quoted = self.term.replace('"', '\\"')
        return f'litx rules add {self.kind} {self.id} "{quoted}"'

    def as_dict(self) -> dict:
        return {
            "term": self.term, "lang": self.lang, "kind": self.kind, "id": self.id, "reason": self.reason,
            "detail": self.detail, "count": self.count, "documents": self.documents,
            "examples": [e.__dict__ for e in self.examples], "score": self.score, "now": self.now,
            "certain": self.certain, "command": self.command,
        }


@dataclass(frozen=True)
class Line:
    """One sentence to look in: where it comes from, its text and language."""

    document: str
    page: int | None
    text: str
    lang: str


# --------------------------------------------------------------------------
# vocabulary read from the rules


@dataclass(frozen=True)
class Vocabulary:
    """What the shape patterns look for, read from the rules."""

    heads_zh: tuple[str, ...]  # longest first
    heads_en: tuple[str, ...]
    abbr_heads: tuple[str, ...]
    connectors_zh: tuple[str, ...]
    connectors_en: tuple[str, ...]
    generic_zh: str
    generic_en: str
    #: terms of other kinds (species, routes, hormones …), folded: a modifier stops at them
    stops: frozenset[str]

    @classmethod
    def from_rules(cls, rules: RuleSet) -> "Vocabulary":
        cells = list(rules.terms(Kind.CELL_TYPE)) + list(rules.terms(Kind.NOT_CELL_TYPE))
        zh = [t.text for t in cells if t.lang == "zh"]
        en = [t.text for t in cells if t.lang == "en"]
        heads_zh = [h for h in zh if sum(1 for o in zh if o != h and o.endswith(h)) >= 2]
        low = [t.lower() for t in en]
        heads_en = [
            h for h in en
            if " " in h or not any(c.isupper() for c in h[1:])
            if sum(1 for o in low if o != h.lower() and (o.endswith(" " + h.lower()) or o.endswith("-" + h.lower()))) >= 2
        ]
        abbrs = [t.text for t in cells if t.lang == "en" and " " not in t.text and t.case_sensitive]
        abbr_heads = [h for h in abbrs if sum(1 for o in abbrs if o != h and o.endswith(h)) >= 2]
        tissues_zh = sorted((t.text for t in rules.terms(Kind.NOT_CELL_TYPE, "zh")), key=len, reverse=True)
        tissues_en = sorted((t.text.lower() for t in rules.terms(Kind.NOT_CELL_TYPE, "en")), key=len, reverse=True)
        conn_zh: Counter[str] = Counter()
        for term in zh:
            tissue = next((x for x in tissues_zh if term.startswith(x) and x != term), None)
            head = next((h for h in sorted(heads_zh, key=len, reverse=True) if term.endswith(h) and h != term), None)
            if tissue and head and len(tissue) + len(head) < len(term):
                conn_zh[term[len(tissue) : len(term) - len(head)]] += 1
        conn_en: Counter[str] = Counter()
        for term in low:
            tissue = next((x for x in tissues_en if term.startswith(x) and x != term), None)
            head = next((h.lower() for h in sorted(heads_en, key=len, reverse=True)
                         if term.endswith(h.lower()) and h.lower() != term), None)
            if tissue and head and len(tissue) + len(head) < len(term):
                middle = term[len(tissue) : len(term) - len(head)].strip(" -")
                if middle:
                    conn_en[middle] += 1
        # a connector is what many terms share, and holds no head
        connectors_zh = [c for c, n in conn_zh.items() if n >= 3 and not any(h in c for h in heads_zh)]
        connectors_en = [c for c, n in conn_en.items() if n >= 3 and " " not in c]
        stops = frozenset(
            fold_term(t.text)
            for k in Kind
            if k not in (Kind.CELL_TYPE, Kind.NOT_CELL_TYPE, Kind.SECTION)
            for t in rules.terms(k)
        )
        return cls(
            heads_zh=tuple(sorted(set(heads_zh), key=len, reverse=True)),
            heads_en=tuple(sorted(set(heads_en), key=len, reverse=True)),
            abbr_heads=tuple(sorted(set(abbr_heads), key=len, reverse=True)),
            connectors_zh=tuple(sorted(connectors_zh, key=len, reverse=True)),
            connectors_en=tuple(sorted(connectors_en, key=len, reverse=True)),
            generic_zh=_common_ending(zh, lambda t: [t[-2:]] if len(t) >= 2 else []) or "细胞",
            generic_en=_common_ending(low, lambda t: t.split()[-1:]) or "cells",
            stops=stops,
        )


def _common_ending(terms: Sequence[str], ending: Callable[[str], list[str]]) -> str | None:
    counts = Counter(e for t in terms for e in ending(t))
    return counts.most_common(1)[0][0] if counts else None


# --------------------------------------------------------------------------
# candidates


@dataclass
class _Candidate:
    start: int
    end: int
    reason: str
    detail: str
    kind: str = Kind.CELL_TYPE.value
    id: str | None = None
    score: float | None = None
    generic: bool = False  # a shape around a generic head


class _Finder:
    def __init__(self, rules: RuleSet, matcher: TermMatcher) -> None:
        self.rules = rules
        self.matcher = matcher
        self.vocab = Vocabulary.from_rules(rules)
        self.near = NearMissFinder(rules, DEFAULT_KINDS, matcher.tokenizers)
        self.known = frozenset(
            fold_term(t.text)
            for k in Kind
            for group in (rules.terms(k), rules.excludes(k))
            for t in group
        )
        self.generic_heads = frozenset(fold_term(t.text) for t in rules.terms(Kind.NOT_CELL_TYPE))
        from spacy.lang.en.stop_words import STOP_WORDS

        self.stop_en = frozenset(w.casefold() for w in STOP_WORDS)
        self._cell_terms = list(rules.terms(Kind.CELL_TYPE))
        self._cell_choices = [fold_term(t.text) for t in self._cell_terms]
        en_heads = "|".join(re.escape(h) for h in self.vocab.heads_en)
        self._en_head = re.compile(rf"(?i)(?<![A-Za-z0-9])(?:{en_heads})(?![A-Za-z0-9])") if en_heads else None
        abbr = "|".join(re.escape(h) for h in self.vocab.abbr_heads)
        self._abbr_token = (
            re.compile(rf"(?<![A-Za-z0-9\-])([A-Za-z0-9][A-Za-z0-9\-]*?)({abbr})(?![A-Za-z0-9])") if abbr else None
        )

    # ---- shapes

    def shapes(self, text: str) -> Iterator[_Candidate]:
        v = self.vocab
        if _HAS_CJK.search(text):
            for head in v.heads_zh:
                at = text.find(head)
                while at >= 0:
                    start = self._zh_modifier(text, at)
                    if start < at:
                        yield _Candidate(start, at + len(head), "shape", f"a modifier + '{head}'",
                                         generic=fold_term(head) in self.generic_heads)
                    at = text.find(head, at + 1)
            for conn in v.connectors_zh:
                for m in re.finditer(re.escape(conn) + rf"([{_CJK}A-Za-z]{{0,8}}?){re.escape(v.generic_zh)}", text):
                    start = self._zh_modifier(text, m.start())
                    if start < m.start():
                        yield _Candidate(start, m.end(), "shape", f"X{conn}…{v.generic_zh}")
        if self._en_head is not None:
            for m in self._en_head.finditer(text):
                start = self._en_modifier(text, m.start())
                if start < m.start():
                    yield _Candidate(start, m.end(), "shape", f"a modifier + '{m.group(0)}'",
                                     generic=fold_term(m.group(0)) in self.generic_heads)
            generic = re.compile(
                rf"(?i)(?<![A-Za-z0-9])(?:{'|'.join(re.escape(c) for c in v.connectors_en) or 'derived'})"
                rf"((?:\s+[A-Za-z][\w'’-]*){{0,3}}?)\s+{re.escape(v.generic_en)}\b"
            )
            for m in generic.finditer(text):
                start = self._en_modifier(text, m.start(), joined=True)
                if start < m.start():
                    yield _Candidate(start, m.end(), "shape", f"X-derived … {v.generic_en}")
        if self._abbr_token is not None:
            for m in self._abbr_token.finditer(text):
                if m.group(1).strip("-"):
                    yield _Candidate(m.start(), m.end(), "shape", f"a token ending in '{m.group(2)}'")

    def _zh_modifier(self, text: str, at: int) -> int:
        """Where the modifier before ``text[at]`` starts (``at`` if none)."""
        import jieba.posseg as pseg

        lo = at
        while lo > 0 and at - lo < 10 and not _CLAUSE_END.match(text[lo - 1]):
            lo -= 1
        prefix = text[lo:at]
        if not prefix:
            return at
        for conn in self.vocab.connectors_zh:
            if prefix.endswith(conn):
                prefix = prefix[: -len(conn)]
                break
        words = [(w.word, w.flag) for w in pseg.cut(prefix)]
        start = lo + len(prefix)
        taken = 0
        for word, flag in reversed(words):
            folded = fold_term(word)
            if taken >= 3 or folded in self.vocab.stops or not _MODIFIER_WORD.fullmatch(word):
                break
            if not (flag.startswith(_NOMINAL) or folded in self.known):
                break
            start -= len(word)
            taken += 1
        if taken == 0:
            return at
        return start

    def _en_modifier(self, text: str, at: int, *, joined: bool = False) -> int:
        """Where the English modifier before ``text[at]`` starts."""
        start = at
        pos = at
        words = 0
        while words < 4:
            gap = re.search(r"(?:[ ]|-)$", text[:pos]) if pos > 0 else None
            if gap is None:
                break
            hyphen = gap.group(0) == "-"
            m = re.search(r"[A-Za-z][A-Za-z0-9'’]*$", text[: gap.start()])
            if m is None:
                break
            word = m.group(0)
            folded = word.casefold()
            connector = folded in self.vocab.connectors_en or folded == "derived"
            if not connector and not hyphen:
                if folded in self.stop_en or folded in self.vocab.stops:
                    break
                if folded.endswith(("ly", "ing")) or (folded.endswith("ed") and not joined):
                    break
            if folded in self.vocab.stops:
                break
            start = m.start()
            pos = m.start()
            words += 1
            joined = False
        # a modifier made of the connector alone ("derived MSCs") is none
        lead = text[start:at].strip(" -").casefold()
        if lead in self.vocab.connectors_en or lead == "derived":
            return at
        return start

    # ---- abbreviations

    def abbreviations(self, text: str, mentions: list[Mention]) -> Iterator[_Candidate]:
        entity = [m for m in mentions if GROUPS.get(m.kind) == "entity" and m.kind != Kind.NOT_CELL_TYPE.value]
        for m in _PAREN.finditer(text):
            before = m.start()
            while before > 0 and text[before - 1] == " ":
                before -= 1
            long_known = next((e for e in entity if e.end == before), None)
            offset = m.start(1)
            parts = []
            for part in re.finditer(r"[^,;，；、]+", m.group(1)):
                s, e = offset + part.start(), offset + part.end()
                while s < e and text[s] == " ":
                    s += 1
                while e > s and text[e - 1] == " ":
                    e -= 1
                if e > s:
                    parts.append((s, e))
            # a definition holds one abbreviation, last, after at most an
            # English name: (hAEC), (human amniotic epithelial cells, hAEC);
            # not a list (AMH、FSH、E2)
            abbrs = [i for i, (s, e) in enumerate(parts) if _ABBR.match(text[s:e])]
            if len(abbrs) > 1 or len(parts) > 2 or (abbrs and abbrs[0] != len(parts) - 1):
                continue
            for s, e in parts:
                piece = text[s:e]
                inside = next((x for x in entity if x.start == s and x.end == e), None)
                if inside is not None and self.rules.ambiguous_abbreviation(piece) is not None:
                    continue  # MSC (multi-tRNA synthetase complex): the document decides
                if long_known is not None and inside is None:
                    if _ABBR.match(piece) or (_HAS_CJK.search(text[long_known.start:long_known.end])
                                              and _ENGLISH_NAME.fullmatch(piece)):
                        what = "abbreviation" if _ABBR.match(piece) else "English name"
                        yield _Candidate(
                            s, e, "abbreviation",
                            f"{what} given after the known term {long_known.text!r}",
                            kind=long_known.kind, id=long_known.id,
                        )
                elif inside is not None and _ABBR.match(piece) and (long_known is None or long_known.id != inside.id):
                    # the long form is unknown, or only its last word is a
                    # term of another id ("脐带来源MSC（UC-MSCs）": MSC is msc)
                    start = self._long_form(text, before, piece)
                    limit = long_known.start if long_known is not None else before
                    if start is not None and start < limit:
                        yield _Candidate(
                            start, before, "abbreviation",
                            f"long form of the known abbreviation {piece!r}", kind=inside.kind, id=inside.id,
                        )

    def _long_form(self, text: str, end: int, abbr: str) -> int | None:
        lo = end
        while lo > 0 and not _CLAUSE_END.match(text[lo - 1]):
            lo -= 1
        if _HAS_CJK.search(text[lo:end]):  # 脐带来源MSC（UC-MSCs）
            start = self._zh_modifier(text, end)
            return start if end - start >= 2 else None
        return _schwartz_hearst(text, end, abbr)

    # ---- near misses

    def near_misses(self, text: str, lang: str, mentions: list[Mention]) -> Iterator[_Candidate]:
        covered = [(m.start, m.end) for m in mentions if GROUPS.get(m.kind) in ("entity", "guidance")]
        found = self.near.find(text, lang, covered=covered, min_score=NEAR_LOW, max_score=100.0, limit=3)
        for kind, misses in found.items():
            for miss in misses:
                yield _Candidate(
                    miss.start, miss.end, "near_miss", f"near miss of {miss.term!r} ({miss.source})",
                    kind=kind, id=miss.id, score=round(miss.score, 1),
                )
        for m in mentions:
            if m.rule.endswith(".fuzzy"):
                yield _Candidate(
                    m.start, m.end, "near_miss", f"matched only fuzzily ({m.source})",
                    kind=m.kind, id=m.id, score=m.score,
                )

    # ---- proposing an id for a shape

    def nearest_cell_type(self, term: str) -> tuple[str, str, float] | None:
        from rapidfuzz import fuzz, process

        hit = process.extractOne(fold_term(term), self._cell_choices, scorer=fuzz.ratio, processor=None, score_cutoff=85)
        if hit is None:
            return None
        t = self._cell_terms[hit[2]]
        return t.id, t.text, hit[1]


def _schwartz_hearst(text: str, end: int, abbr: str) -> int | None:
    """Start of the long form ending at ``end`` that ``abbr`` abbreviates
    (Schwartz & Hearst 2003): every letter or digit of the abbreviation, from
    the right, found in order in the words before it; the first one at the
    start of a word."""
    clause_start = max(text.rfind(c, 0, end) for c in ",;，；。()（）[]") + 1
    words = list(_EN_WORD.finditer(text, clause_start, end))
    n = min(len(abbr) + 5, 2 * len(abbr))
    if not words:
        return None
    lo = words[max(0, len(words) - n)].start()
    long = text[lo:end]
    s, l = len(abbr) - 1, len(long) - 1
    while s >= 0:
        c = abbr[s].lower()
        if not c.isalnum():
            s -= 1
            continue
        while l >= 0 and (long[l].lower() != c or (s == 0 and l > 0 and long[l - 1].isalnum())):
            l -= 1
        if l < 0:
            return None
        l -= 1
        s -= 1
    start = max(long.rfind(" ", 0, l + 1), long.rfind("-", 0, l + 1)) + 1
    # the long form begins at a word start
    while start > 0 and long[start - 1].isalnum():
        start -= 1
    if len(long[start:].split()) < 2 and "-" not in long[start:]:
        return None
    return lo + start


# --------------------------------------------------------------------------
# collecting


@dataclass
class _Tally:
    forms: Counter = field(default_factory=Counter)
    lang: str = "en"
    kinds: Counter = field(default_factory=Counter)
    ids: Counter = field(default_factory=Counter)
    reasons: dict = field(default_factory=dict)
    spans: set = field(default_factory=set)
    docs: set = field(default_factory=set)
    examples: list = field(default_factory=list)
    score: float | None = None
    now: dict = field(default_factory=dict)
    certain: bool = False
    generic_only: bool = True  # every sighting is a shape around a generic head


def suggest_lines(
    lines: Iterable[Line], *, rules_dir: Path | str | None = None, rules: RuleSet | None = None, limit: int = 50
) -> list[Suggestion]:
    """Suggestions from sentences (the core of :func:`suggest`)."""
    rules = rules or load_rules(rules_dir)
    finder = _finder(rules)
    tallies: dict[str, _Tally] = {}
    for n, line in enumerate(lines):
        text = line.text
        mentions = finder.matcher.match(text, line.lang)
        entity = [m for m in mentions if GROUPS.get(m.kind) in ("entity", "guidance")]
        candidates = list(finder.shapes(text))
        candidates += finder.abbreviations(text, mentions)
        candidates += finder.near_misses(text, line.lang, mentions)
        kept = []
        for c in candidates:
            while c.start < c.end and text[c.start] in " -":
                c.start += 1
            while c.end > c.start and text[c.end - 1] in " -":
                c.end -= 1
            surface = text[c.start : c.end]
            if len(surface) < 2 or surface.isdigit() or fold_term(surface) in finder.known:
                continue
            # read in full already (a pattern, a longer term, the fuzzy matcher's own term)
            if c.reason != "near_miss" and any(
                m.start <= c.start and c.end <= m.end and m.kind != Kind.NOT_CELL_TYPE.value for m in entity
            ):
                continue
            kept.append(c)
        # a piece of a longer candidate is no candidate of its own
        # ("pulp stem cells" inside "dental pulp stem cells")
        kept = [
            c for c in kept
            if not any(o.start <= c.start and c.end <= o.end and (o.end - o.start) > (c.end - c.start) for o in kept)
        ]
        for c in kept:
            surface = text[c.start : c.end]
            key = fold_term(surface)
            t = tallies.setdefault(key, _Tally())
            t.forms[surface] += 1
            t.lang = "zh" if _HAS_CJK.search(surface) else "en"
            t.kinds[c.kind] += 1
            if c.id is not None:
                t.ids[c.id] += 1
                if c.reason == "abbreviation" or (c.score is not None and c.score >= CERTAIN):
                    t.certain = True
            t.reasons.setdefault(c.reason, c.detail)
            if not c.generic:
                t.generic_only = False
            if c.score is not None:
                t.score = max(t.score or 0.0, c.score)
            span = (n, c.start, c.end)
            if span not in t.spans:
                t.spans.add(span)
                t.docs.add(line.document)
                if len(t.examples) < 3 and all(e.sentence != text for e in t.examples):
                    t.examples.append(Example(line.document, line.page, text))
            for m in mentions:
                if m.start < c.end and c.start < m.end and GROUPS.get(m.kind) == "entity":
                    t.now.setdefault(f"{m.id} {m.text!r}", None)
    out = []
    for key, t in tallies.items():
        if t.generic_only and len(t.spans) < GENERIC_MIN_COUNT:
            continue
        term = t.forms.most_common(1)[0][0]
        kind = t.kinds.most_common(1)[0][0]
        id_ = t.ids.most_common(1)[0][0] if t.ids else None
        detail = "; ".join(t.reasons.values())
        if id_ is None and kind == Kind.CELL_TYPE.value:
            near = finder.nearest_cell_type(term)
            if near is not None:
                id_ = near[0]
                detail += f"; nearest term {near[1]!r} ({near[2]:.0f})"
        out.append(
            Suggestion(
                term=term, lang=t.lang, kind=kind, id=id_, reason="+".join(t.reasons), detail=detail,
                count=len(t.spans), documents=len(t.docs), examples=t.examples, score=t.score, now=list(t.now),
                certain=t.certain and id_ is not None,
            )
        )
    out.sort(key=lambda s: (-s.count, -s.documents, s.id is None, -(s.score or 0), s.term))
    return out[:limit] if limit else out


@lru_cache(maxsize=4)
def _finder(rules: RuleSet) -> _Finder:
    return _Finder(rules, matcher_for(rules))


def document_lines(doc: Document) -> Iterator[Line]:
    """The sentences of a document worth looking in (reference lists skipped)."""
    for block in doc.blocks:
        if block.kind is BlockKind.REFERENCE:
            continue
        for s in block.sentences:
            yield Line(doc.path, s.page, s.text, s.lang.value)


def suggest_documents(
    docs: Iterable[Document], *, rules_dir: Path | str | None = None, limit: int = 50
) -> list[Suggestion]:
    """Suggestions from parsed documents (PDFs, or ``document_from_text``)."""
    return suggest_lines((line for doc in docs for line in document_lines(doc)), rules_dir=rules_dir, limit=limit)


# --------------------------------------------------------------------------
# inputs


def suggest(
    path: Path | str,
    *,
    rules_dir: Path | str | None = None,
    limit: int = 50,
    engine: str = DEFAULT_ENGINE,
    warnings: list[str] | None = None,
    on_document: Callable[[str], None] | None = None,
) -> list[Suggestion]:
    """Suggestions from a folder of PDFs, or of extraction results.

    A folder with PDFs (searched recursively): the PDFs are read.  A folder
    of result JSON files only: each result's ``document.path`` is read when
    that PDF exists (as written, or relative to the result's folder),
    otherwise the evidence sentences of its facts are used (a result holds
    only the sentences that gave facts, so fewer suggestions come out).  A
    single PDF or result file works too.  Unreadable files are skipped and
    noted in ``warnings``.  Raises :class:`LitxError` (E005, E409).
    """
    root = Path(path)
    if not root.exists():
        raise LitxError(Msg.E005, path=str(root))
    rules = load_rules(rules_dir)
    notes = warnings if warnings is not None else []
    lines = _lines(root, rules, engine, notes, on_document)
    first = next(lines, None)
    if first is None:
        raise LitxError(Msg.E409, path=str(root))

    def chained() -> Iterator[Line]:
        yield first
        yield from lines

    return suggest_lines(chained(), rules=rules, limit=limit)


def _lines(root: Path, rules: RuleSet, engine: str, notes: list[str], on_document) -> Iterator[Line]:
    from ..runs.batch import REPORT_NAME, find_pdfs

    if root.is_file():
        pdfs = [root] if root.suffix.lower() == ".pdf" else []
        results = [root] if root.suffix.lower() == ".json" else []
    else:
        pdfs = find_pdfs(root)
        results = [] if pdfs else sorted(p for p in root.rglob("*.json") if p.name != REPORT_NAME)
    seen: set[Path] = set()
    for pdf in pdfs:
        yield from _pdf_lines(pdf, rules, engine, notes, seen, on_document)
    for path in results:
        from .explain import load_result

        try:
            result = load_result(path)
        except LitxError as exc:
            notes.append(str(exc))
            continue
        pdf = _pdf_of(result.document.path, path)
        if pdf is not None:
            yield from _pdf_lines(pdf, rules, engine, notes, seen, on_document)
            continue
        if on_document:
            on_document(str(path))
        name = result.document.path or str(path)
        done: set[tuple[int, str]] = set()
        for fact in result.facts:
            ev = fact.evidence
            if (ev.page, ev.sentence) in done:
                continue
            done.add((ev.page, ev.sentence))
            yield Line(name, ev.page, ev.sentence, ev.lang)


def _pdf_of(recorded: str, result_path: Path) -> Path | None:
    if not recorded:
        return None
    for candidate in (Path(recorded), result_path.parent / recorded):
        if candidate.suffix.lower() == ".pdf" and candidate.is_file():
            return candidate
    return None


def _pdf_lines(pdf: Path, rules: RuleSet, engine: str, notes: list[str], seen: set[Path], on_document) -> Iterator[Line]:
    from ..layout.textlayer import parse_pdf, section_vocab

    key = pdf.resolve()
    if key in seen:
        return
    seen.add(key)
    if on_document:
        on_document(str(pdf))
    try:
        doc = parse_pdf(pdf, engine=engine, sections=section_vocab(rules))
    except LitxError as exc:
        notes.append(str(exc) if exc.path else f"{pdf}: {exc}")
        return
    notes.extend(f"{pdf}: {w}" for w in doc.warnings)
    yield from document_lines(doc)


# --------------------------------------------------------------------------
# rendering


def render_suggestions(suggestions: Sequence[Suggestion], *, examples: int = 1) -> str:
    """A readable list: term, count, proposed kind and id, why, examples."""
    if not suggestions:
        return "no suggestions: every candidate is in the rules already\n"
    lines = []
    for i, s in enumerate(suggestions, 1):
        if s.id is None:
            target = f"{s.kind} (id to choose)"
        else:
            target = f"{s.kind} {s.id}" + ("" if s.certain else " (nearest term's id: check it)")
        score = f", score {s.score:.1f}" if s.score is not None else ""
        lines.append(f"{i:>3}. {s.term!r} [{s.lang}]  ×{s.count} in {s.documents} document(s)  → {target}")
        lines.append(f"     why: {s.reason}: {s.detail}{score}")
        if s.now:
            lines.append(f"     read now as: {', '.join(s.now)}")
        for e in s.examples[:examples]:
            page = f" p.{e.page}" if e.page else ""
            lines.append(f"     e.g. {Path(e.document).name}{page}: {_clip(e.sentence)}")
        if s.command:
            lines.append(f"     add: {s.command}" if s.certain else f"     add (once the id is checked): {s.command}")
    return "\n".join(lines) + "\n"


def _clip(text: str, limit: int = 140) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
