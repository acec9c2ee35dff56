"""The parse cache: hits and misses, invalidation, damage, concurrent processes."""

from __future__ import annotations

import multiprocessing
import sqlite3
from pathlib import Path

import pytest

from extractor.layout import textlayer
from extractor.runs import cache as cache_mod
from extractor.runs.cache import DB_NAME, ParseCache, dumps, loads, parse_cached, sections_key
from extractor.layout.document import BlockKind, CharBoxes, Document, Furniture, Lang, Section, Sentence
from extractor.layout.pdfsource import DEFAULT_ENGINE, ENGINES
from extractor.errors import Msg
from extractor.layout.textlayer import document_from_text, parse_pdf, section_vocab, sha256_of

TEXT = """Background. Twelve women with POI received 5×10^6 hUC-MSCs. FSH fell.

纳入了61例POI患者。经阴道超声引导下卵巢局部注射脐带MSC。

Methods: each ovary was injected twice."""


def state(doc: Document) -> dict:
    """Everything a Document holds, boxes included, as comparable data."""

    def boxes(b: CharBoxes) -> tuple:
        return (b._pages.tobytes(), b._coords.tobytes(), len(b), b.rotation)

    return {
        "doc": (doc.path, doc.sha256, doc.pages, doc.title, list(doc.warnings)),
        "sections": [(s.title, s.level, s.page, s.kind) for s in doc.sections],
        "furniture": [(f.page, f.text, f.position) for f in doc.furniture],
        "blocks": [
            (
                b.index, b.kind, b.text, boxes(b.boxes), b.page, b.section, b.lang, b.level, b.rotation,
                [(s.text, s.page, s.lang, s.section, s.kind, boxes(s.boxes), s.block, s.start) for s in b.sentences],
            )
            for b in doc.blocks
        ],
    }


def text_doc(i: int = 0) -> Document:
    doc = document_from_text(f"Paper {i}.\n\n{TEXT}", path=f"paper{i}.pdf", section="Results")
    doc.sections.append(Section("Results", 1, 1, "results"))
    doc.furniture.append(Furniture(1, "J Ovarian Res 2024", "header"))
    doc.warnings.append("page 2: no text layer on this page (image only) [W004]")
    doc.title = f"Paper {i}"
    return doc


@pytest.fixture
def cache(tmp_path) -> ParseCache:
    with ParseCache(tmp_path / "cache") as c:
        yield c


def test_the_document_model_is_the_one_the_serializer_knows():
    assert cache_mod.model_matches(), "document.py changed: update dumps/loads and KNOWN_FIELDS in extractor/cache.py"


def test_miss_then_hit(cache):
    doc = text_doc()
    assert cache.get(doc.sha256, "k") is None
    assert cache.put(doc.sha256, "k", doc)
    got = cache.get(doc.sha256, "k")
    assert got is not None and state(got) == state(doc)
    assert (cache.hits, cache.misses) == (1, 1)
    assert cache.get(doc.sha256, "other sections") is None
    other = next(e for e in ENGINES if e != DEFAULT_ENGINE)
    assert cache.get(doc.sha256, "k", engine=other) is None
    assert cache.warnings == []


def test_round_trip_keeps_sentences_that_are_no_slice_of_their_block():
    doc = text_doc()
    block = doc.blocks[1]
    boxes = CharBoxes()
    boxes.extend([(2, 1.5, 2.25, 3.0, 4.0), None, (2, 5.0, 6.0, 7.0, 8.0)])
    block.sentences.append(Sentence("abc", 2, Lang.ZH, None, BlockKind.CAPTION, boxes, 7, 10_000))
    assert state(loads(dumps(doc))) == state(doc)


def test_round_trip_keeps_which_way_a_block_runs(tmp_path):
    from pdfkit import write_pdf
    from test_textlayer import sideways_caption

    doc = parse_pdf(write_pdf(tmp_path / "caption.pdf", sideways_caption(-90)))
    assert [b.rotation for b in doc.blocks] == [0, 270]
    back = loads(dumps(doc))
    assert state(back) == state(doc)
    assert [s.boxes.span() for s in back.sentences()] == [s.boxes.span() for s in doc.sentences()]


def test_round_trip_of_a_parsed_pdf(parse_fixture, fixture_pdfs):
    for name in ("headers_footers", "zh_two_column", "superscripts"):
        doc, _ = parse_fixture(name)
        back = loads(dumps(doc))
        assert state(back) == state(doc)
        assert back.furniture or name != "headers_footers"
        assert any(b.span() for b in (s.boxes for s in back.sentences()))
        assert [s.span_boxes(0, len(s.text)) for s in back.sentences()] == [
            s.span_boxes(0, len(s.text)) for s in doc.sentences()
        ]


