"""Exports for meta-analysis (``litx export``): facts, or one row per study.

:func:`export_facts` writes one row per fact; :func:`export_regimens`
(``--table regimens``) rows per study arm: the document itself, and each
study it cites, each with its arms, with cell types, doses, routes, sessions, sample sizes,
hormone changes and follow-up side by side — the shape of an extraction
sheet; :func:`export_workbook` either table as an xlsx workbook.

Decisions a caller must know
----------------------------
* Input: the per-PDF results under OUT_DIR, recursively, in path order;
  hidden folders (the review cache) and ``litx-run.json`` are skipped, other
  JSON that is not a result is ignored, a result that is not valid JSON is
  an error (E206) naming the file: a silent gap in a meta-analysis sheet is
  worse than a stop.
* ``status``: ``None`` (every fact), one of ``pending``, ``accepted``,
  ``rejected``, ``edited``, ``added``, ``confirmed`` (= accepted + edited +
  added: what a reviewer stands behind), or a comma-separated list of
  those.  ``accepted`` means accepted only: edited facts are not in it.
* An edited fact is exported with its edited value (``review.value`` laid
  over ``value``, as ``litx evaluate`` reads it); the extracted value is in
  the ``extracted`` column.
* Rows are per study arm: for each study (the document's own, then each
  cited marker) a row for the study as a whole (``arm`` empty), then one per
  arm (``fact.arm``, contract v1.1, :mod:`extractor.facts.arms`) in order of
  appearance.  An arm's row takes the study's values of a kind it has none
  of itself when the type says so (``SheetColumns.arms_inherit``: the cell
  type, route, dose, sessions, follow-up every group had; not the study's
  total sample size, not its overall hormone changes); a count given for
  each arm (``each_arm``: "three women each") is in every arm's row and not
  in the study's.  A fact that is
  ``part_of`` another fact of the document is left out of the rows (the
  including fact speaks for it: SEGOVA, not also intraovarian injection).
* Regimens never use rejected or negated facts ("no cells were given" is no
  dose), whatever ``status`` says.  A fact goes to the study it reports
  (``fact.study``, contract v1.1: the markers of its own clause or list
  item, see :mod:`extractor.facts.studies`), one study per marker: a fact
  attributed to two studies is in both studies' rows.  A fact without
  ``study`` goes to the document's own rows (``study`` empty), which are
  written for every document, even when empty, so the sheet lists every
  paper read.  ``reference`` is the marker's entry of the reference list.
  (``fact.citations``, the markers of the whole sentence, is kept in the
  results and the facts table, but no longer decides the study.)
* JSONL regimens: one row per study arm, each type's values as lists of
  structured items, each item once, in order of first appearance:
  ``cell_types`` (ids), ``dose`` (``{"value", "unit", "per"}``), ``route``
  and ``guidance`` (ids), ``sessions`` (int, or null for "multiple"),
  ``sample_size`` (int), ``hormone_changes`` (``"FSH↓"``), ``follow_up``
  (``{"value", "unit"}``).  Which lists, and what an item is: each fact
  type's ``FactType.sheet`` (:class:`~extractor.facts.registry.SheetColumns`).
* CSV and xlsx regimens: one value per cell, numbers as numbers, an empty
  cell for no value (never ``-``).  The values of one fact stay together on
  one row (a dose's ``dose_value``, ``dose_unit``, ``dose_per``; a route and
  its guidance); follow-up is ``follow_up_months`` (day / 30.4375,
  week / 4.348, year × 12, two decimals).  A study takes as many rows as its
  most numerous kind of value has distinct values (``row`` = 1, 2 …): a kind
  with one value repeats it on every row of the study (it is the study's);
  a value another value of its kind says more fully (the same route, once
  with its guidance and once without; the same dose with and without
  ``per``) is that value, not a row of its own;
  a kind with several lists them down the rows in order of first appearance,
  empty past its last.  So three doses and one route give three rows, each
  with the route.  Values of two several-valued kinds on the same row are
  NOT known to belong together (within one study arm).
  "Multiple" sessions (count null) have no cell.  ``page`` is the first page
  of the study's facts; ``pending`` counts its facts still unreviewed.
* Nothing selected (no fact with the ``status`` asked, or no facts at all)
  is an error (E512), not an empty file.
* Formats: ``xlsx`` (:func:`export_workbook`: a sheet per table, frozen
  header, numeric cells, the page cell a link to ``<pdf>#page=N``),
  ``jsonl`` (one JSON object per line, lists as lists, numbers as
  numbers) or ``csv``: UTF-8, ``\\n`` line ends, lists joined with ``"; "``,
  numbers written plainly (``5000000``, not ``5×10^6``), booleans
  ``true``/``false``.  No byte-order mark by default (pandas, R and Python
  read it cleanly); ``excel=True`` adds one so Excel shows Chinese text
  right, and prefixes a ``'`` to text cells starting with ``= + - @`` so
  a sentence from a PDF cannot run as a formula.
"""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..errors import LitxError, Msg
from ..facts.registry import describe_value, fact_types
from .resultfiles import unreadable_folder
from .reviewed import with_decision_log
from .reviewed import REVIEW_STATUSES, effective_value, review_of, status_of

