"""Context of a fact: negated, hedged, species (ConText / medspaCy style).

:func:`context_of` judges one fact span of a sentence against the cue
mentions the matcher found in that sentence (kinds negation,
pseudo_negation, terminator, hedge, species, in_vitro and direction).  It
reads the cues as ``rules/context.yaml`` says, in this order:

1. direction cues (无明显变化, "did not change"), pseudo-negations (不仅,
   功能不全, "not only") and terminators (但, but) are resolved first,
   longest match winning;
2. a negation cue that lies inside one of those spans is dropped (the 未 of
   未见明显变化 negates nothing), and overlapping negation cues keep the
   longest (未采用 over 未);
3. a remaining cue negates the span when the span lies on the cue's side
   (its ``position``: before / after / any) within ``rules.negation_scope(lang)``
   tokens, and no terminator stands between them.  A cue inside the span
   negates it.

Hedging is sentence-level: any hedge cue marks the fact, except a hedge
inside a longer negation cue ("could" in "could not").  Species: an animal
cue of the sentence outranks a human one (hUC-MSC come from humans, the
experiment is still in mice); several animals: the one nearest the span.
No species cue: ``section_species`` if the caller gives it (the species of
the paragraph or section), else ``rules.species_default``.  ``in_vitro`` is
an extra field (the contract allows extra fields): an in-vitro cue anywhere
in the sentence.

What is expected of the mentions (see also :func:`resolve_overlaps`):
overlapping mentions are fine, they are resolved here (longest wins); rule
``exclude`` lists (鼠抗, anti-mouse) are the matcher's job, as are word
boundaries for English terms.

Token distances (:func:`measure`) use a cheap tokenization of the text
between two spans instead of spaCy/jieba (jieba costs ~0.3 ms a sentence,
more than everything here together):

* a run of Latin letters/digits is one token, with inner ``. ' / -`` and
  thousands commas (``follicle-stimulating``, ``0.05``, ``IU/L``, ``1,000``);
* a run of Chinese characters counts ``ceil(len / 2)`` tokens (jieba's
  average word in this literature is about two characters: 水平 / 明显 / 下降);
* any other visible character (``，`` ``、`` ``>`` ``±``) is one token;
* a balanced bracket group counts as one token, whatever it holds: an aside
  such as ``(89 ± 5 IU/L, P<0.05)`` does not push a cue out of its window.

The same measure also reports a clause break (``, ， ; ； 。 ! ?`` outside
brackets, digit commas excepted), which hormones.py uses to keep a cue in
its own clause.

Cost, measured on this machine: ~20 µs per call for the test sentences,
~35 µs for a 90-character sentence with 18 mentions (resolution is
quadratic in the number of cues, which stays small); tests/test_context.py
checks that it stays under 2 ms.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Iterable, Mapping, Sequence

from ..lang.script import IDEOGRAPHS
from .mentions import Mention
from ..ruleset.model import Kind, Position, RuleSet

__all__ = ["Context", "context_of", "measure", "token_count", "resolve_overlaps"]

_CJK = IDEOGRAPHS
_WORD_CHAR = rf"[^\W_{_CJK}]"
_TOKEN = re.compile(
    rf"(?P<cjk>[{_CJK}]+)"
    rf"|(?P<word>{_WORD_CHAR}+(?:(?:[.'’/\-]|(?<=\d),(?=\d{{3}}(?!\d)))(?:{_WORD_CHAR})+)*)"
    r"|(?P<open>[(（\[【［])"
    r"|(?P<close>[)）\]】］])"
    r"|(?P<sym>\S)"
)
_BREAKS = frozenset(",，;；。!！?？")


def measure(text: str) -> tuple[int, bool]:
    """(tokens, clause break) of ``text``, the stretch between two spans.

    See the module docstring for the tokenization.  ``measure("水平、") ==
    (2, False)``, ``measure(" levels, ") == (2, True)``.
    """
    count = 0
    broken = False
    depth = 0
    inner = 0  # tokens inside the currently open bracket group
    for m in _TOKEN.finditer(text):
        group = m.lastgroup
        if group == "open":
            if depth == 0:
                inner = 0
            depth += 1
            inner += 1
            continue
        if group == "close":
            if depth:
                depth -= 1
                if depth == 0:
                    count += 1  # the whole group is one token
                continue
            count += 1
            continue
        n = math.ceil(len(m.group()) / 2) if group == "cjk" else 1
        if depth:
            inner += n
            continue
        count += n
        if group == "sym" and m.group() in _BREAKS:
            broken = True
    if depth:  # an unclosed bracket: count what followed it
        count += inner
    return count, broken


def token_count(text: str) -> int:
    """Tokens in ``text`` as :func:`measure` counts them."""
    return measure(text)[0]


def resolve_overlaps(mentions: Iterable[Mention], priority: Mapping[str, int] | None = None) -> list[Mention]:
    """Keep non-overlapping mentions: longest first, then ``priority`` by kind
    (lower wins), then leftmost.  Returned in sentence order.

    Idempotent, so mentions a matcher already resolved pass through.
    """
    prio = priority or {}
    ranked = sorted(mentions, key=lambda m: (-(m.end - m.start), prio.get(m.kind, 99), m.start, m.end))
    kept: list[Mention] = []
    for m in ranked:
        if m.end > m.start and not any(m.start < k.end and k.start < m.end for k in kept):
            kept.append(m)
    kept.sort(key=lambda m: (m.start, m.end))
    return kept


def _within(inner: Mention, outer: Mention) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _blocked(negation: Mention, blocker: Mention) -> bool:
    """A negation cue that is part of a blocker: within it, or, for a
    no-change cue, sharing its first characters (the 未 of 均未 is the 未 of
    未见明显变化: "E2均未见明显变化" says E2 did not change, it denies nothing)."""
    if _within(negation, blocker):
        return True
    return blocker.kind == Kind.DIRECTION.value and negation.start < blocker.start < negation.end <= blocker.end


def _inside(inner: Mention, outer: Mention) -> bool:
    """Strictly inside: within and shorter."""
    return _within(inner, outer) and inner.length < outer.length


@dataclass(slots=True)
class Context:
    """The contract's ``context`` of a fact, and the cues that decided it."""

    negated: bool = False
    hedged: bool = False
    species: str = "human"
    #: extra field: the sentence names an in-vitro setting (体外, co-culture)
    in_vitro: bool = False
    #: the mentions that set the flags (negation, hedge, species, in_vitro
    #: cues), in sentence order; empty when everything is a default
    cues: list[Mention] = field(default_factory=list)

    def as_contract(self) -> dict:
        """``{"negated", "hedged", "species"}`` as CONTRACT.md writes it."""
        return {"negated": self.negated, "hedged": self.hedged, "species": self.species}


