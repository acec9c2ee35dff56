"""How long the small machinery takes: loading the rules, judging a fact's
context, reading a sentence's hormone changes, dropping overprinted glyphs.

    python benchmarks/finder_speed.py [--runs 5]

Medians over several runs; figures only, never an assertion (the tests
check what these functions do, this script how fast).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from extract_speed import median_time  # this folder is on the path of a script run from it

ROOT = Path(__file__).resolve().parents[1]
SENTENCES = [
    ("经阴道超声引导下卵巢局部注射脐带MSC后，FSH水平明显下降，AMH升高。", "zh"),
    ("未采用静脉注射，患者均未出现发热。", "zh"),
    ("Serum FSH fell from 62 to 18 IU/L and oestradiol rose after intraovarian injection.", "en"),
    ("The cells may have reduced FSH, but LH did not change.", "en"),
    ("POI is diagnosed when FSH rises above 25 IU/L on two occasions.", "en"),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from extractor.facts.hormones import hormone_changes
    from extractor.layout.chars import Char
    from extractor.layout.glyphs import dedupe_overprint
    from extractor.matching.context import context_of
    from extractor.matching.matchers import matcher_for
    from extractor.ruleset import model

    load = median_time(lambda: model._load(model.RULES_DIR, model.YAML_BACKEND), args.runs)
    print(f"loading and validating the rules ({model.YAML_BACKEND}): {load * 1000:.0f} ms")

    rules = model.load_rules()
    matcher = matcher_for(rules)
    prepared = [(s, lang, matcher.match(s, lang)) for s, lang in SENTENCES]
    rounds = 50

    def contexts() -> None:
        for s, lang, ms in prepared:
            for m in ms:
                context_of(s, (m.start, m.end), ms, rules, lang)

    calls = rounds * sum(len(ms) for _, _, ms in prepared)
    per_call = median_time(lambda: [contexts() for _ in range(rounds)], args.runs) / max(calls, 1)
    print(f"context of a fact (negated, hedged, species): {per_call * 1e6:.0f} µs per call")

    def changes() -> None:
        for s, lang, ms in prepared:
            hormone_changes(s, ms, rules, lang)

    per_sentence = median_time(lambda: [changes() for _ in range(rounds)], args.runs) / (rounds * len(prepared))
    print(f"hormone changes of a sentence: {per_sentence * 1e6:.0f} µs per sentence")

    row = "l" * 81
    chars = [Char(ch, 10 + 5 * i, 12 * r + 10, 15 + 5 * i, 12 * r + 20, 10.0, "Times", 12 * r + 18)
             for r in range(60) for i, ch in enumerate(row)]
    page = chars + chars  # every glyph twice
    dedupe = median_time(lambda: dedupe_overprint(page), args.runs)
    print(f"dropping overprinted glyphs of a full page ({len(page)} chars): {dedupe * 1000:.0f} ms")


if __name__ == "__main__":
    main()
