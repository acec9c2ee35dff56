"""litx review: the HTTP API with Flask's test client (decisions land on disk, bad requests don't)."""

from __future__ import annotations

import inspect
import json
import threading
from pathlib import Path

import pytest

flask = pytest.importorskip("flask")

from extractor.facts.registry import fact_types  # noqa: E402
from extractor.facts.results import Result  # noqa: E402
from extractor.review import create_app, make_server, resolve_host, serve  # noqa: E402
from extractor.review.app import MAX_BODY  # noqa: E402
from extractor.review.store import CACHE_DIR  # noqa: E402
from extractor.review.values import FORMS, format_number, validate_value  # noqa: E402

from reviewkit import disk_bytes, fact, on_disk, own_out, result, sample_out, write  # noqa: E402


@pytest.fixture
def env(tmp_path):
    out, pdfs = sample_out(tmp_path)
    app = create_app(out, pdfs, reviewer="tester")
    return app, app.test_client(), out / "trial.json", out


def doc(client, key="trial"):
    r = client.get(f"/api/doc/{key}")
    assert r.status_code == 200, r.data
    return r.get_json()


def post(client, action, payload, key="trial", **kw):
    return client.post(f"/api/{action}/{key}", json=payload, **kw)


def fact_on_disk(path: Path, fid: str) -> dict:
    return next(f for f in on_disk(path)["facts"] if f["id"] == fid)


# ---------------------------------------------------------------- pages


def test_start_page_lists_results_with_counts(tmp_path):
    out, pdfs = sample_out(tmp_path)
    facts = [fact("do-9", "dose", "A dose of 5×10^6 cells.", "5×10^6 cells", review={"status": "accepted"})]
    write(out / "sub" / "second.json", result(facts))
    write(out / "litx-run.json", {"files": 2})
    write(out / "notes.json", {"not": "a result"})
    write(out / CACHE_DIR / "hidden.json", result(facts))
    (out / "broken.json").write_text('{"schema_version": "1", "facts": [', encoding="utf-8")
    client = create_app(out, pdfs).test_client()
    html = client.get("/").get_data(as_text=True)
    assert 'href="/doc/trial"' in html and 'href="/doc/sub/second"' in html
    assert "litx-run" not in html and "notes" not in html and "hidden" not in html
    assert "broken" in html and "cannot read" in html
    docs = {d["key"]: d for d in client.get("/api/docs").get_json()}
    assert set(docs) == {"trial", "sub/second", "broken"}
    assert docs["trial"]["counts"] == {"pending": 7, "accepted": 0, "rejected": 0, "edited": 0, "added": 0}
    assert docs["sub/second"]["progress"] == 1.0
    assert "<progress" in html


def test_document_page_escapes_pdf_text(env):
    _, client, _, _ = env
    r = client.get("/doc/trial")
    assert r.status_code == 200
    html = r.get_data(as_text=True)
    assert "<script>alert" not in html and "<script>x()" not in html and "<b>trial" not in html
    assert "&lt;script&gt;x()&lt;/script&gt;" in html  # the title, autoescaped
    assert "\\u003cscript\\u003ealert(1)" in html  # the sentence, in the |tojson page data
    assert "script-src 'self'" in r.headers["Content-Security-Policy"]


def test_document_payload(env):
    _, client, _, _ = env
    d = doc(client)
    assert d["pdf"] == {"available": True, "note": None}
    views = {v["id"]: v for v in d["facts"]}
    assert [v["id"] for v in d["facts"]] == ["ce-1", "do-1", "ro-1", "ho-1", "se-1", "sa-1", "ho-2"]
    dose = views["do-1"]
    assert dose["value_text"] == "5×10^6 cells / ovary"
    assert dose["sentence"][dose["start"] : dose["end"]] == "5×10^6 cells"
    assert dose["cell_type"]["id"] == "ce-1" and dose["cell_type"]["text"] == "umbilical cord MSCs"
    assert views["ho-1"]["citations"] == [{"marker": "3", "reference": "[3] Smith J. A study. 2020."}]
    assert views["ho-2"]["negated"] is True
    assert set(d["forms"]) == {t.name for t in fact_types()}


def test_forms_match_the_value_models():
    for declared in fact_types():
        assert [f["name"] for f in FORMS[declared.name]] == list(declared.value_model.model_fields), declared.name


# ---------------------------------------------------------------- decisions on disk


def test_accept_reject_and_reset_land_on_disk(env):
    _, client, path, _ = env
    rev = doc(client)["revision"]
    r = post(client, "decide", {"revision": rev, "fact": "do-1", "status": "accepted", "note": "checked"})
    assert r.status_code == 200, r.data
    body = r.get_json()
    assert body["revision"] != rev and body["fact"]["status"] == "accepted"
    review = fact_on_disk(path, "do-1")["review"]
    assert review["status"] == "accepted" and review["note"] == "checked" and review["reviewer"] == "tester"
    assert review["at"].endswith("Z")
    r = post(client, "decide", {"revision": body["revision"], "fact": "ro-1", "status": "rejected"})
    assert fact_on_disk(path, "ro-1")["review"]["status"] == "rejected"
    assert r.get_json()["counts"]["rejected"] == 1
    r = post(client, "decide", {"revision": r.get_json()["revision"], "fact": "ro-1", "status": "pending"})
    assert fact_on_disk(path, "ro-1")["review"] == {"status": "pending"}
    Result.model_validate(on_disk(path))  # still a contract result


