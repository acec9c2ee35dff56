"""litx review in a real browser: Debian's /usr/bin/chromium driven by Playwright.

Skipped (with the reason) when Chromium or the playwright package is
missing, except under CI=true, where that is a failure.  Playwright never
downloads a browser here: it launches /usr/bin/chromium.
"""

from __future__ import annotations

import json
import os
import shutil
import threading
import time
from pathlib import Path

import pytest

from reviewkit import PAPERS, fact, on_disk, own_out, result, sha256, write

CHROMIUM = Path(os.environ.get("LITX_CHROMIUM", "/usr/bin/chromium"))  # Debian's; override only to test the skip
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _browser_missing() -> str | None:
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is missing (Debian: apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is missing (pip install playwright; no `playwright install` needed)"
    try:
        import flask  # noqa: F401
    except ImportError:
        return "flask is missing"
    return None


@pytest.fixture(scope="module")
def browser():
    problem = _browser_missing()
    if problem:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{problem} (CI=true: the browser tests must run)")
        pytest.skip(problem)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> Path:
    """Two sample papers through ``extractor.runs.batch.run``: the OUT_DIR the reviewer gets."""
    from extractor.runs.batch import run

    tmp = tmp_path_factory.mktemp("review-corpus")
    (tmp / "in").mkdir()
    for name in ("en01_trial_two_column.pdf", "zh01_trial_hucmsc.pdf"):
        shutil.copy(PAPERS / name, tmp / "in" / name)
    report = run(tmp / "in", tmp / "out")
    assert report.files == 2 and not report.failed
    return tmp / "out"


class Served:
    def __init__(self, out: Path, pdfs: Path | None = None) -> None:
        from extractor.review.app import make_server, server_url

        self.out = out
        self.server = make_server(out, pdfs, "127.0.0.1", 0)
        self.url = server_url(self.server)
        self.store = self.server.app.extensions["litx_store"]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(5)
        self.store.pdfs.close()


@pytest.fixture
def served(extracted, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(extracted, out)
    s = Served(out)
    yield s
    s.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    yield pg
    context.close()
    assert not errors, errors


def wait_for(predicate, timeout: float = 6.0, what: str = "condition"):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = predicate()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def facts_on_disk(path: Path) -> dict[str, dict]:
    return {f["id"]: f for f in on_disk(path)["facts"]}


def status_on_disk(path: Path, fid: str) -> str:
    return facts_on_disk(path)[fid].get("review", {}).get("status", "pending")


def open_doc(page, served: Served, key: str, *, grouped: bool = False) -> None:
    """Open a document; identical mentions grouped only when asked (the tests of one card at a time)."""
    page.goto(f"{served.url}doc/{key}")
    page.wait_for_selector("body[data-ready]")
    if not grouped and page.is_checked("#f-group"):
        page.uncheck("#f-group")


def wait_js(page, expression: str, timeout: float = 6.0):
    """Wait until ``expression`` is true in the page (polled from here: the page's CSP
    forbids the eval ``page.wait_for_function`` needs)."""
    return wait_for(lambda: page.evaluate(expression), timeout, what=expression)


def image_scale(page) -> float:
    """CSS pixels per PDF point of the page image shown."""
    dpi = int(page.eval_on_selector("#page-img", "e => new URL(e.src).searchParams.get('dpi')"))
    width = page.eval_on_selector("#page-img", "e => e.clientWidth")
    natural = page.eval_on_selector("#page-img", "e => e.naturalWidth")
    return width / natural * dpi / 72


def current_id(page) -> str:
    return page.eval_on_selector(".fact.current", "e => e.dataset.id")


SELECT_JS = """([text, where]) => {
  for (const s of document.querySelectorAll(where || '.fact .sentence')) {
    const full = s.textContent;
    const at = full.indexOf(text);
    if (at < 0) continue;
    const walker = document.createTreeWalker(s, NodeFilter.SHOW_TEXT);
    let pos = 0, node, range = document.createRange(), started = false;
    while ((node = walker.nextNode())) {
      const len = node.textContent.length;
      if (!started && at < pos + len) { range.setStart(node, at - pos); started = true; }
      if (started && at + text.length <= pos + len) { range.setEnd(node, at + text.length - pos); break; }
      pos += len;
    }
    const sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
    s.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
    return s.closest('.fact') ? s.closest('.fact').dataset.id : 'page-text';
  }
  return null;
}"""


def test_keyboard_review_lands_on_disk(page, served):
    path = served.out / "en01_trial_two_column.json"
    open_doc(page, served, "en01_trial_two_column")
    first = current_id(page)
    page.keyboard.press("a")
    wait_for(lambda: status_on_disk(path, first) == "accepted", what="accept on disk")
    # the page moves on once the save is answered, which may come after the write
    wait_for(lambda: current_id(page) != first, what="the next card")
    second = current_id(page)
    page.keyboard.press("x")
    wait_for(lambda: status_on_disk(path, second) == "rejected", what="reject on disk")
    badge = f'.fact[data-id="{second}"] .badge'
    wait_for(lambda: page.eval_on_selector(badge, "e => e.textContent") == "rejected", what="the rejected badge")
    page.keyboard.press("Backspace")  # undo the reject
    wait_for(lambda: status_on_disk(path, second) == "pending", what="undo on disk")
    assert facts_on_disk(path)[second]["review"] == {"status": "pending"}
    assert status_on_disk(path, first) == "accepted"
    wait_for(lambda: current_id(page) == second, what="the undone card, current again")
    # space skips, j/k and arrows move
    page.keyboard.press(" ")
    third = current_id(page)
    assert third != second and status_on_disk(path, third) == "pending"
    page.keyboard.press("k")
    assert current_id(page) == second
    page.keyboard.press("ArrowDown")
    assert current_id(page) == third
    # help overlay
    page.keyboard.press("?")
    assert page.is_visible("#help")
    page.keyboard.press("Escape")
    assert not page.is_visible("#help")
    counts = page.text_content("#counts")
    assert "accepted 1" in counts and "rejected 0" in counts


def test_edit_a_dose_invalid_then_valid(page, served):
    path = served.out / "en01_trial_two_column.json"
    open_doc(page, served, "en01_trial_two_column")
    page.select_option("#f-type", "dose")
    fid = current_id(page)
    assert facts_on_disk(path)[fid]["type"] == "dose"
    before = path.read_bytes()
    page.keyboard.press("e")
    page.wait_for_selector("#modal:not([hidden])")
    page.fill('#form-fields [data-field="value"]', "abc")
    page.keyboard.press("Enter")
    page.wait_for_selector("#form-error:not([hidden])")
    assert "valid number" in page.text_content("#form-error")
    assert path.read_bytes() == before  # nothing saved
    page.fill('#form-fields [data-field="value"]', "1.5×10^7")
    page.keyboard.press("Enter")
    page.wait_for_selector("#modal", state="hidden")
    stored = wait_for(lambda: facts_on_disk(path)[fid]["review"].get("value"), what="edit on disk")
    assert stored["value"] == 15000000.0
    assert facts_on_disk(path)[fid]["review"]["status"] == "edited"
    assert "1.5×10^7" in page.text_content(f'.fact[data-id="{fid}"] .value')
    page.keyboard.press("Backspace")  # undo the edit
    wait_for(lambda: status_on_disk(path, fid) == "pending", what="undo of the edit")


def test_select_text_and_add_a_fact(page, served):
    path = served.out / "en01_trial_two_column.json"
    open_doc(page, served, "en01_trial_two_column")
    n_before = len(facts_on_disk(path))
    source = page.evaluate(SELECT_JS, ["28 women"])
    assert source, "no sentence with '28 women' on the page"
    page.wait_for_selector("#addbar:not([hidden])")
    page.click('#addbar button[data-type="sample_size"]')
    page.wait_for_selector("#modal:not([hidden])")
    page.fill('#form-fields [data-field="n"]', "28")
    page.fill("#form input[name=note]", "from the browser")
    page.keyboard.press("Enter")
    page.wait_for_selector("#modal", state="hidden")
    wait_for(lambda: len(facts_on_disk(path)) == n_before + 1, what="added fact on disk")
    facts = facts_on_disk(path)
    added = [f for f in facts.values() if f.get("review", {}).get("status") == "added"]
    assert len(added) == 1
    new = added[0]
    src = facts[source]
    assert new["id"].startswith("ad-") and new["rule"] == "review.added"
    assert new["text"] == "28 women" and new["value"] == {"n": 28, "unit": "patients"}
    ev = new["evidence"]
    assert ev["sentence"] == src["evidence"]["sentence"] and ev["page"] == src["evidence"]["page"]
    assert ev["sentence"][ev["start"] : ev["end"]] == "28 women"
    assert new["review"]["note"] == "from the browser"
    # boxed like an extracted fact: its characters' boxes from the PDF's text layer
    assert ev["boxes_from"] == "text_layer" and ev["boxes"]
    wait_for(lambda: page.query_selector(f'.fact[data-id="{new["id"]}"]'), what="the new card")
    assert current_id(page) == new["id"]
    page.wait_for_selector("#page-boxes .box.box-added")
    page.keyboard.press("Backspace")  # undo the addition
    wait_for(lambda: len(facts_on_disk(path)) == n_before, what="undo of the addition")


def test_add_a_fact_in_a_sentence_without_facts_and_see_its_highlight(page, tmp_path):
    out, pdfs = own_out(tmp_path)
    path = out / "own.json"
    served = Served(out, pdfs)
    try:
        open_doc(page, served, "own")
        n_before = len(facts_on_disk(path))
        sentence = "The injections were given twice, four weeks apart."
        assert sentence not in {f["evidence"]["sentence"] for f in facts_on_disk(path).values()}
        page.keyboard.press("t")  # the page text: every sentence of the page
        page.wait_for_selector("#page-sentences .sentence >> text=The injections were given twice")
        assert page.is_hidden("#page-img")
        assert page.evaluate(SELECT_JS, ["twice", "#page-sentences .sentence"]) == "page-text"
        page.wait_for_selector("#addbar:not([hidden])")
        page.click('#addbar button[data-type="sessions"]')
        page.wait_for_selector("#modal:not([hidden])")
        assert "p. 1" in page.text_content("#form-span")
        page.fill('#form-fields [data-field="count"]', "2")
        page.keyboard.press("Enter")
        page.wait_for_selector("#modal", state="hidden")
        wait_for(lambda: len(facts_on_disk(path)) == n_before + 1, what="added fact on disk")
        new = next(f for f in facts_on_disk(path).values() if f["rule"] == "review.added")
        ev = new["evidence"]
        assert new["text"] == "twice" and new["value"] == {"count": 2}
        assert (ev["page"], ev["sentence"], ev["sentence"][ev["start"] : ev["end"]]) == (1, sentence, "twice")
        assert ev["boxes_from"] == "text_layer" and len(ev["boxes"]) == 1
        # back on the page image, the new fact is current and boxed where its characters are
        wait_for(lambda: page.query_selector(f'.fact.current[data-id="{new["id"]}"]'), what="the new card, current")
        page.wait_for_selector("#page-img:not([hidden])")
        wait_js(page, "document.getElementById('page-img').naturalWidth > 0")
        box = page.wait_for_selector("#page-boxes .box.box-added")
        drawn = box.bounding_box()
        img = page.query_selector("#page-img").bounding_box()
        scale = image_scale(page)
        _, x0, top, x1, bottom = ev["boxes"][0]
        assert abs(drawn["x"] - (img["x"] + x0 * scale)) <= 2 and abs(drawn["y"] - (img["y"] + top * scale)) <= 2
        assert abs(drawn["width"] - (x1 - x0) * scale) <= 2 and abs(drawn["height"] - (bottom - top) * scale) <= 2
        assert page.locator(f'#page-boxes .box[data-fact-id="{new["id"]}"]').count() == 1
        # and every other fact of the page too, a box per line it spans
        others = [b for f in facts_on_disk(path).values() if f["id"] != new["id"] for b in f["evidence"]["boxes"] if b[0] == 1]
        assert others and page.locator("#page-boxes .box").count() == 1 + len(others)
        # the page text now counts the fact in its sentence
        page.keyboard.press("t")
        item = page.wait_for_selector("#page-sentences .page-sentence.has-facts >> text=The injections were given twice")
        assert item
    finally:
        served.close()


def test_chinese_selection_offsets(page, served):
    path = served.out / "zh01_trial_hucmsc.json"
    open_doc(page, served, "zh01_trial_hucmsc")
    source = page.evaluate(SELECT_JS, ["61例POI患者"])
    assert source
    page.click('#addbar button[data-type="sample_size"]')
    page.fill('#form-fields [data-field="n"]', "61")
    page.keyboard.press("Enter")
    page.wait_for_selector("#modal", state="hidden")
    new = wait_for(lambda: next((f for f in facts_on_disk(path).values() if f["rule"] == "review.added"), None), what="added fact")
    ev = new["evidence"]
    assert ev["sentence"][ev["start"] : ev["end"]] == "61例POI患者" == new["text"] and ev["lang"] == "zh"


def test_a_second_tab_gets_409_and_can_reload(browser, served):
    path = served.out / "en01_trial_two_column.json"
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    tab1, tab2 = context.new_page(), context.new_page()
    try:
        open_doc(tab1, served, "en01_trial_two_column")
        open_doc(tab2, served, "en01_trial_two_column")
        fid = current_id(tab1)
        tab1.keyboard.press("a")
        wait_for(lambda: status_on_disk(path, fid) == "accepted", what="tab 1's accept")
        saved = path.read_bytes()
        tab2.keyboard.press("x")
        tab2.wait_for_selector("#stale:not([hidden])")
        assert "saved elsewhere" in tab2.text_content("#stale-text")
        assert path.read_bytes() == saved
        tab2.click("#stale-reload")
        tab2.wait_for_selector("#stale", state="hidden")
        assert tab2.eval_on_selector(f'.fact[data-id="{fid}"] .badge', "e => e.textContent") == "accepted"
        other = current_id(tab2)
        tab2.keyboard.press("x")
        wait_for(lambda: status_on_disk(path, other) == "rejected", what="tab 2 after reload")
    finally:
        context.close()


def test_start_page_progress(page, served):
    path = served.out / "zh01_trial_hucmsc.json"
    open_doc(page, served, "zh01_trial_hucmsc")
    fid = current_id(page)
    page.keyboard.press("a")
    wait_for(lambda: status_on_disk(path, fid) == "accepted")
    page.goto(served.url)
    row = page.locator("tr", has_text="zh01_trial_hucmsc")
    assert row.locator("td.st-accepted").text_content() == "1"
    assert int(row.locator("progress").get_attribute("value")) == 1
    page.click("text=en01_trial_two_column")
    page.wait_for_selector("body[data-ready]")


def test_300_facts_load_and_page_images_wait_until_asked(page, tmp_path):
    pdfs = tmp_path / "pdfs"
    pdfs.mkdir()
    pdf = pdfs / "big.pdf"
    shutil.copy(PAPERS / "en01_trial_two_column.pdf", pdf)
    kinds = ["cell_type", "dose", "route", "sessions", "hormone_change", "sample_size"]
    facts = []
    for i in range(300):
        sentence = f"Sentence {i}: 5×10^6 cells of umbilical cord MSCs, FSH fell, two injections, 61 patients, intraovarian injection."
        text = {"cell_type": "umbilical cord MSCs", "dose": "5×10^6 cells", "route": "intraovarian injection", "sessions": "two injections", "hormone_change": "FSH", "sample_size": "61 patients"}
        kind = kinds[i % 6]
        facts.append(fact(f"f-{i:03d}", kind, sentence, text[kind], page=1 if i < 150 else 2, confidence=round((i % 10) / 10, 1)))
    out = tmp_path / "out"
    write(out / "big.json", result(facts, path="big.pdf", sha=sha256(pdf)))
    served = Served(out, pdfs)
    try:
        start = time.perf_counter()
        page.goto(f"{served.url}doc/big")
        page.wait_for_selector("body[data-ready]")
        loaded = time.perf_counter() - start
        assert page.locator(".fact").count() == 6  # identical mentions grouped: one card per type here
        page.uncheck("#f-group")
        assert page.locator(".fact").count() == 300
        wait_js(page, "document.getElementById('page-img').naturalWidth > 0")
        print(f"\n300-fact document: page ready in {loaded * 1000:.0f} ms")
        assert served.store.renders == 1  # the current fact's page, not both pages
        for _ in range(5):
            page.keyboard.press("j")
        assert served.store.renders == 1
        page.select_option("#f-sort", "conf-asc")
        assert page.locator(".fact").count() == 300
        assert loaded < 30  # generous: a sanity bound, not a benchmark
    finally:
        served.close()


def test_missing_pdf_shows_the_sentence_with_a_note(page, extracted, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(extracted, out)
    data = json.loads((out / "en01_trial_two_column.json").read_text(encoding="utf-8"))
    data["document"]["path"] = "gone/en01_trial_two_column.pdf"
    write(out / "en01_trial_two_column.json", data)
    served = Served(out)
    try:
        open_doc(page, served, "en01_trial_two_column")
        assert page.is_visible("#page-note") and not page.is_visible("#page-img")
        assert "PDF not found" in page.text_content("#page-note")
        assert served.store.renders == 0
    finally:
        served.close()


def test_script_in_a_sentence_stays_text(page, tmp_path):
    evil = "Cells <img src=x onerror=window.__pwned=1> and <script>window.__pwned=1</script> 5×10^6 cells."
    out = tmp_path / "out"
    write(out / "evil.json", result([fact("do-1", "dose", evil, "5×10^6 cells")], title="<script>window.__pwned=1</script>"))
    served = Served(out)
    try:
        open_doc(page, served, "evil")
        assert page.evaluate("window.__pwned === undefined")
        assert page.text_content(".fact .sentence") == evil
        assert page.locator(".fact .sentence img").count() == 0
    finally:
        served.close()


# ---------------------------------------------------------------- a day's work: the page, every fact, pending first, 300 pages


@pytest.fixture(scope="session")
def big_doc(tmp_path_factory):
    """(pdf folder, result data) of a 300-page PDF of our own, built once a session."""
    from reviewkit import big_result, make_big_pdf

    tmp = tmp_path_factory.mktemp("big-review")
    pdf = make_big_pdf(tmp / "pdfs" / "big.pdf")
    return tmp / "pdfs", big_result(pdf)


@pytest.fixture
def big(big_doc, tmp_path):
    pdfs, data = big_doc
    out = tmp_path / "out"
    write(out / "big.json", data)
    s = Served(out, pdfs)
    yield s
    s.close()


@pytest.fixture
def own(tmp_path):
    out, pdfs = own_out(tmp_path)
    s = Served(out, pdfs)
    yield s
    s.close()


def shown_image(page) -> int | None:
    """The page number of the image shown (None: none, or loading)."""
    value = page.evaluate("() => document.getElementById('page-img').hidden ? null : document.body.dataset.imagePage")
    return int(value) if value else None


def boxes_of(data_or_path, page_no: int) -> dict[str, int]:
    facts = data_or_path["facts"] if isinstance(data_or_path, dict) else on_disk(data_or_path)["facts"]
    out: dict[str, int] = {}
    for f in facts:
        n = sum(1 for b in f["evidence"]["boxes"] if int(b[0]) == page_no)
        if n:
            out[f["id"]] = n
    return out


def in_view(page, selector: str, container: str) -> bool:
    return page.evaluate(
        """([s, c]) => { const r = document.querySelector(s).getBoundingClientRect();
                         const v = document.querySelector(c).getBoundingClientRect();
                         return r.top >= v.top - 1 && r.bottom <= v.bottom + 1 && r.height > 0; }""",
        [selector, container],
    )


def test_the_page_image_is_sharp_zooms_and_shows_the_current_box(page, own):
    open_doc(page, own, "own")
    wait_js(page, "document.body.dataset.imagePage === '1' && !document.getElementById('page-img').hidden")
    ratio = lambda: page.eval_on_selector("#page-img", "e => e.naturalWidth / e.clientWidth")  # noqa: E731
    width = lambda: page.eval_on_selector("#page-img", "e => e.clientWidth")  # noqa: E731
    assert ratio() >= 2  # image pixels per CSS pixel (device pixel ratio 1 here)
    fit = width()
    page.keyboard.press("+")
    page.keyboard.press("+")
    wait_for(lambda: abs(width() - fit * 1.5625) < 3, what="zoomed in twice")
    wait_for(lambda: ratio() >= 2, what="a sharper image for the zoom")
    assert page.eval_on_selector("#zoom-level", "e => e.textContent") == "156%"
    # the current fact's box is in view, drawn where its characters are at this zoom
    assert in_view(page, "#page-boxes .box.current", "#viewer")
    page.keyboard.press("0")
    wait_for(lambda: abs(width() - fit) < 2, what="fit the width")
    page.keyboard.press("-")
    wait_for(lambda: abs(width() - fit / 1.25) < 3, what="zoomed out")
    current = current_id(page)
    box = page.query_selector(f'#page-boxes .box.current[data-fact-id="{current}"]').bounding_box()
    img = page.query_selector("#page-img").bounding_box()
    ev = facts_on_disk(own.out / "own.json")[current]["evidence"]
    _, x0, top, _, _ = ev["boxes"][0]
    scale = image_scale(page)
    assert abs(box["x"] - (img["x"] + x0 * scale)) <= 2 and abs(box["y"] - (img["y"] + top * scale)) <= 2


def test_every_fact_of_the_page_is_boxed_in_its_types_colour_with_its_status(page, own):
    path = own.out / "own.json"
    open_doc(page, own, "own")
    wait_js(page, "document.body.dataset.imagePage === '1'")
    expected = boxes_of(path, 1)
    assert len(expected) >= 3
    ids = page.eval_on_selector_all("#page-boxes .box", "bs => bs.map(b => b.dataset.factId)")
    assert sorted(set(ids)) == sorted(expected) and len(ids) == sum(expected.values())
    facts = facts_on_disk(path)
    colour = {}
    for fid in expected:
        c = page.eval_on_selector(f'#page-boxes .box[data-fact-id="{fid}"]', "b => getComputedStyle(b).outlineColor")
        colour.setdefault(facts[fid]["type"], set()).add(c)
    assert all(len(c) == 1 for c in colour.values())  # one colour a type …
    assert len({next(iter(c)) for c in colour.values()}) == len(colour)  # … and a different one for each
    legend = page.text_content("#legend")
    for label in ("Sample size", "Cell type", "Route"):
        assert label.lower() in legend.lower()
    # the status is on the box
    first = current_id(page)
    page.keyboard.press("a")
    wait_for(lambda: status_on_disk(path, first) == "accepted", what="accepted")
    box = page.wait_for_selector(f'#page-boxes .box.status-accepted[data-fact-id="{first}"]')
    assert box.text_content() == "✓"
    # a click on a box selects its fact
    other = next(fid for fid in expected if fid not in (first, current_id(page)))
    page.click(f'#page-boxes .box[data-fact-id="{other}"]')
    assert current_id(page) == other
    assert page.get_attribute(f'#page-boxes .box[data-fact-id="{other}"]', "class").split().count("current") == 1


def test_the_page_text_marks_every_span_and_shows_the_current_sentence(page, own):
    path = own.out / "own.json"
    open_doc(page, own, "own")
    page.keyboard.press("t")
    page.wait_for_selector("#page-sentences mark.fact-span")
    on_page = [f for f in facts_on_disk(path).values() if f["evidence"]["page"] == 1]
    marked = page.eval_on_selector_all("#page-sentences mark.fact-span", "ms => ms.map(m => [m.dataset.factId, m.textContent])")
    assert sorted(marked) == sorted([f["id"], f["text"]] for f in on_page)
    sentence = page.text_content("#page-sentences .current-sentence .sentence")
    assert sentence == facts_on_disk(path)[current_id(page)]["evidence"]["sentence"]
    assert in_view(page, "#page-sentences .current-sentence", "#viewer")


def test_opens_at_the_first_pending_fact_and_a_x_space_go_to_the_next_pending(page, tmp_path):
    s1 = "Each ovary received 5×10^6 cells of umbilical cord MSCs by intraovarian injection."
    s2 = "FSH decreased after two injections in 61 patients."
    decided = {"status": "accepted", "at": "2026-01-01T00:00:00Z"}
    facts = [
        fact("f1", "cell_type", s1, "umbilical cord MSCs", review=decided),
        fact("f2", "dose", s1, "5×10^6 cells", review=decided),
        fact("f3", "route", s1, "intraovarian injection"),
        fact("f4", "hormone_change", s2, "FSH", page=2, review={"status": "rejected", "at": "2026-01-01T00:00:00Z"}),
        fact("f5", "sessions", s2, "two injections", page=2),
        fact("f6", "sample_size", s2, "61 patients", page=2, review=decided),
    ]
    out = tmp_path / "out"
    write(out / "d.json", result(facts))
    served = Served(out)
    try:
        open_doc(page, served, "d")
        assert current_id(page) == "f3"  # not f1, already accepted
        page.keyboard.press("x")
        assert current_id(page) == "f5"  # f4 is decided: skipped
        page.keyboard.press("k")
        page.keyboard.press("k")
        assert current_id(page) == "f3"
        page.keyboard.press(" ")  # skip: to the next pending one
        assert current_id(page) == "f5"
        wait_for(lambda: status_on_disk(out / "d.json", "f3") == "rejected", what="f3 rejected")
    finally:
        served.close()


def test_focus_mode_shows_one_card(page, own):
    open_doc(page, own, "own")
    assert page.locator(".fact:visible").count() >= 3
    page.keyboard.press("f")
    assert page.locator(".fact:visible").count() == 1
    fid = current_id(page)
    assert page.is_visible(f'.fact[data-id="{fid}"]')
    page.keyboard.press("j")
    assert page.locator(".fact:visible").count() == 1 and current_id(page) != fid
    page.keyboard.press("f")
    assert page.locator(".fact:visible").count() >= 3


def test_identical_mentions_are_one_card_decided_at_once_or_opened(page, big):
    path = big.out / "big.json"
    open_doc(page, big, "big", grouped=True)
    data = on_disk(path)
    cell = [f["id"] for f in data["facts"] if f["type"] == "cell_type"]
    pages = {f["evidence"]["page"] for f in data["facts"] if f["type"] == "cell_type"}
    head = page.locator(".fact.group-head", has_text="umbilical cord MSCs")
    assert head.locator(".group-text").text_content() == f"umbilical cord MSCs ×{len(cell)} on {len(pages)} pages"
    assert page.locator(".fact").count() == len({f["type"] for f in data["facts"]})
    head.locator('[data-act="group-accepted"]').click()
    wait_for(lambda: all(s["review"]["status"] == "accepted" for s in on_disk(path)["facts"] if s["id"] in cell), what="all accepted")
    assert "accepted" in head.locator(".group-status").text_content()
    page.keyboard.press("Backspace")  # one undo takes the group back
    wait_for(lambda: all(s["review"]["status"] == "pending" for s in on_disk(path)["facts"] if s["id"] in cell), what="all pending")
    wait_js(page, "document.body.dataset.saving === '0'")
    # a page whose mentions are all in groups: the list follows with a group's card, the page stays
    page.keyboard.press("g")
    page.keyboard.type("42")
    page.keyboard.press("Enter")
    wait_js(page, "document.body.dataset.imagePage === '42' && !document.getElementById('page-img').hidden", 10)
    key = page.eval_on_selector(".fact.current", "e => e.dataset.group")
    assert key and page.evaluate("document.body.dataset.page") == "42"
    members = page.evaluate("k => Array.from(document.querySelectorAll('.fact')).find(e => e.dataset.group === k).dataset.type", key)
    on_42 = [f for f in data["facts"] if f["evidence"]["page"] == 42 and f["type"] == members]
    wait_for(lambda: page.locator("#page-boxes .box.current").count() == len(on_42), what="the group's mentions on page 42 marked")
    head.click()
    page.keyboard.press("o")  # open the group: every mention a card
    wait_for(lambda: page.locator(".fact[data-type=cell_type]").count() == len(cell), what="the group opened")


def test_g_250_shows_page_250_with_its_boxes_rendering_few_pages_on_the_way(page, big):
    big_data = on_disk(big.out / "big.json")
    open_doc(page, big, "big")
    wait_js(page, "document.body.dataset.imagePage === '1'")
    renders = big.store.renders
    page.keyboard.press("g")
    page.keyboard.type("250")
    started = time.perf_counter()
    page.keyboard.press("Enter")
    # never the image of another page under the new number: loading, then page 250
    assert page.evaluate("document.body.dataset.page") == "250"
    assert shown_image(page) in (None, 250)
    wait_js(page, "document.body.dataset.imagePage === '250' && !document.getElementById('page-img').hidden", 10)
    expected = boxes_of(big_data, 250)
    wait_for(lambda: page.locator("#page-boxes .box").count() == sum(expected.values()), what="the boxes of page 250")
    print(f"\ng 250: page 250 and its {len(expected)} boxes shown {time.perf_counter() - started:.2f} s after Enter")
    assert set(page.eval_on_selector_all("#page-boxes .box", "bs => bs.map(b => b.dataset.factId)")) == set(expected)
    assert big.store.renders - renders == 1  # page 250 alone
    # the list follows: the current fact is one of page 250
    assert facts_on_disk(big.out / "big.json")[current_id(page)]["evidence"]["page"] == 250
    # twenty pages turned at once: the newest is rendered, the ones between are not
    renders = big.store.renders
    for _ in range(20):
        page.keyboard.press("]")
    assert page.evaluate("document.body.dataset.page") == "270"
    wait_js(page, "document.body.dataset.imagePage === '270' && !document.getElementById('page-img').hidden", 10)
    assert big.store.renders - renders <= 2, big.store.renders - renders
    assert big.store.pdfs.opens == 1  # the PDF stays open between pages


def _slow_saves(store, seconds: float):
    """Every decision waits ``seconds`` before it is saved (a slow disk); returns the saves started."""
    import extractor.review.decisions as decisions_mod

    started = []
    real = decisions_mod.Decisions.decide

    def slow(self, *a, **kw):
        started.append(time.monotonic())
        time.sleep(seconds)
        return real(self, *a, **kw)

    store.decisions.decide = slow.__get__(store.decisions)
    return started


def test_100_decisions_with_their_saves_in_flight_then_a_reload(page, big):
    path = big.out / "big.json"
    open_doc(page, big, "big")
    _slow_saves(big.store, 0.12)
    order = []
    in_flight = 0
    for i in range(100):
        order.append(current_id(page))
        if i and int(page.evaluate("document.body.dataset.saving")) > 0:
            in_flight += 1
        page.keyboard.press("a")
    assert len(set(order)) == 100
    assert in_flight >= 90, in_flight  # the next key came while the last save was still on its way
    wait_js(page, "document.body.dataset.saving === '0'", 60)
    page.reload()
    page.wait_for_selector("body[data-ready]")
    facts = facts_on_disk(path)
    assert all(facts[fid]["review"]["status"] == "accepted" for fid in order)
    assert sum(f.get("review", {}).get("status") == "accepted" for f in facts.values()) == 100
    page.keyboard.press("Backspace")  # after the reload, undo takes back the last of the 100
    wait_for(lambda: status_on_disk(path, order[-1]) == "pending", what="the last decision undone")
    facts = facts_on_disk(path)
    assert all(facts[fid]["review"]["status"] == "accepted" for fid in order[:-1])


def test_undo_while_the_save_is_in_flight_undoes_that_decision(page, own):
    path = own.out / "own.json"
    open_doc(page, own, "own")
    first = current_id(page)
    page.keyboard.press("a")
    wait_for(lambda: status_on_disk(path, first) == "accepted", what="the first decision")
    wait_js(page, "document.body.dataset.saving === '0'")
    _slow_saves(own.store, 0.5)
    second = current_id(page)
    page.keyboard.press("x")
    assert int(page.evaluate("document.body.dataset.saving")) == 1  # still on its way …
    page.keyboard.press("Backspace")  # … and undone
    wait_js(page, "document.body.dataset.saving === '0'", 10)
    assert status_on_disk(path, second) == "pending"
    assert status_on_disk(path, first) == "accepted"  # not the one before


def test_keyboard_selection_adds_a_fact(page, own):
    path = own.out / "own.json"
    open_doc(page, own, "own")
    facts = facts_on_disk(path)
    cell = next(fid for fid, f in facts.items() if f["type"] == "cell_type")
    start = current_id(page)
    page.keyboard.press("Shift+ArrowRight")  # no selection: not a move
    assert current_id(page) == start
    page.click(f'.fact[data-id="{cell}"] .where')
    assert current_id(page) == cell
    page.keyboard.press("s")  # the span of the fact, selected
    page.wait_for_selector("#addbar:not([hidden])")
    assert page.evaluate("window.getSelection().toString()") == "umbilical cord stromal cells"
    page.keyboard.press("Shift+ArrowLeft")  # a word to the left
    page.keyboard.press("Shift+ArrowLeft")
    assert page.evaluate("window.getSelection().toString()") == "ten million umbilical cord stromal cells"
    page.keyboard.press("ArrowRight")  # a character to the right: the space after
    page.keyboard.press("ArrowUp")  # and back
    assert page.evaluate("window.getSelection().toString()") == "ten million umbilical cord stromal cells"
    types = page.eval_on_selector_all("#addbar button", "bs => bs.map(b => b.dataset.type)")
    page.keyboard.press(str(types.index("dose") + 1))
    page.wait_for_selector("#modal:not([hidden])")
    assert "Add a fact: Dose" in page.text_content("#form-title")
    page.fill('#form-fields [data-field="value"]', "1e7")
    page.select_option('#form-fields [data-field="unit"]', "cells")
    page.keyboard.press("Enter")
    page.wait_for_selector("#modal", state="hidden")
    new = wait_for(lambda: next((f for f in facts_on_disk(path).values() if f["rule"] == "review.added"), None), what="the added fact")
    assert new["type"] == "dose" and new["text"] == "ten million umbilical cord stromal cells"
    assert new["evidence"]["sentence"] == facts[cell]["evidence"]["sentence"] and new["evidence"]["boxes"]


def test_space_on_a_focused_button_presses_it(page, own):
    path = own.out / "own.json"
    open_doc(page, own, "own")
    fid = current_id(page)
    page.focus(f'.fact[data-id="{fid}"] [data-act="rejected"]')
    page.keyboard.press(" ")
    wait_for(lambda: status_on_disk(path, fid) == "rejected", what="the focused button pressed")


def test_a_note_keeps_the_decision(page, own):
    path = own.out / "own.json"
    open_doc(page, own, "own")
    fid = current_id(page)
    page.keyboard.press("n")
    page.wait_for_selector("#note-modal:not([hidden])")
    page.fill("#note-form input[name=note]", "dose per ovary, checked")
    page.click('#note-form button[data-status="accepted"]')
    wait_for(lambda: status_on_disk(path, fid) == "accepted", what="accepted with a note")
    assert facts_on_disk(path)[fid]["review"]["note"] == "dose per ovary, checked"
    wait_js(page, "document.body.dataset.saving === '0'")
    page.click(f'.fact[data-id="{fid}"] .where')
    page.keyboard.press("n")
    page.fill("#note-form input[name=note]", "checked twice")
    page.keyboard.press("Enter")
    wait_for(lambda: facts_on_disk(path)[fid]["review"].get("note") == "checked twice", what="the note changed")
    assert status_on_disk(path, fid) == "accepted"  # not "edited"
    # the edit form with the value left alone: a note too
    page.keyboard.press("e")
    page.wait_for_selector("#modal:not([hidden])")
    page.fill("#form input[name=note]", "third look")
    page.keyboard.press("Enter")
    wait_for(lambda: facts_on_disk(path)[fid]["review"].get("note") == "third look", what="the note from the edit form")
    assert status_on_disk(path, fid) == "accepted"


def test_the_history_lists_decisions_survives_a_reload_and_undoes_any(page, own):
    path = own.out / "own.json"
    open_doc(page, own, "own")
    decided = []
    for key in ("a", "x", "a"):
        decided.append(current_id(page))
        page.keyboard.press(key)
    wait_js(page, "document.body.dataset.saving === '0'")
    page.reload()
    page.wait_for_selector("body[data-ready]")
    page.keyboard.press("h")
    items = page.locator("#history-list .history-item")
    assert items.count() == 3
    assert [items.nth(i).get_attribute("data-id") for i in range(3)] == decided[::-1]  # newest first
    assert "rejected" in items.nth(1).text_content()
    items.nth(2).locator(".history-go").click()  # the oldest: go to it
    assert current_id(page) == decided[0]
    items.nth(1).locator(".history-undo").click()  # undo the middle one
    wait_for(lambda: status_on_disk(path, decided[1]) == "pending", what="the middle decision undone")
    assert [status_on_disk(path, f) for f in (decided[0], decided[2])] == ["accepted", "accepted"]
    assert page.locator("#history-list .history-item").count() == 2


def test_document_warnings_are_shown_and_no_facts_says_why(page, tmp_path):
    out = tmp_path / "out"
    scanned = result([], title="Scanned")
    scanned["warnings"] = ["W101 page 1 has no text layer (a scanned page?)"]
    write(out / "scanned.json", scanned)
    warned = result([fact("f1", "dose", "Each ovary received 5×10^6 cells.", "5×10^6 cells")], title="Warned")
    warned["warnings"] = ["W202 the reference list could not be read"]
    write(out / "warned.json", warned)
    served = Served(out)
    try:
        page.goto(served.url)
        row = page.locator("tr", has_text="scanned")
        assert "no facts: W101 page 1 has no text layer" in row.text_content() and "100%" not in row.text_content()
        assert "W202 the reference list could not be read" in page.locator("tr", has_text="warned").text_content()
        open_doc(page, served, "scanned")
        assert "W101 page 1 has no text layer" in page.text_content("#doc-warnings")
        assert "No facts in this document" in page.text_content("#doc-warnings")
        open_doc(page, served, "warned")
        assert "W202 the reference list could not be read" in page.text_content("#doc-warnings")
    finally:
        served.close()


def test_the_list_follows_the_page_and_keeps_the_current_card_in_view_after_filtering(page, big):
    path = big.out / "big.json"
    facts = facts_on_disk(path)
    open_doc(page, big, "big")
    page.keyboard.press("g")
    page.keyboard.type("120")
    page.keyboard.press("Enter")
    fid = current_id(page)
    assert facts[fid]["evidence"]["page"] == 120
    assert in_view(page, f'.fact[data-id="{fid}"]', "#facts")
    page.keyboard.press("]")
    nxt = current_id(page)
    assert facts[nxt]["evidence"]["page"] == 121 and in_view(page, f'.fact[data-id="{nxt}"]', "#facts")
    # a filter that keeps the current card: still current, still in view
    page.select_option("#f-type", facts[nxt]["type"])
    assert current_id(page) == nxt
    assert in_view(page, f'.fact[data-id="{nxt}"]', "#facts")
    assert page.locator(".fact").count() == sum(f["type"] == facts[nxt]["type"] for f in facts.values())
    page.select_option("#f-type", "")
    assert current_id(page) == nxt and in_view(page, f'.fact[data-id="{nxt}"]', "#facts")


def test_the_page_image_follows_the_screens_pixel_density(browser, own):
    context = browser.new_context(viewport={"width": 1280, "height": 800}, device_scale_factor=3)
    page = context.new_page()
    try:
        open_doc(page, own, "own")
        wait_js(page, "document.body.dataset.imagePage === '1' && !document.getElementById('page-img').hidden")
        assert page.evaluate("window.devicePixelRatio") == 3
        assert page.eval_on_selector("#page-img", "e => e.naturalWidth / e.clientWidth") >= 3
        page.keyboard.press("s")  # while selecting, letters decide nothing
        fid = current_id(page)
        page.keyboard.press("a")
        page.keyboard.press("Escape")
        assert current_id(page) == fid and status_on_disk(own.out / "own.json", fid) == "pending"
    finally:
        context.close()
