"""One screening pass per sentence: the keys of each fact type, and what a sentence holds of them."""

from __future__ import annotations

import dataclasses

import pytest

from extractor.facts import screen as keys
from extractor.facts.pipeline import Extractor
from extractor.facts.registry import fact_types
from extractor.facts.screen import Keys, Screen
from extractor.layout.textlayer import document_from_text


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.load()


def test_a_word_is_told_by_its_rarest_part():
    said = keys.words(["n =", "infertile women", "个/kg", "IU"])
    assert "=" in said.chars  # "n" alone is in almost every sentence
    assert "infertile" in said.pieces and "women" not in said.pieces
    assert "个" in said.chars and "I" in said.chars  # no lower-cased ASCII text holds them
    assert keys.words(["   "]) is None


def test_a_whole_word_is_told_by_its_head_run():
    said = keys.whole_words(["mg/kg body weight", "ul", "毫升"])  # lower-cased, as a lower-cased text holds them
    assert said.runs == frozenset({"mg", "ul"})
    assert "毫" in said.chars


def test_a_piece_stands_inside_a_run_of_the_text():
    screen = Screen({"t": Keys(pieces=frozenset({"men", "inject", "ovar"}))})
    held = screen.holds("Women were reinjected twice.", frozenset())
    # (the pieces held are found with the grammars' own: those of other callers may be among them)
    assert {"men", "inject"} <= held.pieces and "ovar" not in held.pieces
    assert screen.holds("Frauen wurden zweimal behandelt, 每组", frozenset()) is None  # not ASCII


def test_a_type_opens_on_any_of_its_keys():
    screen = Screen({"t": Keys(pieces=frozenset({"inject"}), runs=frozenset({"ml"}), kinds=frozenset({"route"}))})
    scope = None  # no grammar and no test of the scope among these keys
    closed = screen.holds("The ovaries were examined.", frozenset())
    assert not screen.opens("t", closed, scope)
    assert screen.opens("t", screen.holds("Cells were injected.", frozenset()), scope)
    assert screen.opens("t", screen.holds("A volume of 2 ml.", frozenset()), scope)
    assert not screen.opens("t", screen.holds("Two html pages.", frozenset()), scope)  # "ml" is no whole run there
    assert screen.opens("t", screen.holds("Given as described.", frozenset({"route"})), scope)
    assert screen.opens("other", closed, scope)  # a type without keys reads every sentence


def test_a_grammar_screen_says_what_may_find_says(extractor):
    texts = [
        "Patients were followed up for 12 months after the last injection.",
        "The ovaries were examined at week 4.",
        "Serum FSH decreased in the cell group.",
        "Results are shown in Table 2.",
        "Bone marrow-derived mesenchymal stem cells were injected into the left ovary.",
    ]
    for name, grammar in extractor.rules.grammars.items():
        compiled = grammar.compiled
        for kind in ("fact", "veto"):
            told = compiled.ascii_screen(kind)
            for text in texts:
                mentions = tuple(extractor.matcher.match(text, "en"))
                runs = keys.letter_runs(text)
                kinds = frozenset(m.kind for m in mentions)
                assert told.opens(text, runs, kinds) == compiled.may_find(text, kind, mentions=mentions), (name, kind, text)


SENTENCES = """Forty-two women with premature ovarian insufficiency were enrolled and randomly assigned to two groups of 21.
Each woman received two intraovarian injections of 5 × 10^6 bone marrow-derived MSCs (BM-MSCs) under transvaginal ultrasound guidance.
Serum FSH decreased and AMH increased 3 months after the second injection.
Patients were followed up for 12 months; 3x weekly visits were not needed.
mBMSCs and BM-MSCs were given intravenously at 2 mg/kg once.
The weather was mild and nothing else happened here.
Rats (n = 8 per group) received 1 ml of saline via the tail vein."""


def test_the_screen_changes_no_fact(extractor):
    """Passing over the sentences the keys turn down finds what reading every sentence finds."""
    doc = document_from_text(SENTENCES)
    screened = extractor.facts(doc)
    unscreened = dataclasses.replace(extractor, screen=Screen({}))
    everything = unscreened.facts(document_from_text(SENTENCES))

    def seen(facts):
        return sorted((f.type, f.evidence.start, f.evidence.end, str(f.value), f.arm) for f in facts)

    assert screened and seen(screened) == seen(everything)


def test_every_type_with_a_quick_test_can_be_screened(extractor):
    for declared in fact_types():
        if declared.screen is not None:
            assert declared.may_hold is not None, declared.name
            assert declared.name in extractor.screen.keys
