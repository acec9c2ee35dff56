"""The pdfium character source against the pdfplumber one, its reference.

Real pages come from ../shared/corpus (skipped when it is missing, failing
on CI); hand-written PDFs cover what the corpus lacks (a MediaBox away from
the origin, ``/Rotate``, form XObjects, ``Tz``, rotated glyphs).  Each file
is opened once per module.

On the corpus pages compared here, the two engines differ only in ways the
comparison normalises: pdfium spells the ligatures U+FB00–FB06 out ("ﬁ" →
"fi", one char) and drops the NUL glyphs pdfminer reports in the
owner-password file; text order can differ (pdfium sorts the text objects of
one line by x), so chars are matched in order with a sequence alignment.
"""

from __future__ import annotations

import difflib
import unicodedata
from pathlib import Path

import pytest
from pdfkit import write_objects

import extractor.layout.pdfium_source as pdfium_source
from extractor.layout.chars import Char, PageChars
from extractor.errors import LitxError
from extractor.layout.pdfium_source import PdfiumSource
from extractor.layout.pdfsource import PdfplumberSource, open_source

SEED = "corpus/seed/zh_review_poi_stem_cells.pdf"
MDPI = "corpus/real/en_preclinical_mdpi_doxorubicin_mice.pdf"
KANGXI = "corpus/real/zh_medical_blood_routine_kangxi.pdf"
OWNER = "corpus/real/hard_encrypted_ownerpw_copyprotected.pdf"
USER = "corpus/real/hard_encrypted_userpw_test.pdf"

#: the corpus pages compared, per file
PAGES = {SEED: (2,), MDPI: (4, 6), KANGXI: (1,), OWNER: (1, 2)}
CASES = [(name, number) for name, numbers in PAGES.items() for number in numbers]
ENGINES = {"pdfplumber": PdfplumberSource, "pdfium": PdfiumSource}


def read_pages(path: Path, engine: str, wanted, password: str | None = None) -> tuple[dict[int, PageChars], list[str]]:
    source = ENGINES[engine](path, password)
    pages = {}
    try:
        for page in source.pages():
            if page.number in wanted:
                pages[page.number] = page
            if page.number >= max(wanted):
                break
    finally:
        source.close()
    return pages, source.notes


@pytest.fixture(scope="module")
def corpus(shared_dir):
    """{engine: {(file, page): PageChars}} and {(engine, file): notes}."""
    pages: dict[str, dict[tuple[str, int], PageChars]] = {engine: {} for engine in ENGINES}
    notes = {}
    for name, wanted in PAGES.items():
        for engine in ENGINES:
            got, notes[engine, name] = read_pages(shared_dir / name, engine, wanted)
            pages[engine].update({(name, number): page for number, page in got.items()})
    return pages, notes


def spelled(text: str) -> str:
    """A char's text as compared: ligatures spelled out, no white space or
    control characters."""
    if any(0xFB00 <= ord(ch) <= 0xFB06 for ch in text):
        text = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in text if not ch.isspace() and unicodedata.category(ch) != "Cc")


def visible(chars: list[Char]) -> list[Char]:
    return [c for c in chars if spelled(c.text)]


def matched(ours: list[Char], theirs: list[Char]) -> list[tuple[Char, Char]]:
    """Pairs of the same glyph, aligned in order on their text."""
    a, b = visible(ours), visible(theirs)
    sm = difflib.SequenceMatcher(None, [spelled(c.text) for c in a], [spelled(c.text) for c in b], autojunk=False)
    return [(a[m.a + k], b[m.b + k]) for m in sm.get_matching_blocks() for k in range(m.size)]


def share(pairs, ok) -> float:
    return sum(1 for p, q in pairs if ok(p, q)) / len(pairs)


# ------------------------------------------------------------ real pages


@pytest.mark.shared
@pytest.mark.parametrize("name,number", CASES)
def test_same_text(corpus, name, number):
    pages, _ = corpus
    plumber, pdfium = pages["pdfplumber"][name, number], pages["pdfium"][name, number]
    assert pdfium.error is None
    text = lambda page: "".join(spelled(c.text) for c in page.chars)  # noqa: E731
    assert text(pdfium) == text(plumber)
    assert len(text(pdfium)) > 300


