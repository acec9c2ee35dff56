"""Re-extraction after a rule edit, timed the way a user meets it.

    python benchmarks/rerun_speed.py [FOLDER] [--runs 3]   # default: ../shared/corpus

Three ways to run ``litx extract`` on the same PDFs, wall time of each:

* **first run**: ``litx extract FOLDER -o OUT`` with an empty parse cache —
  the command as typed, interpreter start-up and rule compilation included;
* **re-run, one command**: the same command again after a rule edit — the
  text layers come from the parse cache, spaCy and jieba load again;
* **re-run, --watch**: ``litx extract --watch`` is up and a rule is edited:
  the pass that compiles the new rules and re-extracts every PDF (timed in
  this process, through the same :class:`extractor.runs.watch.Watcher` the
  command uses), for an English term (tokens stay valid) and for a Chinese
  term (jieba's dictionary changes, so Chinese sentences are tokenized
  again).  Also the latency the user sees through the command: from the
  moment the rule file is saved to the line saying the pass is done
  (polling, settling and writing the results included).

Each edit adds a new term with ``litx rules add`` to a copy of ``rules/``.
Medians of ``--runs`` runs; figures only, never an assertion.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"


def litx_command() -> list[str]:
    return [sys.executable, "-m", "extractor.cli"]


def timed_command(args: list[str], env: dict) -> float:
    start = time.perf_counter()
    done = subprocess.run([*litx_command(), *args], capture_output=True, text=True, env=env, cwd=ROOT)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"litx {' '.join(args)} failed:\n{done.stderr}")
    return seconds


class Edits:
    """New terms for a copy of the rules, one per edit."""

    def __init__(self, rules: Path) -> None:
        self.rules = rules
        self.n = 0

    def add(self, lang: str) -> None:
        from extractor.refine.edit import add_term

        self.n += 1
        if lang == "zh":
            stems = "甲乙丙丁戊己庚辛壬癸"
            term = f"测试基质细胞{stems[self.n // 10 % 10]}{stems[self.n % 10]}"
        else:
            term = f"benchmark stromal cells {self.n}"
        add_term("cell_type", "placenta_msc", term, lang=lang, rules_dir=self.rules)


def median_line(label: str, runs: list[float]) -> str:
    return f"{label:<38}{statistics.median(runs):8.2f} s  (runs: {', '.join(f'{x:.2f}' for x in runs)})"


def one_command(folder: Path, tmp: Path, edits: Edits, runs: int) -> tuple[list[float], list[float]]:
    cold, warm = [], []
    for run in range(runs):
        env = {**os.environ, "LITX_CACHE_DIR": str(tmp / f"cache{run}")}
        args = ["extract", str(folder), "-o", str(tmp / "out"), "--rules", str(edits.rules), "--no-progress"]
        cold.append(timed_command(args, env))
        edits.add("en")
        warm.append(timed_command(args, env))
    return cold, warm


def watch_passes(folder: Path, tmp: Path, edits: Edits, runs: int) -> dict[str, list[float]]:
    sys.path.insert(0, str(ROOT))
    from extractor.runs import batch
    from extractor.runs.watch import Watcher

    watcher = Watcher(folder, tmp / "watch-out", batch.RunOptions(rules_dir=edits.rules, cache_dir=tmp / "cache0"))
    watcher.run_pass()
    passes: dict[str, list[float]] = {"en": [], "zh": []}
    for _ in range(runs):
        for lang in ("en", "zh"):
            watcher.tidy()  # as the command does while it waits for a save
            edits.add(lang)
            passes[lang].append(watcher.run_pass(watcher.pending() or "edit").seconds)
    return passes


def watch_latency(folder: Path, tmp: Path, edits: Edits, runs: int) -> list[float]:
    """Save a rule file, time until the command prints that it re-extracted."""
    env = {**os.environ, "LITX_CACHE_DIR": str(tmp / "cache0")}
    proc = subprocess.Popen(
        [*litx_command(), "extract", str(folder), "-o", str(tmp / "latency-out"), "--rules", str(edits.rules),
         "--no-progress", "--watch"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT,
    )
    latencies = []
    try:
        wait_for(proc, "watching")
        for _ in range(runs):
            edits.add("en")  # checks the rules, then saves the file
            start = time.perf_counter()
            wait_for(proc, "re-extracted")
            latencies.append(time.perf_counter() - start)
            wait_for(proc, "watching")
    finally:
        proc.terminate()
        proc.wait()
    return latencies


def wait_for(proc: subprocess.Popen, needle: str) -> None:
    for line in proc.stderr:
        if needle in line:
            return
    sys.exit(f"litx extract --watch ended before printing {needle!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=SHARED)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not any(args.folder.rglob("*.pdf")):
        sys.exit(f"no PDFs in {args.folder}")
    with tempfile.TemporaryDirectory(prefix="litx-rerun-") as name:
        tmp = Path(name)
        shutil.copytree(ROOT / "rules", tmp / "rules")
        edits = Edits(tmp / "rules")
        cold, warm = one_command(args.folder, tmp, edits, args.runs)
        passes = watch_passes(args.folder, tmp, edits, args.runs)
        latency = watch_latency(args.folder, tmp, edits, args.runs)
    first = statistics.median(cold)
    pdfs = sum(1 for _ in args.folder.rglob("*.pdf"))
    print(f"{pdfs} PDF(s) in {args.folder}")
    print(median_line("first run (empty cache):", cold))
    print(median_line("re-run, one command:", warm) + f"  {first / statistics.median(warm):5.1f}x")
    for lang, label in (("en", "re-run, --watch, English term:"), ("zh", "re-run, --watch, Chinese term:")):
        print(median_line(label, passes[lang]) + f"  {first / statistics.median(passes[lang]):5.1f}x")
    print(median_line("--watch, save to pass done:", latency) + f"  {first / statistics.median(latency):5.1f}x")
    print("target: a re-run at least 20x faster than the first run")


if __name__ == "__main__":
    main()