def test_edit_stores_the_validated_value_beside_the_extracted_one(env):
    _, client, path, _ = env
    rev = doc(client)["revision"]
    value = {"value": "1.5×10^7", "unit": "cells", "per": "ovary", "low": "", "high": ""}
    r = post(client, "edit", {"revision": rev, "fact": "do-1", "value": value, "note": "typo in PDF"})
    assert r.status_code == 200, r.data
    f = fact_on_disk(path, "do-1")
    assert f["review"]["status"] == "edited"
    assert f["review"]["value"] == {"value": 15000000.0, "unit": "cells", "per": "ovary"}
    assert f["value"]["value"] == 5000000.0  # the extraction is kept
    assert r.get_json()["fact"]["value_text"] == "1.5×10^7 cells / ovary"
    assert r.get_json()["fact"]["extracted_text"] == "5×10^6 cells / ovary"


@pytest.mark.parametrize(
    "fid, value, words",
    [
        ("do-1", {"value": "abc", "unit": "cells", "per": "ovary"}, "value: Input should be a valid number"),
        ("do-1", {"value": "5e6", "unit": "cells/ml", "per": "ovary"}, "unit"),
        ("do-1", {"value": "-3", "unit": "cells"}, "greater than 0"),
        ("do-1", {"value": "5e6", "unit": "cells", "low": "1"}, "both low and high"),
        ("do-1", {"value": "5e6", "unit": "cells", "colour": "red"}, "unknown field"),
        ("ho-1", {"hormone": "TSH", "direction": "decrease"}, "hormone"),
        ("ho-1", {"hormone": "FSH", "direction": "up"}, "direction"),
        ("sa-1", {"n": "2.5", "unit": "patients"}, "n:"),
        ("se-1", {"count": "nan"}, "count"),
        ("ce-1", {"id": "stem_cell", "label": "stem cells"}, "id"),
        ("ro-1", "intravenous", "object"),
    ],
)
def test_invalid_edit_is_refused_and_nothing_is_written(env, fid, value, words):
    _, client, path, _ = env
    before = disk_bytes(path)
    r = post(client, "edit", {"revision": doc(client)["revision"], "fact": fid, "value": value})
    assert r.status_code == 422, r.data
    body = r.get_json()
    assert body["error"] == "E503" and words in body["message"]
    assert disk_bytes(path) == before


def test_undo_restores_the_previous_review(env):
    _, client, path, _ = env
    rev = doc(client)["revision"]
    before = fact_on_disk(path, "sa-1")["review"]
    r = post(client, "decide", {"revision": rev, "fact": "sa-1", "status": "rejected"})
    r = post(client, "restore", {"revision": r.get_json()["revision"], "fact": "sa-1", "review": before})
    assert r.status_code == 200, r.data
    assert fact_on_disk(path, "sa-1")["review"] == {"status": "pending"}


def test_add_a_missed_fact_from_a_selection(env):
    _, client, path, _ = env
    d = doc(client)
    sentence = {v["id"]: v for v in d["facts"]}["ho-1"]["sentence"]
    start = sentence.index("61")
    payload = {
        "revision": d["revision"],
        "type": "sample_size",
        "value": {"n": "61", "unit": ""},
        "from_fact": "ho-1",
        "start": start,
        "end": start + 2,
        "text": "61",
        "context": {"negated": False, "hedged": True, "species": "human"},
        "note": "missed",
    }
    r = post(client, "add", payload)
    assert r.status_code == 200, r.data
    new = r.get_json()["fact"]
    assert new["id"].startswith("ad-") and new["status"] == "added"
    data = on_disk(path)
    Result.model_validate(data)
    stored = next(f for f in data["facts"] if f["id"] == new["id"])
    assert stored["rule"] == "review.added"
    assert stored["review"]["status"] == "added" and stored["review"]["note"] == "missed"
    assert stored["value"] == {"n": 61, "unit": "patients"}
    assert stored["text"] == "61"
    ev = stored["evidence"]
    assert (ev["page"], ev["sentence"], ev["start"], ev["end"], ev["lang"]) == (2, sentence, start, start + 2, "en")
    assert stored["citations"] == [{"marker": "3", "reference": "[3] Smith J. A study. 2020."}]
    assert stored["context"]["hedged"] is True
    # placed with the facts of its sentence, in reading order
    ids = [f["id"] for f in data["facts"]]
    assert ids.index(new["id"]) == ids.index("sa-1") + 1
    # the same addition again is refused; the id is stable
    payload["revision"] = r.get_json()["revision"]
    again = post(client, "add", payload)
    assert again.status_code == 409 and again.get_json()["error"] == "E508"


@pytest.mark.parametrize(
    "change, code",
    [
        ({"text": "62"}, "E511"),
        ({"start": 5, "end": 5}, "E511"),
        ({"start": 0, "end": 10_000}, "E511"),
        ({"start": "0"}, "E511"),
        ({"value": {"n": "many"}}, "E503"),
        ({"type": "weight"}, "E510"),
        ({"from_fact": "nope"}, "E502"),
        ({"context": {"colour": 1}}, "E511"),
    ],
)
def test_bad_additions_are_refused(env, change, code):
    _, client, path, _ = env
    before = disk_bytes(path)
    d = doc(client)
    payload = {"revision": d["revision"], "type": "sample_size", "value": {"n": 61}, "from_fact": "sa-1", "start": 36, "end": 38, "text": "61"}
    payload.update(change)
    r = post(client, "add", payload)
    assert r.status_code in (400, 404, 422), r.data
    assert r.get_json()["error"] == code
    assert disk_bytes(path) == before


