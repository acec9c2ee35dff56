"""Rule files and their loader (extractor/rules.py).

Read top to bottom as examples: what the shipped vocabulary says, how the
RuleSet is queried, and what a user sees for each kind of mistake in a rule
file (file, 1-based line, entry path, what is wrong).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.ruleset import model as rules
from extractor.contract import CellTypeId, Direction, DoseUnit, GuidanceId, HormoneId, Per, RouteId
from extractor.errors import LitxError
from extractor.ruleset.model import RULES_DIR, Kind, RuleError, RuleProblem, load_rules

BACKENDS = ["ruamel"] + (["libyaml"] if rules._backend() == "libyaml" else [])


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Tests that break rule files run with each YAML parser available."""
    monkeypatch.setattr(rules, "YAML_BACKEND", request.param)
    return request.param


@pytest.fixture(scope="module")
def rs() -> rules.RuleSet:
    """The shipped rules (test_parsers_agree shows the parser does not matter)."""
    return load_rules()


@pytest.fixture
def rules_copy(tmp_path: Path, backend: str) -> Path:
    """A private copy of the shipped rules, to break."""
    target = tmp_path / "rules"
    target.mkdir()
    for name in rules.FILES:
        (target / name).write_bytes((RULES_DIR / name).read_bytes())
    return target


def _is_comment(text: str, at: int) -> bool:
    start = text.rfind("\n", 0, at) + 1
    return text[start:at].lstrip().startswith("#")


def edit(path: Path, old: str, new: str) -> None:
    """Replace the first occurrence of ``old`` outside comments."""
    text = path.read_text(encoding="utf-8")
    at = text.find(old)
    while at >= 0 and _is_comment(text, at):
        at = text.find(old, at + 1)
    assert at >= 0, f"{old!r} not in {path.name}"
    path.write_text(text[:at] + new + text[at + len(old):], encoding="utf-8")


def line_of(path: Path, needle: str) -> int:
    """The first line holding ``needle`` outside comments."""
    lines = path.read_text(encoding="utf-8").splitlines()
    hits = [i for i, line in enumerate(lines, 1) if needle in line and not line.lstrip().startswith("#")]
    assert hits, f"{needle!r} not in {path.name}"
    return hits[0]


def lines_equal(path: Path, text: str) -> list[int]:
    return [i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if line == text]


def problems_of(rules_dir: Path) -> list[RuleProblem]:
    with pytest.raises(RuleError) as info:
        load_rules(rules_dir)
    return info.value.errors


def ids_of(rs: rules.RuleSet, kind: Kind, text: str) -> set[str]:
    return {t.id for t in rs.terms(kind) if t.text == text}


# --------------------------------------------------------------------------
# The shipped rules


def test_shipped_rules_load(rs: rules.RuleSet) -> None:
    assert rs.directory == RULES_DIR
    assert len(rs.terms(Kind.CELL_TYPE)) > 300


def test_parsers_agree() -> None:
    """libyaml (fast) and ruamel (fallback) give the same rules, line for line."""
    if len(BACKENDS) < 2:
        pytest.skip("libyaml not installed")
    fast, slow = (rules._load(RULES_DIR, b) for b in ("libyaml", "ruamel"))
    for kind in Kind:
        assert fast.terms(kind) == slow.terms(kind)
        assert fast.excludes(kind) == slow.excludes(kind)
        assert [(p.text, p.line, p.entry) for p in fast.patterns(kind)] == [
            (p.text, p.line, p.entry) for p in slow.patterns(kind)
        ]
    assert dict(fast.models) == dict(slow.models)


CONTRACT_IDS = (
    [(Kind.CELL_TYPE, m.value) for m in CellTypeId]
    + [(Kind.ROUTE, m.value) for m in RouteId]
    + [(Kind.GUIDANCE, m.value) for m in GuidanceId]
    + [(Kind.HORMONE, m.value) for m in HormoneId]
    + [(Kind.UNIT, m.value) for m in DoseUnit]
    + [(Kind.PER, m.value) for m in Per]
)