__all__ = ["FACT_COLUMNS", "FORMATS", "REGIMEN_COLUMNS", "REGIMEN_LIST_COLUMNS", "export_facts", "export_regimens",
           "export_workbook", "parse_status"]

REPORT_NAME = "litx-run.json"
FORMATS = ("csv", "jsonl")
STATUS_ALIASES = {"confirmed": ("accepted", "edited", "added")}

def _value_columns() -> tuple[str, ...]:
    """The value fields of every fact type, each once, in the contract's order of types."""
    return tuple(dict.fromkeys(f for t in fact_types() for f in t.export_fields))


FACT_COLUMNS = (
    "document",
    "fact_id",
    "type",
    "status",
    "text",
    "canonical_id",  # the value's id: a cell type's, a route's
    *_value_columns(),
    "extracted",  # the extracted value, for edited facts
    "page",
    "section",
    "sentence",
    "negated",
    "hedged",
    "species",
    "cell_type",
    "citations",
    "study",
    "arm",
    "rule",
    "note",
    "reviewer",
    "at",
)

#: each fact type's columns of the per-study sheet, in the sheet's order
_SHEETS = tuple(sorted((t for t in fact_types() if t.sheet is not None), key=lambda t: t.sheet.position))

#: the flat sheet (CSV, xlsx): one value per cell
REGIMEN_COLUMNS = (
    "document",
    "title",
    "study",
    "reference",
    "arm",
    "row",  # 1, 2 … the rows of one study (one value per cell)
    "species",
    *(name for t in _SHEETS for name in t.sheet.names),
    "page",  # the first page of the study's facts (all its pages: the JSONL row)
    "facts",
    "pending",
)

#: the JSONL rows: one per study, each type's values as lists of structured items
REGIMEN_LIST_COLUMNS = (
    "document",
    "title",
    "study",
    "reference",
    "arm",
    "species",
    *dict.fromkeys(spec.key for t in _SHEETS for spec in t.sheet.lists),
    "page",
    "pages",
    "facts",
    "pending",
)


# --------------------------------------------------------------------------- input


def parse_status(status: str | Iterable[str] | None) -> frozenset[str] | None:
    """The set of review statuses a ``status`` argument selects (None: all)."""
    if status is None:
        return None
    names = status.split(",") if isinstance(status, str) else list(status)
    chosen: set[str] = set()
    for raw in names:
        name = str(raw).strip()
        if not name:
            continue
        if name in ("all", "any"):
            return None
        if name in STATUS_ALIASES:
            chosen.update(STATUS_ALIASES[name])
        elif name in REVIEW_STATUSES:
            chosen.add(name)
        else:
            choices = ", ".join([*REVIEW_STATUSES, *STATUS_ALIASES])
            raise LitxError(Msg.E510, what="status", name=name, choices=choices)
    return frozenset(chosen) if chosen else None


