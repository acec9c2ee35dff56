"""litx diff: facts gained, lost and changed between two result folders."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor.output.diff import diff, render_diff, render_table, to_json
from extractor.errors import LitxError

S1 = "每侧卵巢注射5×10^6个hUC-MSCs，共注射2次。"
S2 = "FSH decreased after 3 months in 12 women."


def fact(id, type, value, text, sentence, *, page=1, rule=None, negated=False, hedged=False, species="human", source="x.yaml:1"):
    start = sentence.index(text)
    return {
        "id": id,
        "type": type,
        "value": value,
        "text": text,
        "evidence": {"page": page, "sentence": sentence, "start": start, "end": start + len(text), "lang": "zh", "section": None, "boxes": []},
        "rule": rule or f"{type}.term",
        "context": {"negated": negated, "hedged": hedged, "species": species},
        "review": {"status": "pending"},
        "source": source,
    }


DOSE = fact("do-1", "dose", {"value": 5000000.0, "unit": "cells", "per": "ovary"}, "5×10^6", S1, page=3, rule="dose.sci_notation")
CELL = fact("ce-1", "cell_type", {"id": "umbilical_cord_msc", "label": "脐带MSC"}, "hUC-MSCs", S1, page=3)
SESSIONS = fact("se-1", "sessions", {"count": 2}, "2次", S1, page=3, rule="sessions.count")
FSH = fact("ho-1", "hormone_change", {"hormone": "FSH", "direction": "decrease"}, "FSH decreased", S2, page=4, rule="hormone_change.cue_after")
N = fact("sa-1", "sample_size", {"n": 12, "unit": "patients"}, "12 women", S2, page=4, rule="sample_size.count")


def result(facts, *, sha="abc", warnings=(), path="paper.pdf"):
    return {
        "schema_version": "1",
        "document": {"path": path, "sha256": sha, "pages": 5, "languages": ["zh"], "title": None},
        "facts": facts,
        "warnings": list(warnings),
    }


def write(folder: Path, name: str, data) -> Path:
    path = folder / f"{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def folders(tmp_path, old: dict, new: dict) -> tuple[Path, Path]:
    a, b = tmp_path / "old", tmp_path / "new"
    for folder, docs in ((a, old), (b, new)):
        folder.mkdir()
        for name, data in docs.items():
            write(folder, name, data)
    return a, b


def changed(dupe: dict, **changes) -> dict:
    out = json.loads(json.dumps(dupe))
    for key, value in changes.items():
        if key in ("negated", "hedged", "species"):
            out["context"][key] = value
        else:
            out[key] = value
    return out


def test_identical_runs_have_no_differences(tmp_path):
    docs = {"zh01": result([DOSE, CELL, SESSIONS]), "sub/en01": result([FSH, N])}
    old, new = folders(tmp_path, docs, docs)
    write(old, "litx-run", {"files": 2, "facts": {"dose": 1}})
    write(new, "notes", {"anything": True})
    report = diff(old, new)
    assert report.same
    assert [d.document for d in report.documents] == ["sub/en01", "zh01"]
    assert sum(r.unchanged for r in report.summary().values()) == 5
    text = render_diff(report)
    assert "no differences (2 documents, 5 facts)" in text
    assert "=same" in text


def test_gained_lost_and_changed(tmp_path):
    # the rule of the dose changed (same id); sessions' value changed (its id
    # changed with it, paired by place); the cell type lost; FSH negated now;
    # a sample size gained
    new_dose = changed(DOSE, rule="dose.sci_notation_v2")
    new_sessions = changed(SESSIONS, id="se-9", value={"count": 3})
    new_fsh = changed(FSH, negated=True)
    old, new = folders(
        tmp_path,
        {"zh01": result([DOSE, CELL, SESSIONS, FSH])},
        {"zh01": result([new_dose, new_sessions, new_fsh, N])},
    )
    report = diff(old, new)
    (d,) = report.documents
    assert [f.type for f in d.lost] == ["cell_type"]
    assert [f.type for f in d.gained] == ["sample_size"]
    by_type = {c.type: c for c in d.changed}
    assert by_type["dose"].fields == ["rule"] and by_type["dose"].matched_by == "id"
    assert by_type["sessions"].fields == ["value"] and by_type["sessions"].matched_by == "place"
    assert by_type["hormone_change"].fields == ["context"]
    summary = report.summary()
    assert (summary["cell_type"].lost, summary["sample_size"].gained, summary["dose"].changed) == (1, 1, 1)

    text = render_diff(report)
    assert '== zh01: +1 −1 ~3, 0 unchanged' in text
    assert '- cell_type p3 "hUC-MSCs" {"id": "umbilical_cord_msc", "label": "脐带MSC"} rule=cell_type.term | ' + S1 in text
    assert '+ sample_size p4 "12 women" {"n": 12, "unit": "patients"} rule=sample_size.count | ' + S2 in text
    assert '~ sessions p3 "2次" {"count": 2} → {"count": 3} rule=sessions.count | ' in text
    assert "rule=dose.sci_notation → dose.sci_notation_v2" in text
    assert "[negated false → true]" in text
    # lines of a document are grouped by type, in the contract's order
    order = [line.split()[1] for line in text.splitlines() if line[:2] in ("+ ", "- ", "~ ")]
    assert order == ["cell_type", "dose", "sessions", "hormone_change", "sample_size"]


def test_a_span_that_moved_inside_the_old_one_is_a_change(tmp_path):
    shorter = fact("ce-2", "cell_type", {"id": "msc", "label": "MSC"}, "MSCs", S1, page=3)
    old, new = folders(tmp_path, {"zh01": result([CELL])}, {"zh01": result([shorter])})
    (c,) = diff(old, new).documents[0].changed
    assert c.matched_by == "overlap" and c.fields == ["value", "text"]
    assert '~ cell_type p3 "hUC-MSCs" → "MSCs" {"id": "umbilical_cord_msc"' in render_diff(diff(old, new))


def test_source_and_review_are_not_compared(tmp_path):
    moved = changed(CELL, source="cell_types.yaml:99", review={"status": "accepted"})
    old, new = folders(tmp_path, {"zh01": result([CELL])}, {"zh01": result([moved])})
    assert diff(old, new).same


def test_duplicate_facts_pair_one_to_one(tmp_path):
    twin = changed(DOSE, id="do-1-1")
    old, new = folders(tmp_path, {"zh01": result([DOSE, twin])}, {"zh01": result([DOSE])})
    (d,) = diff(old, new).documents
    assert len(d.lost) == 1 and not d.changed and d.unchanged["dose"] == 1


def test_documents_on_one_side_only_and_broken_files(tmp_path):
    old, new = folders(
        tmp_path,
        {"gone": result([DOSE]), "kept": result([N]), "broken": result([FSH])},
        {"kept": result([N], sha="other", warnings=["no text layer [W001]"]), "fresh": result([CELL, FSH]), "broken": "{not json"},
    )
    docs = {d.document: d for d in diff(old, new).documents}
    assert docs["gone"].status == "removed" and len(docs["gone"].lost) == 1
    assert docs["fresh"].status == "added" and len(docs["fresh"].gained) == 2
    assert docs["broken"].status == "unreadable" and "E206" in docs["broken"].note
    assert docs["kept"].pdf_changed and docs["kept"].warnings_gained == ["no text layer [W001]"]
    text = render_diff(diff(old, new))
    assert "== fresh: +2 −0 ~0 (only in the new run)" in text
    assert "== gone: +0 −1 ~0 (only in the old run)" in text
    assert "== broken: not compared:" in text
    assert "== kept: +0 −0 ~0, 1 unchanged (the PDF itself changed)" in text
    assert "+ warning: no text layer [W001]" in text


def test_limit_and_table(tmp_path):
    old, new = folders(tmp_path, {"a": result([]), "b": result([])}, {"a": result([DOSE, CELL]), "b": result([FSH])})
    report = diff(old, new)
    text = render_diff(report, limit=1)
    assert sum(line[:2] == "+ " for line in text.splitlines()) == 1
    assert "… 2 more line(s)" in text
    table = render_table(report).splitlines()
    assert table[0].split() == ["type", "+gained", "−lost", "~changed", "=same"]
    assert table[-1].split() == ["all", "3", "0", "0", "0"]


def test_json_and_single_files(tmp_path):
    a = write(tmp_path, "one", result([DOSE]))
    b = write(tmp_path / "x", "renamed", result([changed(DOSE, rule="dose.other")]))
    report = diff(a, b)
    data = json.loads(json.dumps(to_json(report), ensure_ascii=False))
    assert data["summary"]["dose"] == {"gained": 0, "lost": 0, "changed": 1, "unchanged": 0}
    assert data["documents"][0]["changed"][0]["fields"] == ["rule"]
    assert data["same"] is False
    # a file against a folder: that document only
    folder = tmp_path / "folder"
    write(folder, "one", result([DOSE]))
    write(folder, "other", result([FSH]))
    assert [d.document for d in diff(a, folder).documents] == ["one"]


def test_bad_arguments(tmp_path):
    (tmp_path / "empty").mkdir()
    write(tmp_path / "only-report", "litx-run", {"files": 0})
    with pytest.raises(LitxError) as exc:
        diff(tmp_path / "missing", tmp_path / "empty")
    assert exc.value.code == "E204"
    for folder in ("empty", "only-report"):
        with pytest.raises(LitxError) as exc:
            diff(tmp_path / folder, tmp_path / folder)
        assert exc.value.code == "E302"
    bad = write(tmp_path, "bad", "{")
    with pytest.raises(LitxError) as exc:
        diff(bad, bad)
    assert exc.value.code == "E206"



def test_facts_that_are_not_facts_are_an_error_or_an_unreadable_document(tmp_path):
    good = fact("d1", "dose", {"value": 5e6, "unit": "cells", "per": None}, "5×10^6", "5×10^6 cells were given.")
    old = write(tmp_path / "old", "a", result([good]))
    bad = write(tmp_path / "new", "a", {**result([]), "facts": [3, None, {"type": None}]})
    with pytest.raises(LitxError) as exc:  # one file given: the command's error
        diff(old, bad)
    assert exc.value.code == "E402" and "facts[0]" in str(exc.value)
    report = diff(tmp_path / "old", tmp_path / "new")  # in a folder: that document only
    (doc,) = report.documents
    assert doc.status == "unreadable" and "E402" in doc.note and not doc.pdf_changed
    assert doc.differs
    render_diff(report)
