"""Pages per second of `litx parse` next to plain pdfplumber, side by side, and peak memory.

    python benchmarks/parse_speed.py [PDF ...]          # default: ../shared/corpus
    python benchmarks/parse_speed.py --runs 5           # medians of 5 runs
    python benchmarks/parse_speed.py --engine pdfplumber --engine pdfium
    python benchmarks/parse_speed.py --cli              # also whole commands, a fresh process per file
    python benchmarks/parse_speed.py --big              # also a 300-page PDF

Each run times every file with each tool in turn (plain pdfplumber
``page.extract_text()``, then ``litx parse`` as the command does it: the
text layer with the rules' sections, written as text), so a change in the
machine's load touches all of them alike; a file's figure is the median of
its runs, the corpus's the sum of those medians, and the ratio the one to
read (``x faster`` = plain time / litx time).  OCR is off for litx
(``--ocr never``): plain pdfplumber reads no image either.  The machines
are shared and noisy, so this prints numbers and never asserts on them.
Peak memory is measured in a fresh child process per file (ru_maxrss), so
one file's allocations do not hide another's.

``--cli`` adds whole commands: ``litx parse --ocr never FILE`` against
``python -c <plain pdfplumber>``, each a fresh process per file, so start-up
(Python, the rules, the libraries) counts too.
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
sys.path.insert(0, str(ROOT))

from extractor.layout.pdfsource import DEFAULT_ENGINE, ENGINES  # noqa: E402


def plain(path: Path) -> int:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        pages = len(pdf.pages)
        for page in pdf.pages:
            page.extract_text()
            page.close()
    return pages


_SECTIONS = None


def litx(path: Path, engine: str) -> int:
    """What ``litx parse --ocr never`` does once its rules are loaded."""
    global _SECTIONS
    from extractor.layout.render import to_text
    from extractor.layout.textlayer import parse_pdf, section_vocab
    from extractor.ruleset.model import load_rules

    if _SECTIONS is None:
        _SECTIONS = section_vocab(load_rules(None))
    doc = parse_pdf(path, engine=engine, sections=_SECTIONS, ocr="never")
    to_text(doc)
    return doc.pages


def clock(fn, *args) -> tuple[float, int]:
    start = time.perf_counter()
    pages = fn(*args)
    return time.perf_counter() - start, pages


PLAIN_CODE = (
    "import sys, pdfplumber\n"
    "with pdfplumber.open(sys.argv[1]) as pdf:\n"
    "    for page in pdf.pages:\n"
    "        page.extract_text()\n"
)


def command(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, capture_output=True, cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    return time.perf_counter() - start


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
    parser.add_argument("--engine", action="append", choices=list(ENGINES), help=f"default: {DEFAULT_ENGINE}")
    parser.add_argument("--no-memory", action="store_true", help="skip the peak-memory column")
    parser.add_argument("--cli", action="store_true", help="also time whole commands, a fresh process per file")
    args = parser.parse_args()
    engines = args.engine or [DEFAULT_ENGINE]
    pdfs = args.pdfs or [p for p in sorted(SHARED.rglob("*.pdf")) if "userpw" not in p.name]
    if args.big:
        pdfs.append(make_big(Path("/tmp/litx-300-pages.pdf"), list(pdfs)))
    tools = ["plain"] + engines
    for pdf in pdfs:  # warm up: imports, the rules, the OS file cache
        litx(pdf, engines[0])
    times: dict[tuple[str, Path], list[float]] = {}
    pages: dict[Path, int] = {}
    for _ in range(args.runs):
        for pdf in pdfs:
            for tool in tools:
                seconds, count = clock(plain, pdf) if tool == "plain" else clock(litx, pdf, tool)
                times.setdefault((tool, pdf), []).append(seconds)
                pages[pdf] = count
    median = {key: statistics.median(values) for key, values in times.items()}
    head = f"{'file':44} {'pages':>5} {'plain p/s':>9}" + "".join(f" {t[:8] + ' p/s':>12} {'x faster':>8}" for t in engines)
    print(head + ("" if args.no_memory else f" {'peak MB':>8}"))
    rows = []
    for pdf in pdfs:
        line = f"{pdf.name[:44]:44} {pages[pdf]:5d} {pages[pdf] / median['plain', pdf]:9.1f}"
        row = {"file": pdf.name, "pages": pages[pdf], "plain_s": median["plain", pdf]}
        for engine in engines:
            t = median[engine, pdf]
            line += f" {pages[pdf] / t:12.1f} {median['plain', pdf] / t:8.2f}"
            row[f"{engine}_s"] = t
        if not args.no_memory:
            row["peak_mb"] = peak_memory_mb(pdf, engines[0])
            line += f" {row['peak_mb']:8.0f}"
        rows.append(row)
        print(line)
    total_pages = sum(pages.values())
    total = {tool: sum(median[tool, pdf] for pdf in pdfs) for tool in tools}
    line = f"{'all':44} {total_pages:5d} {total_pages / total['plain']:9.1f}"
    for engine in engines:
        line += f" {total_pages / total[engine]:12.1f} {total['plain'] / total[engine]:8.2f}"
    print(line)
    print(f"(median of {args.runs} runs per file, tools interleaved; 'all' = pages / sum of medians; "
          f"plain {total['plain']:.2f} s" + "".join(f", {e} {total[e]:.2f} s" for e in engines) + ")")
    if args.cli:
        cli_times: dict[str, list[float]] = {"plain": [], **{e: [] for e in engines}}
        for _ in range(args.runs):
            run = {tool: 0.0 for tool in cli_times}
            for pdf in pdfs:
                run["plain"] += command([sys.executable, "-c", PLAIN_CODE, str(pdf)])
                for engine in engines:
                    run[engine] += command([sys.executable, "-m", "extractor.cli", "parse", "--ocr", "never",
                                            "--engine", engine, "-o", "/dev/null", str(pdf)])
            for tool, seconds in run.items():
                cli_times[tool].append(seconds)
        cli = {tool: statistics.median(v) for tool, v in cli_times.items()}
        print(f"whole commands, a fresh process per file ({len(pdfs)} files): plain pdfplumber {cli['plain']:.2f} s"
              + "".join(f", litx parse --engine {e} {cli[e]:.2f} s ({cli['plain'] / cli[e]:.2f}x faster)" for e in engines))
    Path("/tmp/litx-parse-speed.json").write_text(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
