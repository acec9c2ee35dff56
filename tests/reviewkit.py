"""Synthetic extraction results for the review and export tests."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

from extractor.facts.results import Fact, Result

ROOT = Path(__file__).resolve().parents[1]
PAPERS = ROOT / "corpus" / "papers"

VALUES = {
    "cell_type": {"id": "umbilical_cord_msc", "label": "umbilical cord MSCs"},
    "dose": {"value": 5000000.0, "unit": "cells", "per": "ovary"},
    "route": {"id": "intraovarian_injection", "guidance": "transvaginal_ultrasound"},
    "sessions": {"count": 2},
    "hormone_change": {"hormone": "FSH", "direction": "decrease"},
    "sample_size": {"n": 61, "unit": "patients"},
}


def fact(
    fid: str,
    ftype: str,
    sentence: str,
    text: str,
    *,
    page: int = 1,
    value: dict | None = None,
    review: dict | None = None,
    boxes: list | None = None,
    **extra,
) -> dict:
    start = sentence.index(text)
    raw = {
        "id": fid,
        "type": ftype,
        "value": value if value is not None else VALUES[ftype],
        "text": text,
        "evidence": {
            "page": page,
            "sentence": sentence,
            "start": start,
            "end": start + len(text),
            "lang": "en",
            "section": "Methods",
            "boxes": boxes if boxes is not None else [[page, 100.0, 200.0, 160.0, 210.0]],
        },
        "rule": f"{ftype}.test",
        "review": review or {"status": "pending"},
        **extra,
    }
    out = Fact.model_validate(raw).model_dump(mode="json")
    out["review"] = raw["review"]  # as written, extra fields and all
    return out


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def result(facts: list[dict], *, path: str = "papers/x.pdf", sha: str = "0" * 64, pages: int = 2, title: str = "A trial") -> dict:
    data = {
        "schema_version": "1",
        "document": {"path": path, "sha256": sha, "pages": pages, "languages": ["en"], "title": title},
        "facts": facts,
        "warnings": [],
    }
    Result.model_validate(data)  # a valid contract result
    return data


def write(path: Path, data: dict) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path


def sample_facts() -> list[dict]:
    s1 = "Each ovary received 5×10^6 cells of umbilical cord MSCs by intraovarian injection."
    s2 = "FSH decreased after two injections in 61 patients."
    s3 = "No <script>alert(1)</script> & no FSH increase was seen."
    return [
        fact("ce-1", "cell_type", s1, "umbilical cord MSCs", boxes=[[1, 300.0, 120.0, 400.0, 131.0]]),
        fact("do-1", "dose", s1, "5×10^6 cells", cell_type="ce-1", boxes=[[1, 180.0, 120.0, 240.0, 131.0]]),
        fact("ro-1", "route", s1, "intraovarian injection"),
        fact("ho-1", "hormone_change", s2, "FSH", page=2, citations=[{"marker": "3", "reference": "[3] Smith J. A study. 2020."}],
             study=["3"]),
        fact("se-1", "sessions", s2, "two injections", page=2),
        fact("sa-1", "sample_size", s2, "61 patients", page=2),
        fact(
            "ho-2",
            "hormone_change",
            s3,
            "FSH",
            page=2,
            value={"hormone": "FSH", "direction": "increase"},
            context={"negated": True, "hedged": False, "species": "human"},
        ),
    ]


def sample_out(tmp: Path, *, with_pdf: bool = True) -> tuple[Path, Path]:
    """(out_dir, pdf_dir): one result ``trial.json`` whose PDF is a copy of a sample paper."""
    out, pdfs = tmp / "out", tmp / "pdfs"
    pdfs.mkdir(parents=True, exist_ok=True)
    pdf = pdfs / "papers" / "trial.pdf"
    pdf.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(PAPERS / "en01_trial_two_column.pdf", pdf)
    data = result(sample_facts(), path="papers/trial.pdf", sha=sha256(pdf), title="A <b>trial</b> of <script>x()</script>")
    write(out / "trial.json", data)
    if not with_pdf:
        pdf.unlink()
    return out, pdfs


# ---------------------------------------------------------------- a PDF of our own, and its result
#
# A small two-page paper typeset here (invented text), parsed with the
# extractor's text layer; its result holds a few facts built from that text
# layer (as `litx extract` builds them, without depending on the rules), so
# that some sentences hold facts and others hold none.

OWN_PAGES: list[list[tuple[str, str]]] = [
    [
        ("title", "Stromal Cells for Failing Ovaries: An Open Pilot Study"),
        ("heading", "Methods"),
        (
            "body",
            "Forty women with premature ovarian insufficiency took part in this open pilot study. "
            "Each participant received ten million umbilical cord stromal cells into each ovary by a "
            "needle passed under transvaginal ultrasound guidance in a short day-case procedure. "
            "The injections were given twice, four weeks apart.",
        ),
    ],
    [
        ("heading", "Results"),
        (
            "body",
            "Serum FSH fell in twenty-two of the forty women within three months. "
            "Nine women reported mild pelvic discomfort on the day after an injection. "
            "No serious adverse event occurred during the study period.",
        ),
        ("body_zh", "治疗三个月后，十二名患者的雌二醇水平明显升高。随访期间未见严重不良反应。"),
    ],
]

#: (fact id, type, text of the fact, a piece of its sentence, value)
OWN_FACTS = [
    ("own-sa", "sample_size", "Forty women", "took part", {"n": 40, "unit": "patients"}),
    ("own-ce", "cell_type", "umbilical cord stromal cells", "ten million", {"id": "umbilical_cord_msc", "label": "umbilical cord stromal cells"}),
    ("own-ro", "route", "into each ovary", "ten million", {"id": "intraovarian_injection", "guidance": None}),
    ("own-ho", "hormone_change", "Serum FSH fell", "twenty-two", {"hormone": "FSH", "direction": "decrease"}),
]


def make_own_pdf(path: Path, password: str | None = None, *, owner_only: bool = False) -> Path:
    """Typeset :data:`OWN_PAGES` (A4, one column, Times 11 pt; Chinese in STSong-Light),
    encrypted with user ``password`` if given (``owner_only``: an empty user password)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path.parent.mkdir(parents=True, exist_ok=True)
    encrypt = None
    if password or owner_only:
        encrypt = StandardEncryption("" if owner_only else password, ownerPassword=(password or "") + "-owner", strength=128)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1, encrypt=encrypt)
    width, height = A4
    left, measure = 72.0, 300.0
    for page in OWN_PAGES:
        y = height - 90.0
        for kind, text in page:
            font, size = {"title": ("Times-Bold", 15), "heading": ("Times-Bold", 12)}.get(kind, ("Times-Roman", 11))
            if kind == "body_zh":
                font = "STSong-Light"
            lines, line = [], ""
            pieces = list(text) if kind == "body_zh" else text.split(" ")
            glue = "" if kind == "body_zh" else " "
            for piece in pieces:
                trial = f"{line}{glue}{piece}" if line else piece
                if pdfmetrics.stringWidth(trial, font, size) > measure and line:
                    lines.append(line)
                    line = piece
                else:
                    line = trial
            lines.append(line)
            for text_line in lines:
                c.setFont(font, size)
                c.drawString(left, y, text_line)
                y -= size * 1.35
            y -= size * 1.2
        c.showPage()
    c.save()
    return path


