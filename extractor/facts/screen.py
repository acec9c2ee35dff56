"""One screening pass per sentence: what the fact types' quick tests ask, found once.

Each fact type may say what a sentence must hold before its finder can find
anything there (:attr:`~extractor.facts.registry.FactType.screen`), as
:class:`Keys` made of its rule data: the anchors of its count spotters
(:mod:`extractor.facts.quantities`), the mention kinds it reads and its
grammar's gates and run sieves (:meth:`CompiledGrammar.ascii_screen`).  The
pipeline works out once per ASCII sentence what it holds of all of them
(:meth:`Screen.holds`: its runs of letters, the characters of its
lower-cased text, the anchors' runs of letters standing inside its runs)
and passes over a type none of whose keys it holds, at the cost of a few
set operations instead of each finder's own checks.

Keys tell of ASCII text only (its lower-cased text is as long as the text,
its runs of letters are those the grammars' gates read, folding its
punctuation leaves it as it is); a sentence holding any other character
goes to each type's own quick test (``FactType.may_hold``).  Keys are a
necessary condition, never a sufficient one: a type whose keys a sentence
holds reads it with its finder, which checks everything again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Iterable

from ..matching.matchers import fold_punct
from ..ruleset.grammar import AsciiScreen, expect_pieces, letter_runs, lower_cased, pieces_held

if TYPE_CHECKING:
    from .scope import SentenceScope

_LETTERS = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class Keys:
    """What an ASCII sentence must hold, one of, for a finder to find
    anything there."""

    #: runs of letters standing inside a run of letters of the lower-cased text
    pieces: frozenset[str] = frozenset()
    #: whole runs of letters of the lower-cased text
    runs: frozenset[str] = frozenset()
    #: letters a run of letters of the lower-cased text starts with
    initials: frozenset[str] = frozenset()
    #: characters of the lower-cased text
    chars: frozenset[str] = frozenset()
    #: mention kinds of the sentence
    kinds: frozenset[str] = frozenset()
    #: grammar calls the finder makes, each open where its gate and sieve
    #: are, and the keys a text holds where it is (None: not known)
    grammars: tuple[tuple[AsciiScreen, "Keys | None"], ...] = ()
    #: tests of the scope that open it besides (state a finder keeps, a check no key tells)
    also: tuple[Callable[["SentenceScope"], Any], ...] = ()
    #: whether a sentence holding one of the keys is one the type's own quick
    #: test says yes of too (mention kinds, grammar calls and ``also`` only):
    #: then that test is not asked again
    exact: bool = True

    def __or__(self, other: "Keys") -> "Keys":
        return Keys(self.pieces | other.pieces, self.runs | other.runs, self.initials | other.initials,
                    self.chars | other.chars, self.kinds | other.kinds, self.grammars + other.grammars,
                    self.also + other.also, self.exact and other.exact)


def union(keys: Iterable["Keys | None"]) -> "Keys | None":
    """The keys of a finder that finds where any of its parts does (None: a
    part whose keys are not known, so none are)."""
    out = Keys()
    for k in keys:
        if k is None:
            return None
        out = out | k
    return out


def words(literals: Iterable[str]) -> Keys | None:
    """The keys of a text whose lower-cased form holds one of ``literals``
    as written (white space in them standing for any, and around a "/"):
    of each, one thing every text holding it holds, the rarest known - a
    character no lower-cased ASCII text holds (Chinese, upper case), its
    longest run of letters a to z (inside a run of the text) if of two
    letters or more, a character neither letter, digit nor white space ("="
    of "n ="), a letter, a digit; None when one is all white space."""
    pieces: set[str] = set()
    chars: set[str] = set()
    for word in literals:
        runs = _LETTERS.findall(word)
        longest = max(runs, key=len, default="")
        absent = next((ch for ch in word if not ch.isascii() or "A" <= ch <= "Z"), None)
        other = next((ch for ch in word if not (ch.isspace() or ch.isalnum())), None)
        digit = next((ch for ch in word if "0" <= ch <= "9"), None)
        if absent is not None:
            chars.add(absent)
        elif len(longest) >= 2:
            pieces.add(longest)
        elif other is not None:
            chars.add(other)
        elif longest:
            pieces.add(longest)
        elif digit is not None:
            chars.add(digit)
        else:
            return None
    return Keys(pieces=frozenset(pieces), chars=frozenset(chars), exact=False)


def whole_words(literals: Iterable[str]) -> Keys | None:
    """The keys of a text whose lower-cased form holds one of ``literals``
    as a whole word (no letter a to z right before or after it), white space
    in them standing for any: of each, a character no lower-cased ASCII text
    holds, else its first run of letters (its head: "mg" of "mg/kg body
    weight"), which is then a whole run of the text, else what :func:`words`
    takes."""
    runs: set[str] = set()
    rest: list[str] = []
    for word in literals:
        first = _LETTERS.search(word)
        if first is not None and not any(not ch.isascii() or "A" <= ch <= "Z" for ch in word):
            runs.add(first.group())
        else:
            rest.append(word)
    said = words(rest)
    return None if said is None else Keys(runs=frozenset(runs), exact=False) | said


def initials(letters: Iterable[str]) -> Keys:
    """The keys of a text one of whose runs of letters (lower-cased) starts with one of ``letters``."""
    return Keys(initials=frozenset(letters), exact=False)


def grammar(compiled, kind: str | None = "fact", patterns=None, mentions: bool = True) -> Keys:
    """The keys of a grammar's :meth:`find` with these arguments
    (``mentions``: whether the finder passes the sentence's mentions)."""
    screen = compiled.ascii_screen(kind, patterns, mentions)
    asked = screen.words  # a gate of words: their keys first (no search of the text where none is held)
    said = words(asked[0]) if asked is not None else None
    return Keys(grammars=((screen, None if said is None else said | Keys(kinds=asked[1])),))


def kinds(*names: str) -> Keys:
    """The keys of a finder that reads mentions of these kinds."""
    return Keys(kinds=frozenset(names))


_NONE: frozenset[str] = frozenset()


class Held:
    """What one ASCII sentence holds: its text, its runs of letters, the
    characters of any type's keys in its lower-cased text, the pieces of any
    type's keys inside its runs (among those of the grammars' expressions:
    :func:`pieces_held`), its mention kinds and the initials of any type's
    keys its runs start with."""

    __slots__ = ("text", "runs", "chars", "pieces", "kinds", "initials")

    def __init__(self, text: str, runs: frozenset[str], chars: frozenset[str], pieces: frozenset[str],
                 kinds: frozenset[str], initials: frozenset[str]) -> None:
        self.text, self.runs, self.chars, self.pieces, self.kinds, self.initials = \
            text, runs, chars, pieces, kinds, initials


class Screen:
    """The keys of every fact type, and what one sentence holds of them."""

    def __init__(self, keys: dict[str, Keys | None]) -> None:
        self.keys = {name: k for name, k in keys.items() if k is not None}
        every = [*self.keys.values(), *(pre for k in self.keys.values() for _, pre in k.grammars if pre is not None)]
        # the pieces any type asks for, looked for with the grammars' (one pass per sentence)
        expect_pieces(p for k in every for p in k.pieces)
        # the characters and the initials any type asks for, found by one search each
        chars = sorted({c for k in every for c in k.chars if c.isascii()})
        self._chars = re.compile("[" + "".join(map(re.escape, chars)) + "]") if chars else None
        letters = sorted({c for k in self.keys.values() for c in k.initials})
        self._letters = tuple(letters)
        self._initials = re.compile("(?<![a-z])[" + "".join(map(re.escape, letters)) + "]") if letters else None

    def holds(self, text: str, mention_kinds: frozenset[str]) -> Held | None:
        """What ``text`` holds of the keys (None: not ASCII, or folding its
        punctuation changes it: no key tells of it then)."""
        if not text.isascii() or fold_punct(text) is not text:
            return None
        runs = letter_runs(text)
        low = lower_cased(text)
        chars = frozenset(self._chars.findall(low)) if self._chars is not None else _NONE
        initials = frozenset(self._initials.findall(low)) \
            if self._initials is not None and any(c in low for c in self._letters) else _NONE
        # (the pieces held: those of every type, and of the grammars' expressions)
        return Held(text, runs, chars, pieces_held(text), mention_kinds, initials)

    def exact(self, name: str) -> bool:
        """Whether type ``name`` has keys that say all its quick test says
        (:attr:`Keys.exact`): a sentence they open needs no other test."""
        keys = self.keys.get(name)
        return keys is not None and keys.exact

    def opens(self, name: str, held: Held, scope: "SentenceScope") -> bool:
        """Whether the sentence (holding ``held``) holds one of the keys of
        type ``name`` (a type without keys: always)."""
        keys = self.keys.get(name)
        if keys is None:
            return True
        if not (keys.pieces.isdisjoint(held.pieces) and keys.runs.isdisjoint(held.runs)
                and keys.chars.isdisjoint(held.chars) and keys.kinds.isdisjoint(held.kinds)
                and keys.initials.isdisjoint(held.initials)):
            return True
        for grammar, first in keys.grammars:
            if first is not None and first.pieces.isdisjoint(held.pieces) and first.chars.isdisjoint(held.chars) \
                    and first.kinds.isdisjoint(held.kinds):
                continue  # none of the words its gate asks for
            if grammar.opens(held.text, held.runs, held.kinds):
                return True
        return any(test(scope) for test in keys.also)
