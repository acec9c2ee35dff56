"""Language and sentences of a paragraph: pure functions over strings.

This runs on every paragraph of every PDF, so it is a handful of regular
expressions and a single left-to-right scan; no spaCy, no jieba.

Sentence boundaries, in short (details in :func:`split_sentences`):

* Chinese terminators ``。！？；`` (and ``｡``) always end a sentence, in any
  text, unless they sit inside brackets or quotes.
* ``.`` / ``．`` / ``!`` / ``?`` end a sentence when followed by whitespace and
  something that can start one (a capital, a digit, an opening bracket or
  quote, a CJK ideograph, a Greek letter, a mixed-case word such as
  ``hUC-MSCs`` or ``mRNA``), or directly by a CJK ideograph.  Abbreviations
  (:data:`ABBREVIATIONS`) and enumerators (``1.``, ``2.1.``, ``Table 2.``)
  do not end sentences.
* A half-width ``;`` ends a sentence only in Chinese text, and only next to
  Chinese (see :func:`split_sentences`).
* Whatever closes right after the terminator (quotes, brackets) and a
  citation marker (``^[12]``, ``^[4-6]``, ``^{14,15}``, ``^23``, or ``[12]``
  glued to the terminator) stay with the sentence before.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..lang.script import IDEOGRAPHS, is_ideograph
from .document import Lang

__all__ = [
    "ABBREVIATIONS",
    "CLAUSE_OPENERS",
    "detect_language",
    "sentences",
    "split_sentences",
]

# ---------------------------------------------------------------------------
# language

_CJK = IDEOGRAPHS
_CJK_RE = re.compile(f"[{_CJK}]")
# ASCII letters and the accented Latin letters of Latin-1 / Latin Extended-A/B
# (× U+00D7 and ÷ U+00F7 sit in that block but are not letters).
_LATIN_RE = re.compile("[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]")

#: share of CJK ideographs among ideographs + Latin letters from which a text
#: is Chinese.  An ideograph carries about as much as a 3–5 letter English
#: word, so a Chinese sentence with several English abbreviations or a spelled
#: out English term in brackets still sits well above this.
ZH_MIN_SHARE = 0.15
#: ... or this many ideographs in a short text (fewer than
#: :data:`SHORT_TEXT_LATIN` Latin letters): ``卵泡刺激素(follicle-stimulating
#: hormone, FSH)`` is Chinese even though letters outnumber ideographs.
ZH_MIN_IDEOGRAPHS = 4
SHORT_TEXT_LATIN = 60


def detect_language(text: str) -> Lang:
    """``Lang.ZH`` or ``Lang.EN`` for a paragraph, sentence or heading.

    The rule: count CJK ideographs (U+3400–U+9FFF, U+F900–U+FAFF,
    U+20000–U+3FFFF) and Latin letters (ASCII and accented) outside round
    brackets, where glosses in the other language sit (``卵泡刺激素
    (follicle-stimulating hormone, FSH)``, ``…Chinese cohort (中华妇产科杂志)``);
    if nothing is left outside brackets, count the whole text.  The text is
    Chinese when

    * ideographs are at least 15 % of ideographs + letters
      (:data:`ZH_MIN_SHARE`), or
    * it has at least 4 ideographs and fewer than 60 Latin letters
      (:data:`ZH_MIN_IDEOGRAPHS`, :data:`SHORT_TEXT_LATIN`).

    Everything else is English, including empty, numeric and punctuation-only
    text.  So ``经卵巢注射脐带MSC后FSH和AMH水平改善`` is Chinese, and an English
    sentence quoting a Chinese name in brackets stays English.
    """
    if not _CJK_RE.search(text):
        return Lang.EN
    outside = _BRACKETED_RE.sub(" ", text)
    cjk, latin = _count(outside)
    if cjk + latin == 0:
        cjk, latin = _count(text)
    if cjk == 0:
        return Lang.EN
    if cjk >= ZH_MIN_SHARE * (cjk + latin):
        return Lang.ZH
    if cjk >= ZH_MIN_IDEOGRAPHS and latin < SHORT_TEXT_LATIN:
        return Lang.ZH
    return Lang.EN


def _count(text: str) -> tuple[int, int]:
    """(CJK ideographs, Latin letters) in text, matched as runs (fast)."""
    cjk = sum(map(len, _CJK_RUN_RE.findall(text)))
    latin = sum(map(len, _LATIN_RUN_RE.findall(text)))
    return cjk, latin


_CJK_RUN_RE = re.compile(f"[{_CJK}]+")
_LATIN_RUN_RE = re.compile(_LATIN_RE.pattern + "+")
_BRACKETED_RE = re.compile(r"\([^()]*\)|（[^（）]*）")


# ---------------------------------------------------------------------------
# abbreviations
#
# A word is looked up as written (the letters and inner dots before the
# final "."), and, when it is capitalised, also in lower case ("Fig." finds
# "fig", "E.g." finds "e.g").  Entries spelled with a capital only match that
# way, so "Ms." (title) is not "ms." (milliseconds), "No." is not "NO."
# (nitric oxide) and "Co." is not "CO.".

#: Never end a sentence: these always announce more words (a number, a
#: name, an example).  "Fig. 2", "e.g. hUC-MSCs", "vs. control", "approx. 5",
#: "No. 3", "Dr. Li", "pp. 12–19".
CONTINUING = frozenset(
    {
        # Latin connectives that introduce an example or a comparison
        "e.g", "i.e", "cf", "vs", "viz",
        # references to parts of a paper, always followed by a number
        "fig", "figs", "eq", "eqs", "ref", "refs", "tab", "vol", "pp", "No", "Nos",
        # approximations, always followed by a quantity
        "approx", "ca", "incl",
        # routes written as Latin abbreviations, followed by the drug:
        # "250 mcg of i.v. ACTH", "5 mg/kg i.p. LPS"
        "i.v", "i.p", "s.c", "p.o", "i.m",
        # titles, always followed by a name
        "Dr", "Mr", "Mrs", "Ms", "Prof", "St",
    }
)

#: Often end a sentence ("incubated for 30 min. Cells were…", "Lactobacillus
#: spp. The…"), rarely followed by a capital inside one: a boundary only
#: when whitespace and a capital letter follow, and the next word is not an
#: abbreviation itself ("Co. Ltd.").  Dotted lower-case words not listed
#: anywhere ("i.p.", "a.m.") are treated the same way.
MAY_END = frozenset(
    {
        # units and ranges that close a measurement
        "min", "max", "sec",
        # "respectively", "et cetera" close an enumeration
        "resp", "etc",
        # company suffixes close an address ("Sigma-Aldrich Co. Ltd.")
        "Inc", "Ltd", "Co", "Corp", "Jr",
        # species ranks close a taxon ("Bacillus sp.")
        "sp", "spp",
        # dosing routes and times, written as dotted lower-case words
        "i.v", "i.p", "s.c", "i.m", "a.m", "p.m",
    }
)

#: Name-like: "et al.", single capital initials ("J. Smith", "Smith C A.")
#: and dotted capitals ("U.S.", "U.K.").  They are followed by capitalised
#: words inside a sentence ("U.S. Food and Drug Administration", "J. Smith"),
#: and also end sentences ("…reported by Yan et al. The next…").  Decision:
#: a boundary only when the next word is a clause opener
#: (:data:`CLAUSE_OPENERS`); "Yan et al. reported", "Yan et al. (2019)",
#: "Yan et al.^[3] found", "Yan et al. Stem Cell Res Ther" do not split.
NAME_LIKE = frozenset({"et al"})

#: Every abbreviation the splitter knows, for callers and tests.
ABBREVIATIONS = CONTINUING | MAY_END | NAME_LIKE

#: Capitalised words that start a new clause in scientific English: after a
#: name-like abbreviation, only these make a boundary.
CLAUSE_OPENERS = frozenset(
    {
        "A", "An", "The", "This", "These", "That", "Those", "There", "Their",
        "It", "Its", "We", "Our", "Here", "Such", "Both", "Each", "All", "Some",
        "Many", "Most", "Several", "No", "None", "Neither", "One", "Other",
        "Another", "In", "On", "At", "As", "After", "Before", "During", "Under",
        "Among", "Between", "To", "For", "With", "Without", "By", "From", "Of",
        "When", "While", "Whereas", "Where", "Although", "Though", "Since",
        "Because", "If", "Unlike", "Despite", "Given", "Based", "Following",
        "Compared", "According", "However", "Moreover", "Furthermore",
        "Additionally", "Further", "Therefore", "Thus", "Hence",
        "Consequently", "Accordingly", "Nevertheless", "Nonetheless", "Indeed",
        "Notably", "Interestingly", "Importantly", "Similarly", "Likewise",
        "Conversely", "Meanwhile", "Finally", "First", "Firstly", "Second",
        "Secondly", "Third", "Lastly", "Overall", "Together", "Taken",
        "Collectively", "Consistent", "Recently", "Previously", "Currently",
        "Then", "Next", "Also", "Later", "Subsequently",
    }
)


def _abbreviation_class(text: str, dot: int) -> str | None:
    """'continuing', 'may_end', 'name' or None for the word before text[dot]."""
    m = _WORD_BEFORE_RE.search(text, max(0, dot - 24), dot)
    word = m.group(0).strip(".") if m else ""
    if not word:
        return None
    if word == "al" and _ET_AL_RE.search(text, max(0, dot - 8), dot):
        return "name"
    title = word[0].isupper() and (len(word) == 1 or word[1:].islower())
    lower = word.lower()
    if word in CONTINUING or (title and lower in CONTINUING):
        return "continuing"
    if word in MAY_END or (title and lower in MAY_END):
        return "may_end"
    start = m.start()
    before = text[start - 1] if start > 0 else " "
    if len(word) == 1 and word.isupper() and not (before.isalnum() or before in "°'’"):
        return "name"  # an initial: "J. Smith", "Smith C A."
    if "." in word:
        if word.replace(".", "").isupper():
            return "name"  # "U.S", "U.K", "J.K"
        return "may_end"  # "i.p", "b.i.d"
    return None


# letters and inner dots right before a "."; anchored at the dot
_WORD_BEFORE_RE = re.compile(r"[A-Za-z][A-Za-z.]*$")
_ET_AL_RE = re.compile(r"\bet\s+al$")

# ---------------------------------------------------------------------------
# sentences

#: brackets and quotes that protect what they enclose; ‘’ and ASCII quotes
#: are not tracked (’ doubles as an apostrophe, " has no direction).
_PAIRS = {
    ")": "(", "）": "（", "]": "[", "】": "【", "}": "{", "｝": "｛", "］": "［",
    "〕": "〔", "”": "“", "」": "「", "』": "『", "》": "《", "〉": "〈",
}
_OPENERS = frozenset(_PAIRS.values())
_BRACKET_RE = re.compile("[" + re.escape("".join(_PAIRS) + "".join(_OPENERS)) + "]")
#: a "bracket" longer than this is taken for a PDF mismatch (a lost ")"
#: pairing with a later one) and protects nothing
MAX_BRACKET_SPAN = 300

# Chinese terminators (split wherever they are not protected); ． and . are
# the same (some Chinese journals print ． as a full stop).
_ZH_TERMINATORS = "。！？；｡"
_CANDIDATE_RE = re.compile(r"[。！？；｡．.!?;]")
_TERMINATOR_RUN = frozenset("。！？｡．.!?…")
_CLOSERS = frozenset(")）]】}｝］〕”」』》〉’\"'")
_CITATION_RE = re.compile(
    r"\^\[[^\[\]\n]{1,40}\]"  # ^[23], ^[4-6], ^[8, 10, 13]
    r"|\^\{[^{}\n]{1,40}\}"  # ^{14,15}
    r"|\^\d+(?:\s*[,，\-–—~]\s*\d+)*"  # ^23, ^4-6
)
_BARE_CITATION_RE = re.compile(r"\[\s*\d+(?:\s*[,，、\-–—~]\s*\d+)*\s*\]")  # [12] glued to the "."
_MIXED_CASE_RE = re.compile(r"[a-z]{1,6}[A-Z0-9]")  # hUC-MSCs, mRNA, iPSCs, p53, miR-21
_OPENING = frozenset("([{（【［｛〔“‘\"'「『《〈")
_GREEK = re.compile("[\u0370-\u03ff]")
# a sentence so far that is only an enumerator or a caption label
_ENUMERATOR_RE = re.compile(
    r"[(（]?(?:\d+(?:[.．]\d+)*|[A-Za-z]|[IVXivx]{1,4})[)）]?"
    r"|(?:Table|Figure|Fig|Tab|Supplementary Table|表|图|附表|附图)\s*[.．]?\s*[A-Z]?\d+[A-Za-z]?"
)
_ZH_PUNCT = frozenset("，。、；：！？（）【】“”《》「」")


_is_cjk = is_ideograph


def _protected_spans(text: str) -> tuple[list[int], list[int]]:
    """Outermost matched bracket/quote pairs as sorted (opens, closes) lists."""
    stack: list[tuple[str, int]] = []
    pairs: list[tuple[int, int]] = []
    for m in _BRACKET_RE.finditer(text):
        ch, i = m.group(), m.start()
        if ch in _OPENERS:
            stack.append((ch, i))
            continue
        want = _PAIRS[ch]
        for depth in range(len(stack) - 1, -1, -1):
            if stack[depth][0] == want:
                o = stack[depth][1]
                del stack[depth:]  # openers left open inside are unmatched
                if i - o <= MAX_BRACKET_SPAN:
                    pairs.append((o, i))
                break
        # a closer with no opener (list items "1)", a lost "(") is ignored
    pairs.sort()
    opens: list[int] = []
    closes: list[int] = []
    for o, c in pairs:
        if closes and o < closes[-1]:
            continue  # nested in the previous outermost pair
        opens.append(o)
        closes.append(c)
    return opens, closes


def _inside(cut: int, opens: list[int], closes: list[int]) -> bool:
    """True if a cut before text[cut] falls inside a protected pair."""
    k = bisect_right(opens, cut - 1) - 1
    return k >= 0 and closes[k] >= cut


def split_sentences(text: str, lang: Lang | None = None) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of ``text``.

    Every non-space character of ``text`` is in exactly one span; spans
    exclude leading and trailing whitespace; newlines are whitespace.
    ``lang`` (detected when None, and only if needed) matters for one thing,
    the half-width semicolon.

    Boundaries:

    * ``。！？；｡`` end a sentence (any language).
    * ``.`` ``．`` ``!`` ``?`` end a sentence when followed by whitespace and a
      capital, digit, opening bracket or quote, CJK ideograph, Greek letter
      or mixed-case word (``hUC-MSCs``, ``mRNA``, ``p53``), or directly by a
      CJK ideograph (``改善.随后``); a ``.`` right after an ideograph also
      before a digit, a capital or a mixed-case word glued to it
      (``每组10只.10只小鼠``, ``显著.FSH下降``: a Chinese full stop printed
      half-width).  Never within a number (``3.5``,
      ``1.5×10^7``); ``10^6.`` at the end of a sentence does end it.
    * Not after an abbreviation: :data:`CONTINUING` never,
      :data:`MAY_END` only before whitespace + capital, name-like words
      ("et al.", initials, "U.S.") only before a word of
      :data:`CLAUSE_OPENERS`.  Not after a sentence that would be only an
      enumerator or a caption label (``1.``, ``2.1.``, ``(a).``, ``Table 2.``,
      ``图1.``).
    * Half-width ``;``: in Chinese text only, and only when the nearest
      non-space character before or after it is Chinese (an ideograph or
      Chinese punctuation): some journals print ``；`` as ``;``, so
      ``…(premature ovarian insufficiency, POI);卵泡刺激素(…)`` splits into
      one sentence per definition, while ``IL-6; TNF-α`` in a Chinese
      paragraph and every ``;`` in English text do not split.
    * Nothing inside matched brackets or quotes (``()（）[]【】{}“”「」『』《》``…)
      splits, except that a terminator followed directly by the closers
      that end the bracket ends the sentence after them:
      ``他说：“好。”随后…`` → ``他说：“好。”`` + ``随后…``.  A pair spanning more
      than :data:`MAX_BRACKET_SPAN` characters is taken for a PDF mismatch
      and ignored.
    * Closing quotes/brackets right after the terminator, then citation
      markers (``^[23]``, ``^[4-6]``, ``^{14,15}``, ``^23``, even after a space;
      ``[12]`` only when glued to the terminator), belong to the sentence
      before.
    """
    n = len(text)
    cuts: list[int] = []
    opens: list[int] | None = None
    closes: list[int] = []
    is_zh: bool | None = None if lang is None else lang == Lang.ZH
    sent_start = 0
    pos = 0
    while True:
        m = _CANDIDATE_RE.search(text, pos)
        if m is None:
            break
        i = m.start()
        ch = text[i]
        # the run of terminators ("?!", "...", "。”" handled below)
        j = i + 1
        if ch in _TERMINATOR_RUN:
            while j < n and text[j] in _TERMINATOR_RUN:
                j += 1
        pos = j
        if j < n and ch not in _ZH_TERMINATORS and ch != ";":
            nx = text[j]
            if not (nx.isspace() or nx in _CLOSERS or nx in "^[" or _is_cjk(nx) or _chinese_stop(text, i, j)):
                continue  # "e.g", "3.5", "U.S", "x.org": glued to the next word
        if ch == ";":
            if is_zh is None:
                is_zh = detect_language(text) == Lang.ZH
            if not is_zh or not _semicolon_splits(text, i):
                continue
        # closers, then citation markers, stay with this sentence
        e = j
        while e < n and text[e] in _CLOSERS:
            e += 1
        cited = False
        while True:
            k = e
            while k < n and text[k].isspace():
                k += 1
            c = _CITATION_RE.match(text, k) or (k == e and _BARE_CITATION_RE.match(text, e))
            if not c:
                break
            e = c.end()
            cited = True
        if e >= n:
            break  # the last sentence: nothing to cut
        if opens is None:
            opens, closes = _protected_spans(text)
        if opens and _inside(e, opens, closes):
            continue
        if ch not in _ZH_TERMINATORS and ch != ";":
            if not _latin_stop_splits(text, i, e, sent_start, cited):
                continue
        cuts.append(e)
        sent_start = e
        pos = max(pos, e)
    # spans between cuts, whitespace trimmed, empty ones dropped
    spans: list[tuple[int, int]] = []
    start = 0
    for end in cuts + [n]:
        a, b = start, end
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            spans.append((a, b))
        start = end
    return spans


