"""`litx extract --scheduler`: the PDFs read on a Dask cluster, the results
written by the client.  One real cluster per module: a scheduler and two
workers started with the `dask` command-line tools on 127.0.0.1."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("distributed")

from test_batch import _children_of, _distinct_pdfs, _report, _results, litx  # noqa: E402

PAPERS = Path(__file__).resolve().parents[1] / "corpus" / "papers"


def _dask_command() -> list[str]:
    beside = Path(sys.executable).with_name("dask")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("dask")
    if found:
        return [found]
    return [sys.executable, "-m", "dask"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for_workers(address: str, count: int, timeout: float = 60) -> None:
    from distributed import Client

    with Client(address, timeout=timeout) as client:
        client.wait_for_workers(count, timeout=timeout)


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    """tcp://127.0.0.1:PORT of a scheduler with two one-thread workers (torn down even on failure)."""
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    logs = tmp_path_factory.mktemp("dask-logs")
    started: list[subprocess.Popen] = []

    def start(name: str, *args: str) -> subprocess.Popen:
        log = open(logs / f"{name}.log", "wb")
        process = subprocess.Popen([*_dask_command(), *args], stdout=log, stderr=subprocess.STDOUT,
                                   start_new_session=True)
        started.append(process)
        return process

    try:
        start("scheduler", "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard")
        for n in range(2):
            start(f"worker{n}", "worker", address, "--nworkers", "1", "--nthreads", "1", "--no-dashboard",
                  "--name", f"w{n}", "--local-directory", str(logs / f"w{n}"))
        _wait_for_workers(address, 2)
        yield address, started
    finally:
        for process in reversed(started):  # each in its own session: its nanny's worker too
            try:
                os.killpg(process.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        for process in started:
            try:
                process.wait(15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def _json_files(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.glob("*.json")) if p.name != "litx-run.json"}


def test_a_cluster_run_gives_the_results_of_a_local_run(cluster, tmp_path):
    address, _ = cluster
    local, remote = tmp_path / "local", tmp_path / "remote"
    done = litx("extract", str(PAPERS), "-o", str(local), "--no-progress")
    assert done.returncode == 0, done.stderr
    done = litx("extract", str(PAPERS), "-o", str(remote), "--scheduler", address, "--no-progress")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    expected = _json_files(local)
    assert len(expected) == len(list(PAPERS.glob("*.pdf")))
    assert _json_files(remote) == expected  # byte for byte: ids, values, evidence, rule sources
    report = _report(remote)
    assert (report["extracted"], report["up_to_date"]) == (len(expected), 0) and not report["unreadable"]
    # a second run is up to date; a review decision survives a forced one
    first = next(iter(expected))
    data = json.loads(expected[first])
    data["facts"][0]["review"] = {"status": "rejected", "note": "seen"}
    (remote / first).write_text(json.dumps(data), encoding="utf-8")
    again = litx("extract", str(PAPERS), "-o", str(remote), "--scheduler", address, "--no-progress")
    assert again.returncode == 0 and _report(remote)["up_to_date"] == len(expected)
    forced = litx("extract", str(PAPERS), "-o", str(remote), "--scheduler", address, "--no-progress", "--force")
    assert forced.returncode == 0 and _report(remote)["extracted"] == len(expected)
    kept = json.loads((remote / first).read_text(encoding="utf-8"))
    assert kept["facts"][0]["review"]["status"] == "rejected"


def test_a_rule_folder_of_ones_own_travels_to_the_workers(cluster, tmp_path):
    """The workers read no rule folder: its files are sent (a folder with one
    file: the others are the bundled ones, as the client has them)."""
    address, _ = cluster
    rules = tmp_path / "rules"
    rules.mkdir()
    text = (PAPERS.parents[1] / "rules" / "routes.yaml").read_text(encoding="utf-8")
    (rules / "routes.yaml").write_text(text.replace("intraovarian injection", "intraovarian jab", 1), encoding="utf-8")
    local, remote = tmp_path / "local", tmp_path / "remote"
    assert litx("extract", str(PAPERS), "-o", str(local), "--rules", str(rules)).returncode == 0
    done = litx("extract", str(PAPERS), "-o", str(remote), "--rules", str(rules), "--scheduler", address)
    assert done.returncode == 0, done.stderr
    assert _json_files(remote) == _json_files(local)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_a_worker_killed_mid_run_costs_a_retry_not_the_run(cluster, tmp_path):
    address, started = cluster
    papers = _distinct_pdfs(tmp_path / "in", 20)
    out = tmp_path / "out"
    process = subprocess.Popen(
        [sys.executable, "-m", "extractor.cli", "extract", str(papers), "-o", str(out), "--scheduler", address,
         "--no-progress", "--no-cache"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    deadline = time.monotonic() + 120
    while len(_results(out)) < 3:
        assert process.poll() is None and time.monotonic() < deadline, process.communicate()
        time.sleep(0.01)
    nanny = started[1]  # the first worker's nanny: its child is the worker process
    (worker,) = [pid for pid in _children_of(nanny.pid) if "resource_tracker" not in _cmdline(pid)]
    os.kill(worker, signal.SIGKILL)
    _, stderr = process.communicate(timeout=180)
    assert process.returncode == 0, stderr
    assert "Traceback" not in stderr
    report = _report(out)
    assert report["extracted"] == 20 and not report["unreadable"], report["warnings"]
    assert _results(out) == {f"p{k:02d}.json" for k in range(20)}
    for k in range(20):
        assert json.loads((out / f"p{k:02d}.json").read_text(encoding="utf-8"))["facts"]
    _wait_for_workers(address, 2)  # the nanny started a new worker: the cluster is whole again


def test_a_scheduler_out_of_reach_is_one_line(tmp_path):
    out = tmp_path / "out"
    done = litx("extract", str(PAPERS), "-o", str(out), "--scheduler", f"tcp://127.0.0.1:{_free_port()}")
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "[E902]" in done.stderr and "Traceback" not in done.stderr
    assert not out.exists() or not list(out.iterdir())  # nothing written


def test_without_dask_the_hint_is_how_to_install_it(tmp_path):
    code = (
        "import sys; sys.modules['distributed'] = None; sys.argv = ['litx'] + sys.argv[1:];"
        "from extractor.cli import main; main()"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, "extract", str(PAPERS), "-o", str(tmp_path / "out"), "--scheduler", "local"],
        capture_output=True, text=True,
    )
    assert done.returncode == 2
    assert done.stderr.strip() == "litx: --scheduler needs Dask, which is not installed: pip install 'litx[dask]' [E903]"


def test_a_local_cluster_run(tmp_path):
    out = tmp_path / "out"
    done = litx("extract", str(PAPERS), "-o", str(out), "--scheduler", "local", "--jobs", "2", "--no-progress")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert _report(out)["extracted"] == len(list(PAPERS.glob("*.pdf")))
