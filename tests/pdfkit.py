"""Small PDFs written on the spot for tests (reportlab)."""

from __future__ import annotations

from pathlib import Path


def write_lines_pdf(path: Path, lines: list[str], *, title: str | None = None) -> Path:
    """A one-page PDF with a bold title and one line of text per item."""
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path))
    y = 780
    if title:
        page.setFont("Helvetica-Bold", 14)
        page.drawString(72, y, title)
        y -= 40
    page.setFont("Helvetica", 10)
    for line in lines:
        page.drawString(72, y, line)
        y -= 14
    page.save()
    return path
