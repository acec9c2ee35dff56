"""Where extraction time goes: parsing the PDF vs matching the rules.

    python benchmarks/extract_speed.py [PDF ...]        # default: ../shared/corpus

For each PDF, the median over several runs of (a) parsing it into the text
layer and (b) turning that text layer into facts (dictionary matching,
quantities, hormone changes, context).  The rules are compiled once before
timing, as a batch run does.  Figures only, never an assertion.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"


def median_time(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdfs", nargs="*", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from extractor.errors import LitxError
    from extractor.facts.pipeline import Extractor
    from extractor.layout.textlayer import parse_pdf

    extractor = Extractor.load()
    extractor.facts(parse_pdf(ROOT / "corpus" / "papers" / sorted((ROOT / "corpus" / "papers").glob("*.pdf"))[0].name))  # warm up jieba
    pdfs = args.pdfs or sorted(SHARED.rglob("*.pdf"))
    total_parse = total_match = 0.0
    print(f"{'file':48} {'parse s':>8} {'match s':>8} {'match/parse':>11}")
    for pdf in pdfs:
        try:
            doc = parse_pdf(pdf, sections=extractor.sections)
        except LitxError as exc:
            print(f"{pdf.name[:48]:48} skipped: {exc.code}")
            continue
        t_parse = median_time(lambda: parse_pdf(pdf, sections=extractor.sections), args.runs)
        t_match = median_time(lambda: extractor.facts(doc), args.runs)
        total_parse += t_parse
        total_match += t_match
        print(f"{pdf.name[:48]:48} {t_parse:8.3f} {t_match:8.3f} {t_match / t_parse:11.2f}")
    if total_parse:
        print(f"{'all':48} {total_parse:8.3f} {total_match:8.3f} {total_match / total_parse:11.2f}")


if __name__ == "__main__":
    main()
