"""The text layer as a person reads it (text) or a program does (JSON)."""

from __future__ import annotations

from typing import Any

from ..version import PARSER_NAME
from .document import BlockKind, Document


def to_text(doc: Document) -> str:
    """Markdown-flavoured reading text: headings with ``#``, one blank line
    between paragraphs, table rows as ``| a | b |``, references as a list."""
    out: list[str] = []
    for block in doc.blocks:
        if block.kind is BlockKind.HEADING:
            out.append("#" * max(1, min(block.level + 1, 6)) + " " + block.text)
        elif block.kind is BlockKind.TABLE:
            out.append("| " + block.text + " |")
            continue  # rows of one table stay together
        elif block.kind is BlockKind.REFERENCE:
            out.append("- " + block.text)
            continue
        else:
            out.append(block.text)
        out.append("")
    text = "\n".join(out)
    return _tidy(text) + "\n"


def _tidy(text: str) -> str:
    # a table or list ends with a blank line before the next paragraph
    lines = text.split("\n")
    tidy: list[str] = []
    for line in lines:
        if tidy and tidy[-1].startswith(("| ", "- ")) and line and not line.startswith(tidy[-1][:2]):
            tidy.append("")
        tidy.append(line)
    return "\n".join(tidy).strip()


def to_json(doc: Document, *, char_boxes: bool = True) -> dict[str, Any]:
    """Pages, sections, blocks and sentences with their boxes.

    ``boxes`` are line pieces ([page, x0, top, x1, bottom]); ``char_boxes``
    has one entry per character of the sentence (null where the layout
    inserted the character), so any span can be highlighted.
    """
    blocks = []
    for block in doc.blocks:
        sentences = []
        for s in block.sentences:
            item: dict[str, Any] = {
                "text": s.text,
                "page": s.page,
                "lang": s.lang.value,
                "section": s.section,
                "start": s.start,
                "boxes": [list(b) for b in s.boxes.span()],
            }
            if char_boxes:
                item["char_boxes"] = [
                    None if b is None else [b[0], round(b[1], 1), round(b[2], 1), round(b[3], 1), round(b[4], 1)]
                    for b in s.boxes
                ]
            sentences.append(item)
        blocks.append(
            {
                "index": block.index,
                "kind": block.kind.value,
                "level": block.level,
                "page": block.page,
                "rotation": block.rotation,
                "section": block.section,
                "lang": block.lang.value,
                "text": block.text,
                "sentences": sentences,
            }
        )
    return {
        "parser": PARSER_NAME,
        "document": {
            "path": doc.path,
            "sha256": doc.sha256,
            "pages": doc.pages,
            "languages": doc.languages,
            "title": doc.title,
            "ocr_pages": doc.ocr_pages,
        },
        "sections": [
            {"title": s.title, "level": s.level, "page": s.page, "kind": s.kind} for s in doc.sections
        ],
        "furniture": [{"page": f.page, "position": f.position, "text": f.text} for f in doc.furniture],
        "blocks": blocks,
        "warnings": doc.warnings,
    }
