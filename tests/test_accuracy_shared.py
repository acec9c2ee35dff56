"""Accuracy on the external corpus against our own gold annotation.

corpus/gold/shared holds a careful reading of every PDF in ../shared/corpus
(made without looking at the extractor).  These floors are regression
guards: they are set just under what the extractor scores today, so a rule
or code change that loses facts fails here; raise them as it improves.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.runs.batch import result_json, unreadable_result
from extractor.errors import LitxError
from extractor.output.evaluate import evaluate
from extractor.facts.pipeline import Extractor

pytestmark = pytest.mark.shared

GOLD = Path(__file__).resolve().parents[1] / "corpus" / "gold" / "shared"
MENTION_TYPES = ["dose", "route", "sessions", "hormone_change", "sample_size"]


@pytest.fixture(scope="module")
def report(parse_shared, shared_dir, tmp_path_factory):
    extractor = Extractor.load()
    out = tmp_path_factory.mktemp("shared-results")
    for gold in sorted(GOLD.glob("*.json")):
        stem = gold.stem
        relative = f"corpus/seed/{stem}.pdf" if (shared_dir / "corpus/seed" / f"{stem}.pdf").exists() else f"corpus/real/{stem}.pdf"
        try:
            result = extractor.result(parse_shared(relative))
        except LitxError as exc:
            result = unreadable_result(shared_dir / relative, exc)
        (out / f"{stem}.json").write_text(result_json(result), encoding="utf-8")
    return evaluate(GOLD, out, types=MENTION_TYPES)


def test_mention_level_micro_f1(report):
    assert report.micro.f1 >= 0.94


def test_cell_type_sets(report):
    assert report.cell_type_set.f1 >= 0.95


@pytest.mark.parametrize(
    "kind, floor",
    [("dose", 0.97), ("route", 0.92), ("sessions", 0.88), ("hormone_change", 0.99), ("sample_size", 0.95)],
)
def test_per_type_f1(report, kind, floor):
    row = next(r for r in report.rows if r.type == kind)
    assert row.strict.f1 >= floor
