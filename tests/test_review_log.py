"""Review decisions saved as lines of a log beside the result, folded into it now and then.

A save appends one flushed line (``.NAME.json.decisions``) instead of
rewriting the result; every reader (review page, ``litx export``, ``litx
evaluate``, the merge of a re-run) reads the result with its log applied.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

pytest.importorskip("flask")

from extractor.output.reviewed import apply_decisions, decision_log_path, parse_decision_log  # noqa: E402
from extractor.review import create_app  # noqa: E402
from extractor.review.resultfolder import FOLD_AT  # noqa: E402

from reviewkit import ROOT, disk_bytes, on_disk, result, sample_facts, sample_out, write  # noqa: E402


@pytest.fixture
def env(tmp_path):
    out, pdfs = sample_out(tmp_path)
    app = create_app(out, pdfs, reviewer="tester")
    return app, app.test_client(), out / "trial.json", out


def rev_of(client, key="trial") -> str:
    return client.get(f"/api/doc/{key}").get_json()["revision"]


def review_of(path: Path, fid: str) -> dict:
    return next(f for f in on_disk(path)["facts"] if f["id"] == fid).get("review", {})


def test_a_decision_is_one_line_appended_not_a_rewrite(env):
    _, client, path, _ = env
    file_before = path.read_bytes()
    r = client.post("/api/decide/trial", json={"revision": rev_of(client), "fact": "do-1", "status": "accepted", "note": "ok"})
    assert r.status_code == 200
    assert path.read_bytes() == file_before  # the result file is not rewritten
    lines = decision_log_path(path).read_bytes().splitlines()
    assert len(lines) == 1
    op = json.loads(lines[0])
    assert op["set"] == "do-1" and op["review"]["status"] == "accepted" and op["review"]["note"] == "ok"
    assert review_of(path, "do-1")["status"] == "accepted"
    assert r.get_json()["revision"] == rev_of(client)  # what a fresh load says
    # the start page counts it
    assert client.get("/api/docs").get_json()[0]["counts"]["accepted"] == 1


def test_export_and_evaluate_read_logged_decisions(env):
    from extractor.output.evaluate import evaluate_reviewed
    from extractor.output.export import export_facts

    app, client, path, out = env
    store = app.extensions["litx_store"]
    rev = rev_of(client)
    _, rev = store.decide("trial", rev, "do-1", "accepted")
    _, rev = store.decide("trial", rev, "ro-1", "rejected")
    assert decision_log_path(path).exists()
    csv = export_facts(out, status="accepted")
    assert "do-1" in csv and "ro-1" not in csv
    rows = {r.type: r.strict for r in evaluate_reviewed(out, out).rows}
    assert (rows["dose"].tp, rows["route"].fp) == (1, 1)


def test_the_log_is_folded_into_the_result_every_fold_at_decisions(env):
    _, client, path, _ = env
    rev = rev_of(client)
    ids = [f["id"] for f in on_disk(path)["facts"]]
    for i in range(FOLD_AT):
        r = client.post("/api/decide/trial", json={"revision": rev, "fact": ids[i % len(ids)], "status": "accepted" if i % 2 else "rejected"})
        assert r.status_code == 200
        rev = r.get_json()["revision"]
    assert not decision_log_path(path).exists()  # folded, the log removed
    plain = json.loads(path.read_text(encoding="utf-8"))
    assert plain == on_disk(path)
    assert {f["id"]: f["review"]["status"] for f in plain["facts"]}[ids[(FOLD_AT - 1) % len(ids)]] == "accepted"
    assert rev == rev_of(client)
    assert sorted(p.name for p in path.parent.iterdir() if p.is_file()) == ["trial.json"]


def test_a_stale_revision_is_refused_with_a_log_too(env):
    _, client, path, _ = env
    rev = rev_of(client)
    assert client.post("/api/decide/trial", json={"revision": rev, "fact": "do-1", "status": "accepted"}).status_code == 200
    before = disk_bytes(path)
    r = client.post("/api/decide/trial", json={"revision": rev, "fact": "ro-1", "status": "rejected"})  # a second tab
    assert r.status_code == 409 and r.get_json()["error"] == "E504"
    assert disk_bytes(path) == before
    # another program appending to the log (a second server) is noticed as well
    with open(decision_log_path(path), "ab") as fh:
        fh.write(json.dumps({"set": "se-1", "review": {"status": "rejected"}}).encode() + b"\n")
    new = r.get_json()["revision"]
    assert client.post("/api/decide/trial", json={"revision": new, "fact": "ro-1", "status": "rejected"}).status_code == 409


def test_a_line_cut_short_is_skipped_and_the_next_one_starts_clean(env):
    _, client, path, _ = env
    rev = rev_of(client)
    assert client.post("/api/decide/trial", json={"revision": rev, "fact": "do-1", "status": "accepted"}).status_code == 200
    with open(decision_log_path(path), "ab") as fh:
        fh.write(b'{"set": "ro-1", "review": {"sta')  # the machine stopped mid-write
    assert review_of(path, "do-1")["status"] == "accepted" and review_of(path, "ro-1") == {"status": "pending"}
    r = client.post("/api/decide/trial", json={"revision": rev_of(client), "fact": "sa-1", "status": "rejected"})
    assert r.status_code == 200
    assert review_of(path, "sa-1")["status"] == "rejected" and review_of(path, "do-1")["status"] == "accepted"


def test_applying_a_log_twice_changes_nothing_more():
    facts = sample_facts()
    data = result(facts)
    added = dict(facts[0], id="ad-1", rule="review.added", review={"status": "added"})
    ops = [
        {"set": "do-1", "review": {"status": "accepted"}},
        {"insert": added, "at": 1},
        {"set": "ad-1", "review": {"status": "added", "note": "n"}, "value": {"id": "x", "label": "y"}},
        {"set": "ro-1", "review": {"status": "rejected"}},
        {"remove": "ad-1"},
        {"insert": added, "at": 0},
    ]
    once = apply_decisions(json.loads(json.dumps(data)), ops)
    twice = apply_decisions(json.loads(json.dumps(once)), ops)
    assert once == twice
    assert [f["id"] for f in once["facts"]][:2] == ["ad-1", "ce-1"]
    assert parse_decision_log(b'{"set": "a", "review": {}}\n{"set": "b"') == [{"set": "a", "review": {}}]


def test_a_re_extraction_keeps_logged_decisions(tmp_path):
    from extractor.runs.batch import run
    from reviewkit import PAPERS

    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "en01.pdf").write_bytes((PAPERS / "en01_trial_two_column.pdf").read_bytes())
    assert not run(src, out).failed
    app = create_app(out, src)
    client = app.test_client()
    fid = on_disk(out / "en01.json")["facts"][0]["id"]
    assert client.post("/api/decide/en01", json={"revision": rev_of(client, "en01"), "fact": fid, "status": "rejected", "note": "kept"}).status_code == 200
    (out / ".litx-manifest.sqlite").unlink()  # extract again, not "unchanged, skipped"
    assert not run(src, out).failed
    plain = json.loads((out / "en01.json").read_text(encoding="utf-8"))
    assert next(f for f in plain["facts"] if f["id"] == fid)["review"]["note"] == "kept"  # merged into the file itself
    assert not decision_log_path(out / "en01.json").exists()  # folded in, not replayed over later edits


SERVER = """
import sys
from extractor.review.app import make_server, server_url
server = make_server(sys.argv[1], sys.argv[2], "127.0.0.1", 0)
print(server_url(server), flush=True)
server.serve_forever()
"""


def test_an_acknowledged_decision_survives_kill_9(tmp_path):
    out, pdfs = sample_out(tmp_path)
    path = out / "trial.json"
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    proc = subprocess.Popen([sys.executable, "-c", SERVER, str(out), str(pdfs)], env=env, stdout=subprocess.PIPE, text=True)
    try:
        url = proc.stdout.readline().strip()
        rev = json.loads(urllib.request.urlopen(f"{url}api/doc/trial", timeout=30).read())["revision"]
        for fid, status in (("do-1", "accepted"), ("ro-1", "rejected"), ("sa-1", "accepted")):
            req = urllib.request.Request(f"{url}api/decide/trial", data=json.dumps({"revision": rev, "fact": fid, "status": status}).encode(),
                                         headers={"Content-Type": "application/json"}, method="POST")
            rev = json.loads(urllib.request.urlopen(req, timeout=30).read())["revision"]
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert [review_of(path, f)["status"] for f in ("do-1", "ro-1", "sa-1")] == ["accepted", "rejected", "accepted"]
    # a new server goes on from there, on the revision it left
    client = create_app(out, pdfs).test_client()
    assert rev_of(client) == rev
    assert client.post("/api/decide/trial", json={"revision": rev, "fact": "se-1", "status": "accepted"}).status_code == 200


def test_notes_keep_the_decision_and_identical_mentions_are_decided_at_once(env):
    _, client, path, _ = env
    rev = rev_of(client)
    r = client.post("/api/decide/trial", json={"revision": rev, "fact": "do-1", "status": "accepted"})
    r = client.post("/api/note/trial", json={"revision": r.get_json()["revision"], "fact": "do-1", "note": "dose per ovary"})
    assert r.status_code == 200 and r.get_json()["fact"]["status"] == "accepted"
    assert review_of(path, "do-1")["note"] == "dose per ovary" and review_of(path, "do-1")["status"] == "accepted"
    # the edit form with the value unchanged and a note: not an edit either
    value = next(f for f in on_disk(path)["facts"] if f["id"] == "do-1")["value"]
    r = client.post("/api/edit/trial", json={"revision": r.get_json()["revision"], "fact": "do-1", "value": value, "note": "checked twice"})
    assert r.status_code == 200 and r.get_json()["fact"]["status"] == "accepted"
    assert review_of(path, "do-1")["note"] == "checked twice"
    r = client.post("/api/note/trial", json={"revision": r.get_json()["revision"], "fact": "ro-1", "note": "look again"})
    assert review_of(path, "ro-1") == {"status": "pending", "note": "look again"}
    # several at once, and back
    r = client.post("/api/decide-many/trial", json={"revision": r.get_json()["revision"], "facts": ["ho-1", "ho-2"], "status": "rejected"})
    assert r.status_code == 200 and [f["status"] for f in r.get_json()["facts"]] == ["rejected", "rejected"]
    assert review_of(path, "ho-1")["status"] == review_of(path, "ho-2")["status"] == "rejected"
    before = disk_bytes(path)
    bad = client.post("/api/decide-many/trial", json={"revision": r.get_json()["revision"], "facts": ["ho-1", "nope"], "status": "accepted"})
    assert bad.status_code == 404 and disk_bytes(path) == before  # one unknown id: none is changed
    items = [{"fact": "ho-1", "review": {"status": "pending"}}, {"fact": "ho-2", "review": {"status": "pending"}}]
    r = client.post("/api/restore-many/trial", json={"revision": r.get_json()["revision"], "items": items})
    assert r.status_code == 200
    assert review_of(path, "ho-1") == review_of(path, "ho-2") == {"status": "pending"}


def test_a_folder_without_facts_says_why(tmp_path):
    out = tmp_path / "out"
    data = result([], title="Scanned")
    data["warnings"] = ["W101 page 1 has no text layer (a scanned page?)"]
    write(out / "scan.json", data)
    write(out / "empty.json", result([], title="Empty"))
    client = create_app(out).test_client()
    html = client.get("/").get_data(as_text=True)
    assert "no facts: W101 page 1 has no text layer" in html and "no facts: no fact was found in its text" in html
    assert "100%" not in html
    docs = {d["key"]: d for d in client.get("/api/docs").get_json()}
    assert docs["scan"]["progress"] is None and docs["scan"]["no_facts"].startswith("W101 page 1 has no text layer")
    assert docs["scan"]["warnings"] == data["warnings"] and docs["empty"]["no_facts"] == "no fact was found in its text"
    page = client.get("/doc/scan").get_data(as_text=True)
    assert "W101 page 1 has no text layer" in page


def test_when_the_server_stops_every_log_is_folded(env, monkeypatch):
    import extractor.review.app as review_app

    app, client, path, out = env
    assert client.post("/api/decide/trial", json={"revision": rev_of(client), "fact": "do-1", "status": "accepted"}).status_code == 200
    assert decision_log_path(path).exists()

    class Server:  # serve()'s server, stopped by Ctrl+C at once
        server_address = ("127.0.0.1", 1)

        def __init__(self):
            self.app = app

        def serve_forever(self):
            raise KeyboardInterrupt

        def server_close(self):
            pass

    monkeypatch.setattr(review_app, "make_server", lambda *a, **kw: Server())
    review_app.serve(out, None, open_browser=False, echo=lambda text: None)
    assert not decision_log_path(path).exists()
    assert next(f for f in json.loads(path.read_text(encoding="utf-8"))["facts"] if f["id"] == "do-1")["review"]["status"] == "accepted"


def test_a_fold_that_fails_still_saves_the_decision(env, monkeypatch):
    import extractor.review.resultfolder as resultfolder

    _, client, path, _ = env
    monkeypatch.setattr(resultfolder, "FOLD_AT", 2)

    def full_disk(*a, **kw):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(resultfolder, "write_bytes", full_disk)
    rev = rev_of(client)
    for fid in ("do-1", "ro-1"):
        r = client.post("/api/decide/trial", json={"revision": rev, "fact": fid, "status": "accepted"})
        assert r.status_code == 200  # saved in the log, though it could not be folded into the file
        rev = r.get_json()["revision"]
    assert rev == rev_of(client) and decision_log_path(path).exists()
    assert review_of(path, "do-1")["status"] == review_of(path, "ro-1")["status"] == "accepted"
    monkeypatch.undo()
    monkeypatch.setattr(resultfolder, "FOLD_AT", 2)
    r = client.post("/api/decide/trial", json={"revision": rev, "fact": "sa-1", "status": "rejected"})
    assert r.status_code == 200 and not decision_log_path(path).exists()  # folded at the next save
    assert review_of(path, "sa-1")["status"] == "rejected" and review_of(path, "do-1")["status"] == "accepted"
