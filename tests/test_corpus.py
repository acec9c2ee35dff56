"""The sample corpus (corpus/papers + corpus/gold, written by corpus/make_papers.py):
the committed files are byte for byte what the generator writes, every gold file follows
the output contract, every fact's text is on its page, and the corpus keeps
covering the surface forms and traps it was written for."""

from __future__ import annotations

import collections
import importlib.util
import json
import re
import sys
from pathlib import Path

import pdfplumber
import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
PAPERS = CORPUS / "papers"
GOLD = CORPUS / "gold" / "papers"


def _load():
    sys.path.insert(0, str(CORPUS))  # make_papers imports typesetter from beside it
    spec = importlib.util.spec_from_file_location("litx_make_papers", CORPUS / "make_papers.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses need the module registered
    spec.loader.exec_module(module)
    return module


make_papers = _load()
STEMS = sorted(make_papers.PAPERS)
from typesetter import COLS  # noqa: E402  (corpus/ is on sys.path now)

# the contract's vocabularies (/work/shared/CONTRACT.md, v1)
CELL_TYPES = {"msc", "adipose_msc", "bone_marrow_msc", "umbilical_cord_msc", "menstrual_blood_msc",
              "placenta_msc", "amniotic_msc", "amniotic_epithelial_cell", "amniotic_fluid_stem_cell",
              "umbilical_cord_blood_cell", "peripheral_blood_stem_cell", "embryonic_stem_cell",
              "induced_pluripotent_stem_cell", "neural_stem_cell", "epithelial_stem_cell",
              "extracellular_vesicle", "mitochondria"}
ROUTES = {"intraovarian_injection", "ovarian_artery_infusion", "intravenous", "intraperitoneal",
          "subcutaneous", "transdermal", "segova"}
GUIDANCE = {"transvaginal_ultrasound", "laparoscopic", "interventional_radiology", None}
HORMONES = {"FSH", "LH", "E2", "AMH", "AFC", "INHB", "ovarian_volume"}
DIRECTIONS = {"increase", "decrease", "no_change"}
UNITS = {"cells", "cells/kg", "U/kg", "mg", "mg/kg", "\u00b5g", "mL", "IU"}
PERS = {"ovary", "kg", "injection", "patient", None}
VALUE_KEYS = {"cell_type": {"id"}, "route": {"id", "guidance"}, "sessions": {"count"},
              "hormone_change": {"hormone", "direction"}, "sample_size": {"n", "unit"}, "follow_up": {"value", "unit"}}
MIN_FACTS_PER_TYPE = 25
#: follow_up came after the papers were written: it has the mentions they happen to hold
MIN_FACTS = {"follow_up": 15}


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory) -> dict:
    out = tmp_path_factory.mktemp("corpus")
    return make_papers.build_all(out / "papers", out / "gold" / "papers")


def committed_gold(stem: str) -> dict:
    return json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))


def all_gold() -> dict[str, dict]:
    return {stem: committed_gold(stem) for stem in STEMS}


def test_committed_files_exist():
    assert 6 <= len(STEMS) <= 8
    assert sorted(p.stem for p in PAPERS.glob("*.pdf")) == STEMS
    assert sorted(p.stem for p in GOLD.glob("*.json")) == STEMS
    langs = collections.Counter(stem[:2] for stem in STEMS)
    assert langs["zh"] >= 3 and langs["en"] >= 3


@pytest.mark.parametrize("stem", STEMS)
def test_committed_gold_matches_generator(regenerated, stem):
    paper = regenerated[stem]
    assert paper.gold_path.read_bytes() == (GOLD / f"{stem}.json").read_bytes(), (
        f"corpus/gold/papers/{stem}.json is stale: run python corpus/make_papers.py corpus/papers")
    with pdfplumber.open(PAPERS / f"{stem}.pdf") as pdf:
        assert len(pdf.pages) == paper.pages


def page_texts(path) -> list[str]:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    try:
        return [page.get_textpage().get_text_range() for page in pdf]
    finally:
        pdf.close()


@pytest.mark.parametrize("stem", STEMS)
def test_committed_pdf_matches_generator(regenerated, stem):
    # the generator is byte-for-byte reproducible with one reportlab version
    # (invariant mode); another version may serialise the same pages
    # differently, so the text of every page is what must agree
    fresh, committed = regenerated[stem].path, PAPERS / f"{stem}.pdf"
    if fresh.read_bytes() == committed.read_bytes():
        return
    assert page_texts(fresh) == page_texts(committed), (
        f"corpus/papers/{stem}.pdf is stale: run python corpus/make_papers.py corpus/papers")


