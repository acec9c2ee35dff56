"""Pages per second of `litx parse` next to plain pdfplumber, and peak memory.

    python benchmarks/parse_speed.py [PDF ...]          # default: ../shared/corpus
    python benchmarks/parse_speed.py --big              # also a 300-page PDF

Each figure is the median of several runs; the machines are shared and
noisy, so this prints numbers and never asserts on them.  Peak memory is
measured in a fresh child process per file (ru_maxrss), so one file's
allocations do not hide another's.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"


def plain(path: Path) -> int:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        pages = len(pdf.pages)
        for page in pdf.pages:
            page.extract_text()
            page.close()
    return pages


def litx(path: Path, engine: str) -> int:
    from extractor.layout.render import to_text
    from extractor.layout.textlayer import parse_pdf

    doc = parse_pdf(path, engine=engine)
    to_text(doc)
    return doc.pages


def timed(fn, *args, runs: int) -> tuple[float, int]:
    times = []
    pages = 0
    for _ in range(runs):
        start = time.perf_counter()
        pages = fn(*args)
        times.append(time.perf_counter() - start)
    return statistics.median(times), pages


def peak_memory_mb(path: Path, engine: str) -> float:
    code = (
        "import resource,sys; sys.path.insert(0, %r);"
        "from extractor.layout.textlayer import parse_pdf; parse_pdf(%r, engine=%r);"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)"
    ) % (str(ROOT), str(path), engine)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def make_big(target: Path, sources: list[Path], pages: int = 300) -> Path:
    """Concatenate PDFs with a text layer until `pages` pages."""
    import pypdfium2 as pdfium

    sources = [p for p in sources if "encrypted" not in p.name and "scanned" not in p.name]
    if not sources:
        raise SystemExit("no PDFs to build the big one from")
    out = pdfium.PdfDocument.new()
    while len(out) < pages:
        for src in sources:
            doc = pdfium.PdfDocument(src)
            take = min(len(doc), pages - len(out))
            out.import_pages(doc, list(range(take)))
            doc.close()
            if len(out) >= pages:
                break
    out.save(target)
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdfs", nargs="*", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--big", action="store_true", help="also build and parse a 300-page PDF")
    parser.add_argument("--engine", default="pdfplumber", choices=["pdfplumber", "pdfium"])
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    pdfs = args.pdfs or [
        p for p in sorted(SHARED.rglob("*.pdf")) if "userpw" not in p.name
    ]
    if args.big:
        pdfs.append(make_big(Path("/tmp/litx-300-pages.pdf"), list(pdfs)))
    rows = []
    total_plain = total_litx = total_pages = 0.0
    print(f"{'file':48} {'pages':>5} {'plain p/s':>9} {'litx p/s':>9} {'ratio':>6} {'peak MB':>8}")
    for pdf in pdfs:
        t_plain, pages = timed(plain, pdf, runs=args.runs)
        t_litx, _ = timed(litx, pdf, args.engine, runs=args.runs)
        peak = peak_memory_mb(pdf, args.engine)
        total_plain += t_plain
        total_litx += t_litx
        total_pages += pages
        ratio = t_litx / t_plain if t_plain else float("nan")
        rows.append({"file": pdf.name, "pages": pages, "plain_s": t_plain, "litx_s": t_litx, "ratio": ratio, "peak_mb": peak})
        print(f"{pdf.name[:48]:48} {pages:5d} {pages / t_plain:9.1f} {pages / t_litx:9.1f} {ratio:6.2f} {peak:8.0f}")
    print(
        f"{'all':48} {int(total_pages):5d} {total_pages / total_plain:9.1f} {total_pages / total_litx:9.1f} "
        f"{total_litx / total_plain:6.2f}"
    )
    Path("/tmp/litx-parse-speed.json").write_text(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
