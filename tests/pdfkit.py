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


def write_pdf(path: Path, *pages, size: tuple[float, float] = (595.0, 842.0)) -> Path:
    """A PDF with one page per function given; each draws on the reportlab
    canvas (``page(canvas)``), which is then shown as is."""
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=size)
    for draw in pages:
        draw(pdf)
        pdf.showPage()
    pdf.save()
    return path


def write_objects(path: Path, objects: list[bytes], root: int) -> Path:
    """A PDF file of numbered objects (1, 2, …) with a correct xref table;
    ``root`` is the number of the catalog."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, xref)
    path.write_bytes(bytes(out))
    return path
