"""What a sentence costs to match, by the kind of text it is.

    python benchmarks/sentence_cost.py [PDF ...] [--runs 5]   # default: ../shared/corpus

The facts of each parsed PDF are found several times; the time from one
sentence's term matching to the next sentence's (its mentions, the screen,
the finders, arms and studies) is charged to that sentence, by its kind:
English in ASCII (the screen's keys tell of it), English holding another
character (each finder's own quick test instead), Chinese (the texts of
table cells the finders match count too).  Figures only,
never an assertion: they tell which kind of sentence a change of structure
should make cheaper.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"


class _Clock:
    """A stand-in for the extractor's matcher that charges the time since
    the last sentence's matching began to that sentence's kind."""

    def __init__(self, matcher, kind_of) -> None:
        self.matcher, self.kind_of = matcher, kind_of
        self.seconds: Counter[str] = Counter()
        self.sentences: Counter[str] = Counter()
        self._last: tuple[str, float] | None = None

    def match(self, text: str, lang: str, **options):
        self.lap()
        kind = self.kind_of(text, lang)
        self.sentences[kind] += 1
        self._last = (kind, time.perf_counter())
        return self.matcher.match(text, lang, **options)

    def lap(self) -> None:
        """Charge the time since the last sentence began to its kind (at a document's end, too)."""
        if self._last is not None:
            kind, began = self._last
            self.seconds[kind] += time.perf_counter() - began
            self._last = None

    def __getattr__(self, name: str):
        return getattr(self.matcher, name)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdfs", nargs="*", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from extractor.errors import LitxError
    from extractor.facts.pipeline import Extractor
    from extractor.layout.textlayer import parse_pdf
    from extractor.matching.matchers import fold_punct

    def kind_of(text: str, lang: str) -> str:
        if lang == "zh":
            return "Chinese"
        return "English, ASCII" if text.isascii() and fold_punct(text) is text else "English, other"

    extractor = Extractor.load()
    docs = []
    for pdf in args.pdfs or sorted(SHARED.rglob("*.pdf")):
        try:
            docs.append(parse_pdf(pdf, sections=extractor.sections))
        except LitxError:
            continue
    for doc in docs:  # warm up (jieba, the grammars' memos)
        extractor.facts(doc)
    clock = _Clock(extractor.matcher, kind_of)
    extractor.matcher = clock
    started = time.perf_counter()
    for _ in range(args.runs):
        for doc in docs:
            extractor.facts(doc)
            clock.lap()  # (the document's own passes after its last sentence go to that sentence)
    total = (time.perf_counter() - started) / args.runs
    print(f"{'sentences':16} {'count':>6} {'s a pass':>9} {'share':>6} {'µs each':>8}")
    for kind, seconds in clock.seconds.most_common():
        n = clock.sentences[kind] // args.runs
        per_pass = seconds / args.runs
        print(f"{kind:16} {n:6d} {per_pass:9.3f} {per_pass / total:6.1%} {1e6 * per_pass / max(n, 1):8.0f}")
    print(f"{'all':16} {sum(clock.sentences.values()) // args.runs:6d} {total:9.3f}")


if __name__ == "__main__":
    main()
