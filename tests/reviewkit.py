"""Synthetic extraction results for the review and export tests."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

from extractor.results import Fact, Result

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
        fact("ho-1", "hormone_change", s2, "FSH", page=2, citations=[{"marker": "3", "reference": "[3] Smith J. A study. 2020."}]),
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
