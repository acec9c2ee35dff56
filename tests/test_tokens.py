"""Tokenization: spaCy blank pipelines, jieba with the rule terms kept whole."""

from __future__ import annotations

import logging

import jieba
import pytest

from extractor.layout.document import Lang
from extractor.matching.tokens import Tokenizers, chinese_doc, forget_terms, keeps_whole, pipe, remember_docs, term_frequency, tokenize

TERMS = ["脐带MSC", "卵泡刺激素", "抗米勒管激素", "人脐带间充质干细胞", "经阴道超声", "激素替代"]
#: terms plain jieba cuts into pieces (so the tests below can fail)
SPLIT_BY_PLAIN_JIEBA = ["卵泡刺激素", "抗米勒管激素", "人脐带间充质干细胞", "经阴道超声"]


@pytest.fixture(scope="module")
def tk() -> Tokenizers:
    return Tokenizers(TERMS + ["hUC-MSCs", "umbilical cord MSC", "TGF-β1受体"])


@pytest.fixture(scope="module")
def plain_jieba(tk: Tokenizers) -> jieba.Tokenizer:
    """A jieba with only its own dictionary (the global one has our terms)."""
    tk.zh  # sets jieba's log level first
    plain = jieba.Tokenizer()
    plain.initialize()
    return plain


def words(doc) -> list[str]:
    return [t.text for t in doc]


@pytest.mark.parametrize(
    "sentence, term",
    [
        ("经阴道超声引导下卵巢局部注射人脐带间充质干细胞。", "经阴道超声"),
        ("经阴道超声引导下卵巢局部注射人脐带间充质干细胞。", "人脐带间充质干细胞"),
        ("给予人脐带间充质干细胞治疗后月经恢复。", "人脐带间充质干细胞"),
        ("病人脐带间充质干细胞移植后卵泡刺激素水平下降。", "卵泡刺激素"),
        ("血清抗米勒管激素和卵泡刺激素水平均有改善。", "抗米勒管激素"),
        ("血清抗米勒管激素和卵泡刺激素水平均有改善。", "卵泡刺激素"),
        ("测定卵泡刺激素受体的表达。", "卵泡刺激素"),
        ("已经阴道超声证实卵泡发育。", "经阴道超声"),
        ("经卵巢注射脐带MSC后FSH和AMH水平改善。", "脐带MSC"),
        ("部分患者同时接受性激素替代治疗。", "激素替代"),
    ],
)
def test_user_terms_stay_whole(tk: Tokenizers, sentence: str, term: str) -> None:
    # no token boundary falls inside the term (jieba is process-wide: a longer
    # rule term such as 卵泡刺激素受体 may hold it whole)
    doc = tk.tokenize(sentence, Lang.ZH)
    start = sentence.index(term)
    assert not any(start < t.idx < start + len(term) for t in doc)


@pytest.mark.parametrize("term", SPLIT_BY_PLAIN_JIEBA)
def test_plain_jieba_splits_the_terms(plain_jieba: jieba.Tokenizer, term: str) -> None:
    assert term not in plain_jieba.lcut(f"检测{term}。")


def test_suggest_freq_alone_is_not_enough(plain_jieba: jieba.Tokenizer) -> None:
    """A neighbour steals an edge character of a term added with suggest_freq."""
    sentence = "部分患者同时接受性激素替代治疗。"
    plain_jieba.suggest_freq("激素替代", tune=True)
    assert "激素替代" not in plain_jieba.lcut(sentence)
    plain_jieba.add_word("激素替代", term_frequency(plain_jieba, "激素替代"))
    assert "激素替代" in plain_jieba.lcut(sentence)


def test_terms_are_added_by_every_new_tokenizers() -> None:
    """jieba forgot the term (as a new process would): a new Tokenizers adds it back."""
    sentence = "血清卵泡刺激素下降。"
    Tokenizers(["卵泡刺激素"]).zh
    jieba.del_word("卵泡刺激素")
    assert "卵泡刺激素" not in words(tokenize(sentence, Lang.ZH))
    assert "卵泡刺激素" in words(Tokenizers(["卵泡刺激素"]).tokenize(sentence, Lang.ZH))


