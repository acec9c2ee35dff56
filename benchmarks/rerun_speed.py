"""Re-extraction after a rule edit: a cold run vs a run with the parse cache warm.

    python benchmarks/rerun_speed.py [PDF ...] [--runs 3]   # default: ../shared/corpus

Cold: every PDF parsed into its text layer (an empty cache, which is filled)
and turned into facts.  Warm: the same PDFs again, the text layers read from
the cache (hash the file, look it up, match the rules), which is what
``litx extract`` costs after a dictionary edit.  The rules are compiled once
before timing, as a batch run does; unreadable PDFs are timed too (they are
never cached).  Median of ``--runs`` runs each; figures only, never an
assertion.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdfs", nargs="*", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from extractor.cache import ParseCache, parse_cached, sections_key
    from extractor.errors import LitxError
    from extractor.extract import Extractor
    from extractor.textlayer import document_from_text, parse_pdf, sha256_of

    pdfs = args.pdfs or sorted(SHARED.rglob("*.pdf"))
    if not pdfs:
        sys.exit(f"no PDFs (looked in {SHARED})")
    start = time.perf_counter()
    extractor = Extractor.load()
    load_s = time.perf_counter() - start
    extractor.result(document_from_text("Warm-up: 5×10^6 hUC-MSCs.\n\n纳入了61例POI患者。"))  # jieba, spaCy
    key = sections_key(extractor.sections)

    def extract_all(cache: ParseCache) -> tuple[int, int]:
        hits = facts = 0
        for pdf in pdfs:
            try:
                doc, hit = parse_cached(
                    pdf,
                    parse=lambda pdf=pdf: parse_pdf(pdf, sections=extractor.sections),
                    sha256=sha256_of(pdf),
                    key_extra=key,
                    cache=cache,
                )
            except LitxError:
                continue
            hits += hit
            facts += len(extractor.result(doc).facts)
        return hits, facts

    cold, warm = [], []
    with tempfile.TemporaryDirectory(prefix="litx-rerun-") as tmp:
        for run in range(args.runs):
            with ParseCache(Path(tmp) / f"run{run}") as cache:
                t = time.perf_counter()
                _, cold_facts = extract_all(cache)
                cold.append(time.perf_counter() - t)
        with ParseCache(Path(tmp) / "run0") as cache:
            for _ in range(args.runs):
                t = time.perf_counter()
                hits, warm_facts = extract_all(cache)
                warm.append(time.perf_counter() - t)
            stored = cache.stats()["stored_bytes"]
    if warm_facts != cold_facts:
        print(f"facts differ: {cold_facts} cold, {warm_facts} warm", file=sys.stderr)
    c, w = statistics.median(cold), statistics.median(warm)
    print(f"{len(pdfs)} PDF(s), {hits} from the cache when warm, {cold_facts} facts; rules loaded in {load_s:.2f} s")
    print(f"cold (parse + extract):       {c:8.3f} s  (runs: {', '.join(f'{x:.2f}' for x in cold)})")
    print(f"warm (cache + extract):       {w:8.3f} s  (runs: {', '.join(f'{x:.3f}' for x in warm)})")
    print(f"speed-up:                     {c / w:8.1f}x  (target >= 20x)")
    print(f"cache size:                   {stored / 1e6:8.2f} MB")


if __name__ == "__main__":
    main()
