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
        page.wait_for_function("document.getElementById('page-img').naturalWidth > 0")
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
        page.wait_for_function("document.getElementById('page-img').naturalWidth > 0")
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