@pytest.mark.shared
@pytest.mark.parametrize("name,number", CASES)
def test_same_boxes_sizes_and_baselines(corpus, name, number):
    pages, _ = corpus
    plumber, pdfium = pages["pdfplumber"][name, number], pages["pdfium"][name, number]
    pairs = matched(plumber.chars, pdfium.chars)
    assert len(pairs) >= 0.99 * len(visible(plumber.chars))
    assert share(pairs, lambda p, q: abs(p.x0 - q.x0) <= 1.0) >= 0.95
    assert share(pairs, lambda p, q: abs(p.x1 - q.x1) <= 1.0) >= 0.95
    assert share(pairs, lambda p, q: abs(p.size - q.size) <= 0.2) >= 0.95
    # the vertical box: the font's descent below the baseline, one em above
    assert share(pairs, lambda p, q: abs(p.top - q.top) <= 1.0 and abs(p.bottom - q.bottom) <= 1.0) >= 0.95
    assert all(abs(p.baseline - q.baseline) <= 1.0 for p, q in pairs)
    assert all(p.rotation == q.rotation for p, q in pairs)
    # font names agree but for the subset tag pdfium drops on some fonts
    assert share(pairs, lambda p, q: p.font.split("+")[-1] == q.font.split("+")[-1]) >= 0.99


@pytest.mark.shared
@pytest.mark.parametrize("name,number", CASES)
def test_same_page_rulings_and_images(corpus, name, number):
    pages, _ = corpus
    plumber, pdfium = pages["pdfplumber"][name, number], pages["pdfium"][name, number]
    assert (pdfium.width, pdfium.height) == pytest.approx((plumber.width, plumber.height), abs=0.01)
    assert pdfium.image_count == plumber.image_count
    ours = sorted((r.x0, r.top, r.x1, r.bottom) for r in plumber.rulings)
    theirs = sorted((r.x0, r.top, r.x1, r.bottom) for r in pdfium.rulings)
    assert len(theirs) == len(ours)
    for a, b in zip(ours, theirs):
        assert b == pytest.approx(a, abs=0.5)


@pytest.mark.shared
@pytest.mark.parametrize("engine", list(ENGINES))
def test_superscript_is_smaller_and_raised(corpus, engine):
    """MDPI p. 4: "1 × 10^6 4T1-luciferase" — the exponent 6 sits above the 0."""
    pages, _ = corpus
    chars = [c for c in pages[engine][MDPI, 4].chars if not c.text.isspace()]
    text = "".join(c.text for c in chars)
    at = text.index("1×1064T1")
    zero, six = chars[at + 3], chars[at + 4]
    assert (zero.text, six.text) == ("0", "6")
    assert six.size < zero.size - 1.5
    assert six.baseline < zero.baseline - 2  # top-down: smaller is higher


@pytest.mark.shared
@pytest.mark.parametrize("engine", list(ENGINES))
def test_text_the_clip_hides_is_left_out(corpus, engine):
    """MDPI p. 6: Figure 1 is a whole page of the peer-review manuscript in a
    form XObject whose BBox shows only the figure; that page's text lies
    under the final text and must not be read."""
    pages, _ = corpus
    text = "".join(c.text for c in pages[engine][MDPI, 6].chars)
    assert "FOR PEER REVIEW" not in text
    assert not [c for c in pages[engine][MDPI, 6].chars if "Palatino" in c.font and not c.text.isspace()]
    assert "Figure1.Combinationofantibiotics" in text  # MDPI draws no space glyphs


@pytest.mark.shared
def test_generated_spaces_are_dropped_real_ones_kept(corpus):
    pages, _ = corpus
    # MDPI sets words apart by position only: no space glyph at all, while
    # pdfium's own text puts spaces and line breaks between them
    assert not [c for c in pages["pdfium"][MDPI, 4].chars if c.text.isspace()]
    assert not [c for c in pages["pdfplumber"][MDPI, 4].chars if c.text.isspace()]
    # the seed draws real space glyphs (each its own text object), which
    # pdfium's text layer swallows next to its generated spaces: put back
    spaces = {engine: [c for c in pages[engine][SEED, 2].chars if c.text == " "] for engine in ENGINES}
    plumber, pdfium = spaces["pdfplumber"], spaces["pdfium"]
    same = lambda c: any(abs(c.x0 - d.x0) <= 0.3 and abs(c.baseline - d.baseline) <= 0.3 for d in plumber)  # noqa: E731
    assert len(plumber) > 40
    assert sum(map(same, pdfium)) >= 0.9 * len(plumber)
    assert all(map(same, pdfium))


@pytest.mark.shared
def test_owner_password_only_reads_with_a_note(corpus):
    pages, notes = corpus
    for engine in ENGINES:
        assert any("[W006]" in note for note in notes[engine, OWNER])
    assert len(pages["pdfium"][OWNER, 1].chars) > 1000