_NEG_BLOCKERS = (Kind.DIRECTION.value, Kind.PSEUDO_NEGATION.value, Kind.TERMINATOR.value)


def context_of(
    sentence: str,
    span: tuple[int, int],
    cues: Sequence[Mention],
    rules: RuleSet,
    lang: str,
    *,
    section_species: str | None = None,
    looks_back: bool = True,
) -> Context:
    """The context of the fact at ``span`` (character offsets in ``sentence``).

    ``cues`` are the sentence's mentions; kinds other than negation,
    pseudo_negation, terminator, hedge, species, in_vitro and direction are
    ignored, so passing every mention of the sentence is fine.

    With ``looks_back`` False a cue of position ``any`` after the span does
    not negate it: "the woman treated three times did not respond" denies
    the response, not the sessions; only ``after`` cues ("was not used")
    deny what stands before them.  A cue never reaches across a clause
    break (，/, ;) to a fact with ``looks_back`` False either.
    """
    start, end = span
    by_kind: dict[str, list[Mention]] = {}
    for m in cues:
        by_kind.setdefault(m.kind, []).append(m)

    # 1–2: blockers first; a negation cue inside one of them is no negation
    blockers = resolve_overlaps(m for k in _NEG_BLOCKERS for m in by_kind.get(k, ()))
    negations = resolve_overlaps(
        m for m in by_kind.get(Kind.NEGATION.value, ()) if not any(_blocked(m, b) for b in blockers)
    )
    terminators = [b for b in blockers if b.kind == Kind.TERMINATOR.value]
    used: list[Mention] = []

    # 3: scope
    scope = rules.negation_scope(lang)
    negated = False
    for cue in negations:
        if cue.start < end and start < cue.end:
            hit = True
        elif cue.end <= start:
            hit = cue.position != Position.AFTER.value and _reaches(
                sentence, cue.end, start, scope, terminators, clause=not looks_back)
        else:
            allowed = (Position.AFTER.value, Position.ANY.value) if looks_back else (Position.AFTER.value,)
            hit = cue.position in allowed and _reaches(
                sentence, end, cue.start, scope, terminators, clause=not looks_back)
        if hit:
            negated = True
            used.append(cue)

    hedges = [
        h
        for h in resolve_overlaps(by_kind.get(Kind.HEDGE.value, ()))
        if not any(_inside(h, n) for n in negations)
    ]
    used.extend(hedges)

    species_cue = _species_cue(resolve_overlaps(by_kind.get(Kind.SPECIES.value, ())), start, end, rules)
    if species_cue is not None:
        species = species_cue.id
        used.append(species_cue)
    else:
        species = section_species or rules.species_default

    in_vitro = resolve_overlaps(by_kind.get(Kind.IN_VITRO.value, ()))
    used.extend(in_vitro)
    used.sort(key=lambda m: (m.start, m.end))
    return Context(negated=negated, hedged=bool(hedges), species=species, in_vitro=bool(in_vitro), cues=used)


def _reaches(sentence: str, a: int, b: int, scope: int, terminators: Sequence[Mention],
             clause: bool = False) -> bool:
    """Whether a cue at one end of ``sentence[a:b]`` reaches the other end
    (with ``clause``, not across a clause break)."""
    if any(a <= t.start and t.end <= b for t in terminators):
        return False
    count, broken = measure(sentence[a:b])
    return count <= scope and not (clause and broken)


def _species_cue(found: Sequence[Mention], start: int, end: int, rules: RuleSet) -> Mention | None:
    if not found:
        return None
    default = rules.species_default
    animals = [m for m in found if m.id != default]
    pool = animals or list(found)

    def distance(m: Mention) -> int:
        if m.end <= start:
            return start - m.end
        if m.start >= end:
            return m.start - end
        return 0

    return min(pool, key=lambda m: (distance(m), m.start))