def _results(out_dir: Path) -> Iterator[tuple[str, dict]]:
    """(key, data) of every result file; a folder without one is a mistake
    (E302: an empty sheet would look like a review without facts)."""
    found = 0
    for item in _scan(Path(out_dir)):
        found += 1
        yield item
    if not found:
        raise LitxError(Msg.E302, str(out_dir))


def _scan(out_dir: Path) -> Iterator[tuple[str, dict]]:
    if not out_dir.is_dir():
        raise LitxError(Msg.E204, str(out_dir))
    for dirpath, dirnames, filenames in os.walk(out_dir, onerror=unreadable_folder):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.endswith(".json") or name.startswith(".") or name == REPORT_NAME:
                continue
            path = Path(dirpath) / name
            if not path.is_file():  # a FIFO would be read for ever
                continue
            try:
                data = json.loads(path.read_text(encoding="utf-8-sig"))
            except UnicodeDecodeError as exc:
                raise LitxError(Msg.E206, str(path), line=1, column=exc.start + 1, detail="not UTF-8") from None
            except json.JSONDecodeError as exc:
                raise LitxError(Msg.E206, str(path), line=exc.lineno, column=exc.colno, detail=exc.msg) from None
            except OSError as exc:
                raise LitxError(Msg.E006, str(path), detail=exc.strerror or exc) from None
            if isinstance(data, dict) and "schema_version" in data and isinstance(data.get("facts"), list):
                data = with_decision_log(path, data)  # decisions saved by the review page, not yet folded in
                for i, fact in enumerate(data["facts"]):
                    if not isinstance(fact, dict) or not isinstance(fact.get("type"), str):
                        detail = f"facts[{i}] is not a fact (an object with a type)"
                        raise LitxError(Msg.E402, str(path), detail=detail)
                yield path.relative_to(out_dir).with_suffix("").as_posix(), data


def _check_format(fmt: str) -> str:
    if fmt not in FORMATS:
        raise LitxError(Msg.E510, what="format", name=str(fmt), choices=", ".join(FORMATS))
    return fmt


# --------------------------------------------------------------------------- output


def _cell(value: Any, excel: bool) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e16 else repr(value)
    if isinstance(value, (list, tuple)):
        text = "; ".join(_cell(v, False) for v in value)
    else:
        text = str(value)
    if excel and text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        text = "'" + text
    return text


def _write(rows: list[dict], columns: tuple[str, ...], fmt: str, excel: bool) -> str:
    if fmt == "jsonl":
        return "".join(json.dumps({c: row.get(c) for c in columns}, ensure_ascii=False) + "\n" for row in rows)
    buf = io.StringIO()
    if excel:
        buf.write("\ufeff")
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(c), excel) for c in columns])
    return buf.getvalue()


# --------------------------------------------------------------------------- facts


def _fact_row(key: str, fact: dict, by_id: dict) -> dict:
    ev = fact.get("evidence") if isinstance(fact.get("evidence"), dict) else {}
    ctx = fact.get("context") if isinstance(fact.get("context"), dict) else {}
    review = review_of(fact)
    status = status_of(fact)
    fact_type = fact.get("type")
    value = effective_value(fact)
    linked = by_id.get(fact.get("cell_type")) if fact.get("cell_type") is not None else None
    row: dict[str, Any] = {
        "document": key,
        "fact_id": fact.get("id"),
        "type": fact_type,
        "status": status,
        "text": fact.get("text"),
        "canonical_id": value.get("id") if isinstance(value.get("id"), str) else None,
        **{name: value.get(name) for name in _value_columns()},
        "extracted": describe_value(str(fact_type), fact.get("value")) if status == "edited" else None,
        "page": ev.get("page"),
        "section": ev.get("section"),
        "sentence": ev.get("sentence"),
        "negated": ctx.get("negated") is True,
        "hedged": ctx.get("hedged") is True,
        "species": ctx.get("species", "human"),
        "cell_type": effective_value(linked).get("id") if isinstance(linked, dict) else None,
        "citations": [str(c.get("marker")) for c in fact.get("citations") or [] if isinstance(c, dict)],
        "study": [str(m) for m in fact.get("study") or []] or None,
        "arm": fact.get("arm") if isinstance(fact.get("arm"), str) and fact.get("arm") else None,
        "rule": fact.get("rule"),
        "note": review.get("note"),
        "reviewer": review.get("reviewer"),
        "at": review.get("at"),
    }
    return row


