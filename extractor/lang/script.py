"""Which characters are Chinese: the tests litx uses, in one place.

Two questions, two answers:

* :func:`is_ideograph` / :data:`IDEOGRAPHS`: a Han character (the CJK
  Unified Ideographs with extension A and the supplementary planes, and the
  compatibility ideographs).  Language, terms and tokens are decided by it:
  a term holding one is a Chinese term.
* :func:`is_cjk`: any character of Chinese (or Japanese) *text*: ideographs
  and also radicals, CJK punctuation, kana and full-width forms.  The layout
  uses it for spacing: no space is written between two such characters.
"""

from __future__ import annotations

import re

#: a regular-expression character range of the ideographs
IDEOGRAPHS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff"
IDEOGRAPH = re.compile(f"[{IDEOGRAPHS}]")

_CJK_TEXT_RANGES = (
    ("\u2e80", "\u2fdf"),  # radicals
    ("\u3000", "\u303f"),  # CJK punctuation
    ("\u3040", "\u30ff"),  # kana
    ("\u3400", "\u4dbf"),
    ("\u4e00", "\u9fff"),
    ("\uf900", "\ufaff"),
    ("\uff00", "\uffef"),  # full-width forms
)


def is_ideograph(ch: str) -> bool:
    """Is the first character of ``ch`` a Han ideograph?"""
    return bool(ch) and IDEOGRAPH.match(ch) is not None


def has_cjk(text: str) -> bool:
    """Does ``text`` hold an ideograph?"""
    return IDEOGRAPH.search(text) is not None


def is_cjk(ch: str) -> bool:
    """Is the first character of ``ch`` one of Chinese text (ideograph, radical,
    CJK punctuation, kana or full-width form)?"""
    if not ch:
        return False
    c = ch[0]
    if c < "\u2e80":  # Latin, Greek, symbols: the common case, decided at once
        return False
    if c >= "\U00020000":
        return True
    return _CJK_TEXT.match(c) is not None


#: one character of :data:`_CJK_TEXT_RANGES` (a regular expression tests it
#: several times faster than a loop over the ranges)
_CJK_TEXT = re.compile("[" + "".join(f"{lo}-{hi}" for lo, hi in _CJK_TEXT_RANGES) + "]")