@pytest.mark.parametrize(("kind", "cid"), CONTRACT_IDS, ids=[f"{k.value}:{i}" for k, i in CONTRACT_IDS])
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_contract_id_has_terms_in_both_languages(rs: rules.RuleSet, kind: Kind, cid: str, lang: str) -> None:
    assert [t.text for t in rs.terms(kind, lang) if t.id == cid]


def test_no_term_is_listed_twice(rs: rules.RuleSet) -> None:
    """Checked again here, independently of the loader: one string, one meaning."""
    groups = {
        "entities": [Kind.CELL_TYPE, Kind.NOT_CELL_TYPE, Kind.ROUTE, Kind.GUIDANCE, Kind.HORMONE],
        "directions": [Kind.DIRECTION, Kind.COMPARISON],
        "negation": [Kind.NEGATION, Kind.PSEUDO_NEGATION, Kind.TERMINATOR],
        "units": [Kind.UNIT, Kind.NOT_UNIT, Kind.PER, Kind.MULTIPLIER, Kind.COUNT, Kind.COUNT_PREFIX,
                  Kind.COUNT_UNSPECIFIED],
    }
    for kinds in [*groups.values(), [Kind.SECTION], [Kind.HEDGE], [Kind.SPECIES], [Kind.IN_VITRO]]:
        owner: dict[str, str] = {}
        for kind in kinds:
            for term in rs.terms(kind):
                key = " ".join(term.text.split()).lower()
                here = term.entry.rsplit(".", 1)[0]
                assert owner.setdefault(key, here) == here, f"{term.text!r}: {owner[key]} and {term.entry}"