def _fact_rows(out_dir: Path, chosen: frozenset[str] | None) -> list[dict]:
    rows = []
    results = 0
    for key, data in _results(out_dir):
        results += 1
        facts = [f for f in data["facts"] if isinstance(f, dict)]
        by_id = {f.get("id"): f for f in facts if f.get("id") is not None}
        doc = data.get("document") if isinstance(data.get("document"), dict) else {}
        for fact in facts:
            if chosen is None or status_of(fact) in chosen:
                rows.append({**_fact_row(key, fact, by_id), "_pdf": doc.get("path")})
    if not rows:
        raise LitxError(Msg.E512, str(out_dir), detail=_nothing(results, chosen, "no fact"))
    return rows


def export_facts(out_dir: str | Path, *, status: str | Iterable[str] | None = None, fmt: str = "csv", excel: bool = False) -> str:
    """One row per fact of every result under ``out_dir`` (columns: :data:`FACT_COLUMNS`)."""
    _check_format(fmt)
    return _write(_fact_rows(Path(out_dir), parse_status(status)), FACT_COLUMNS, fmt, excel)


# --------------------------------------------------------------------------- regimens


class _Study:
    """A study of one document (its own, or a cited one) and its facts' values."""

    def __init__(self, key: str, title: str | None, pdf: str | None, marker: str | None, reference: str | None,
                 arm: str | None = None) -> None:
        self.key, self.title, self.pdf, self.marker, self.reference = key, title, pdf, marker, reference
        self.arm = arm
        self.species: list = []
        self.pages: list = []
        #: per type, the values of its facts, in order
        self.values: dict[str, list[dict]] = {t.name: [] for t in _SHEETS}
        self.facts = 0
        self.pending = 0

    def take(self, fact: dict) -> None:
        ctx = fact.get("context") if isinstance(fact.get("context"), dict) else {}
        ev = fact.get("evidence") if isinstance(fact.get("evidence"), dict) else {}
        self.facts += 1
        self.pending += status_of(fact) == "pending"
        _add(self.species, ctx.get("species", "human"))
        _add(self.pages, ev.get("page"))
        if fact.get("type") in self.values:
            self.values[fact["type"]].append(effective_value(fact))

    def _head(self) -> dict:
        pages = [p for p in self.pages if isinstance(p, int) and not isinstance(p, bool)]
        return {
            "document": self.key,
            "title": self.title,
            "study": self.marker,
            "reference": self.reference,
            "arm": self.arm,
            "page": min(pages) if pages else None,
            "pages": self.pages,
            "facts": self.facts,
            "pending": self.pending,
            "_pdf": self.pdf,
        }

    def inherit(self, study: "_Study") -> None:
        """An arm takes the study's values of each kind it has none of
        (``FactType.sheet.arms_inherit``: not the study's total sample size)."""
        for declared in _SHEETS:
            if declared.sheet.arms_inherit and not self.values[declared.name]:
                self.values[declared.name] = list(study.values[declared.name])
        for s in study.species:
            _add(self.species, s)

    def listed(self) -> dict:
        """The JSONL row: each type's lists of structured items."""
        lists: dict[str, list] = {}
        for declared in _SHEETS:
            for spec in declared.sheet.lists:
                items = lists.setdefault(spec.key, [])
                for value in self.values[declared.name]:
                    item = spec.item(value)
                    if (item is not None or spec.keep_null) and item not in items:
                        items.append(item)
        lists = {key: _fullest(items) for key, items in lists.items()}
        return {**self._head(), "species": self.species, **lists}

    def flat(self) -> list[dict]:
        """The CSV / workbook rows: one value per cell (see the module's decisions)."""
        groups: list[tuple[tuple[str, ...], list[tuple]]] = [(("species",), [(s,) for s in self.species])]
        for declared in _SHEETS:
            distinct: list[tuple] = []
            for value in self.values[declared.name]:
                cells = tuple(declared.sheet.cells(value))
                if any(c is not None and c != "" for c in cells) and cells not in distinct:
                    distinct.append(cells)
            groups.append((declared.sheet.names, _fullest(distinct)))
        count = max([1, *(len(values) for _, values in groups)])
        head = self._head()
        rows = []
        for i in range(count):
            row = {**head, "row": i + 1}
            for names, values in groups:
                cells = values[0] if len(values) == 1 else values[i] if i < len(values) else (None,) * len(names)
                row.update(zip(names, cells))
            rows.append(row)
        return rows


