"""``litx rules add``: a term lands in the right list, and nothing else moves."""

from __future__ import annotations

import io
import os
import shutil
from pathlib import Path

import pytest

from extractor.errors import LitxError
from extractor.matching.matchers import TermMatcher
from extractor.ruleset.model import FILES, RULES_DIR, Kind, RuleError, clear_cache, load_rules
from extractor.refine.edit import TARGETS, WIDTH, add_term, fold_term, insert_term, valid_ids


@pytest.fixture()
def rules_copy(tmp_path: Path) -> Path:
    target = tmp_path / "rules"
    shutil.copytree(RULES_DIR, target)
    yield target
    clear_cache()


def _texts(directory: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(directory.glob("*.yaml"))}


def _only_insertion(before: str, after: str) -> str:
    """The text inserted, asserting that nothing was removed or changed."""
    assert len(after) > len(before)
    head = 0
    while head < len(before) and before[head] == after[head]:
        head += 1
    tail = 0
    while tail < len(before) - head and before[-1 - tail] == after[-1 - tail]:
        tail += 1
    assert head + tail == len(before), "the edit changed or removed text"
    inserted = after[head : len(after) - tail]
    assert before[:head] + inserted + before[head:] == after
    return inserted


def test_every_kind_has_a_target():
    assert set(TARGETS) == {k.value for k in Kind}
    for kind, target in TARGETS.items():
        assert target.file in FILES, kind


@pytest.mark.parametrize(
    "kind, id_, term",
    [
        ("section", "results", "Outcomes"),
        ("cell_type", "placenta_msc", "chorionic villi MSCs"),
        ("route", "transdermal", "经皮贴敷"),
        ("hormone", "LH", "lutropin"),
        ("direction", "no_change", "stayed the same"),
        ("terminator", "terminator", "yet"),
        ("unit", "IU", "I.U."),
        ("settings.yaml", None, None),
    ],
)
def test_round_trip_is_byte_identical(rules_copy, kind, id_, term):
    """Every rule file comes back byte for byte: untouched files are not
    rewritten, and the edited one is the original plus one insertion."""
    before = {p.name: p.read_bytes() for p in rules_copy.glob("*.yaml")}
    if id_ is not None:
        add_term(kind, id_, term, rules_dir=rules_copy)
    after = {p.name: p.read_bytes() for p in rules_copy.glob("*.yaml")}
    changed = [n for n in before if before[n] != after[n]]
    if id_ is None:
        assert changed == []
        return
    assert changed == [TARGETS[kind].file]
    name = changed[0]
    old_text, new_text = before[name].decode("utf-8"), after[name].decode("utf-8")
    _only_insertion(old_text, new_text)
    assert new_text.count(term) == old_text.count(term) + 1


def test_ruamel_dump_would_rewrap_flow_lists(rules_copy):
    """Why add_term splices text instead of dumping with ruamel: a plain
    round-trip dump of an unmodified file does not give the file back."""
    from ruamel.yaml import YAML

    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    text = (rules_copy / "cell_types.yaml").read_text(encoding="utf-8")
    out = io.StringIO()
    yaml.dump(yaml.load(text), out)
    assert out.getvalue() != text  # multi-line [a, b, …] lists come out on one line


@pytest.mark.parametrize(
    "kind, id_, term, lang, file, expect_entry",
    [
        ("cell_type", "umbilical_cord_msc", "hUCMSC-derived MSCs", "en", "cell_types.yaml",
         "cell_types[3] (umbilical_cord_msc).terms.en"),
        ("cell_type", "msc", "人牙髓间充质干细胞", "zh", "cell_types.yaml", "cell_types[0] (msc).terms.zh"),
        ("route", "intravenous", "tail veins", "en", "routes.yaml", "routes[2] (intravenous).terms.en"),
        ("guidance", "laparoscopic", "腹腔镜辅助", "zh", "routes.yaml", "guidance[1] (laparoscopic).terms.zh"),
        ("hormone", "AMH", "anti-Müllerian hormones", "en", "hormones.yaml", "hormones[3] (AMH).terms.en"),
        ("hedge", "hedge", "conceivably", "en", "context.yaml", "hedging.terms.en"),
        ("not_cell_type", "not_term", "cancer stem cells", "en", "cell_types.yaml", "not_terms.en"),
        ("species", "rat", "大白鼠", "zh", "context.yaml", "species.entries[2] (rat).terms.zh"),
        ("section", "methods", "Study population", "en", "sections.yaml", "sections[4] (methods).terms.en"),
    ],
)
def test_term_lands_in_the_right_list(rules_copy, kind, id_, term, lang, file, expect_entry):
    before = _texts(rules_copy)
    result = add_term(kind, id_, term, rules_dir=rules_copy)
    after = _texts(rules_copy)
    assert result.file == rules_copy / file
    assert result.lang == lang
    assert result.entry.startswith(expect_entry + "[")
    # only that file changed, and only by an insertion holding the term
    assert [n for n in before if before[n] != after[n]] == [file]
    _only_insertion(before[file], after[file])
    assert after[file].count(term) == before[file].count(term) + 1
    # the line reported is where the term is written
    assert term in after[file].splitlines()[result.line - 1]
    # the written file loads, with the term under the kind and id
    rules = load_rules(rules_copy)
    found = [t for t in rules.terms(kind) if t.text == term]
    assert [(t.id, t.lang, t.line) for t in found] == [(id_, lang, result.line)]


