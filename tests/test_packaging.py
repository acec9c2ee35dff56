"""What an installed litx offers: the package list of the wheel, the library
API, `litx --version`, `litx rules init` and rule folders of one's own.

(The wheel itself is built and installed into a fresh virtual environment by
`.ci/wheel-check`, which CI runs after the tests.)"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from extractor import extract, load_rules, parse_pdf
from extractor.facts.results import Result
from extractor.layout.document import Document

ROOT = Path(__file__).resolve().parents[1]
PAPER = ROOT / "corpus" / "papers" / "zh01_trial_hucmsc.pdf"


def litx(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "extractor.cli", *args], capture_output=True, text=True)


def test_the_wheel_lists_every_package_folder_and_carries_the_rules():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    folders = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "extractor").rglob("__init__.py")}
    assert folders <= set(config["packages"])
    assert config["package-dir"] == {"extractor.ruleset.bundled": "rules"}
    data = config["package-data"]["extractor.ruleset.bundled"]
    shipped = {p.relative_to(ROOT / "rules").as_posix() for pattern in data for p in (ROOT / "rules").glob(pattern)}
    assert shipped == {p.relative_to(ROOT / "rules").as_posix() for p in (ROOT / "rules").rglob("*.yaml")}


def test_the_library_api_returns_the_contracts_models():
    doc = parse_pdf(PAPER)
    assert isinstance(doc, Document) and doc.pages == 2
    result = extract(doc)
    assert isinstance(result, Result)
    assert {f.type for f in result.facts} >= {"cell_type", "dose", "route", "sample_size", "follow_up"}
    assert extract(PAPER).model_dump()["facts"] == result.model_dump()["facts"]


def test_the_library_api_takes_a_rule_folder_of_ones_own(tmp_path):
    own = tmp_path / "my-rules"
    own.mkdir()
    text = (ROOT / "rules" / "units.yaml").read_text(encoding="utf-8")
    assert "cell_type_as_unit: cells" in text
    (own / "units.yaml").write_text(text, encoding="utf-8")
    rules = load_rules(own)
    assert rules.directory == own and len(extract(PAPER, rules=rules).facts) == len(extract(PAPER).facts)


def test_version():
    from extractor import __version__

    out = litx("--version")
    assert (out.returncode, out.stdout, out.stderr) == (0, f"litx {__version__}\n", "")


def test_help_shows_values_not_placeholders():
    out = litx("extract", "--help")
    assert out.returncode == 0 and "--jobs <int" in out.stdout
    assert "<bool>" not in out.stdout and "--progress / --no-progress" in out.stdout


def test_rules_init_starts_a_rule_folder_that_extract_uses(tmp_path):
    own = tmp_path / "my-rules"
    out = litx("rules", "init", str(own))
    assert out.returncode == 0, out.stderr
    assert sorted(p.name for p in own.glob("*.yaml")) == sorted(p.name for p in (ROOT / "rules").glob("*.yaml"))
    assert (own / "grammars" / "follow_up.yaml").read_text(encoding="utf-8") == \
        (ROOT / "rules" / "grammars" / "follow_up.yaml").read_text(encoding="utf-8")
    assert litx("rules", "check", str(own)).returncode == 0
    again = litx("rules", "init", str(own))
    assert again.returncode != 0 and again.stdout == ""
    assert again.stderr.strip().endswith("[E411]") and str(own) in again.stderr and len(again.stderr.splitlines()) == 1


def test_a_rule_folder_with_one_file_says_which_files_are_its_own(tmp_path):
    own = tmp_path / "my-rules"
    own.mkdir()
    (own / "hormones.yaml").write_bytes((ROOT / "rules" / "hormones.yaml").read_bytes())
    out = litx("rules", "check", str(own))
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"rules OK: {own} (its own: hormones.yaml; the other files are the bundled rules)"


@pytest.mark.parametrize("args", [("rules", "add", "cell_type", "umbilical_cord_msc", "脐带来源基质细胞X")])
def test_rules_add_into_a_folder_of_ones_own_copies_the_file_it_edits(tmp_path, args):
    own = tmp_path / "my-rules"
    own.mkdir()
    (own / "hormones.yaml").write_bytes((ROOT / "rules" / "hormones.yaml").read_bytes())
    out = litx(*args, "--rules", str(own))
    assert out.returncode == 0, out.stderr
    assert "脐带来源基质细胞X" in (own / "cell_types.yaml").read_text(encoding="utf-8")
    assert "脐带来源基质细胞X" not in (ROOT / "rules" / "cell_types.yaml").read_text(encoding="utf-8")