@pytest.mark.parametrize(
    ("kind", "text", "cid"),
    [
        # cell types, both languages, abbreviations and variants
        (Kind.CELL_TYPE, "脐带MSC", "umbilical_cord_msc"),
        (Kind.CELL_TYPE, "人脐带间充质干细胞", "umbilical_cord_msc"),
        (Kind.CELL_TYPE, "hUC-MSCs", "umbilical_cord_msc"),
        (Kind.CELL_TYPE, "Wharton’s jelly-derived mesenchymal stem cells", "umbilical_cord_msc"),
        (Kind.CELL_TYPE, "脂肪 MSC", "adipose_msc"),
        (Kind.CELL_TYPE, "adipose-derived stromal cells", "adipose_msc"),
        (Kind.CELL_TYPE, "BM-MSCs", "bone_marrow_msc"),
        (Kind.CELL_TYPE, "骨髓间充质干细胞", "bone_marrow_msc"),
        (Kind.CELL_TYPE, "MenSCs", "menstrual_blood_msc"),
        (Kind.CELL_TYPE, "hAEC", "amniotic_epithelial_cell"),
        (Kind.CELL_TYPE, "羊膜上皮细胞", "amniotic_epithelial_cell"),
        (Kind.CELL_TYPE, "外周血干细胞", "peripheral_blood_stem_cell"),
        (Kind.CELL_TYPE, "外泌体", "extracellular_vesicle"),
        (Kind.CELL_TYPE, "间充质干细胞", "msc"),
        (Kind.CELL_TYPE, "mesenchymal stromal cells", "msc"),
        (Kind.CELL_TYPE, "线粒体", "mitochondria"),
        # routes and guidance
        (Kind.ROUTE, "卵巢局部注射", "intraovarian_injection"),
        (Kind.ROUTE, "intraovarian", "intraovarian_injection"),
        (Kind.ROUTE, "经卵巢动脉注射", "ovarian_artery_infusion"),
        (Kind.ROUTE, "ovarian artery infusion", "ovarian_artery_infusion"),
        (Kind.ROUTE, "静脉注射", "intravenous"),
        (Kind.ROUTE, "i.v.", "intravenous"),
        (Kind.ROUTE, "腹腔注射", "intraperitoneal"),
        (Kind.ROUTE, "SEGOVA", "segova"),
        (Kind.GUIDANCE, "经阴道超声", "transvaginal_ultrasound"),
        (Kind.GUIDANCE, "腹腔镜", "laparoscopic"),
        (Kind.GUIDANCE, "放射介入", "interventional_radiology"),
        # hormones
        (Kind.HORMONE, "卵泡刺激素", "FSH"),
        (Kind.HORMONE, "follicle-stimulating hormone", "FSH"),
        (Kind.HORMONE, "雌二醇", "E2"),
        (Kind.HORMONE, "雌激素水平", "E2"),
        (Kind.HORMONE, "抗米勒管激素", "AMH"),
        (Kind.HORMONE, "anti-Müllerian hormone", "AMH"),
        (Kind.HORMONE, "窦卵泡数", "AFC"),
        (Kind.HORMONE, "抑制素B", "INHB"),
        (Kind.HORMONE, "卵巢体积", "ovarian_volume"),
        # direction cues
        (Kind.DIRECTION, "升高", "increase"),
        (Kind.DIRECTION, "rose", "increase"),
        (Kind.DIRECTION, "降低", "decrease"),
        (Kind.DIRECTION, "无明显变化", "no_change"),
        (Kind.DIRECTION, "remained unchanged", "no_change"),
        (Kind.DIRECTION, "改善", "improve"),
        (Kind.COMPARISON, "较高的", "comparison"),
        (Kind.COMPARISON, ">", "comparison"),
        # context
        (Kind.NEGATION, "未采用", "negation"),
        (Kind.PSEUDO_NEGATION, "不同", "pseudo_negation"),
        (Kind.HEDGE, "可能", "hedge"),
        (Kind.SPECIES, "小鼠", "mouse"),
        (Kind.SPECIES, "大鼠", "rat"),
        # doses
        (Kind.UNIT, "个细胞", "cells"),
        (Kind.UNIT, "µg", "µg"),  # MICRO SIGN
        (Kind.UNIT, "μg", "µg"),  # GREEK SMALL LETTER MU, same unit
        (Kind.UNIT, "mg/kg", "mg/kg"),
        (Kind.NOT_UNIT, "IU/L", "not_unit"),
        (Kind.PER, "每侧卵巢", "ovary"),
        (Kind.PER, "per kg", "kg"),
        (Kind.MULTIPLIER, "万", "10000"),
        (Kind.COUNT, "例", "sample_size"),
        (Kind.COUNT, "次", "sessions"),
        (Kind.COUNT_UNSPECIFIED, "多次移植", "sessions"),
    ],
)
def test_vocabulary_examples(rs: rules.RuleSet, kind: Kind, text: str, cid: str) -> None:
    assert ids_of(rs, kind, text) == {cid}


@pytest.mark.parametrize("text", ["干细胞", "stem cells", "胎盘", "羊水", "脐带", "骨髓"])
def test_generic_words_and_tissues_are_not_cell_types(rs: rules.RuleSet, text: str) -> None:
    assert ids_of(rs, Kind.CELL_TYPE, text) == set()
    assert ids_of(rs, Kind.NOT_CELL_TYPE, text) == {"not_term"}


def test_term_points_back_to_its_rule(rs: rules.RuleSet) -> None:
    term = next(t for t in rs.terms(Kind.CELL_TYPE, "zh") if t.text == "脐带MSC")
    text, cid, file, line = term
    assert (text, cid, file) == ("脐带MSC", "umbilical_cord_msc", "cell_types.yaml")
    assert line == line_of(RULES_DIR / file, "zh: [脐带MSC,")
    assert term.entry == "cell_types[3] (umbilical_cord_msc).terms.zh[0]"
    assert term.source == f"cell_types.yaml:{line}"


@pytest.mark.parametrize(("text", "sensitive"), [("FSH", True), ("hUC-MSCs", True), ("IU", True),
                                                 ("estradiol", False), ("mL", False), ("E2", False)])
def test_abbreviations_match_with_their_letter_case(rs: rules.RuleSet, text: str, sensitive: bool) -> None:
    (term,) = [t for k in Kind for t in rs.terms(k) if t.text == text]
    assert term.case_sensitive is sensitive


