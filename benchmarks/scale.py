"""How litx extract scales: one process, two processes, a two-worker Dask cluster.

    python benchmarks/scale.py [--n 1000] [--runs 3] [--keep DIR]

Builds a corpus of ``--n`` distinct PDFs: each a paper of ``corpus/papers``
with one page of its own appended (a sentence with numbers of its own:
a sample size, a dose, a follow-up), so every file has its own bytes and
sha256 and its own facts.  Then times ``litx extract CORPUS -o OUT
--no-cache`` (a fresh OUT each run, so nothing is skipped as up to date):

* ``--jobs 1``: one process;
* ``--jobs 2``: the process pool;
* ``--scheduler local --jobs 2``: a LocalCluster of two one-thread workers.

Prints, per set-up, the median over ``--runs`` runs of: wall time (the
command as typed: interpreter and rules start-up included), pages/s, peak
resident memory per worker process (sampled every 0.2 s with psutil over the
command's process tree) and of the client, and the scaling ratio against
one process.  Figures only, never an assertion.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAPERS = ROOT / "corpus" / "papers"


def extra_page(k: int) -> bytes:
    """One page of text of its own for copy ``k``."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.setFont("Helvetica", 10)
    lines = [
        f"Supplementary cohort {k}",
        f"In cohort {k}, {12 + k % 80} women received {1 + k % 9}x10^6 cells per ovary by intraovarian injection.",
        f"Follow-up lasted {3 + k % 21} months; FSH decreased and AMH increased in {5 + k % 7} of them.",
        f"Record {k:06d}: sessions {1 + k % 3}, site {k % 17}, batch {k // 17}.",
    ]
    for i, line in enumerate(lines):
        page.drawString(60, 780 - 16 * i, line)
    page.showPage()
    page.save()
    return buffer.getvalue()


def build_corpus(folder: Path, n: int) -> tuple[int, int]:
    """``n`` distinct PDFs in ``folder``; returns (PDFs, pages)."""
    import pypdfium2 as pdfium

    folder.mkdir(parents=True, exist_ok=True)
    papers = sorted(PAPERS.glob("*.pdf"))
    pages = 0
    for k in range(n):
        source = papers[k % len(papers)]
        doc = pdfium.PdfDocument(source)
        extra = pdfium.PdfDocument(extra_page(k))
        doc.import_pages(extra)
        pages += len(doc)
        doc.save(folder / f"{k:05d}-{source.stem}.pdf")
        extra.close()
        doc.close()
    return n, pages


class Sampler:
    """Peak RSS of every process in a tree, sampled."""

    def __init__(self, pid: int, every: float = 0.2) -> None:
        import psutil

        self.root = psutil.Process(pid)
        self.peaks: dict[int, tuple[str, int]] = {}
        self.every = every
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        import psutil

        while not self._stop.is_set():
            try:
                procs = [self.root, *self.root.children(recursive=True)]
            except psutil.Error:
                break
            for proc in procs:
                try:
                    rss = proc.memory_info().rss
                    cmd = " ".join(proc.cmdline())
                except psutil.Error:
                    continue
                _, peak = self.peaks.get(proc.pid, ("", 0))
                self.peaks[proc.pid] = (cmd, max(peak, rss))
            time.sleep(self.every)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def worker_peaks(self) -> tuple[list[int], int]:
        """(peak MB of each process that read PDFs, peak MB of the client)."""
        client = self.peaks.get(self.root.pid, ("", 0))[1]
        workers = []
        for pid, (cmd, peak) in self.peaks.items():
            if pid == self.root.pid or "resource_tracker" in cmd:
                continue
            workers.append(peak)
        # a Dask nanny (a small process that starts the worker) or a helper
        # program is no reader of PDFs; with --jobs 1 the client reads them
        readers = [w for w in workers if w > 150 * 2**20] or [client]
        return [w // 2**20 for w in readers], client // 2**20


def timed_run(corpus: Path, args: list[str], env: dict) -> dict:
    out = Path(tempfile.mkdtemp(prefix="litx-scale-out-"))
    try:
        start = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, "-m", "extractor.cli", "extract", str(corpus), "-o", str(out), "--no-cache",
             "--no-progress", *args],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT,
        )
        sampler = Sampler(process.pid)
        _, stderr = process.communicate()
        seconds = time.perf_counter() - start
        sampler.stop()
        if process.returncode != 0:
            sys.exit(f"litx extract {' '.join(args)} failed:\n{stderr}")
        report = json.loads((out / "litx-run.json").read_text(encoding="utf-8"))
        workers, client = sampler.worker_peaks()
        return {"seconds": seconds, "extracted": report["extracted"], "workers": workers, "client": client}
    finally:
        shutil.rmtree(out, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="distinct PDFs in the corpus (default 1000)")
    parser.add_argument("--runs", type=int, default=3, help="runs per set-up; medians are printed")
    parser.add_argument("--keep", type=Path, help="build the corpus here and keep it (reused if it holds --n PDFs)")
    args = parser.parse_args(argv)
    corpus = args.keep or Path(tempfile.mkdtemp(prefix="litx-scale-corpus-"))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep)}
    try:
        start = time.perf_counter()
        existing = sorted(corpus.glob("*.pdf")) if corpus.is_dir() else []
        if len(existing) == args.n:
            import pypdfium2 as pdfium

            n, pages = args.n, sum(len(pdfium.PdfDocument(p)) for p in existing)
        else:
            n, pages = build_corpus(corpus, args.n)
        import hashlib

        distinct = len({hashlib.sha256(p.read_bytes()).hexdigest() for p in corpus.glob("*.pdf")})
        print(f"corpus: {n} PDFs ({distinct} distinct sha256), {pages} pages, built in "
              f"{time.perf_counter() - start:.1f} s; {args.runs} run(s) per set-up, medians")
        setups = [
            ("1 process (--jobs 1)", ["--jobs", "1"]),
            ("2 processes (--jobs 2)", ["--jobs", "2"]),
            ("Dask LocalCluster, 2 workers", ["--scheduler", "local", "--jobs", "2"]),
        ]
        rows = []
        for name, extra in setups:
            runs = [timed_run(corpus, extra, env) for _ in range(args.runs)]
            assert all(r["extracted"] == n for r in runs)
            seconds = statistics.median(r["seconds"] for r in runs)
            worker_mb = statistics.median(max(r["workers"]) for r in runs)
            client_mb = statistics.median(r["client"] for r in runs)
            rows.append((name, seconds, pages / seconds, worker_mb, client_mb, len(runs[0]["workers"])))
        base = rows[0][2]
        print()
        print("| set-up | wall s | pages/s | scaling | peak MB per worker | client MB |")
        print("|---|---|---|---|---|---|")
        for name, seconds, rate, worker_mb, client_mb, readers in rows:
            client = "–" if name.startswith("1 process") else f"{client_mb:.0f}"
            print(f"| {name} | {seconds:.1f} | {rate:.2f} | {rate / base:.2f}× | {worker_mb:.0f} | {client} |")
        print()
        print(f"one machine (this one, 2 cores), best set-up: {max(r[2] for r in rows) * 86400:,.0f} pages/day, "
              f"{max(r[2] for r in rows) * 86400 / (pages / n):,.0f} PDFs/day of {pages / n:.1f} pages")
    finally:
        if args.keep is None:
            shutil.rmtree(corpus, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
