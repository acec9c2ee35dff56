"""Re-extraction keeps review decisions (extractor.output.merge)."""

from __future__ import annotations

import copy
import json
import shutil

import pytest

from extractor.output.merge import ORPHANS_KEY, merge_decisions, merge_with_file, orphan_warning

from reviewkit import PAPERS, fact, result, sample_facts, write


def _by_id(data):
    return {f["id"]: f for f in data["facts"]}


def test_decisions_follow_their_fact_id():
    old = result(sample_facts())
    old["facts"][1]["review"] = {"status": "edited", "value": {"value": 1e7, "unit": "cells", "per": "ovary"}, "note": "n", "at": "2024-01-01T00:00:00Z"}
    old["facts"][2]["review"] = {"status": "rejected", "at": "2024-01-01T00:00:00Z"}
    new = result(sample_facts())
    new["facts"].reverse()  # order does not matter, ids do
    old_copy, new_copy = copy.deepcopy(old), copy.deepcopy(new)
    merged, orphans = merge_decisions(old, new)
    assert orphans == [] and ORPHANS_KEY not in merged
    assert _by_id(merged)["do-1"]["review"] == old["facts"][1]["review"]
    assert _by_id(merged)["ro-1"]["review"]["status"] == "rejected"
    assert _by_id(merged)["ce-1"]["review"] == {"status": "pending"}
    assert [f["id"] for f in merged["facts"]] == [f["id"] for f in new["facts"]]
    assert old == old_copy and new == new_copy  # inputs untouched


def test_added_facts_are_kept_and_lost_decisions_become_orphans():
    old = result(sample_facts())
    _by_id(old)["sa-1"]["review"] = {"status": "accepted"}
    added = fact("ad-1", "dose", "They got 2×10^6 cells/kg.", "2×10^6 cells/kg", value={"value": 2e6, "unit": "cells/kg", "per": "kg"}, review={"status": "added", "note": "missed"}, rule="review.added")
    old["facts"].append(added)
    new = result([f for f in sample_facts() if f["id"] != "sa-1"])  # the rules changed: sa-1 is gone
    merged, orphans = merge_decisions(old, new)
    assert [o["id"] for o in orphans] == ["sa-1"]
    assert orphans[0]["review"] == {"status": "accepted"} and orphans[0]["text"] == "61 patients"
    assert [o["id"] for o in merged[ORPHANS_KEY]] == ["sa-1"]
    assert _by_id(merged)["ad-1"] == added
    assert "sa-1" not in _by_id(merged)
    assert "1 review decision(s)" in orphan_warning(orphans) and "[W501]" in orphan_warning(orphans)
    assert orphan_warning([]) is None

    # a third run: the orphan is carried (not reported again); when its fact is back, it is re-applied
    again, orphans2 = merge_decisions(merged, result([f for f in sample_facts() if f["id"] != "sa-1"]))
    assert orphans2 == [] and [o["id"] for o in again[ORPHANS_KEY]] == ["sa-1"]
    back, orphans3 = merge_decisions(again, result(sample_facts()))
    assert orphans3 == [] and ORPHANS_KEY not in back
    assert _by_id(back)["sa-1"]["review"] == {"status": "accepted"}
    assert len([f for f in back["facts"] if f["id"] == "ad-1"]) == 1


def test_merge_with_file(tmp_path):
    new = result(sample_facts())
    assert merge_with_file(tmp_path / "missing.json", new) == (new, [])
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    assert merge_with_file(tmp_path / "broken.json", new) == (new, [])
    old = result(sample_facts())
    old["facts"][0]["review"] = {"status": "accepted"}
    write(tmp_path / "old.json", old)
    merged, orphans = merge_with_file(tmp_path / "old.json", new)
    assert merged["facts"][0]["review"] == {"status": "accepted"} and orphans == []


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    from extractor.runs.batch import run

    tmp = tmp_path_factory.mktemp("merge")
    (tmp / "in").mkdir()
    shutil.copy(PAPERS / "zh01_trial_hucmsc.pdf", tmp / "in")
    run(tmp / "in", tmp / "out")
    return tmp


def test_ids_are_stable_across_runs_so_decisions_survive_a_real_re_extraction(extracted):
    from extractor.runs.batch import run

    path = extracted / "out" / "zh01_trial_hucmsc.json"
    old = json.loads(path.read_text(encoding="utf-8"))
    for f in old["facts"][:5]:
        f["review"] = {"status": "accepted", "at": "2024-01-01T00:00:00Z"}
    run(extracted / "in", extracted / "again")
    new = json.loads((extracted / "again" / "zh01_trial_hucmsc.json").read_text(encoding="utf-8"))
    merged, orphans = merge_decisions(old, new)
    assert orphans == []
    assert sum(f["review"]["status"] == "accepted" for f in merged["facts"]) == 5


def test_a_result_saved_with_a_bom_keeps_its_decisions(tmp_path):
    from extractor.output.merge import merge_with_file

    target = tmp_path / "a.json"
    old = {"schema_version": "1.0", "facts": [{"id": "f1", "type": "dose", "review": {"status": "accepted"}}]}
    target.write_text("\ufeff" + json.dumps(old), encoding="utf-8")
    merged, orphans = merge_with_file(target, {"schema_version": "1.0", "facts": [{"id": "f1", "type": "dose"}]})
    assert merged["facts"][0]["review"]["status"] == "accepted" and orphans == []


NEW = {"schema_version": "1.0", "facts": []}


@pytest.mark.parametrize("content", ['{"schema_version": "1.0", "facts": [{"id": "f1", "rev', '["not", "a", "result"]'])
def test_an_unreadable_result_is_kept_aside_before_it_is_overwritten(tmp_path, content):
    target = tmp_path / "a.json"
    target.write_text(content, encoding="utf-8")
    notes: list[str] = []
    assert merge_with_file(target, NEW, notes) == (NEW, [])
    (note,) = notes
    assert note.endswith("[W502]") and "a.json.unreadable" in note
    assert not target.exists() and (tmp_path / "a.json.unreadable").read_text(encoding="utf-8") == content
    target.write_text(content, encoding="utf-8")
    merge_with_file(target, NEW, notes)
    assert "a.json.unreadable-2" in notes[1]  # an earlier copy is not overwritten


def test_a_readable_or_missing_result_is_left_where_it_is(tmp_path):
    notes: list[str] = []
    merge_with_file(tmp_path / "missing.json", NEW, notes)
    good = tmp_path / "good.json"
    good.write_text('{"schema_version": "1.0", "facts": []}', encoding="utf-8")
    merge_with_file(good, NEW, notes)
    assert notes == [] and good.exists()


def test_without_notes_an_unreadable_result_is_left_for_the_caller(tmp_path):
    target = tmp_path / "a.json"
    target.write_text("{cut", encoding="utf-8")
    assert merge_with_file(target, NEW) == (NEW, []) and target.read_text(encoding="utf-8") == "{cut"
