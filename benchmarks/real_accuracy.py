"""Accuracy on real text: the dev and the test part of ``corpus/real``.

    python benchmarks/real_accuracy.py            # both parts
    python benchmarks/real_accuracy.py --split test --errors
    python benchmarks/real_accuracy.py --split heldout
    python benchmarks/real_accuracy.py --split blind --errors

Runs ``litx extract`` on the PDFs of each part of the split
(``corpus/real/split.json``) and ``litx evaluate`` against their gold
(``corpus/gold/real``), and prints the report.  The test part is the honest
figure: no rule or code change may be made because of what it misses.
``heldout`` is the set of invented papers written and annotated by someone
who had not seen the rules (``corpus/heldout``, gold ``corpus/gold/heldout``):
measured, never tuned on, like the test part.  ``blind`` is a second set
written the same way (``corpus/blind``, gold ``corpus/gold/blind``), kept to
study and tune on: what the rules miss on phrasings they were not written
for, without looking at the held-out set.
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
#: the invented sets: their PDFs and gold
INVENTED = {name: (ROOT / "corpus" / name / "pdfs", ROOT / "corpus" / "gold" / name) for name in ("heldout", "blind")}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["dev", "test", "both", *INVENTED], default="both")
    parser.add_argument("--errors", action="store_true", help="list misses and false hits")
    parser.add_argument("--litx", default=shutil.which("litx") or str(Path(sys.executable).parent / "litx"))
    args = parser.parse_args()
    split = json.loads((REAL / "split.json").read_text(encoding="utf-8"))
    split.update({name: sorted(p.stem for p in pdfs.glob("*.pdf")) for name, (pdfs, _) in INVENTED.items()})
    for part in (["dev", "test"] if args.split == "both" else [args.split]):
        pdf_dir, gold_dir = INVENTED.get(part, (REAL / "pdfs", GOLD))
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
