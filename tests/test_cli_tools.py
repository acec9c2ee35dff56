"""``litx explain`` and ``litx rules suggest|add`` as a user types them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from extractor.runs.batch import result_json
from extractor.cli.tools import register
from extractor.facts.pipeline import Extractor
from extractor.ruleset.model import RULES_DIR, clear_cache, load_rules
from extractor.layout.textlayer import document_from_text


@pytest.fixture(scope="module")
def app() -> typer.Typer:
    app = typer.Typer(add_completion=False, pretty_exceptions_enable=False)

    @app.callback()
    def root() -> None:
        """litx"""

    rules = typer.Typer(no_args_is_help=True)

    @rules.command("check")
    def check() -> None:
        """An existing command of the group stays."""
        typer.echo("checked")

    app.add_typer(rules, name="rules")
    register(app, rules)
    return app


def test_register_without_a_group():
    app = typer.Typer(add_completion=False)

    @app.callback()
    def root() -> None:
        """litx"""

    register(app)
    out = CliRunner().invoke(app, ["rules", "--help"])
    assert out.exit_code == 0 and "suggest" in out.output and "add" in out.output


def test_existing_group_keeps_its_commands(run):
    out = run("rules", "check")
    assert out.exit_code == 0 and "checked" in out.output


@pytest.fixture()
def run(app):
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(app, [str(a) for a in args])

    return invoke


@pytest.fixture()
def result_file(tmp_path: Path) -> Path:
    doc = document_from_text("Women received hUC-MSCs via intraovarian injection.", path="p.pdf")
    path = tmp_path / "p.json"
    path.write_text(result_json(Extractor.load().result(doc)), encoding="utf-8")
    return path


def test_explain_lists_ids_then_explains_one(run, result_file):
    listed = run("explain", result_file)
    assert listed.exit_code == 0, listed.output
    fact_id = next(line.split()[0] for line in listed.stdout.splitlines() if "cell_type" in line)
    out = run("explain", result_file, fact_id)
    assert out.exit_code == 0, out.output
    assert "cell_type.term" in out.stdout and "cell_types.yaml:" in out.stdout
    data = json.loads(run("explain", result_file, fact_id, "--json").stdout)
    assert data["facts"][0]["fact"]["id"] == fact_id


def test_explain_unknown_id_is_one_line(run, result_file):
    out = run("explain", result_file, "zz-nope")
    assert out.exit_code == 2
    assert "[E401]" in out.output and "Traceback" not in out.output


def test_explain_text(run):
    out = run("explain", "--text", "采用人脐带间充质干胞治疗", "--lang", "zh")
    assert out.exit_code == 0, out.output
    assert "人脐带间充质干细胞" in out.stdout and "score" in out.stdout


def test_rules_suggest(run, result_file):
    doc = document_from_text("Wharton jelly MSCs were injected intraovarially.", path="gone.pdf")
    (result_file.parent / "gone.json").write_text(result_json(Extractor.load().result(doc)), encoding="utf-8")
    out = run("rules", "suggest", result_file.parent, "--limit", "5")
    assert out.exit_code == 0, out.output
    assert "Wharton jelly MSCs" in out.stdout
    data = json.loads(run("rules", "suggest", result_file.parent, "--json").stdout)
    assert any(s["term"] == "Wharton jelly MSCs" for s in data)


def test_rules_add(run, tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(RULES_DIR, rules)
    try:
        out = run("rules", "add", "cell_type", "umbilical_cord_msc", "Wharton jelly MSCs", "--rules", rules)
        assert out.exit_code == 0, out.output
        assert "cell_types.yaml:" in out.stdout
        assert "Wharton jelly MSCs" in [t.text for t in load_rules(rules).terms("cell_type")]
        again = run("rules", "add", "cell_type", "msc", "wharton jelly mscs", "--rules", rules)
        assert again.exit_code == 2 and "[E405]" in again.output
        bad_id = run("rules", "add", "route", "oral", "per os", "--rules", rules)
        assert bad_id.exit_code == 2 and "[E404]" in bad_id.output and "intravenous" in bad_id.output
    finally:
        clear_cache()


def test_explain_of_a_folder_or_a_fifo_is_one_line_not_a_hang(run, tmp_path):
    import os

    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    for target, why in ((tmp_path, "a folder"), (fifo, "not a regular file")):
        out = run("explain", target, "ce-1")
        assert out.exit_code == 2
        assert "[E006]" in out.output and why in out.output and len(out.output.strip().splitlines()) == 1
