"""Tokens: spaCy blank pipelines, jieba for Chinese.

One English and one Chinese pipeline per process, built on first use
(``spacy.blank("en")``; ``spacy.blank("zh")`` with the jieba segmenter).  No
trained model is ever loaded.  :class:`Tokenizers` adds the rule
dictionaries' Chinese terms to jieba so that they stay single tokens.

What a caller should know:

* ``token.idx`` indexes the text given, in both languages (``doc.text`` is
  the text, whitespace included).
* jieba's dictionary is process-wide: spaCy's Chinese tokenizer calls the
  global ``jieba`` module, so terms added by any :class:`Tokenizers` apply to
  all Chinese tokenization in the process.  spaCy does not save jieba's user
  dictionary with a pipeline, which is why the terms are added in code each
  time a :class:`Tokenizers` is built (on its first Chinese text).
* Only terms holding a CJK ideograph and made only of characters jieba keeps
  in one block (ideographs, ASCII letters and digits, ``+#&._%-``) get a jieba
  entry (:attr:`Tokenizers.jieba_terms`).  Terms with spaces, ASCII-only
  terms (``hUC-MSCs``) and terms with Greek letters, ``×`` or brackets cannot
  be kept whole by jieba; match those on the text.
* Latin inside Chinese text: jieba cuts Latin and digit runs as words
  (``MSC``, ``FSH``, ``58.2``) and every other symbol as a token of its own,
  so ``5×10^6个细胞`` → ``5 × 10 ^ 6 个 细胞``, ``FSH>25`` → ``FSH > 25``,
  ``hUC-MSCs`` → ``hUC - MSCs``, ``IU/L`` → ``IU / L``.  We leave it so: doses
  and thresholds are matched on the sentence text, not on tokens.  (The
  English tokenizer differs: ``5×10 ^ 6``, ``FSH>25``, ``IU/L``.)
"""

from __future__ import annotations

import logging
import marshal
import sys
import threading
from contextlib import contextmanager
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, TypeVar

from ..layout.document import Lang
from ..layout.segment import detect_language

if TYPE_CHECKING:  # spaCy and jieba are imported on first use: ~1 s each
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["Tokenizers", "chinese_doc", "forget_terms", "keeps_whole", "pipe", "remember_docs", "remembered", "remembering", "term_frequency", "tokenize"]

# Cost, measured here: one 86-character Chinese sentence ~0.35 ms (jieba
# ~0.25 ms of it, the spaCy Doc the rest); an English sentence of the same
# length ~15 µs.  The first Chinese text in a process: ~1–2 s (jieba loads
# its dictionary).  jieba's HMM (guessing unknown words) stays on, as spaCy
# calls it: with it off, decimals come out as "32 . 4" and cost only halves.

T = TypeVar("T")

_lock = threading.RLock()
_pipelines: dict[Lang, "Language"] = {}

# A process that extracts the same documents again after each rule edit
# (``litx extract --watch``) sees the same sentences every time: with
# :func:`remember_docs` on, a text is tokenized once per state of the
# tokenizers.  English tokenization never changes; Chinese changes when
# jieba's dictionary does, which forgets the Chinese texts remembered.
# Other work that depends on a text alone may be kept there too
# (:func:`remembered`), under keys that do not start with a Lang.
_memo: dict[tuple, object] | None = None
#: beyond this many entries the memo starts afresh (a bound on memory)
MEMO_LIMIT = 400_000
#: the terms given a jieba frequency, and the frequency each had before
_jieba_before: dict[str, int | None] = {}


def _jieba():
    """The global jieba module, initialised quietly once."""
    import jieba

    jieba.setLogLevel(logging.WARNING)  # no "Building prefix dict…" on stderr
    if not jieba.dt.initialized:
        with _whole_file_marshal(jieba):
            jieba.initialize()
    return jieba


class _WholeFileMarshal:
    """``marshal`` for jieba's start-up: its 9 MB dictionary cache is read
    with ``marshal.load(file)``, three to four times slower than
    ``marshal.loads`` of the whole file (~0.8 s against ~0.25 s here)."""

    dump = staticmethod(marshal.dump)
    dumps = staticmethod(marshal.dumps)
    loads = staticmethod(marshal.loads)

    @staticmethod
    def load(file):
        return marshal.loads(file.read())


@contextmanager
def _whole_file_marshal(module):
    """Let ``module`` use :class:`_WholeFileMarshal` for a while (if it uses marshal at all)."""
    if getattr(module, "marshal", None) is not marshal:
        yield
        return
    module.marshal = _WholeFileMarshal
    try:
        yield
    finally:
        module.marshal = marshal


