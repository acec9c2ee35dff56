"""Exports for meta-analysis: facts and regimens, CSV and JSONL."""

from __future__ import annotations

import csv
import io
import json

import pytest

from extractor.errors import LitxError
from extractor.output.export import (
    FACT_COLUMNS,
    REGIMEN_COLUMNS,
    REGIMEN_LIST_COLUMNS,
    export_facts,
    export_regimens,
    parse_status,
)

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
    assert [(r["document"], r["study"]) for r in got] == [("trial", ""), ("trial", ""), ("trial", "3"), ("sub/empty", "")]
    own = [r for r in got if r["document"] == "trial" and r["study"] == ""]
    cited = next(r for r in got if r["study"] == "3")
    empty = next(r for r in got if r["document"] == "sub/empty")
    assert [r["row"] for r in own] == ["1", "2"]  # two sample sizes: two rows
    first, second = own
    assert first["title"] == "试验：脐带MSC"
    assert first["cell_type"] == second["cell_type"] == "umbilical_cord_msc"  # one value: on every row
    assert (first["dose_value"], first["dose_unit"], first["dose_per"]) == ("10000000", "cells", "ovary")  # edited
    assert first["route"] == ""  # rejected
    assert first["sessions"] == "2"
    assert (first["sample_size"], second["sample_size"]) == ("61", "30")  # 61 extracted, 30 added
    assert first["hormone_change"] == ""  # ho-1 is about study [3]; ho-2 is negated
    assert cited["hormone_change"] == "FSH↓" and cited["reference"] == "[3] Smith J. A study. 2020."
    assert cited["page"] == "2" and cited["arm"] == ""
    assert empty["facts"] == "0" and empty["row"] == "1"
    assert first["pending"] == "2"  # se-1, sa-1
    assert "-" not in {v for r in got for v in r.values()}  # empty cells are empty


def test_regimens_status_and_jsonl(out):
    lines = [json.loads(line) for line in export_regimens(out, status="confirmed", fmt="jsonl").splitlines()]
    assert list(lines[0]) == list(REGIMEN_LIST_COLUMNS)
    own = next(r for r in lines if r["document"] == "trial" and r["study"] is None)
    assert own["sample_size"] == [30] and own["pending"] == 0
    assert own["dose"] == [{"value": 1e7, "unit": "cells", "per": "ovary"}]
    assert own["cell_types"] == ["umbilical_cord_msc"]


def study_result(tmp_path):
    """A review: its own facts, one study with two doses, two studies sharing a fact."""
    s1 = "Smith et al. [4] gave 5×10^6 or 1×10^7 cells per ovary twice to 20 women, followed up for 6 weeks."
    s2 = "Both trials [5, 6] used intravenous infusion."
    s3 = "We injected 2×10^6 cells/kg."
    facts = [
        fact("d1", "dose", s1, "5×10^6", value={"value": 5e6, "unit": "cells", "per": "ovary"}, study=["4"],
             citations=[{"marker": "4", "reference": "[4] Smith. 2020."}]),
        fact("d2", "dose", s1, "1×10^7", value={"value": 1e7, "unit": "cells", "per": "ovary"}, study=["4"], page=2),
        fact("s1", "sessions", s1, "twice", value={"count": 2}, study=["4"]),
        fact("s2", "sessions", s1, "per ovary", value={"count": None}, study=["4"]),
        fact("n1", "sample_size", s1, "20 women", value={"n": 20, "unit": "patients"}, study=["4"]),
        fact("f1", "follow_up", s1, "6 weeks", value={"value": 6.0, "unit": "week"}, study=["4"]),
        fact("r1", "route", s2, "intravenous infusion", value={"id": "intravenous", "guidance": None}, study=["5", "6"]),
        fact("d3", "dose", s3, "2×10^6 cells/kg", value={"value": 2e6, "unit": "cells/kg", "per": None}),
    ]
    write(tmp_path / "out" / "review.json", result(facts, path="corpus/review.pdf", title="A review"))
    return tmp_path / "out"


