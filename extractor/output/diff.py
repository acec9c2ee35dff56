"""``litx diff OLD_OUT NEW_OUT``: what a rule edit (or a new version) changed.

Two folders of extraction results (contract JSON files; the run report and
any other JSON are left out, as ``litx evaluate`` does) are compared
document by document — documents pair by their path inside the folder — and
fact by fact:

* a fact keeps its identity across runs by its ``id``, which is stable for
  the same PDF and rules;
* a rule edit can change an id (the id hashes the value too), so facts left
  over pair by place: ``(type, page, sentence, start, end)``;
* then facts of one type whose spans overlap in the same sentence pair too
  (a removed term ``hUC-MSCs`` lets the shorter ``MSCs`` match inside it:
  one fact changed, not one lost and one gained);
* a pair whose value, rule, context (negated, hedged, species) or span
  differs is **changed** (``~``); facts left over are **gained** (``+``, only
  in the new run) or **lost** (``-``, only in the old one).

Where the evidence points, the rule file line (``source``), citations and
review decisions are not compared: a line inserted in a rule file moves
every ``source`` below it.  Document warnings that appear or disappear are
listed too.

Either argument may also be a single result file.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict, deque
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal, Mapping, Optional

from ..errors import LitxError, Msg
from .resultfiles import TYPE_ORDER, clip, is_result, read_json, scan_results, value_text
from .reviewed import with_decision_log

__all__ = ["FactRef", "FactChange", "DocumentDiff", "TypeCounts", "DiffReport", "compare", "diff", "render_diff", "to_json"]

#: what makes two paired facts "changed" ("text": the span moved)
COMPARED = ("value", "rule", "context", "text")
_CONTEXT_DEFAULTS = {"negated": False, "hedged": False, "species": "human"}


@dataclass
class FactRef:
    """A fact of a result file, reduced to what a diff shows."""

    id: Optional[str]
    type: str
    value: dict
    text: str
    page: Optional[int]
    sentence: str
    start: Optional[int]
    end: Optional[int]
    rule: Optional[str]
    context: dict

    @classmethod
    def from_json(cls, raw: Any) -> Optional["FactRef"]:
        if not isinstance(raw, dict):
            return None
        ev = raw.get("evidence") if isinstance(raw.get("evidence"), dict) else {}
        ctx = raw.get("context") if isinstance(raw.get("context"), dict) else {}
        return cls(
            id=str(raw["id"]) if raw.get("id") is not None else None,
            type=str(raw.get("type")),
            value=dict(raw["value"]) if isinstance(raw.get("value"), dict) else {},
            text=str(raw.get("text") or ""),
            page=_int(ev.get("page")),
            sentence=str(ev.get("sentence") or ""),
            start=_int(ev.get("start")),
            end=_int(ev.get("end")),
            rule=raw.get("rule") if isinstance(raw.get("rule"), str) else None,
            context={k: ctx.get(k, default) for k, default in _CONTEXT_DEFAULTS.items()},
        )

    @property
    def place(self) -> tuple:
        return (self.type, self.page, self.sentence, self.start, self.end)

    @property
    def span(self) -> tuple:
        return (self.text, self.start, self.end)

    def overlaps(self, other: "FactRef") -> bool:
        """Same type and sentence, spans sharing a character."""
        if (self.type, self.page, self.sentence) != (other.type, other.page, other.sentence):
            return False
        if None in (self.start, self.end, other.start, other.end):
            return False
        return self.start < other.end and other.start < self.end

    def _sort_key(self) -> tuple:
        return (TYPE_ORDER.get(self.type, 99), self.type, self.page or 0, self.sentence, self.start or 0, self.text)


@dataclass
class FactChange:
    """The same fact in both runs, with what differs (``fields``)."""

    type: str
    old: FactRef
    new: FactRef
    fields: list[str]
    #: how the pair was found: same "id", same "place", or "overlap" of spans
    matched_by: Literal["id", "place", "overlap"]


@dataclass
class DocumentDiff:
    document: str  # path inside the folder, without .json
    #: both: compared; added / removed: only in the new / old run;
    #: unreadable: a result file that is not valid JSON, not compared
    status: Literal["both", "added", "removed", "unreadable"]
    old_file: Optional[str] = None
    new_file: Optional[str] = None
    pdf_changed: bool = False  # the PDF's sha256 differs
    gained: list[FactRef] = field(default_factory=list)
    lost: list[FactRef] = field(default_factory=list)
    changed: list[FactChange] = field(default_factory=list)
    unchanged: Counter = field(default_factory=Counter)  # by type
    warnings_gained: list[str] = field(default_factory=list)
    warnings_lost: list[str] = field(default_factory=list)
    note: Optional[str] = None

    @property
    def differs(self) -> bool:
        return bool(
            self.gained or self.lost or self.changed or self.warnings_gained or self.warnings_lost
            or self.status != "both" or self.pdf_changed
        )


@dataclass
class TypeCounts:
    gained: int = 0
    lost: int = 0
    changed: int = 0
    unchanged: int = 0


@dataclass
class DiffReport:
    old: str
    new: str
    documents: list[DocumentDiff]

    def summary(self) -> dict[str, TypeCounts]:
        """Counts per fact type, in the contract's order."""
        rows: dict[str, TypeCounts] = defaultdict(TypeCounts)
        for d in self.documents:
            for f in d.gained:
                rows[f.type].gained += 1
            for f in d.lost:
                rows[f.type].lost += 1
            for c in d.changed:
                rows[c.type].changed += 1
            for t, n in d.unchanged.items():
                rows[t].unchanged += n
        return dict(sorted(rows.items(), key=lambda kv: (TYPE_ORDER.get(kv[0], 99), kv[0])))

    @property
    def same(self) -> bool:
        return not any(d.differs for d in self.documents)


