"""The invented papers, written and annotated by someone who had not seen the
rules: the held-out set (corpus/heldout_texts.py → corpus/heldout +
corpus/gold/heldout), kept to measure litx on phrasings nobody tuned for
(never to tune on), and the blind set (corpus/blind_texts.py →
corpus/blind + corpus/gold/blind), written the same way to study and tune
on.  Their files follow the gold schema, every fact's text is on its page,
the generator reproduces them, and no sentence of the held-out set has found
its way into the rules or the tests.  No extractor is run here."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pdfplumber
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_real_corpus import _check, _flat, make_real  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
#: set → its least number of papers
SETS = {"heldout": 10, "blind": 286}
TEXTS = {name: make_real.texts_of(name) for name in SETS}
PAPERS = [(name, t.id) for name in SETS for t in sorted(TEXTS[name], key=lambda t: t.id)]


def pdfs(name: str) -> Path:
    return ROOT / "corpus" / name / "pdfs"


def gold(name: str, stem: str) -> dict:
    return json.loads((ROOT / "corpus" / "gold" / name / f"{stem}.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory) -> dict:
    out = tmp_path_factory.mktemp("invented")
    return {name: make_real.build_all(out / name / "pdfs", out / name / "gold", name=name) for name in SETS}


@pytest.mark.parametrize("name", SETS)
def test_both_languages_and_the_committed_files_are_there(name):
    ids = sorted(t.id for t in TEXTS[name])
    assert len(ids) == len(set(ids)) >= SETS[name]
    assert {t.lang for t in TEXTS[name]} == {"en", "zh"}
    assert sorted(p.stem for p in pdfs(name).glob("*.pdf")) == ids
    assert sorted(p.stem for p in (ROOT / "corpus" / "gold" / name).glob("*.json")) == ids
    assert not set(ids) & set(make_real.TEXTS_BY_ID), "an invented paper's id is also a real text"


def test_no_paper_is_in_two_sets():
    assert len({stem for _, stem in PAPERS}) == len(PAPERS)


@pytest.mark.parametrize("name, stem", PAPERS)
def test_gold_follows_the_schema_and_its_text_is_on_its_page(name, stem):
    g = gold(name, stem)
    assert g["schema"] == "litx.gold/1" and g["document"] == f"{stem}.pdf" and g["facts"]
    with pdfplumber.open(pdfs(name) / g["document"]) as pdf:
        views = [[_flat(v.extract_text() or "") for v in
                  (page, page.crop((0, 0, page.width / 2, page.height)), page.crop((page.width / 2, 0, page.width, page.height)))]
                 for page in pdf.pages]
    for k, fact in enumerate(g["facts"] + g["negated"]):
        _check(fact, len(views), f"{stem} fact {k} {fact}")
        assert any(_flat(fact["text"]) in v for v in views[fact["page"] - 1]), (stem, fact)


@pytest.mark.parametrize("name, stem", PAPERS)
def test_generator_reproduces_committed_files(regenerated, name, stem):
    paper = regenerated[name][stem]
    hint = f"run python corpus/make_real.py corpus/{name}/pdfs --set {name}"
    assert paper.gold_path.read_bytes() == (ROOT / "corpus" / "gold" / name / f"{stem}.json").read_bytes(), \
        f"{stem}.json is stale: {hint}"
    assert paper.path.read_bytes() == (pdfs(name) / f"{stem}.pdf").read_bytes(), f"{stem}.pdf is stale: {hint}"


#: a clause between stops; long enough (18 Chinese characters, 40 others)
#: to be the paper's own words, not a stock phrase ("no adverse events were recorded")
_CLAUSE = re.compile(r"[^。；，;,.!?\n]+")


def _own(clause: str) -> bool:
    return len(clause) >= (18 if re.search(r"[\u4e00-\u9fff]", clause) else 40)


def _clauses() -> set[str]:
    strip = re.compile(r"\[\[([^|\]]*)\|[^\]]*\]\]")
    out = set()
    for t in TEXTS["heldout"]:
        parts = [t.title, t.abstract, *(p for p in t.body if isinstance(p, str))]
        for part in parts:
            out.update(c.strip() for c in _CLAUSE.findall(strip.sub(r"\1", part)))
    return {c for c in out if _own(c)}


def test_no_sentence_of_the_held_out_papers_is_in_the_rules_or_the_tests():
    """Tuning for these papers would show as their words in a rule file or a test."""
    clauses = _clauses()
    assert len(clauses) > 100
    here = Path(__file__).resolve()
    files = [p for p in (*ROOT.joinpath("rules").rglob("*.yaml"), *ROOT.joinpath("tests").rglob("*.py")) if p != here]
    for path in files:
        text = path.read_text(encoding="utf-8")
        copied = [c for c in clauses if c in text]
        assert not copied, f"{path.relative_to(ROOT)} holds held-out text: {copied[:2]}"