def test_ambiguous_abbreviations_need_the_document_to_confirm_them(rs: rules.RuleSet) -> None:
    msc = rs.ambiguous_abbreviation("MSC")
    assert msc is not None and msc.id is CellTypeId.MSC
    assert "mesenchymal" in msc.confirm.en and "间充质" in msc.confirm.zh
    assert "multi-tRNA synthetase complex" in msc.conflicts.en
    assert rs.ambiguous_abbreviation("hUC-MSCs") is None


def test_mitochondria_count_only_with_a_therapy_cue(rs: rules.RuleSet) -> None:
    (term,) = [t for t in rs.terms(Kind.CELL_TYPE) if t.text == "线粒体"]
    assert "移植" in term.requires
    assert "线粒体功能障碍" in {e.text for e in rs.excludes(Kind.CELL_TYPE) if e.id == "mitochondria"}


def test_cue_positions(rs: rules.RuleSet) -> None:
    (before,) = [t for t in rs.terms(Kind.DIRECTION) if t.text == "increase in"]
    (after,) = [t for t in rs.terms(Kind.DIRECTION) if t.text == "rose"]
    assert (before.position, after.position) == ("before", "after")
    assert rs.direction_window.before > 0 and rs.comparison_window.after <= rs.direction_window.after


@pytest.mark.parametrize(
    ("cue", "hormone", "direction"),
    [
        ("increase", "FSH", Direction.INCREASE),
        ("improve", "FSH", Direction.DECREASE),  # improved FSH = lower FSH
        ("improve", "AMH", Direction.INCREASE),
        ("worsen", "FSH", Direction.INCREASE),
        ("no_change", "E2", Direction.NO_CHANGE),
    ],
)
def test_resolve_direction(rs: rules.RuleSet, cue: str, hormone: str, direction: Direction) -> None:
    assert rs.resolve_direction(cue, hormone) is direction


def test_dose_helpers(rs: rules.RuleSet) -> None:
    assert rs.multiplier("万") == 1e4
    assert rs.multiplier("Million") == 1e6
    assert rs.multiplier("个") is None
    assert rs.per_kg_unit("cells") == "cells/kg"
    assert rs.per_kg_unit("µg") is None
    assert rs.cell_type_as_unit == "cells"


def test_context_helpers(rs: rules.RuleSet) -> None:
    assert rs.species_default == "human"
    assert rs.negation_scope("zh") > 0
    assert 0 < rs.settings.fuzzy.threshold <= 100


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Abstract", "abstract"),
        ("【摘要】", "abstract"),
        ("[摘要] 早发性卵巢功能不全", "abstract"),
        ("Key words:", "keywords"),
        ("关 键 词", "keywords"),
        ("MATERIALS AND METHODS", "methods"),
        ("2 Methods", "methods"),
        ("4 结语", "discussion"),
        ("参考文献(Reference)", "references"),
        ("结果显示", None),  # a sentence that begins with 结果, not a heading
        ("1.2.2 脐带MSC", None),  # numbered headings have no kind
    ],
)
def test_section_kind(rs: rules.RuleSet, heading: str, kind: str | None) -> None:
    assert rs.section_kind(heading) == kind


@pytest.mark.parametrize(("kind", "facts"), [("references", False), ("keywords", False), ("results", True),
                                             (None, True)])
def test_section_yields_facts(rs: rules.RuleSet, kind: str | None, facts: bool) -> None:
    assert rs.section_yields_facts(kind) is facts


def test_all_terms_for_the_tokenizer(rs: rules.RuleSet) -> None:
    zh = rs.all_terms("zh")
    assert "脐带间充质干细胞" in zh and "线粒体功能障碍" in zh  # excludes too: keep them whole
    assert "FSH" not in zh and "FSH" in rs.all_terms("en")
    assert list(zh) == sorted(set(zh))
    with pytest.raises(ValueError):
        rs.all_terms("fr")


def test_ruleset_is_immutable(rs: rules.RuleSet) -> None:
    with pytest.raises(AttributeError):
        rs.directory = Path("/elsewhere")  # type: ignore[misc]
    term = rs.terms(Kind.HORMONE)[0]
    with pytest.raises(AttributeError):
        term.id = "LH"  # type: ignore[misc]
    assert isinstance(rs.terms(Kind.HORMONE), tuple)