def test_add_from_a_sentence_given_and_remove_then_reinsert(env):
    _, client, path, _ = env
    d = doc(client)
    # a sentence of page 2 known from its facts (the sample result's sentences are not the PDF's)
    sentence = "FSH decreased after two injections in 61 patients."
    r = post(
        client,
        "add",
        {"revision": d["revision"], "type": "sessions", "value": {"count": "2"}, "page": 2, "sentence": sentence, "start": 24, "end": 34, "text": "injections"},
    )
    assert r.status_code == 200, r.data
    added = r.get_json()["fact"]
    assert added["text"] == "injections" and added["value"] == {"count": 2}
    stored = fact_on_disk(path, added["id"])
    assert stored["citations"] == [{"marker": "3", "reference": "[3] Smith J. A study. 2020."}]  # as the sentence's facts
    assert stored["evidence"]["section"] == "Methods"
    r = post(client, "remove", {"revision": r.get_json()["revision"], "fact": added["id"]})
    assert r.status_code == 200
    assert added["id"] not in [f["id"] for f in on_disk(path)["facts"]]
    removed, index = r.get_json()["removed"], r.get_json()["index"]
    r = post(client, "reinsert", {"revision": r.get_json()["revision"], "fact": removed, "index": index})
    assert r.status_code == 200, r.data
    assert [f["id"] for f in on_disk(path)["facts"]][index] == added["id"]
    assert fact_on_disk(path, added["id"])["evidence"] == stored["evidence"]  # boxes and all
    # extracted facts are rejected, never removed
    r = post(client, "remove", {"revision": r.get_json()["revision"], "fact": "do-1"})
    assert r.status_code == 409 and r.get_json()["error"] == "E509"


def test_edit_an_added_fact_changes_its_value(env):
    _, client, path, _ = env
    d = doc(client)
    r = post(client, "add", {"revision": d["revision"], "type": "sessions", "value": {"count": "2"}, "from_fact": "se-1", "start": 24, "end": 38})
    assert r.status_code == 200, r.data
    fid = r.get_json()["fact"]["id"]
    r = post(client, "edit", {"revision": r.get_json()["revision"], "fact": fid, "value": {"count": ""}})
    assert r.status_code == 200, r.data
    stored = fact_on_disk(path, fid)
    assert stored["value"] == {"count": None} and stored["review"]["status"] == "added"
    r = post(client, "decide", {"revision": r.get_json()["revision"], "fact": fid, "status": "accepted"})
    assert r.status_code == 409 and r.get_json()["error"] == "E509"


# ---------------------------------------------------------------- concurrency and crash safety


def test_a_stale_write_is_refused_with_409(env):
    _, client, path, _ = env
    rev = doc(client)["revision"]  # two tabs load the same revision
    first = post(client, "decide", {"revision": rev, "fact": "do-1", "status": "accepted"})
    assert first.status_code == 200
    after_first = disk_bytes(path)
    second = post(client, "decide", {"revision": rev, "fact": "ro-1", "status": "rejected"})
    assert second.status_code == 409
    body = second.get_json()
    assert body["error"] == "E504" and "reload" in body["message"]
    assert body["revision"] == first.get_json()["revision"]
    assert disk_bytes(path) == after_first  # nothing of the stale write
    missing = post(client, "decide", {"fact": "ro-1", "status": "rejected"})
    assert missing.status_code == 409


def test_a_change_by_another_program_is_noticed(env):
    _, client, path, _ = env
    rev = doc(client)["revision"]
    data = on_disk(path)
    data["warnings"].append("re-extracted")
    write(path, data)
    r = post(client, "decide", {"revision": rev, "fact": "do-1", "status": "accepted"})
    assert r.status_code == 409


def test_simultaneous_writes_on_one_revision_one_wins(env):
    app, client, path, _ = env
    rev = doc(client)["revision"]
    codes: list[int] = []

    def hit(fid):
        c = app.test_client()
        codes.append(post(c, "decide", {"revision": rev, "fact": fid, "status": "accepted"}).status_code)

    threads = [threading.Thread(target=hit, args=(fid,)) for fid in ["ce-1", "do-1", "ro-1", "ho-1", "se-1", "sa-1"]]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(codes) == [200] + [409] * 5
    assert sum(f["review"]["status"] == "accepted" for f in on_disk(path)["facts"]) == 1


def test_a_crash_between_temp_write_and_rename_leaves_the_old_file(env, monkeypatch):
    """Folding the decision log into the result is an atomic rewrite: cut short before
    the rename, the file is as it was and the decision is still on disk, in the log."""
    import extractor.atomic as atomic
    from extractor.output.reviewed import decision_log_path

    app, client, path, out = env
    rev = doc(client)["revision"]
    file_before = path.read_bytes()
    assert post(client, "decide", {"revision": rev, "fact": "do-1", "status": "accepted"}).status_code == 200
    logged = disk_bytes(path)
    renames = []

    def crash(src, dst):
        renames.append((Path(src), Path(dst)))
        assert Path(src).read_bytes() != file_before  # the new text is complete in the temp file
        raise OSError("killed")

    monkeypatch.setattr(atomic.os, "replace", crash)
    with pytest.raises(OSError):
        app.extensions["litx_store"].fold("trial")
    assert disk_bytes(path) == logged and path.read_bytes() == file_before
    assert fact_on_disk(path, "do-1")["review"]["status"] == "accepted"
    (src, dst), = renames
    assert dst == path and src.parent == path.parent and src.name.startswith(".trial.json.")
    assert sorted(p.name for p in out.iterdir() if p.is_file()) == [".trial.json.decisions", "trial.json"]  # temp file cleaned up
    monkeypatch.undo()
    app.extensions["litx_store"].fold("trial")
    assert not decision_log_path(path).exists()
    assert json.loads(path.read_text(encoding="utf-8"))["facts"][1]["review"]["status"] == "accepted"


def test_huge_body_is_413(env):
    _, client, path, _ = env
    before = disk_bytes(path)
    big = {"revision": "x", "fact": "do-1", "status": "accepted", "note": "a" * (MAX_BODY + 10)}
    r = post(client, "decide", big)
    assert r.status_code == 413 and r.get_json()["error"] == "E506"
    assert disk_bytes(path) == before


@pytest.mark.parametrize("data", ['{"revision": ', "[1, 2]", '"text"', "", "\xff\xfe"])
def test_malformed_json_is_400(env, data):
    _, client, path, _ = env
    before = disk_bytes(path)
    r = client.post("/api/decide/trial", data=data, content_type="application/json")
    assert r.status_code == 400 and r.get_json()["error"] == "E505"
    assert disk_bytes(path) == before


