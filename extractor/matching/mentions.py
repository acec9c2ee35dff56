"""What the matchers hand to the fact builders: typed spans of a sentence.

A :class:`Mention` is a span of one sentence that a rule matched: a cell
type term, a hormone name, a direction cue, a negation cue.  It keeps the
rule that made it (``rule``: a dotted name such as ``cell_type.term``) and,
for dictionary terms, where the term is written (``source``:
``cell_types.yaml:57``), so "why was this extracted?" is a lookup.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Mention:
    kind: str  # a rules.Kind value: "cell_type", "hormone", "direction", "negation", ...
    id: str  # canonical id ("umbilical_cord_msc", "FSH", "increase"); "" for cues without one
    start: int  # character offsets into the sentence text
    end: int
    text: str  # sentence[start:end]
    rule: str  # "cell_type.term", "cell_type.fuzzy", "dose.sci_notation", ...
    source: str = ""  # "cell_types.yaml:57" for dictionary terms
    position: str = "any"  # for cues: where they stand relative to what they govern
    score: float = 100.0  # fuzzy matches: the rapidfuzz score
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    def overlaps(self, other: "Mention") -> bool:
        return self.start < other.end and other.start < self.end

    @property
    def length(self) -> int:
        return self.end - self.start