def test_cached_until_a_file_changes(rules_copy: Path) -> None:
    first = load_rules(rules_copy)
    assert load_rules(rules_copy) is first
    edit(rules_copy / "hormones.yaml", "en: [INHB,", "en: [INHB, inhibin-b serum level,")
    second = load_rules(rules_copy)
    assert second is not first
    assert ids_of(second, Kind.HORMONE, "inhibin-b serum level") == {"INHB"}


def test_adding_a_synonym_needs_no_code(rules_copy: Path) -> None:
    edit(rules_copy / "cell_types.yaml", "zh: [脐带MSC,", "zh: [脐带源MSC, 脐带MSC,")
    assert ids_of(load_rules(rules_copy), Kind.CELL_TYPE, "脐带源MSC") == {"umbilical_cord_msc"}


# --------------------------------------------------------------------------
# Mistakes in rule files: each reported with file, line, entry and what is wrong

# (file, text to replace, replacement, text on the reported line, entry, words of the message)
MISTAKES = [
    pytest.param(
        "cell_types.yaml", "  - id: umbilical_cord_msc\n", "  - id: umbilical_cord_msc\n    colour: red\n",
        "colour: red", "cell_types[3] (umbilical_cord_msc).colour", "unknown key 'colour' (allowed: label, terms",
        id="unknown key",
    ),
    pytest.param(
        "directions.yaml", "  fillers:\n", "  filers:\n",
        "  filers:", "coordination.filers", "unknown key 'filers' (allowed: joiners, fillers)",
        id="unknown key in directions coordination",
    ),
    pytest.param(
        "units.yaml", "    subsets:\n", "    subset:\n",
        "    subset:", "counts[0] (sessions).subset", "unknown key 'subset'",
        id="unknown key in units sessions",
    ),
    pytest.param(
        "units.yaml", "    auxiliaries:\n", "    auxiliary:\n",
        "    auxiliary:", "counts[1] (sample_size).auxiliary", "unknown key 'auxiliary'",
        id="unknown key in units sample_size",
    ),
    pytest.param(
        "units.yaml", "cell_words:\n", "cell_word:\n",
        "cell_word:", "cell_word", "unknown key 'cell_word'",
        id="unknown key in units",
    ),
    pytest.param(
        "units.yaml", "group_nouns:\n", "group_noun:\n",
        "group_noun:", "group_noun", "unknown key 'group_noun'",
        id="unknown key group_nouns",
    ),
    pytest.param(
        "units.yaml", "  en: [month, months, mo,", "  en: [per month, months, mo,",
        "per month", "not_between.en[0]", "one English word is expected",
        id="not_between takes single English words",
    ),
    pytest.param(
        "units.yaml", "not_between:\n", "not_betwen:\n",
        "not_betwen:", "not_betwen", "unknown key 'not_betwen'",
        id="unknown key not_between",
    ),
    pytest.param(
        "units.yaml", "    time_markers:\n", "    time_marker:\n",
        "    time_marker:", "counts[1] (sample_size).time_marker", "unknown key 'time_marker'",
        id="unknown key time_markers",
    ),
    pytest.param(
        "directions.yaml", "statistics:\n", "statistic:\n",
        "statistic:", "statistic", "unknown key 'statistic'",
        id="unknown key statistics",
    ),
    pytest.param(
        "units.yaml", "carriers:\n", "carrier:\n",
        "carrier:", "carrier", "unknown key 'carrier'",
        id="unknown key carriers",
    ),
    pytest.param(
        "units.yaml", "approximately:\n", "aproximately:\n",
        "aproximately:", "aproximately", "unknown key 'aproximately'",
        id="unknown key approximately",
    ),
    pytest.param(
        "settings.yaml", "  min_length: 6\n", "  min_length: 6\n  max_length: 60\n",
        "max_length: 60", "fuzzy.max_length", "unknown key 'max_length'",
        id="unknown key in settings",
    ),
    pytest.param(
        "cell_types.yaml", "id: placenta_msc", "id: placental_msc",
        "id: placental_msc", "cell_types[5] (placental_msc).id", "unknown canonical id 'placental_msc'",
        id="unknown canonical id",
    ),
    pytest.param(
        "hormones.yaml", "  - id: INHB", "  - id: Inhibin",
        "id: Inhibin", "hormones[5] (Inhibin).id", "unknown canonical id 'Inhibin'",
        id="unknown hormone id",
    ),
    pytest.param(
        "cell_types.yaml", "    label: {en: neural stem cells, zh: 神经干细胞}\n", "",
        "- id: neural_stem_cell", "cell_types[13] (neural_stem_cell).label", "missing field 'label'",
        id="missing field",
    ),
    pytest.param(
        "hormones.yaml", "en: [INHB, INH-B, inhibin B, inhibin-B]", "en: INHB",
        "en: INHB", "hormones[5] (INHB).terms.en", "expected a list",
        id="wrong type: text instead of a list",
    ),
    pytest.param(
        "settings.yaml", "min_length: 6", "min_length: six",
        "min_length: six", "fuzzy.min_length", "expected a whole number",
        id="wrong type: word instead of number",
    ),
    pytest.param(
        "units.yaml", "  - factor: 1e4\n", "  - factor: ten thousand\n",
        "factor: ten thousand", "multipliers[1] (ten thousand).factor", "expected a number",
        id="wrong type: factor",
    ),
    pytest.param(
        "cell_types.yaml", "zh: [脐带MSC,", "zh: [脐带MSC, '',",
        "zh: [脐带MSC, '',", "cell_types[3] (umbilical_cord_msc).terms.zh[1]", "empty term",
        id="empty term",
    ),
    pytest.param(
        "cell_types.yaml", "zh: [脐带MSC,", "zh: [脐带MSC, ~,",
        "zh: [脐带MSC, ~,", "cell_types[3] (umbilical_cord_msc).terms.zh[1]", "empty term",
        id="null term",
    ),
    pytest.param(
        "hormones.yaml", "zh: [抑制素B,", "zh: [INHB-2, 抑制素B,",
        "zh: [INHB-2, 抑制素B,", "hormones[5] (INHB).terms.zh[0]", "has no Chinese characters: list it under en",
        id="Latin term filed under zh",
    ),
    pytest.param(
        "cell_types.yaml", "en: [epithelial stem cells,", "en: [BMSCs, epithelial stem cells,",
        "en: [BMSCs, epithelial stem cells,", "cell_types[14] (epithelial_stem_cell).terms.en[0]",
        "term 'BMSCs' is already listed under cell_type 'bone_marrow_msc' (cell_types.yaml, line",
        id="term under two ids in one file",
    ),
    pytest.param(
        "routes.yaml", "en: [laparoscopic,", "en: [bmscs, laparoscopic,",
        "en: [bmscs, laparoscopic,", "guidance[1] (laparoscopic).terms.en[0]",
        "term 'bmscs' is already listed under cell_type 'bone_marrow_msc' (cell_types.yaml, line",
        id="term under two ids across files, case ignored",
    ),
    pytest.param(
        "cell_types.yaml", "zh: [上皮干细胞,", "zh: [上皮干细胞, 上皮干细胞,",
        "zh: [上皮干细胞, 上皮干细胞,", "cell_types[14] (epithelial_stem_cell).terms.zh[1]",
        "already listed in this entry",
        id="term twice in one entry",
    ),
    pytest.param(
        "directions.yaml", "zh: [降低,", "zh: [升高, 降低,",
        "zh: [升高, 降低,", "cues[3] (decrease).terms.zh[0]", "already listed under direction 'increase'",
        id="cue under two directions",
    ),
    pytest.param(
        "routes.yaml", "'超选择性.{0,6}卵巢动脉'", "'超选择性.{0,6卵巢动脉('",
        "超选择性.{0,6卵巢动脉(", "routes[1] (ovarian_artery_infusion).patterns.zh[0]",
        "bad regular expression",
        id="bad regex",
    ),
    pytest.param(
        "directions.yaml", "'升高至绝经(?:后)?(?:范围|水平)'", "'(?:绝经)?'",
        "'(?:绝经)?'", "comparison[0] (any).patterns.zh[1]", "matches empty text",
        id="regex matching empty text",
    ),
    pytest.param(
        "settings.yaml", "threshold: 90", "threshold: 190",
        "threshold: 190", "fuzzy.threshold", "threshold 190 out of range: must be at most 100",
        id="threshold out of range",
    ),
    pytest.param(
        "settings.yaml", "threshold: 90", "threshold: 0",
        "threshold: 0", "fuzzy.threshold", "out of range: must be greater than 0",
        id="threshold zero",
    ),
    pytest.param(
        "directions.yaml", "window: {before: 8, after: 10}", "window: {before: 8, after: 80}",
        "window: {before: 8, after: 80}", "window.after", "out of range",
        id="window out of range",
    ),
    pytest.param(
        "hormones.yaml", "    improves: decrease\n", "    improves: down\n",
        "improves: down", "hormones[0] (FSH).improves", "unknown value for 'improves' 'down'",
        id="bad value from a fixed list",
    ),
    pytest.param(
        "directions.yaml", "  - direction: worsen", "  - direction: worse",
        "direction: worse", "cues[9] (worse).direction", "unknown value for 'direction' 'worse'",
        id="unknown direction",
    ),
    pytest.param(
        "settings.yaml", "  min_length: 6\n", "  min_length: 6\n  threshold: 80\n",
        "threshold: 80", "fuzzy.threshold", "key 'threshold' given twice",
        id="duplicate key",
    ),
    pytest.param(
        "hormones.yaml", "en: [AMHR2,", "en: [XYZ, AMHR2,",
        "en: [XYZ, AMHR2,", "hormones[3] (AMH).exclude.en[0]", "contains none of this entry's terms",
        id="exclude that excludes nothing",
    ),
    pytest.param(
        "cell_types.yaml", "terms: [MSC, MSCs]", "terms: [MSC, MSX]",
        "terms: [MSC, MSX]", "ambiguous_abbreviations[0] (msc).terms[1]", "'MSX' is not a term of 'msc'",
        id="ambiguous abbreviation that is not a term",
    ),
    pytest.param(
        "context.yaml", "  default: human", "  default: martian",
        "default: martian", "species.default", "default species 'martian' has no entry",
        id="default species without entry",
    ),
    pytest.param(
        "sections.yaml", "  - kind: results", "  - kind: Results",
        "kind: Results", "sections[5] (Results).kind", "not a valid name",
        id="section kind not a name",
    ),
]


