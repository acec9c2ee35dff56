"""The real-text corpus (corpus/real + corpus/gold/real, written by corpus/make_real.py):
gold files follow the schema, every fact's text is on its page, the split is fixed,
disjoint and complete, every text has a source with a licence, and the generator
reproduces the committed files.  No extractor is run here."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

import pdfplumber
import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
PDFS = CORPUS / "real" / "pdfs"
GOLD = CORPUS / "gold" / "real"
SPLIT = CORPUS / "real" / "split.json"
SOURCES = CORPUS / "real" / "SOURCES.md"


def _load():
    sys.path.insert(0, str(CORPUS))
    spec = importlib.util.spec_from_file_location("litx_make_real", CORPUS / "make_real.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


make_real = _load()
IDS = sorted(make_real.TEXTS_BY_ID)

sys.path.insert(0, str(ROOT / "tests"))
from test_corpus import _check_fact as _check_paper_fact  # noqa: E402  (the contract's vocabularies)

SPECIES = {"mouse", "rat", "animal"}


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory) -> dict:
    out = tmp_path_factory.mktemp("real")
    return make_real.build_all(out / "pdfs", out / "gold")


def gold(stem: str) -> dict:
    return json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))


def test_committed_files_exist():
    assert sorted(p.stem for p in PDFS.glob("*.pdf")) == IDS
    assert sorted(p.stem for p in GOLD.glob("*.json")) == IDS
    assert all(i.split("_")[0] in ("en", "zh") for i in IDS)
    for t in make_real.TEXTS:
        assert t.id.startswith(t.lang + "_") and t.kind in ("clinical", "animal", "review", "case")


def _check(fact: dict, pages: int, where: str) -> None:
    species = fact.get("species")
    assert species is None or species in SPECIES, where
    plain = {k: v for k, v in fact.items() if k != "species"}
    if species in ("mouse", "rat"):
        plain["species"] = species
    _check_paper_fact(plain, pages, where)


@pytest.mark.parametrize("stem", IDS)
def test_gold_follows_the_schema(stem):
    g = gold(stem)
    assert list(g) == ["schema", "document", "notes", "cell_types", "facts", "negated"]
    assert g["schema"] == "litx.gold/1" and g["document"] == f"{stem}.pdf"
    assert isinstance(g["notes"], str) and g["notes"]
    with pdfplumber.open(PDFS / g["document"]) as pdf:
        pages = len(pdf.pages)
    for k, fact in enumerate(g["facts"] + g["negated"]):
        _check(fact, pages, f"{stem} fact {k} {fact}")
    assert g["cell_types"] == sorted({f["value"]["id"] for f in g["facts"] if f["type"] == "cell_type"})
    assert g["facts"] == sorted(g["facts"], key=lambda f: f["page"])


def _flat(text: str) -> str:
    return re.sub(r"[\s^{}]", "", text.replace("-\n", ""))


@pytest.mark.parametrize("stem", IDS)
def test_fact_text_is_on_its_page(stem):
    g = gold(stem)
    with pdfplumber.open(PDFS / g["document"]) as pdf:
        views = []
        for page in pdf.pages:
            w, h = page.width, page.height
            views.append([_flat(v.extract_text() or "") for v in
                          (page, page.crop((0, 0, w / 2, h)), page.crop((w / 2, 0, w, h)))])
    for fact in g["facts"] + g["negated"]:
        assert any(_flat(fact["text"]) in v for v in views[fact["page"] - 1]), (stem, fact)


def test_split_is_fixed_disjoint_and_complete():
    split = json.loads(SPLIT.read_text(encoding="utf-8"))
    assert split == make_real.make_split(), "split.json is not the seeded split of make_real.make_split()"
    dev, test = set(split["dev"]), set(split["test"])
    assert not dev & test
    assert dev | test == set(IDS)
    assert test and dev


def test_a_later_gathering_round_never_moves_an_earlier_text():
    from dataclasses import replace

    next_round = max(t.batch for t in make_real.TEXTS) + 1
    later = [replace(t, id=f"{t.id}_again", batch=next_round) for t in make_real.TEXTS]
    before = make_real.make_split()
    after = make_real.make_split(make_real.TEXTS + later)
    for part in ("dev", "test"):
        assert set(before[part]) <= set(after[part])
    assert set(after["test"]) - set(before["test"]), "the later round has test texts of its own"


def test_sources_list_every_text_with_a_licence():
    rows = {}
    for line in SOURCES.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 10 and cells[0] in make_real.TEXTS_BY_ID:
            rows[cells[0]] = cells
    assert sorted(rows) == IDS
    split = json.loads(SPLIT.read_text(encoding="utf-8"))
    for i, cells in rows.items():
        assert re.search(r"CC BY", cells[6]), (i, cells[6])
        assert cells[7] in ("en", "zh") and cells[8] in ("clinical", "animal", "review", "case")
        assert i in split[cells[9]], (i, cells[9])
    for t in make_real.TEXTS:
        assert "CC BY" in t.licence and (t.doi or t.url)


def test_attribution_block_yields_no_facts(regenerated):
    for stem, paper in regenerated.items():
        refs = [(kind, spans) for kind, _, spans in paper.blocks if kind == "reference"]
        assert refs and all(not spans for _, spans in refs), stem


@pytest.mark.parametrize("stem", IDS)
def test_generator_reproduces_committed_files(regenerated, stem):
    paper = regenerated[stem]
    assert paper.gold_path.read_bytes() == (GOLD / f"{stem}.json").read_bytes(), (
        f"corpus/gold/real/{stem}.json is stale: run python corpus/make_real.py corpus/real/pdfs")
    assert paper.path.read_bytes() == (PDFS / f"{stem}.pdf").read_bytes(), (
        f"corpus/real/pdfs/{stem}.pdf is stale: run python corpus/make_real.py corpus/real/pdfs")