def test_parse_cached_parses_once_and_reports_the_current_path(tmp_path, fixture_pdfs):
    pdf = fixture_pdfs / "zh_two_column.pdf"
    copy = tmp_path / "renamed.pdf"
    copy.write_bytes(pdf.read_bytes())
    vocab = section_vocab()
    calls = []

    def parser(path: Path):
        def parse():
            calls.append(path)
            return parse_pdf(path, sections=vocab)

        return parse

    cache = ParseCache(tmp_path / "c")
    key = sections_key(vocab)
    first, hit = parse_cached(pdf, parse=parser(pdf), sha256=sha256_of(pdf), key_extra=key, cache=cache)
    assert not hit and calls == [pdf]
    again, hit = parse_cached(copy, parse=parser(copy), sha256=sha256_of(copy), key_extra=key, cache=cache)
    assert hit and calls == [pdf]
    assert again.path == str(copy)
    again.path = first.path
    assert state(again) == state(first)
    # without a cache: parsed every time
    _, hit = parse_cached(pdf, parse=parser(pdf), sha256="x", key_extra=key, cache=None)
    assert not hit and len(calls) == 2


def test_what_is_not_stored(cache):
    doc = text_doc()
    parse_cached("a.pdf", parse=lambda: doc, sha256="s1", key_extra="k", cache=cache, password="secret")
    assert cache.get("s1", "k") is None  # read with a password: never written
    broken = text_doc(1)
    broken.warnings.append("page 3: could not be read: out of memory [W005]")
    parse_cached("b.pdf", parse=lambda: broken, sha256="s2", key_extra="k", cache=cache)
    assert cache.get("s2", "k") is None
    scanned = Document(path="scan.pdf", sha256="s3", pages=4, warnings=["no text layer [W001]"])
    parse_cached("scan.pdf", parse=lambda: scanned, sha256="s3", key_extra="k", cache=cache)
    assert cache.get("s3", "k") is not None


def test_a_new_parser_version_is_a_miss_and_old_entries_are_pruned(cache, monkeypatch):
    doc = text_doc()
    cache.put(doc.sha256, "k", doc)
    monkeypatch.setattr(textlayer, "PARSER_VERSION", textlayer.PARSER_VERSION + ".next")
    assert cache.get(doc.sha256, "k") is None
    assert cache.stats()["stale"] == 1
    with sqlite3.connect(cache.path) as db:  # the old entry is old
        db.execute("UPDATE text_layers_v1 SET created = created - ?", (86400 * (cache_mod.STALE_DAYS + 1),))
    fresh = ParseCache(cache.directory)
    fresh.put(doc.sha256, "k", doc)
    info = fresh.stats()
    assert (info["entries"], info["current"], info["stale"]) == (1, 1, 0)


def test_clear(cache):
    for i in range(3):
        doc = text_doc(i)
        cache.put(doc.sha256, "k", doc)
    assert cache.stats()["entries"] == 3
    assert cache.clear() == 3
    assert cache.stats()["entries"] == 0
    assert cache.get(text_doc(0).sha256, "k") is None


def _fill(directory: Path, n: int = 5) -> list[Document]:
    docs = [text_doc(i) for i in range(n)]
    with ParseCache(directory) as c:
        for doc in docs:
            c.put(doc.sha256, "k", doc)
        c._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return docs