def _int(x: Any) -> Optional[int]:
    return x if isinstance(x, int) and not isinstance(x, bool) else None


# --------------------------------------------------------------------------- reading


def _results(path: Path) -> tuple[dict[str, tuple[Path, dict]], dict[str, LitxError]]:
    """(results by key, unreadable files by key) of a folder or one result file."""
    if path.is_file():
        data = read_json(path, Msg.E206)
        if not is_result(data):
            raise LitxError(Msg.E302, str(path))
        data = with_decision_log(path, data)  # decisions the review page logged beside it
        _facts(data, path)  # one file given: its mistakes are the command's (E402)
        return {path.stem: (path, data)}, {}
    scanned = scan_results(path)
    if not scanned.found and not scanned.broken:
        raise LitxError(Msg.E302, str(path))
    return scanned.found, scanned.broken


def _facts(data: dict, path: Optional[Path] = None) -> list[FactRef]:
    """The extractor's facts; ones a reviewer added by hand are not its output.
    A fact that is not an object with a type makes the file no result (E402)."""
    facts = data.get("facts") or []
    for i, f in enumerate(facts):
        if not isinstance(f, dict) or not isinstance(f.get("type"), str):
            raise LitxError(Msg.E402, str(path) if path else None, detail=f"facts[{i}] is not a fact (an object with a type)")
    extracted = (f for f in facts if not (isinstance(f.get("review"), dict) and f["review"].get("status") == "added"))
    return [f for f in map(FactRef.from_json, extracted) if f is not None]


def _sha(data: dict) -> Optional[str]:
    doc = data.get("document")
    return doc.get("sha256") if isinstance(doc, dict) else None


def _warnings(data: dict) -> list[str]:
    return [str(w) for w in data.get("warnings") or []]


# --------------------------------------------------------------------------- pairing


def _differences(old: FactRef, new: FactRef) -> list[str]:
    def get(f: FactRef, name: str) -> Any:
        return f.span if name == "text" else getattr(f, name)

    return [name for name in COMPARED if get(old, name) != get(new, name)]


def _compare(d: DocumentDiff, old: list[FactRef], new: list[FactRef]) -> None:
    taken: set[int] = set()  # indices of new facts already paired

    def pair(o: FactRef, i: int, how: Literal["id", "place", "overlap"]) -> None:
        taken.add(i)
        n = new[i]
        fields_ = _differences(o, n)
        if fields_:
            d.changed.append(FactChange(n.type, o, n, fields_, how))
        else:
            d.unchanged[n.type] += 1

    by_id: dict[str, deque[int]] = defaultdict(deque)
    for i, n in enumerate(new):
        if n.id is not None:
            by_id[n.id].append(i)
    left: list[FactRef] = []
    for o in old:
        queue = by_id.get(o.id) if o.id is not None else None
        if queue:
            pair(o, queue.popleft(), "id")
        else:
            left.append(o)

    by_place: dict[tuple, list[int]] = defaultdict(list)
    for i, n in enumerate(new):
        if i not in taken:
            by_place[n.place].append(i)
    rest: list[FactRef] = []
    for o in left:
        candidates = by_place.get(o.place)
        if candidates:
            # at one place, prefer the fact that did not change at all
            best = next((i for i in candidates if not _differences(o, new[i])), candidates[0])
            candidates.remove(best)
            pair(o, best, "place")
        else:
            rest.append(o)

    by_sentence: dict[tuple, list[int]] = defaultdict(list)
    for i, n in enumerate(new):
        if i not in taken:
            by_sentence[n.place[:3]].append(i)
    for o in rest:
        # the overlapping new fact sharing the most characters
        overlapping = [i for i in by_sentence.get(o.place[:3], ()) if i not in taken and o.overlaps(new[i])]
        if overlapping:
            pair(o, max(overlapping, key=lambda i: min(o.end, new[i].end) - max(o.start, new[i].start)), "overlap")
        else:
            d.lost.append(o)
    d.gained.extend(n for i, n in enumerate(new) if i not in taken)
    d.gained.sort(key=FactRef._sort_key)
    d.lost.sort(key=FactRef._sort_key)
    d.changed.sort(key=lambda c: c.new._sort_key())


