"""The real-text corpus: verbatim open-access abstracts and passages with gold facts.

The texts are data in ``corpus/real_texts.py`` (each copied word for word from
an open-access source, licence and provenance in ``corpus/real/SOURCES.md``),
with the fact marks of ``make_papers.py`` (``[[words|spec]]``).  This script
lays each one out as a short journal-like PDF with the machinery of
``make_papers.py``/``typesetter.py`` (imported, not copied) in one or two
columns, a serif or a sans body, running heads, and a table where the source
has one, and writes the gold beside it (schema ``litx.gold/1``), so pages and
texts are right by construction.  The last block of every PDF is the
attribution (source, DOI, licence), typeset as a reference entry: it holds no
facts.

    python corpus/make_real.py corpus/real/pdfs          # gold -> corpus/gold/real
    python corpus/make_real.py OUT --gold GOLD --only en_animal_shen2020_hucmsc_mice
    python corpus/make_real.py corpus/heldout/pdfs --set heldout   # gold -> corpus/gold/heldout
    python corpus/make_real.py corpus/blind/pdfs --set blind       # gold -> corpus/gold/blind

``--set heldout`` lays out the held-out papers of ``corpus/heldout_texts.py``
instead: invented papers, written and annotated by someone who had not seen
the rules, kept only to measure litx on phrasings nobody tuned for.
``--set blind`` lays out ``corpus/blind_texts.py``, papers written the same
way and kept to study and tune on.

Byte-for-byte reproducible (reportlab invariant mode, as make_papers.py).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # corpus/ is not a package
import make_papers as mp  # noqa: E402
from real_texts import TEXTS, RealText  # noqa: E402
from typesetter import SANS, running_heads  # noqa: E402

#: species the marks may carry beyond make_papers' (an unnamed animal model)
EXTRA_SPECIES = {"animal"}


class RealPaper(mp.Paper):
    """A Paper whose marks may also carry ``@animal``."""

    def _record(self, spec: str, text: str, page: int, species: str | None) -> None:
        own = None
        if "@" in spec and spec.rsplit("@", 1)[1] in EXTRA_SPECIES:
            spec, own = spec.rsplit("@", 1)
        super()._record(spec, text, page, own or species)


def _sans(styles: mp.LangStyles) -> mp.LangStyles:
    """The language's styles with a sans-serif body (Helvetica for Latin)."""
    sans = lambda st: replace(st, font=SANS)  # noqa: E731
    return replace(
        styles,
        front=tuple((name, sans(st)) for name, st in styles.front),
        paragraphs={k: (sans(a), sans(b)) for k, (a, b) in styles.paragraphs.items()},
        cell=sans(styles.cell), caption=sans(styles.caption), reference=sans(styles.reference))


def _attribution(t: RealText) -> str:
    if t.lang == "zh":
        return (f"来源：{t.authors}. {t.title_plain}. {t.journal}, {t.year}. {t.doi}. "
                f"许可：{t.licence}。摘要原文照录。")
    return (f"Source: {t.authors}. {t.title_plain}. {t.journal}, {t.year}. {t.doi}. "
            f"Licence: {t.licence}. Text reproduced verbatim.")


def spec_of(t: RealText) -> mp.PaperSpec:
    body: list = []
    for part in t.body:
        if isinstance(part, tuple) and part[0] == "table":
            _, caption, rows, widths = part[:4]
            body.append(mp.Table(caption, rows, widths, cell_size=part[4] if len(part) > 4 else None))
        elif isinstance(part, tuple) and part[0] == "heading":
            body.append(mp.Heading(part[1]))
        elif isinstance(part, tuple) and part[0] == "para":  # (para, text, species)
            body.append(mp.Para(part[1], part[2]))
        else:
            body.append(part)
    return mp.PaperSpec(
        stem=t.id, lang=t.lang, columns=t.layout.get("columns", 1), journal=t.layout.get("journal", t.journal),
        first_page=t.layout.get("first_page", 1), notes=t.notes, title=t.title, authors=t.authors,
        affiliation=t.layout.get("affiliation", f"{t.journal} ({t.year})"), abstract=t.abstract,
        keywords=t.layout.get("keywords", f"Licence: {t.licence}"), body=body,
        references=[_attribution(t)], species=t.species,
        en_title=t.layout.get("en_title"), en_abstract=t.layout.get("en_abstract"),
        en_keywords=t.layout.get("en_keywords"))


def build_real(t: RealText, pdf_dir: Path, gold_dir: Path) -> RealPaper:
    spec = spec_of(t)
    styles = mp.LANG_STYLES[spec.lang]
    if t.layout.get("font") == "sans":
        styles = _sans(styles)
    footer = lambda page: styles.page_number.format(spec.first_page + page - 1)  # noqa: E731
    furniture = running_heads(spec.journal, footer, styles.furniture, replace(styles.furniture, align="center"))
    paper = RealPaper(pdf_dir, spec.stem, furniture=furniture, notes=spec.notes)
    paper.doc.c.setSubject("litx real-text corpus; verbatim open-access text, see corpus/real/SOURCES.md")
    front = paper.full_width()
    mp._put_front_matter(paper, front, spec, styles)
    flow = mp._body_flow(front, spec.columns)
    mp._put_body(paper, flow, spec, styles)
    # the attribution is typeset as a reference list, the block a reader (and
    # litx) knows holds no findings of the paper
    heading = "参考文献" if spec.lang == "zh" else "References"
    paper.references(flow, heading, styles.headings[0], spec.references, styles.reference)
    paper.finish(gold_dir)
    return paper