def own_result(pdf: Path, *, password: str | None = None, key_path: str | None = None) -> dict:
    """The result of :func:`make_own_pdf`'s PDF: :data:`OWN_FACTS` with the evidence
    (page, sentence, span, section, boxes) the extractor's text layer gives them."""
    from extractor.layout.textlayer import parse_pdf

    doc = parse_pdf(pdf, password=password)
    sentences = list(doc.sentences())
    facts = []
    for fid, ftype, text, near, value in OWN_FACTS:
        s = next(s for s in sentences if text in s.text and near in s.text)
        start = s.text.index(text)
        end = start + len(text)
        boxes = [list(b) for b in s.span_boxes(start, end)]
        raw = {
            "id": fid,
            "type": ftype,
            "value": value,
            "text": text,
            "evidence": {
                "page": int(boxes[0][0]),
                "sentence": s.text,
                "start": start,
                "end": end,
                "lang": s.lang.value,
                "section": s.section,
                "boxes": boxes,
            },
            "rule": f"{ftype}.test",
        }
        facts.append(Fact.model_validate(raw).model_dump(mode="json"))
    return result(facts, path=key_path or str(pdf), sha=sha256(pdf), pages=doc.pages, title=doc.title or "own")


def own_out(tmp: Path, *, password: str | None = None, owner_only: bool = False) -> tuple[Path, Path]:
    """(out_dir, pdf_dir): ``own.json`` over ``pdfs/own.pdf`` (encrypted with ``password`` if given;
    ``owner_only``: readable without a password)."""
    out, pdfs = tmp / "out", tmp / "pdfs"
    pdf = make_own_pdf(pdfs / "own.pdf", password, owner_only=owner_only)
    write(out / "own.json", own_result(pdf, password=None if owner_only else password, key_path="own.pdf"))
    return out, pdfs


# ---------------------------------------------------------------- what is on disk
#
# A decision is saved as a line of the result's decision log, folded into
# the result now and then: on disk, a result is its file with its log applied.


def on_disk(path: Path) -> dict:
    """The result file ``path`` as every reader reads it: with its logged decisions."""
    from extractor.output.reviewed import with_decision_log

    return with_decision_log(path, json.loads(path.read_text(encoding="utf-8")))


