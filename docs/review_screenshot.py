"""Make docs/review.png (the README's picture of ``litx review``).

    python docs/review_screenshot.py [OUT_PNG]

Extracts two sample papers into a temporary folder, records a few
decisions, opens the document page in Debian's Chromium (/usr/bin/chromium,
driven by Playwright; no browser download) at 1280×800 on the page with the
most kinds of facts (every fact boxed in its type's colour, the legend
above), and saves a palette PNG.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def main(target: Path) -> None:
    from PIL import Image
    from playwright.sync_api import sync_playwright

    from extractor.runs.batch import run
    from extractor.review.app import make_server, server_url

    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        (tmp / "in").mkdir()
        for name in ("en01_trial_two_column.pdf", "zh01_trial_hucmsc.pdf"):
            shutil.copy(ROOT / "corpus" / "papers" / name, tmp / "in" / name)
        run(tmp / "in", tmp / "out")
        server = make_server(tmp / "out", None, "127.0.0.1", 0)
        store = server.app.extensions["litx_store"]
        key = "en01_trial_two_column"
        loaded = store.load(key)
        facts = loaded.data["facts"]
        kinds: dict[int, set] = {}
        for f in facts:
            kinds.setdefault(f["evidence"]["page"], set()).add(f["type"])
        shown = max(sorted(kinds), key=lambda p: len(kinds[p]))
        here = [f for f in facts if f["evidence"]["page"] == shown]
        rev = loaded.revision
        _, rev = store.decide(key, rev, here[0]["id"], "accepted")
        _, rev = store.decide(key, rev, here[1]["id"], "accepted", "checked against table 1")
        _, rev = store.decide(key, rev, here[-1]["id"], "rejected", "not this trial's")
        store.fold(key)
        target_fact = next((f["id"] for f in here if f["type"] == "dose" and f.get("review", {}).get("status", "pending") == "pending"), here[2]["id"])
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            with sync_playwright() as pw:
                browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
                page = browser.new_page(viewport={"width": 1280, "height": 800})
                page.goto(f"{server_url(server)}doc/{key}")
                page.wait_for_selector("body[data-ready]")
                page.uncheck("#f-group")
                page.click(f'.fact[data-id="{target_fact}"] .where')
                end = time.monotonic() + 20
                while time.monotonic() < end and page.evaluate("document.body.dataset.imagePage") != str(shown):
                    time.sleep(0.1)
                time.sleep(0.5)
                shot = tmp / "shot.png"
                page.screenshot(path=str(shot))
                browser.close()
        finally:
            server.shutdown()
            server.server_close()
            store.pdfs.close()
        image = Image.open(shot).convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT)
        target.parent.mkdir(parents=True, exist_ok=True)
        image.save(target, optimize=True)
    print(f"{target}: {target.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "review.png")