def test_add_terms_on_a_live_tokenizers(tk: Tokenizers) -> None:
    tk.zh
    assert "蓝鲸脐带干细胞" not in words(tk.tokenize("移植蓝鲸脐带干细胞。", Lang.ZH))
    tk.add_terms(["蓝鲸脐带干细胞"])
    assert "蓝鲸脐带干细胞" in words(tk.tokenize("移植蓝鲸脐带干细胞。", Lang.ZH))


@pytest.mark.parametrize(
    "term, whole",
    [
        ("脐带MSC", True),
        ("卵泡刺激素", True),
        ("hUC-MSCs", False),  # ASCII only: jieba keeps it in one block anyway
        ("umbilical cord MSC", False),  # spaces: never one jieba token
        ("TGF-β1受体", False),  # Greek letter: jieba cuts there
    ],
)
def test_keeps_whole(term: str, whole: bool) -> None:
    assert keeps_whole(term) is whole


def test_jieba_terms(tk: Tokenizers) -> None:
    assert set(tk.jieba_terms) >= set(TERMS)
    assert "hUC-MSCs" in tk.user_terms and "hUC-MSCs" not in tk.jieba_terms


@pytest.mark.parametrize(
    "text, lang",
    [
        ("经阴道超声引导下注射5×10^6个细胞，FSH>25 IU/L的患者^[12]。", Lang.ZH),
        ("  前导空格和\t制表符\n\n以及\u3000全角空格\u00a0不间断空格  ", Lang.ZH),
        ("采用hUC-MSCs (1.5×10^7)  治疗\r\n随访", Lang.ZH),
        ("Yan et al. injected 5×10^6 hUC-MSCs  per ovary.\n", Lang.EN),
    ],
)
def test_offsets_index_the_text(tk: Tokenizers, text: str, lang: Lang) -> None:
    doc = tk.tokenize(text, lang)
    assert doc.text == text
    for token in doc:
        assert text[token.idx : token.idx + len(token.text)] == token.text


@pytest.mark.parametrize(
    "text, expected",
    [
        # jieba cuts Latin/digit runs as words and other symbols one by one
        ("5×10^6个细胞", ["5", "×", "10", "^", "6", "个", "细胞"]),
        ("FSH>25 IU/L", ["FSH", ">", "25", "IU", "/", "L"]),
        ("降至(32.4±5.3)%", ["降", "至", "(", "32.4", "±", "5.3", ")", "%"]),
        ("采用hUC-MSCs治疗", ["采用", "hUC", "-", "MSCs", "治疗"]),
        ("注射MSC后", ["注射", "MSC", "后"]),
    ],
)
def test_latin_inside_chinese(tk: Tokenizers, text: str, expected: list[str]) -> None:
    # the Latin, digit and symbol tokens; Chinese words depend on the terms
    # the process has added to jieba (个细胞 is a unit term of the rules)
    def latin(tokens):
        return [t for t in tokens if not any("\u4e00" <= ch <= "\u9fff" for ch in t)]

    assert latin(t.text for t in tk.tokenize(text, Lang.ZH) if not t.is_space) == latin(expected)


def test_english(tk: Tokenizers) -> None:
    assert words(tk.tokenize("AMH rose after MSC therapy.", Lang.EN)) == ["AMH", "rose", "after", "MSC", "therapy", "."]


def test_pipe_detects_language(tk: Tokenizers) -> None:
    texts = ["经阴道超声引导下注射。", "AMH rose.", "脐带MSC治疗"]
    docs = list(tk.pipe(texts))
    assert [words(d) for d in docs] == [words(tk.tokenize(t)) for t in texts]
    assert words(docs[2]) == ["脐带MSC", "治疗"]
    assert [words(d) for d in pipe(["AMH rose."], "en")] == [["AMH", "rose", "."]]


def test_pipelines_are_shared_and_quiet(tk: Tokenizers) -> None:
    other = Tokenizers()
    assert other.zh is tk.zh and other.en is tk.en
    assert jieba.default_logger.getEffectiveLevel() >= logging.WARNING


def test_bad_language(tk: Tokenizers) -> None:
    with pytest.raises(ValueError):
        tk.tokenize("text", "fr")


# ---------------------------------------------------------------- re-runs in one process

INVENTED = "星芒祖细胞"  # not a word jieba knows: cut into pieces until added


@pytest.fixture
def remembering():
    remember_docs(True)
    try:
        yield
    finally:
        remember_docs(False)
        forget_terms([INVENTED])


