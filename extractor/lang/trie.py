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
