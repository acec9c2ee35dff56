"""The language layer: one test for Chinese characters, one numeral parser,
one trie builder, shared by the layout, the matchers and the review form."""

from __future__ import annotations

import re

import pytest

from extractor.lang.numerals import format_number, parse_number
from extractor.lang.script import has_cjk, is_cjk, is_ideograph
from extractor.lang.trie import trie_pattern
from extractor.review.values import parse_number as parse_typed


@pytest.mark.parametrize("ch, ideograph, text", [
    ("脐", True, True),
    ("㐀", True, True),       # extension A
    ("𠀀", True, True),       # a supplementary-plane ideograph
    ("豈", True, True),       # a compatibility ideograph
    ("，", False, True),      # full-width comma: Chinese text, no ideograph
    ("。", False, True),
    ("⺀", False, True),       # a radical
    ("A", False, False),
    ("µ", False, False),
    ("", False, False),
])
def test_one_test_for_chinese_characters(ch, ideograph, text):
    assert is_ideograph(ch) is ideograph
    assert is_cjk(ch) is text


def test_has_cjk_asks_for_an_ideograph():
    assert has_cjk("经卵巢注射MSC") and not has_cjk("FSH，LH") and not has_cjk("")


@pytest.mark.parametrize("text, value", [
    ("5×10^6", 5e6), ("5 x 10^{6}", 5e6), ("10⁶", 1e6), ("5e6", 5e6), ("1,500,000", 1.5e6),
    ("500万", 5e6), ("1.5亿", 1.5e8), ("5 million", 5e6), ("两千万", 2e7), ("二十", 20), ("twenty-eight", 28),
    ("2.10^6", 2e6), ("2.10", 2.1),
])
def test_the_extractor_and_the_review_form_read_the_same_numbers(text, value):
    assert parse_number(text) == pytest.approx(value)
    assert parse_typed(text) == pytest.approx(value)


def test_a_review_form_value_that_is_no_number_is_kept_for_the_model_to_refuse():
    assert parse_number("about five") is None
    assert parse_typed("about five") == "about five"


@pytest.mark.parametrize("value, text", [(5e6, "5×10^6"), (1.5e7, "1.5×10^7"), (116.0, "116"), (0.5, "0.5")])
def test_format_number(value, text):
    assert format_number(value) == text
    assert parse_number(text) == pytest.approx(value)


def test_trie_pattern_finds_the_longest_term():
    rx = re.compile(trie_pattern(["MSC", "MSCs", "hUC-MSC", "脐带MSC"]))
    assert [m.group() for m in rx.finditer("hUC-MSCs and 脐带MSC, MSCs")] == ["hUC-MSC", "脐带MSC", "MSCs"]


def test_trie_pattern_writes_characters_as_the_caller_asks():
    rx = re.compile(trie_pattern(["cells per kg"], lambda ch, first: r"\s+" if ch == " " else re.escape(ch)))
    assert rx.fullmatch("cells  per\nkg")


def test_trie_pattern_writes_what_must_follow_where_a_term_ends():
    # a term ending with a letter is not followed by one; a longer term may still go on
    rx = re.compile(trie_pattern(["rat", "rats", "rat-"], end=lambda ch: "(?![a-z])" if ch.isalpha() else ""))
    assert [m.group() for m in rx.finditer("ratio; rats, rat-1; rat")] == ["rats", "rat-", "rat"]
    assert rx.search("ratio") is None
