"""Exports for meta-analysis (``litx export``): facts, or one row per study.

:func:`export_facts` writes one row per fact; :func:`export_regimens`
(``--table regimens``) one row per study: the document itself, and each
study it cites, with cell types, doses, routes, sessions, sample sizes and
hormone changes side by side — the shape of an extraction sheet.

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
* Regimens never use rejected or negated facts ("no cells were given" is no
  dose), whatever ``status`` says.  A fact whose sentence cites studies
  (``fact.citations``) goes to those studies' rows, one row per citation
  marker; the others go to the document's own row (``study`` empty), which
  is written for every document, even when empty, so the sheet lists every
  paper read.  Cells list distinct values in order of first appearance;
  ``dose`` and ``dose_per`` are aligned (``-`` where no denominator was
  given); ``pending`` counts the row's facts still unreviewed.
* Formats: ``jsonl`` (one JSON object per line, lists as lists, numbers as
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
from .reviewed import REVIEW_STATUSES, effective_value, review_of, status_of

__all__ = ["FACT_COLUMNS", "FORMATS", "REGIMEN_COLUMNS", "export_facts", "export_regimens", "parse_status"]

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
    "rule",
    "note",
    "reviewer",
    "at",
)

#: each fact type's columns of the per-study sheet, in the sheet's order
_SHEETS = tuple(sorted((t for t in fact_types() if t.sheet is not None), key=lambda t: t.sheet.position))

REGIMEN_COLUMNS = (
    "document",
    "title",
    "study",
    "reference",
    "species",
    *(name for t in _SHEETS for name in t.sheet.names),
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
        "rule": fact.get("rule"),
        "note": review.get("note"),
        "reviewer": review.get("reviewer"),
        "at": review.get("at"),
    }
    return row


def export_facts(out_dir: str | Path, *, status: str | Iterable[str] | None = None, fmt: str = "csv", excel: bool = False) -> str:
    """One row per fact of every result under ``out_dir`` (columns: :data:`FACT_COLUMNS`)."""
    _check_format(fmt)
    chosen = parse_status(status)
    rows = []
    for key, data in _results(Path(out_dir)):
        facts = [f for f in data["facts"] if isinstance(f, dict)]
        by_id = {f.get("id"): f for f in facts if f.get("id") is not None}
        for fact in facts:
            if chosen is None or status_of(fact) in chosen:
                rows.append(_fact_row(key, fact, by_id))
    return _write(rows, FACT_COLUMNS, fmt, excel)


# --------------------------------------------------------------------------- regimens


class _Study:
    """One row of the sheet: a study (the document's own, or a cited one) and its facts' values."""

    def __init__(self, key: str, title: str | None, marker: str | None, reference: str | None) -> None:
        self.key, self.title, self.marker, self.reference = key, title, marker, reference
        self.species: list = []
        self.pages: list = []
        #: per type, its distinct cells (paired types: distinct tuples)
        self.cells: dict[str, list] = {t.name: [] for t in _SHEETS}
        self.facts = 0
        self.pending = 0

    def take(self, fact: dict) -> None:
        ctx = fact.get("context") if isinstance(fact.get("context"), dict) else {}
        ev = fact.get("evidence") if isinstance(fact.get("evidence"), dict) else {}
        self.facts += 1
        self.pending += status_of(fact) == "pending"
        _add(self.species, ctx.get("species", "human"))
        _add(self.pages, ev.get("page"))
        if fact.get("type") in self.cells:
            self.cells[fact["type"]].append(effective_value(fact))

    def row(self) -> dict:
        columns: dict[str, list] = {}
        for declared in _SHEETS:
            sheet = declared.sheet
            lists: list[list] = [[] for _ in sheet.names]
            pairs: list[tuple] = []
            for value in self.cells[declared.name]:
                cells = sheet.cells(value)
                if sheet.paired:
                    if cells not in pairs:
                        pairs.append(cells)
                else:
                    for column, cell in zip(lists, cells):
                        _add(column, cell)
            if sheet.paired:
                lists = [[pair[i] for pair in pairs] for i in range(len(sheet.names))]
            columns.update(zip(sheet.names, lists))
        return {
            "document": self.key,
            "title": self.title,
            "study": self.marker,
            "reference": self.reference,
            "species": self.species,
            **columns,
            "pages": self.pages,
            "facts": self.facts,
            "pending": self.pending,
        }


def _add(column: list, value: Any) -> None:
    if value is not None and value != "" and value not in column:
        column.append(value)


def _marker_order(marker: str) -> tuple:
    digits = "".join(ch for ch in marker if ch.isdigit())
    return (0, int(digits), marker) if digits else (1, 0, marker)


def export_regimens(out_dir: str | Path, *, status: str | Iterable[str] | None = None, fmt: str = "csv", excel: bool = False) -> str:
    """One row per study (the document, then each cited study; columns: :data:`REGIMEN_COLUMNS`)."""
    _check_format(fmt)
    chosen = parse_status(status)
    rows = []
    for key, data in _results(Path(out_dir)):
        doc = data.get("document") if isinstance(data.get("document"), dict) else {}
        title = doc.get("title") if isinstance(doc.get("title"), str) else None
        own = _Study(key, title, None, None)
        cited: dict[str, _Study] = {}
        for fact in data["facts"]:
            if not isinstance(fact, dict):
                continue
            fact_status = status_of(fact)
            if fact_status == "rejected" or (chosen is not None and fact_status not in chosen):
                continue
            ctx = fact.get("context") if isinstance(fact.get("context"), dict) else {}
            if ctx.get("negated") is True:
                continue
            citations = [c for c in fact.get("citations") or [] if isinstance(c, dict) and c.get("marker")]
            if not citations:
                own.take(fact)
                continue
            for c in citations:
                marker = str(c["marker"])
                study = cited.get(marker)
                if study is None:
                    study = cited[marker] = _Study(key, title, marker, None)
                if not study.reference and c.get("reference"):
                    study.reference = str(c["reference"])
                study.take(fact)
        rows.append(own.row())
        rows.extend(cited[m].row() for m in sorted(cited, key=_marker_order))
    return _write(rows, REGIMEN_COLUMNS, fmt, excel)