def test_comments_and_layout_preserved(rules_copy):
    path = rules_copy / "cell_types.yaml"
    before = path.read_text(encoding="utf-8")
    add_term("cell_type", "bone_marrow_msc", "BM-derived MSCs", rules_dir=rules_copy)
    after = path.read_text(encoding="utf-8")
    comments = [line for line in before.splitlines() if line.lstrip().startswith("#")]
    assert comments and all(c in after.splitlines() for c in comments)
    assert len(after.splitlines()) - len(before.splitlines()) in (0, 1)
    assert max(len(line) for line in after.splitlines()) <= max(WIDTH + 30, max(len(x) for x in before.splitlines()))


def test_long_line_wraps_aligned_under_the_first_item(rules_copy):
    path = rules_copy / "sections.yaml"
    before = path.read_text(encoding="utf-8")
    add_term("section", "acknowledgements", "Declaration of Competing Interest", rules_dir=rules_copy)
    after = path.read_text(encoding="utf-8")
    inserted = _only_insertion(before, after)
    assert inserted.startswith(",\n")
    new_line = next(line for line in after.splitlines() if line.strip() == "Declaration of Competing Interest]")
    first_item_column = next(line for line in before.splitlines() if "en: [Acknowledgements" in line).index("[") + 1
    assert len(new_line) - len(new_line.lstrip()) == first_item_column


def test_missing_language_list_is_added_in_order(rules_copy):
    # the 1e5 multiplier has only a zh list: en goes before it
    path = rules_copy / "units.yaml"
    before = path.read_text(encoding="utf-8")
    result = add_term("multiplier", "1e5", "hundred thousand", rules_dir=rules_copy)
    after = path.read_text(encoding="utf-8")
    inserted = _only_insertion(before, after)
    assert inserted.strip() == "en: [hundred thousand]"
    lines = after.splitlines()
    assert lines[result.line - 1].strip() == "en: [hundred thousand]"
    assert lines[result.line].strip() == "zh: [十万]"
    assert load_rules(rules_copy).multiplier("hundred thousand") == 1e5


def test_missing_field_is_created(rules_copy):
    # sessions has no `prefixes` yet
    path = rules_copy / "units.yaml"
    before = path.read_text(encoding="utf-8")
    result = add_term("count_prefix", "sessions", "number of", rules_dir=rules_copy)
    after = path.read_text(encoding="utf-8")
    _only_insertion(before, after)
    assert after.splitlines()[result.line - 1] == "    prefixes: {en: [number of]}"
    assert len(after.splitlines()) == len(before.splitlines()) + 1
    assert "number of" in [t.text for t in load_rules(rules_copy).terms("count_prefix")]


def test_position_picks_among_entries_sharing_an_id(rules_copy):
    after = add_term("direction", "increase", "went higher", position="after", rules_dir=rules_copy)
    assert after.entry.startswith("cues[2] (increase)")
    default = add_term("direction", "decrease", "shrank", rules_dir=rules_copy)
    assert default.entry.startswith("cues[3] (decrease)")  # the position-any entry
    rules = load_rules(rules_copy)
    assert {t.text: t.position for t in rules.terms("direction") if t.text in ("went higher", "shrank")} == {
        "went higher": "after", "shrank": "any"}
    with pytest.raises(LitxError) as err:
        add_term("direction", "worsen", "got worse", position="before", rules_dir=rules_copy)
    assert err.value.code == "E410"


@pytest.mark.parametrize("term", ["'>", "a: b", "#1", "17", "true", "x, y"])
def test_terms_needing_quotes_are_quoted(rules_copy, term):
    add_term("comparison", "comparison", term, position="after", rules_dir=rules_copy)
    assert term in [t.text for t in load_rules(rules_copy).terms("comparison")]


@pytest.mark.parametrize(
    "term, kind, id_",
    [
        ("MSC", "cell_type", "msc"),
        ("msc", "cell_type", "adipose_msc"),  # letter case folded, other entry
        ("ＵＣ－ＭＳＣｓ", "cell_type", "msc"),  # width folded
        ("umbilical  cord MSCs", "cell_type", "msc"),  # runs of spaces
        ("FSH", "hormone", "LH"),
        ("intravenous", "cell_type", "msc"),  # the entity group spans files
        ("cord blood", "cell_type", "umbilical_cord_blood_cell"),  # a not-term
    ],
)
def test_duplicate_refused(rules_copy, term, kind, id_):
    before = _texts(rules_copy)
    with pytest.raises(LitxError) as err:
        add_term(kind, id_, term, rules_dir=rules_copy)
    assert err.value.code == "E405"
    assert "already listed" in str(err.value)
    assert _texts(rules_copy) == before


