"""The refactor gate: a change to how the code is organised changes no result.

    python benchmarks/refactor_gate.py save BASELINE_DIR   # before the change
    python benchmarks/refactor_gate.py check BASELINE_DIR  # after it: exit 1 on any difference

Runs ``litx extract`` (the command, as a user runs it, parse cache off) on
``corpus/papers`` and, when it is beside the checkout, on ``../shared/corpus``
(seed and real PDFs), and keeps each result in a normal form: facts sorted by
id and keys sorted, since the contract leaves the order of facts free.
``check`` prints every document whose facts differ, fact by fact.

Keep BASELINE_DIR outside the checkout; it is made by the code before the
change, so it proves nothing once that code is gone.
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
SETS = {
    "papers": ROOT / "corpus" / "papers",
    "shared": ROOT.parent / "shared" / "corpus",
}


def normal_form(result: dict, folder: Path) -> dict:
    """A result with its facts in id order (the contract leaves order free)
    and its PDF's path relative to the set's folder, so a baseline saved in
    another checkout compares equal."""
    out = dict(result)
    out["facts"] = sorted(result.get("facts", []), key=lambda f: f["id"])
    document = out.get("document")
    if isinstance(document, dict) and isinstance(document.get("path"), str):
        path = Path(document["path"])
        out["document"] = {**document, "path": str(path.relative_to(folder)) if path.is_relative_to(folder) else path.name}
    return out


def run_sets(litx: str, workdir: Path) -> dict[str, dict]:
    """``name/relative.json`` → normal-form result, for every set present."""
    results: dict[str, dict] = {}
    for name, folder in SETS.items():
        if not folder.is_dir():
            print(f"{name}: {folder} missing, skipped", file=sys.stderr)
            continue
        out = workdir / name
        subprocess.run([litx, "extract", str(folder), "-o", str(out), "--no-cache", "--jobs", "2"],
                       check=False, stdout=subprocess.DEVNULL)
        for path in sorted(out.rglob("*.json")):
            if path.name == "litx-run.json":
                continue
            results[f"{name}/{path.relative_to(out)}"] = normal_form(json.loads(path.read_text(encoding="utf-8")), folder.resolve())
    return results


def differences(old: dict, new: dict) -> list[str]:
    """What changed in one document, one line per fact (or field)."""
    lines = []
    for key in sorted(set(old) | set(new)):
        if key != "facts" and old.get(key) != new.get(key):
            lines.append(f"  {key}: {json.dumps(old.get(key), ensure_ascii=False)[:200]} → "
                         f"{json.dumps(new.get(key), ensure_ascii=False)[:200]}")
    before = {f["id"]: f for f in old.get("facts", [])}
    after = {f["id"]: f for f in new.get("facts", [])}
    for fid in sorted(set(before) | set(after)):
        a, b = before.get(fid), after.get(fid)
        if a == b:
            continue
        if a is None:
            lines.append(f"  + {fid} {b['type']} {json.dumps(b['value'], ensure_ascii=False)} «{b['text']}»")
        elif b is None:
            lines.append(f"  - {fid} {a['type']} {json.dumps(a['value'], ensure_ascii=False)} «{a['text']}»")
        else:
            changed = sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))
            lines.append(f"  ~ {fid} {a['type']}: {', '.join(changed)}")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["save", "check"])
    parser.add_argument("baseline", type=Path)
    parser.add_argument("--litx", default=shutil.which("litx") or str(Path(sys.executable).parent / "litx"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        results = run_sets(args.litx, Path(tmp))
    if args.action == "save":
        args.baseline.mkdir(parents=True, exist_ok=True)
        (args.baseline / "results.json").write_text(json.dumps(results, ensure_ascii=False, indent=1, sort_keys=True),
                                                    encoding="utf-8")
        print(f"saved {len(results)} results to {args.baseline}")
        return 0
    baseline = json.loads((args.baseline / "results.json").read_text(encoding="utf-8"))
    failed = 0
    for key in sorted(set(baseline) | set(results)):
        if key not in results or key not in baseline:
            print(f"{key}: {'missing now' if key not in results else 'new'}")
            failed += 1
            continue
        lines = differences(baseline[key], results[key])
        if lines:
            failed += 1
            print(f"{key}:")
            print("\n".join(lines))
    facts = sum(len(r.get("facts", [])) for r in results.values())
    print(f"{len(results)} results, {facts} facts: "
          + ("identical to the baseline" if not failed else f"{failed} differ from the baseline"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
