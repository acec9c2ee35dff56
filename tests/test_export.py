"""Exports for meta-analysis: facts and regimens, CSV and JSONL."""

from __future__ import annotations

import csv
import io
import json

import pytest

from extractor.errors import LitxError
from extractor.output.export import FACT_COLUMNS, REGIMEN_COLUMNS, export_facts, export_regimens, parse_status

from reviewkit import fact, result, sample_facts, write


@pytest.fixture
def out(tmp_path):
    facts = sample_facts()
    by_id = {f["id"]: f for f in facts}
    by_id["ce-1"]["review"] = {"status": "accepted"}
    by_id["do-1"]["review"] = {"status": "edited", "value": {"value": 1e7, "unit": "cells", "per": "ovary"}, "note": "=1e7 per table 2"}
    by_id["ro-1"]["review"] = {"status": "rejected", "note": "wrong"}
    facts.append(
        fact("ad-1", "sample_size", "Thirty women were treated.", "Thirty women", value={"n": 30, "unit": "patients"}, review={"status": "added"}, rule="review.added")
    )
    write(tmp_path / "out" / "trial.json", result(facts, title="试验：脐带MSC"))
    write(tmp_path / "out" / "sub" / "empty.json", result([], title="Nothing"))
    write(tmp_path / "out" / "litx-run.json", {"files": 2})
    write(tmp_path / "out" / ".litx-review-cache" / "x.json", result(sample_facts()))
    return tmp_path / "out"


def rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))


def test_facts_csv(out):
    text = export_facts(out)
    got = rows(text)
    assert list(got[0]) == list(FACT_COLUMNS)
    assert len(got) == 8 and {r["document"] for r in got} == {"trial"}
    dose = next(r for r in got if r["fact_id"] == "do-1")
    assert (dose["value"], dose["unit"], dose["per"], dose["status"]) == ("10000000", "cells", "ovary", "edited")
    assert dose["extracted"] == "5×10^6 cells / ovary" and dose["cell_type"] == "umbilical_cord_msc"
    assert dose["note"] == "=1e7 per table 2"
    assert next(r for r in got if r["fact_id"] == "ho-1")["citations"] == "3"
    assert next(r for r in got if r["fact_id"] == "ho-2")["negated"] == "true"
    assert not text.startswith("\ufeff")


def test_status_filters(out):
    assert [r["fact_id"] for r in rows(export_facts(out, status="accepted"))] == ["ce-1"]
    assert [r["fact_id"] for r in rows(export_facts(out, status="confirmed"))] == ["ce-1", "do-1", "ad-1"]
    assert [r["fact_id"] for r in rows(export_facts(out, status="rejected,edited"))] == ["do-1", "ro-1"]
    assert parse_status(None) is None and parse_status("all") is None
    with pytest.raises(LitxError) as err:
        export_facts(out, status="aproved")
    assert err.value.code == "E510" and "confirmed" in err.value.message
    with pytest.raises(LitxError):
        export_facts(out, fmt="xlsx")


def test_facts_jsonl_keeps_types(out):
    lines = [json.loads(line) for line in export_facts(out, fmt="jsonl").splitlines()]
    dose = next(r for r in lines if r["fact_id"] == "do-1")
    assert dose["value"] == 1e7 and dose["negated"] is False and dose["citations"] == []
    assert list(dose) == list(FACT_COLUMNS)


def test_excel_csv_has_a_bom_and_defuses_formulas(out):
    text = export_facts(out, excel=True)
    assert text.startswith("\ufeff")
    dose = next(r for r in rows(text) if r["fact_id"] == "do-1")
    assert dose["note"] == "'=1e7 per table 2"


def test_regimens(out):
    got = rows(export_regimens(out))
    assert list(got[0]) == list(REGIMEN_COLUMNS)
    assert [(r["document"], r["study"]) for r in got] == [("trial", ""), ("trial", "3"), ("sub/empty", "")]
    own = next(r for r in got if r["document"] == "trial" and r["study"] == "")
    cited = next(r for r in got if r["study"] == "3")
    empty = next(r for r in got if r["document"] == "sub/empty")
    assert own["title"] == "试验：脐带MSC"
    assert own["cell_types"] == "umbilical_cord_msc"
    assert own["dose"] == "1×10^7 cells" and own["dose_per"] == "ovary"  # the edited value
    assert own["route"] == ""  # rejected
    assert own["sessions"] == "2"
    assert own["sample_size"] == "61; 30"  # 61 extracted, 30 added
    assert own["hormone_changes"] == ""  # ho-1 cites [3]; ho-2 is negated
    assert cited["hormone_changes"] == "FSH↓" and cited["reference"] == "[3] Smith J. A study. 2020."
    assert empty["facts"] == "0"
    assert own["pending"] == "2"  # se-1, sa-1


def test_regimens_status_and_jsonl(out):
    lines = [json.loads(line) for line in export_regimens(out, status="confirmed", fmt="jsonl").splitlines()]
    own = next(r for r in lines if r["document"] == "trial" and r["study"] is None)
    assert own["sample_size"] == [30] and own["dose"] == ["1×10^7 cells"] and own["pending"] == 0
    assert own["cell_types"] == ["umbilical_cord_msc"]


def test_missing_or_broken_input(tmp_path):
    with pytest.raises(LitxError) as err:
        export_facts(tmp_path / "nope")
    assert err.value.code == "E204"
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    with pytest.raises(LitxError) as err:
        export_regimens(tmp_path)
    assert err.value.code == "E206" and "bad.json" in str(err.value)


def test_a_folder_without_results_is_an_error_not_an_empty_sheet(tmp_path):
    (tmp_path / "empty").mkdir()
    write(tmp_path / "other" / "notes.json", {"x": 1})
    write(tmp_path / "other" / "litx-run.json", {"files": 0})
    for folder in (tmp_path / "empty", tmp_path / "other"):
        for make in (export_facts, export_regimens):
            with pytest.raises(LitxError) as err:
                make(folder)
            assert err.value.code == "E302" and str(folder) in str(err.value)
    write(tmp_path / "nofacts" / "a.json", result([]))
    assert rows(export_facts(tmp_path / "nofacts")) == []  # results without facts: an empty sheet


def test_facts_that_are_not_facts_are_an_error_and_a_bom_is_read(tmp_path):
    data = result(sample_facts())
    path = tmp_path / "out" / "a.json"
    path.parent.mkdir()
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(data).encode("utf-8"))  # saved by an editor that adds a BOM
    assert len(rows(export_facts(tmp_path / "out"))) == len(data["facts"])
    write(path, {**data, "facts": [*data["facts"], 3]})
    with pytest.raises(LitxError) as err:
        export_regimens(tmp_path / "out")
    assert err.value.code == "E402" and "facts[" in str(err.value) and "a.json" in str(err.value)


def test_a_fifo_among_the_results_is_skipped_not_read_for_ever(out):
    import os

    os.mkfifo(out / "pipe.json")
    assert rows(export_facts(out))