@pytest.mark.shared
def test_user_password(shared_dir):
    path = shared_dir / USER
    with pytest.raises(LitxError) as missing:
        PdfiumSource(path, None)
    assert missing.value.code == "E003"
    with pytest.raises(LitxError) as wrong:
        PdfiumSource(path, "not the password")
    assert wrong.value.code == "E004"
    source = open_source(path, password="test", engine="pdfium")
    try:
        assert source.page_count >= 1
        assert not source.notes  # the password was given
        first = next(source.pages())
        assert first.error is None and len(first.chars) > 50
    finally:
        source.close()


# ---------------------------------------------------------- hand-made PDFs


def build_pdf(path: Path, pages: list[tuple[str, int, bytes]]) -> Path:
    """A PDF of ``(MediaBox, Rotate, content)`` pages using Helvetica as /F1
    and a form XObject /Fm1 (text and a rule)."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    form_content = b"BT /F1 10 Tf 1 0 0 1 5 5 Tm (Form) Tj ET 0 0 m 80 0 l S"
    form = add(
        b"<< /Type /XObject /Subtype /Form /BBox [0 0 200 200] /Resources << /Font << /F1 %d 0 R >> >> "
        b"/Length %d >>\nstream\n%s\nendstream" % (font, len(form_content), form_content)
    )
    tree = len(objects) + 2 * len(pages) + 1
    kids = []
    for box, rotate, content in pages:
        stream = add(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content))
        kids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [%s] /Rotate %d /Resources << /Font << /F1 %d 0 R >> "
                b"/XObject << /Fm1 %d 0 R >> >> /Contents %d 0 R >>" % (tree, box.encode(), rotate, font, form, stream)
            )
        )
    assert add(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))) == tree
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % tree)
    return write_objects(path, objects, root=catalog)


CONTENT = (
    b"BT /F1 12 Tf 1 0 0 1 100 700 Tm (Hello world) Tj ET "
    b"BT /F1 12 Tf 150 Tz 1 0 0 1 100 650 Tm (Wide) Tj 100 Tz ET "
    b"BT /F1 12 Tf 0 1 -1 0 300 400 Tm (Up) Tj ET "
    b"BT /F1 12 Tf 2 0 0 2 100 500 Tm 1 Tc (Big) Tj 0 Tc ET "
    b"q 2 0 0 2 100 300 cm /Fm1 Do Q "
    b"100 200 m 400 200 l S 100 150 300 1 re f 100 100 m 150 120 l S "
)
RISE = b"BT /F1 12 Tf 1 0 0 1 100 600 Tm (10) Tj 4 Ts /F1 7 Tf (6) Tj 0 Ts ET "


@pytest.fixture(scope="module")
def handmade(tmp_path_factory):
    """{engine: [PageChars]} for plain, offset-MediaBox, /Rotate 90 and
    /Rotate 180 pages of the same content."""
    path = build_pdf(
        tmp_path_factory.mktemp("pdfium") / "geometry.pdf",
        [
            ("0 0 612 792", 0, CONTENT + RISE),
            ("50 100 662 892", 0, CONTENT),
            ("0 0 612 792", 90, CONTENT),
            ("0 0 612 792", 180, CONTENT),
        ],
    )
    out = {}
    for engine, cls in ENGINES.items():
        source = cls(path, None)
        try:
            out[engine] = list(source.pages())
        finally:
            source.close()
    return out


@pytest.mark.parametrize("index", range(4))
def test_handmade_geometry_matches(handmade, index):
    plumber, pdfium = handmade["pdfplumber"][index], handmade["pdfium"][index]
    assert (pdfium.width, pdfium.height) == pytest.approx((plumber.width, plumber.height))
    ours = [c for c in plumber.chars if c.text != " "]
    theirs = [c for c in pdfium.chars if c.text != " "]
    assert sorted(c.text for c in theirs) == sorted(c.text for c in ours)
    for p in ours:
        # the same glyph: the nearest one with the same text
        q = min((c for c in theirs if c.text == p.text), key=lambda c: abs(c.x0 - p.x0) + abs(c.bottom - p.bottom))
        # Helvetica's descent differs a little (AFM -207, pdfium -225 per
        # mille), which moves the box ends of rotated glyphs sideways
        assert (q.x0, q.x1) == pytest.approx((p.x0, p.x1), abs=0.5), p
        assert (q.top, q.bottom) == pytest.approx((p.top, p.bottom), abs=0.5), p
        assert q.size == pytest.approx(p.size, abs=0.05), p
        assert q.rotation == p.rotation, p
        if p.text != "6":  # raised with Ts: see test_text_rise_moves_the_baseline
            assert q.baseline == pytest.approx(p.baseline, abs=0.5), p
    # the explicit space glyph is kept, pdfium's generated ones are not
    assert sum(1 for c in pdfium.chars if c.text == " ") == 1
    assert not [c for c in pdfium.chars if c.text in "\r\n"]
    # rulings: a line and a thin rectangle on the page, a line in the form
    # (the diagonal line is no ruling)
    rules = lambda page: sorted((round(r.x0), round(r.top), round(r.x1), round(r.bottom)) for r in page.rulings)  # noqa: E731
    assert rules(pdfium) == rules(plumber)
    assert len(pdfium.rulings) == 3


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("index, hello, up", [(0, 0, 90), (1, 0, 90), (2, 270, 0), (3, 180, 270)])
def test_which_way_text_runs_on_the_page_as_shown(handmade, engine, index, hello, up):
    """"Hello" is set upright and "Up" running up the MediaBox; a /Rotate
    90 page shows them running down and across, a /Rotate 180 one upside
    down and down.  The baseline of a glyph running up or down lies at an
    x inside its box, and its size (an em) is the box's width."""
    page = handmade[engine][index]
    rotation = {c.text: c.rotation for c in page.chars if c.text in "HU"}
    assert rotation == {"H": hello, "U": up}
    for c in page.chars:
        if c.rotation in (90, 270) and c.text.strip():
            assert c.x0 < c.baseline < c.x1 and c.size == pytest.approx(c.x1 - c.x0)