def test_not_json_is_415_and_cross_origin_is_403(env):
    _, client, _, _ = env
    r = client.post("/api/decide/trial", data="fact=do-1&status=accepted", content_type="application/x-www-form-urlencoded")
    assert r.status_code == 415
    r = post(client, "decide", {"revision": doc(client)["revision"], "fact": "do-1", "status": "accepted"}, headers={"Origin": "http://evil.example"})
    assert r.status_code == 403


def test_foreign_host_header_is_refused(env):
    _, client, _, _ = env
    assert client.get("/", headers={"Host": "evil.example"}).status_code == 400
    assert client.get("/", headers={"Host": "127.0.0.1:8080"}).status_code == 200


def test_unknown_fact_and_status(env):
    _, client, _, _ = env
    rev = doc(client)["revision"]
    assert post(client, "decide", {"revision": rev, "fact": "zz", "status": "accepted"}).status_code == 404
    assert post(client, "decide", {"revision": rev, "fact": "do-1", "status": "maybe"}).status_code == 400


# ---------------------------------------------------------------- path traversal


TRAVERSALS = [
    "../secret",
    "..%2fsecret",
    "%2e%2e%2fsecret",
    "%2E%2E/secret",
    "%252e%252e%252fsecret",
    "..%252fsecret",
    "sub/../../secret",
    "./trial",
    "%2fetc%2fpasswd",
    "/etc/passwd",
    "..\\secret",
    "..%5csecret",
    ".litx-review-cache/x",
    "litx-run",
    "trial%00",
    "link",
]


@pytest.fixture
def traversal_env(tmp_path):
    out, pdfs = sample_out(tmp_path)
    secret = result([fact("do-9", "dose", "SECRET 5×10^6 cells.", "5×10^6 cells")], title="SECRET")
    write(tmp_path / "secret.json", secret)
    write(out / "litx-run.json", secret)
    write(out / CACHE_DIR / "x.json", secret)
    (out / "link.json").symlink_to(tmp_path / "secret.json")
    return create_app(out, pdfs).test_client(), tmp_path


@pytest.mark.parametrize("key", TRAVERSALS)
@pytest.mark.parametrize("route", ["/doc/{}", "/api/doc/{}", "/api/page/1/{}"])
def test_path_traversal_is_refused_on_reads(traversal_env, route, key):
    client, _ = traversal_env
    r = client.get(route.format(key))
    assert r.status_code in (400, 404, 405, 308), (r.status_code, r.data[:200])
    assert b"SECRET" not in r.data
    if r.status_code == 308:  # werkzeug's slash merge: follow it, still nothing
        r = client.get(r.headers["Location"])
        assert r.status_code in (400, 404) and b"SECRET" not in r.data


@pytest.mark.parametrize("key", TRAVERSALS)
def test_path_traversal_is_refused_on_writes(traversal_env, key):
    client, tmp = traversal_env
    before = disk_bytes(tmp / "secret.json")
    r = client.post(f"/api/decide/{key}", json={"revision": "x", "fact": "do-9", "status": "accepted"})
    assert r.status_code in (400, 404, 405, 308)
    assert disk_bytes(tmp / "secret.json") == before


def test_store_refuses_keys_outside(tmp_path):
    from extractor.errors import LitxError
    from extractor.review.store import Store

    out, _ = sample_out(tmp_path)
    store = Store(out)
    for key in ["../secret", "/etc/passwd", "a/../trial", "C:/x", "trial\x00", "", None, 3, "x" * 2000]:
        with pytest.raises(LitxError) as err:
            store.path_of(key)
        assert err.value.code == "E501"
    assert store.path_of("trial") == out / "trial.json"


# ---------------------------------------------------------------- page images


def test_page_images_are_rendered_on_demand_and_cached(env):
    app, client, _, out = env
    store = app.extensions["litx_store"]
    assert client.get("/doc/trial").status_code == 200
    assert client.get("/api/doc/trial").status_code == 200
    assert store.renders == 0 and not list(out.glob(f"{CACHE_DIR}/pages/**/*.png"))
    r = client.get("/api/page/2/trial")
    assert r.status_code == 200 and r.mimetype == "image/png" and r.data[:8] == b"\x89PNG\r\n\x1a\n"
    from PIL import Image
    import io

    width = Image.open(io.BytesIO(r.data)).size[0]
    assert abs(width - 595.28 * store.resolution / 72) <= 2  # boxes scale by resolution / 72
    assert store.renders == 1
    assert len(list(out.glob(f"{CACHE_DIR}/pages/**/*.png"))) == 1
    assert client.get("/api/page/2/trial").status_code == 200
    assert store.renders == 1  # from the cache
    r = client.get("/api/page/3/trial")
    assert r.status_code == 404 and r.get_json()["error"] == "E507"
    # at the resolution the page asks for (one of a few), the PDF opened once for all of them
    r = client.get("/api/page/2/trial?dpi=288")
    assert r.status_code == 200 and abs(Image.open(io.BytesIO(r.data)).size[0] - 595.28 * 4) <= 2
    assert client.get("/api/page/1/trial?dpi=192").status_code == 200
    assert store.renders == 3 and store.pdfs.opens == 1
    r = client.get("/api/page/1/trial?dpi=1000")
    assert r.status_code == 400 and r.get_json()["error"] == "E505"


