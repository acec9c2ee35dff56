"""Accuracy on the project's own sample corpus (corpus/papers, gold in
corpus/gold/papers), through the same path as `litx extract` + `litx evaluate`.

Floors sit just under today's scores: a change that loses facts fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.runs import batch
from extractor.output.evaluate import evaluate

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    out = tmp_path_factory.mktemp("papers-out")
    result = batch.run(CORPUS / "papers", out)
    assert result.files == len(list((CORPUS / "papers").glob("*.pdf")))
    return evaluate(CORPUS / "gold" / "papers", out)


def test_micro_f1(report):
    assert report.micro.f1 >= 0.985


def test_cell_type_sets(report):
    assert report.cell_type_set.f1 >= 0.99


def test_arms(report):
    # dose groups and session subgroups, in Chinese (zh02 abstract and table, zh03) and English (en01)
    assert report.arms is not None and report.arms.tp >= 30
    assert report.arms.f1 >= 0.99
    with_arms = {d.document for d in report.documents if d.arms is not None}
    assert {"zh02_case_series_routes", "zh03_review_stem_cells", "en01_trial_two_column"} <= with_arms


@pytest.mark.parametrize(
    "kind, floor",
    [
        ("cell_type", 0.98),
        ("dose", 0.99),
        ("route", 0.97),
        ("sessions", 0.98),
        ("hormone_change", 0.98),
        ("sample_size", 0.99),
        ("follow_up", 0.99),
    ],
)
def test_per_type_f1(report, kind, floor):
    row = next(r for r in report.rows if r.type == kind)
    assert row.strict.f1 >= floor
