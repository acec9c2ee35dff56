"""Citation markers as the text layer writes them: ``^[23]``, ``^[4-6]``,
``^[8, 10, 13]``, ``^{14,15}``, ``^23``.

One pattern for every stage that must tell a citation from a number: the
quantity finders skip numbers inside it, the fact builder resolves it to the
reference list.  An exponent is never a citation: ``10^6``, ``mm^3`` (a caret
right after a digit or a unit letter), and a bare ``^23`` never runs on past
a space ("mm^3, 2.5 mg/kg").
"""

from __future__ import annotations

import re

CITATION = re.compile(
    r"\^\[(?P<bracket>[^\]]{1,60})\]"
    r"|(?<![\dm])\^\{(?P<brace>[0-9,\s–—−-]{1,40})\}"
    r"|(?<![\dm])\^(?P<bare>\d{1,3}(?:[,–-]\d{1,3})*)"
)
_RANGE = re.compile(r"(\d+)\s*[–—−-]\s*(\d+)")


def spans(text: str) -> list[tuple[int, int]]:
    """Where the citation markers of a text are."""
    return [m.span() for m in CITATION.finditer(text)] if "^" in text else []


def markers(text: str) -> list[str]:
    """The reference numbers cited in a text, in order: ^[4-6] → 4, 5, 6."""
    if "^" not in text:  # every marker starts with one
        return []
    out: list[str] = []
    for m in CITATION.finditer(text):
        body = m["bracket"] or m["brace"] or m["bare"]
        for part in re.split(r"[,，]", body):
            part = part.strip()
            r = _RANGE.fullmatch(part)
            if r and 0 <= int(r.group(2)) - int(r.group(1)) < 30:
                out.extend(str(n) for n in range(int(r.group(1)), int(r.group(2)) + 1))
            elif part.isdigit():
                out.append(part)
    return list(dict.fromkeys(out))