def test_remembered_text_is_tokenized_once(tk: Tokenizers, remembering) -> None:
    assert tk.tokenize("Women received hUC-MSCs twice.", "en") is tk.tokenize("Women received hUC-MSCs twice.", "en")
    assert tk.tokenize("采用脐带MSC治疗", "zh") is tk.tokenize("采用脐带MSC治疗", "zh")


def test_without_memo_every_call_tokenizes_afresh(tk: Tokenizers) -> None:
    assert tk.tokenize("采用脐带MSC治疗", "zh") is not tk.tokenize("采用脐带MSC治疗", "zh")


def test_a_new_chinese_term_forgets_remembered_chinese_texts_only(tk: Tokenizers, remembering) -> None:
    zh, en = "给予星芒祖细胞移植", "Cells were given twice."
    before_zh, before_en = tk.tokenize(zh, "zh"), tk.tokenize(en, "en")
    assert INVENTED not in words(before_zh)
    Tokenizers([INVENTED]).zh  # goes live: jieba's dictionary changes
    after = tk.tokenize(zh, "zh")
    assert after is not before_zh and INVENTED in words(after)
    assert tk.tokenize(en, "en") is before_en


def test_forget_terms_gives_jieba_back_its_dictionary(tk: Tokenizers) -> None:
    dt = jieba.dt
    total, sentence = dt.total, "给予星芒祖细胞移植"
    plain = words(tk.tokenize(sentence, "zh"))
    Tokenizers([INVENTED, "卵泡"]).zh  # 卵泡 is a jieba word already
    assert INVENTED in words(tk.tokenize(sentence, "zh"))
    forget_terms([INVENTED, "卵泡"])
    assert words(tk.tokenize(sentence, "zh")) == plain
    assert dt.total == total
    forget_terms([INVENTED])  # twice, or never added: nothing happens
    assert dt.total == total


def test_jieba_starts_with_a_whole_file_read_of_its_cache_and_gets_marshal_back(tmp_path) -> None:
    import marshal
    import types

    from extractor.matching.tokens import _whole_file_marshal

    cache = tmp_path / "dict.cache"
    with open(cache, "wb") as fh:
        marshal.dump(({"卵泡": 5, "卵": 0}, 5), fh)
    fake = types.SimpleNamespace(marshal=marshal)
    with _whole_file_marshal(fake):
        assert fake.marshal is not marshal
        with open(cache, "rb") as fh:
            assert fake.marshal.load(fh) == ({"卵泡": 5, "卵": 0}, 5)
    assert fake.marshal is marshal
    assert jieba.marshal is marshal  # the real module too, after start-up


@pytest.mark.parametrize("text", [
    "经卵巢注射脐带MSC后，FSH和AMH水平改善。",
    "  骨髓 MSC  通过\t归巢改善 卵巢功能 ",
    "5×10^6个细胞（hUC-MSCs）于第3天注射",
])
def test_a_chinese_doc_segments_only_the_blocks_asked_for(tk: Tokenizers, text: str) -> None:
    """jieba segments each run of ideographs, letters and digits on its own:
    asked for every block, the tokens are make_doc's; asked for none, each
    block is cut into its characters and every other token stays."""
    nlp = tk.zh
    whole = [(t.text, t.whitespace_, t.idx) for t in nlp.make_doc(text)]
    assert [(t.text, t.whitespace_, t.idx) for t in chinese_doc(nlp, text, [(0, len(text))])] == whole
    none = [(t.text, t.whitespace_, t.idx) for t in chinese_doc(nlp, text, [])]
    assert [(t, i) for t, _, i in none if not jieba.re_han_default.fullmatch(t)] == \
        [(t, i) for t, _, i in whole if not jieba.re_han_default.fullmatch(t)]
    assert all(len(t) == 1 for t, _, _ in none if jieba.re_han_default.fullmatch(t))
    assert "".join(t + w for t, w, _ in none) == text
    # a block asked for (by one of its characters) is segmented as in the whole text
    blocks = list(jieba.re_han_default.finditer(text))
    block = max(blocks, key=lambda b: len(b.group()))
    some = [(t.text, t.idx) for t in chinese_doc(nlp, text, [(block.end() - 1, block.end())])]
    assert [x for x in some if block.start() <= x[1] < block.end()] == \
        [(t, i) for t, _, i in whole if block.start() <= i < block.end()]