def test_a_page_request_overtaken_by_a_newer_one_is_dropped(env):
    """Requests for pages of one document wait their turn; when its turn comes, one that
    a newer request overtook is not rendered (409): the reviewer has turned the page."""
    from extractor.review import pdfpages

    app, _, _, _ = env
    store = app.extensions["litx_store"]
    answers: dict[int, int] = {}

    def ask(n: int) -> None:
        answers[n] = app.test_client().get(f"/api/page/{n}/trial?dpi=96").status_code

    with pdfpages._render_lock:  # pdfium busy with a page asked for before
        first = threading.Thread(target=ask, args=(1,))
        first.start()
        first.join(0.5)
        second = threading.Thread(target=ask, args=(2,))
        second.start()
        second.join(0.5)
        assert not answers  # both waiting
    first.join(30)
    second.join(30)
    assert answers == {1: 409, 2: 200}
    assert store.renders == 1


def test_missing_pdf_shows_the_sentence_only(tmp_path):
    out, pdfs = sample_out(tmp_path, with_pdf=False)
    client = create_app(out, pdfs).test_client()
    d = doc(client)
    assert d["pdf"]["available"] is False and "PDF not found" in d["pdf"]["note"]
    r = client.get("/api/page/1/trial")
    assert r.status_code == 404 and "PDF not found" in r.get_json()["message"]
    assert client.get("/doc/trial").status_code == 200


def test_a_different_pdf_under_the_same_name_is_not_used(tmp_path):
    out, pdfs = sample_out(tmp_path)
    import shutil

    from reviewkit import PAPERS

    shutil.copy(PAPERS / "zh01_trial_hucmsc.pdf", pdfs / "papers" / "trial.pdf")
    d = doc(create_app(out, pdfs).test_client())
    assert d["pdf"]["available"] is False and "SHA-256 differs" in d["pdf"]["note"]


def test_pdf_found_relative_to_cwd_without_pdfs(tmp_path, monkeypatch):
    out, _ = sample_out(tmp_path)
    monkeypatch.chdir(tmp_path / "pdfs")
    assert doc(create_app(out).test_client())["pdf"]["available"] is True


# ---------------------------------------------------------------- serving


def test_binds_loopback_by_default(tmp_path):
    out, _ = sample_out(tmp_path)
    assert resolve_host() == "127.0.0.1"
    assert resolve_host(None) == "127.0.0.1" and resolve_host("  ") == "127.0.0.1"
    assert resolve_host("0.0.0.0") == "0.0.0.0"
    assert inspect.signature(serve).parameters["host"].default == "127.0.0.1"
    assert inspect.signature(make_server).parameters["host"].default == "127.0.0.1"
    server = make_server(out)
    try:
        host, port = server.server_address[:2]
        assert host == "127.0.0.1" and port > 0
    finally:
        server.server_close()


def test_missing_out_dir_is_an_error(tmp_path):
    from extractor.errors import LitxError

    with pytest.raises(LitxError) as err:
        create_app(tmp_path / "nope")
    assert err.value.code == "E204"


# ---------------------------------------------------------------- values


@pytest.mark.parametrize(
    "text, number",
    [("5×10^6", 5e6), ("5 x 10^{6}", 5e6), ("1.5*10^7", 1.5e7), ("10^6", 1e6), ("5e6", 5e6), ("1,500,000", 1.5e6), ("500万", 5e6), ("116", 116.0)],
)
def test_reviewers_write_numbers_as_papers_do(text, number):
    assert validate_value("dose", {"value": text, "unit": "cells"})["value"] == number


def test_value_formatting():
    assert format_number(5000000.0) == "5×10^6"
    assert format_number(15000000) == "1.5×10^7"
    assert format_number(116.0) == "116"
    assert format_number(0.5) == "0.5"
    assert validate_value("dose", {"value": "5", "unit": "μg"})["unit"] == "\u00b5g"  # Greek mu → micro sign


def test_review_messages_are_distinct_codes():
    from extractor.errors import Msg

    assert all(m.name == name for name, m in Msg.__members__.items())  # no alias swallows a code


def test_serve_prints_a_loopback_url_and_stops_on_ctrl_c(tmp_path, monkeypatch):
    import extractor.review.app as review_app

    out, _ = sample_out(tmp_path)
    real = review_app.make_server
    made = []

    def fake_make_server(*args, **kwargs):
        server = real(*args, **kwargs)
        made.append(server)

        def interrupted():
            raise KeyboardInterrupt

        server.serve_forever = interrupted
        return server

    opened = []
    monkeypatch.setattr(review_app, "make_server", fake_make_server)
    monkeypatch.setattr(review_app.webbrowser, "open", opened.append)
    lines: list[str] = []
    serve(out, open_browser=False, echo=lines.append)
    assert made[0].server_address[0] == "127.0.0.1"
    assert lines and lines[0].startswith("litx review: http://127.0.0.1:") and opened == []
    serve(out, echo=lines.append)
    assert opened and opened[0].startswith("http://127.0.0.1:")


def test_decisions_are_what_litx_evaluate_reads(env):
    from extractor.output.evaluate import evaluate_reviewed

    app, client, path, out = env
    store = app.extensions["litx_store"]
    rev = doc(client)["revision"]
    _, rev = store.decide("trial", rev, "do-1", "accepted")
    _, rev = store.decide("trial", rev, "ro-1", "rejected")
    _, rev = store.edit("trial", rev, "sa-1", {"n": "60", "unit": "patients"})
    _, rev = store.add("trial", rev, fact_type="sessions", value={"count": "2"}, from_fact="se-1", start=24, end=38)
    report = evaluate_reviewed(out, out)
    rows = {r.type: r.strict for r in report.rows}
    assert (rows["dose"].tp, rows["dose"].fp) == (1, 0)
    assert rows["route"].fp == 1  # a known false hit
    assert (rows["sample_size"].tp, rows["sample_size"].fn) == (0, 1)  # 61 extracted, 60 after the edit
    assert rows["sessions"].tp == 1  # the added fact is gold, the extracted one matches it


