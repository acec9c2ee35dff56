"""Which characters are Chinese: the one test litx uses."""

from __future__ import annotations


def has_cjk(text: str) -> bool:
    """Does ``text`` hold a CJK ideograph (U+3400–U+9FFF)?"""
    return any("\u3400" <= ch <= "\u9fff" for ch in text)
