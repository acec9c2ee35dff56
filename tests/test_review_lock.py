"""A re-run of ``litx extract`` and the review page writing the same result file.

Both hold the lock of :mod:`extractor.resultlock` across their
read-change-write, so a decision the page acknowledged (HTTP 200) is never
written over by a re-run that read the file before it (issue 15, item 3).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("flask")
fcntl = pytest.importorskip("fcntl")

from extractor.runs import batch  # noqa: E402
from extractor.facts.pipeline import Extractor  # noqa: E402
from extractor.output.resultfiles import scan_results  # noqa: E402
from extractor.resultlock import lock_path, locked  # noqa: E402
from extractor.facts.results import Result  # noqa: E402
from extractor.review import create_app  # noqa: E402
from extractor.review.store import Store  # noqa: E402

from reviewkit import PAPERS, ROOT, disk_bytes, on_disk, result, revision_on_disk, sample_facts  # noqa: E402


def review_on_disk(path: Path, fid: str) -> dict:
    return next(f for f in on_disk(path)["facts"] if f["id"] == fid)["review"]


def child(code: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    return subprocess.Popen([sys.executable, "-c", code], env=env, stdout=subprocess.PIPE, text=True)


def is_locked(path: Path) -> bool:
    """Whether some process holds the flock of ``path``'s lock file (a probe, not the lock)."""
    try:
        fd = os.open(lock_path(path), os.O_RDONLY)
    except FileNotFoundError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)
    return False


# ---------------------------------------------------------------- the lock itself


HOLD = """
import sys, time
from extractor.resultlock import locked
with locked(sys.argv[1] if len(sys.argv) > 1 else {path!r}):
    print("held", flush=True)
    time.sleep(120)
"""


def test_a_lock_held_by_a_process_killed_with_sigkill_blocks_nobody(tmp_path):
    target = tmp_path / "a.json"
    proc = child(HOLD.format(path=str(target)))
    try:
        assert proc.stdout.readline().strip() == "held"
        assert is_locked(target)
        got = threading.Event()

        def take():
            with locked(target):
                got.set()

        t = threading.Thread(target=take, daemon=True)
        t.start()
        assert not got.wait(0.3)  # the other process has it
        proc.send_signal(signal.SIGKILL)
        assert got.wait(10)  # the kernel let go of the dead process's lock
        t.join(10)
    finally:
        proc.kill()
        proc.wait()
    assert not lock_path(target).exists()  # the next holder removed what the dead one left


def test_a_lock_file_left_behind_blocks_nobody_and_is_not_a_result(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "trial.json").write_text(json.dumps(result(sample_facts())), encoding="utf-8")
    lock_path(out / "trial.json").write_bytes(b"")  # as a kill -9 leaves it
    assert [d.key for d in Store(out).documents()] == ["trial"]
    scanned = scan_results(out)
    assert list(scanned.found) == ["trial"] and not scanned.ignored and not scanned.broken
    done = threading.Event()

    def take():
        with locked(out / "trial.json"):
            done.set()

    t = threading.Thread(target=take, daemon=True)
    t.start()
    assert done.wait(5)
    t.join(5)
    assert sorted(p.name for p in out.iterdir()) == ["trial.json"]


COUNT = """
import sys
from pathlib import Path
from extractor.resultlock import locked
counter = Path({path!r})
for _ in range({n}):
    with locked(counter):
        value = int(counter.read_text())
        counter.write_text(str(value + 1))
"""


def test_processes_and_threads_take_turns(tmp_path):
    """Read-increment-write of one file by 3 processes and 2 threads, the lock
    file removed and made again all the while: no increment lost."""
    counter = tmp_path / "n.json"
    counter.write_text("0")
    procs = [child(COUNT.format(path=str(counter), n=150)) for _ in range(3)]

    def bump():
        for _ in range(150):
            with locked(counter):
                counter.write_text(str(int(counter.read_text()) + 1))

    threads = [threading.Thread(target=bump) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for p in procs:
        assert p.wait(60) == 0
    assert counter.read_text() == str(5 * 150)
    assert not lock_path(counter).exists()


# ---------------------------------------------------------------- a save between the re-run's read and write


@pytest.fixture
def rerun(tmp_path, monkeypatch):
    """(in, out, app, run): ``run(hook=None, warning=None)`` re-extracts ``in/trial.pdf``
    into ``out/trial.json`` in this process, as ``litx extract IN -o OUT`` does, the
    extraction itself replaced by :func:`reviewkit.sample_facts` (plus ``warning``);
    ``hook`` runs after the re-run read the old result, before it writes."""
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "trial.pdf").write_bytes(b"%PDF-1.4 not read: the extraction is replaced\n")
    hooks: list = []
    state = {"warning": None}

    def extract_one(extractor, pdf, **reading):
        data = result(sample_facts(), path=str(pdf))
        if state["warning"]:
            data["warnings"].append(state["warning"])
        return Result.model_validate(data), True

    real_merge = batch.merge_with_file

    def merge_with_file(target, new, notes=None):
        merged = real_merge(target, new, notes)
        for hook in hooks:
            hook()
        return merged

    monkeypatch.setattr(batch, "extract_one", extract_one)
    monkeypatch.setattr(batch, "merge_with_file", merge_with_file)

    def run(hook=None, warning=None):
        hooks[:] = [hook] if hook else []
        state["warning"] = warning
        report = batch.run(src, out, batch.RunOptions(use_cache=False), extractor=object(), force=True)
        assert report.files == 1 and not report.failed

    run()
    app = create_app(out, src, reviewer="tester")
    return src, out, app, run