def _semicolon_splits(text: str, i: int) -> bool:
    k = i - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    if k >= 0 and (_is_cjk(text[k]) or text[k] in _ZH_PUNCT):
        return True
    k = i + 1
    while k < len(text) and text[k].isspace():
        k += 1
    return k < len(text) and (_is_cjk(text[k]) or text[k] in _ZH_PUNCT)


def _latin_stop_splits(text: str, i: int, e: int, sent_start: int, cited: bool) -> bool:
    """Whether ``.``/``．``/``!``/``?`` at text[i] (sentence material up to e) ends a sentence."""
    k = e
    while k < len(text) and text[k].isspace():
        k += 1
    if k >= len(text):
        return False  # only whitespace follows: nothing to cut off
    spaced = k > e or cited
    nxt = text[k]
    if i - sent_start <= 40 and _ENUMERATOR_RE.fullmatch(text[sent_start:i].strip()):
        return False
    kind = _abbreviation_class(text, i) if text[i] in ".．" else None
    if kind == "continuing":
        return False
    if kind == "may_end":
        if not (spaced and nxt.isupper()):
            return False
        w = _NEXT_WORD_RE.match(text, k)
        return not (w and text.startswith(".", w.end()) and w.group() in ABBREVIATIONS)
    if kind == "name":
        w = _NEXT_WORD_RE.match(text, k)
        # "J. A. Smith": a capital followed by "." is another initial
        return spaced and bool(w) and w.group() in CLAUSE_OPENERS and not text.startswith(".", w.end())
    if _is_cjk(nxt) or (not spaced and _chinese_stop(text, i, k)):
        return True
    if not spaced:
        return False
    if nxt.isupper() or nxt.isdigit() or nxt in _OPENING or _GREEK.match(nxt):
        return True
    return bool(_MIXED_CASE_RE.match(text, k))


_NEXT_WORD_RE = re.compile(r"[A-Za-z]+")


def _chinese_stop(text: str, i: int, k: int) -> bool:
    """A half-width full stop used as Chinese ``。``: right after an ideograph
    and glued to what starts the next sentence, a digit, a capital or a
    mixed-case word (``每组10只.10只小鼠…``, ``…显著.FSH下降``, ``…移植.hUC-MSCs…``).
    After a digit or a Latin letter it is a decimal point or part of a name."""
    if text[i] not in ".．" or i == 0 or not _is_cjk(text[i - 1]) or k >= len(text):
        return False
    nxt = text[k]
    return nxt.isdigit() or nxt.isupper() or bool(_MIXED_CASE_RE.match(text, k))


def sentences(text: str, lang: Lang | None = None) -> list[str]:
    """The sentences of ``text`` as strings (see :func:`split_sentences`)."""
    return [text[a:b] for a, b in split_sentences(text, lang)]