TEXTS_BY_ID = {t.id: t for t in TEXTS}

#: the seed of the dev/test split; fixed before anything was measured
SPLIT_SEED = 20240917
TEST_SHARE = 0.4


def make_split(texts: list[RealText] = TEXTS, seed: int = SPLIT_SEED) -> dict:
    """Stratified split, one gathering round (``RealText.batch``) at a time:
    within each (language, kind) stratum of a round, a seeded shuffle of the
    ids (sorted first) puts round(share × n) texts, at least one when the
    stratum has two or more, into test, the rest into dev.  Round 1 uses the
    seed itself and round k the seed + k − 1, so texts added later never move
    an earlier text between dev and test (a test text stays unseen)."""
    import random

    dev, test = [], []
    for batch in sorted({t.batch for t in texts}):
        rng = random.Random(seed + batch - 1)
        strata: dict[tuple[str, str], list[str]] = {}
        for t in texts:
            if t.batch == batch:
                strata.setdefault((t.lang, t.kind), []).append(t.id)
        for key in sorted(strata):
            ids = sorted(strata[key])
            rng.shuffle(ids)
            k = round(TEST_SHARE * len(ids))
            if len(ids) >= 2:
                k = max(k, 1)
            test += ids[:k]
            dev += ids[k:]
    return {"schema": "litx.split/1", "seed": seed, "test_share": TEST_SHARE,
            "method": "per gathering round (seed + round - 1), stratified by (lang, kind); "
                      "seeded shuffle of sorted ids per stratum",
            "dev": sorted(dev), "test": sorted(test)}


#: the sets of texts this script lays out (gold in corpus/gold/<set>)
SETS = ("real", "heldout", "blind")


def texts_of(name: str) -> list[RealText]:
    """The texts of a set: ``real`` (verbatim open-access texts), ``heldout``
    (invented papers written without the rules, nobody tunes for) or
    ``blind`` (invented the same way, to study and tune on); an invented set
    whose module is absent is empty."""
    if name == "real":
        return TEXTS
    try:
        if name == "heldout":
            from heldout_texts import HELDOUT as texts
        else:
            texts = [t for module in _blind_modules() for t in module_texts(module)]
    except ImportError:
        return []
    return texts


def _blind_modules() -> list[str]:
    """The blind batches, in the order they were written: every
    ``blind_texts.py``, ``blind_texts2.py`` … beside this script, each
    written without the rules."""
    def batch(path: Path) -> int:
        return int(path.stem.removeprefix("blind_texts") or 1)
    return [p.stem for p in sorted(HERE.glob("blind_texts*.py"), key=batch)]


def module_texts(module: str) -> list[RealText]:
    """The texts a batch module defines: its one list of RealText (BLIND, BLIND2 …)."""
    import importlib

    loaded = importlib.import_module(module)
    name = "BLIND" + module.removeprefix("blind_texts")
    return getattr(loaded, name)


def build_all(pdf_dir: Path, gold_dir: Path | None = None, only: list[str] | None = None,
              texts: list[RealText] | None = None, name: str = "real") -> dict[str, RealPaper]:
    pdf_dir = Path(pdf_dir)
    gold_dir = Path(gold_dir) if gold_dir else HERE / "gold" / name
    pdf_dir.mkdir(parents=True, exist_ok=True)
    texts = texts_of(name) if texts is None else texts
    return {t.id: build_real(t, pdf_dir, gold_dir) for t in texts if not only or t.id in only}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the litx real-text corpus and its gold facts.")
    parser.add_argument("pdf_dir", type=Path)
    parser.add_argument("--gold", type=Path, default=None, help="gold directory (default: corpus/gold/SET)")
    parser.add_argument("--set", dest="name", choices=SETS, default="real",
                        help="real: the open-access texts (default); heldout: the held-out papers; "
                             "blind: the invented papers to tune on")
    parser.add_argument("--only", nargs="*", help="these ids only")
    parser.add_argument("--split", type=Path, default=None, help="also write the dev/test split to this JSON file")
    args = parser.parse_args(argv)
    texts = texts_of(args.name)
    unknown = sorted(set(args.only or ()) - {t.id for t in texts})
    if unknown:
        parser.error(f"not an id of the {args.name} set: {', '.join(unknown)}")
    if args.split:
        import json

        args.split.write_text(json.dumps(make_split(), indent=1) + "\n", encoding="utf-8")
    for paper in build_all(args.pdf_dir, args.gold, args.only, texts, args.name).values():
        print(paper.path, paper.gold_path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