def _pipeline(lang: Lang) -> "Language":
    nlp = _pipelines.get(lang)
    if nlp is not None:
        return nlp
    with _lock:
        nlp = _pipelines.get(lang)
        if nlp is None:
            import spacy

            if lang == Lang.ZH:
                jieba = _jieba()
                nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
                # spaCy calls jieba.cut(text, cut_all=False): the global
                # dictionary, where _add_to_jieba puts the terms
                if getattr(nlp.tokenizer, "jieba_seg", None) is not jieba:  # pragma: no cover
                    raise RuntimeError("spaCy's Chinese tokenizer does not use the global jieba")
            else:
                nlp = spacy.blank("en")
            _pipelines[lang] = nlp
    return nlp


def keeps_whole(term: str) -> bool:
    """Whether jieba can keep ``term`` as one token (and so needs an entry)."""
    import jieba

    return (
        not any(ch.isspace() for ch in term)
        and any(_is_cjk(ch) for ch in term)
        and jieba.re_han_default.fullmatch(term) is not None
    )


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fd5"  # jieba's block range for ideographs


def term_frequency(dt, term: str) -> int:
    """The jieba frequency that keeps ``term`` whole inside sentences.

    ``suggest_freq(term)`` only makes the term beat its own split ("卵泡" +
    "刺激素"), often with a frequency of 1: a neighbour can then still steal
    an edge character ("性激素|替代" for the term 激素替代 in 性激素替代治疗).
    And a frequency given to jieba replaces the one it had, so a low value
    from an earlier user dictionary must not be kept.  We give the term the
    frequency of the commonest dictionary word inside it (any substring,
    single characters included), or its own if that is higher: the term is
    then at least as likely as any of its pieces.
    """
    freq = dt.FREQ
    n = len(term)
    inner = max(
        (freq.get(term[i:j]) or 0 for i in range(n) for j in range(i + 1, n + 1) if j - i < n),
        default=0,
    )
    return max(inner, freq.get(term) or 0, 1)


def _add_to_jieba(terms: Iterable[str]) -> None:
    dt = _jieba().dt
    changed = False
    for term in terms:
        if keeps_whole(term):
            freq = term_frequency(dt, term)
            if dt.FREQ.get(term) != freq:  # re-adding would inflate jieba's total
                _jieba_before.setdefault(term, dt.FREQ.get(term))
                dt.add_word(term, freq)
                changed = True
    if changed:
        _forget_chinese_docs()


def forget_terms(terms: Iterable[str]) -> None:
    """Give jieba back the frequencies it had before these user terms were
    added (terms removed from the rules while the process lives on)."""
    with _lock:
        if "jieba" not in sys.modules:
            return
        dt = sys.modules["jieba"].dt
        changed = False
        for term in terms:
            if term not in _jieba_before:
                continue
            before = _jieba_before.pop(term)
            # add_word adds to jieba's total without taking the old
            # frequency off; undo exactly what it added
            dt.total -= dt.FREQ.get(term) or 0
            # 0: a prefix entry, as jieba keeps for the prefixes of every word
            dt.FREQ[term] = before or 0
            changed = True
        if changed:
            _forget_chinese_docs()


def remember_docs(on: bool = True) -> None:
    """Keep each tokenized text for the life of the process (or stop)."""
    global _memo
    with _lock:
        _memo = {} if on else None


def remembering() -> bool:
    """Whether :func:`remember_docs` is on (texts are expected again)."""
    return _memo is not None


def _forget_chinese_docs() -> None:
    if _memo:
        for key in [k for k in _memo if k[0] is Lang.ZH]:
            del _memo[key]


def remembered(key: tuple, make: Callable[[], T]) -> T:
    """``make()``, kept under ``key`` while :func:`remember_docs` is on."""
    memo = _memo
    if memo is None:
        return make()
    value = memo.get(key)
    if value is None:
        if len(memo) >= MEMO_LIMIT:
            memo.clear()
        value = memo[key] = make()
    return value  # type: ignore[return-value]


