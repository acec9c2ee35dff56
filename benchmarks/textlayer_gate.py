"""The text-layer gate: a speed change to the layout changes no text layer.

    python benchmarks/textlayer_gate.py save DIR    # before the change
    python benchmarks/textlayer_gate.py check DIR   # after it: exit 1 on any difference

Parses every PDF of ``../shared/corpus/*/``, ``corpus/papers`` and
``corpus/fixtures`` (those present) with each engine, ``--ocr never``, the
rules' sections, and keeps ``to_json`` of the Document (blocks, sentences,
boxes, character boxes) plus ``to_text``.  Keep DIR outside the checkout.

Runs with ``PYTHONHASHSEED=0`` (it starts itself again with it): a few
layers depend on the order of a set of strings, which the hash seed sets.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FOLDERS = [*sorted((ROOT.parent / "shared" / "corpus").glob("*/")), ROOT / "corpus" / "papers", ROOT / "corpus" / "fixtures"]


def layers(engines: list[str]):
    from extractor.layout.render import to_json, to_text
    from extractor.layout.textlayer import parse_pdf, section_vocab
    from extractor.ruleset.model import load_rules

    vocab = section_vocab(load_rules(None))
    for folder in FOLDERS:
        for pdf in sorted(folder.glob("*.pdf")) if folder.is_dir() else []:
            for engine in engines:
                name = f"{folder.name}__{pdf.stem}__{engine}.json"
                try:
                    doc = parse_pdf(pdf, engine=engine, sections=vocab, ocr="never")
                    data = {"json": to_json(doc), "text": to_text(doc)}
                except Exception as exc:  # a PDF that cannot be read: its reason is its layer
                    data = {"error": f"{type(exc).__name__}: {exc}"}
                text = json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True, default=str)
                yield name, text.replace(str(ROOT), "<checkout>")  # the same layers from another checkout


def main() -> int:
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["save", "check"])
    ap.add_argument("dir", type=Path)
    ap.add_argument("--engine", action="append", default=None)
    args = ap.parse_args()
    engines = args.engine or ["pdfium", "pdfplumber"]
    args.dir.mkdir(parents=True, exist_ok=True)
    bad = 0
    n = 0
    for name, text in layers(engines):
        n += 1
        path = args.dir / name
        if args.mode == "save":
            path.write_text(text, encoding="utf-8")
        elif not path.exists() or path.read_text(encoding="utf-8").replace(str(ROOT), "<checkout>") != text:
            bad += 1
            print(f"DIFFERS: {name}")
    print(f"{n} text layers, {bad} differ" if args.mode == "check" else f"{n} text layers saved")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
