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
(:mod:`extractor.review.merge`).

Revisions and concurrent writers
--------------------------------
The revision of a document is a hash of its file's bytes (not a counter in
the file), so *any* writer is noticed: another tab, a second reviewer's
server on the same folder, a re-run of ``litx extract``, a hand edit.  Every
write names the revision it was based on; when the file changed since, the
write is refused (E504, HTTP 409) and nothing is written.  Check-and-write
runs under a per-file lock (a thread lock plus ``flock`` on a lock file in
the cache folder, for several server processes), and the file is replaced
atomically (:func:`extractor.atomic.write_text`: temp file, fsync,
``os.replace``), so a crash leaves the old file or the new one.

Page images are rendered on demand, one page per request, with pdfplumber
(``page.to_image``), and cached as PNG under ``OUT_DIR/.litx-review-cache/``
(a hidden folder: ``litx evaluate`` and the exports skip it).
"""

from __future__ import annotations

import contextlib
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
from typing import Any, Callable, Iterator, TypeVar

from pydantic import ValidationError

from ..atomic import write_bytes, write_text
from ..errors import LitxError, Msg
from ..results import Fact
from .merge import ORPHANS_KEY
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

T = TypeVar("T")

_render_lock = threading.Lock()  # pdfium is not thread-safe


def revision_of(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()[:16]


def dumps(data: dict) -> str:
    """As ``litx extract`` writes a result (batch.result_json)."""
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def is_cjk(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" for ch in text)


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
    ) -> None:
        self.out_dir = Path(out_dir)
        self.root = self.out_dir.resolve()
        self.pdf_dir = Path(pdf_dir) if pdf_dir is not None else None
        self.reviewer = reviewer or None
        self.resolution = int(resolution)
        self.cwd = Path(cwd) if cwd is not None else Path.cwd()
        self.cache_dir = self.out_dir / CACHE_DIR
        self.renders = 0  # page images rendered (not served from cache) by this store
        self._locks: dict[Path, threading.Lock] = {}
        self._locks_guard = threading.Lock()
        self._summaries: dict[Path, tuple[tuple[int, int], DocSummary]] = {}
        self._hashes: dict[Path, tuple[tuple[int, int], str]] = {}

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

    @contextlib.contextmanager
    def _locked(self, path: Path) -> Iterator[None]:
        with self._locks_guard:
            lock = self._locks.setdefault(path, threading.Lock())
        with lock:
            handle = None
            try:
                lock_dir = self.cache_dir / "locks"
                lock_dir.mkdir(parents=True, exist_ok=True)
                name = hashlib.sha1(str(path.resolve()).encode("utf-8")).hexdigest()[:20] + ".lock"
                handle = open(lock_dir / name, "a+b")
                try:
                    import fcntl

                    fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
                except ImportError:  # not POSIX: the thread lock alone
                    pass
            except OSError:
                handle = None  # read-only cache folder: the thread lock alone
            try:
                yield
            finally:
                if handle is not None:
                    handle.close()

    def update(self, key: str, revision: Any, change: Callable[[dict], T]) -> tuple[T, str]:
        """Apply ``change`` to the document if it is still at ``revision``; write it atomically.

        Returns ``(what change returned, the new revision)``.  A stale
        revision raises E504 (the current revision is on the exception as
        ``.revision``); an exception from ``change`` writes nothing.
        """
        path = self.path_of(key)
        with self._locked(path):
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

        The sentence is the evidence sentence of ``from_fact`` (page, section,
        language and citations come with it), or ``page`` + ``sentence``
        given.  ``text``, when given, must be what ``sentence[start:end]`` is.
        The id is ``ad-`` + a hash of type, page, sentence, span and value,
        like extracted ids: the same addition twice is refused (E508).
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

        def change(data: dict) -> dict:
            doc = data.get("document") if isinstance(data.get("document"), dict) else {}
            citations: list = []
            species = "human"
            insert_at = len(data["facts"])
            if from_fact is not None:
                i, source = self._find(data, from_fact)
                ev = source.get("evidence") if isinstance(source.get("evidence"), dict) else {}
                ev_page, ev_sentence = ev.get("page"), ev.get("sentence")
                ev_section, lang = ev.get("section"), ev.get("lang")
                citations = copy.deepcopy(source.get("citations") or [])
                src_ctx = source.get("context") if isinstance(source.get("context"), dict) else {}
                species = src_ctx.get("species") if isinstance(src_ctx.get("species"), str) else "human"
                insert_at = i + 1
                while insert_at < len(data["facts"]) and _same_sentence(data["facts"][insert_at], ev_page, ev_sentence):
                    insert_at += 1
            else:
                ev_page, ev_sentence, ev_section, lang = page, sentence, section, None
                pages = doc.get("pages") if isinstance(doc.get("pages"), int) else 0
                if not isinstance(ev_page, int) or isinstance(ev_page, bool) or not 1 <= ev_page <= max(pages, 1):
                    raise LitxError(Msg.E511, detail=f"page must be a page of the document (1–{max(pages, 1)})")
                if not isinstance(ev_sentence, str) or not ev_sentence.strip() or len(ev_sentence) > 20000:
                    raise LitxError(Msg.E511, detail="sentence must be the text of a sentence")
                if ev_section is not None and not isinstance(ev_section, str):
                    raise LitxError(Msg.E511, detail="section must be a string")
            if not isinstance(ev_sentence, str):
                raise LitxError(Msg.E511, detail="the source fact has no sentence")
            if not 0 <= start < end <= len(ev_sentence):
                raise LitxError(Msg.E511, detail=f"start/end ({start}, {end}) must select characters of the sentence (0–{len(ev_sentence)})")
            span = ev_sentence[start:end]
            if not span.strip():
                raise LitxError(Msg.E511, detail="the selection is blank")
            if text is not None and text != span:
                raise LitxError(Msg.E511, detail=f"the selection {str(text)[:60]!r} is not the sentence's characters {start}–{end} ({span[:60]!r})")
            if lang not in ("zh", "en"):
                lang = "zh" if is_cjk(ev_sentence) else "en"
            digest = hashlib.sha1(
                json.dumps([fact_type, ev_page, ev_sentence, start, end, checked], ensure_ascii=False, sort_keys=True).encode("utf-8")
            ).hexdigest()[:12]
            fact_id = f"ad-{digest}"
            if any(isinstance(f, dict) and f.get("id") == fact_id for f in data["facts"]):
                raise LitxError(Msg.E508, fact=fact_id)
            species_given = ctx.get("species", species)
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
                    "boxes": [],
                },
                "rule": ADDED_RULE,
                "context": {
                    "negated": ctx.get("negated", False),
                    "hedged": ctx.get("hedged", False),
                    "species": species_given.strip() if isinstance(species_given, str) and species_given.strip() else "human",
                },
                "review": self._review("added", note=note),
                "citations": citations,
            }
            try:
                fact = Fact.model_validate(raw).model_dump(mode="json")
            except ValidationError as exc:
                detail = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
                raise LitxError(Msg.E511, detail=detail) from None
            data["facts"].insert(insert_at, fact)
            return fact

        return self.update(key, revision, change)

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

    def page_image(self, key: str, page: int) -> Path:
        """The PNG of one page (rendered now if not cached)."""
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
        with _render_lock:
            if target.is_file():
                return target
            try:
                import pdfplumber

                with pdfplumber.open(pdf) as opened:
                    if page > len(opened.pages):
                        raise LitxError(Msg.E507, detail=f"the PDF has {len(opened.pages)} pages")
                    image = opened.pages[page - 1].to_image(resolution=self.resolution)
                    buf = io.BytesIO()
                    image.original.save(buf, format="PNG", optimize=False)
            except LitxError:
                raise
            except Exception as exc:  # a PDF pdfplumber cannot render: say so, don't crash
                raise LitxError(Msg.E507, detail=f"cannot render {pdf.name}: {type(exc).__name__}: {exc}") from None
            write_bytes(target, buf.getvalue())
            self.renders += 1
        return target

    # ------------------------------------------------------------ views for the page

    def fact_views(self, data: dict) -> list[dict]:
        facts = [f for f in data["facts"] if isinstance(f, dict)]
        by_id = {f.get("id"): f for f in facts if f.get("id") is not None}
        return [fact_view(f, i, by_id) for i, f in enumerate(facts)]


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
