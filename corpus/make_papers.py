"""The project's own sample corpus: invented study reports with gold facts.

Seven short papers (four Chinese, three English; see :data:`PAPERS`) are
typeset at canvas level by ``typesetter.py`` (beside this file) and written to
``corpus/papers/<stem>.pdf``; beside the typesetting, every fact the text
states is recorded and written to ``corpus/gold/papers/<stem>.json`` (schema
``litx.gold/1``, described in ``corpus/README.md``).  The gold is emitted
from the very markup that is typeset, so its page numbers and texts are
right by construction.  All text is invented.

Each paper is data, a :class:`PaperSpec`: its front matter, a body of
paragraphs, :class:`Heading` s and :class:`Table` s, and a reference list.
:func:`build_paper` lays every spec out the same way, with the styles of its
language (:data:`LANG_STYLES`) in one or two columns.

Markup: the typesetting markup of ``typesetter.py`` (``**bold**``,
``^{sup}``, ``_{sub}``) plus fact marks ``[[text|spec]]``:

* ``c:uc`` -- cell_type (aliases in :data:`CELL`)
* ``d:5e6,cells,ovary`` -- dose: value, unit, per (``-`` = null); a range adds
  low and high: ``d:1e6,cells/kg,kg,1e6,2e6``
* ``r:io,tvus`` -- route and guidance (aliases :data:`ROUTE`, :data:`GUIDANCE`;
  the guidance may be left out)
* ``s:3`` / ``s:-`` -- sessions (a count, or null for "repeated")
* ``h:FSH,dec`` -- hormone_change (``dec`` / ``inc`` / ``nc``)
* ``n:61`` -- sample_size (unit patients)
* ``f:6,month`` -- follow_up (unit day, week, month or year)

A leading ``!`` files the fact under ``negated``; a trailing ``@mouse`` /
``@rat`` gives it a species (``@human`` removes a block's default); a
trailing ``#label`` puts it in an arm of its study (``[[2次|s:2#2次]]``,
``[[n = 10|n:10#low-dose]]``: the gold fact's ``"arm"``, contract v1.1).

Use as a module (``build_all(papers_dir, gold_dir)``) or as a script::

    python corpus/make_papers.py corpus/papers            # gold -> corpus/gold/papers
    python corpus/make_papers.py OUT --gold GOLD_DIR --only en01_trial_two_column
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))  # corpus/ is not a package
from typesetter import (  # noqa: E402
    BODY_TOP, BOLD, CJK, FULL_W, ML, ROMAN, SANS, Doc, Flow, Frame, Line, Style, column_edges, column_flow,
    draw_line, expected_text, hyphenate, join_lines, rule_below, running_heads, typeset,
)

SCHEMA = "litx.gold/1"

# --------------------------------------------------------------------------
# vocabularies of the fact marks (values as CONTRACT.md writes them)
# --------------------------------------------------------------------------

CELL = {
    "msc": "msc", "uc": "umbilical_cord_msc", "ad": "adipose_msc", "bm": "bone_marrow_msc",
    "men": "menstrual_blood_msc", "haec": "amniotic_epithelial_cell", "pb": "peripheral_blood_stem_cell",
    "ev": "extracellular_vesicle", "mito": "mitochondria", "pl": "placenta_msc",
    "am": "amniotic_msc", "afsc": "amniotic_fluid_stem_cell", "esc": "embryonic_stem_cell",
    "ipsc": "induced_pluripotent_stem_cell", "ucb": "umbilical_cord_blood_cell",
}
ROUTE = {"io": "intraovarian_injection", "oa": "ovarian_artery_infusion", "iv": "intravenous",
         "ip": "intraperitoneal", "sc": "subcutaneous", "td": "transdermal"}
GUIDANCE = {"tvus": "transvaginal_ultrasound", "lap": "laparoscopic", "ir": "interventional_radiology",
            "-": None}
DIRECTION = {"inc": "increase", "dec": "decrease", "nc": "no_change"}
UNIT = {"cells": "cells", "cells/kg": "cells/kg", "U/kg": "U/kg", "mg": "mg", "mg/kg": "mg/kg",
        "ug": "\u00b5g", "mL": "mL", "IU": "IU"}
PER = {"ovary": "ovary", "kg": "kg", "injection": "injection", "patient": "patient", "-": None}
HORMONES = {"FSH", "LH", "E2", "AMH", "AFC", "INHB", "ovarian_volume"}
SPECIES = {"mouse", "rat", "human"}

FACT_MARK = re.compile(r"\[\[([^\[\]|]+)\|([^\[\]]+)\]\]")
_OPEN, _CLOSE = "\ue000", "\ue001"


def parse_spec(spec: str) -> tuple[str, dict, bool, str | None]:
    """``"!r:iv,-@mouse"`` -> ("route", {"id": "intravenous", "guidance": None}, True, "mouse")."""
    negated = spec.startswith("!")
    spec = spec.lstrip("!")
    species = None
    if "@" in spec:
        spec, species = spec.split("@")
        assert species in SPECIES, species
    kind, _, rest = spec.partition(":")
    args = rest.split(",") if rest else []
    if kind == "c":
        (alias,) = args
        return "cell_type", {"id": CELL[alias]}, negated, species
    if kind == "d":
        value = {"value": float(args[0]), "unit": UNIT[args[1]], "per": PER[args[2]]}
        if len(args) == 5:
            value["low"], value["high"] = float(args[3]), float(args[4])
            assert value["low"] == value["value"]
        else:
            assert len(args) == 3, spec
        return "dose", value, negated, species
    if kind == "r":
        guidance = GUIDANCE[args[1]] if len(args) > 1 else None
        return "route", {"id": ROUTE[args[0]], "guidance": guidance}, negated, species
    if kind == "s":
        (count,) = args
        return "sessions", {"count": None if count == "-" else int(count)}, negated, species
    if kind == "h":
        hormone, direction = args
        assert hormone in HORMONES, hormone
        return "hormone_change", {"hormone": hormone, "direction": DIRECTION[direction]}, negated, species
    if kind == "n":
        (n,) = args
        return "sample_size", {"n": int(n), "unit": "patients"}, negated, species
    if kind == "f":
        value, unit = args
        assert unit in ("day", "week", "month", "year"), unit
        return "follow_up", {"value": float(value), "unit": unit}, negated, species
    raise ValueError(f"unknown fact spec {spec!r}")


def strip_facts(markup: str) -> str:
    """The markup without fact marks: what is typeset."""
    return FACT_MARK.sub(lambda m: m.group(1), markup)


def fact_spans(markup: str) -> tuple[str, list[tuple[int, int, str]]]:
    """The expected text of a marked-up block and (start, end, spec) of each fact in it."""
    sentinel = FACT_MARK.sub(lambda m: _OPEN + m.group(1) + _CLOSE, markup)
    marked = expected_text(sentinel)
    specs = [m.group(2) for m in FACT_MARK.finditer(markup)]
    text, spans, start = "", [], None
    for ch in marked:
        if ch == _OPEN:
            start = len(text)
        elif ch == _CLOSE:
            spans.append((start, len(text)))
        else:
            text += ch
    assert text == expected_text(strip_facts(markup)), (text, markup)
    assert len(spans) == len(specs), markup
    return text, [(s, e, spec) for (s, e), spec in zip(spans, specs)]


# --------------------------------------------------------------------------
# a paper as data: front matter, a body of headings, paragraphs and tables,
# and a reference list; build_paper() lays it out
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 2: a numbered subsection ("1.1 研究对象")


@dataclass(frozen=True)
class Para:
    """A body paragraph whose facts have another species than the paper's
    (a plain string is a paragraph with the paper's species)."""

    text: str
    species: str  # "mouse", "rat", or "human" (no species)


@dataclass(frozen=True)
class Table:
    """A three-line table in the current column; cells may hold facts."""

    caption: str
    rows: list[list[str]]  # the first row is the header
    widths: list[float]  # relative column widths
    cell_size: float | None = None  # a smaller type size than the language's table style


@dataclass(frozen=True)
class PaperSpec:
    stem: str
    lang: str  # "zh" or "en": the styles (LANG_STYLES)
    columns: int  # the body below the front matter: 1 or 2 columns
    journal: str  # running header
    first_page: int  # the page number printed on the first page
    notes: str  # the gold file's notes: what the paper is, its traps
    title: str
    authors: str
    affiliation: str
    abstract: str
    keywords: str
    body: list[str | Heading | Para | Table]
    references: list[str]
    # Chinese papers: the English title, abstract and keywords after the Chinese ones
    en_title: str | None = None
    en_abstract: str | None = None
    en_keywords: str | None = None
    species: str | None = None  # of every fact, unless marked otherwise: an animal study


# --------------------------------------------------------------------------
# styles, by language
# --------------------------------------------------------------------------

EN_TITLE = Style(BOLD, 15.0, 18.5, align="center")
EN_AUTHORS = Style(ROMAN, 10.0, 12.5, align="center", space_before=7.0)
EN_AFFIL = Style(ROMAN, 8.0, 10.0, align="center", space_before=3.0)
EN_ABS = Style(ROMAN, 9.0, 11.2, space_before=10.0)
EN_KEYWORDS = Style(ROMAN, 9.0, 11.2, space_before=3.0, align="left")
EN_HEAD = Style(BOLD, 10.5, 13.0, align="left", space_before=7.0, space_after=2.0)
EN_COL = Style(ROMAN, 9.5, 11.6, indent=9.5)
EN_COL_FIRST = replace(EN_COL, indent=0.0)
EN_ONE = Style(ROMAN, 10.0, 12.6, indent=12.0)
EN_ONE_FIRST = replace(EN_ONE, indent=0.0)
EN_REF = Style(ROMAN, 8.0, 9.6, hanging=12.0, space_after=1.5)
EN_CELL = Style(ROMAN, 8.0, 10.0)
EN_CAP = Style(ROMAN, 8.5, 10.5, align="left")
EN_FURN = Style(SANS, 7.5, 9.5, align="left")

ZH_TITLE = Style(BOLD, 15.0, 21.0, cjk_font=CJK, align="center")
ZH_AUTHORS = Style(ROMAN, 10.5, 14.5, cjk_font=CJK, align="center", space_before=6.0)
ZH_AFFIL = Style(ROMAN, 8.0, 11.0, cjk_font=CJK, align="center", space_before=2.0)
ZH_ABS = Style(ROMAN, 9.0, 13.0, cjk_font=CJK, space_before=8.0)
ZH_KEYWORDS = Style(ROMAN, 9.0, 13.0, cjk_font=CJK, space_before=2.0, align="left")
ZH_HEAD1 = Style(BOLD, 10.5, 15.0, cjk_font=CJK, align="left", space_before=5.0, space_after=1.0)
ZH_HEAD2 = Style(BOLD, 9.5, 14.0, cjk_font=CJK, align="left", space_before=2.0)
ZH_COL = Style(ROMAN, 9.5, 14.0, cjk_font=CJK, indent=19.0)
ZH_ONE = Style(ROMAN, 10.0, 15.0, cjk_font=CJK, indent=20.0)
ZH_REF = Style(ROMAN, 8.0, 11.0, cjk_font=CJK, hanging=16.0)
ZH_CELL = Style(ROMAN, 8.0, 10.0, cjk_font=CJK)
ZH_CAP = Style(BOLD, 8.5, 11.0, cjk_font=CJK, align="center")
ZH_FURN = Style(ROMAN, 8.0, 10.0, cjk_font=CJK, align="left")
EN_IN_ZH_TITLE = Style(BOLD, 11.0, 13.5, align="center", space_before=10.0)
EN_IN_ZH_ABS = Style(ROMAN, 8.5, 10.6, space_before=4.0)
EN_IN_ZH_KEYWORDS = replace(EN_IN_ZH_ABS, space_before=2.0, align="left")


@dataclass(frozen=True)
class LangStyles:
    #: the front-matter fields of PaperSpec in the order they are printed, with their styles
    front: tuple[tuple[str, Style], ...]
    #: by number of columns: (first paragraph after a heading, any other paragraph)
    paragraphs: dict[int, tuple[Style, Style]]
    headings: tuple[Style, ...]  # by level
    cell: Style
    caption: Style
    references: str  # the heading of the reference list
    reference: Style
    furniture: Style  # running header; the footer is the same, centred
    page_number: str  # how the footer writes the page number


LANG_STYLES = {
    "zh": LangStyles(
        front=(("title", ZH_TITLE), ("authors", ZH_AUTHORS), ("affiliation", ZH_AFFIL), ("abstract", ZH_ABS),
               ("keywords", ZH_KEYWORDS), ("en_title", EN_IN_ZH_TITLE), ("en_abstract", EN_IN_ZH_ABS),
               ("en_keywords", EN_IN_ZH_KEYWORDS)),
        # Chinese paragraphs are indented by two characters, after a heading too
        paragraphs={1: (ZH_ONE, ZH_ONE), 2: (ZH_COL, ZH_COL)},
        headings=(ZH_HEAD1, ZH_HEAD2), cell=ZH_CELL, caption=ZH_CAP,
        references="参考文献", reference=ZH_REF, furniture=ZH_FURN, page_number="· {} ·"),
    "en": LangStyles(
        front=(("title", EN_TITLE), ("authors", EN_AUTHORS), ("affiliation", EN_AFFIL), ("abstract", EN_ABS),
               ("keywords", EN_KEYWORDS)),
        paragraphs={1: (EN_ONE_FIRST, EN_ONE), 2: (EN_COL_FIRST, EN_COL)},
        headings=(EN_HEAD,), cell=EN_CELL, caption=EN_CAP,
        references="References", reference=EN_REF, furniture=EN_FURN, page_number="{}"),
}

#: front-matter parts that never hold facts (annotation policy in corpus/README.md)
NO_FACTS = {"authors", "affiliation", "keywords"}


# --------------------------------------------------------------------------
# a paper being typeset: blocks, tables, and the facts found on the way
# --------------------------------------------------------------------------


class Paper:
    """A PDF being typeset, and the facts its blocks state, page by page."""

    def __init__(self, out_dir: Path, stem: str, *, furniture: Callable[[Doc, int], None], notes: str) -> None:
        self.stem = stem
        self.path = Path(out_dir) / f"{stem}.pdf"
        self.notes = notes
        self.facts: list[dict] = []
        self.negated: list[dict] = []
        #: every block's expected text with its kind and fact spans, in order (for coverage checks)
        self.blocks: list[tuple[str, str, list[tuple[int, int]]]] = []
        self.doc = Doc(self.path, stem, furniture=furniture, subject="litx sample corpus; invented study report")

    def full_width(self, top: float = BODY_TOP - 6) -> Flow:
        """One full-width column from top, continued on new pages as needed."""
        return column_flow(self.doc, top, [ML], FULL_W)

    # -- blocks --------------------------------------------------------------

    def put(self, flow: Flow, markup: str, st: Style, kind: str = "paragraph", *, level: int = 0,
            role: str | None = None, keep_with_next: float = 0.0, species: str | None = None,
            facts: bool = True) -> None:
        """Typeset a block into flow and record its facts, each on the page its line went to."""
        if st.lang == "en" and kind == "paragraph":
            markup = hyphenate(markup)
        text, spans = fact_spans(markup)
        assert facts or not spans, f"fact marks in a block without facts: {markup[:60]!r}"
        placed = flow.place(strip_facts(markup), st, kind, level=level, role=role, keep_with_next=keep_with_next)
        self.blocks.append((kind, text, [(s, e) for s, e, _ in spans]))
        line_of = _line_finder([line for line, _ in placed])
        for start, end, spec in spans:
            first, last = placed[line_of(start)][1], placed[line_of(end - 1)][1]
            assert first is last, f"fact {text[start:end]!r} runs over a column or page break"
            self._record(spec, text[start:end], first.page, species)

    def _record(self, spec: str, text: str, page: int, species: str | None) -> None:
        spec, _, arm = spec.partition("#")
        kind, value, negated, own_species = parse_spec(spec)
        fact = {"type": kind, "value": value, "page": page, "text": text}
        sp = own_species or species
        if sp and sp != "human":
            fact["species"] = sp
        if arm:
            fact["arm"] = arm
        (self.negated if negated else self.facts).append(fact)

    def heading(self, flow: Flow, markup: str, st: Style, level: int = 1, **kw) -> None:
        self.put(flow, markup, st, "heading", level=level, keep_with_next=2 * st.leading, **kw)

    def references(self, flow: Flow, heading: str, head_st: Style, entries: list[str], st: Style) -> None:
        """The reference list: typeset, never a source of facts."""
        self.put(flow, heading, head_st, "heading", level=1, keep_with_next=2 * st.leading, facts=False)
        for entry in entries:
            self.put(flow, entry, st, "reference", facts=False)

    def table(self, flow: Flow, caption: str, rows: list[list[str]], widths: list[float],
              cell_st: Style, cap_st: Style, *, species: str | None = None, row_h: float = 12.5) -> None:
        """A caption and a three-line table (top rule, rule under the header, bottom
        rule) in the current frame, or in the next one if it does not fit."""
        frame = flow.current_frame()
        cap_lines = typeset(strip_facts(caption), cap_st, frame.width)
        height = 4 + len(cap_lines) * cap_st.leading + 5 + len(rows) * row_h + 10
        if frame.cursor - height < frame.bottom:
            frame = flow.next_frame()
        y = self._table_caption(caption, cap_lines, cap_st, frame, species) - 5
        xs = column_edges(frame.x, frame.width, widths)
        self._rule(frame, y, 0.9)
        for r, row in enumerate(rows):
            self._table_row(row, xs, y - row_h + 3.6, cell_st, r == 0, frame.page, species)
            y -= row_h
            if r == 0:
                self._rule(frame, y, 0.5)
        self._rule(frame, y, 0.9)
        frame.cursor = y - 10

    def _table_caption(self, caption: str, lines: list[Line], st: Style, frame: Frame,
                       species: str | None) -> float:
        """Draw the caption from the frame's cursor down; returns the y under it."""
        y = frame.cursor - 4
        for line in lines:
            y -= st.leading
            draw_line(self.doc.c, line, frame.x, y + 0.22 * st.leading)
        self.doc.add_block("caption", strip_facts(caption), st)
        self._record_block("caption", caption, frame.page, species)
        return y

    def _table_row(self, row: list[str], xs: list[float], baseline: float, cell_st: Style, header: bool,
                   page: int, species: str | None) -> None:
        """One row, each cell on one line between column edges xs: the first
        cell left-aligned, the others centred, the header in bold."""
        assert len(row) == len(xs) - 1, row
        texts = []
        for k, cell in enumerate(row):
            if not strip_facts(cell).strip():  # an empty cell: nothing to draw
                texts.append(self._record_block("table", cell, page, species))
                continue
            st = replace(cell_st, font=BOLD if header else cell_st.font,
                         align="left" if k == 0 else "center", indent=0.0, hanging=0.0)
            lines = typeset(strip_facts(cell), st, xs[k + 1] - xs[k] - 4)
            assert len(lines) == 1, f"table cell too wide: {cell!r}"
            draw_line(self.doc.c, lines[0], xs[k] + 2, baseline)
            texts.append(self._record_block("table", cell, page, species))
        rec = self.doc.add_block("table", " | ".join(texts), cell_st)
        rec["cells"], rec["header"] = texts, header

    def _rule(self, frame: Frame, y: float, width: float) -> None:
        """A horizontal rule across the frame."""
        self.doc.c.setLineWidth(width)
        self.doc.c.line(frame.x, y, frame.x + frame.width, y)

    def _record_block(self, kind: str, markup: str, page: int, species: str | None) -> str:
        """Record the facts of a block that lies on one page; returns its expected text."""
        text, spans = fact_spans(markup)
        self.blocks.append((kind, text, [(s, e) for s, e, _ in spans]))
        for start, end, spec in spans:
            self._record(spec, text[start:end], page, species)
        return text

    # -- output --------------------------------------------------------------

    def gold(self) -> dict:
        for fact in (*self.facts, *self.negated):
            value = fact["value"]
            # CONTRACT.md writes 2×10^6 cells/kg as {"value": 2e6, "unit": "cells/kg"}:
            # the unit carries the body-weight denominator, so per stays null
            if fact["type"] == "dose" and str(value.get("unit", "")).endswith("/kg") and value.get("per") == "kg":
                value["per"] = None
        return {
            "schema": SCHEMA,
            "document": self.path.name,
            "notes": self.notes,
            "cell_types": sorted({f["value"]["id"] for f in self.facts if f["type"] == "cell_type"}),
            "facts": self.facts,
            "negated": self.negated,
        }

    def finish(self, gold_dir: Path, max_pages: int = 3) -> None:
        """Save the PDF and write the gold JSON (``self.gold_path``)."""
        self.doc.save()
        assert 1 <= self.doc.page <= max_pages, f"{self.stem}: {self.doc.page} pages"
        gold_dir = Path(gold_dir)
        gold_dir.mkdir(parents=True, exist_ok=True)
        gold_path = gold_dir / f"{self.stem}.json"
        gold_path.write_text(dump_gold(self.gold()), encoding="utf-8")
        self.gold_path = gold_path
        self.pages = self.doc.page


def _line_finder(lines: list[Line]) -> Callable[[int], int]:
    """A function: position in the joined text of lines -> index of the line it is on."""
    ends = [len(join_lines(lines[: i + 1])) for i in range(len(lines))]
    return lambda pos: next(i for i, end in enumerate(ends) if end > pos)


def dump_gold(data: dict) -> str:
    """The gold JSON with one fact per line (diffs stay readable)."""
    def one(x: object) -> str:
        return json.dumps(x, ensure_ascii=False)

    out = ["{"]
    for key in ("schema", "document", "notes", "cell_types"):
        out.append(f" {one(key)}: {one(data[key])},")
    for key in ("facts", "negated"):
        items = data[key]
        body = ",\n".join("  " + one(f) for f in items)
        out.append(f" {one(key)}: [\n{body}\n ]" if items else f" {one(key)}: []")
        out[-1] += "," if key == "facts" else ""
    out.append("}")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------
# laying a paper out
# --------------------------------------------------------------------------


def build_paper(spec: PaperSpec, papers_dir: Path, gold_dir: Path) -> Paper:
    """Typeset spec into papers_dir/<stem>.pdf and write its gold into gold_dir."""
    styles = LANG_STYLES[spec.lang]
    footer = lambda page: styles.page_number.format(spec.first_page + page - 1)  # noqa: E731
    furniture = running_heads(spec.journal, footer, styles.furniture, replace(styles.furniture, align="center"))
    paper = Paper(papers_dir, spec.stem, furniture=furniture, notes=spec.notes)
    front = paper.full_width()
    _put_front_matter(paper, front, spec, styles)
    body = _body_flow(front, spec.columns)
    _put_body(paper, body, spec, styles)
    paper.references(body, styles.references, styles.headings[0], spec.references, styles.reference)
    paper.finish(gold_dir)
    return paper


def _put_front_matter(paper: Paper, flow: Flow, spec: PaperSpec, styles: LangStyles) -> None:
    for name, st in styles.front:
        markup = getattr(spec, name)
        if markup is None:
            continue
        part = name.removeprefix("en_")
        if part == "title":
            paper.put(flow, markup, st, "title", species=spec.species)
        else:
            paper.put(flow, markup, st, role=part, species=spec.species, facts=part not in NO_FACTS)


def _body_flow(front: Flow, columns: int) -> Flow:
    """Where the body goes, below a rule under the front matter: two columns
    of their own, or the front matter's full-width flow continued."""
    if columns == 2:
        return column_flow(front.doc, rule_below(front))
    rule_below(front, gap=6)
    front.frame.cursor -= 8
    return front


def _put_body(paper: Paper, flow: Flow, spec: PaperSpec, styles: LangStyles) -> None:
    first_style, para_style = styles.paragraphs[spec.columns]
    after_heading = False
    for part in spec.body:
        if isinstance(part, Heading):
            paper.heading(flow, part.text, styles.headings[part.level - 1], part.level, species=spec.species)
        elif isinstance(part, Table):
            cell = styles.cell if part.cell_size is None else replace(styles.cell, size=part.cell_size)
            paper.table(flow, part.caption, part.rows, part.widths, cell, styles.caption, species=spec.species)
        else:
            text, species = (part.text, part.species) if isinstance(part, Para) else (part, spec.species)
            paper.put(flow, text, first_style if after_heading else para_style, species=species)
        after_heading = isinstance(part, Heading)


# --------------------------------------------------------------------------
# zh01: clinical trial, two columns, bilingual abstract, table
# --------------------------------------------------------------------------

ZH01 = PaperSpec(
    stem="zh01_trial_hucmsc", lang="zh", columns=2,
    journal="生殖与再生医学杂志 2023年11月第5卷第4期", first_page=233,
    notes=(
        "Invented single-arm clinical study (Chinese journal layout: full-width title and bilingual "
        "abstract, two-column body, running header, three-line table in a column, reference list). Traps: "
        "干细胞 alone (affiliation, keywords), 胎盘/脐带/脐带血/华通氏胶 alone, FSH>25 IU/L and FSH仍>40 "
        "IU/L thresholds, 需两次检测确认 (not sessions), 穿刺3～5个位点, ages (20～39岁, 40岁), "
        "percentages, the disease description '以血清FSH升高和雌二醇降低为主要特征' (not a change after "
        "an intervention), the baseline comparison between the single- and double-injection subgroups, "
        "'基线AMH水平较高的患者' (subgroup definition; the FSH fall in the same sentence is a fact), the "
        "between-subgroup comparison after treatment, 'AFC由0.8个增加至1.6个' (个 is not a dose here), "
        "outcome counts (17例, 19例, 9例, 3例) and the subgroups 38例/23例 (not sample sizes), "
        "'在静脉麻醉下' (anaesthesia, not a route of the therapy), '月经来潮2次以上' (not sessions), the "
        "measured-hormone list in the methods (no direction), table values, and doses, routes and cell "
        "types in reference titles. '第2次注射' is filed as sessions 2 (the women received two "
        "injections). Keywords hold no fact."),
    title=(
        "[[人脐带间充质干细胞|c:uc]][[经阴道超声引导下卵巢局部注射|r:io,tvus]]治疗早发性卵巢功能"
        "不全[[61例|n:61]]临床观察"),
    authors="刘静怡^{1}，韩志伟^{1}，邵雪^{2}",
    affiliation=(
        "（1. 江州医科大学附属妇产医院生殖医学科，江州 330006；2. 江州医科大学干细胞研究中心，"
        "江州 330031）"),
    abstract=(
        "【摘要】目的：观察[[人脐带间充质干细胞|c:uc]]（[[hUC-MSCs|c:uc]]）[[经阴道超声引导下卵巢局部注射|r:io,tvus]]"
        "治疗早发性卵巢功能不全（POI）的安全性及其对性激素水平的影响。方法：前瞻性纳入2019年3月至2022年6月"
        "就诊的[[61例|n:61]]POI患者，每侧[[卵巢注射|r:io]][[5×10^{6}|d:5e6,cells,ovary]]个细胞，其中38例"
        "接受[[单次|s:1]]注射，"
        "23例于3个月后接受第2次注射。比较治疗前及[[治疗后1、3、6个月|f:6,month]]血清FSH、LH、雌二醇（E2）及抗米勒管"
        "激素（AMH）水平。结果：全部患者均顺利完成注射，未发生严重不良事件。[[治疗后3个月|f:3,month]][[FSH|h:FSH,dec]]水平"
        "下降（P<0.01），[[雌二醇|h:E2,inc]]水平升高（P<0.05），[[LH|h:LH,nc]]未见明显变化；19例患者"
        "[[AMH|h:AMH,inc]]升高至可测范围。结论：[[hUC-MSCs|c:uc]][[经阴道超声引导下卵巢局部注射|r:io,tvus]]"
        "安全可行，可能降低[[FSH|h:FSH,dec]]水平，并升高[[雌二醇|h:E2,inc]]和[[抗米勒管激素|h:AMH,inc]]水平，"
        "远期疗效有待大样本随机对照研究证实。"),
    keywords="【关键词】早发性卵巢功能不全；干细胞治疗；性激素；安全性",
    en_title=(
        "[[Intraovarian Injection|r:io,tvus]] of [[Human Umbilical Cord Mesenchymal Stem Cells|c:uc]] "
        "Guided by Transvaginal Ultrasound in [[61 Women|n:61]] with Premature Ovarian Insufficiency"),
    en_abstract=(
        "**Abstract: Objective** To observe the safety of [[human umbilical cord mesenchymal stem cells|c:uc]] "
        "([[hUC-MSCs|c:uc]]) delivered by [[intraovarian injection under transvaginal ultrasound guidance|r:io,tvus]] "
        "in premature ovarian insufficiency (POI) and their effect on sex hormones. **Methods** "
        "[[Sixty-one patients|n:61]] with POI were enrolled. Each ovary received [[5×10^{6}|d:5e6,cells,ovary]] "
        "cells, and 23 patients received a second injection three months later. **Results** No serious "
        "adverse events occurred. [[Three months after treatment|f:3,month]] [[FSH|h:FSH,dec]] decreased and "
        "[[oestradiol|h:E2,inc]] increased, while [[LH|h:LH,nc]] showed no significant change. **Conclusion** "
        "[[Intraovarian injection|r:io]] of [[hUC-MSCs|c:uc]] is feasible and safe and may lower "
        "[[FSH|h:FSH,dec]] in women with POI."),
    en_keywords="**Key words:** premature ovarian insufficiency; stem cell therapy; sex hormones",
    body=[
        "早发性卵巢功能不全（premature ovarian insufficiency，POI）指女性在40岁以前出现的卵巢功能衰退，以月经"
        "稀发或闭经、血清FSH升高和雌二醇降低为主要特征，发病率为1%～3.7%^{[1]}。激素补充治疗可缓解低雌激素"
        "症状，但不能恢复卵巢功能。近年来，[[间充质干细胞|c:msc]]（[[mesenchymal stem cells|c:msc]]，"
        "[[MSCs|c:msc]]）因其旁分泌、免疫调节和促血管生成作用，成为POI治疗研究的热点^{[2-4]}。其中"
        "[[脐带MSC|c:uc]]取材于分娩后废弃的脐带组织，来源充足，免疫原性低，且不涉及伦理争议^{[5]}。",
        "本研究观察[[hUC-MSCs|c:uc]][[经阴道超声引导下卵巢局部注射|r:io,tvus]]治疗POI的安全性和初步疗效，现报道"
        "如下。",
        Heading("1 资料与方法"),
        Heading("1.1 研究对象", 2),
        "前瞻性纳入2019年3月至2022年6月在江州医科大学附属妇产医院生殖医学科就诊的POI患者[[61例|n:61]]。"
        "纳入标准：①年龄20～39岁；②40岁以前出现停经或月经稀发≥4个月；③FSH>25 IU/L，需两次检测确认，两次"
        "间隔4周以上；④染色体核型正常；⑤自愿参加并签署知情同意书。排除标准：①卵巢手术史或盆腔放化疗史；"
        "②合并自身免疫性疾病活动期；③恶性肿瘤病史；④超声下无法显示卵巢。本研究经医院伦理委员会批准"
        "（批号2019-017）。",
        Heading("1.2 细胞制备", 2),
        "[[hUC-MSCs|c:uc]]由江州医科大学干细胞研究中心按GMP标准制备。脐带取自健康足月剖宫产新生儿，产妇均"
        "签署捐献同意书，胎盘及脐带血未予使用。采用组织块贴壁法分离华通氏胶中的细胞，扩增至第3～5代。流式"
        "细胞术检测CD73、CD90、CD105阳性率>95%，CD34、CD45、HLA-DR阳性率<2%；细胞活率>90%，无菌、支原体"
        "及内毒素检测均合格。",
        Heading("1.3 注射方法", 2),
        "于月经第3～5天（闭经者随机）在静脉麻醉下行[[经阴道超声引导下卵巢局部注射|r:io,tvus]]：以17G取卵针"
        "穿刺卵巢皮质，每侧[[卵巢注射|r:io,tvus]][[5×10^{6}|d:5e6,cells,ovary]]个[[hUC-MSCs|c:uc]]（细胞悬液"
        "[[1|d:1,mL,ovary]] mL），分3～5个位点缓慢注入。本研究未采用[[静脉注射|!r:iv]]，以避免细胞在肺部"
        "滞留。部分患者于首次注射后3个月接受第2次注射（指征：FSH仍>40 IU/L且本人同意），剂量和方法"
        "同前。最终38例接受[[单次|s:1]]注射，23例共接受[[2次|s:2]]注射。",
        Heading("1.4 观察指标与统计学方法", 2),
        "分别于注射前及[[注射后1、3、6个月|f:6,month]]月经第2～4天（闭经者随机）抽血检测FSH、LH、雌二醇（E2）及AMH，经阴道"
        "超声计数窦卵泡数（AFC），并记录穿刺相关不良反应。采用SPSS 25.0软件分析，计量资料以均数±标准差表示，"
        "治疗前后比较采用重复测量方差分析，P<0.05为差异有统计学意义。",
        Heading("2 结果"),
        Heading("2.1 一般情况与安全性", 2),
        "[[61例|n:61]]患者平均年龄（33.4±4.2）岁，平均闭经时间（2.1±1.3）年，基线FSH为（78.6±21.4）IU/L。"
        "[[单次|s:1]]注射者与接受[[2次|s:2]]注射者的年龄及基线FSH水平差异无统计学意义（P>0.05）。",
        "全部患者均顺利完成注射。17例术后出现轻度下腹痛，均在24 h内缓解；2例出现少量阴道出血，1例出现卵巢"
        "周围少量积液，均未予特殊处理。未发生感染、发热、过敏及严重出血等不良事件。",
        Heading("2.2 性激素及AFC变化", 2),
        "与治疗前比较，[[治疗后3个月和6个月|f:6,month]][[FSH|h:FSH,dec]]水平下降（P<0.01），[[E2|h:E2,inc]]水平升高"
        "（P<0.05），[[LH|h:LH,nc]]未见明显变化（表1）。[[治疗后6个月|f:6,month]]有19例[[AMH|h:AMH,inc]]升高至可测范围，"
        "其余患者[[AMH|h:AMH,nc]]未见明显变化。[[AFC|h:AFC,inc]]由（0.8±0.7）个增加至（1.6±1.1）个"
        "（P<0.05）。",
        "亚组分析显示，基线AMH水平较高的患者治疗后[[FSH|h:FSH,dec]]下降幅度更大；接受[[2次|s:2]]注射者与[[单次|s:1]]"
        "注射者[[治疗后6个月|f:6,month]]FSH差异无统计学意义。随访期间共有9例恢复自然月经，其中3例月经来潮2次以上。",
        Table("表1 [[61例|n:61]]患者治疗前后性激素水平及AFC比较（均数±标准差）", [
            ["指标", "治疗前", "治疗后3个月", "[[治疗后6个月|f:6,month]]", "P值"],
            ["FSH（IU/L）", "78.6±21.4", "52.3±24.8", "55.1±26.0", "<0.01"],
            ["LH（IU/L）", "41.2±12.5", "38.7±13.1", "39.5±12.2", "0.42"],
            ["E2（pg/mL）", "18.4±9.6", "35.2±21.7", "31.8±19.9", "<0.05"],
            ["AMH（ng/mL）", "0.05±0.04", "0.09±0.08", "0.10±0.09", "0.08"],
            ["AFC（个）", "0.8±0.7", "1.4±1.0", "1.6±1.1", "<0.05"],
        ], [1.35, 1.1, 1.2, 1.2, 0.6], cell_size=7.5),
        Heading("3 讨论"),
        "本研究结果显示，[[hUC-MSCs|c:uc]][[经阴道超声引导下卵巢局部注射|r:io,tvus]]治疗POI安全性良好，不良"
        "反应以穿刺相关的一过性腹痛为主，与取卵术的并发症谱相似^{[6]}。治疗后[[FSH|h:FSH,dec]]下降、"
        "[[E2|h:E2,inc]]升高，提示[[脐带间充质干细胞|c:uc]]可能在一定程度上改善卵巢内分泌功能。",
        "关于给药途径，[[静脉输注|r:iv]]操作简便，但大部分细胞滞留于肺部，到达卵巢的细胞比例不足1%^{[7]}；"
        "而[[卵巢局部注射|r:io]]可使细胞直接到达靶器官，所需细胞数量明显减少。既往临床研究中"
        "[[卵巢局部注射|r:io]]的剂量多为每侧卵巢[[1×10^{6}~1×10^{7}|d:1e6,cells,ovary,1e6,1e7]]个细胞^{[8-9]}，"
        "本研究选择中间剂量，即每侧卵巢[[500万|d:5e6,cells,ovary]]个细胞，未观察到剂量相关的不良反应。",
        "[[MSCs|c:msc]]改善卵巢功能的机制可能与旁分泌作用有关。[[MSCs|c:msc]]分泌的血管内皮生长因子、肝细胞"
        "生长因子及[[外泌体|c:ev]]可抑制颗粒细胞凋亡、促进卵巢血管新生^{[10-11]}。本研究中接受[[2次|s:2]]"
        "注射者未显示出额外获益，可能与样本量较小、[[两次|s:2]]注射间隔较短有关，[[多次移植|s:-]]的价值仍需进一步"
        "研究。",
        "本研究的局限性：①单臂设计，无法排除POI自发缓解的影响；②随访时间较短；③未评价妊娠结局。",
        "综上所述，[[脐带MSC|c:uc]][[经阴道超声引导下卵巢局部注射|r:io,tvus]]治疗POI安全可行，或可降低"
        "[[FSH|h:FSH,dec]]水平，并升高[[雌二醇|h:E2,inc]]和[[抗米勒管激素|h:AMH,inc]]水平，但其确切疗效仍有待"
        "多中心随机对照研究证实。",
    ],
    references=[
        "[1] 陈红, 李文. 早发性卵巢功能不全的诊断与治疗进展[J]. 中华生殖医学杂志, 2020, 12(3): 201-206.",
        "[2] 周宁, 许冬. 间充质干细胞治疗卵巢功能不全的机制研究[J]. 再生医学进展, 2019, 4(2): 33-39.",
        "[3] Hale R, Moreno P. Stromal cells and the injured ovary[J]. Regen Reprod, 2018, 2: 10-18.",
        "[4] 孙悦, 何平. 干细胞移植后FSH水平下降的临床观察[J]. 生殖医学杂志, 2021, 30(5): 612-616.",
        "[5] 王磊, 赵敏. 人脐带间充质干细胞的生物学特性及临床应用[J]. 细胞与组织工程, 2019, 8(2): 77-82.",
        "[6] 郭涛, 林立. 经阴道超声引导下卵巢穿刺的并发症分析[J]. 妇产科临床杂志, 2020, 9(4): 301-304.",
        "[7] Berger A, Sato K. Pulmonary first-pass of intravenously infused stromal cells[J]. Cell Ther "
        "Rep, 2017, 3: 55-61.",
        "[8] Grant L, Ito M. Intraovarian injection of 5×10^{6} umbilical cord MSCs in 20 women with POI[J]. "
        "Reprod Regen, 2021, 6: 45-52.",
        "[9] 方园, 唐卫. 卵巢局部注射1×10^{7}个脐带间充质干细胞治疗卵巢早衰30例[J]. 实用妇科杂志, 2022, "
        "38(1): 40-43.",
        "[10] 贺琳, 钟山. 间充质干细胞外泌体与颗粒细胞凋亡[J]. 生殖与避孕, 2021, 41(6): 520-526.",
        "[11] Novak J, Lee H. Paracrine angiogenesis after cell therapy of the ovary[J]. Angiogen Res, 2020, "
        "7: 88-95.",
    ],
)

# --------------------------------------------------------------------------
# zh02: case series, one column, four cell sources and four routes
# --------------------------------------------------------------------------

ZH02 = PaperSpec(
    stem="zh02_case_series_routes", lang="zh", columns=1,
    journal="实用生殖医学 2023年第18卷第6期", first_page=412,
    notes=(
        "Invented retrospective case series (one column, bilingual abstract, table with facts in it). "
        "Sample sizes: the 30 women and the four pre-specified cell-source groups (10/8/7/5), also in the "
        "table's 例数 column; the subgroups by number of transplantations (14/11/5) and outcome counts "
        "(6例, 3例, 1例) are not sample sizes. '第三次移植' is filed as sessions 3. Harvest volumes "
        "(骨髓50 mL, 脂肪组织约100 mL, 经血) are not doses; G-CSF 5 μg/kg (written with Greek mu) is a "
        "dose of µg per kg; heparin 80 U/kg and hCG 10000 IU are doses. Traps: 干细胞 alone (title, "
        "text), 骨髓/脂肪组织/经血 alone, FSH>25 IU/L, 需两次检测确认, ages, 37.8 ℃, '介入术后' (no route "
        "by itself), '单次剂量' in the table header (not sessions), the between-group comparison. "
        "'静脉途径' (not in the dictionaries) is an intravenous route mention."),
    title="不同来源干细胞移植治疗卵巢早衰[[30例|n:30]]病例系列分析",
    authors="邓雅琴，马骁，程立新",
    affiliation="（西陵市第二人民医院生殖中心，西陵 443000）",
    abstract=(
        "【摘要】目的：总结不同来源干细胞经不同途径移植治疗卵巢早衰（POF）的临床经验。方法：回顾性纳入"
        "[[30名|n:30]]患者，其中[[10例|n:10]]接受[[骨髓MSC|c:bm]][[腹腔镜下卵巢注射|r:io,lap]]，[[8例|n:8]]"
        "接受[[脂肪间充质干细胞|c:ad]][[经卵巢动脉介入注射|r:oa,ir]]，[[7例|n:7]]接受[[经血干细胞|c:men]]"
        "[[静脉输注|r:iv]]，[[5例|n:5]]接受[[外周血干细胞|c:pb]][[经阴道超声引导下卵巢局部注射|r:io,tvus]]；"
        "根据患者意愿和卵巢反应，分别接受[[1次|s:1#1次]]、[[2次|s:2#2次]]或[[3次|s:3#3次]]移植。结果：全部患者均未发生"
        "严重不良事件。[[末次移植后6个月|f:6,month]][[FSH|h:FSH,dec]]水平下降，[[雌二醇|h:E2,inc]]水平升高，"
        "[[AMH|h:AMH,nc]]未见明显变化；6例恢复月经，其中1例妊娠。结论：不同来源干细胞移植治疗POF安全，"
        "或可改善部分患者的卵巢内分泌功能，最佳细胞来源、移植途径及[[多次移植|s:-]]的价值有待进一步研究。"),
    keywords="【关键词】卵巢早衰；干细胞移植；病例系列",
    en_title=(
        "Stem Cell Transplantation by Different Routes for Premature Ovarian Failure: A Series "
        "of [[30 Cases|n:30]]"),
    en_abstract=(
        "**Abstract: Objective** To summarise our experience with stem cells of different origins "
        "transplanted by different routes in premature ovarian failure. **Methods** We reviewed "
        "[[30 patients|n:30]] treated between 2018 and 2022: [[10 patients|n:10]] received autologous "
        "[[bone marrow mesenchymal stem cells|c:bm]] ([[BMSCs|c:bm]]) by [[laparoscopic injection|r:io,lap]] "
        "into both ovaries, [[8 patients|n:8]] received [[adipose-derived stromal cells|c:ad]] "
        "[[via the ovarian artery|r:oa,ir]] under digital subtraction angiography, [[7 patients|n:7]] "
        "received [[menstrual blood-derived stem cells|c:men]] ([[MenSCs|c:men]]) by "
        "[[intravenous infusion|r:iv]] and [[5 patients|n:5]] received [[peripheral blood stem cells|c:pb]] "
        "by [[intraovarian injection under transvaginal ultrasound guidance|r:io,tvus]]. **Results** No "
        "serious adverse events occurred. [[Six months after the last transplantation|f:6,month]] [[FSH|h:FSH,dec]] "
        "decreased and [[E2|h:E2,inc]] increased, whereas [[AMH|h:AMH,nc]] remained unchanged. "
        "**Conclusion** Stem cells of several origins can be transplanted safely; which source, route "
        "and number of sessions works best remains open."),
    body=[
        Heading("1 资料与方法"),
        Heading("1.1 一般资料", 2),
        "回顾性分析2018年1月至2022年12月在本院生殖中心接受干细胞移植的卵巢早衰患者，共纳入[[30名|n:30]]"
        "患者。入选标准：①年龄26～39岁；②40岁以前闭经≥6个月；③FSH>25 IU/L，需两次检测确认；④排除染色体"
        "异常、卵巢手术史及自身免疫性疾病。患者平均年龄（34.2±3.6）岁，平均闭经时间（26.5±14.8）个月。按"
        "细胞来源及移植途径分为4组（表1）。",
        Heading("1.2 细胞制备与移植方法", 2),
        "**1.2.1** [[骨髓MSC|c:bm#骨髓MSC组]]组（[[10例|n:10#骨髓MSC组]]） 全身麻醉下自髂后上棘抽取自体骨髓50 mL，分离单个核细胞"
        "后体外扩增2～3周，获得[[骨髓MSC|c:bm#骨髓MSC组]]。移植采用[[腹腔镜下卵巢注射|r:io,lap#骨髓MSC组]]：以22G穿刺针在腹腔镜"
        "直视下多点穿刺卵巢皮质，每侧[[卵巢注入|r:io,lap#骨髓MSC组]][[500万|d:5e6,cells,ovary#骨髓MSC组]]个细胞（细胞悬液"
        "[[0.5|d:0.5,mL,ovary#骨髓MSC组]] mL）。",
        "**1.2.2** [[脂肪间充质干细胞|c:ad#脂肪间充质干细胞组]]组（[[8例|n:8#脂肪间充质干细胞组]]） 局麻下抽吸腹部脂肪组织约100 mL，经胶原酶消化、"
        "贴壁培养获得[[脂肪间充质干细胞|c:ad#脂肪间充质干细胞组]]（[[ADSCs|c:ad#脂肪间充质干细胞组]]）。经股动脉穿刺，在数字减影血管造影引导下将"
        "微导管[[超选择插入双侧卵巢动脉|r:oa,ir#脂肪间充质干细胞组]]，[[经卵巢动脉注射|r:oa,ir#脂肪间充质干细胞组]]细胞，每侧[[一千万|d:1e7,cells,ovary#脂肪间充质干细胞组]]个"
        "细胞；术中经导管给予肝素[[80|d:80,U/kg,kg#脂肪间充质干细胞组]] U/kg抗凝。介入术后穿刺侧下肢制动6 h。",
        "**1.2.3** [[经血干细胞|c:men#经血干细胞组]]组（[[7例|n:7#经血干细胞组]]） 于月经第2天用无菌月经杯收集经血，分离培养"
        "[[经血干细胞|c:men#经血干细胞组]]（[[MenSCs|c:men#经血干细胞组]]）。按每公斤体重[[1×10^{6}|d:1e6,cells/kg,kg#经血干细胞组]]个细胞经肘正中"
        "[[静脉输注|r:iv#经血干细胞组]]，输注时间约30 min。",
        "**1.2.4** [[外周血干细胞|c:pb#外周血干细胞组]]组（[[5例|n:5#外周血干细胞组]]） 采集前连续4 d[[皮下注射|r:sc#外周血干细胞组]]粒细胞集落刺激因子"
        "（G-CSF）[[5|d:5,ug,kg#外周血干细胞组]] μg/kg进行动员，第5天经血细胞分离机采集[[外周血干细胞|c:pb#外周血干细胞组]]，于"
        "[[经阴道超声引导下卵巢局部注射|r:io,tvus#外周血干细胞组]]，每侧[[卵巢注入|r:io,tvus#外周血干细胞组]][[5*10^6|d:5e6,cells,ovary#外周血干细胞组]]个细胞。该组"
        "[[5例|n:5#外周血干细胞组]]均接受[[3次|s:3#外周血干细胞组]]移植，累计每侧卵巢接受[[1.5×10^{7}|d:1.5e7,cells,ovary#外周血干细胞组]]个细胞。",
        "根据患者意愿及首次移植后的卵巢反应决定是否重复移植，重复移植与前次移植间隔3个月。全组患者中14例接受"
        "[[1次|s:1]]移植，11例接受[[2次|s:2]]移植，5例接受[[3次|s:3]]移植。",
        Heading("1.3 观察指标", 2),
        "移植前及[[末次移植后1、3、6个月|f:6,month]]检测血清FSH、LH、E2及AMH水平，并记录不良反应及月经恢复情况。",
        Heading("2 结果"),
        Heading("2.1 安全性", 2),
        "全部[[30例|n:30]]患者均完成治疗。[[骨髓MSC|c:bm#骨髓MSC组]]组2例出现术后肩痛；[[脂肪间充质干细胞|c:ad#脂肪间充质干细胞组]]组"
        "1例出现穿刺点血肿，经压迫后好转；[[经血干细胞|c:men#经血干细胞组]]组1例出现一过性发热（37.8 ℃）。未发生严重"
        "不良事件。",
        Heading("2.2 激素变化及妊娠情况", 2),
        "[[末次移植后6个月|f:6,month]]，全组[[FSH|h:FSH,dec]]水平下降（P<0.05），[[雌二醇|h:E2,inc]]水平升高（P<0.05），"
        "[[LH|h:LH,nc]]及[[AMH|h:AMH,nc]]未见明显变化（表1）。各组间比较，[[脂肪间充质干细胞|c:ad#脂肪间充质干细胞组]]组"
        "[[FSH|h:FSH,dec]]下降幅度最大，但组间差异无统计学意义。",
        "6例恢复自然月经，其中3例于第三次移植后1～2个月恢复；1例（[[骨髓MSC|c:bm#骨髓MSC组]]组）于末次移植后"
        "5个月在hCG [[10000|d:10000,IU,-]] IU诱发排卵后妊娠，目前孕24周，胎儿发育未见异常。",
        Table("表1 各组移植方案及移植前后血清FSH水平（均数±标准差）", [
            ["组别", "例数", "单次剂量", "FSH移植前（IU/L）", "FSH移植后6个月（IU/L）"],
            ["[[骨髓MSC|c:bm#骨髓MSC组]]组", "[[10|n:10#骨髓MSC组]]", "每侧[[500万|d:5e6,cells,ovary#骨髓MSC组]]个",
             "82.4±18.7", "61.5±22.3"],
            ["[[脂肪间充质干细胞|c:ad#脂肪间充质干细胞组]]组", "[[8|n:8#脂肪间充质干细胞组]]",
             "每侧[[一千万|d:1e7,cells,ovary#脂肪间充质干细胞组]]个", "79.1±20.2", "52.8±19.6"],
            ["[[经血干细胞|c:men#经血干细胞组]]组", "[[7|n:7#经血干细胞组]]",
             "[[1×10^{6}|d:1e6,cells/kg,kg#经血干细胞组]]个/kg", "85.6±17.4", "71.2±24.0"],
            ["[[外周血干细胞|c:pb#外周血干细胞组]]组", "[[5|n:5#外周血干细胞组]]",
             "每侧[[5*10^6|d:5e6,cells,ovary#外周血干细胞组]]个", "76.9±15.8", "60.3±21.1"],
        ], [1.6, 0.6, 1.3, 1.3, 1.5]),
        Heading("3 讨论"),
        "干细胞治疗POF的疗效受细胞来源、移植途径、剂量及移植次数等多种因素影响^{[1]}。[[骨髓MSC|c:bm]]和"
        "[[脂肪间充质干细胞|c:ad]]均可取自患者自身，避免了免疫排斥，但骨髓穿刺和脂肪抽吸均为有创操作；"
        "[[经血干细胞|c:men]]采集无创，可反复获取^{[2]}；[[外周血干细胞|c:pb]]需预先动员，费用较高。",
        "[[腹腔镜下卵巢注射|r:io,lap]]可在直视下精确定位，但需全身麻醉；[[经卵巢动脉注射|r:oa]]创伤较小，细胞"
        "可随血流分布于整个卵巢^{[3]}；[[静脉输注|r:iv]]最为简便，但归巢至卵巢的细胞比例很低。本组结果提示，"
        "局部给药的激素改善可能优于[[静脉途径|r:iv]]，但由于各组例数少，尚不能得出结论。本组"
        "[[卵巢局部注射|r:io]]剂量为每侧[[5百万|d:5e6,cells,ovary]]个细胞左右，与文献报道的剂量范围一致^{[4]}。",
        "[[多次移植|s:-]]能否提高疗效是临床关注的问题。本组3例在第三次移植后恢复月经，接受"
        "[[两次|s:2]]移植的11例中则无1例恢复月经，提示[[多次移植|s:-]]或可累积疗效，但也可能只是反映了POF患者"
        "卵巢功能的自发波动^{[5]}。",
        "本研究为回顾性病例系列，样本量小，各组病例数不均衡，且未设对照组，结论有待前瞻性随机对照研究验证。",
    ],
    references=[
        "[1] 罗晓, 宁远. 干细胞治疗卵巢早衰的影响因素分析[J]. 中国生殖健康, 2021, 32(4): 301-305.",
        "[2] Mendez C, Ruiz A. Menstrual blood-derived stem cells: a non-invasive source[J]. Stem Cell "
        "Rev Lett, 2019, 5: 22-29.",
        "[3] 秦岭, 袁博. 经卵巢动脉介入注射骨髓间充质干细胞治疗卵巢早衰10例[J]. 介入放射学杂志, 2020, "
        "29(8): 790-794.",
        "[4] 许静, 曹阳. 卵巢局部注射干细胞剂量选择的系统评价[J]. 生殖医学杂志, 2022, 31(2): 150-156.",
        "[5] Duarte F, Klein M. Intermittent ovarian function in premature ovarian failure[J]. Menopause "
        "Stud, 2018, 24: 118-124.",
    ],
)

# --------------------------------------------------------------------------
# zh03: review, one column, author-year citations (Yan等^[23])
# --------------------------------------------------------------------------

ZH03 = PaperSpec(
    stem="zh03_review_stem_cells", lang="zh", columns=1,
    journal="中国再生医学综述 2024年2月第9卷第1期", first_page=57,
    notes=(
        "Invented review (one column, bilingual abstract, citations written 'Yan等^[23]'). Facts reported "
        "from cited studies are facts of this document; those from animal studies carry their species "
        "(小鼠 -> mouse, 大鼠 -> rat). Generic enumerations of routes and doses count. Traps: "
        "'纳入12项研究' and '8项随机对照试验' / '8 RCTs' (studies, not patients), 胎盘/羊膜/华通氏胶 "
        "alone, 干细胞 alone, '50~150 nm', '每3天注射1次' (a frequency; the '共3次' after it is sessions "
        "3), '线粒体功能障碍' (an organelle, not a therapy), '基线AMH水平较高的患者' (subgroup), citation "
        "numbers, years. The pooled result of the meta-analysis (FSH降低) is a fact; 'FSH未进一步下降' is "
        "a negated decrease; general statements in the animal paragraphs carry no species."),
    title="干细胞及其衍生物治疗早发性卵巢功能不全的研究进展",
    authors="孟书瑶，高原",
    affiliation="（北川大学生殖医学研究所，北川 100191）",
    abstract=(
        "【摘要】早发性卵巢功能不全（POI）严重影响女性生殖健康和生活质量。[[间充质干细胞|c:msc]]、"
        "[[人羊膜上皮细胞|c:haec]]及其分泌的[[外泌体|c:ev]]在动物模型和早期临床研究中显示出改善卵巢功能的"
        "潜力。本文综述不同来源干细胞及其衍生物治疗POI的研究进展，重点讨论细胞来源、移植途径、剂量及移植"
        "次数，并对一项纳入12项研究的荟萃分析进行评述。"),
    keywords="【关键词】早发性卵巢功能不全；干细胞；细胞衍生物；综述",
    en_title="Stem Cells and Their Derivatives for Premature Ovarian Insufficiency: A Review",
    en_abstract=(
        "**Abstract:** Premature ovarian insufficiency (POI) impairs fertility and quality of life. "
        "[[Mesenchymal stem cells|c:msc]], [[human amniotic epithelial cells|c:haec]] and [[exosomes|c:ev]] "
        "have improved ovarian function in animal models and early clinical studies. This review covers "
        "cell sources, routes, doses and the number of transplantations, and discusses a meta-analysis "
        "of 12 studies, including 8 RCTs, that pooled the hormonal outcomes."),
    body=[
        Heading("1 [[间充质干细胞|c:msc]]"),
        Heading("1.1 [[脐带间充质干细胞|c:uc]]", 2),
        "[[脐带间充质干细胞|c:uc]]（[[umbilical cord mesenchymal stem cells|c:uc]]，[[UC-MSC|c:uc]]）取材于"
        "华通氏胶，增殖能力强、免疫原性低，是目前POI临床研究中应用最多的细胞类型^{[1]}。Yan等^{[23]}纳入"
        "[[30名|n:30]]患者，行[[经阴道超声引导下卵巢局部注射|r:io,tvus]][[人脐带间充质干细胞|c:uc]]，每侧卵巢"
        "[[5×10^{6}|d:5e6,cells,ovary]]个细胞，[[治疗后3个月|f:3,month]][[FSH|h:FSH,dec]]水平下降，[[雌二醇|h:E2,inc]]"
        "水平升高。Chen等^{[2]}的剂量递增研究对[[18例|n:18]]患者每侧[[卵巢分别注射|r:io]][[5×10^{6}|d:5e6,cells,ovary#5×10^6]]"
        "、[[1×10^{7}|d:1e7,cells,ovary#1×10^7]]、[[1.5×10^{7}|d:1.5e7,cells,ovary#1.5×10^7]]个细胞，各剂量组均未出现剂量"
        "限制性毒性，高剂量组[[FSH|h:FSH,dec]]下降最为明显。另有研究采用[[hUCMSC|c:uc]]联合胶原支架"
        "移植，同样观察到[[AFC|h:AFC,inc]]增加^{[3]}。",
        Heading("1.2 [[骨髓MSC|c:bm]]", 2),
        "[[骨髓MSC|c:bm]]是最早用于POI研究的[[MSC|c:msc]]类型^{[4]}。Ding等^{[5]}对[[20例|n:20]]患者在"
        "[[腹腔镜下卵巢注射|r:io,lap]]自体[[骨髓MSC|c:bm]]，每侧卵巢[[一千万|d:1e7,cells,ovary]]个细胞，"
        "[[随访12个月|f:12,month]]，5例恢复月经。该研究按闭经时间将患者分为两层，分别给予[[1次|s:1#1次]]（[[12例|n:12#1次]]）"
        "或[[2次|s:2#2次]]（[[8例|n:8#2次]]）移植。Lin等^{[6]}则未采用[[静脉注射|!r:iv]]，而是在介入下"
        "[[经卵巢动脉注射|r:oa,ir]][[骨髓MSC|c:bm]]，理由是[[动脉途径|r:oa]]可使细胞均匀分布于卵巢实质，且无需穿刺"
        "卵巢包膜。",
        Heading("1.3 [[脂肪间充质干细胞|c:ad]]", 2),
        Para("[[脂肪间充质干细胞|c:ad@human]]（[[ADSCs|c:ad@human]]）取材方便、含量丰富。Liu等^{[7]}在环磷酰胺诱导的POI小鼠"
             "模型中经[[尾静脉注射|r:iv]][[1×10^{6}|d:1e6,cells,-]]个[[ADSCs|c:ad]]，发现其可降低"
             "[[FSH|h:FSH,dec]]水平，增加[[窦卵泡数|h:AFC,inc]]，且移植细胞主要分布于卵巢间质。", species="mouse"),
        Heading("1.4 [[经血干细胞|c:men]]", 2),
        Para("[[经血干细胞|c:men@human]]（[[menstrual blood-derived stem cells|c:men@human]]，[[MenSCs|c:men@human]]）可无创、"
             "反复获取。Wang等^{[8]}将[[MenSCs|c:men]][[经尾静脉输注|r:iv]]至POI大鼠，发现细胞可归巢至受损卵巢，"
             "大鼠[[雌二醇|h:E2,inc]]水平升高，动情周期部分恢复。", species="rat"),
        Heading("2 [[人羊膜上皮细胞|c:haec]]"),
        "[[人羊膜上皮细胞|c:haec]]（[[human amniotic epithelial cells|c:haec]]，[[hAEC|c:haec]]）来源于胎盘的"
        "羊膜层，不表达HLA-DR，免疫原性低，并具有一定的多向分化潜能^{[9]}。",
        "Zhang等^{[10]}在小鼠POI模型中经[[尾静脉注射|r:iv@mouse]][[hAEC|c:haec@mouse]]，发现小鼠"
        "[[FSH|h:FSH,dec@mouse]]水平下降，[[雌二醇|h:E2,inc@mouse]]和[[AMH|h:AMH,inc@mouse]]水平升高。目前"
        "[[hAEC|c:haec]]的临床研究较少，仅见小样本报道^{[11]}。",
        Heading("3 干细胞衍生物"),
        Heading("3.1 [[外泌体|c:ev]]", 2),
        Para("[[外泌体|c:ev@human]]是直径50~150 nm的[[细胞外囊泡|c:ev@human]]，携带蛋白质、脂质和微小RNA，可部分复制亲代细胞"
             "的旁分泌作用^{[12]}。与细胞移植相比，[[外泌体|c:ev@human]]无致瘤风险，便于储存和运输。Li等^{[13]}在POI小鼠中"
             "[[腹腔注射|r:ip]][[人脐带间充质干细胞|c:uc]]来源的[[外泌体|c:ev]]（每次[[150|d:150,ug,injection]] μg），"
             "每3天注射1次，共[[3次|s:3]]，结果表明[[外泌体|c:ev]]可降低[[FSH|h:FSH,dec]]水平，升高[[雌二醇|h:E2,inc]]和"
             "[[抗米勒管激素|h:AMH,inc]]水平。", species="mouse"),
        Heading("3.2 [[线粒体|c:mito]]移植", 2),
        Para("线粒体功能障碍是卵母细胞老化的重要原因。Sun等^{[14]}将[[MSC|c:msc]]来源的[[线粒体|c:mito]]"
             "[[注射至小鼠卵巢|r:io]]，发现卵泡闭锁减少，[[AMH|h:AMH,inc]]水平升高，但其长期安全性尚不明确。", species="mouse"),
        Heading("4 移植途径、剂量与次数"),
        "目前临床常用的移植途径包括[[经阴道超声引导下卵巢局部注射|r:io,tvus]]、[[腹腔镜下卵巢注射|r:io,lap]]、"
        "[[经卵巢动脉注射|r:oa]]和[[静脉输注|r:iv]]^{[15]}。[[卵巢局部注射|r:io]]可使细胞直接作用于靶器官，"
        "但属有创操作；[[静脉输注|r:iv]]操作简便，但仅极少量细胞能到达卵巢^{[16]}。",
        "临床研究中[[卵巢局部注射|r:io]]的剂量多为每侧卵巢[[1×10^{6}~1×10^{7}|d:1e6,cells,ovary,1e6,1e7]]个"
        "细胞，[[静脉输注|r:iv]]多按每公斤体重[[1–2×10^{6}|d:1e6,cells/kg,kg,1e6,2e6]]个细胞计算^{[17]}。剂量"
        "递增研究常设[[5×10^{6}|d:5e6,cells,ovary#5×10^6]]、[[1×10^{7}|d:1e7,cells,ovary#1×10^7]]、"
        "[[1.5×10^{7}|d:1.5e7,cells,ovary#1.5×10^7]]个细胞（每侧卵巢）三个剂量组，但剂量与疗效的关系尚不明确^{[2]}。",
        "多数研究仅进行[[单次|s:1]]移植。[[多次移植|s:-]]可能延长疗效，但也增加了操作风险和费用。Gao等^{[18]}"
        "对部分患者间隔3个月进行[[两次|s:2]]注射，第二次注射后[[FSH|!h:FSH,dec]]未进一步下降。",
        Heading("5 荟萃分析证据"),
        "一项纳入12项研究（其中8项为随机对照试验）的荟萃分析显示，干细胞治疗后POI患者[[FSH|h:FSH,dec]]水平"
        "降低，但纳入研究的样本量普遍较小，异质性较大，且多数研究未设对照^{[19]}。亚组分析显示，基线AMH水平"
        "较高的患者获益更明显，提示治疗应在卵巢内仍有残存卵泡时进行^{[20]}。",
        Heading("6 问题与展望"),
        "尽管干细胞治疗POI显示出一定前景，但仍存在诸多问题：细胞制备缺乏统一标准；最佳细胞来源、剂量、"
        "途径和次数尚未确定；长期安全性有待观察^{[21-22]}。未来需开展设计严谨的多中心随机对照试验，或可为"
        "临床应用提供更可靠的证据^{[24]}。",
    ],
    references=[
        "[1] 胡蓉, 付强. 脐带间充质干细胞的临床转化[J]. 细胞治疗学报, 2020, 2(1): 5-11.",
        "[2] Chen Y, Hart D. Dose escalation of umbilical cord MSCs: 5×10^{6} to 1.5×10^{7} cells per ovary[J]. "
        "Regen Reprod, 2022, 6: 101-109.",
        "[3] 姚楠, 陆川. 胶原支架联合干细胞移植[J]. 生物材料与再生, 2021, 5(3): 210-215.",
        "[4] Ortiz M. Bone marrow stromal cells in ovarian failure: early reports[J]. J Invented Med, "
        "2015, 4: 12-19.",
        "[5] 丁峰, 石磊. 腹腔镜下卵巢注射自体骨髓干细胞20例[J]. 中国微创外科, 2019, 19(7): 600-603.",
        "[6] 林森, 魏薇. 经卵巢动脉注射骨髓间充质干细胞的可行性[J]. 介入医学, 2020, 17(2): 88-92.",
        "[7] 刘洋, 邹敏. 脂肪间充质干细胞对化疗损伤小鼠卵巢的保护作用[J]. 生殖与避孕, 2019, 39(9): 701-707.",
        "[8] 王琪, 梁辉. 经血干细胞归巢至损伤卵巢[J]. 再生医学杂志, 2020, 6(4): 250-256.",
        "[9] Park S, Reyes L. Amniotic epithelial cells: properties and uses[J]. Placenta Res, 2018, 9: 40-47.",
        "[10] 张雪, 冯涛. 人羊膜上皮细胞改善小鼠卵巢功能[J]. 实验生殖医学, 2021, 3(2): 60-66.",
        "[11] 韦佳, 吕明. 人羊膜上皮细胞治疗卵巢早衰3例报告[J]. 临床妇科, 2022, 10(1): 19-21.",
        "[12] Moretti P. Exosomes of 50-150 nm and their cargo[J]. Vesicle Biol, 2019, 2: 1-9.",
        "[13] 李娜, 秦峰. 脐带间充质干细胞外泌体腹腔注射治疗POI小鼠[J]. 中国组织工程研究, 2022, 26(5): 700-706.",
        "[14] 孙浩, 郑芳. 线粒体移植与卵巢储备[J]. 生殖医学杂志, 2023, 32(1): 30-35.",
        "[15] 贾平, 田园. 干细胞移植途径的比较[J]. 再生医学进展, 2021, 6(3): 170-176.",
        "[16] Alvarez R. Homing of intravenously infused cells to the ovary[J]. Cell Ther Rep, 2018, 4: 77-83.",
        "[17] 钟敏, 白雪. 干细胞治疗剂量的确定[J]. 细胞治疗学报, 2022, 4(2): 90-95.",
        "[18] 高远, 黎明. 两次卵巢内注射干细胞的疗效观察[J]. 实用妇科杂志, 2021, 37(10): 770-773.",
        "[19] Iqbal N, Ferrante G. Stem cells for POI: a meta-analysis of 12 studies[J]. Reprod Evid, 2023, "
        "8: 201-214.",
        "[20] 江帆, 宋雨. 卵巢储备对干细胞疗效的影响[J]. 生殖与避孕, 2023, 43(3): 240-245.",
        "[21] 曾琳, 武强. 干细胞制剂质量控制[J]. 中国生物制品学杂志, 2020, 33(6): 680-685.",
        "[22] Holt E. Long-term safety of cell therapy in women[J]. Regen Med Pract, 2021, 5: 50-58.",
        "[23] 严文, 蔡琪. 人脐带间充质干细胞卵巢局部注射治疗POI 30例[J]. 中华生殖医学杂志, 2022, 14(6): "
        "512-516.",
        "[24] 唐宁, 周桐. 干细胞治疗早发性卵巢功能不全的临床试验设计[J]. 循证医学, 2023, 23(2): 99-104.",
    ],
)

# --------------------------------------------------------------------------
# zh04: animal study (mice), one column
# --------------------------------------------------------------------------

ZH04 = PaperSpec(
    stem="zh04_mouse_exosomes", lang="zh", columns=1, species="mouse",
    journal="实验生殖生物学 2024年第7卷第3期", first_page=145,
    notes=(
        "Invented mouse study (one column, bilingual abstract, table). Every fact of the experiments has "
        "species mouse, the doses of the drugs that induce the model included (cyclophosphamide and "
        "busulfan by intraperitoneal injection); statements about earlier or clinical studies in the "
        "discussion carry no species. Group labels (外泌体组) are cell-type mentions. Traps: '每组6只' / "
        "'n = 6 mice per group' and 'n=6' (animals, not patients), '5×10^6个/mL' (a concentration), "
        "'50~150 nm', '6～8周龄', '18～20 g', '每周1次' (a frequency; '共3次' is sessions 3), the "
        "model-versus-control comparison ('模型组FSH显著高于对照组': it validates the model, not a change "
        "after the therapy), the comparison between the two treated groups, keywords, references."),
    title="[[人脐带间充质干细胞|c:uc]]来源[[外泌体|c:ev]]对化疗所致卵巢早衰小鼠卵巢功能的影响",
    authors="邱晓岚，贝宁，葛天",
    affiliation="（南湖医学院组织胚胎学教研室，南湖 510080）",
    abstract=(
        "【摘要】目的：探讨[[人脐带间充质干细胞|c:uc]]（[[hUCMSC|c:uc]]）来源[[外泌体|c:ev]]对环磷酰胺联合白消安"
        "诱导的卵巢早衰（POF）小鼠卵巢功能的影响。方法：雌性C57BL/6小鼠24只，随机分为对照组、模型组、细胞组"
        "和[[外泌体|c:ev#外泌体组]]组，每组6只。[[腹腔注射|r:ip]]环磷酰胺[[120|d:120,mg/kg,kg]] mg/kg和白消安"
        "[[12|d:12,mg/kg,kg]] mg/kg建立POF模型；建模后第7天，细胞组经[[尾静脉注射|r:iv#细胞组]][[hUCMSC|c:uc#细胞组]] "
        "[[1×10^{6}|d:1e6,cells,-#细胞组]]个，[[外泌体|c:ev#外泌体组]]组[[腹腔注射|r:ip#外泌体组]][[外泌体|c:ev#外泌体组]]"
        "[[100|d:100,ug,injection#外泌体组]] μg/次，每周1次，共[[3次|s:3#外泌体组]]。结果：与模型组相比，两治疗组小鼠"
        "[[FSH|h:FSH,dec]]水平下降，[[E2|h:E2,inc]]和[[AMH|h:AMH,inc]]水平升高（P<0.05），[[LH|h:LH,nc]]"
        "未见明显变化；两治疗组间差异无统计学意义。结论：[[hUCMSC|c:uc]]来源[[外泌体|c:ev]]可改善POF小鼠"
        "卵巢功能，其作用与亲代细胞相当，或可作为细胞治疗的替代方案。"),
    keywords="【关键词】卵巢早衰；细胞衍生物；化疗损伤；小鼠",
    en_title=(
        "Effect of [[Exosomes|c:ev]] from [[Human Umbilical Cord Mesenchymal Stem Cells|c:uc]] on Ovarian "
        "Function in Mice with Chemotherapy-Induced Premature Ovarian Failure"),
    en_abstract=(
        "**Abstract: Objective** To study [[exosomes|c:ev]] derived from [[human umbilical cord mesenchymal "
        "stem cells|c:uc]] ([[hUCMSC|c:uc]]) in mice with chemotherapy-induced premature ovarian failure. "
        "**Methods** Twenty-four female C57BL/6 mice were divided into control, model, cell and [[exosome|c:ev]] "
        "groups (n = 6 mice per group). The model was induced by [[intraperitoneal|r:ip]] cyclophosphamide "
        "and busulfan; the cell group received [[1×10^{6}|d:1e6,cells,-#cell group]] [[hUCMSC|c:uc#cell group]] through the "
        "[[tail vein|r:iv#cell group]] and the [[exosome|c:ev#exosome group]] group [[100|d:100,ug,injection#exosome group]] µg of [[exosomes|c:ev#exosome group]] per "
        "injection, [[three times|s:3#exosome group]]. **Results** Compared with the model group, [[FSH|h:FSH,dec]] "
        "decreased and [[E2|h:E2,inc]] and [[AMH|h:AMH,inc]] increased in both treated groups, with no "
        "significant change in [[LH|h:LH,nc]]. **Conclusion** [[Exosomes|c:ev]] were as effective as "
        "their parent cells in this model."),
    body=[
        Heading("1 材料与方法"),
        Heading("1.1 实验动物与分组", 2),
        "6～8周龄雌性C57BL/6小鼠24只，体质量18～20 g，购自南湖医学院实验动物中心，自由饮食，12 h光照/黑暗"
        "循环。小鼠随机分为对照组、模型组、细胞组和[[外泌体|c:ev#外泌体组]]组，每组6只。动物实验经本院动物伦理"
        "委员会批准。",
        Heading("1.2 细胞培养与[[外泌体|c:ev]]提取", 2),
        "[[hUCMSC|c:uc]]购自南湖市细胞资源库，以含10%胎牛血清的培养基培养，取第4～6代细胞，细胞浓度调整为"
        "5×10^{6}个/mL备用。收集无血清条件培养基，以超速离心法提取[[外泌体|c:ev]]。透射电镜下[[外泌体|c:ev]]"
        "呈杯状，纳米颗粒跟踪分析显示粒径为50~150 nm，Western blot检测CD63及TSG101阳性。",
        Heading("1.3 建模与干预", 2),
        "模型组、细胞组和[[外泌体|c:ev#外泌体组]]组小鼠[[腹腔注射|r:ip]]环磷酰胺（[[120|d:120,mg/kg,kg]] mg/kg）和白消安"
        "（[[12|d:12,mg/kg,kg]] mg/kg），对照组注射等体积生理盐水。建模后第7天，细胞组经[[尾静脉注射|r:iv#细胞组]]"
        "[[hUCMSC|c:uc#细胞组]]（每只[[1×10^{6}|d:1e6,cells,-#细胞组]]个）；[[外泌体|c:ev#外泌体组]]组[[腹腔注射|r:ip#外泌体组]]"
        "[[外泌体|c:ev#外泌体组]]（每次[[100|d:100,ug,injection#外泌体组]] μg），每周1次，共[[3次|s:3#外泌体组]]；模型组注射等体积PBS。",
        Heading("1.4 检测指标", 2),
        "[[末次干预后7 d|f:7,day]]，ELISA检测血清FSH、LH、E2及AMH水平；卵巢HE染色后计数各级卵泡。",
        Heading("2 结果"),
        "模型组小鼠体质量下降，动情周期紊乱；模型组FSH水平显著高于对照组，E2和AMH水平显著低于对照组"
        "（P<0.01），提示建模成功。",
        "与模型组相比，细胞组和[[外泌体|c:ev#外泌体组]]组[[FSH|h:FSH,dec]]水平下降，[[E2|h:E2,inc]]和[[AMH|h:AMH,inc]]"
        "水平升高（P<0.05），[[LH|h:LH,nc]]未见明显变化；细胞组与[[外泌体|c:ev#外泌体组]]组间差异无统计学意义（表1）。"
        "两治疗组原始卵泡和[[窦卵泡数|h:AFC,inc]]增加，闭锁卵泡减少（P<0.05）。",
        Table("表1 各组小鼠血清激素水平比较（n=6，均数±标准差）", [
            ["组别", "FSH（mIU/mL）", "LH（mIU/mL）", "E2（pg/mL）", "AMH（ng/mL）"],
            ["对照组", "5.2±1.1", "3.8±0.9", "42.6±8.3", "6.1±1.2"],
            ["模型组", "14.7±2.6", "4.4±1.2", "18.9±5.1", "2.3±0.7"],
            ["细胞组", "8.9±2.0", "4.1±1.0", "31.5±6.8", "4.2±0.9"],
            ["[[外泌体|c:ev#外泌体组]]组", "9.4±2.2", "4.0±1.1", "29.8±7.4", "4.0±1.0"],
        ], [1.2, 1.2, 1.2, 1.2, 1.2]),
        Heading("3 讨论"),
        "化疗是POF的常见病因^{[1]}。既往研究表明，[[hUCMSC|c:uc@human]]可通过旁分泌作用修复化疗损伤的卵巢^{[2]}。"
        "本研究发现，[[hUCMSC|c:uc]]来源[[外泌体|c:ev]]的作用与亲代细胞相当，提示[[外泌体|c:ev]]可能是细胞"
        "发挥作用的主要介质。",
        "与细胞相比，[[外泌体|c:ev@human]]不存在致瘤和免疫排斥风险，可冻存运输，[[多次|s:-@human]]给药也更为"
        "方便。本研究[[外泌体|c:ev]]剂量参照既往小鼠研究设定^{[3]}；临床研究中[[卵巢局部注射|r:io@human]]的"
        "细胞剂量多为每侧卵巢[[5百万|d:5e6,cells,ovary@human]]个左右^{[4]}，[[外泌体|c:ev@human]]的等效剂量仍需"
        "通过剂量递增研究确定。",
        "本研究的局限性在于观察时间较短，且未评价小鼠生育力。",
    ],
    references=[
        "[1] 冯静, 乔木. 化疗相关卵巢损伤的机制[J]. 肿瘤生殖学, 2020, 3(2): 45-51.",
        "[2] Varga E, Mori T. Umbilical cord MSCs repair cyclophosphamide-injured ovaries in mice[J]. Exp "
        "Reprod Biol, 2019, 14: 90-98.",
        "[3] 叶青, 陶然. 外泌体100 μg腹腔注射对POI小鼠的影响[J]. 中国组织工程研究, 2021, 25(9): 1400-1405.",
        "[4] 何丽, 孔明. 卵巢局部注射5×10^{6}个脐带间充质干细胞的临床观察[J]. 生殖医学杂志, 2022, 31(4): "
        "470-474.",
    ],
)

# --------------------------------------------------------------------------
# en01: randomised pilot trial, two columns
# --------------------------------------------------------------------------

EN01 = PaperSpec(
    stem="en01_trial_two_column", lang="en", columns=2,
    journal="Okafor et al. · Intraovarian hUC-MSCs in POI · Int J Regen Gynecol 2024; 11: 318–319", first_page=318,
    notes=(
        "Invented randomised, sham-controlled pilot trial (full-width title and abstract, two justified "
        "columns with hyphenation, a table in a column, running header that names the cells and the route "
        "(furniture: no facts), reference list). Sample sizes: the 28 women and the two arms (15 and 13, "
        "also in the table header); '41 women screened', '13 did not meet the criteria', outcome counts "
        "and the subgroups by number of injections (9, 6) are not. 'a second injection' is sessions 2; "
        "'the transvaginal route' is this trial's intraovarian injection under transvaginal ultrasound. "
        "Title-case \"Wharton's Jelly MSCs\" is a cell-type mention. '10 000 IU' of hCG is a dose. Traps: "
        "FSH >25 IU/L and 'remained above 40 IU/L' (thresholds), the baseline difference between arms, "
        "'aged 25–39 years' and 'age of 40 years', '8 RCTs', 'stem cells' and the tissues (umbilical "
        "cord, bone marrow, adipose tissue) alone, 'three to five sites', 'measured twice' (not "
        "sessions), percentages, 'was not administered intravenously' (negated)."),
    title=(
        "[[Intraovarian Injection|r:io]] of [[Wharton's Jelly MSCs|c:uc]] in Premature Ovarian "
        "Insufficiency: A Randomised, Sham-Controlled Pilot Trial"),
    authors="Grace N. Okafor^{1}, Lukas Brenner^{1,2}, Ana Sofia Ribeiro^{2} and Tomoko Hayashi^{1}",
    affiliation=(
        "^{1}Division of Reproductive Endocrinology, Lakeshore University Hospital, Lakeshore, Canada; "
        "^{2}Cell Therapy Unit, Lakeshore Stem Cell Institute, Lakeshore, Canada"),
    abstract=(
        "**Background:** Small uncontrolled series suggest that [[mesenchymal stromal cells|c:msc]] may restore "
        "some ovarian activity in premature ovarian insufficiency (POI), but sham-controlled data are "
        "lacking. **Methods:** In this single-centre pilot trial, [[28 women|n:28]] were enrolled and "
        "randomised to [[intraovarian injection under transvaginal ultrasound guidance|r:io,tvus]] of "
        "[[Wharton's jelly MSCs|c:uc]] ([[5×10^{6}|d:5e6,cells,ovary]] cells per ovary; [[n = 15|n:15]]) or "
        "to a sham puncture ([[n = 13|n:13]]). All were aged 25–39 years. Women in the cell group were "
        "offered a second injection at three months. **Results:** Mean [[FSH|h:FSH,dec#cell group]] dropped "
        "from 89 to 42 IU/L in the cell group (P = 0.003). [[AMH|h:AMH,nc#cell group]] remained unchanged and there "
        "was no significant change in [[LH|h:LH,nc#cell group]]; [[oestradiol|h:E2,inc#cell group]] rose modestly. No serious "
        "adverse events occurred. **Conclusions:** [[Intraovarian|r:io]] [[Wharton's jelly MSCs|c:uc]] were "
        "well tolerated and may lower [[FSH|h:FSH,dec]]; a larger trial with live birth as the outcome is "
        "justified."),
    keywords=(
        "**Keywords:** premature ovarian insufficiency; stem cells; randomised trial; "
        "follicle-stimulating hormone"),
    body=[
        Heading("Introduction"),
        "Premature ovarian insufficiency (POI) is the loss of ovarian function before the age of 40 years "
        "and affects about 1% of women^{[1]}. Hormone replacement relieves symptoms but does not restore "
        "fertility. [[Mesenchymal stromal cells|c:msc]] ([[MSCs|c:msc]]) secrete growth factors and "
        "[[exosomes|c:ev]] that reduce granulosa cell apoptosis and promote angiogenesis in damaged "
        "ovaries^{[2,3]}.",
        "Several uncontrolled series have reported hormonal improvement after [[intravenous infusion|r:iv]] or "
        "[[intraovarian delivery|r:io]] of cells from bone marrow, adipose tissue or the umbilical "
        "cord^{[4–6]}. Enthusiasm for stem cells has outpaced the evidence, however, and none of these "
        "studies had a control group. We therefore conducted a randomised, sham-controlled pilot trial of "
        "[[Wharton's jelly MSCs|c:uc]] ([[UC-MSCs|c:uc]]) in women with POI.",
        Heading("Methods"),
        "**Participants.** Women aged 25–39 years were eligible if they had had amenorrhoea for at least "
        "four months and FSH >25 IU/L on two occasions four weeks apart. Women with chromosomal "
        "abnormalities, previous ovarian surgery or chemotherapy were excluded. Between March 2021 and May "
        "2023, [[28 women|n:28]] were enrolled; the trial was approved by the institutional ethics board "
        "and all participants gave written consent.",
        "**Randomisation.** Allocation was by computer-generated blocks of four, concealed in sealed "
        "envelopes. Because the last block was incomplete, the final groups comprised [[15 women|n:15#cell group]] "
        "(cell group) and [[13 women|n:13#sham group]] (sham group).",
        "**Cell product.** Umbilical cords were donated after elective caesarean delivery. "
        "[[Wharton's jelly MSCs|c:uc]] were isolated by explant culture, expanded to passage 4 and released "
        "when viability exceeded 90% and endotoxin and sterility tests were negative.",
        "**Procedure.** Cells were given by [[intraovarian injection under transvaginal ultrasound guidance|r:io,tvus]]: "
        "under light sedation a 17-gauge needle was advanced into the cortex, and "
        "[[5 x 10^{6}|d:5e6,cells,ovary]] cells in [[0.5|d:0.5,mL,ovary]] mL of saline were [[deposited in each "
        "ovary|r:io,tvus]] at three to five sites. In the sham group the needle was advanced to the ovarian capsule and "
        "withdrawn. The product was not administered [[intravenously|!r:iv]] because pulmonary entrapment "
        "limits the number of cells that reach the ovary^{[7]}.",
        "Women in the cell group whose FSH remained above 40 IU/L at three months were offered "
        "a second injection of [[five million|d:5e6,cells,ovary#cell group]] cells per ovary; nine accepted, so "
        "that 9 women received [[two injections|s:2#cell group]] and 6 were treated [[once|s:1#cell group]].",
        "**Outcomes.** The primary outcome was the change in FSH [[at six months|f:6,month]]. Serum FSH, LH, oestradiol and "
        "AMH and the antral follicle count were measured at baseline and [[at 1, 3 and 6 months|f:6,month]]; FSH was "
        "measured twice at each visit and the mean was used. Women whose "
        "cycles resumed were offered ovarian stimulation with an ovulation trigger of "
        "[[10 000|d:10000,IU,-]] IU of hCG.",
        Heading("Results"),
        "Of 41 women screened, 13 did not meet the criteria, and the remaining [[28 women|n:28]] were "
        "randomised (Table 1). Baseline characteristics were similar, although FSH at baseline was higher in "
        "the sham group (94 vs 89 IU/L).",
        Table("**Table 1** Baseline characteristics (mean ± SD)", [
            ["Characteristic", "Cells ([[n = 15|n:15]])", "Sham ([[n = 13|n:13]])"],
            ["Age, years", "33.8 ± 3.9", "34.6 ± 4.1"],
            ["Amenorrhoea, months", "27 ± 15", "30 ± 18"],
            ["FSH, IU/L", "89 ± 21", "94 ± 24"],
            ["AMH, ng/mL", "0.06 ± 0.05", "0.05 ± 0.04"],
            ["Antral follicles, n", "0.9 ± 0.8", "1.0 ± 0.9"],
        ], [1.5, 1.0, 1.0]),
        "[[Six months after the first injection|f:6,month]], mean [[FSH|h:FSH,dec#cell group]] dropped from 89 to 42 IU/L in the cell "
        "group (P = 0.003); the difference from the sham group was 37 IU/L (95% CI 14 to 60). "
        "[[Oestradiol|h:E2,inc]] rose from 21 to 46 pg/mL. [[AMH|h:AMH,nc]] remained unchanged, below 0.1 "
        "ng/mL in all but two women, and there was no significant change in [[LH|h:LH,nc]]. The "
        "[[antral follicle count|h:AFC,inc#cell group]] increased by one or more follicles in six women in the cell "
        "group. Women who received [[two injections|s:2#cell group]] did not differ from those treated [[once|s:1#cell group]].",
        "Adverse events were mild: pelvic pain in 8 women and spotting in 3. Four women in the cell group "
        "and one in the sham group resumed menstruation; one woman in the cell group conceived after "
        "ovarian stimulation.",
        Heading("Discussion"),
        "In this pilot trial, [[intraovarian|r:io]] [[Wharton's jelly MSCs|c:uc]] lowered [[FSH|h:FSH,dec]] "
        "more than a sham procedure, whereas [[AMH|h:AMH,nc]] remained unchanged. The fall in "
        "[[FSH|h:FSH,dec]] may reflect recruitment of residual follicles rather than new follicle formation, "
        "which would explain why [[AMH|h:AMH,nc]], a marker of the follicle pool, did not move.",
        "Other groups have used [[intravenous infusion|r:iv]] of [[hUC-MSCs|c:uc]] at "
        "[[1–2×10^{6}|d:1e6,cells/kg,kg,1e6,2e6]] cells per kg^{[8]} or [[laparoscopic injection|r:io,lap]] "
        "into the ovaries^{[9]}; we chose [[the transvaginal route|r:io,tvus]] because it needs no general "
        "anaesthesia. Our dose of [[5 x 10^{6}|d:5e6,cells,ovary]] cells per ovary lies in the middle of the "
        "published range. A meta-analysis of 8 RCTs found a pooled reduction in [[FSH|h:FSH,dec]] after cell "
        "therapy but no effect on live birth^{[10]}.",
        "Dose and number of sessions have been compared directly. In a dose-finding trial^{[9]}, the "
        "low-dose ([[n = 6|n:6#low-dose]]) and high-dose ([[n = 7|n:7#high-dose]]) groups received "
        "[[5×10^{6}|d:5e6,cells,ovary#low-dose]] and [[1×10^{7} cells per ovary|d:1e7,cells,ovary#high-dose]], "
        "respectively. In another trial^{[8]}, [[15 women|n:15]] were randomised to [[1 injection|s:1#1 injection]] "
        "([[n = 5|n:5#1 injection]]), [[2 injections|s:2#2 injections]] ([[n = 6|n:6#2 injections]]) or "
        "[[3 injections|s:3#3 injections]] ([[n = 4|n:4#3 injections]]).",
        "The optimal number of sessions is unknown: [[repeated injections|s:-]] might prolong the effect, "
        "but each puncture carries a small risk of bleeding and infection. Our trial was small, the sham "
        "procedure was not identical to the active one, and follow-up was short.",
        Heading("Conclusion"),
        "[[Intraovarian injection|r:io]] of [[Wharton's jelly MSCs|c:uc]] was well tolerated and "
        "lowered [[FSH|h:FSH,dec]] in this pilot trial. Whether it improves fertility can only be "
        "answered by a larger trial.",
    ],
    references=[
        "[1] Harlow KE, Mendes AP. Long-term health of women with early loss of ovarian function. J Invented "
        "Med. 2019;8:112-120.",
        "[2] Tanaka S, Berg L. Stromal cells and exosomes in ovarian repair. Exp Reprod Biol. 2020;15:45-53.",
        "[3] Quist M, Laine R. Angiogenesis after stromal cell therapy. Angiogen Res. 2021;8:10-19.",
        "[4] Ruiz P, Chen W. Intravenous infusion of 1×10^{6} cells/kg bone marrow MSCs in 12 women with POI. "
        "Cell Ther Rep. 2018;4:33-41.",
        "[5] Odum F. Adipose-derived stromal cells injected into the ovaries: a case series. Regen Reprod. "
        "2019;3:70-76.",
        "[6] Marsh T, Wei Q. Umbilical cord MSCs for POI: 20 patients. J Invented Med. 2021;12:34-56.",
        "[7] Alvarez R. Pulmonary entrapment of intravenously infused cells. Cell Ther Rep. 2017;3:1-8.",
        "[8] Kovacs B, Lund T. Intravenous hUC-MSCs at 2×10^{6} cells/kg in POI. Regen Med Pract. "
        "2020;4:100-108.",
        "[9] Iwata H, Price D. Laparoscopic ovarian injection of stem cells. Gynecol Endosc. 2022;31:210-215.",
        "[10] Iqbal N, Ferrante G. Cell therapy for POI: a meta-analysis of 8 RCTs. Reprod Evid. "
        "2023;8:201-214.",
    ],
)

# --------------------------------------------------------------------------
# en02: preclinical mouse study, one column
# --------------------------------------------------------------------------

EN02 = PaperSpec(
    stem="en02_mouse_adsc_exosomes_mitochondria", lang="en", columns=1, species="mouse",
    journal="Exp Ovarian Res 2024; 6: 77–79 · doi:10.0000/eor.2024.0077", first_page=77,
    notes=(
        "Invented preclinical study in mice (one column, table). Facts of the experiments have species "
        "mouse, including the drugs that induce the model (cyclophosphamide, busulfan, intraperitoneal) "
        "and the analgesic (meloxicam, subcutaneous); the rat study cited in the introduction has species "
        "rat; the clinical statements (intraovarian injection in women, 'five million cells per ovary is "
        "typical') and general statements about exosomes and mitochondria carry no species. 'MSC-derived "
        "mitochondria' gives two mentions (msc, mitochondria); so does 'ADSC-derived exosomes'. Group "
        "labels in the table are cell-type mentions. Traps: 'n = 6 mice per group' (twice), '50–150 nm', "
        "'5×10^6 cells/mL' (a concentration), 'aged 8 weeks', 'mitochondrial dysfunction' (an organelle), "
        "'stem cells' alone, the model-versus-control comparison (validates the model), 'every third "
        "day', '28 days'."),
    title=(
        "[[Adipose-Derived Stromal Cells|c:ad]], Their [[Exosomes|c:ev]] and [[MSC|c:msc]]-Derived "
        "[[Mitochondria|c:mito]] in a Mouse Model of Chemotherapy-Induced Ovarian Insufficiency"),
    authors="Jonas Vik^{1}, Priya Raman^{1}, Elena Castell^{2}",
    affiliation=(
        "^{1}Laboratory of Ovarian Biology, Northfjord University, Norway; ^{2}Centre for "
        "Regenerative Medicine, Valdoria Medical School, Spain"),
    abstract=(
        "**Background:** Cell-based products may protect the ovary from chemotherapy, but it is unclear "
        "which product works best. **Methods:** Female C57BL/6 mice received cyclophosphamide "
        "([[120|d:120,mg/kg,kg]] mg/kg) and busulfan ([[12|d:12,mg/kg,kg]] mg/kg) by "
        "[[intraperitoneal|r:ip]] injection. One week later they were allocated (n = 6 mice per group) to "
        "saline, [[ADSCs|c:ad]] ([[1×10^{6}|d:1e6,cells,-]] cells via the [[tail vein|r:iv]]), "
        "[[ADSC|c:ad]]-derived [[exosomes|c:ev]] ([[100|d:100,ug,injection]] µg per injection, given "
        "[[intraperitoneally|r:ip]] [[three times|s:3]]) or [[MSC|c:msc]]-derived [[mitochondria|c:mito]] "
        "([[10|d:10,ug,ovary]] µg [[injected into each ovary|r:io]]). **Results:** Compared with saline, "
        "[[E2|h:E2,inc]] and [[AMH|h:AMH,inc]] increased and [[FSH|h:FSH,dec]] decreased in all treated "
        "groups, with no significant change in [[LH|h:LH,nc]]. **Conclusions:** All three products "
        "improved endocrine function in this model; [[exosomes|c:ev]] may offer a cell-free alternative."),
    keywords="**Keywords:** ovarian insufficiency; chemotherapy; cell-free therapy; mouse model",
    body=[
        Heading("Introduction"),
        # cites clinical studies: human facts, the animal ones marked @rat / @mouse
        Para("In women with premature ovarian insufficiency, small clinical series have reported lower "
             "[[FSH|h:FSH,dec]] after [[intraovarian injection|r:io]] of [[UC-MSCs|c:uc]] or [[BMSCs|c:bm]]^{[1,2]}, "
             "and one trial in which [[28 women|n:28]] were enrolled found a modest effect over sham^{[3]}. "
             "In rats, [[bone marrow mesenchymal stem cells|c:bm@rat]] given [[intravenously|r:iv@rat]] "
             "restored oestrous cycles^{[4]}. [[Exosomes|c:ev]], vesicles of 50–150 nm, carry much of the "
             "paracrine activity of their parent cells^{[5]}, and mitochondrial dysfunction contributes to "
             "oocyte ageing, which [[mitochondria|c:mito]] transferred from [[MSCs|c:msc]] might "
             "reverse^{[6]}. Whether stem cells themselves are needed is therefore an open question. We "
             "compared [[ADSCs|c:ad@mouse]], their [[exosomes|c:ev@mouse]] and [[MSC|c:msc@mouse]]-derived "
             "[[mitochondria|c:mito@mouse]] in the same mouse model.", species="human"),
        Heading("Methods"),
        "**Animals and model.** Female C57BL/6 mice aged 8 weeks were housed under a 12-hour light cycle. "
        "Ovarian insufficiency was induced by [[intraperitoneal|r:ip]] injection of cyclophosphamide "
        "([[120|d:120,mg/kg,kg]] mg/kg) and busulfan ([[12|d:12,mg/kg,kg]] mg/kg); control mice received the "
        "vehicle. All procedures were approved by the animal ethics committee.",
        "**Cells and derivatives.** Human [[adipose-derived stromal cells|c:ad]] ([[ADSCs|c:ad]]) were obtained "
        "from lipoaspirates of healthy donors and used at passage 3 to 5; for injection they were suspended "
        "at 5×10^{6} cells/mL in saline. [[Exosomes|c:ev]] were isolated from conditioned medium by "
        "ultracentrifugation and had diameters of 50–150 nm. [[MSC|c:msc]]-derived [[mitochondria|c:mito]] "
        "were isolated from [[hUC-MSCs|c:uc]] by differential centrifugation and used within one hour.",
        "**Treatment.** Seven days after modelling, mice were randomly allocated (n = 6 mice per group) to "
        "control, saline, [[ADSC|c:ad]], [[exosome|c:ev]] and [[mitochondria|c:mito]] groups. "
        "[[ADSCs|c:ad]] ([[1×10^{6}|d:1e6,cells,-]] cells) were injected [[once|s:1]] into the "
        "[[tail vein|r:iv]]. [[Exosomes|c:ev]] ([[100|d:100,ug,injection]] µg of protein per injection) were "
        "given [[intraperitoneally|r:ip]] [[three times|s:3]], every third day. [[Mitochondria|c:mito]] "
        "([[10|d:10,ug,ovary]] µg) were [[injected into each ovary|r:io]] through a small dorsal incision, "
        "and meloxicam ([[5|d:5,mg/kg,kg]] mg/kg) was given by [[subcutaneous|r:sc]] injection for "
        "analgesia.",
        "**Outcomes.** Serum FSH, LH, E2 and AMH were measured by ELISA [[28 days after treatment|f:28,day]], and "
        "follicles were counted in serial sections of both ovaries.",
        Heading("Results"),
        "All mice survived. Saline-treated mice had higher FSH and lower AMH than controls, confirming "
        "ovarian damage. Compared with saline, the three treated groups had lower [[FSH|h:FSH,dec]] and "
        "higher [[E2|h:E2,inc]] and [[AMH|h:AMH,inc]] (Table 1); [[E2|h:E2,inc]] and [[AMH|h:AMH,inc]] "
        "increased most in the [[exosome|c:ev]] group. There was no significant change in [[LH|h:LH,nc]]. "
        "The [[number of antral follicles|h:AFC,inc]] was higher in every treated group than in the saline "
        "group. The [[repeated injections|s:-]] of [[exosomes|c:ev]] were well tolerated.",
        Table("**Table 1** Serum hormones [[28 days after treatment|f:28,day]] (mean ± SD, n = 6 mice per group)", [
            ["Group", "FSH (mIU/mL)", "LH (mIU/mL)", "E2 (pg/mL)", "AMH (ng/mL)"],
            ["Control", "5.0 ± 1.0", "3.6 ± 0.8", "44.1 ± 7.9", "6.4 ± 1.1"],
            ["POI + saline", "15.2 ± 2.8", "4.5 ± 1.1", "17.6 ± 4.8", "2.1 ± 0.6"],
            ["POI + [[ADSCs|c:ad]]", "9.1 ± 2.1", "4.2 ± 1.0", "30.2 ± 6.5", "4.0 ± 0.9"],
            ["POI + [[exosomes|c:ev]]", "8.6 ± 1.9", "4.1 ± 0.9", "33.8 ± 7.0", "4.5 ± 1.0"],
            ["POI + [[mitochondria|c:mito]]", "10.4 ± 2.4", "4.3 ± 1.2", "27.5 ± 6.1", "3.6 ± 0.8"],
        ], [2.0, 1.2, 1.2, 1.2, 1.2]),
        Heading("Discussion"),
        "[[ADSCs|c:ad]], their [[exosomes|c:ev]] and [[MSC|c:msc]]-derived [[mitochondria|c:mito]] all improved "
        "endocrine function after chemotherapy. The effect of [[exosomes|c:ev]], given [[three times|s:3]], "
        "was at least as large as that of [[a single dose|s:1]] of cells, suggesting that much of the benefit "
        "of [[ADSCs|c:ad]] may be paracrine, as earlier work in rats also "
        "suggested^{[4]}.",
        "Doses cannot be transferred directly to women: in clinical series, [[five million|d:5e6,cells,ovary@human]] "
        "cells per ovary is typical^{[2]}. Our study has limitations: [[mice were followed for only 28 days|f:28,day]], "
        "fertility was not tested, and the [[mitochondria|c:mito]] were not tracked after injection.",
    ],
    references=[
        "[1] Marsh T, Wei Q. Umbilical cord MSCs for POI: 20 patients. J Invented Med. 2021;12:34-56.",
        "[2] Ortiz M. Intraovarian BMSCs, five million cells per ovary, in 11 women. Regen Reprod. 2020;4:9-15.",
        "[3] Okafor GN, Brenner L. Intraovarian Wharton's jelly MSCs: a sham-controlled pilot trial. Int J "
        "Regen Gynecol. 2024;11:318-319.",
        "[4] Tanaka S, Berg L. Intravenous bone marrow MSCs in a rat model of ovarian injury. Exp Reprod "
        "Biol. 2020;15:45-53.",
        "[5] Moretti P. Exosomes of 50-150 nm and their cargo. Vesicle Biol. 2019;2:1-9.",
        "[6] Lindahl K, Sun H. Mitochondrial transfer from stromal cells to oocytes. Mito Reprod. "
        "2022;1:22-30.",
    ],
)

# --------------------------------------------------------------------------
# en03: retrospective case series full of negations and hedges
# --------------------------------------------------------------------------

EN03 = PaperSpec(
    stem="en03_bmsc_hedged_case_series", lang="en", columns=1,
    journal="Reprod Med Brief Rep 2023; 2(4): 141–143", first_page=141,
    notes=(
        "Invented retrospective case series written with many negations and hedges (one column, a table "
        "of individual cases). Hedged facts ('may', 'might', 'could') are facts. Negated facts: 'was not "
        "administered intravenously' (route), 'FSH did not decrease significantly' (a negated decrease, "
        "not 'no_change'), 'we did not use exosomes' (cell type). Sample sizes: n = 15 and the two route "
        "groups (9 and 6); outcome counts ('four women', 'three women', 'eleven') and the subgroup given "
        "a second injection are not. Doses: '5 million', '5×10⁶' (a Unicode superscript), '5E6', '2×10^6 "
        "cells per kg', heparin 100 U/kg, hMG 300 IU, G-CSF 5 µg/kg. Traps: the marrow aspirate '60 mL' "
        "(harvest, not a dose), 'under 40 years', ages and FSH values in the table, '8 RCTs', 'stem "
        "cells' and 'bone marrow' alone, 'women with higher AMH at baseline' (a baseline comparison), "
        "'Once' in the Menses column (not sessions), the abbreviations LAP/OA in the table (defined in "
        "the caption, whose spelled-out routes are facts), 'no serious complications'."),
    title=(
        "Autologous [[Bone Marrow Mesenchymal Stem Cells|c:bm]] for Premature Ovarian Insufficiency: "
        "What a Retrospective Series Can and Cannot Show"),
    authors="Marta Lindqvist, Owen Barrett and Selin Aydin",
    affiliation="Department of Obstetrics and Gynaecology, Harbourside General Hospital, Harbourside, UK",
    abstract=(
        "**Objective:** To describe outcomes after autologous [[bone marrow mesenchymal stem cells|c:bm]] "
        "([[BMSCs|c:bm]]) in premature ovarian insufficiency (POI). **Design:** Retrospective case series, "
        "[[n = 15|n:15]]. **Interventions:** [[Laparoscopic injection|r:io,lap]] into both ovaries "
        "([[n = 9|n:9]]) or infusion [[via the ovarian artery|r:oa]] ([[n = 6|n:6]]). **Results:** "
        "[[E2|h:E2,inc]] and [[AMH|h:AMH,inc]] increased in four women; in the others [[AMH|h:AMH,nc]] "
        "remained unchanged. In the group as a whole [[FSH|!h:FSH,dec]] did not decrease significantly. "
        "**Conclusions:** [[BMSCs|c:bm]] may be safe, but no claim of efficacy can be made without a "
        "control group."),
    keywords="**Keywords:** premature ovarian insufficiency; stem cells; case series; bias",
    body=[
        Heading("Introduction"),
        "Enthusiasm for stem cells in reproductive medicine has outpaced the evidence^{[1]}. No "
        "randomised trial has shown that any cell product increases the live birth rate in POI, and "
        "none of the 8 RCTs included in a recent review was powered for that outcome^{[2]}. We describe "
        "our own experience with [[BMSCs|c:bm]] and, above all, what it does not allow us to conclude.",
        Heading("Patients and Methods"),
        "We reviewed the records of all women with POI treated with autologous [[BMSCs|c:bm]] at our centre "
        "between 2017 and 2021 ([[n = 15|n:15]]). All had been diagnosed under 40 years of age and had "
        "amenorrhoea for at least one year. Bone marrow (60 mL) was aspirated from the iliac crest and "
        "[[bone marrow mesenchymal stem cells|c:bm]] were expanded for three weeks.",
        "[[Nine women|n:9]] received [[laparoscopic injection|r:io,lap]] of [[5 million|d:5e6,cells,ovary]] "
        "cells per ovary; the laboratory release form recorded [[5E6|d:5e6,cells,ovary]] viable cells per "
        "ovary for every laparoscopic procedure. [[Six women|n:6]] received the cells "
        "[[via the ovarian artery|r:oa,ir]] after superselective catheterization, at "
        "[[5×10⁶|d:5e6,cells,injection]] cells per injection; heparin ([[100|d:100,U/kg,kg]] U/kg) was given "
        "during catheterization. In the first three women the dose had been calculated as "
        "[[2×10^{6}|d:2e6,cells/kg,kg]] cells per kg. The product was not administered [[intravenously|!r:iv]] "
        "in any patient.",
        "Four women had a second injection after six months, and one had injections "
        "[[three times|s:3]]. Women whose cycles resumed could receive ovarian stimulation with "
        "[[300|d:300,IU,-]] IU of hMG daily.",
        Heading("Results"),
        "No serious complications occurred. Two women had transient pelvic pain, and one had a groin "
        "haematoma that did not need treatment. In patient 7, [[FSH|h:FSH,dec]] dropped from 89 to 42 IU/L "
        "after a second injection; she was treated [[twice|s:2]] with [[5E6|d:5e6,cells,ovary]] cells "
        "per ovary.",
        "[[E2|h:E2,inc]] and [[AMH|h:AMH,inc]] increased in four women, all of whom had detectable AMH before "
        "treatment; in the remaining eleven, [[AMH|h:AMH,nc]] remained unchanged. In the group as a whole, "
        "[[FSH|!h:FSH,dec]] did not decrease significantly (P = 0.21), and there was no significant change in "
        "[[LH|h:LH,nc]]. Women with higher AMH at baseline were more likely to respond. Menses resumed in "
        "three women; none conceived (Table 1).",
        Table("**Table 1** Women whose menses resumed. LAP, [[laparoscopic injection|r:io,lap]]; OA, "
              "infusion [[via the ovarian artery|r:oa]]", [
            ["Patient", "Age, years", "Route", "FSH before, IU/L", "FSH after, IU/L", "Menses"],
            ["3", "31", "LAP", "64", "38", "Irregular"],
            ["7", "29", "LAP", "89", "42", "Regular"],
            ["12", "35", "OA", "71", "55", "Once"],
        ], [1.0, 1.0, 0.8, 1.4, 1.4, 1.1]),
        Heading("Discussion"),
        "These observations are compatible with a modest effect of [[BMSCs|c:bm]], but they could equally "
        "reflect the spontaneous fluctuation of ovarian activity, which occurs in up to a quarter of women "
        "with POI^{[3]}. Without a control group, the rise in [[E2|h:E2,inc]] in four women cannot be "
        "attributed to the cells, nor can we say whether [[5 million|d:5e6,cells,ovary]] cells per ovary is "
        "the right dose. Patient 7, who was treated [[twice|s:2]], is the only woman whose [[FSH|h:FSH,dec]] fell below "
        "50 IU/L.",
        "[[Laparoscopic injection|r:io,lap]] requires general anaesthesia; "
        "[[intraovarian injection under transvaginal ultrasound guidance|r:io,tvus]] might achieve the same "
        "delivery with less morbidity^{[4]}, and a dose of [[5×10⁶|d:5e6,cells,ovary]] cells per ovary could "
        "be given in the outpatient clinic. Whether [[repeated injections|s:-]] add benefit is unknown; the "
        "one woman treated [[three times|s:3]] did not respond.",
        "Unlike some earlier reports, we did not use [[exosomes|!c:ev]] or any other cell-derived product. "
        "[[Peripheral blood stem cells|c:pb]] mobilised with G-CSF ([[5|d:5,ug,kg]] µg/kg daily by "
        "[[subcutaneous|r:sc]] injection) are an alternative source that avoids marrow aspiration^{[5]}. Until "
        "controlled data are available, [[BMSC|c:bm]] therapy should be offered only within trials.",
    ],
    references=[
        "[1] Fielding M. Hype and hope in regenerative reproductive medicine. Clin Ethics Rep. 2020;9:1-6.",
        "[2] Iqbal N, Ferrante G. Cell therapy for POI: a meta-analysis of 8 RCTs. Reprod Evid. 2023;8:201-214.",
        "[3] Duval R, Smythe J. Spontaneous ovarian activity after a diagnosis of POI. Menopause Stud. "
        "2017;23:301-306.",
        "[4] Marsh T, Wei Q. Intraovarian injection under transvaginal ultrasound guidance of 5 million "
        "cells. J Invented Med. 2021;12:34-56.",
        "[5] Aoki R, Mensah K. Peripheral blood stem cells mobilised with G-CSF for ovarian failure. Regen "
        "Reprod. 2019;3:88-94.",
    ],
)


# --------------------------------------------------------------------------
# registry and command line
# --------------------------------------------------------------------------

PAPERS: dict[str, PaperSpec] = {spec.stem: spec for spec in (ZH01, ZH02, ZH03, ZH04, EN01, EN02, EN03)}


def build_all(papers_dir: Path, gold_dir: Path | None = None,
              only: list[str] | None = None) -> dict[str, Paper]:
    """Write every paper (or those in only) and its gold.

    Returns {stem: Paper}; ``paper.path`` is the PDF, ``paper.gold_path`` the gold JSON,
    ``paper.blocks`` the text of every block with its fact spans."""
    papers_dir = Path(papers_dir)
    gold_dir = Path(gold_dir) if gold_dir else papers_dir.parent / "gold" / "papers"
    papers_dir.mkdir(parents=True, exist_ok=True)
    return {stem: build_paper(spec, papers_dir, gold_dir) for stem, spec in PAPERS.items() if not only or stem in only}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the litx sample papers and their gold facts.")
    parser.add_argument("papers_dir", type=Path)
    parser.add_argument("--gold", type=Path, default=None, help="gold directory (default: PAPERS_DIR/../gold/papers)")
    parser.add_argument("--only", nargs="*", choices=sorted(PAPERS), help="build only these papers")
    args = parser.parse_args(argv)
    for paper in build_all(args.papers_dir, args.gold, args.only).values():
        print(paper.path, paper.gold_path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