def test_regimens_one_value_per_cell_numbers_as_numbers(tmp_path):
    out = study_result(tmp_path)
    got = rows(export_regimens(out))
    assert [(r["study"], r["row"]) for r in got] == [("", "1"), ("4", "1"), ("4", "2"), ("5", "1"), ("6", "1")]
    own, smith1, smith2, five, six = got
    assert (own["dose_value"], own["dose_unit"], own["dose_per"]) == ("2000000", "cells/kg", "")
    assert [(r["dose_value"], r["dose_per"]) for r in (smith1, smith2)] == [("5000000", "ovary"), ("10000000", "ovary")]
    # single values of the study repeat on each of its rows; "multiple" sessions have no cell
    assert smith1["sessions"] == smith2["sessions"] == "2"
    assert smith1["sample_size"] == smith2["sample_size"] == "20"
    assert smith1["follow_up_months"] == "1.38"  # 6 weeks / 4.348
    assert smith1["reference"] == "[4] Smith. 2020." and smith1["page"] == "1"
    assert five["route"] == six["route"] == "intravenous" and five["guidance"] == ""  # one fact, two studies
    lines = [json.loads(line) for line in export_regimens(out, fmt="jsonl").splitlines()]
    smith = next(r for r in lines if r["study"] == "4")
    assert smith["dose"] == [{"value": 5e6, "unit": "cells", "per": "ovary"}, {"value": 1e7, "unit": "cells", "per": "ovary"}]
    assert smith["sessions"] == [2, None] and smith["sample_size"] == [20]
    assert smith["follow_up"] == [{"value": 6.0, "unit": "week"}] and smith["pages"] == [1, 2]
    assert next(r for r in lines if r["study"] == "6")["route"] == ["intravenous"]