def disk_bytes(path: Path) -> bytes:
    """The bytes of the result file and of its decision log (what a refused write must leave alone)."""
    from extractor.output.reviewed import decision_log_path

    log = decision_log_path(path)
    return path.read_bytes() + b"\0" + (log.read_bytes() if log.exists() else b"")


def revision_on_disk(path: Path) -> str:
    """The revision a fresh reader gives the result at ``path`` (file and log)."""
    from extractor.review.resultfolder import ResultFolder

    folder = ResultFolder(path.parent)
    return folder.load(path.stem).revision


# ---------------------------------------------------------------- a long document of our own
#
# BIG_PAGES pages typeset here (invented text, one sentence a line), with a
# result whose facts carry the boxes reportlab put their characters in: the
# size of a long review (~1,300 facts, ~900 kB of JSON), built in a second,
# without parsing 300 pages.

BIG_PAGES = 300
_BIG_LINES = [
    ("In cohort {p}.{k}, forty women took part in the open study of this page.", "forty women", "sample_size", {"n": 40, "unit": "patients"}),
    ("Each ovary of cohort {p}.{k} received 5×10^6 cells in a day-case procedure.", "5×10^6 cells", "dose", {"value": 5000000.0, "unit": "cells", "per": "ovary"}),
    ("The cells were umbilical cord MSCs grown for cohort {p}.{k} under one protocol.", "umbilical cord MSCs", "cell_type", {"id": "umbilical_cord_msc", "label": "umbilical cord MSCs"}),
    ("They reached the ovary by intraovarian injection in cohort {p}.{k} alone.", "intraovarian injection", "route", {"id": "intraovarian_injection", "guidance": None}),
    ("Serum FSH fell within three months in cohort {p}.{k} of the trial.", "FSH", "hormone_change", {"hormone": "FSH", "direction": "decrease"}),
    ("Cohort {p}.{k} had two injections, four weeks apart, as planned.", "two injections", "sessions", {"count": 2}),
    ("No serious adverse event was seen in cohort {p}.{k} during follow-up.", None, None, None),
]
BIG_LEFT, BIG_SIZE, BIG_LEADING = 60.0, 11.0, 22.0


def make_big_pdf(path: Path, pages: int = BIG_PAGES) -> Path:
    """Typeset the long document: per page a heading and two blocks of :data:`_BIG_LINES`."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for p, lines in enumerate(_big_page_lines(pages), start=1):
        c.setFont("Times-Bold", 13)
        c.drawString(BIG_LEFT, A4[1] - 60.0, f"Part {p}")
        for text, y in lines:
            c.setFont("Times-Roman", BIG_SIZE)
            c.drawString(BIG_LEFT, y, text)
        c.showPage()
    c.save()
    return path


def _big_page_lines(pages: int):
    from reportlab.lib.pagesizes import A4

    for p in range(1, pages + 1):
        out = []
        y = A4[1] - 100.0
        for block in range(2):
            for line, *_ in _BIG_LINES:
                out.append((line.format(p=p, k=block + 1), y))
                y -= BIG_LEADING
            y -= BIG_LEADING / 2
        yield out


def big_result(pdf: Path, pages: int = BIG_PAGES, *, key_path: str = "big.pdf") -> dict:
    """The result of :func:`make_big_pdf`'s PDF: one fact per line that holds one, boxed
    where reportlab drew its characters (top-down page space, as pdfplumber's)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics

    height = A4[1]
    face = pdfmetrics.getFont("Times-Roman").face
    ascent, descent = face.ascent * BIG_SIZE / 1000, face.descent * BIG_SIZE / 1000
    facts = []
    for p, lines in enumerate(_big_page_lines(pages), start=1):
        for i, (text, y) in enumerate(lines):
            _, mention, ftype, value = _BIG_LINES[i % len(_BIG_LINES)]
            if mention is None or i >= len(_BIG_LINES) or (i + p) % 3 == 0:
                continue  # facts in the first block of a page, on two lines of three
            start = text.index(mention)
            x0 = BIG_LEFT + pdfmetrics.stringWidth(text[:start], "Times-Roman", BIG_SIZE)
            x1 = x0 + pdfmetrics.stringWidth(mention, "Times-Roman", BIG_SIZE)
            box = [p, round(x0, 2), round(height - y - ascent, 2), round(x1, 2), round(height - y - descent, 2)]
            facts.append({
                "id": f"b{p:03d}-{i:02d}",
                "type": ftype,
                "value": value,
                "text": mention,
                "evidence": {"page": p, "sentence": text, "start": start, "end": start + len(mention), "lang": "en",
                             "section": "Results", "boxes": [box]},
                "rule": f"{ftype}.test",
                "confidence": 0.9,
                "context": {"negated": False, "hedged": False, "species": "human"},
                "citations": [],
            })
    checked = [Fact.model_validate(f).model_dump(mode="json") for f in facts]
    return result(checked, path=key_path, sha=sha256(pdf), pages=pages, title="A long trial of our own")
