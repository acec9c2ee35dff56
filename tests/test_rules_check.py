"""litx rules check: every loading error and the lint warnings, with file, line and entry."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from extractor.ruleset.model import RULES_DIR, RuleProblem
from extractor.refine.check import check_rules, is_error, render_problems


@pytest.fixture
def rules(tmp_path) -> Path:
    """A private copy of the shipped rules, to break."""
    copy = tmp_path / "rules"
    shutil.copytree(RULES_DIR, copy)
    return copy


def edit(rules: Path, name: str, old: str, new: str) -> int:
    """Replace ``old`` once in a rule file; the 1-based line where it started."""
    path = rules / name
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} not once in {name}"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


def only(problems: list[RuleProblem], code: str) -> RuleProblem:
    found = [p for p in problems if p.code == code]
    assert len(found) == 1, render_problems(problems)
    assert str(found[0]).endswith(f"[{code}]")  # a numbered message exists for the code
    return found[0]


def test_the_shipped_rules_pass():
    assert check_rules() == []
    assert check_rules(RULES_DIR) == []
    assert render_problems([]) == ""


def test_yaml_syntax_error(rules):
    line = edit(rules, "hormones.yaml", "    label: {en: follicle-stimulating hormone,", "    label: {en: [follicle-stimulating hormone,")
    problem = only(check_rules(rules), "E102")
    assert problem.file == str(rules / "hormones.yaml")
    assert line <= problem.line <= line + 8
    text = render_problems([problem])
    assert text.startswith(f"{rules / 'hormones.yaml'}:{problem.line}: ") and text.rstrip().endswith("[E102]")


def test_a_rule_file_that_is_a_folder_is_one_clear_problem(rules):
    (rules / "routes.yaml").unlink()
    (rules / "routes.yaml").mkdir()
    problem = only(check_rules(rules), "E104")
    assert problem.file == str(rules / "routes.yaml") and "folder" in str(problem)


def test_a_folder_without_rule_files_is_one_problem(tmp_path):
    (problem,) = check_rules(tmp_path)
    assert problem.code == "E105" and "not a rules folder" in str(problem)


def test_unknown_canonical_id(rules):
    line = edit(rules, "hormones.yaml", "  - id: FSH\n", "  - id: FSHX\n")
    problems = check_rules(rules)
    unknown = [p for p in problems if "FSHX" in p.detail]
    assert len(unknown) == 1, render_problems(problems)
    (p,) = unknown
    assert (p.file, p.line, p.code) == (str(rules / "hormones.yaml"), line, "E101")
    assert p.entry == "hormones[0] (FSHX).id"
    assert "unknown canonical id" in p.detail
    assert f"hormones.yaml:{line}: hormones[0] (FSHX).id: unknown canonical id 'FSHX'" in render_problems(problems)


def test_duplicate_term(rules):
    line = edit(rules, "hormones.yaml", "      zh: [卵泡刺激素, 促卵泡激素,", "      zh: [卵泡刺激素, 促卵泡激素, 卵泡刺激素,")
    p = only(check_rules(rules), "E101")
    assert (p.file, p.line) == (str(rules / "hormones.yaml"), line)
    assert p.entry == "hormones[0] (FSH).terms.zh[2]"
    assert "'卵泡刺激素' is already listed in this entry" in p.detail


def test_pattern_that_does_not_compile(rules):
    line = edit(rules, "routes.yaml", "zh: ['超选择性", "zh: ['(超选择性")
    p = only(check_rules(rules), "E101")
    assert (p.file, p.line) == (str(rules / "routes.yaml"), line)
    assert p.entry.startswith("routes[1] (ovarian_artery_infusion).patterns.zh[0]")
    assert "bad regular expression" in p.detail
    assert render_problems([p]).count("\n") == 1  # one line, however long the message


def test_every_problem_of_every_file_at_once(rules):
    edit(rules, "hormones.yaml", "  - id: FSH\n", "  - id: FSHX\n")
    edit(rules, "routes.yaml", "zh: ['超选择性", "zh: ['(超选择性")
    (rules / "settings.yaml").write_text("fuzzy: {threshold: 101, min_length: 4}\n", encoding="utf-8")
    problems = check_rules(rules)
    files = [Path(p.file).name for p in problems]
    assert {"settings.yaml", "routes.yaml", "hormones.yaml"} <= set(files)
    assert all(is_error(p) for p in problems)
    assert len(render_problems(problems).splitlines()) == len(problems)


def test_missing_directory(tmp_path):
    (p,) = check_rules(tmp_path / "nowhere")
    assert p.code == "E301" and "nowhere" in str(p)


# ---------------------------------------------------------------- lint

FSH_TERMS = "    terms:\n      en: [FSH, bFSH,"
#: FSH's own pattern (an arrow glued to the abbreviation), replaced by broken ones below
FSH_PATTERNS = "      en: ['(?<![A-Za-z0-9])FSH(?=[↑↓⬆⬇])']"


def test_term_equal_to_another_ids_once_width_is_folded(rules):
    line = edit(rules, "hormones.yaml", "      en: [FSH, bFSH,", "      en: [FSH, ＡＭＨ, bFSH,")
    p = only(check_rules(rules), "W311")
    assert not is_error(p)
    assert (p.file, p.line, p.entry) == (str(rules / "hormones.yaml"), line, "hormones[0] (FSH).terms.en[1]")
    assert "'AMH' of hormone 'AMH'" in p.detail


def test_pattern_matching_another_ids_term(rules):
    line = edit(rules, "hormones.yaml", FSH_PATTERNS, "      en: ['\\bL[H]\\b']")
    p = only(check_rules(rules), "W312")
    assert (p.file, p.line) == (str(rules / "hormones.yaml"), line)
    assert p.entry == "hormones[0] (FSH).patterns.en[0]"
    assert "matches the whole of 'LH', a term of hormone 'LH'" in p.detail


def test_pattern_with_an_empty_match(rules):
    edit(rules, "hormones.yaml", FSH_PATTERNS, "      en: ['(?=FSH)', 'FSH(?:-level)?']")
    p = only(check_rules(rules), "W313")
    assert p.entry == "hormones[0] (FSH).patterns.en[0]"
    assert "can match empty text" in p.detail


def test_longer_terms_containing_shorter_ones_are_fine(rules):
    # "follicle-stimulating hormone level" holds FSH's term: normal, not reported
    edit(rules, "hormones.yaml", "      en: [FSH, bFSH,", "      en: [FSH, FSH level, bFSH,")
    assert check_rules(rules) == []
