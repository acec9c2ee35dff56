"""Reading a folder of result files, and showing a fact on one line."""

from __future__ import annotations

import json

import pytest

from extractor.errors import LitxError
from extractor.output.resultfiles import clip, scan_results, value_text


def write(path, data):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")


def test_scan_results_sorts_files_into_results_others_and_broken(tmp_path):
    result = {"schema_version": "1.0", "document": {}, "facts": []}
    write(tmp_path / "a.json", result)
    write(tmp_path / "real" / "b.json", result)
    write(tmp_path / "litx-run.json", {"files": []})
    write(tmp_path / "bad.json", "{not json")
    write(tmp_path / ".trash" / "c.json", result)
    scanned = scan_results(tmp_path)
    assert sorted(scanned.found) == ["a", "real/b"]
    assert scanned.found["real/b"][0] == tmp_path / "real" / "b.json"
    assert scanned.ignored == ["litx-run.json"]
    assert list(scanned.broken) == ["bad"] and scanned.broken["bad"].code == "E206"


def test_scan_results_of_a_missing_folder_is_a_user_error(tmp_path):
    with pytest.raises(LitxError) as err:
        scan_results(tmp_path / "nowhere")
    assert err.value.code == "E204"


def test_clip_keeps_short_sentences_and_centres_long_ones_on_the_span():
    assert clip("short", 0, 5) == "short"
    sentence = "a" * 100 + "TARGET" + "b" * 100
    shown = clip(sentence, 100, 106, width=20)
    assert "TARGET" in shown and shown.startswith("…") and shown.endswith("…")
    assert len(shown) == 22  # the width plus the two ellipses
    assert clip("x" * 30, None, None, width=10) == "x" * 9 + "…"


def test_value_text_keeps_chinese_readable():
    assert value_text({"id": "脐带"}) == '{"id": "脐带"}'


def test_json_text_keeps_a_file_name_that_is_not_utf8():
    import json

    from extractor.output.resultfiles import json_text
    from extractor.review.store import dumps

    name = b"caf\xe9.pdf".decode("utf-8", "surrogateescape")  # as os.listdir gives it
    for text in (json_text({"path": name}), dumps({"path": name})):
        text.encode("utf-8")  # writable as UTF-8
        assert json.loads(text)["path"] == name
        assert json.loads(text)["path"].encode("utf-8", "surrogateescape") == b"caf\xe9.pdf"
