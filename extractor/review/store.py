"""Review decisions on disk: the per-PDF result files themselves.

Where decisions live
--------------------
In each result file, on the fact: ``fact["review"] = {"status": …,
"value": {…} (edited only), "note": …, "reviewer": … (if known), "at":
ISO-8601 UTC}``.  Facts the reviewer adds are ordinary facts with
``rule: "review.added"`` and ``review.status: "added"``.  One file per PDF
keeps the decisions beside the evidence they judge, readable by
``litx evaluate --reviewed`` and the exports without a database, and
portable with the folder.  ``litx extract`` into the same OUT_DIR keeps them
(:mod:`extractor.output.merge`).

Revisions and concurrent writers
--------------------------------
The revision of a document is a hash of its file's bytes (not a counter in
the file), so *any* writer is noticed: another tab, a second reviewer's
server on the same folder, a re-run of ``litx extract``, a hand edit.  Every
write names the revision it was based on; when the file changed since, the
write is refused (E504, HTTP 409) and nothing is written.  Check-and-write
runs under the lock of the result file (:mod:`extractor.resultlock`: a
thread lock plus ``flock`` on ``.NAME.json.lock`` beside it), the lock
``litx extract`` holds while it reads, merges and writes the same file, so a
decision is never written over by a re-run that read the file before it; a
re-run that changed the file makes a revision older than it stale.  The file
is replaced atomically (:func:`extractor.atomic.write_text`: temp file, fsync,
``os.replace``), so a crash leaves the old file or the new one.

Page images are rendered on demand, one page per request, with pdfplumber
(``page.to_image``), and cached as PNG under ``OUT_DIR/.litx-review-cache/``
(a hidden folder: ``litx evaluate`` and the exports skip it).  Pages of a PDF
that needs a password are kept in memory only, never on disk: a later review
without the password must not show them (the parse cache keeps no decrypted
text either).

Facts a reviewer adds get the provenance of extracted ones: page, sentence,
span and the boxes of the selected characters, from the PDF's text layer
(:mod:`extractor.review.sentences`, where ``evidence.boxes_from`` is
explained).  A sentence given by page and text must be a sentence of that
page: in the text layer, or the evidence of a fact of the result.
"""

from __future__ import annotations

import copy
import hashlib
import io
import json
import os
import re
import threading
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, TypeVar

from pydantic import ValidationError

from ..atomic import write_bytes, write_text
from ..lang.script import has_cjk
from ..layout.document import BlockKind, Document
from ..output.resultfiles import json_text
from ..resultlock import locked
from ..errors import LitxError, Msg
from ..facts.results import Fact
from ..output.merge import ORPHANS_KEY
from .sentences import TextLayers, estimate_boxes, find_sentence, page_sentences, span_boxes
from .values import (
    REVIEW_STATUSES,
    TYPE_ORDER,
    effective_value,
    format_value,
    review_of,
    status_of,
    validate_value,
)

__all__ = ["CACHE_DIR", "REPORT_NAME", "RESOLUTION", "DocSummary", "Store", "revision_of", "dumps", "is_cjk"]

CACHE_DIR = ".litx-review-cache"
REPORT_NAME = "litx-run.json"
#: Page images: dots per inch (PDF points are 1/72 inch).
RESOLUTION = 110
ADDED_RULE = "review.added"
#: page images of password-protected PDFs kept in memory (never on disk)
MEMORY_PAGES = 32

T = TypeVar("T")

_render_lock = threading.Lock()  # pdfium is not thread-safe