def _only(found: dict, key: str) -> dict:
    return {key: found[key]} if key in found else {}


def diff(old_dir: Path | str, new_dir: Path | str) -> DiffReport:
    """Facts gained, lost and changed per document between two result folders.

    Raises LitxError for a missing folder (E204), one without results (E302)
    or a single result file that is not valid JSON (E206); a broken file
    inside a folder only marks its document ``unreadable``.
    """
    old_dir, new_dir = Path(old_dir), Path(new_dir)
    old, old_broken = _results(old_dir)
    new, new_broken = _results(new_dir)
    if old_dir.is_file() and new_dir.is_file():  # two files: one document, whatever their names
        old, new = old, {next(iter(old)): next(iter(new.values()))}
    elif old_dir.is_file() or new_dir.is_file():  # a file and a folder: that document only
        key = next(iter(old if old_dir.is_file() else new))
        old, new = _only(old, key), _only(new, key)
        old_broken, new_broken = _only(old_broken, key), _only(new_broken, key)
    return compare(old, new, old_label=str(old_dir), new_label=str(new_dir), broken={**new_broken, **old_broken})


Found = Mapping[str, tuple[Optional[Path], dict]]


def compare(
    old: Found, new: Found, *, old_label: str = "old", new_label: str = "new", broken: Mapping[str, Exception] | None = None
) -> DiffReport:
    """The comparison of two sets of results already read: key → (file or
    None, contract data).  ``broken`` marks documents that could not be read."""
    broken = broken or {}
    report = DiffReport(old_label, new_label, [])
    for key in sorted(set(old) | set(new) | set(broken)):
        report.documents.append(_document(key, old.get(key), new.get(key), broken.get(key)))
    return report


def _document(key: str, o, n, broken: Exception | None) -> DocumentDiff:
    d = DocumentDiff(key, "both", old_file=_name(o), new_file=_name(n))
    try:
        _fill(d, o, n, broken)
    except LitxError as exc:  # a file that holds something else than facts
        d.status, d.note = "unreadable", str(exc)
        d.gained, d.lost, d.changed, d.pdf_changed = [], [], [], False
    return d


def _fill(d: DocumentDiff, o, n, broken: Exception | None) -> None:
    if broken is not None:
        d.status, d.note = "unreadable", str(broken)
    elif o is None:
        d.status = "added"
        d.gained = sorted(_facts(n[1], n[0]), key=FactRef._sort_key)
    elif n is None:
        d.status = "removed"
        d.lost = sorted(_facts(o[1], o[0]), key=FactRef._sort_key)
    else:
        d.pdf_changed = _sha(o[1]) != _sha(n[1])
        _compare(d, _facts(o[1], o[0]), _facts(n[1], n[0]))
        was, now = Counter(_warnings(o[1])), Counter(_warnings(n[1]))
        d.warnings_gained = sorted((now - was).elements())
        d.warnings_lost = sorted((was - now).elements())


def _name(found: tuple[Optional[Path], dict] | None) -> Optional[str]:
    return str(found[0]) if found is not None and found[0] is not None else None


# --------------------------------------------------------------------------- output


def _context(ctx: dict) -> str:
    flags = [k for k in ("negated", "hedged") if ctx.get(k)]
    if ctx.get("species") not in (None, "human"):
        flags.append(f"species={ctx['species']}")
    return f" [{', '.join(flags)}]" if flags else ""


def _where(f: FactRef, old: Optional[FactRef] = None) -> str:
    """``dose p3 "5×10^6"``; with ``old``, its text first: ``"hUC-MSCs" → "MSCs"``."""
    page = f"p{f.page}" if f.page is not None else "p?"
    text = json.dumps(f.text, ensure_ascii=False)
    if old is not None:
        text = f"{json.dumps(old.text, ensure_ascii=False)} → {text}"
    return f"{f.type} {page} {text}"


