"""Numbers as papers and reviewers write them, and as people read them back.

:func:`parse_number` reads every form the extractor finds in a paper (and a
reviewer types in the review form): ``4,000,000``, ``5×10^6``, ``10⁶``,
``5e6``, ``500万``, ``5 million``, ``两千万``, ``twenty-eight``.  The
regular expressions of those forms are shared with the quantity grammar
(:mod:`extractor.facts.quantities`), so what is found is what is parsed.
"""

from __future__ import annotations

import math
import re
from typing import Any, Mapping


_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "俩": 2, "三": 3, "四": 4,
              "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_SMALL = {"十": 10, "百": 100, "千": 1000}
_EN_ONES = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen".split())}
_EN_TENS = {w: 10 * (i + 2) for i, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split())}
_EN_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
_EN_ORDINALS = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split())}
#: number words that multiply the number before them ("5 million", "500万")
_BUILTIN_MULTIPLIERS = {"万": 1e4, "亿": 1e8, "百": 1e2, "千": 1e3,
                        "thousand": 1e3, "million": 1e6, "billion": 1e9}
_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_GROUPING = re.compile(r"[,\s\u2009\u202f\u00a0]")
_SUP_TABLE = str.maketrans(_SUPERSCRIPTS + "⁻⁺−–", "0123456789-+--")

# thousands grouped by commas (4,000,000) or by a (thin) space (10 000)
_DEC = r"(?:\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|(?<!and\s)(?<!or\s)(?<!to\s)(?<![,，、]\s)\d{1,3}(?:[ \u2009\u202f\u00a0]\d{3})+(?![\d.,]?\d)|\d+(?:\.\d+)?)"
# (a full stop stands for the dot of multiplication before a power of ten: "2.10^6 cells")
_TIMES = rf"\s*(?:[×xX*✕⋅·]|\.(?=10\s*(?:\^|⁻?[{_SUPERSCRIPTS}])))\s*"
_EXP = rf"10\s*(?:\^\s*(?:\{{\s*[-−–]?\s*\d+\s*\}}|[-−–]?\d+)|⁻?[{_SUPERSCRIPTS}]+)"
#: what every power of ten (_EXP) begins with
_POWER_OF_TEN = re.compile(rf"10\s*(?:\^|⁻?[{_SUPERSCRIPTS}])")
#: the characters a Chinese numeral starts with (each alone is one)
_CN_NUM_FIRST = "一二两三四五六七八九十"
_CN_NUM = rf"(?:[{_CN_NUM_FIRST}][零〇{_CN_NUM_FIRST}百千万亿]*)"
_EN_WORD = "|".join(sorted([*_EN_ONES, *_EN_TENS], key=len, reverse=True))
# (the look-ahead on first letters lets most positions fail at once)
# ("one hundred and twenty": "and" only after hundred or thousand, so that
# "one and two" stays two numbers)
_EN_NUM = (rf"(?i:\b(?=[otfsenz])(?:{_EN_WORD})(?:[\s-]+(?:{_EN_WORD}|hundred|thousand|million|billion)"
           rf"|(?<=hundred)\s+and\s+(?:{_EN_WORD})(?:[\s-]+(?:{_EN_WORD}))?)*\b)")
_EN_ORD = "|".join(_EN_ORDINALS)
_LATIN_MULT = r"(?i:million|billion|thousand)"

# whole-string forms, for parse_number
_SCI_FULL = re.compile(rf"(?:(?P<m>{_DEC}){_TIMES})?(?P<e>{_EXP})")
_E_FULL = re.compile(r"[+-]?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?")
_MULT_FULL = re.compile(rf"(?P<m>{_DEC})(?P<w>(?:\s*(?:[百千万亿]|{_LATIN_MULT}))+)")
_MULT_WORD = re.compile(rf"[百千万亿]|{_LATIN_MULT}")


def _dec(text: str) -> float:
    try:
        return float(text)  # most numbers: no grouping (float() never sees a comma or an inner space here)
    except ValueError:
        return float(_GROUPING.sub("", text))