def _fullest(values: list) -> list:
    """The values that no other value of the list says more fully.

    A mention that leaves a cell empty ("intraovarian injection") and one of
    the same value that fills it ("… under ultrasound guidance") are one
    value of the study, not two rows: a value is dropped when another one
    agrees with every cell it fills and fills more.  A value that fills
    nothing ("multiple" sessions, ``null``) says nothing to compare: kept."""
    def fills(cell) -> bool:
        return cell is not None and cell != ""

    def cells(value) -> tuple:
        return tuple(value.values()) if isinstance(value, dict) else value if isinstance(value, tuple) else (value,)

    def said_more_fully(value, other) -> bool:
        mine, theirs = cells(value), cells(other)
        return (other != value and len(mine) == len(theirs) and any(map(fills, mine))
                and all(not fills(a) or a == b for a, b in zip(mine, theirs)))

    return [v for v in values if not any(said_more_fully(v, other) for other in values)]


def _add(column: list, value: Any) -> None:
    if value is not None and value != "" and value not in column:
        column.append(value)


def _marker_order(marker: str) -> tuple:
    digits = "".join(ch for ch in marker if ch.isdigit())
    return (0, int(digits), marker) if digits.isdigit() and len(digits) <= 3 else (1, 0, marker)


def _studies(out_dir: Path, chosen: frozenset[str] | None) -> list[_Study]:
    """Every document's own study, then the studies it cites, with the facts
    ``chosen`` selects; nothing selected is an error (E512)."""
    studies: list[_Study] = []
    results = selected = 0
    for key, data in _results(Path(out_dir)):
        results += 1
        doc = data.get("document") if isinstance(data.get("document"), dict) else {}
        title = doc.get("title") if isinstance(doc.get("title"), str) else None
        pdf = doc.get("path") if isinstance(doc.get("path"), str) else None
        facts = [f for f in data["facts"] if isinstance(f, dict)]
        # a marker's reference entry, wherever the document resolves it
        references: dict[str, str] = {}
        for fact in facts:
            for c in fact.get("citations") or []:
                if isinstance(c, dict) and c.get("marker") and c.get("reference"):
                    references.setdefault(str(c["marker"]), str(c["reference"]))
        ids = {f.get("id") for f in facts}
        # (marker or None, arm or None) → its row group; the document's own study first
        groups: dict[tuple[str | None, str | None], _Study] = {(None, None): _Study(key, title, pdf, None, None)}
        every_arm: list[tuple[str | None, dict]] = []
        for fact in facts:
            fact_status = status_of(fact)
            if fact_status == "rejected" or (chosen is not None and fact_status not in chosen):
                continue
            ctx = fact.get("context") if isinstance(fact.get("context"), dict) else {}
            if ctx.get("negated") is True:
                continue
            selected += 1
            if fact.get("part_of") in ids:
                continue  # a step of another fact of the row (the re-injection of SEGOVA)
            arm = fact.get("arm") if isinstance(fact.get("arm"), str) and fact.get("arm") else None
            markers = [str(m) for m in fact.get("study") or [] if m not in (None, "")] or [None]
            if fact.get("each_arm") is True and arm is None:
                every_arm.extend((marker, fact) for marker in dict.fromkeys(markers))
                continue
            for marker in dict.fromkeys(markers):
                for group in dict.fromkeys([(marker, None), (marker, arm)]):
                    if group not in groups:
                        reference = references.get(marker) if marker is not None else None
                        groups[group] = _Study(key, title, pdf, marker, reference, group[1])
                groups[(marker, arm)].take(fact)
        # a count given for each arm ("three women each"): every arm's, else the study's
        for marker, fact in every_arm:
            armed = [g for g in groups if g[0] == marker and g[1] is not None]
            for group in armed or [(marker, None)]:
                if group not in groups:
                    groups[group] = _Study(key, title, pdf, marker, references.get(marker) if marker else None)
                groups[group].take(fact)
        for (marker, arm), study in groups.items():
            if arm is not None:
                study.inherit(groups[(marker, None)])
        order = sorted(groups, key=lambda g: ((0, 0, "") if g[0] is None else _marker_order(g[0]), g[1] is not None))
        studies.extend(groups[g] for g in order)
    if not selected:
        raise LitxError(Msg.E512, str(out_dir), detail=_nothing(results, chosen, "no fact to put in a study row"))
    return studies