def revision_of(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()[:16]


def dumps(data: dict) -> str:
    """As ``litx extract`` writes a result (file names that are not UTF-8 included)."""
    return json_text(data)


is_cjk = has_cjk  # does a sentence hold Chinese (the language layer's test)


def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _load_json(path: Path, raw: bytes) -> dict:
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise LitxError(Msg.E206, str(path), line=1, column=exc.start + 1, detail="not UTF-8") from None
    except json.JSONDecodeError as exc:
        raise LitxError(Msg.E206, str(path), line=exc.lineno, column=exc.colno, detail=exc.msg) from None
    if not _is_result(data):
        raise LitxError(Msg.E206, str(path), line=1, column=1, detail="not an extraction result (no schema_version / facts)")
    return data


def _is_result(data: Any) -> bool:
    return isinstance(data, dict) and "schema_version" in data and isinstance(data.get("facts"), list)


@dataclass
class DocSummary:
    key: str
    path: Path
    title: str | None = None
    pdf: str | None = None
    pages: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    total: int = 0
    orphaned: int = 0
    warnings: int = 0
    error: str | None = None

    @property
    def decided(self) -> int:
        return self.total - self.counts.get("pending", 0)

    @property
    def progress(self) -> float:
        return self.decided / self.total if self.total else 1.0


@dataclass
class Loaded:
    key: str
    path: Path
    data: dict
    revision: str


class Store:
    """The result files of one OUT_DIR, their decisions and page images."""

    def __init__(
        self,
        out_dir: Path,
        pdf_dir: Path | None = None,
        *,
        reviewer: str | None = None,
        resolution: int = RESOLUTION,
        cwd: Path | None = None,
        password: str | None = None,
        rules_dir: Path | None = None,
        parse_cache: Path | None | bool = None,
    ) -> None:
        """``password``: of encrypted PDFs (page images and text layers);
        ``rules_dir``: the rules ``litx extract`` ran with (section names of
        the text layer); ``parse_cache``: its folder (None: the default,
        False: none)."""
        self.out_dir = Path(out_dir)
        self.root = self.out_dir.resolve()
        self.pdf_dir = Path(pdf_dir) if pdf_dir is not None else None
        self.reviewer = reviewer or None
        self.resolution = int(resolution)
        self.cwd = Path(cwd) if cwd is not None else Path.cwd()
        self.cache_dir = self.out_dir / CACHE_DIR
        self.renders = 0  # page images rendered (not served from cache) by this store
        self._summaries: dict[Path, tuple[tuple[int, int], DocSummary]] = {}
        self._hashes: dict[Path, tuple[tuple[int, int], str]] = {}
        self.password = password or None
        self.layers = TextLayers(password=self.password, rules_dir=rules_dir, cache_dir=parse_cache)
        self._openable: dict[Path, tuple[tuple[int, int], LitxError | None, bool]] = {}
        self._memory_pages: dict[tuple[str, int], bytes] = {}  # pages of password-protected PDFs

    # ------------------------------------------------------------ documents

    def keys(self) -> list[str]:
        """Keys of the JSON files under OUT_DIR (relative path without .json), hidden folders and the run report skipped."""
        found = []
        for dirpath, dirnames, filenames in os.walk(self.out_dir):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in sorted(filenames):
                if name.endswith(".json") and not name.startswith(".") and name != REPORT_NAME:
                    rel = (Path(dirpath) / name).relative_to(self.out_dir)
                    found.append(rel.with_suffix("").as_posix())
        return found

    def documents(self) -> list[DocSummary]:
        """A summary of every result under OUT_DIR (files that are not results are left out; broken ones say why)."""
        out = []
        for key in self.keys():
            summary = self._summary(key)
            if summary is not None:
                out.append(summary)
        return out

    def _summary(self, key: str) -> DocSummary | None:
        path = self.out_dir / f"{key}.json"
        try:
            st = path.stat()
        except OSError:
            return None
        stamp = (st.st_mtime_ns, st.st_size)
        cached = self._summaries.get(path)
        if cached and cached[0] == stamp:
            return cached[1]
        summary = DocSummary(key=key, path=path)
        try:
            raw = path.read_bytes()
            data = json.loads(raw.decode("utf-8"))
        except (OSError, ValueError) as exc:
            summary.error = f"cannot read: {exc}"
        else:
            if not _is_result(data):
                return None
            doc = data.get("document") if isinstance(data.get("document"), dict) else {}
            summary.title = doc.get("title") if isinstance(doc.get("title"), str) else None
            summary.pdf = doc.get("path") if isinstance(doc.get("path"), str) else None
            summary.pages = doc.get("pages") if isinstance(doc.get("pages"), int) else 0
            counts = {s: 0 for s in REVIEW_STATUSES}
            for fact in data["facts"]:
                if isinstance(fact, dict):
                    counts[status_of(fact)] += 1
            summary.counts = counts
            summary.total = sum(counts.values())
            orphans = data.get(ORPHANS_KEY)
            summary.orphaned = len(orphans) if isinstance(orphans, list) else 0
            summary.warnings = len(data.get("warnings") or [])
        self._summaries[path] = (stamp, summary)
        return summary

    def path_of(self, key: Any) -> Path:
        """The result file of ``key``; anything outside OUT_DIR, hidden or not a result file is E501."""
        if not isinstance(key, str) or not key or len(key) > 1024:
            raise LitxError(Msg.E501, key=str(key)[:100])
        parts = key.split("/")
        bad = (
            "\\" in key
            or "\x00" in key
            or key.startswith("/")
            or any(p in ("", ".", "..") or p.startswith(".") for p in parts)
            or (len(parts[0]) >= 2 and parts[0][1] == ":")  # C:...
        )
        if bad:
            raise LitxError(Msg.E501, key=key)
        path = self.out_dir / f"{key}.json"
        try:
            resolved = path.resolve(strict=True)
        except (OSError, RuntimeError):
            raise LitxError(Msg.E501, key=key) from None
        if not resolved.is_relative_to(self.root) or not resolved.is_file() or path.name == REPORT_NAME:
            raise LitxError(Msg.E501, key=key)
        return path

    def load(self, key: str) -> Loaded:
        path = self.path_of(key)
        raw = path.read_bytes()
        return Loaded(key, path, _load_json(path, raw), revision_of(raw))

    # ------------------------------------------------------------ writing

    def update(self, key: str, revision: Any, change: Callable[[dict], T]) -> tuple[T, str]:
        """Apply ``change`` to the document if it is still at ``revision``; write it atomically.

        Returns ``(what change returned, the new revision)``.  A stale
        revision raises E504 (the current revision is on the exception as
        ``.revision``); an exception from ``change`` writes nothing.
        """
        path = self.path_of(key)
        with locked(path):
            raw = path.read_bytes()
            current = revision_of(raw)
            if not isinstance(revision, str) or revision != current:
                err = LitxError(Msg.E504)
                err.revision = current  # type: ignore[attr-defined]
                raise err
            data = _load_json(path, raw)
            outcome = change(data)
            text = dumps(data)
            write_text(path, text)
            return outcome, revision_of(text.encode("utf-8"))

    def _review(self, status: str, *, note: Any = None, value: dict | None = None) -> dict:
        review: dict[str, Any] = {"status": status}
        if value is not None:
            review["value"] = value
        if isinstance(note, str) and note.strip():
            review["note"] = note.strip()[:2000]
        if self.reviewer:
            review["reviewer"] = self.reviewer
        review["at"] = _now()
        return review

    @staticmethod
    def _find(data: dict, fact_id: Any) -> tuple[int, dict]:
        for i, fact in enumerate(data["facts"]):
            if isinstance(fact, dict) and fact.get("id") == fact_id and fact_id is not None:
                return i, fact
        raise LitxError(Msg.E502, fact=str(fact_id)[:100])

    def decide(self, key: str, revision: Any, fact_id: Any, status: Any, note: Any = None) -> tuple[dict, str]:
        """Accept, reject or reset (``pending``) an extracted fact."""
        if status not in ("accepted", "rejected", "pending"):
            raise LitxError(Msg.E505, detail="status must be accepted, rejected or pending")

        def change(data: dict) -> dict:
            _, fact = self._find(data, fact_id)
            if status_of(fact) == "added":
                raise LitxError(Msg.E509)
            fact["review"] = {"status": "pending"} if status == "pending" else self._review(status, note=note)
            return fact

        return self.update(key, revision, change)

    def edit(self, key: str, revision: Any, fact_id: Any, value: Any, note: Any = None) -> tuple[dict, str]:
        """Correct a fact's value: ``review = {"status": "edited", "value": …}`` (the extracted
        value stays as it was); for an added fact the value itself is replaced."""

        def change(data: dict) -> dict:
            _, fact = self._find(data, fact_id)
            checked = validate_value(str(fact.get("type")), value)
            if status_of(fact) == "added":
                fact["value"] = checked
                old = review_of(fact)
                fact["review"] = self._review("added", note=note if note is not None else old.get("note"))
            else:
                fact["review"] = self._review("edited", note=note, value=checked)
            return fact

        return self.update(key, revision, change)

    def restore(self, key: str, revision: Any, fact_id: Any, review: Any, value: Any = None) -> tuple[dict, str]:
        """Put back a review as it was before (undo); ``value`` restores an added fact's value."""
        if not isinstance(review, dict) or review.get("status") not in REVIEW_STATUSES:
            raise LitxError(Msg.E505, detail=f"review.status must be one of {', '.join(REVIEW_STATUSES)}")
        unknown = set(review) - {"status", "value", "note", "reviewer", "at"}
        if unknown:
            raise LitxError(Msg.E505, detail=f"unknown review field(s): {', '.join(sorted(unknown))}")
        for name in ("note", "reviewer", "at"):
            if name in review and not isinstance(review[name], str):
                raise LitxError(Msg.E505, detail=f"review.{name} must be a string")

        def change(data: dict) -> dict:
            _, fact = self._find(data, fact_id)
            was_added = status_of(fact) == "added"
            if was_added != (review["status"] == "added"):
                raise LitxError(Msg.E509)
            restored = dict(review)
            if restored["status"] == "edited":
                restored["value"] = validate_value(str(fact.get("type")), restored.get("value"))
            else:
                restored.pop("value", None)
            if was_added and value is not None:
                fact["value"] = validate_value(str(fact.get("type")), value)
            fact["review"] = restored
            return fact

        return self.update(key, revision, change)

    def add(
        self,
        key: str,
        revision: Any,
        *,
        fact_type: Any,
        value: Any,
        start: Any,
        end: Any,
        from_fact: Any = None,
        page: Any = None,
        sentence: Any = None,
        section: Any = None,
        text: Any = None,
        context: Any = None,
        note: Any = None,
    ) -> tuple[dict, str]:
        """A fact the extractor missed, from a span of a sentence of the document.

        The sentence is the evidence sentence of ``from_fact`` (section,
        language, citations and species come with it), or ``page`` +
        ``sentence`` given: then it must be a sentence printed on that page
        (the PDF's text layer) or the sentence of a fact on that page (without
        the PDF), else E511.  ``text``, when given, must be what
        ``sentence[start:end]`` is.  The fact gets the page of its first
        character and the boxes of its characters, as an extracted fact
        (``evidence.boxes_from`` says from where: :mod:`.sentences`).  The id
        is ``ad-`` + a hash of type, page, sentence, span and value, like
        extracted ids: the same addition twice is refused (E508).
        """
        if fact_type not in TYPE_ORDER:
            raise LitxError(Msg.E510, what="fact type", name=str(fact_type)[:50], choices=", ".join(TYPE_ORDER))
        checked = validate_value(fact_type, value)
        if not isinstance(start, int) or not isinstance(end, int) or isinstance(start, bool) or isinstance(end, bool):
            raise LitxError(Msg.E511, detail="start and end must be integers")
        ctx = context if isinstance(context, dict) else {}
        unknown = set(ctx) - {"negated", "hedged", "species"}
        if unknown:
            raise LitxError(Msg.E511, detail=f"unknown context field(s): {', '.join(sorted(unknown))}")

        # where and what, from the file as the reviewer saw it (a file that
        # changed since is refused before any PDF is read)
        loaded = self.load(key)
        if not isinstance(revision, str) or revision != loaded.revision:
            err = LitxError(Msg.E504)
            err.revision = loaded.revision  # type: ignore[attr-defined]
            raise err
        where = self._where(loaded.data, from_fact, page, sentence, section)
        ev_sentence = where["sentence"]
        if not 0 <= start < end <= len(ev_sentence):
            raise LitxError(Msg.E511, detail=f"start/end ({start}, {end}) must select characters of the sentence (0–{len(ev_sentence)})")
        span = ev_sentence[start:end]
        if not span.strip():
            raise LitxError(Msg.E511, detail="the selection is blank")
        if text is not None and text != span:
            raise LitxError(Msg.E511, detail=f"the selection {str(text)[:60]!r} is not the sentence's characters {start}–{end} ({span[:60]!r})")
        geo = self._geometry(key, loaded.data, where, start, end)
        ev_page = geo["page"]
        lang = where["lang"] if where["lang"] in ("zh", "en") else geo.get("lang")
        if lang not in ("zh", "en"):
            lang = "zh" if is_cjk(ev_sentence) else "en"
        ev_section = where["section"]
        if where["source"] is None and not where["section_given"]:
            ev_section = geo["section"] if geo["boxes_from"] == "text_layer" else where["section_of_facts"]
        digest = hashlib.sha1(
            json.dumps([fact_type, ev_page, ev_sentence, start, end, checked], ensure_ascii=False, sort_keys=True).encode("utf-8")
        ).hexdigest()[:12]
        fact_id = f"ad-{digest}"
        species_given = ctx.get("species", where["species"])
        raw = {
            "id": fact_id,
            "type": fact_type,
            "value": checked,
            "text": span,
            "evidence": {
                "page": ev_page,
                "sentence": ev_sentence,
                "start": start,
                "end": end,
                "lang": lang,
                "section": ev_section,
                "boxes": geo["boxes"],
                "boxes_from": geo["boxes_from"],
            },
            "rule": ADDED_RULE,
            "context": {
                "negated": ctx.get("negated", False),
                "hedged": ctx.get("hedged", False),
                "species": species_given.strip() if isinstance(species_given, str) and species_given.strip() else "human",
            },
            "review": self._review("added", note=note),
            "citations": where["citations"],
        }
        try:
            fact = Fact.model_validate(raw).model_dump(mode="json")
        except ValidationError as exc:
            detail = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
            raise LitxError(Msg.E511, detail=detail) from None

        def change(data: dict) -> dict:
            if any(isinstance(f, dict) and f.get("id") == fact_id for f in data["facts"]):
                raise LitxError(Msg.E508, fact=fact_id)
            data["facts"].insert(_insert_at(data["facts"], from_fact, ev_page, ev_sentence), fact)
            return fact

        return self.update(key, revision, change)

    def _where(self, data: dict, from_fact: Any, page: Any, sentence: Any, section: Any) -> dict:
        """The sentence a fact is added to: of ``from_fact``, or ``page`` + ``sentence`` given."""
        if from_fact is not None:
            _, source = self._find(data, from_fact)
            ev = source.get("evidence") if isinstance(source.get("evidence"), dict) else {}
            if not isinstance(ev.get("sentence"), str) or not isinstance(ev.get("page"), int):
                raise LitxError(Msg.E511, detail="the source fact has no sentence")
            src_ctx = source.get("context") if isinstance(source.get("context"), dict) else {}
            return {
                "source": source,
                "page": ev["page"],
                "sentence": ev["sentence"],
                "section": ev.get("section") if isinstance(ev.get("section"), str) else None,
                "lang": ev.get("lang"),
                "citations": copy.deepcopy(source.get("citations") or []),
                "species": src_ctx.get("species") if isinstance(src_ctx.get("species"), str) else "human",
                "hint": ((ev.get("start"), ev.get("end")), ev.get("boxes")),
            }
        doc = data.get("document") if isinstance(data.get("document"), dict) else {}
        pages = doc.get("pages") if isinstance(doc.get("pages"), int) else 0
        if not isinstance(page, int) or isinstance(page, bool) or not 1 <= page <= max(pages, 1):
            raise LitxError(Msg.E511, detail=f"page must be a page of the document (1–{max(pages, 1)})")
        if not isinstance(sentence, str) or not sentence.strip() or len(sentence) > 20000:
            raise LitxError(Msg.E511, detail="sentence must be the text of a sentence")
        if section is not None and not isinstance(section, str):
            raise LitxError(Msg.E511, detail="section must be a string")
        # what the facts of this sentence already say (none, for a sentence without facts)
        mates = _facts_in(data, page, sentence)
        first = mates[0] if mates else None
        citations: list = copy.deepcopy(first.get("citations") or []) if first else []
        if first is None:
            from ..matching.citations import markers

            known = {}
            for f in data["facts"]:
                for c in (f.get("citations") or []) if isinstance(f, dict) else []:
                    if isinstance(c, dict) and c.get("marker") and c.get("reference"):
                        known.setdefault(str(c["marker"]), c["reference"])
            citations = [{"marker": m, "reference": known.get(m)} for m in markers(sentence)]
        ctx = first.get("context") if first and isinstance(first.get("context"), dict) else {}
        ev = first["evidence"] if first else {}
        return {
            "source": None,
            "page": page,
            "sentence": sentence,
            "section": section,
            "section_given": section is not None,
            "section_of_facts": ev.get("section") if isinstance(ev.get("section"), str) else None,
            "lang": ev.get("lang"),
            "citations": citations,
            "species": ctx.get("species") if isinstance(ctx.get("species"), str) else "human",
            "hint": (None, None),
            "known": bool(mates),
        }

    def _geometry(self, key: str, data: dict, where: dict, start: int, end: int) -> dict:
        """``{page, boxes, boxes_from, section, lang}`` of ``where["sentence"][start:end]``."""
        layer, why = self.text_layer(key, data)
        found = None
        if layer is not None:
            span, boxes = where["hint"]
            hint = tuple(span) if span and all(isinstance(x, int) for x in span) else None
            found = find_sentence(layer, where["page"], where["sentence"], span=hint, boxes=boxes if isinstance(boxes, list) else None)
        if found is not None:
            if where["source"] is None and found.kind is BlockKind.REFERENCE:
                raise LitxError(Msg.E511, detail="that is an entry of the reference list (a cited paper, not a finding of this document)")
            return {
                "page": found.page_at(start),
                "boxes": span_boxes(found, start, end),
                "boxes_from": "text_layer",
                "section": found.section,
                "lang": found.lang.value,
            }
        if where["source"] is None and not where["known"]:
            searched = "not in the PDF's text layer, and no fact has it" if layer is not None else f"no fact has it, and the PDF's text layer cannot be read ({why})"
            raise LitxError(Msg.E511, detail=f"that is not a sentence of page {where['page']}: {searched}")
        # without the text layer: from the boxes of facts in the same sentence
        mates = _facts_in(data, where["page"], where["sentence"])
        if where["source"] is not None and all(m is not where["source"] for m in mates):
            mates.append(where["source"])
        spans = []
        for m in mates:
            ev = m["evidence"]
            if ev.get("boxes_from") in (None, "text_layer", "fact"):
                spans.append((ev.get("start"), ev.get("end"), ev.get("boxes")))
        boxes, boxes_from = estimate_boxes(start, end, spans)
        return {
            "page": int(boxes[0][0]) if boxes else where["page"],
            "boxes": boxes,
            "boxes_from": boxes_from,
            "section": None,
            "lang": None,
        }

    def remove(self, key: str, revision: Any, fact_id: Any) -> tuple[dict, str]:
        """Delete a fact the reviewer added (extracted facts are rejected, never deleted).
        Returns the removed fact, with its index under ``"_index"``, for undo."""

        def change(data: dict) -> dict:
            i, fact = self._find(data, fact_id)
            if status_of(fact) != "added":
                raise LitxError(Msg.E509)
            del data["facts"][i]
            return {**fact, "_index": i}

        return self.update(key, revision, change)

    def reinsert(self, key: str, revision: Any, fact: Any, index: Any = None) -> tuple[dict, str]:
        """Undo of :meth:`remove`: put an added fact back."""
        if not isinstance(fact, dict):
            raise LitxError(Msg.E505, detail="fact must be an object")
        fact = {k: v for k, v in fact.items() if k != "_index"}
        if status_of(fact) != "added" or fact.get("rule") != ADDED_RULE:
            raise LitxError(Msg.E509)
        try:
            checked = Fact.model_validate(fact).model_dump(mode="json")
        except ValidationError as exc:
            detail = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
            raise LitxError(Msg.E511, detail=detail) from None
        checked["review"] = fact["review"]

        def change(data: dict) -> dict:
            if any(isinstance(f, dict) and f.get("id") == checked["id"] for f in data["facts"]):
                raise LitxError(Msg.E508, fact=checked["id"])
            at = index if isinstance(index, int) and not isinstance(index, bool) and 0 <= index <= len(data["facts"]) else len(data["facts"])
            data["facts"].insert(at, checked)
            return checked

        return self.update(key, revision, change)

    # ------------------------------------------------------------ PDF and page images

    def _sha256(self, path: Path) -> str:
        st = path.stat()
        stamp = (st.st_mtime_ns, st.st_size)
        cached = self._hashes.get(path)
        if cached and cached[0] == stamp:
            return cached[1]
        h = hashlib.sha256()
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
        digest = h.hexdigest()
        self._hashes[path] = (stamp, digest)
        return digest

    def locate_pdf(self, key: str, data: dict) -> tuple[Path | None, str | None]:
        """``(pdf, None)`` or ``(None, why not)``.

        ``document.path`` as written (absolute), relative to the working
        directory, relative to ``pdf_dir`` (also with leading folders
        dropped), then ``pdf_dir/<key>.pdf`` (the mirrored layout of
        ``litx extract``) and ``pdf_dir/<file name>``.  A file whose SHA-256
        differs from ``document.sha256`` is not used: its boxes would lie.
        """
        doc = data.get("document") if isinstance(data.get("document"), dict) else {}
        raw = doc.get("path")
        sha = doc.get("sha256") if isinstance(doc.get("sha256"), str) else ""
        if not isinstance(raw, str) or not raw:
            return None, "the result names no PDF (document.path)"
        given = Path(raw)
        candidates: list[Path] = []
        if given.is_absolute():
            candidates.append(given)
        else:
            candidates.append(self.cwd / given)
        if self.pdf_dir is not None:
            if not given.is_absolute():
                candidates += [self.pdf_dir / Path(*given.parts[i:]) for i in range(len(given.parts))]
            candidates += [self.pdf_dir / f"{key}.pdf", self.pdf_dir / given.name]
        differs: list[Path] = []
        seen: set[Path] = set()
        for cand in candidates:
            if cand in seen:
                continue
            seen.add(cand)
            try:
                if cand.suffix.lower() != ".pdf" or not cand.is_file():
                    continue
                if sha and self._sha256(cand) != sha:
                    differs.append(cand)
                    continue
            except OSError:
                continue
            return cand, None
        if differs:
            return None, f"{differs[0]} is not the PDF this result was extracted from (SHA-256 differs)"
        hint = "" if self.pdf_dir is not None else " (start the review with --pdfs IN_DIR)"
        return None, f"PDF not found: {raw}{hint}"

    def _open_check(self, pdf: Path) -> tuple[LitxError | None, bool]:
        """``(problem, locked)``: why ``pdf`` cannot be opened (None: it can), and whether
        it needs a password (which ``self.password`` opens)."""
        st = pdf.stat()
        stamp = (st.st_mtime_ns, st.st_size)
        cached = self._openable.get(pdf)
        if cached and cached[0] == stamp:
            return cached[1], cached[2]
        from ..layout.pdfsource import open_source

        def attempt(password: str | None) -> LitxError | None:
            try:
                open_source(pdf, password).close()
            except LitxError as exc:
                return exc
            except Exception as exc:  # pdfminer raises many types: the PDF cannot be used, say why
                return LitxError(Msg.E002, str(pdf), detail=f"{type(exc).__name__}: {exc}")
            return None

        problem, locked = attempt(None), False
        if problem is not None and problem.code == "E003":
            locked = True
            problem = attempt(self.password) if self.password else problem
        self._openable[pdf] = (stamp, problem, locked)
        return problem, locked

    @staticmethod
    def _problem_text(pdf: Path, problem: LitxError) -> str:
        if problem.code == "E003":
            return f"{pdf.name} is encrypted and needs a password: start litx review with --password [E003]"
        if problem.code == "E004":
            return f"the password given does not open {pdf.name} [E004]"
        return f"cannot open {pdf.name}: {problem.message} [{problem.code}]"

    def pdf_status(self, key: str, data: dict) -> tuple[Path | None, str | None]:
        """``(pdf, None)`` for a PDF found and openable, else ``(None, why not)``."""
        pdf, why = self.locate_pdf(key, data)
        if pdf is None:
            return None, why
        problem, _ = self._open_check(pdf)
        if problem is not None:
            return None, self._problem_text(pdf, problem)
        return pdf, None

    def text_layer(self, key: str, data: dict) -> tuple[Document | None, str | None]:
        """``(the PDF's text layer, None)`` or ``(None, why not)``."""
        pdf, why = self.pdf_status(key, data)
        if pdf is None:
            return None, why
        doc = data.get("document") if isinstance(data.get("document"), dict) else {}
        sha = doc.get("sha256") if isinstance(doc.get("sha256"), str) and re.fullmatch(r"[0-9a-f]{64}", doc["sha256"]) else self._sha256(pdf)
        _, locked = self._open_check(pdf)
        try:
            return self.layers.get(pdf, sha, locked=locked), None
        except LitxError as exc:
            return None, f"{exc.message} [{exc.code}]"
        except Exception as exc:  # a bug of the parser must not stop the review
            return None, f"cannot read the text of {pdf.name}: {type(exc).__name__}: {exc}"

    def sentences(self, key: str, page: Any) -> dict:
        """The sentences of ``page`` a fact can be added to: every sentence of the PDF's text
        layer printed on it (reference entries left out), or, without the PDF, those
        of the facts on it.  Each with its line boxes on the page and its number of facts."""
        loaded = self.load(key)
        data = loaded.data
        doc = data.get("document") if isinstance(data.get("document"), dict) else {}
        pages = doc.get("pages") if isinstance(doc.get("pages"), int) else 0
        if not isinstance(page, int) or isinstance(page, bool) or not 1 <= page <= pages:
            raise LitxError(Msg.E505, detail=f"page {page} is not a page of this document (1–{pages})")
        counts: dict[str, int] = {}
        for f in data["facts"]:
            if isinstance(f, dict) and isinstance(f.get("evidence"), dict) and isinstance(f["evidence"].get("sentence"), str):
                counts[f["evidence"]["sentence"]] = counts.get(f["evidence"]["sentence"], 0) + 1
        layer, why = self.text_layer(key, data)
        out: list[dict] = []
        if layer is not None:
            for s in page_sentences(layer, page):
                out.append(
                    {
                        "text": s.text,
                        "section": s.section,
                        "lang": s.lang.value,
                        "kind": s.kind.value,
                        "facts": counts.get(s.text, 0),
                        "boxes": [b for b in span_boxes(s, 0, len(s.text)) if int(b[0]) == page],
                    }
                )
            note = None if out else "No text on this page in the PDF's text layer."
            return {"page": page, "revision": loaded.revision, "from": "text_layer", "note": note, "sentences": out}
        seen: set[str] = set()
        for f in data["facts"]:
            ev = f.get("evidence") if isinstance(f, dict) else None
            if not isinstance(ev, dict) or ev.get("page") != page or not isinstance(ev.get("sentence"), str):
                continue
            if ev["sentence"] in seen:
                continue
            seen.add(ev["sentence"])
            out.append(
                {
                    "text": ev["sentence"],
                    "section": ev.get("section") if isinstance(ev.get("section"), str) else None,
                    "lang": ev.get("lang") if ev.get("lang") in ("zh", "en") else ("zh" if is_cjk(ev["sentence"]) else "en"),
                    "kind": None,
                    "facts": counts.get(ev["sentence"], 0),
                    "boxes": [],
                }
            )
        note = f"Only the sentences holding facts are listed: {why}."
        return {"page": page, "revision": loaded.revision, "from": "facts", "note": note, "sentences": out}

    def page_image(self, key: str, page: int) -> Path | bytes:
        """The PNG of one page (rendered now if not cached): a file, or the bytes
        themselves for a PDF that needs a password (never cached on disk)."""
        loaded = self.load(key)
        doc = loaded.data.get("document") if isinstance(loaded.data.get("document"), dict) else {}
        pages = doc.get("pages") if isinstance(doc.get("pages"), int) else 0
        if not 1 <= page <= pages:
            raise LitxError(Msg.E507, detail=f"page {page} is not a page of this document (1–{pages})")
        pdf, why = self.locate_pdf(key, loaded.data)
        if pdf is None:
            raise LitxError(Msg.E507, detail=why)
        sha = doc.get("sha256") if isinstance(doc.get("sha256"), str) else ""
        if not re.fullmatch(r"[0-9a-fA-F]{20,128}", sha):  # a folder name from the file: hex only
            sha = hashlib.sha1(str(pdf.resolve()).encode("utf-8")).hexdigest()
        tag = sha[:20].lower()
        target = self.cache_dir / "pages" / tag / f"p{page:04d}-{self.resolution}dpi.png"
        if target.is_file():
            return target
        problem, locked = self._open_check(pdf)
        if problem is not None:
            err = LitxError(Msg.E507, detail=self._problem_text(pdf, problem))
            if problem.code in ("E003", "E004"):
                err.status = 403  # type: ignore[attr-defined]
            raise err
        memo = (tag, page)
        if locked and memo in self._memory_pages:
            return self._memory_pages[memo]
        with _render_lock:
            if target.is_file():
                return target
            try:
                import pdfplumber

                with pdfplumber.open(pdf, password=self.password if locked else None) as opened:
                    if page > len(opened.pages):
                        raise LitxError(Msg.E507, detail=f"the PDF has {len(opened.pages)} pages")
                    image = opened.pages[page - 1].to_image(resolution=self.resolution)
                    buf = io.BytesIO()
                    image.original.save(buf, format="PNG", optimize=False)
            except LitxError:
                raise
            except Exception as exc:  # a PDF pdfplumber cannot render: say so, don't crash
                raise LitxError(Msg.E507, detail=f"cannot render {pdf.name}: {type(exc).__name__}: {exc}") from None
            self.renders += 1
            if locked:
                while len(self._memory_pages) >= MEMORY_PAGES:
                    self._memory_pages.pop(next(iter(self._memory_pages)))
                self._memory_pages[memo] = buf.getvalue()
                return self._memory_pages[memo]
            write_bytes(target, buf.getvalue())
        return target

    # ------------------------------------------------------------ views for the page

    def fact_views(self, data: dict) -> list[dict]:
        facts = [f for f in data["facts"] if isinstance(f, dict)]
        by_id = {f.get("id"): f for f in facts if f.get("id") is not None}
        return [fact_view(f, i, by_id) for i, f in enumerate(facts)]


def _facts_in(data: dict, page: Any, sentence: Any) -> list[dict]:
    """The facts whose evidence is ``sentence`` on ``page``."""
    return [f for f in data["facts"] if _same_sentence(f, page, sentence)]


def _insert_at(facts: list, from_fact: Any, page: Any, sentence: Any) -> int:
    """Where an added fact goes: after the facts of its sentence (after ``from_fact``'s
    first), else after the last fact of an earlier or the same page, else first."""
    at = None
    for i, f in enumerate(facts):
        if isinstance(f, dict) and (f.get("id") == from_fact and from_fact is not None or _same_sentence(f, page, sentence)):
            at = i + 1
    if at is not None:
        return at
    if not isinstance(page, int):
        return len(facts)
    at = 0
    for i, f in enumerate(facts):
        ev = f.get("evidence") if isinstance(f, dict) else None
        fp = ev.get("page") if isinstance(ev, dict) else None
        if isinstance(fp, int) and fp <= page:
            at = i + 1
    return at


def _same_sentence(fact: Any, page: Any, sentence: Any) -> bool:
    if not isinstance(fact, dict) or not isinstance(fact.get("evidence"), dict):
        return False
    return fact["evidence"].get("page") == page and fact["evidence"].get("sentence") == sentence


def _num(x: Any) -> float | None:
    return float(x) if isinstance(x, (int, float)) and not isinstance(x, bool) else None


def fact_view(fact: dict, index: int, by_id: dict[Any, dict]) -> dict:
    """What the page shows of a fact; every string is PDF text, rendered with textContent."""
    ev = fact.get("evidence") if isinstance(fact.get("evidence"), dict) else {}
    ctx = fact.get("context") if isinstance(fact.get("context"), dict) else {}
    review = review_of(fact)
    fact_type = str(fact.get("type"))
    sentence = ev.get("sentence") if isinstance(ev.get("sentence"), str) else ""
    start = ev.get("start") if isinstance(ev.get("start"), int) else 0
    end = ev.get("end") if isinstance(ev.get("end"), int) else start
    start = max(0, min(start, len(sentence)))
    end = max(start, min(end, len(sentence)))
    boxes = []
    for box in ev.get("boxes") or []:
        if isinstance(box, (list, tuple)) and len(box) == 5 and all(_num(x) is not None for x in box):
            boxes.append([int(box[0]), *(round(float(x), 2) for x in box[1:])])
    status = status_of(fact)
    value = effective_value(fact)
    extracted = fact.get("value") if isinstance(fact.get("value"), dict) else {}
    linked = by_id.get(fact.get("cell_type")) if fact.get("cell_type") is not None else None
    cell = None
    if isinstance(linked, dict):
        cell = {
            "id": linked.get("id"),
            "text": str(linked.get("text") or ""),
            "value_text": format_value("cell_type", effective_value(linked)),
        }
    elif fact.get("cell_type") is not None:
        cell = {"id": fact.get("cell_type"), "text": "", "value_text": f"(missing fact {fact.get('cell_type')})"}
    citations = []
    for c in fact.get("citations") or []:
        if isinstance(c, dict):
            citations.append({"marker": str(c.get("marker") or ""), "reference": str(c.get("reference") or "")})
    confidence = _num(fact.get("confidence"))
    return {
        "id": fact.get("id"),
        "i": index,
        "type": fact_type,
        "text": str(fact.get("text") or ""),
        "value": value,
        "value_text": format_value(fact_type, value),
        "extracted_text": format_value(fact_type, extracted) if status == "edited" else None,
        "sentence": sentence,
        "start": start,
        "end": end,
        "page": ev.get("page") if isinstance(ev.get("page"), int) else None,
        "section": ev.get("section") if isinstance(ev.get("section"), str) else None,
        "boxes": boxes,
        "boxes_from": ev.get("boxes_from") if isinstance(ev.get("boxes_from"), str) else None,
        "negated": ctx.get("negated") is True,
        "hedged": ctx.get("hedged") is True,
        "species": ctx.get("species") if isinstance(ctx.get("species"), str) else "human",
        "cell_type": cell,
        "citations": citations,
        "confidence": confidence,
        "rule": str(fact.get("rule") or ""),
        "status": status,
        "note": review.get("note") if isinstance(review.get("note"), str) else None,
        "reviewer": review.get("reviewer") if isinstance(review.get("reviewer"), str) else None,
        "at": review.get("at") if isinstance(review.get("at"), str) else None,
        "review": review,
    }