def test_text_rise_moves_the_baseline(handmade):
    """A superscript set with ``Ts``: pdfium reports the raised baseline;
    pdfminer keeps the line's (its matrix leaves the rise out) but both
    raise the box."""
    plumber, pdfium = handmade["pdfplumber"][0], handmade["pdfium"][0]
    six = {engine: next(c for c in page.chars if c.text == "6") for engine, page in (("pl", plumber), ("pf", pdfium))}
    zero = next(c for c in pdfium.chars if c.text == "0")
    assert six["pf"].baseline == pytest.approx(zero.baseline - 4, abs=0.01)
    assert six["pl"].baseline == pytest.approx(zero.baseline, abs=0.01)
    assert six["pf"].top == pytest.approx(six["pl"].top, abs=0.5)


def test_damaged_file(tmp_path):
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << >>\n%%EOF\n")
    with pytest.raises(LitxError) as caught:
        PdfiumSource(path, None)
    assert caught.value.code == "E002"
    assert "pdfium" in str(caught.value)
    # open_source lets pdfminer try the file pdfium cannot open: its reason, as for --engine pdfplumber
    with pytest.raises(LitxError) as caught:
        open_source(path, engine="pdfium")
    with pytest.raises(LitxError) as plumber:
        open_source(path, engine="pdfplumber")
    assert str(caught.value) == str(plumber.value) and caught.value.code == "E002"


def test_a_page_that_fails_does_not_stop_the_others(tmp_path, monkeypatch):
    path = build_pdf(tmp_path / "three.pdf", [("0 0 612 792", 0, CONTENT)] * 3)
    real_read = pdfium_source._CharReader.read
    load_page = pdfium_source.pdfium_c.FPDF_LoadPage
    calls = []

    def read(self):
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("broken content stream")
        return real_read(self)

    def load(doc, index):
        return None if index == 2 else load_page(doc, index)

    monkeypatch.setattr(pdfium_source._CharReader, "read", read)
    monkeypatch.setattr(pdfium_source.pdfium_c, "FPDF_LoadPage", load)
    source = PdfiumSource(path, None)
    try:
        first, second, third = source.pages()
    finally:
        source.close()
    # the exception's own text is for developers, never the user's
    assert (first.number, first.chars, first.error) == (1, [], "its content is damaged or uses something that is not supported")
    assert first.width == pytest.approx(612)
    assert second.error is None and "Hello" in "".join(c.text for c in second.chars)
    assert third.error and third.chars == [] and third.height == pytest.approx(792)


def test_close_twice_and_iterate_after_close(tmp_path):
    source = PdfiumSource(build_pdf(tmp_path / "one.pdf", [("0 0 612 792", 0, CONTENT)]), None)
    source.close()
    source.close()
    assert list(source.pages()) == []


def test_the_ctypes_calls_read_what_cffi_reads(tmp_path, monkeypatch):
    """Without cffi the per-glyph calls go through ctypes: the same chars."""
    path = build_pdf(tmp_path / "one.pdf", [("0 0 612 792", 0, CONTENT)])

    def chars():
        source = PdfiumSource(path, None)
        try:
            return [page.chars for page in source.pages()]
        finally:
            source.close()

    fast = chars()
    monkeypatch.setattr(pdfium_source, "_cffi_glyph_calls", lambda: None)
    assert chars() == fast and fast[0]