@pytest.mark.parametrize(("file", "old", "new", "on_line", "entry", "detail"), MISTAKES)
def test_mistake_is_reported_with_file_line_and_entry(
    rules_copy: Path, file: str, old: str, new: str, on_line: str, entry: str, detail: str
) -> None:
    path = rules_copy / file
    edit(path, old, new)
    problems = problems_of(rules_copy)
    assert len(problems) == 1, "\n".join(map(str, problems))
    (p,) = problems
    assert (Path(p.file).name, p.line, p.entry, p.code) == (file, line_of(path, on_line), entry, "E101")
    assert detail in p.detail
    assert str(p).startswith(f"rule error in {path}, line {p.line}, entry {entry}: ")


def test_missing_and_duplicate_contract_ids(rules_copy: Path) -> None:
    path = rules_copy / "cell_types.yaml"
    edit(path, "  - id: placenta_msc", "  - id: msc")
    first, second = lines_equal(path, "  - id: msc")[:2]  # the third is an abbreviation entry
    assert [(p.line, p.entry, p.detail) for p in problems_of(rules_copy)] == [
        (*lines_equal(path, "cell_types:"), "cell_types", "no entry for contract id 'placenta_msc'"),
        (second, "cell_types[5] (msc)", f"'msc' has two entries (first at line {first})"),
    ]


