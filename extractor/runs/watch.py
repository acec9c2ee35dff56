"""``litx extract --watch``: the refinement loop without restarts.

After its first pass the process stays up and extracts again whenever a
rule file (or the set of PDFs) changes, printing what the edit gained, lost
and changed — the comparison ``litx diff`` makes between the results before
and after the pass.  A re-run in a live process costs only the matching:
spaCy, jieba and the text layers are loaded already (the text layers stay
in memory, see :class:`batch.Documents`) and each sentence keeps its tokens
while the tokenizers are unchanged (:func:`tokens.remember_docs`).

A rule edit with a mistake is reported (file, line, entry) and the results
are left as they were until the rules load again.  Results are written the
way every run writes them: atomically, review decisions kept.
"""

from __future__ import annotations

import gc
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from . import batch
from ..matching import tokens
from ..output.diff import DiffReport, compare
from ..facts.pipeline import Extractor
from ..output.resultfiles import scan_results
from ..ruleset.model import RULES_DIR, stamp

__all__ = ["Pass", "Watcher"]


@dataclass
class Pass:
    """One extraction pass and what it changed in the results folder."""

    trigger: str
    report: batch.RunReport
    changes: DiffReport
    #: wall time of the pass: rules compiled, every PDF extracted and written
    seconds: float


class Watcher:
    """Extract a folder of PDFs again each time the rules or PDFs change."""

    def __init__(self, source: Path, out_dir: Path, options: batch.RunOptions | None = None) -> None:
        self.source = source
        self.out_dir = out_dir
        self.options = options or batch.RunOptions()
        self.rules_dir = Path(self.options.rules_dir) if self.options.rules_dir else RULES_DIR
        self.documents = batch.Documents()
        self._seen: tuple | None = None  # (rules stamp, PDFs stamp) of the last pass
        self._jieba_terms: frozenset[str] = frozenset()
        self.passes = 0
        tokens.remember_docs(True)

    def pdfs(self) -> list[Path]:
        return batch.find_pdfs(self.source)

    # ------------------------------------------------------------ what changed

    def _pdfs_stamp(self) -> tuple:
        """(path, time, size) of every PDF; (path, None, None) for one that
        cannot be looked at (the batch reports it)."""
        found = []
        for pdf in self.pdfs():
            try:
                st = pdf.stat()
                found.append((str(pdf), st.st_mtime_ns, st.st_size))
            except OSError:
                found.append((str(pdf), None, None))
        return tuple(found)

    def _stamps(self) -> tuple:
        return stamp(self.rules_dir), self._pdfs_stamp()

    def pending(self, *, pdfs: bool = True) -> str | None:
        """What changed since the last pass ("rules: units.yaml", "PDFs"), or
        None.  ``pdfs`` False looks at the rule files only (cheap)."""
        if self._seen is None:
            return "start"
        rules_then, pdfs_then = self._seen
        rules_now = stamp(self.rules_dir)
        if rules_now != rules_then:
            before = dict((name, rest) for name, *rest in rules_then)
            edited = [name for name, *rest in rules_now if before.get(name) != rest] or ["a file went missing"]
            return "rules: " + ", ".join(edited)
        if pdfs and self._pdfs_stamp() != pdfs_then:
            return "PDFs"
        return None

    def wait(
        self, *, poll: float = 0.05, settle: float = 0.05, pdfs_every: float = 1.0, stop: Callable[[], bool] = lambda: False
    ) -> str | None:
        """Block until something changes (None if ``stop`` says so first).

        The rule files are looked at every ``poll`` seconds, the PDF folder
        (a walk of its tree) every ``pdfs_every``.  An editor may save a file
        in several writes: once a change is seen, wait until the files stay
        the same for ``settle`` seconds.
        """
        self.tidy()
        pdfs_seen = time.monotonic()
        while not stop():
            look_at_pdfs = time.monotonic() - pdfs_seen >= pdfs_every
            if look_at_pdfs:
                pdfs_seen = time.monotonic()
            trigger = self.pending(pdfs=look_at_pdfs)
            if trigger is not None:
                last = self._stamps()
                while True:
                    time.sleep(settle)
                    now = self._stamps()
                    if now == last:
                        return trigger
                    last = now
            time.sleep(poll)
        return None

    @staticmethod
    def tidy() -> None:
        """Housekeeping while idle: collect the last pass's garbage, then
        exempt what is left (text layers, remembered tokens, compiled rules)
        from the cyclic garbage collector, which would otherwise walk those
        millions of long-lived objects again and again during the next pass
        (~15% of its time)."""
        gc.unfreeze()
        gc.collect()
        gc.freeze()

    # ------------------------------------------------------------ one pass

    def run_pass(
        self, trigger: str = "start", *, jobs: int = 1, on_done: Callable[[batch.FileOutcome], None] | None = None
    ) -> Pass:
        """Compile the rules and extract every PDF.  Raises RuleError (the
        results stay as they were) when the rules do not load."""
        start = time.perf_counter()
        self._seen = self._stamps()
        extractor = Extractor.load(self.options.rules_dir)
        self._forget_removed_terms(extractor.matcher.tokenizers.jieba_terms)
        before = self._results()
        pdfs = [Path(path) for path, *_ in self._seen[1]]  # as found for the stamp: one walk of the folder
        # the first pass may read PDFs in parallel; later passes only match,
        # which is faster in this process than in fresh workers
        jobs = jobs if self.passes == 0 else 1
        report = batch.run(
            self.source, self.out_dir, self.options, jobs=jobs, on_done=on_done, pdfs=pdfs,
            extractor=extractor, documents=self.documents,
        )
        changes = compare(before, self._results(), old_label="before", new_label="after")
        self.passes += 1
        return Pass(trigger, report, changes, time.perf_counter() - start)

    def _forget_removed_terms(self, jieba_terms: Iterable[str]) -> None:
        """Chinese terms gone from the rules leave jieba's dictionary too, so a
        re-run tokenizes as a fresh process would."""
        now = frozenset(jieba_terms)
        tokens.forget_terms(self._jieba_terms - now)
        self._jieba_terms = now

    def _results(self) -> dict:
        return scan_results(self.out_dir).found if self.out_dir.is_dir() else {}