def test_regimens_xlsx_has_numeric_cells_and_a_frozen_header(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")  # a dependency (pyproject); an old venv may lack it
    from extractor.output.export import export_workbook

    out = study_result(tmp_path)
    book = openpyxl.load_workbook(io.BytesIO(export_workbook(out, tables=("regimens",))))
    assert book.sheetnames == ["regimens"]
    sheet = book["regimens"]
    assert sheet.freeze_panes == "A2"
    header = [c.value for c in sheet[1]]
    assert header == list(REGIMEN_COLUMNS)
    body = [dict(zip(header, (c.value for c in row))) for row in sheet.iter_rows(min_row=2)]
    smith = [r for r in body if r["study"] == "4"]
    assert [r["dose_value"] for r in smith] == [5e6, 1e7]
    dose_column = header.index("dose_value") + 1
    assert {sheet.cell(row=r, column=dose_column).data_type for r in range(2, sheet.max_row + 1)} <= {"n"}
    assert smith[0]["sessions"] == 2 and smith[0]["sample_size"] == 20 and smith[0]["follow_up_months"] == 1.38
    assert body[0]["dose_per"] is None and body[0]["study"] is None  # empty, not "-"
    page = sheet.cell(row=3, column=header.index("page") + 1)
    assert page.value == 1 and page.hyperlink.target == "corpus/review.pdf#page=1"
    both = openpyxl.load_workbook(io.BytesIO(export_workbook(out)))
    assert both.sheetnames == ["facts", "regimens"]
    facts_sheet = both["facts"]
    fheader = [c.value for c in facts_sheet[1]]
    assert facts_sheet.cell(row=2, column=fheader.index("value") + 1).value == 5e6


def test_xlsx_text_is_never_a_formula(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    from extractor.output.export import export_workbook

    sentence = "=HYPERLINK(1) 5×10^6 cells were given."
    write(tmp_path / "out" / "a.json", result([fact("d", "dose", sentence, "5×10^6")]))
    sheet = openpyxl.load_workbook(io.BytesIO(export_workbook(tmp_path / "out", tables=("facts",))))["facts"]
    header = [c.value for c in sheet[1]]
    cell = sheet.cell(row=2, column=header.index("sentence") + 1)
    assert cell.value == sentence and cell.data_type == "s"


def test_nothing_selected_is_an_error_not_an_empty_file(tmp_path):
    write(tmp_path / "none" / "a.json", result([fact("x", "sessions", "Two sessions.", "Two sessions")]))
    for make in (export_facts, export_regimens):
        with pytest.raises(LitxError) as err:
            make(tmp_path / "none", status="confirmed")  # nothing reviewed yet
        assert err.value.code == "E512" and "nothing to export" in str(err.value)
        assert "accepted, added, edited" in str(err.value)


def test_cli_export_nothing_selected_one_line_and_non_zero(tmp_path):
    import subprocess
    import sys

    write(tmp_path / "none" / "a.json", result([fact("x", "sessions", "Two sessions.", "Two sessions")]))
    target = tmp_path / "sheet.csv"
    run = subprocess.run([sys.executable, "-m", "extractor.cli", "export", str(tmp_path / "none"), "--status", "confirmed",
                          "--table", "regimens", "-o", str(target)], capture_output=True, text=True)
    assert run.returncode != 0 and not target.exists()
    assert run.stderr.count("\n") == 1 and "E512" in run.stderr
    run = subprocess.run([sys.executable, "-m", "extractor.cli", "export", str(tmp_path / "none"), "--format", "xlsx"],
                         capture_output=True, text=True)
    assert run.returncode != 0 and "E513" in run.stderr and run.stderr.count("\n") == 1


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
    for make in (export_facts, export_regimens):
        with pytest.raises(LitxError) as err:  # results without facts: nothing to export, not an empty sheet
            make(tmp_path / "nofacts")
        assert err.value.code == "E512"


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


def test_regimens_one_row_per_study_arm(tmp_path):
    s1 = "Yan et al. [23] enrolled 61 women; 5×10^6 cells per ovary were given 1 time (11) or 2 times (50)."
    s2 = "Segova [11] re-injects the tissue into the ovary."
    c = [{"marker": "23", "reference": "[23] Yan. 2020."}]
    facts = [
        fact("n", "sample_size", s1, "61 women", value={"n": 61, "unit": "patients"}, study=["23"], citations=c),
        fact("d", "dose", s1, "5×10^6", value={"value": 5e6, "unit": "cells", "per": "ovary"}, study=["23"]),
        fact("s1", "sessions", s1, "1 time", value={"count": 1}, study=["23"], arm="1 time"),
        fact("n1", "sample_size", s1, "11", value={"n": 11, "unit": "patients"}, study=["23"], arm="1 time"),
        fact("s2", "sessions", s1, "2 times", value={"count": 2}, study=["23"], arm="2 times"),
        fact("n2", "sample_size", s1, "50", value={"n": 50, "unit": "patients"}, study=["23"], arm="2 times"),
        fact("h", "hormone_change", s1, "cells", value={"hormone": "FSH", "direction": "decrease"}, study=["23"]),
        fact("r1", "route", s2, "Segova", value={"id": "segova", "guidance": None}, study=["11"]),
        fact("r2", "route", s2, "into the ovary", value={"id": "intraovarian_injection", "guidance": None},
             study=["11"], part_of="r1"),
    ]
    write(tmp_path / "out" / "r.json", result(facts))
    lines = [json.loads(line) for line in export_regimens(tmp_path / "out", fmt="jsonl").splitlines()]
    assert [(r["study"], r["arm"]) for r in lines] == [(None, None), ("11", None), ("23", None), ("23", "1 time"),
                                                       ("23", "2 times")]
    yan, one, two = lines[2:]
    assert yan["sample_size"] == [61] and yan["sessions"] == [] and yan["hormone_changes"] == ["FSH↓"]
    # an arm: its own sessions and count, the study's dose; never the study's total or overall results
    assert one["sessions"] == [1] and one["sample_size"] == [11] and one["dose"] == yan["dose"]
    assert two["sessions"] == [2] and two["sample_size"] == [50] and two["hormone_changes"] == []
    assert one["reference"] == "[23] Yan. 2020." and one["facts"] == 2
    assert lines[1]["route"] == ["segova"]  # the re-injection is part of SEGOVA, not a second route
    got = rows(export_regimens(tmp_path / "out"))
    arms = [(r["study"], r["arm"], r["sessions"], r["sample_size"], r["dose_value"]) for r in got if r["study"] == "23"]
    assert arms == [("23", "", "", "61", "5000000"), ("23", "1 time", "1", "11", "5000000"),
                    ("23", "2 times", "2", "50", "5000000")]


def test_a_count_for_each_arm_is_in_every_arms_row(tmp_path):
    s = "Women received 5×10^6 or 1×10^7 cells (three women each)."
    facts = [
        fact("d1", "dose", s, "5×10^6", value={"value": 5e6, "unit": "cells", "per": None}, arm="5×10^6"),
        fact("d2", "dose", s, "1×10^7", value={"value": 1e7, "unit": "cells", "per": None}, arm="1×10^7"),
        fact("n", "sample_size", s, "three women", value={"n": 3, "unit": "patients"}, each_arm=True),
    ]
    write(tmp_path / "out" / "r.json", result(facts))
    lines = [json.loads(line) for line in export_regimens(tmp_path / "out", fmt="jsonl").splitlines()]
    assert [(r["arm"], r["sample_size"], [d["value"] for d in r["dose"]]) for r in lines] == [
        (None, [], []), ("5×10^6", [3], [5e6]), ("1×10^7", [3], [1e7])]


def test_a_value_said_more_fully_elsewhere_is_one_row_not_two(tmp_path):
    s1 = "Cells were injected into the ovary of 12 women."
    s2 = "The intraovarian injection was guided by transvaginal ultrasound, 5×10^6 cells per ovary."
    s3 = "Each woman received 5×10^6 cells; 1×10^7 cells were given in the second arm."
    facts = [
        fact("r1", "route", s1, "injected into the ovary", value={"id": "intraovarian_injection", "guidance": None}),
        fact("r2", "route", s2, "intraovarian injection", value={"id": "intraovarian_injection", "guidance": "transvaginal_ultrasound"}),
        fact("d1", "dose", s2, "5×10^6 cells per ovary", value={"value": 5e6, "unit": "cells", "per": "ovary"}),
        fact("d2", "dose", s3, "5×10^6 cells", value={"value": 5e6, "unit": "cells", "per": None}),
        fact("d3", "dose", s3, "1×10^7 cells", value={"value": 1e7, "unit": "cells", "per": None}),
        fact("n1", "sample_size", s1, "12 women", value={"n": 12, "unit": "patients"}),
    ]
    write(tmp_path / "out" / "trial.json", result(facts, path="corpus/trial.pdf", title="A trial"))
    got = rows(export_regimens(tmp_path / "out"))
    # one route (with its guidance) on every row; the unqualified 5×10^6 is the per-ovary dose
    assert [(r["route"], r["guidance"]) for r in got] == [("intraovarian_injection", "transvaginal_ultrasound")] * 2
    assert [(r["dose_value"], r["dose_per"]) for r in got] == [("5000000", "ovary"), ("10000000", "")]
    line = json.loads(export_regimens(tmp_path / "out", fmt="jsonl").splitlines()[0])
    assert line["dose"] == [{"value": 5e6, "unit": "cells", "per": "ovary"}, {"value": 1e7, "unit": "cells", "per": None}]
    assert line["route"] == ["intraovarian_injection"] and line["guidance"] == ["transvaginal_ultrasound"]