def test_yaml_syntax_error(rules_copy: Path) -> None:
    path = rules_copy / "context.yaml"
    edit(path, "  scope: {en: 6, zh: 6}\n", "  scope: {en: 6, zh: 6\n")
    (p,) = problems_of(rules_copy)
    assert (Path(p.file).name, p.code) == ("context.yaml", "E102")
    assert p.line in (line_of(path, "scope: {en: 6, zh: 6"), line_of(path, "scope: {en: 6, zh: 6") + 1)
    assert "is not valid YAML" in str(p)


def test_a_file_left_out_is_the_bundled_one(rules_copy: Path) -> None:
    (rules_copy / "units.yaml").unlink()
    loaded = load_rules(rules_copy)
    assert loaded.models["units"] == load_rules().models["units"]


def test_a_folder_of_ones_own_holds_only_the_files_that_differ(tmp_path: Path) -> None:
    own = tmp_path / "my-rules"
    own.mkdir()
    text = (RULES_DIR / "hormones.yaml").read_text(encoding="utf-8")
    (own / "hormones.yaml").write_text(text.replace("zh: [卵泡刺激素, ", "zh: [卵泡刺激素X, 卵泡刺激素, ", 1), encoding="utf-8")
    loaded = load_rules(own)
    assert "卵泡刺激素X" in {t.text for t in loaded.terms(Kind.HORMONE)}
    assert "卵泡刺激素X" not in {t.text for t in load_rules().terms(Kind.HORMONE)}
    assert loaded.models["units"] == load_rules().models["units"] and "follow_up" in loaded.grammars
    # a mistake in the one file is still reported with its own path
    (own / "hormones.yaml").write_text(text.replace("  - id: FSH\n", "  - id: FSHX\n", 1), encoding="utf-8")
    (p, *_) = problems_of(own)
    assert p.file == str(own / "hormones.yaml")


