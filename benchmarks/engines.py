"""Pages per second of each character source (pdfplumber, pdfium).

    python benchmarks/engines.py [PDF ...] [--runs 3] [--engine pdfium]

Only the character source is timed: open the file and read every page's
:class:`PageChars` (characters, rulings, image count); no layout.  Default
input: every PDF under ../shared/corpus that opens without a password.
Each figure is the median of ``--runs`` runs; the machines are shared and
noisy, so this prints numbers and never asserts on them.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"
sys.path.insert(0, str(ROOT))

from extractor.errors import LitxError  # noqa: E402
from extractor.layout.pdfsource import ENGINES, open_source  # noqa: E402


def read_all(path: Path, engine: str) -> tuple[int, int]:
    """Pages and characters of one file."""
    source = open_source(path, engine=engine)
    pages = chars = 0
    try:
        for page in source.pages():
            pages += 1
            chars += len(page.chars)
    finally:
        source.close()
    return pages, chars


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdfs", nargs="*", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--engine", choices=ENGINES, action="append", help="default: both")
    args = parser.parse_args(argv)

    files = args.pdfs or sorted(SHARED.rglob("*.pdf"))
    if not files:
        print(f"no PDFs given and none under {SHARED}", file=sys.stderr)
        return 1
    engines = args.engine or list(ENGINES)

    usable: list[Path] = []
    for path in files:
        try:
            read_all(path, "pdfium")  # also warms the OS file cache
        except LitxError as exc:
            print(f"skipped {exc}")
            continue
        usable.append(path)

    width = max(len(p.name) for p in usable)
    header = f"{'file':<{width}}  {'pages':>5}" + "".join(f"  {e + ' p/s':>15}" for e in engines)
    if len(engines) == 2:
        header += f"  {'ratio':>7}"
    print(header)
    totals = {e: 0.0 for e in engines}
    total_pages = 0
    for path in usable:
        row = []
        pages = 0
        for engine in engines:
            times = []
            for _ in range(args.runs):
                start = time.perf_counter()
                pages, _chars = read_all(path, engine)
                times.append(time.perf_counter() - start)
            median = statistics.median(times)
            totals[engine] += median
            row.append(pages / median if median else float("inf"))
        total_pages += pages
        line = f"{path.name:<{width}}  {pages:>5}" + "".join(f"  {r:>15.1f}" for r in row)
        if len(engines) == 2:
            line += f"  {row[1] / row[0]:>6.1f}x"
        print(line)
    rates = [total_pages / totals[e] for e in engines]
    line = f"{'all':<{width}}  {total_pages:>5}" + "".join(f"  {r:>15.1f}" for r in rates)
    if len(engines) == 2:
        line += f"  {rates[1] / rates[0]:>6.1f}x"
    print(line)
    print(f"(median of {args.runs} runs per file; 'all' = total pages / sum of medians)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