def _fact_line(sign: str, f: FactRef) -> str:
    return (
        f"{sign} {_where(f)} {value_text(f.value)} rule={f.rule or '?'}{_context(f.context)}"
        f" | {clip(f.sentence, f.start, f.end)}"
    )


def _change_line(c: FactChange) -> str:
    o, n = c.old, c.new
    where = _where(n, o if "text" in c.fields else None)
    value = f"{value_text(o.value)} → {value_text(n.value)}" if "value" in c.fields else value_text(n.value)
    rule = f"{o.rule or '?'} → {n.rule or '?'}" if "rule" in c.fields else (n.rule or "?")
    if "context" in c.fields:
        moved = [f"{k} {json.dumps(o.context.get(k))} → {json.dumps(n.context.get(k))}" for k in _CONTEXT_DEFAULTS if o.context.get(k) != n.context.get(k)]
        context = f" [{'; '.join(moved)}]"
    else:
        context = _context(n.context)
    return f"~ {where} {value} rule={rule}{context} | {clip(n.sentence, n.start, n.end)}"


def _doc_lines(d: DocumentDiff) -> list[str]:
    items: list[tuple[tuple, str]] = []
    items += [(f._sort_key() + (1,), _fact_line("-", f)) for f in d.lost]
    items += [(f._sort_key() + (2,), _fact_line("+", f)) for f in d.gained]
    items += [(c.new._sort_key() + (0,), _change_line(c)) for c in d.changed]
    lines = [line for _, line in sorted(items, key=lambda kv: kv[0])]
    lines += [f"+ warning: {w}" for w in d.warnings_gained]
    lines += [f"- warning: {w}" for w in d.warnings_lost]
    return lines


def _doc_header(d: DocumentDiff) -> str:
    counts = f"+{len(d.gained)} −{len(d.lost)} ~{len(d.changed)}"
    what = {
        "both": f"{counts}, {sum(d.unchanged.values())} unchanged",
        "added": f"{counts} (only in the new run)",
        "removed": f"{counts} (only in the old run)",
        "unreadable": f"not compared: {d.note}",
    }[d.status]
    if d.pdf_changed:
        what += " (the PDF itself changed)"
    return f"== {d.document}: {what}"


def render_table(report: DiffReport) -> str:
    """Per fact type: +gained −lost ~changed =unchanged, and a total."""
    rows = report.summary()
    total = TypeCounts(*(sum(getattr(r, f) for r in rows.values()) for f in ("gained", "lost", "changed", "unchanged")))
    width = max([len("type"), len("all"), *map(len, rows)])
    out = [f"{'type':<{width}} {'+gained':>8} {'−lost':>8} {'~changed':>9} {'=same':>8}"]
    for name, r in [*rows.items(), ("all", total)]:
        out.append(f"{name:<{width}} {r.gained:>8} {r.lost:>8} {r.changed:>9} {r.unchanged:>8}")
    return "\n".join(out) + "\n"


def render_diff(report: DiffReport, *, limit: Optional[int] = None, header: bool = True) -> str:
    """Human-readable: per document (those that differ), its fact lines grouped
    by type, then the summary table.  ``limit`` caps the number of fact lines.

    ``+ dose p3 "5×10^6" {"value": 5000000.0, "unit": "cells", "per": "ovary"} rule=dose.sci_notation | <sentence>``
    ``- …`` for a lost fact, ``~ … {old value} → {new value} rule=old → new | …`` for a changed one.
    """
    out = [f"old: {report.old}", f"new: {report.new}"] if header else []
    shown = total = 0
    for d in report.documents:
        if not d.differs:
            continue
        lines = _doc_lines(d)
        total += len(lines)
        if limit is not None and shown >= limit:
            continue
        out.append(_doc_header(d))
        if limit is not None:
            lines = lines[: limit - shown]
        out += lines
        shown += len(lines)
    if report.same:
        facts = sum(sum(d.unchanged.values()) for d in report.documents)
        out.append(f"no differences ({len(report.documents)} documents, {facts} facts)")
    elif total > shown:
        out.append(f"… {total - shown} more line(s) (raise --limit to see them)")
    out.append("")
    out.append(render_table(report).rstrip("\n"))
    return "\n".join(out) + "\n"


def to_json(report: DiffReport) -> dict:
    """The whole report as plain data (for ``--json``)."""
    data = asdict(report)
    for doc in data["documents"]:
        doc["unchanged"] = dict(doc["unchanged"])
    data["summary"] = {name: asdict(counts) for name, counts in report.summary().items()}
    data["same"] = report.same
    return data
