"""The extraction sheet of the seed review (`litx export --table regimens`):
the seven clinical studies it describes, each row as the review states it.

Written from a reading of the review (section 1 describes each study, 2.1-2.3
come back to them): [8] adipose MSCs injected into the ovary at three doses;
[10] bone-marrow MSCs injected into the ovary; [11] SEGOVA with bone-marrow
MSCs (biopsy by laparoscopy, re-transplantation by transvaginal puncture under
ultrasound); [13] peripheral-blood stem cells injected into both ovaries under
laparoscopy; [20] a phase I trial of hAECs through the ovarian artery by
interventional radiology, repeated transplantation; [22] umbilical-cord MSCs,
1×10^7 cells, alone or on collagen; [23] 61 patients, umbilical-cord MSCs
5×10^6 per ovary under transvaginal ultrasound, in subgroups given 1 (11
patients), 2 (20) or 3 (30) injections.  The route listing of 2.2 puts
[8, 10, 13, 22, 23] under local injection "guided by transvaginal ultrasound or
laparoscopy": a study that says nothing more keeps both guidances.
"""

from __future__ import annotations

import csv
import io
import json

import pytest

from extractor.facts.pipeline import Extractor
from extractor.output.export import export_regimens

SEED = "corpus/seed/zh_review_poi_stem_cells.pdf"
BOTH = {"transvaginal_ultrasound", "laparoscopic"}


@pytest.fixture(scope="module")
def seed_out(parse_shared, tmp_path_factory):
    """The seed's result file, extracted once (the PDF parsed once per session)."""
    result = Extractor.load().result(parse_shared(SEED))
    out = tmp_path_factory.mktemp("seed-sheet")
    (out / "seed.json").write_text(json.dumps(result.model_dump(mode="json"), ensure_ascii=False), encoding="utf-8")
    return out, result


@pytest.fixture(scope="module")
def rows(seed_out):
    out, _ = seed_out
    return [json.loads(line) for line in export_regimens(out, fmt="jsonl").splitlines()]


def row(rows, study, arm=None):
    [found] = [r for r in rows if r["study"] == study and r["arm"] == arm]
    return found


def arms(rows, study):
    return [r["arm"] for r in rows if r["study"] == study and r["arm"] is not None]


def doses(r):
    return [(d["value"], d["unit"], d["per"]) for d in r["dose"]]


def test_adipose_msc_study_has_three_dose_arms(rows):
    study = row(rows, "8")
    assert study["cell_types"] == ["adipose_msc"]
    assert study["route"] == ["intraovarian_injection"] and set(study["guidance"]) == BOTH
    assert study["dose"] == [] and study["sessions"] == [] and study["sample_size"] == []
    assert arms(rows, "8") == ["5×10^6", "1×10^7", "1.5×10^7"]
    for label, value in (("5×10^6", 5e6), ("1×10^7", 1e7), ("1.5×10^7", 1.5e7)):
        arm = row(rows, "8", label)
        assert doses(arm) == [(value, "cells", None)]
        # an arm repeats what the study gave every group
        assert arm["cell_types"] == ["adipose_msc"] and arm["route"] == ["intraovarian_injection"]
        assert arm["sample_size"] == []


def test_bone_marrow_msc_studies(rows):
    igboeli = row(rows, "10")
    assert igboeli["cell_types"] == ["bone_marrow_msc"]
    assert igboeli["route"] == ["intraovarian_injection"] and set(igboeli["guidance"]) == BOTH
    assert igboeli["dose"] == igboeli["sessions"] == igboeli["sample_size"] == []
    segova = row(rows, "11")
    assert segova["cell_types"] == ["bone_marrow_msc"]
    # SEGOVA's re-injection into the ovary is part of SEGOVA, not a second route
    assert segova["route"] == ["segova"]
    assert set(segova["guidance"]) == BOTH  # laparoscopic biopsy, ultrasound-guided transvaginal re-transplantation
    assert segova["dose"] == segova["sessions"] == segova["sample_size"] == []
    assert arms(rows, "10") == arms(rows, "11") == []


def test_peripheral_blood_study(rows):
    r = row(rows, "13")
    assert r["cell_types"] == ["peripheral_blood_stem_cell"]
    assert r["route"] == ["intraovarian_injection"] and r["guidance"] == ["laparoscopic"]
    assert r["dose"] == r["sessions"] == r["sample_size"] == [] and arms(rows, "13") == []


def test_haec_trial_through_the_ovarian_artery(rows):
    r = row(rows, "20")
    # a sentence on [20, 23] naming "hAEC or umbilical-cord MSCs" gives each study its own
    assert r["cell_types"] == ["amniotic_epithelial_cell"]
    assert r["route"] == ["ovarian_artery_infusion"] and r["guidance"] == ["interventional_radiology"]
    assert r["sessions"] == [None]  # repeated transplantation, no count given
    assert r["dose"] == r["sample_size"] == [] and arms(rows, "20") == []


def test_collagen_scaffold_study(rows):
    r = row(rows, "22")
    assert r["cell_types"] == ["umbilical_cord_msc"]
    assert doses(r) == [(1e7, "cells", None)]
    assert r["route"] == ["intraovarian_injection"] and set(r["guidance"]) == BOTH
    assert r["sessions"] == r["sample_size"] == [] and arms(rows, "22") == []


def test_yan_study_total_and_session_arms(rows):
    r = row(rows, "23")
    assert r["cell_types"] == ["umbilical_cord_msc"]
    assert doses(r) == [(5e6, "cells", "ovary")]
    assert r["route"] == ["intraovarian_injection"] and r["guidance"] == ["transvaginal_ultrasound"]
    assert r["sample_size"] == [61]  # the total stays with the study
    assert r["sessions"] == [None]  # "patients given several injections": no count
    assert arms(rows, "23") == ["1次", "2次", "3次"]
    for label, count, n in (("1次", 1, 11), ("2次", 2, 20), ("3次", 3, 30)):
        arm = row(rows, "23", label)
        assert arm["sessions"] == [count] and arm["sample_size"] == [n]
        assert arm["cell_types"] == ["umbilical_cord_msc"] and doses(arm) == [(5e6, "cells", "ovary")]
        assert arm["guidance"] == ["transvaginal_ultrasound"]


def test_flat_sheet_has_numbers_per_arm(seed_out):
    out, _ = seed_out
    got = list(csv.DictReader(io.StringIO(export_regimens(out))))
    yan = {r["arm"]: r for r in got if r["study"] == "23"}
    assert set(yan) == {"", "1次", "2次", "3次"}
    assert (yan["2次"]["sessions"], yan["2次"]["sample_size"], yan["2次"]["dose_value"]) == ("2", "20", "5000000")
    assert yan[""]["sample_size"] == "61" and yan[""]["sessions"] == ""


def test_the_news_item_after_the_references_gives_no_fact(seed_out):
    _, result = seed_out
    assert not [f for f in result.facts if f.type == "route" and f.value["id"] in ("transdermal", "subcutaneous")]
    assert not [f for f in result.facts if f.type == "dose" and f.value["unit"] == "U/kg"]
