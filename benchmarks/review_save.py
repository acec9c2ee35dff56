"""Saving a review decision on a long result, timed as the page meets it.

    python benchmarks/review_save.py [--decisions 200] [--pages 300]

Builds a PDF of ``--pages`` pages and its result (~1,200 facts, ~860 kB of
JSON, as ``tests/reviewkit.py`` makes them), opens it with the review app and
posts ``--decisions`` decisions in a row through the app's HTTP interface
(Flask's test client: the request, the revision check under the file's
lock, the line appended to the decision log and flushed to disk, the answer
built), each on the revision the previous one returned, as the page does.
Every ``FOLD_AT``-th save also folds the log into the result (a rewrite of the
whole file): those are counted in the median too.

Prints the median, the 90th percentile and the slowest save, and the time
of one rewrite of the whole result for comparison.  Figures only, never an
assertion.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--decisions", type=int, default=200)
    parser.add_argument("--pages", type=int, default=300)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "tests"))
    from reviewkit import big_result, make_big_pdf, write

    from extractor.atomic import write_text
    from extractor.output.resultfiles import json_text
    from extractor.review import create_app
    from extractor.review.resultfolder import FOLD_AT

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        pdf = make_big_pdf(tmp / "pdfs" / "big.pdf", args.pages)
        data = big_result(pdf, args.pages)
        path = write(tmp / "out" / "big.json", data)
        size = path.stat().st_size
        client = create_app(tmp / "out", tmp / "pdfs").test_client()
        t0 = time.perf_counter()
        revision = client.get("/api/doc/big").get_json()["revision"]
        opened = time.perf_counter() - t0
        ids = [f["id"] for f in data["facts"]]
        times = []
        for i in range(args.decisions):
            body = {"revision": revision, "fact": ids[i % len(ids)], "status": "accepted" if i % 3 else "rejected"}
            t = time.perf_counter()
            r = client.post("/api/decide/big", json=body)
            times.append(time.perf_counter() - t)
            if r.status_code != 200:
                raise SystemExit(f"save {i}: HTTP {r.status_code} {r.get_data(as_text=True)[:200]}")
            revision = r.get_json()["revision"]
        t = time.perf_counter()
        write_text(tmp / "out" / "rewrite.json", json_text(json.loads(path.read_text(encoding="utf-8"))))
        rewrite = time.perf_counter() - t
    times.sort()
    ms = lambda s: f"{s * 1000:.1f} ms"  # noqa: E731
    print(f"result: {args.pages} pages, {len(ids)} facts, {size / 1024:.0f} kB; document opened in {ms(opened)}")
    print(f"{args.decisions} decisions (the log folded into the result every {FOLD_AT}):")
    print(f"  median {ms(statistics.median(times))}, 90th percentile {ms(times[int(len(times) * 0.9)])}, slowest {ms(times[-1])}")
    print(f"one rewrite of the whole result (parse, serialise, atomic write), for comparison: {ms(rewrite)}")


if __name__ == "__main__":
    main()
