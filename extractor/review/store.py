"""Review decisions on disk: the per-PDF result files themselves.

In each result file, on the fact: ``fact["review"] = {"status": …,
"value": {…} (edited only), "note": …, "reviewer": … (if known), "at":
ISO-8601 UTC}``.  One file per PDF keeps the decisions beside the evidence
they judge, readable by ``litx evaluate --reviewed`` and the exports without
a database, and portable with the folder; ``litx extract`` into the same
OUT_DIR keeps them (:mod:`extractor.output.merge`).

:class:`Store` is the review page's one entry point to four parts:

* :mod:`.resultfolder`: the files, their revisions (a hash of the bytes of
  the file and of its decision log, so any writer is noticed: another tab, a
  second server, a re-run of ``litx extract``, a hand edit) and writes at a
  revision under the result file's lock: a decision is a line appended to
  the decision log and flushed, the log folded into the file (atomically)
  now and then; a stale write is refused (E504, HTTP 409).
* :mod:`.decisions`: accept, reject, reset, correct, note, undo; several
  identical mentions at once.
* :mod:`.added`: facts the reviewer adds, with the provenance of extracted ones.
* :mod:`.pdfpages`: the PDF behind a result, its text layer and page images.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, TypeVar

from ..lang.script import has_cjk
from ..layout.document import Document
from .added import AddedFacts
from .decisions import ADDED_RULE, Decisions
from .pdfpages import CACHE_DIR, RESOLUTION, PdfPages
from .resultfolder import REPORT_NAME, DocSummary, Loaded, ResultFolder, dumps, revision_of
from .values import effective_value, format_value, review_of, status_of

__all__ = ["ADDED_RULE", "CACHE_DIR", "REPORT_NAME", "RESOLUTION", "DocSummary", "Store", "revision_of", "dumps", "is_cjk"]

T = TypeVar("T")

is_cjk = has_cjk  # does a sentence hold Chinese (the language layer's test)


class Store:
    """What the review page works on: the result files of one OUT_DIR
    (:class:`ResultFolder`), the decisions written into them
    (:class:`Decisions`, :class:`AddedFacts`) and their PDFs (:class:`PdfPages`)."""

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
        ocr: str = "auto",
    ) -> None:
        """``password``: of encrypted PDFs (page images and text layers);
        ``rules_dir``: the rules ``litx extract`` ran with (section names of
        the text layer); ``parse_cache``: its folder (None: the default,
        False: none)."""
        self.folder = ResultFolder(out_dir)
        self.pdfs = PdfPages(out_dir, pdf_dir, resolution=resolution, cwd=cwd, password=password,
                             rules_dir=rules_dir, parse_cache=parse_cache, ocr=ocr)
        self.decisions = Decisions(self.folder, reviewer)
        self.added = AddedFacts(self.folder, self.pdfs, self.decisions)

    @property
    def out_dir(self) -> Path:
        return self.folder.out_dir

    @property
    def reviewer(self) -> str | None:
        return self.decisions.reviewer

    @property
    def resolution(self) -> int:
        return self.pdfs.resolution

    @property
    def renders(self) -> int:
        return self.pdfs.renders

    # ------------------------------------------------------------ result files

    def keys(self) -> list[str]:
        return self.folder.keys()

    def documents(self) -> list[DocSummary]:
        return self.folder.documents()

    def path_of(self, key: Any) -> Path:
        return self.folder.path_of(key)

    def load(self, key: str) -> Loaded:
        return self.folder.load(key)

    def update(self, key: str, revision: Any, change: Callable[[dict], tuple[T, list[dict]]]) -> tuple[T, str]:
        return self.folder.update(key, revision, change)

    # ------------------------------------------------------------ decisions

    def decide(self, key: str, revision: Any, fact_id: Any, status: Any, note: Any = None) -> tuple[dict, str]:
        return self.decisions.decide(key, revision, fact_id, status, note)

    def decide_many(self, key: str, revision: Any, fact_ids: Any, status: Any) -> tuple[list[dict], str]:
        return self.decisions.decide_many(key, revision, fact_ids, status)

    def note(self, key: str, revision: Any, fact_id: Any, note: Any) -> tuple[dict, str]:
        return self.decisions.note(key, revision, fact_id, note)

    def restore_many(self, key: str, revision: Any, items: Any) -> tuple[list[dict], str]:
        return self.decisions.restore_many(key, revision, items)

    def fold(self, key: str) -> str:
        return self.folder.fold(key)

    def edit(self, key: str, revision: Any, fact_id: Any, value: Any, note: Any = None) -> tuple[dict, str]:
        return self.decisions.edit(key, revision, fact_id, value, note)

    def restore(self, key: str, revision: Any, fact_id: Any, review: Any, value: Any = None) -> tuple[dict, str]:
        return self.decisions.restore(key, revision, fact_id, review, value)

    def remove(self, key: str, revision: Any, fact_id: Any) -> tuple[dict, str]:
        return self.decisions.remove(key, revision, fact_id)

    def reinsert(self, key: str, revision: Any, fact: Any, index: Any = None) -> tuple[dict, str]:
        return self.decisions.reinsert(key, revision, fact, index)

    def add(self, key: str, revision: Any, **fields: Any) -> tuple[dict, str]:
        return self.added.add(key, revision, **fields)

    def sentences(self, key: str, page: Any) -> dict:
        return self.added.sentences(key, page)

    # ------------------------------------------------------------ PDFs

    def locate_pdf(self, key: str, data: dict) -> tuple[Path | None, str | None]:
        return self.pdfs.locate_pdf(key, data)

    def pdf_status(self, key: str, data: dict) -> tuple[Path | None, str | None]:
        return self.pdfs.pdf_status(key, data)

    def text_layer(self, key: str, data: dict) -> tuple[Document | None, str | None]:
        return self.pdfs.text_layer(key, data)

    def page_image(self, key: str, page: int, dpi: int | None = None) -> Path | bytes:
        return self.pdfs.page_image(key, self.folder.load(key).data, page, dpi)

    # ------------------------------------------------------------ views for the page

    def fact_views(self, data: dict) -> list[dict]:
        facts = [f for f in data["facts"] if isinstance(f, dict)]
        by_id = {f.get("id"): f for f in facts if f.get("id") is not None}
        return [fact_view(f, i, by_id) for i, f in enumerate(facts)]


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