class Tokenizers:
    """The English and Chinese tokenizers, with user terms kept whole in Chinese.

    ``user_terms`` are the terms of the rule dictionaries (脐带MSC, 卵泡刺激素,
    抗米勒管激素, 人脐带间充质干细胞, 经阴道超声 …).  Building a Tokenizers is
    free; the pipelines (shared by all instances) and jieba load on the first
    text of their language, and this instance's terms are added to jieba then.
    """

    def __init__(self, user_terms: Iterable[str] = ()) -> None:
        #: all the terms given, stripped and deduplicated, in order
        self.user_terms: tuple[str, ...] = ()
        self._live = False  # terms added to jieba
        self.add_terms(user_terms)

    @property
    def jieba_terms(self) -> tuple[str, ...]:
        """The user terms that get a jieba entry (see :func:`keeps_whole`)."""
        return tuple(t for t in self.user_terms if keeps_whole(t))

    @property
    def en(self) -> "Language":
        return _pipeline(Lang.EN)

    @property
    def zh(self) -> "Language":
        nlp = _pipeline(Lang.ZH)
        if not self._live:
            with _lock:
                if not self._live:
                    _add_to_jieba(self.user_terms)
                    self._live = True
        return nlp

    def add_terms(self, terms: Iterable[str]) -> None:
        """Add more terms (kept whole from now on, process-wide)."""
        stripped = (t.strip() for t in terms if t and t.strip())
        new = tuple(t for t in dict.fromkeys(stripped) if t not in self.user_terms)
        self.user_terms += new
        if self._live:
            with _lock:
                _add_to_jieba(new)

    def nlp(self, lang: Lang | str) -> "Language":
        """The pipeline for ``lang`` (``Lang`` or "zh"/"en")."""
        return self.zh if Lang(lang) == Lang.ZH else self.en

    def tokenize(self, text: str, lang: Lang | str | None = None) -> "Doc":
        """One text as a spaCy Doc; ``lang`` is detected when None."""
        lang = detect_language(text) if lang is None else Lang(lang)
        nlp = self.nlp(lang)
        return remembered((lang, text), lambda: nlp.make_doc(text))

    def pipe(self, texts: Iterable[str], lang: Lang | str | None = None) -> Iterator["Doc"]:
        """Many texts, lazily; ``lang`` None detects it text by text.

        The fast path: the pipeline is looked up once and each text goes
        straight to its tokenizer (no pipeline components, no batching
        overhead).
        """
        if lang is not None:
            make_doc = self.nlp(lang).make_doc
            for text in texts:
                yield make_doc(text)
            return
        zh = en = None
        for text in texts:
            if detect_language(text) == Lang.ZH:
                zh = zh or self.zh.make_doc
                yield zh(text)
            else:
                en = en or self.en.make_doc
                yield en(text)


def chinese_doc(nlp: "Language", text: str, needed: Iterable[tuple[int, int]]) -> "Doc":
    """The Chinese pipeline's Doc of ``text`` with jieba segmenting only the
    runs it segments (its blocks: ideographs, Latin letters and digits,
    ``+#&._%-``) that overlap one of the ``needed`` (start, end) spans, every
    other block cut into its characters.

    jieba segments each block on its own (``jieba.cut`` splits the text
    into blocks first, and every character outside them is a token of its
    own, a run of white space one token), so the tokens of a needed block,
    and every token outside the blocks, are those of :meth:`Language.make_doc`
    - at a cost for the needed blocks only.  A caller that needs the tokens
    only to find terms asks for the blocks where one may stand.  White space
    becomes what spaCy makes of it (``spacy.util.get_words_and_spaces``): one
    space after a word is that word's, any other a token of its own.
    """
    tokenizer = nlp.tokenizer
    jieba = getattr(tokenizer, "jieba_seg", None)
    if jieba is None or getattr(tokenizer, "segmenter", None) != "jieba" or len(text) > nlp.max_length:
        return nlp.make_doc(text)
    from spacy.tokens import Doc

    spans = sorted(needed)
    words: list[str] = []
    spaces: list[bool] = []
    n = len(text)
    done = 0  # the text up to here is in words

    def add(word: str, at: int) -> None:
        nonlocal done
        if at > done:  # white space that no word took
            words.append(text[done:at])
            spaces.append(False)
        words.append(word)
        done = at + len(word)
        if done < n and text[done] == " ":
            spaces.append(True)
            done += 1
        else:
            spaces.append(False)

    at = 0
    blocks, cut = jieba.re_han_default, jieba.cut
    for i, piece in enumerate(blocks.split(text)):
        if not piece:
            continue
        if i % 2:  # a block (split keeps them at the odd places)
            if any(a < at + len(piece) and at < b for a, b in spans):
                pos = at
                for word in cut(piece, cut_all=False):
                    if word:
                        add(word, pos)
                        pos += len(word)
            else:
                for k, ch in enumerate(piece):
                    add(ch, at + k)
        else:  # between blocks: each character a token, white space none
            for k, ch in enumerate(piece):
                if not ch.isspace() and at + k >= done:
                    add(ch, at + k)
        at += len(piece)
    if done < n:
        words.append(text[done:])
        spaces.append(False)
    return Doc(nlp.vocab, words=words, spaces=spaces)


_default: Tokenizers | None = None


def _default_tokenizers() -> Tokenizers:
    global _default
    if _default is None:
        _default = Tokenizers()
    return _default


def tokenize(text: str, lang: Lang | str | None = None) -> "Doc":
    """:meth:`Tokenizers.tokenize` without user terms of its own.

    Terms added by other :class:`Tokenizers` in the process still apply.
    """
    return _default_tokenizers().tokenize(text, lang)


def pipe(texts: Iterable[str], lang: Lang | str | None = None) -> Iterator["Doc"]:
    """:meth:`Tokenizers.pipe` without user terms of its own."""
    return _default_tokenizers().pipe(texts, lang)