def _nothing(results: int, chosen: frozenset[str] | None, what: str) -> str:
    which = f"with status {', '.join(sorted(chosen))}" if chosen is not None else "in them"
    return f"{results} result file(s), {what} {which}"


def export_regimens(out_dir: str | Path, *, status: str | Iterable[str] | None = None, fmt: str = "csv",
                    excel: bool = False) -> str:
    """One row per study (the document, then each cited study; columns:
    :data:`REGIMEN_COLUMNS`, or :data:`REGIMEN_LIST_COLUMNS` in JSONL)."""
    _check_format(fmt)
    studies = _studies(Path(out_dir), parse_status(status))
    if fmt == "jsonl":
        return _write([s.listed() for s in studies], REGIMEN_LIST_COLUMNS, fmt, excel)
    return _write([row for s in studies for row in s.flat()], REGIMEN_COLUMNS, fmt, excel)


# --------------------------------------------------------------------------- workbook


def export_workbook(out_dir: str | Path, *, tables: Iterable[str] = ("facts", "regimens"),
                    status: str | Iterable[str] | None = None) -> bytes:
    """An xlsx workbook (openpyxl): one sheet per table, a frozen bold
    header, numbers as numeric cells, the ``page`` cell linking to that page
    of the PDF (``path#page=N``); text is never read as a formula."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font

    chosen = parse_status(status)
    book = Workbook()
    book.remove(book.active)
    for table in tables:
        if table == "regimens":
            rows, columns = [row for s in _studies(Path(out_dir), chosen) for row in s.flat()], REGIMEN_COLUMNS
        elif table == "facts":
            rows, columns = _fact_rows(Path(out_dir), chosen), FACT_COLUMNS
        else:
            raise LitxError(Msg.E510, what="table", name=str(table), choices="facts, regimens")
        sheet = book.create_sheet(table)
        sheet.append(list(columns))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.freeze_panes = "A2"
        page_column = columns.index("page") + 1
        for r, row in enumerate(rows, start=2):
            for c, name in enumerate(columns, start=1):
                value = _book_value(row.get(name), ILLEGAL_CHARACTERS_RE)
                cell = sheet.cell(row=r, column=c, value=value)
                if isinstance(value, str) and value.startswith("="):
                    cell.data_type = "s"  # a sentence, not a formula
                if c == page_column and isinstance(value, int) and row.get("_pdf"):
                    cell.hyperlink = f"{row['_pdf']}#page={value}"
        sheet.auto_filter.ref = sheet.dimensions
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


def _book_value(value: Any, illegal) -> Any:
    if isinstance(value, (list, tuple)):
        value = _cell(value, False) or None
    if isinstance(value, str):
        return illegal.sub("", value)
    return value
