"""Writers shared by the probe-set makers in eval/probes/ (policy33 onwards): plain text, text
PDFs with a running header (with or without a cover page), scanned pages drawn as images, and the
tail every split maker ends with (expected metadata and questions). Word files: fixture_docx.py.
Every writer takes the output folder first. The drawing is deterministic (fixed fonts, seeded
noise), so a maker rewrites the same files every run."""

import json
import os
import random

from fpdf import FPDF, FontFace
from PIL import Image, ImageDraw, ImageFilter, ImageFont

SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"


def write_text(out, name, text):
    with open(os.path.join(out, name), "w", encoding="utf-8") as f:
        f.write(text)


class GovPDF(FPDF):
    """A4 pages with a running header line over a rule and a centred 「— N —」 page number."""

    def __init__(self, running):
        super().__init__(format="A4")
        self.running = running
        self.add_font("serif", "", SERIF, collection_font_number=2)
        self.add_font("sans", "", SANS, collection_font_number=2)
        self.set_auto_page_break(True, margin=25)
        self.set_margins(25, 28, 25)

    def multi_cell(self, *a, **k):
        k.setdefault("new_x", "LMARGIN")
        k.setdefault("new_y", "NEXT")
        return super().multi_cell(*a, **k)

    def header(self):
        self.set_font("sans", "", 9)
        self.set_y(12)
        self.cell(0, 6, self.running, align="C")
        self.line(25, 19, 185, 19)
        self.set_y(28)

    def footer(self):
        self.set_y(-18)
        self.set_font("serif", "", 10)
        self.cell(0, 8, f"— {self.page_no()} —", align="C")


class CoverPDF(GovPDF):
    """A booklet: page 1 is a cover (no running header, no number); the printed page numbers
    start at 1 on the second page."""

    def header(self):
        if self.page_no() > 1:
            super().header()

    def footer(self):
        if self.page_no() > 1:
            self.set_y(-18)
            self.set_font("serif", "", 10)
            self.cell(0, 8, f"— {self.page_no() - 1} —", align="C")


def title_line(pdf, txt, gap=None):
    """A centred title in the sans face; `gap` a space drawn after choosing the face."""
    pdf.set_font("sans", "", 18)
    if gap:
        pdf.ln(gap)
    pdf.multi_cell(0, 11, txt, align="C")
    pdf.ln(3)


def right_line(pdf, txt, size, height):
    pdf.set_font("serif", "", size)
    pdf.cell(0, height, txt, align="R", new_x="LMARGIN", new_y="NEXT")


def body_line(pdf, kind, txt, body_size):
    """One line of a PDF body: h (centred heading), p (indented paragraph), cc (版记 line under
    a rule); returns False for a kind it does not draw."""
    if kind == "h":
        pdf.ln(2)
        pdf.set_font("sans", "", 13.5)
        pdf.multi_cell(0, 10, txt, align="C")
    elif kind == "p":
        pdf.set_font("serif", "", body_size)
        pdf.multi_cell(0, 8.2, "　　" + txt)
    elif kind == "cc":
        pdf.ln(3)
        pdf.set_font("serif", "", 11)
        pdf.line(25, pdf.get_y(), 185, pdf.get_y())
        pdf.multi_cell(0, 8, txt)
    else:
        return False
    return True


def make_text_pdf(out, name, running, top, body, body_size=12.5):
    """A text PDF under a running header: `top` lines (title/right/center/left), then `body`
    lines (h/p/sign/cc/table); returns the page count."""
    pdf = GovPDF(running)
    pdf.add_page()
    for kind, txt in top:
        if kind == "title":
            title_line(pdf, txt, 4)
        elif kind == "right":
            right_line(pdf, txt, 12, 8)
        elif kind == "center":
            pdf.set_font("serif", "", 12)
            pdf.multi_cell(0, 8, txt, align="C")
        elif kind == "left":
            pdf.set_font("serif", "", body_size)
            pdf.multi_cell(0, 8, txt)
    pdf.ln(4)
    for kind, txt in body:
        if body_line(pdf, kind, txt, body_size):
            continue
        if kind == "sign":
            right_line(pdf, txt, body_size, 8.2)
        elif kind == "table":
            pdf.set_font("serif", "", 11)
            with pdf.table(
                col_widths=(18, 52, 34, 22),
                text_align="CENTER",
                line_height=8,
                headings_style=FontFace(emphasis=""),
            ) as t:
                for r in txt:
                    row = t.row()
                    for c in r:
                        row.cell(c)
            pdf.ln(3)
    pdf.output(os.path.join(out, name))
    return pdf.page_no()


def make_cover_pdf(out, name, running, cover, top, body, body_size=12.5):
    """A text PDF with a cover page (`cover` lines: big/gap/other), the running header and the
    printed numbers from page 2; `body` lines h/title/p/right/cc. Returns the page count."""
    pdf = CoverPDF(running)
    pdf.add_page()
    pdf.set_y(60)
    for kind, txt in cover:
        if kind == "big":
            pdf.set_font("sans", "", 24)
            pdf.multi_cell(0, 16, txt, align="C")
            pdf.ln(40)
        elif kind == "gap":
            pdf.ln(int(txt))
        else:
            pdf.set_font("serif", "", 15)
            pdf.multi_cell(0, 10, txt, align="C")
            pdf.ln(6)
    pdf.add_page()
    for kind, txt in top:
        if kind == "title":
            title_line(pdf, txt, 4)
        elif kind == "center":
            pdf.set_font("serif", "", 12)
            pdf.multi_cell(0, 8, txt, align="C")
        elif kind == "left":
            pdf.set_font("serif", "", body_size)
            pdf.multi_cell(0, 8, txt)
        elif kind == "right":
            right_line(pdf, txt, body_size, 8.2)
    pdf.ln(4)
    for kind, txt in body:
        if body_line(pdf, kind, txt, body_size):
            continue
        if kind == "title":
            pdf.ln(6)
            title_line(pdf, txt)
        elif kind == "right":
            right_line(pdf, txt, body_size, 8.2)
    pdf.output(os.path.join(out, name))
    return pdf.page_no()