@pytest.mark.parametrize("damage", ["garbage", "truncated"])
def test_a_damaged_file_is_rebuilt_with_a_warning(tmp_path, damage):
    directory = tmp_path / "c"
    docs = _fill(directory, 30)
    path = directory / DB_NAME
    if damage == "garbage":
        path.write_bytes(b"this is no database\n" * 500)
    else:
        with path.open("r+b") as fh:
            fh.truncate(path.stat().st_size // 2)
    cache = ParseCache(directory)
    assert cache.get(docs[-1].sha256, "k") is None
    assert len(cache.warnings) == 1 and cache.warnings[0].endswith(f"[{Msg.W301.name}]")
    assert "rebuilt" in cache.warnings[0]
    # a working, empty cache again; the damaged file is kept beside it
    assert cache.put(docs[0].sha256, "k", docs[0])
    assert state(ParseCache(directory).get(docs[0].sha256, "k")) == state(docs[0])
    assert len(list(directory.glob(f"{DB_NAME}.damaged-*"))) == 1
    assert cache.stats(verify=True)["entries"] == 1


def test_a_row_failing_its_checksum_is_dropped(tmp_path):
    directory = tmp_path / "c"
    docs = _fill(directory, 3)
    with sqlite3.connect(directory / DB_NAME) as db:
        db.execute("UPDATE text_layers_v1 SET data = substr(data, 1, 40) || x'00ff' || substr(data, 43) WHERE sha256 = ?", (docs[1].sha256,))
    cache = ParseCache(directory)
    assert cache.get(docs[1].sha256, "k") is None
    assert [w[-6:] for w in cache.take_warnings()] == [f"[{Msg.W302.name}]"]
    assert cache.stats()["entries"] == 2
    assert cache.get(docs[0].sha256, "k") is not None and cache.warnings == []


def test_verify_drops_damaged_rows(tmp_path):
    directory = tmp_path / "c"
    docs = _fill(directory, 3)
    with sqlite3.connect(directory / DB_NAME) as db:
        db.execute("UPDATE text_layers_v1 SET checksum = 'x' WHERE sha256 = ?", (docs[2].sha256,))
    info = ParseCache(directory).stats(verify=True)
    assert info["entries"] == 2
    assert len(info["warnings"]) == 1 and "W302" in info["warnings"][0]


def test_an_unusable_cache_turns_itself_off_and_parsing_goes_on(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    cache = ParseCache(blocker / "cache")
    doc = text_doc()
    got, hit = parse_cached("a.pdf", parse=lambda: doc, sha256="s", key_extra="k", cache=cache)
    assert got is doc and not hit
    assert len(cache.warnings) == 1 and cache.warnings[0].endswith("[W303]")
    assert cache.get("s", "k") is None and len(cache.warnings) == 1
    assert cache.stats()["enabled"] is False


def test_default_directory(monkeypatch, tmp_path):
    monkeypatch.delenv("LITX_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_mod.default_directory() == tmp_path / "xdg" / "litx"
    monkeypatch.setenv("LITX_CACHE_DIR", str(tmp_path / "mine"))
    assert cache_mod.default_directory() == tmp_path / "mine"
    assert ParseCache().directory == tmp_path / "mine"
    assert ParseCache(tmp_path / "given").directory == tmp_path / "given"
    monkeypatch.delenv("LITX_CACHE_DIR")
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert cache_mod.default_directory() == Path.home() / ".cache" / "litx"


def test_sections_key_follows_the_vocabulary():
    a = textlayer.SectionVocab.from_mapping({"methods": ["Methods", "方法"]}, ["references"])
    b = textlayer.SectionVocab.from_mapping({"methods": ["Methods", "方法"]}, ["references"])
    c = textlayer.SectionVocab.from_mapping({"methods": ["Methods", "方法", "Materials and methods"]}, ["references"])
    assert sections_key(a) == sections_key(b) != sections_key(c)


# ---------------------------------------------------------------- processes


def _writer(directory: str, worker: int, per_worker: int, workers: int, barrier) -> list[str]:
    """Store this worker's documents, reading the others' as they appear."""
    problems = []
    cache = ParseCache(directory)
    barrier.wait()
    for i in range(per_worker):
        doc = text_doc(worker * 1000 + i)
        if not cache.put(doc.sha256, "k", doc):
            problems.append(f"put {worker}/{i} failed")
        other = text_doc(((worker + 1) % workers) * 1000 + i)
        got = cache.get(other.sha256, "k")
        if got is not None and state(got) != state(other):
            problems.append(f"read a different document for {worker}/{i}")
    problems.extend(cache.warnings)
    cache.close()
    return problems


@pytest.mark.parametrize("workers", [2, 4])
def test_concurrent_processes_leave_a_readable_cache_with_every_entry(tmp_path, workers):
    directory = str(tmp_path / "c")
    per_worker = 15
    ctx = multiprocessing.get_context("fork")
    barrier = ctx.Manager().Barrier(workers)
    with ctx.Pool(workers) as pool:
        results = pool.starmap(_writer, [(directory, w, per_worker, workers, barrier) for w in range(workers)])
    assert results == [[] for _ in range(workers)]
    cache = ParseCache(directory)
    info = cache.stats(verify=True)
    assert info["entries"] == workers * per_worker and info["warnings"] == []
    for w in range(workers):
        for i in range(per_worker):
            doc = text_doc(w * 1000 + i)
            assert state(cache.get(doc.sha256, "k")) == state(doc)


def test_text_with_a_lone_surrogate_round_trips():
    doc = text_doc()
    doc.title = "A broken font map gives \ud835 here"
    doc.furniture.append(Furniture(1, "page \udc00", "footer"))
    assert state(loads(dumps(doc))) == state(doc)


def test_a_changed_document_model_turns_the_cache_off(cache, monkeypatch):
    monkeypatch.setattr(cache_mod, "_MODEL_OK", False)
    doc = text_doc()
    assert not cache.put(doc.sha256, "k", doc)
    assert cache.get(doc.sha256, "k") is None
    assert len(cache.warnings) == 1 and "document.py" in cache.warnings[0] and cache.warnings[0].endswith("[W303]")