def test_papers_are_data():
    for stem, spec in make_papers.PAPERS.items():
        assert spec.stem == stem and spec.lang == stem[:2] and spec.columns in (1, 2)
        assert (spec.en_title is not None) == (spec.lang == "zh"), "Chinese papers have an English title"
        for part in spec.body:
            assert isinstance(part, (str, make_papers.Heading, make_papers.Para, make_papers.Table)), part
            if isinstance(part, make_papers.Para):
                assert part.species != spec.species, "a Para only to give another species"


def _check_fact(fact: dict, pages: int, where: str) -> None:
    assert set(fact) <= {"type", "value", "page", "text", "species", "arm"}, where
    assert {"type", "value", "page", "text"} <= set(fact), where
    assert isinstance(fact.get("arm", "x"), str) and fact.get("arm", "x").strip(), where  # an arm is a label
    kind, value = fact["type"], fact["value"]
    assert isinstance(fact["page"], int) and 1 <= fact["page"] <= pages, where
    assert isinstance(fact["text"], str) and fact["text"].strip() == fact["text"] != "", where
    assert fact.get("species", "mouse") in {"mouse", "rat"}, where
    if kind == "dose":
        assert set(value) in ({"value", "unit", "per"}, {"value", "unit", "per", "low", "high"}), where
        assert isinstance(value["value"], float) and value["value"] > 0, where
        assert value["unit"] in UNITS and value["per"] in PERS, where
        if "low" in value:
            assert value["value"] == value["low"] < value["high"], where
        return
    assert kind in VALUE_KEYS, where
    assert set(value) == VALUE_KEYS[kind], where
    if kind == "cell_type":
        assert value["id"] in CELL_TYPES, where
    elif kind == "route":
        assert value["id"] in ROUTES and value["guidance"] in GUIDANCE, where
    elif kind == "sessions":
        count = value["count"]
        assert count is None or (isinstance(count, int) and not isinstance(count, bool) and count > 0), where
    elif kind == "hormone_change":
        assert value["hormone"] in HORMONES and value["direction"] in DIRECTIONS, where
    elif kind == "follow_up":
        assert isinstance(value["value"], float) and value["value"] > 0, where
        assert value["unit"] in {"day", "week", "month", "year"}, where
    elif kind == "sample_size":
        assert isinstance(value["n"], int) and value["n"] > 0 and value["unit"] == "patients", where


@pytest.mark.parametrize("stem", STEMS)
def test_gold_follows_the_contract(stem):
    gold = committed_gold(stem)
    assert list(gold) == ["schema", "document", "notes", "cell_types", "facts", "negated"]
    assert gold["schema"] == "litx.gold/1" and gold["document"] == f"{stem}.pdf"
    assert isinstance(gold["notes"], str) and gold["notes"]
    with pdfplumber.open(PAPERS / gold["document"]) as pdf:
        pages = len(pdf.pages)
    assert 1 <= pages <= 3
    for k, fact in enumerate(gold["facts"]):
        _check_fact(fact, pages, f"{stem} facts[{k}] {fact}")
    for k, fact in enumerate(gold["negated"]):
        _check_fact(fact, pages, f"{stem} negated[{k}] {fact}")
    ids = {f["value"]["id"] for f in gold["facts"] if f["type"] == "cell_type"}
    assert gold["cell_types"] == sorted(ids)
    assert gold["facts"] == sorted(gold["facts"], key=lambda f: f["page"]), "facts are in reading order"


def _flat(text: str) -> str:
    """Superscripts flattened, line-end hyphens joined, spaces dropped."""
    return re.sub(r"[\s^{}]", "", text.replace("-\n", ""))


@pytest.mark.parametrize("stem", STEMS)
def test_fact_text_is_on_its_page(stem):
    gold = committed_gold(stem)
    with pdfplumber.open(PAPERS / gold["document"]) as pdf:
        pages = []
        for page in pdf.pages:
            w, h = page.width, page.height
            # the whole page, and each half: extract_text interleaves two columns line by line
            views = [page, page.crop((0, 0, w / 2, h)), page.crop((w / 2, 0, w, h))]
            pages.append([_flat(v.extract_text() or "") for v in views])
    for fact in gold["facts"] + gold["negated"]:
        text = _flat(fact["text"])
        assert any(text in view for view in pages[fact["page"] - 1]), (stem, fact)