def test_a_hostile_sha256_cannot_move_the_image_cache(tmp_path):
    out, pdfs = sample_out(tmp_path)
    data = on_disk(out / "trial.json")
    real = data["document"]["sha256"]
    data["document"]["sha256"] = "../../../escaped"
    write(out / "trial.json", data)
    app = create_app(out, pdfs)
    store = app.extensions["litx_store"]
    store.pdfs._hashes.clear()
    # the hash no longer matches, so the PDF is refused; with the real one back it renders inside the cache
    assert app.test_client().get("/api/page/1/trial").status_code == 404
    data["document"]["sha256"] = real
    write(out / "trial.json", data)
    assert app.test_client().get("/api/page/1/trial").status_code == 200
    pngs = list(tmp_path.rglob("*.png"))
    assert pngs and all((out / CACHE_DIR) in p.parents for p in pngs)


# ---------------------------------------------------------------- added facts: page, sentence, span and boxes


def _within(box, outer, slack: float = 0.05) -> bool:
    """``box`` lies inside ``outer`` (same page, PDF points)."""
    return (
        int(box[0]) == int(outer[0])
        and box[1] >= outer[1] - slack
        and box[3] <= outer[3] + slack
        and box[2] >= outer[2] - slack
        and box[4] <= outer[4] + slack
    )


@pytest.fixture
def own(tmp_path):
    """A PDF of our own with a result built from its text layer: (app, client, result path, pdf)."""
    out, pdfs = own_out(tmp_path)
    app = create_app(out, pdfs, reviewer="tester", parse_cache=tmp_path / "parse-cache")
    return app, app.test_client(), out / "own.json", pdfs / "own.pdf"


def text_layer_sentence(pdf, text, password=None):
    from extractor.layout.textlayer import parse_pdf

    return next(s for s in parse_pdf(pdf, password=password).sentences() if s.text == text)


def sentences_of(client, page, key="own"):
    r = client.get(f"/api/sentences/{page}/{key}")
    assert r.status_code == 200, r.data
    return r.get_json()


def test_an_added_fact_gets_page_sentence_span_and_the_boxes_of_its_characters(own):
    _, client, path, pdf = own
    d = doc(client, "own")
    source = {v["id"]: v for v in d["facts"]}["own-ce"]
    sentence = source["sentence"]
    text = "ten million umbilical cord stromal cells"
    start = sentence.index(text)
    r = post(
        client,
        "add",
        {"revision": d["revision"], "type": "dose", "value": {"value": "1e7", "unit": "cells", "per": "ovary"},
         "from_fact": "own-ce", "start": start, "end": start + len(text), "text": text},
        key="own",
    )
    assert r.status_code == 200, r.data
    view = r.get_json()["fact"]
    stored = fact_on_disk(path, view["id"])
    ev = stored["evidence"]
    assert (ev["page"], ev["sentence"], ev["start"], ev["end"], ev["lang"], ev["section"]) == (1, sentence, start, start + len(text), "en", "Methods")
    assert stored["text"] == text and stored["rule"] == "review.added"
    # the boxes litx extract would have written for these characters
    expected = [list(map(float, b)) for b in text_layer_sentence(pdf, sentence).span_boxes(start, start + len(text))]
    assert ev["boxes"] == expected and ev["boxes_from"] == "text_layer"
    assert view["boxes"] and view["page"] == 1  # what the page draws
    # inside the boxes of its sentence (on the page: the sentence's line pieces)
    lines = next(s for s in sentences_of(client, 1)["sentences"] if s["text"] == sentence)["boxes"]
    assert all(any(_within(b, line) for line in lines) for b in ev["boxes"])
    Result.model_validate(on_disk(path))


def test_a_selection_over_a_line_break_gets_a_box_per_line(own):
    _, client, path, pdf = own
    d = doc(client, "own")
    sentence = {v["id"]: v for v in d["facts"]}["own-ro"]["sentence"]
    text = "needle passed under transvaginal ultrasound guidance in a short day-case procedure"
    start = sentence.index(text)
    r = post(
        client,
        "add",
        {"revision": d["revision"], "type": "route", "value": {"id": "intraovarian_injection", "guidance": "transvaginal_ultrasound"},
         "from_fact": "own-ro", "start": start, "end": start + len(text)},
        key="own",
    )
    assert r.status_code == 200, r.data
    boxes = fact_on_disk(path, r.get_json()["fact"]["id"])["evidence"]["boxes"]
    assert len(boxes) >= 2 and len({b[2] for b in boxes}) == len(boxes)  # one per printed line
    lines = next(s for s in sentences_of(client, 1)["sentences"] if s["text"] == sentence)["boxes"]
    assert all(any(_within(b, line) for line in lines) for b in boxes)
    # the first box starts at "needle", the last ends at "procedure."
    assert boxes == [list(map(float, b)) for b in text_layer_sentence(pdf, sentence).span_boxes(start, start + len(text))]


def test_every_sentence_of_a_page_is_offered_with_or_without_facts(own):
    _, client, _, _ = own
    page1 = sentences_of(client, 1)
    assert page1["from"] == "text_layer" and page1["note"] is None
    by_text = {s["text"]: s for s in page1["sentences"]}
    assert by_text["The injections were given twice, four weeks apart."]["facts"] == 0
    assert by_text["Forty women with premature ovarian insufficiency took part in this open pilot study."]["facts"] == 1
    assert all(s["boxes"] and all(int(b[0]) == 1 for b in s["boxes"]) for s in page1["sentences"])
    page2 = sentences_of(client, 2)
    assert "随访期间未见严重不良反应。" in {s["text"] for s in page2["sentences"]}
    assert {s["lang"] for s in page2["sentences"]} == {"en", "zh"}
    assert client.get("/api/sentences/3/own").status_code == 400
    assert client.get("/api/sentences/1/../own").status_code in (400, 404)


