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


def write_content_pdf(path: Path, contents: list[bytes], *, rotate: int = 0, size: tuple[int, int] = (595, 842)) -> Path:
    """A PDF with one page per content stream given, written by hand (for
    what reportlab will not draw: a font size of 0, a zero text matrix),
    with Helvetica as /F1 and the page's ``/Rotate``."""
    pages = len(contents)
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(pages)).encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    for i, stream in enumerate(contents):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Rotate %d /Resources << /Font << /F1 3 0 R >> >> "
            b"/Contents %d 0 R >>" % (size[0], size[1], rotate, 5 + 2 * i)
        )
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
    return write_objects(path, objects, root=1)
