"""Facts the extractor missed, added by the reviewer from a span of a sentence.

Facts a reviewer adds get the provenance of extracted ones: page, sentence,
span and the boxes of the selected characters, from the PDF's text layer
(:mod:`extractor.review.sentences`, where ``evidence.boxes_from`` is
explained).  A sentence given by page and text must be a sentence of that
page: in the text layer, or the evidence of a fact of the result.  They are
ordinary facts with ``rule: "review.added"`` and ``review.status: "added"``.
"""

from __future__ import annotations

import copy
import hashlib
import json
from typing import Any

from pydantic import ValidationError

from ..errors import LitxError, Msg
from ..facts.results import Fact
from ..lang.script import has_cjk
from ..layout.document import BlockKind
from .decisions import ADDED_RULE, Decisions, find_fact
from .pdfpages import PdfPages
from .resultfolder import ResultFolder
from .sentences import estimate_boxes, find_sentence, page_sentences, span_boxes
from .values import TYPE_ORDER, validate_value

__all__ = ["AddedFacts"]


class AddedFacts:
    """Adding facts to the results of a folder, with the geometry of their PDF."""

    def __init__(self, folder: ResultFolder, pdfs: PdfPages, decisions: Decisions) -> None:
        self.folder, self.pdfs, self.decisions = folder, pdfs, decisions

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
        loaded = self.folder.load(key)
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
        citations = where["citations"]
        if any(isinstance(c, dict) and not c.get("reference") for c in citations):
            # cited in a sentence no fact cites it from: the PDF's reference list has it
            layer, _ = self.pdfs.text_layer(key, loaded.data)
            if layer is not None:
                refs = layer.reference_entries()
                citations = [{**c, "reference": c.get("reference") or refs.get(str(c.get("marker")))} if isinstance(c, dict) else c
                             for c in citations]
        ev_page = geo["page"]
        lang = where["lang"] if where["lang"] in ("zh", "en") else geo.get("lang")
        if lang not in ("zh", "en"):
            lang = "zh" if has_cjk(ev_sentence) else "en"
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
            "review": self.decisions.record("added", note=note),
            "citations": citations,
        }
        try:
            fact = Fact.model_validate(raw).model_dump(mode="json")
        except ValidationError as exc:
            detail = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
            raise LitxError(Msg.E511, detail=detail) from None

        def change(data: dict) -> dict:
            if any(isinstance(f, dict) and f.get("id") == fact_id for f in data["facts"]):
                raise LitxError(Msg.E508, fact=fact_id)
            at = _insert_at(data["facts"], from_fact, ev_page, ev_sentence)
            data["facts"].insert(at, fact)
            return fact, [{"insert": fact, "at": at}]

        return self.folder.update(key, revision, change)

    def _where(self, data: dict, from_fact: Any, page: Any, sentence: Any, section: Any) -> dict:
        """The sentence a fact is added to: of ``from_fact``, or ``page`` + ``sentence`` given."""
        if from_fact is not None:
            _, source = find_fact(data, from_fact)
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
        layer, why = self.pdfs.text_layer(key, data)
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

    def sentences(self, key: str, page: Any) -> dict:
        """The sentences of ``page`` a fact can be added to: every sentence of the PDF's text
        layer printed on it (reference entries left out), or, without the PDF, those
        of the facts on it.  Each with its line boxes on the page and its number of facts."""
        loaded = self.folder.load(key)
        data = loaded.data
        doc = data.get("document") if isinstance(data.get("document"), dict) else {}
        pages = doc.get("pages") if isinstance(doc.get("pages"), int) else 0
        if not isinstance(page, int) or isinstance(page, bool) or not 1 <= page <= pages:
            raise LitxError(Msg.E505, detail=f"page {page} is not a page of this document (1–{pages})")
        counts: dict[str, int] = {}
        for f in data["facts"]:
            if isinstance(f, dict) and isinstance(f.get("evidence"), dict) and isinstance(f["evidence"].get("sentence"), str):
                counts[f["evidence"]["sentence"]] = counts.get(f["evidence"]["sentence"], 0) + 1
        layer, why = self.pdfs.text_layer(key, data)
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
                    "lang": ev.get("lang") if ev.get("lang") in ("zh", "en") else ("zh" if has_cjk(ev["sentence"]) else "en"),
                    "kind": None,
                    "facts": counts.get(ev["sentence"], 0),
                    "boxes": [],
                }
            )
        note = f"Only the sentences holding facts are listed: {why}."
        return {"page": page, "revision": loaded.revision, "from": "facts", "note": note, "sentences": out}

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