def test_file_not_utf8(rules_copy: Path) -> None:
    path = rules_copy / "hormones.yaml"
    path.write_bytes(path.read_text(encoding="utf-8").encode("gb18030"))
    (p,) = problems_of(rules_copy)
    lines = (RULES_DIR / "hormones.yaml").read_text(encoding="utf-8").splitlines()
    first_chinese = next(i for i, line in enumerate(lines, 1) if not line.isascii())
    assert (p.code, p.line) == ("E102", first_chinese)
    assert "UTF-8" in p.detail


def test_empty_file(rules_copy: Path) -> None:
    (rules_copy / "settings.yaml").write_text("# nothing yet\n", encoding="utf-8")
    (p,) = problems_of(rules_copy)
    assert (p.line, p.entry, p.detail) == (1, "(top level)", "the file is empty")


def test_every_problem_is_reported_at_once(rules_copy: Path) -> None:
    """Structure errors and duplicates, in several files, in one RuleError."""
    cells = rules_copy / "cell_types.yaml"
    edit(cells, "  - id: umbilical_cord_msc\n", "  - id: umbilical_cord_msc\n    colour: red\n")
    # found although the same file has a broken entry:
    edit(cells, "zh: [上皮干细胞,", "zh: [上皮干细胞, 上皮干细胞,")
    edit(rules_copy / "settings.yaml", "threshold: 90", "threshold: 190")
    edit(rules_copy / "hormones.yaml", "    improves: decrease\n", "    improves: down\n")
    with pytest.raises(RuleError) as info:
        load_rules(rules_copy)
    err = info.value
    found = [(Path(p.file).name, p.detail.split(" (")[0].split(":")[0]) for p in err.errors]
    assert found == [
        ("settings.yaml", "threshold 190 out of range"),
        ("cell_types.yaml", "unknown key 'colour'"),
        ("cell_types.yaml", "term '上皮干细胞' is already listed in this entry"),
        ("hormones.yaml", "unknown value for 'improves' 'down'"),
    ]
    assert isinstance(err, LitxError) and err.code == "E101"
    assert str(err).count("\n") == 3 and all(line.endswith("[E101]") for line in str(err).splitlines())