def font(path, size, idx=2):
    return ImageFont.truetype(path, size, index=idx)


def _wrap(draw, txt, face, width, indent=0):
    """Lines of `txt` no wider than `width` (the first `indent` narrower); a closing mark never
    starts a line."""
    out, cur = [], ""
    first = True
    for ch in txt:
        w = width - (indent if first else 0)
        if draw.textlength(cur + ch, font=face) > w and ch not in "，。；：、）》”":
            out.append(cur)
            cur = ch
            first = False
        else:
            cur += ch
    if cur:
        out.append(cur)
    return out


def _draw_grid(d, rows, y, margin, maxw):
    f = font(SERIF, 30)
    cw = maxw // len(rows[0])
    for r in rows:
        for j, c in enumerate(r):
            x0 = margin + j * cw
            d.rectangle((x0, y, x0 + cw, y + 56), outline=30, width=2)
            w = d.textlength(c, font=f)
            d.text((x0 + (cw - w) / 2, y + 10), c, font=f, fill=25)
        y += 56
    return y


def _scanner_noise(img, rnd, width, height):
    px = img.load()
    for _ in range(width * height // 250):
        x, yy = rnd.randrange(width), rnd.randrange(height)
        px[x, yy] = rnd.choice((170, 190, 210, 120))
    img = img.rotate(0.35, resample=Image.BICUBIC, fillcolor=250)
    return img.filter(ImageFilter.GaussianBlur(0.45))


def render_page(lines, width=1240, height=1754, seed=1, margin=120):
    """A scanned page (greyscale image): `lines` of kinds redtitle, rule, title, center, right,
    small, left, sign, p, grid (rows) and gap (pixels), then seeded scanner noise, a slight
    skew and blur."""
    rnd = random.Random(seed)
    img = Image.new("L", (width, height), 250)
    d = ImageDraw.Draw(img)
    body = font(SERIF, 34)
    y = 130
    maxw = width - 2 * margin
    for kind, txt in lines:
        if kind == "redtitle":
            f = font(SANS, 64, 2)
            w = d.textlength(txt, font=f)
            d.text(((width - w) / 2, y), txt, font=f, fill=40)
            y += 120
        elif kind == "rule":
            d.line((margin, y, width - margin, y), fill=30, width=4)
            y += 50
        elif kind == "title":
            f = font(SANS, 44, 2)
            w = d.textlength(txt, font=f)
            d.text(((width - w) / 2, y), txt, font=f, fill=20)
            y += 66
        elif kind in ("center", "right", "small", "left", "sign"):
            f = font(SERIF, 30 if kind == "small" else 34)
            w = d.textlength(txt, font=f)
            x = width - margin - w - 60  # right, sign
            if kind in ("center", "small", "left"):
                x = {"center": (width - w) / 2, "small": margin + 68, "left": margin}[kind]
            d.text((x, y), txt, font=f, fill=25)
            y += 58 if kind != "left" else 64
            if kind == "center" and y < 400:
                y += 10
        elif kind == "p":
            ind = 68
            for i, r in enumerate(_wrap(d, txt, body, maxw, ind)):
                d.text((margin + (ind if i == 0 else 0), y), r, font=body, fill=25)
                y += 56
            y += 8
        elif kind == "grid":
            y = _draw_grid(d, txt, y, margin, maxw)
        elif kind == "gap":
            y += int(txt)
    return _scanner_noise(img, rnd, width, height)


# ---- the tail of a split maker: expected metadata and questions ----


def expectation_base(split):
    """The fields every expected-metadata entry starts from (a maker overrides what it knows)."""
    return {
        "split": split,
        "doc_number": None,
        "issued_on": None,
        "effective_on": None,
        "published_on": None,
        "status": "current",
        "superseded_by": None,
        "pages": None,
    }


def question_maker(prefix, split):
    """q(i, question, facts, evidence, kind, doc=None, superseded=False, section=None) -> a
    probe row with id prefix+NN (as in eval/probes/*.jsonl)."""

    def q(i, question, facts, evidence, kind, doc=None, superseded=False, section=None):
        row = {
            "id": f"{prefix}{i:02d}",
            "lang": "zh",
            "question": question,
            "answerable": bool(facts),
            "facts": facts,
            "evidence": evidence,
            "split": split,
            "kind": kind,
        }
        if doc:
            row["doc"] = doc
            row["superseded"] = superseded
        if section:
            row["section"] = section
        return row

    return q


def write_expectations(here, set_name, split, expected, questions):
    """Put `expected` (file -> fields) into HERE/SET-metadata.json in place of that split's
    entries, keeping the other split's as they are without reading them out, and write the
    questions to HERE/SET-SPLIT.jsonl."""
    path = os.path.join(here, f"{set_name}-metadata.json")
    meta = {}
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            meta = json.load(f)
    meta = {k: v for k, v in meta.items() if v.get("split") != split}
    meta.update(expected)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(here, f"{set_name}-{split}.jsonl"), "w", encoding="utf-8") as f:
        for row in questions:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