def test_reference_lists_yield_no_facts(regenerated):
    for stem, paper in regenerated.items():
        kinds = [kind for kind, _, _ in paper.blocks]
        assert "reference" in kinds, f"{stem} has no reference list"
        assert all(not spans for kind, _, spans in paper.blocks if kind == "reference")


def test_every_fact_type_is_well_represented():
    counts = collections.Counter(f["type"] for gold in all_gold().values() for f in gold["facts"])
    assert set(counts) == set(VALUE_KEYS) | {"dose"}
    assert all(n >= MIN_FACTS.get(kind, MIN_FACTS_PER_TYPE) for kind, n in counts.items()), counts
    species = collections.Counter(f.get("species", "human") for g in all_gold().values() for f in g["facts"])
    assert species["mouse"] and species["rat"] and species["human"]
    assert sum(len(g["negated"]) for g in all_gold().values()) >= 4


# surface forms and traps the corpus was written to contain: each at least
# twice in the text outside the reference lists (regular expressions)
FORMS = [
    # cell types, and the words that are not cell types
    "脐带MSC", "脐带间充质干细胞", "人脐带间充质干细胞", r"(?<![hA-Za-z])UC-MSC", "hUC-MSCs", "hUCMSC",
    "Wharton's jelly MSCs", "脂肪间充质干细胞", "ADSCs", "adipose-derived stromal cells", "骨髓MSC", "BMSCs",
    "bone marrow mesenchymal stem cells", "经血干细胞", "MenSCs", "人羊膜上皮细胞", "hAEC", "外周血干细胞",
    "外泌体", "exosomes", "MSC-derived mitochondria", r"(?<![间胞])干细胞", r"胎盘(?!间)", r"(?<!mal )stem cells",
    # doses, denominators, units, and numbers that are not doses
    r"5×10\^6", r"5 x 10\^6", r"5\*10\^6", "5×10⁶", "5E6", "5 million", "five million", "500万", "5百万",
    "一千万", r"1\.5×10\^7个细胞", r"1–2×10\^6", r"1×10\^6~1×10\^7", r"5×10\^6、1×10\^7、1\.5×10\^7",
    "/kg", "per kg", "每公斤", "每侧卵巢", "per ovary", "each ovary", "per injection", "个细胞", r"\bcells\b",
    "U/kg", r"\bIU\b", "mg/kg", r"\bmL\b", "FSH>25 IU/L", "%", "50~150 nm", "40岁", "aged 25–39 years",
    r"\b20[12]\d\b", r"\^\[\d",
    # routes, guidance, negated routes
    "经阴道超声引导下卵巢局部注射", "腹腔镜下卵巢注射", "经卵巢动脉注射", "介入", "静脉输注", "intravenous infusion",
    "intraovarian injection under transvaginal ultrasound guidance", "laparoscopic injection",
    "via the ovarian artery", "intraperitoneal", "subcutaneous", "未采用静脉注射",
    "was not administered intravenously",
    # sessions
    "1次", "2次", "3次", "两次", "第三次移植", r"\bonce\b", "twice", "three times", "two injections",
    "a second injection", "单次", "多次移植", "repeated injections", "需两次检测确认",
    # hormone changes and hormone traps
    "降低FSH水平", "FSH水平下降", "升高雌二醇和抗米勒管激素水平", "FSH dropped from 89 to 42 IU/L",
    "AMH remained unchanged", "no significant change in LH", "未见明显变化", "E2 and AMH increased",
    "AMH水平较高的患者", "baseline|基线",
    # sample sizes and counts that are not
    "61例", "纳入30名患者", "28 women were enrolled", "n = 15", "纳入12项研究", "8 RCTs", "n = 6 mice per group",
    # context
    r"\bmay\b", "可能", "或可", "小鼠", r"\bmice\b", r"\brats\b", "大鼠",
]


def test_surface_forms_and_traps_are_covered(regenerated):
    text = "\n".join(t for paper in regenerated.values() for kind, t, _ in paper.blocks if kind != "reference")
    missing = {form: len(re.findall(form, text)) for form in FORMS if len(re.findall(form, text)) < 2}
    assert not missing, missing


def test_layouts_are_covered(regenerated):
    en01 = regenerated["en01_trial_two_column"]
    assert {f.x for f in en01.doc.frames if f.kind == "column"} == set(COLS)
    assert all(p.doc.furniture for p in regenerated.values())
    assert sum(kind == "caption" for p in regenerated.values() for kind, _, _ in p.blocks) >= 4
    assert all(any(kind == "heading" for kind, _, _ in p.blocks) for p in regenerated.values())
