"""Many literal strings as one regular expression, factored by their prefixes."""

from __future__ import annotations

import re
from typing import Callable, Iterable


def _literal(ch: str, first: bool) -> str:
    return re.escape(ch)


def trie_pattern(terms: Iterable[str], char: Callable[[str, bool], str] = _literal,
                 end: Callable[[str], str] | None = None) -> str:
    """One regex for many strings, shared prefixes factored out (``ab(?:c)?``
    for "ab" and "abc").

    An alternation of hundreds of strings makes the regex engine try each
    one at every position; a trie tries one branch per next character, so a
    few hundred terms cost about as much as a few.  Each optional tail is
    greedy, so the longest string at a position wins.  ``char(ch, first)``
    writes one character (default: itself, escaped; ``first`` for the
    first character of a term), so a caller can let a space match any run
    of white space.  ``end(ch)``, when given, is written where a term
    ending with ``ch`` ends (a condition on what follows it, such as
    ``(?![a-z])``; "" for none).
    """
    trie: dict = {}
    for term in terms:
        node = trie
        for ch in term:
            node = node.setdefault(ch, {})
        node[""] = {}  # a term ends here

    def emit(node: dict, first: bool, last: str) -> str:
        alts = [char(ch, first) + emit(child, False, ch) for ch, child in sorted(node.items()) if ch]
        after = end(last) if end is not None and "" in node else ""
        if not alts:
            return after
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if after:
            return f"(?:{body}|{after})"  # a longer term, or this one ending as it must
        return f"(?:{body})?" if "" in node else body  # longer terms continue past an end

    return emit(trie, True, "")


def alternatives(words: Iterable[str]) -> str:
    """The words (lower-cased) as one alternation, longest first; ``(?!)``
    (matches nothing) for none."""
    return "|".join(re.escape(w.lower()) for w in sorted(set(words), key=len, reverse=True)) or "(?!)"


def spaced(words: Iterable[str]) -> str:
    """Like :func:`alternatives`, a space matching any run of white space."""
    return alternatives(words).replace(r"\ ", r"\s+")


class PiecesInRuns:
    """Which of some runs of the letters a to z (``pieces``) stand inside the
    runs of letters of a text.  Worked out once per run of letters and
    remembered: a sentence's words are mostly words met before, so a
    sentence costs a look-up per run instead of a search per piece."""

    #: beyond this many runs of letters remembered, the memo starts afresh (a bound on memory)
    MEMO_LIMIT = 200_000

    def __init__(self, pieces: Iterable[str] = ()) -> None:
        self.pieces: frozenset[str] = frozenset()
        self._starting: re.Pattern | None = None
        self._prefixes: dict[str, frozenset[str]] = {}
        self._in_run: dict[str, frozenset[str]] = {}
        self.add(pieces)

    def add(self, pieces: Iterable[str]) -> bool:
        """Look for these pieces too; whether any was new (what was
        remembered is then forgotten)."""
        new = frozenset(pieces) - self.pieces
        if not new:
            return False
        known = self.pieces = self.pieces | new
        ordered = sorted(known)
        # at each place of a run, the longest piece starting there (the shorter are its prefixes)
        self._starting = re.compile(f"(?=({trie_pattern(ordered)}))")
        self._prefixes = {p: frozenset(p[:i] for i in range(1, len(p) + 1) if p[:i] in known) for p in ordered}
        self._in_run = {}
        return True

    def held(self, runs: Iterable[str]) -> frozenset[str]:
        """The pieces standing inside one of ``runs``."""
        if self._starting is None:
            return frozenset()
        memo = self._in_run
        out: set[str] = set()
        for run in runs:
            found = memo.get(run)
            if found is None:
                if len(memo) >= self.MEMO_LIMIT:
                    memo.clear()
                found = memo[run] = frozenset().union(*(self._prefixes[p] for p in self._starting.findall(run)))
            out |= found
        return frozenset(out)