@pytest.mark.parametrize(
    "page, sentence, piece, ftype, value, lang, section",
    [
        (1, "The injections were given twice, four weeks apart.", "twice", "sessions", {"count": "2"}, "en", "Methods"),
        (2, "治疗三个月后，十二名患者的雌二醇水平明显升高。", "雌二醇水平明显升高", "hormone_change", {"hormone": "E2", "direction": "increase"}, "zh", "Results"),
    ],
)
def test_add_in_a_sentence_without_facts(own, page, sentence, piece, ftype, value, lang, section):
    _, client, path, pdf = own
    d = doc(client, "own")
    assert sentence not in {v["sentence"] for v in d["facts"]}
    start = sentence.index(piece)
    end = start + len(piece)
    r = post(
        client, "add",
        {"revision": d["revision"], "type": ftype, "value": value, "page": page, "sentence": sentence, "start": start, "end": end, "text": piece},
        key="own",
    )
    assert r.status_code == 200, r.data
    view = r.get_json()["fact"]
    stored = fact_on_disk(path, view["id"])
    ev = stored["evidence"]
    assert (ev["page"], ev["sentence"], ev["start"], ev["end"], ev["lang"], ev["section"]) == (page, sentence, start, end, lang, section)
    assert ev["boxes_from"] == "text_layer"
    assert ev["boxes"] == [list(map(float, b)) for b in text_layer_sentence(pdf, sentence).span_boxes(start, end)]
    lines = next(s for s in sentences_of(client, page)["sentences"] if s["text"] == sentence)["boxes"]
    assert ev["boxes"] and all(any(_within(b, line) for line in lines) for b in ev["boxes"])
    # in reading order: after the facts of its page and those before it
    ids = [f["id"] for f in on_disk(path)["facts"]]
    last_before = max(i for i, f in enumerate(on_disk(path)["facts"]) if f["evidence"]["page"] <= page and f["id"] != view["id"])
    assert ids.index(view["id"]) == last_before + 1
    assert sentences_of(client, page)["sentences"][[s["text"] for s in sentences_of(client, page)["sentences"]].index(sentence)]["facts"] == 1


@pytest.mark.parametrize(
    "page, sentence, words",
    [
        (2, "The injections were given twice, four weeks apart.", "not a sentence of page 2"),  # a sentence of page 1
        (1, "The injections were given three times.", "not a sentence of page 1"),  # no such sentence
        (1, "The injections were given twice", "not a sentence of page 1"),  # part of one
    ],
)
def test_a_sentence_the_document_does_not_have_is_refused(own, page, sentence, words):
    _, client, path, _ = own
    before = disk_bytes(path)
    d = doc(client, "own")
    r = post(client, "add", {"revision": d["revision"], "type": "sessions", "value": {"count": 2}, "page": page, "sentence": sentence, "start": 4, "end": 14}, key="own")
    assert r.status_code == 422 and r.get_json()["error"] == "E511"
    assert words in r.get_json()["message"]
    assert disk_bytes(path) == before


def test_without_the_pdf_boxes_come_from_the_facts_of_the_sentence(tmp_path):
    out, pdfs = own_out(tmp_path)
    (pdfs / "own.pdf").unlink()
    client = create_app(out, pdfs, parse_cache=False).test_client()
    path = out / "own.json"
    d = doc(client, "own")
    assert d["pdf"]["available"] is False
    source = {v["id"]: v for v in d["facts"]}["own-ce"]
    sentence, fact_boxes = source["sentence"], source["boxes"]

    def add(text, **extra):
        start = sentence.index(text)
        payload = {"revision": doc(client, "own")["revision"], "type": "cell_type", "value": {"id": "umbilical_cord_msc", "label": text},
                   "from_fact": "own-ce", "start": start, "end": start + len(text), **extra}
        r = post(client, "add", payload, key="own")
        assert r.status_code == 200, r.data
        return fact_on_disk(path, r.get_json()["fact"]["id"])["evidence"]

    # inside the span of an extracted fact (printed over two lines here): its line pieces, cut in proportion
    assert len(fact_boxes) == 2
    ev = add("umbilical cord")
    assert ev["boxes_from"] == "estimate" and ev["boxes"]
    assert all(any(_within(b, whole) for whole in fact_boxes) for b in ev["boxes"])
    assert ev["boxes"][0][1] == fact_boxes[0][1]  # starts where the fact starts
    width = lambda boxes: sum(b[3] - b[1] for b in boxes)  # noqa: E731
    assert abs(width(ev["boxes"]) / width(fact_boxes) - len("umbilical cord") / len(source["text"])) < 0.02
    ev = add("stromal cells")
    assert ev["boxes_from"] == "estimate" and ev["boxes"][-1][3] == fact_boxes[-1][3]  # ends where the fact ends
    # exactly an extracted fact's span: its boxes
    ev = add("umbilical cord stromal cells", note="same span")
    assert ev["boxes_from"] == "fact" and ev["boxes"] == fact_boxes
    # reaching outside every known span: no boxes rather than wrong ones
    ev = add("ten million umbilical cord stromal cells")
    assert ev["boxes_from"] == "none" and ev["boxes"] == []
    # the sentences offered are those of the facts, and a sentence without facts cannot be proven
    listed = sentences_of(client, 1)
    assert listed["from"] == "facts" and "PDF not found" in listed["note"]
    assert "The injections were given twice, four weeks apart." not in {s["text"] for s in listed["sentences"]}
    r = post(client, "add", {"revision": doc(client, "own")["revision"], "type": "sessions", "value": {"count": 2}, "page": 1,
                             "sentence": "The injections were given twice, four weeks apart.", "start": 26, "end": 31}, key="own")
    assert r.status_code == 422 and "text layer cannot be read" in r.get_json()["message"]