def _exp_value(exp: str) -> int:
    """``10^6``, ``10^{-3}``, ``10⁶`` → the exponent."""
    digits = exp[2:].translate(_SUP_TABLE)
    return int(re.sub(r"[\s^{}]", "", digits))


def _cn_value(text: str) -> float | None:
    """Chinese numerals: 二十 → 20, 两千万 → 2e7, 一亿五千万 → 1.5e8."""
    total = section = digit = 0
    for ch in text:
        if ch in _CN_DIGITS:
            digit = _CN_DIGITS[ch]
        elif ch in _CN_SMALL:
            section += (digit or 1) * _CN_SMALL[ch]  # 十二: a bare 十 is ten
            digit = 0
        elif ch == "万":
            total += (section + digit or 1) * 10_000
            section = digit = 0
        elif ch == "亿":
            total = (total + section + digit or 1) * 100_000_000
            section = digit = 0
        else:
            return None
    return float(total + section + digit)


def _en_value(text: str) -> float | None:
    """English number words: 'twenty-eight' → 28, 'five million' → 5e6."""
    total = current = 0.0
    for word in re.split(r"[\s-]+", text.strip().lower()):
        if word in ("and", ""):
            continue
        if word == "a":
            current = 1
        elif word in _EN_ONES:
            current += _EN_ONES[word]
        elif word in _EN_TENS:
            current += _EN_TENS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in _EN_SCALES:
            total += (current or 1) * _EN_SCALES[word]
            current = 0
        else:
            return None
    return total + current


def _multiplier(words: str) -> float:
    """Product of a multiplier chain: '百万' → 1e6, ' million' → 1e6."""
    factor = 1.0
    for m in _MULT_WORD.finditer(words):
        factor *= _BUILTIN_MULTIPLIERS[m.group().lower()]
    return factor


def parse_number(text: str, multipliers: Mapping[str, float] | None = None) -> float | None:
    """The value of a written number, or None when ``text`` is not one.

    Arabic (``4,000,000``, ``1.5``), powers of ten (``5×10^6``, ``5 x 10^6``,
    ``5*10^6``, ``10^{7}``, ``5×10⁶``), E notation (``5E6``, ``5e+06``),
    multipliers (``500万``, ``5百万``, ``1.5亿``, ``5 million``), Chinese
    (``两千万``, ``二十``) and English (``five million``) numerals.
    ``multipliers`` adds surface → factor pairs (from the vocab) to the
    built-in 万/亿/million/….
    """
    s = text.strip()
    if not s:
        return None
    if m := _SCI_FULL.fullmatch(s):
        mantissa = _dec(m["m"]) if m["m"] else 1.0
        return mantissa * 10.0 ** _exp_value(m["e"])
    if _E_FULL.fullmatch(s.replace(",", "")) and (("," not in s) or re.fullmatch(_DEC, s)):
        return float(s.replace(",", ""))
    if m := _MULT_FULL.fullmatch(s):
        return _dec(m["m"]) * _multiplier(m["w"])
    if multipliers:
        for word, factor in sorted(multipliers.items(), key=lambda kv: -len(kv[0])):
            head = s[: -len(word)].strip() if s.endswith(word) else None
            if head and (base := parse_number(head)) is not None:
                return base * factor
    if re.fullmatch(_CN_NUM + r"|[零〇]", s):
        return _cn_value(s)
    if re.fullmatch(r"[a-zA-Z][a-zA-Z\s-]*", s):
        return _en_value(s)
    return None


def format_number(x: Any) -> str:
    """``5000000.0`` → ``5×10^6``, ``15000000`` → ``1.5×10^7``, ``116.0`` → ``116``."""
    if isinstance(x, bool) or not isinstance(x, (int, float)):
        return "" if x is None else str(x)
    if not math.isfinite(x):
        return str(x)
    if x != 0 and abs(x) >= 1e4:
        exp = int(math.floor(math.log10(abs(x))))
        mantissa = round(x / 10**exp, 6)
        if abs(mantissa) >= 10:
            mantissa, exp = round(mantissa / 10, 6), exp + 1
        m = f"{mantissa:.6f}".rstrip("0").rstrip(".")
        return f"{m}×10^{exp}"
    if float(x).is_integer():
        return str(int(x))
    return f"{x:.6g}"
