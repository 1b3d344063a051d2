#!/usr/bin/python3
"""Typesets articles.json into multi-column newspaper-like PDF pages and extracts them with
pdftotext, default and -layout, producing the layout-repair fixtures.

Needs Debian packages python3-reportlab, fonts-wqy-microhei and poppler-utils. Run from this
folder; writes ../resources/dev/banmian/extract/layout/pdftotext/page-{2,3}col{,-layout}.txt.
"""
import json
import os
import subprocess
import tempfile

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../resources/dev/banmian/extract/layout/pdftotext")
CLOSERS = "，。、；：？！”’）》"

pdfmetrics.registerFont(TTFont("Hei", FONT, subfontIndex=0))


def wrap(text, first, rest):
    """Breaks text into lines of `first` then `rest` characters, never starting a line with a closer."""
    lines, i, width = [], 0, first
    while i < len(text):
        j = min(len(text), i + width)
        while j < len(text) and text[j] in CLOSERS:
            j += 1
        lines.append(text[i:j])
        i, width = j, rest
    return lines


def page(articles, header, ncols, path, h=842):
    """Draws the page; returns the number of columns used (more than ncols means it did not fit)."""
    w = 595
    margin, gutter = 40, 18
    colw = (w - 2 * margin - (ncols - 1) * gutter) / ncols
    body, lead = 10.0, 14.0
    cpl = int(colw // body)
    c = canvas.Canvas(path, pagesize=(w, h))
    c.setFont("Hei", 9)
    c.drawString(margin, h - margin, header)
    top = h - margin - 30
    bottom = margin
    col, y = 0, top

    def emit(text, size, indent=0.0, advance=None):
        nonlocal col, y
        step = advance or size * 1.4
        if y - step < bottom:
            col, y = col + 1, top
        c.setFont("Hei", size)
        c.drawString(margin + col * (colw + gutter) + indent, y - size, text)
        y -= step

    for a in articles:
        for line in wrap(a["headline"], int(colw // 15), int(colw // 15)):
            emit(line, 15)
        y -= 4
        emit(a["byline"], 9)
        y -= 4
        for p in a["paragraphs"]:
            lines = wrap(p, cpl - 2, cpl)
            for k, line in enumerate(lines):
                emit(line, body, indent=2 * body if k == 0 else 0, advance=lead)
        y -= lead
    c.save()
    return col + 1


def fitted(articles, header, ncols, path):
    """Typesets with the smallest page height at which the articles fill exactly ncols columns."""
    h = 300
    while page(articles, header, ncols, path, h) > ncols:
        h += 10
    return h


def main():
    spec = json.load(open(os.path.join(OUT, "articles.json"), encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        for ncols in (2, 3):
            pdf = os.path.join(tmp, f"p{ncols}.pdf")
            fitted(spec["articles"], spec["header"], ncols, pdf)
            for mode, args in (("", []), ("-layout", ["-layout"])):
                out = os.path.join(OUT, f"page-{ncols}col{mode}.txt")
                subprocess.run(["pdftotext", "-enc", "UTF-8", *args, pdf, out], check=True)


if __name__ == "__main__":
    main()
