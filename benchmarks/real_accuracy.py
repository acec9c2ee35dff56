"""Accuracy on real text: the dev and the test part of ``corpus/real``.

    python benchmarks/real_accuracy.py            # both parts
    python benchmarks/real_accuracy.py --split test --errors
    python benchmarks/real_accuracy.py --split heldout

Runs ``litx extract`` on the PDFs of each part of the split
(``corpus/real/split.json``) and ``litx evaluate`` against their gold
(``corpus/gold/real``), and prints the report.  The test part is the honest
figure: no rule or code change may be made because of what it misses.
``heldout`` is the set of invented papers written and annotated by someone
who had not seen the rules (``corpus/heldout``, gold ``corpus/gold/heldout``):
measured, never tuned on, like the test part.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "corpus" / "real"
GOLD = ROOT / "corpus" / "gold" / "real"
HELDOUT = ROOT / "corpus" / "heldout"
HELDOUT_GOLD = ROOT / "corpus" / "gold" / "heldout"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["dev", "test", "both", "heldout"], default="both")
    parser.add_argument("--errors", action="store_true", help="list misses and false hits")
    parser.add_argument("--litx", default=shutil.which("litx") or str(Path(sys.executable).parent / "litx"))
    args = parser.parse_args()
    split = json.loads((REAL / "split.json").read_text(encoding="utf-8"))
    split["heldout"] = sorted(p.stem for p in (HELDOUT / "pdfs").glob("*.pdf"))
    for part in (["dev", "test"] if args.split == "both" else [args.split]):
        pdf_dir, gold_dir = (HELDOUT / "pdfs", HELDOUT_GOLD) if part == "heldout" else (REAL / "pdfs", GOLD)
        with tempfile.TemporaryDirectory() as tmp:
            pdfs, gold, out = (Path(tmp) / name for name in ("pdfs", "gold", "out"))
            pdfs.mkdir()
            gold.mkdir()
            for text_id in split[part]:
                shutil.copy(pdf_dir / f"{text_id}.pdf", pdfs)
                shutil.copy(gold_dir / f"{text_id}.json", gold)
            subprocess.run([args.litx, "extract", str(pdfs), "-o", str(out), "--no-progress"],
                           check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            print(f"== {part}: {len(split[part])} texts")
            sys.stdout.flush()
            subprocess.run([args.litx, "evaluate", "--gold", str(gold), str(out), *(["--errors"] if args.errors else [])],
                           check=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