def test_unknown_id_refused_listing_valid_ids(rules_copy):
    with pytest.raises(LitxError) as err:
        add_term("cell_type", "dental_pulp_msc", "DPSCs", rules_dir=rules_copy)
    assert err.value.code == "E404"
    assert "umbilical_cord_msc" in str(err.value) and "adipose_msc" in str(err.value)
    assert valid_ids("route", rules_copy)[:2] == ["intraovarian_injection", "ovarian_artery_infusion"]


def test_unknown_kind_refused(rules_copy):
    with pytest.raises(LitxError) as err:
        add_term("celltype", "msc", "x cells", rules_dir=rules_copy)
    assert err.value.code == "E403"
    assert "cell_type" in str(err.value)


@pytest.mark.parametrize(
    "term, lang",
    [("静脉", "en"), ("tail veins", "zh"), ("", None), ("a\tb", None)],
)
def test_bad_terms_refused(rules_copy, term, lang):
    with pytest.raises(LitxError) as err:
        add_term("route", "intravenous", term, lang=lang, rules_dir=rules_copy)
    assert err.value.code == "E406"


def test_language_defaults_from_the_term(rules_copy):
    assert add_term("cell_type", "msc", "牙髓MSC", rules_dir=rules_copy).lang == "zh"
    assert add_term("cell_type", "msc", "DP-MSCs", rules_dir=rules_copy).lang == "en"


def test_broken_rules_are_not_touched(rules_copy):
    path = rules_copy / "routes.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "\nbogus: 1\n", encoding="utf-8")
    before = _texts(rules_copy)
    with pytest.raises(RuleError):
        add_term("cell_type", "msc", "DP-MSCs", rules_dir=rules_copy)
    assert _texts(rules_copy) == before


def test_file_mode_kept_and_no_temp_files_left(rules_copy):
    path = rules_copy / "hormones.yaml"
    os.chmod(path, 0o644)
    add_term("hormone", "INHB", "inhibin-beta B", rules_dir=rules_copy)
    assert path.stat().st_mode & 0o777 == 0o644
    assert sorted(p.name for p in rules_copy.iterdir()) == sorted(p.name for p in RULES_DIR.iterdir())


def test_new_term_is_matched_afterwards(rules_copy):
    sentence = "Women received hUCMSC-derived cells and 人牙髓间充质干细胞 transovarially."
    old = TermMatcher(load_rules(rules_copy)).match(sentence, "en")
    assert not any(m.text == "人牙髓间充质干细胞" for m in old)
    add_term("cell_type", "msc", "人牙髓间充质干细胞", rules_dir=rules_copy)
    add_term("route", "intraovarian_injection", "transovarially", rules_dir=rules_copy)
    rules = load_rules(rules_copy)  # the cache was cleared: the new files are read
    found = {(m.kind, m.id, m.text, m.source) for m in TermMatcher(rules).match(sentence, "en")}
    new_zh = next(t for t in rules.terms("cell_type") if t.text == "人牙髓间充质干细胞")
    assert ("cell_type", "msc", "人牙髓间充质干细胞", new_zh.source) in found
    assert any(k == "route" and i == "intraovarian_injection" and t == "transovarially" for k, i, t, _ in found)


def test_block_lists_and_flow_mappings():
    """Layouts the shipped files do not use yet still get a clean insertion."""
    from extractor.refine.edit import _compose

    block = "terms:\n  en:\n    - alpha\n    - beta  # note\n  zh:\n    - 甲\nother: 1\n"
    out = insert_term(block, _compose(block), ("terms",), "en", "gamma")
    assert out == "terms:\n  en:\n    - alpha\n    - beta  # note\n    - gamma\n  zh:\n    - 甲\nother: 1\n"
    flow = "terms: {en: [a]}\n"
    assert insert_term(flow, _compose(flow), ("terms",), "zh", "乙") == "terms: {en: [a], zh: [乙]}\n"
    empty = "terms: {en: []}\n"
    assert insert_term(empty, _compose(empty), ("terms",), "en", "b") == "terms: {en: [b]}\n"


def test_fold_term():
    assert fold_term("ＵＣ－ＭＳＣｓ") == fold_term("uc-mscs")
    assert fold_term(" Wharton's   jelly ") == "wharton's jelly"


def test_micro_signs_stay_apart():
    # units.yaml lists µg (U+00B5) and μg (U+03BC) on purpose: not duplicates
    assert fold_term("\u00b5g") != fold_term("\u03bcg")