def test_cut_boxes_spreads_the_text_over_its_line_pieces():
    from extractor.review.sentences import cut_boxes, estimate_boxes

    two_lines = [[1.0, 100.0, 10.0, 200.0, 20.0], [1.0, 50.0, 25.0, 150.0, 35.0]]  # 200 points of text
    assert cut_boxes(two_lines, 0.0, 0.25) == [[1.0, 100.0, 10.0, 150.0, 20.0]]
    assert cut_boxes(two_lines, 0.25, 0.75) == [[1.0, 150.0, 10.0, 200.0, 20.0], [1.0, 50.0, 25.0, 100.0, 35.0]]
    assert cut_boxes(two_lines, 0.5, 1.0) == [[1.0, 50.0, 25.0, 150.0, 35.0]]
    assert cut_boxes([], 0.0, 1.0) == [] and cut_boxes(two_lines, 0.5, 0.5) == []
    spans = [(10, 20, two_lines), (0, 40, [[1.0, 0.0, 0.0, 400.0, 9.0]])]
    assert estimate_boxes(10, 20, spans) == (two_lines, "fact")
    assert estimate_boxes(10, 15, spans)[1] == "estimate" and estimate_boxes(10, 15, spans)[0][0][1] == 100.0  # the narrowest span
    assert estimate_boxes(30, 50, spans) == ([], "none")


# ---------------------------------------------------------------- encrypted PDFs


@pytest.fixture
def locked(tmp_path):
    out, pdfs = own_out(tmp_path, password="pw-1234")
    return out, pdfs, tmp_path / "parse-cache"


def test_an_encrypted_pdf_without_its_password_says_so(locked):
    out, pdfs, cache = locked
    client = create_app(out, pdfs, parse_cache=cache).test_client()
    r = client.get("/api/page/1/own")
    assert r.status_code == 403
    body = r.get_json()
    assert body["error"] == "E507" and "encrypted" in body["message"] and "--password" in body["message"]
    d = doc(client, "own")
    assert d["pdf"]["available"] is False and "--password" in d["pdf"]["note"]
    assert sentences_of(client, 1)["from"] == "facts"
    # a wrong password is told apart
    client = create_app(out, pdfs, password="nope", parse_cache=cache).test_client()
    r = client.get("/api/page/1/own")
    assert r.status_code == 403 and "password given does not open" in r.get_json()["message"]


def test_an_encrypted_pdf_renders_with_its_password_and_stays_off_the_disk(locked):
    out, pdfs, cache = locked
    app = create_app(out, pdfs, password="pw-1234", parse_cache=cache)
    client = app.test_client()
    assert doc(client, "own")["pdf"]["available"] is True
    r = client.get("/api/page/2/own")
    assert r.status_code == 200 and r.data[:8] == b"\x89PNG\r\n\x1a\n"
    assert "no-store" in r.headers["Cache-Control"]
    assert client.get("/api/page/2/own").data == r.data and app.extensions["litx_store"].renders == 1  # from memory
    assert not list(out.rglob("*.png"))  # decrypted pages are not left on disk
    # and its text layer gives added facts their boxes, in sentences without facts too
    sentence = "No serious adverse event occurred during the study period."
    assert sentence in {s["text"] for s in sentences_of(client, 2)["sentences"]}
    d = doc(client, "own")
    start = sentence.index("adverse event")
    r = post(client, "add", {"revision": d["revision"], "type": "sessions", "value": {"count": 1}, "page": 2, "sentence": sentence,
                             "start": start, "end": start + len("adverse event")}, key="own")
    assert r.status_code == 200, r.data
    ev = fact_on_disk(out / "own.json", r.get_json()["fact"]["id"])["evidence"]
    assert ev["boxes_from"] == "text_layer" and ev["boxes"]
    assert ev["boxes"] == [list(map(float, b)) for b in text_layer_sentence(pdfs / "own.pdf", sentence, "pw-1234").span_boxes(start, start + 13)]
    # the parse cache holds no decrypted text
    from extractor.runs.cache import ParseCache

    with ParseCache(cache) as pc:
        assert pc.stats()["entries"] == 0


def test_a_password_for_other_pdfs_does_not_lock_out_an_owner_password_only_pdf(tmp_path):
    out, pdfs = own_out(tmp_path, password="pw", owner_only=True)
    app = create_app(out, pdfs, password="for-another-pdf", parse_cache=False)
    client = app.test_client()
    assert doc(client, "own")["pdf"]["available"] is True
    assert client.get("/api/page/1/own").status_code == 200
    assert list(out.rglob("*.png"))  # readable without a password: cached as any page
    assert sentences_of(client, 1)["from"] == "text_layer"


def test_the_password_reaches_the_app_from_serve_and_make_server():
    for fn in (serve, make_server):
        assert "password" in inspect.signature(fn).parameters
    assert "password" in inspect.signature(create_app).parameters


def test_an_added_fact_gets_its_reference_from_the_pdfs_reference_list(env):
    """A sentence no fact was found in cites [1]: no fact's citations name that entry,
    the PDF's reference list does."""
    _, client, path, _ = env
    listed = client.get("/api/sentences/1/trial").get_json()["sentences"]
    sentence = next(s["text"] for s in listed if s["text"].startswith("Premature ovarian insufficiency"))
    assert not any(c["marker"] == "1" for f in on_disk(path)["facts"] for c in f.get("citations") or [])
    start = sentence.index("40 years")
    r = post(client, "add", {"revision": doc(client)["revision"], "type": "sample_size", "value": {"n": "40", "unit": "patients"},
                             "page": 1, "sentence": sentence, "start": start, "end": start + len("40 years")})
    assert r.status_code == 200, r.data
    (cited,) = r.get_json()["fact"]["citations"]
    assert cited["marker"] == "1" and cited["reference"].startswith("[1] Harlow KE")
    added = next(f for f in on_disk(path)["facts"] if f["rule"] == "review.added")
    assert added["citations"] == [{"marker": "1", "reference": cited["reference"]}]