def _save_during_rerun(app, out, rerun_run, rev, **rerun_kw):
    """A decision posted while the re-run sits between its read and its write;
    (HTTP status, body, whether the save waited for the re-run's write)."""
    answer: dict = {}
    waited = {}

    def save():
        r = app.test_client().post("/api/decide/trial", json={"revision": rev, "fact": "do-1", "status": "accepted", "note": "mid"})
        answer["status"], answer["body"] = r.status_code, r.get_json()

    def hook():
        t = threading.Thread(target=save)
        t.start()
        t.join(0.5)  # the save would be done by now if nothing held it back
        waited["yes"] = t.is_alive()
        answer["thread"] = t

    rerun_run(hook=hook, **rerun_kw)
    answer["thread"].join(10)
    return answer["status"], answer["body"], waited["yes"]


def test_a_decision_saved_between_the_reruns_read_and_write_survives(rerun):
    _, out, app, run = rerun
    path = out / "trial.json"
    rev = app.test_client().get("/api/doc/trial").get_json()["revision"]
    status, body, waited = _save_during_rerun(app, out, run, rev)
    # the re-run changed nothing: the tab's revision is still the file's, the save stands
    assert status == 200, body
    assert review_on_disk(path, "do-1")["status"] == "accepted"
    assert body["revision"] == revision_on_disk(path)
    assert waited  # because it waited for the re-run to write
    run()  # and the next re-run keeps it
    assert review_on_disk(path, "do-1")["status"] == "accepted"
    # no lock file left, and the decision log folded into the result by the re-run
    assert sorted(p.name for p in out.iterdir()) == [".litx-manifest.sqlite", "litx-run.json", "trial.json"]


def test_a_save_behind_a_rerun_that_changed_the_file_is_refused_then_saved_on_the_new_revision(rerun):
    _, out, app, run = rerun
    path = out / "trial.json"
    client = app.test_client()
    assert client.post("/api/decide/trial", json={"revision": client.get("/api/doc/trial").get_json()["revision"], "fact": "ro-1", "status": "rejected"}).status_code == 200
    rev = client.get("/api/doc/trial").get_json()["revision"]  # a tab opened before the re-run
    status, body, waited = _save_during_rerun(app, out, run, rev, warning="rules changed")
    # the re-run wrote a new file: the tab's revision is stale, as after any re-run
    assert status == 409 and body["error"] == "E504"
    assert body["revision"] == revision_on_disk(path) != rev
    data = on_disk(path)
    assert data["warnings"] == ["rules changed"]
    assert review_on_disk(path, "ro-1")["status"] == "rejected"  # the earlier decision was merged
    assert review_on_disk(path, "do-1")["status"] == "pending"  # the refused one was not written
    assert waited  # the save was checked after the re-run wrote, not before
    # the tab reloads and saves on the revision the re-run left
    r = client.post("/api/decide/trial", json={"revision": body["revision"], "fact": "do-1", "status": "accepted"})
    assert r.status_code == 200
    assert review_on_disk(path, "do-1")["status"] == "accepted"


def test_after_a_rerun_a_stale_revision_is_still_refused_and_the_new_one_is_served(rerun):
    _, out, app, run = rerun
    path = out / "trial.json"
    client = app.test_client()
    old = client.get("/api/doc/trial").get_json()["revision"]
    run(warning="again")
    before = disk_bytes(path)
    new = client.get("/api/doc/trial").get_json()["revision"]
    assert new == revision_on_disk(path) != old
    r = client.post("/api/decide/trial", json={"revision": old, "fact": "do-1", "status": "accepted"})
    assert r.status_code == 409 and r.get_json()["revision"] == new
    assert disk_bytes(path) == before
    assert client.post("/api/decide/trial", json={"revision": new, "fact": "do-1", "status": "accepted"}).status_code == 200


# ---------------------------------------------------------------- stress: real re-runs and reviewers at once


STRESS_SECONDS = 12


def test_stress_every_acknowledged_decision_is_on_disk(tmp_path, monkeypatch):
    """Reviewers on two review apps (two stores, as two servers) decide facts
    as fast as they can while ``litx extract --jobs 2`` (other processes) and
    ``batch.run`` (this process, adding a warning that changes every file)
    re-extract into the same folder, for ``STRESS_SECONDS``.  Each fact is
    decided by one reviewer only, so its last acknowledged decision is
    known: it must be on disk at the end."""
    src, out, cache = tmp_path / "in", tmp_path / "out", tmp_path / "cache"
    src.mkdir()
    for name in ("en01_trial_two_column.pdf", "zh01_trial_hucmsc.pdf"):
        (src / name).write_bytes((PAPERS / name).read_bytes())
    options = batch.RunOptions(cache_dir=cache)
    extractor = Extractor.load(None)
    assert not batch.run(src, out, options, extractor=extractor).failed
    keys = ["en01_trial_two_column", "zh01_trial_hucmsc"]
    facts = {k: [f["id"] for f in on_disk(out / f"{k}.json")["facts"]] for k in keys}
    assert all(len(v) >= 10 for v in facts.values())

    real_extract_one = batch.extract_one
    passes = {"here": 0, "cli": 0}

    def extract_one(extractor, pdf, **reading):  # in this process only: every pass changes the file
        res, ok = real_extract_one(extractor, pdf, **reading)
        res.warnings.append(f"stress pass {passes['here']}")
        return res, ok

    monkeypatch.setattr(batch, "extract_one", extract_one)
    stop = threading.Event()
    failures: list[str] = []

    def rerun_here():
        while not stop.is_set():
            batch.run(src, out, options, extractor=extractor)
            passes["here"] += 1
            time.sleep(0.05)

    def rerun_cli():
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        cmd = [sys.executable, "-m", "extractor.cli", "extract", str(src), "-o", str(out), "--jobs", "2", "--no-progress", "--cache-dir", str(cache)]
        while not stop.is_set():
            done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
            if done.returncode != 0:
                failures.append(f"litx extract: {done.returncode} {done.stderr[-500:]}")
                return
            passes["cli"] += 1

    #: (key, fact) → (status, note) of the last decision answered 200
    acknowledged: dict[tuple[str, str], tuple[str, str]] = {}
    codes: dict[int, int] = {}

    def reviewer(n: int, app):
        client = app.test_client()
        rnd = random.Random(n)
        mine = [(k, fid) for k in keys for i, fid in enumerate(facts[k]) if i % 2 == n]
        count = 0
        while not stop.is_set():
            key, fid = rnd.choice(mine)
            r = client.get(f"/api/doc/{key}")
            if r.status_code != 200:
                failures.append(f"GET {key}: {r.status_code}")
                return
            rev = r.get_json()["revision"]
            for i in range(3):  # a few saves on one load: the later ones race the re-runs
                key2, fid2 = (key, fid) if i == 0 else rnd.choice([m for m in mine if m[0] == key])
                count += 1
                status, note = rnd.choice(["accepted", "rejected"]), f"r{n}-{count}"
                r = client.post(f"/api/decide/{key2}", json={"revision": rev, "fact": fid2, "status": status, "note": note})
                codes[r.status_code] = codes.get(r.status_code, 0) + 1
                if r.status_code == 200:
                    acknowledged[(key2, fid2)] = (status, note)
                    rev = r.get_json()["revision"]
                elif r.status_code == 409:
                    break  # stale: reload
                else:
                    failures.append(f"POST {key2}/{fid2}: {r.status_code} {r.data[:200]!r}")
                    return

    apps = [create_app(out, src, reviewer="a"), create_app(out, src, reviewer="b")]
    threads = [threading.Thread(target=rerun_here), threading.Thread(target=rerun_cli)]
    threads += [threading.Thread(target=reviewer, args=(n, apps[n])) for n in (0, 1)]
    for t in threads:
        t.start()
    time.sleep(STRESS_SECONDS)
    stop.set()
    for t in threads:
        t.join(180)
    assert not failures, failures
    assert passes["here"] >= 2 and passes["cli"] >= 1, passes
    assert codes.get(200, 0) >= 50 and codes.get(409, 0) >= 1, codes  # reviews raced re-runs that wrote
    lost = []
    for (key, fid), (status, note) in acknowledged.items():
        review = review_on_disk(out / f"{key}.json", fid)
        if (review.get("status"), review.get("note")) != (status, note):
            lost.append((key, fid, status, note, review))
    print(f"stress: {passes} re-runs, HTTP {codes}, {len(acknowledged)} facts decided")
    assert not lost, f"{len(lost)} of {len(acknowledged)} acknowledged decisions not on disk: {lost[:3]}"
    left = [p.name for p in out.iterdir() if p.name.startswith(".") and p.name != ".litx-manifest.sqlite"]
    assert all(name.endswith(".json.decisions") for name in left), left  # no lock or temp file left, only decision logs
