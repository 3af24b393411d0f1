"""policy53 writers shared by its held-out and tune makers (no document text here): policy33's
writers (now eval/probes/fixture_kit.py), plus a scanned page whose body runs in two columns and a text PDF with a cover page.
Loaded by eval/probes/policy53-make-heldout.py and policy53-make.py."""

import os
import random
from functools import partial
from types import SimpleNamespace

import docx
import fixture_docx as wd
import fixture_kit as kit

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "policy53-corpus")

# The kit's writers bound to this set's folder, under the names both makers call as `w.g.…`
# (one namespace, so the held-out maker, which is not opened again, needs no edit).
g = SimpleNamespace(
    docx=docx,
    para=wd.para,
    table=wd.table,
    write_text=partial(kit.write_text, OUT),
    make_text_pdf=partial(kit.make_text_pdf, OUT),
)


def two_column_page(top, left, right, seed=1, width=1240, height=1754, margin=110):
    """A scanned page: `top` lines across the page (as policy33's render_page kinds
    redtitle/title/center/left/rule/gap), then two columns of paragraphs (kind "p", "sign",
    "h") side by side, `left` then `right`."""
    from PIL import Image, ImageDraw, ImageFilter

    rnd = random.Random(seed)
    img = Image.new("L", (width, height), 250)
    d = ImageDraw.Draw(img)
    y = 120
    for kind, txt in top:
        if kind == "redtitle":
            f = kit.font(kit.SANS, 60, 2)
            w = d.textlength(txt, font=f)
            d.text(((width - w) / 2, y), txt, font=f, fill=40)
            y += 110
        elif kind == "title":
            f = kit.font(kit.SANS, 42, 2)
            w = d.textlength(txt, font=f)
            d.text(((width - w) / 2, y), txt, font=f, fill=20)
            y += 64
        elif kind in ("center", "left"):
            f = kit.font(kit.SERIF, 32)
            w = d.textlength(txt, font=f)
            x = (width - w) / 2 if kind == "center" else margin
            d.text((x, y), txt, font=f, fill=25)
            y += 60
        elif kind == "rule":
            d.line((margin, y, width - margin, y), fill=30, width=4)
            y += 40
        elif kind == "gap":
            y += int(txt)
    gutter = 60
    colw = (width - 2 * margin - gutter) // 2
    body = kit.font(kit.SERIF, 30)
    head = kit.font(kit.SANS, 31, 2)

    def wrap(txt, font, first_indent):
        out, cur, first = [], "", True
        for ch in txt:
            w = colw - (first_indent if first else 0)
            if d.textlength(cur + ch, font=font) > w and ch not in "，。；：、）》”":
                out.append(cur)
                cur, first = ch, False
            else:
                cur += ch
        if cur:
            out.append(cur)
        return out

    d.line((width // 2, y, width // 2, height - 160), fill=120, width=1)
    for col, items in enumerate((left, right)):
        x0 = margin + col * (colw + gutter)
        yy = y
        for kind, txt in items:
            if kind == "p":
                for i, r in enumerate(wrap(txt, body, 60)):
                    d.text((x0 + (60 if i == 0 else 0), yy), r, font=body, fill=25)
                    yy += 48
                yy += 6
            elif kind == "h":
                w = d.textlength(txt, font=head)
                d.text((x0 + (colw - w) / 2, yy), txt, font=head, fill=20)
                yy += 54
            elif kind == "sign":
                w = d.textlength(txt, font=body)
                d.text((x0 + colw - w - 20, yy), txt, font=body, fill=25)
                yy += 50
            elif kind == "gap":
                yy += int(txt)
    px = img.load()
    for _ in range(width * height // 250):
        x, yy = rnd.randrange(width), rnd.randrange(height)
        px[x, yy] = rnd.choice((170, 190, 210, 120))
    img = img.rotate(0.3, resample=Image.BICUBIC, fillcolor=250)
    return img.filter(ImageFilter.GaussianBlur(0.45))


def make_cover_pdf(name, running, cover, top, body):
    """cover: (kind, text) lines of the cover page ("big", "mid", "gap"), then the kit's text
    PDF lines from page 2 (top: title/center/left; body: h/p/sign, "page" a new page). The
    kit's make_cover_pdf sets its cover otherwise. Returns the page count."""
    pdf = kit.CoverPDF(running)
    pdf.add_page()
    pdf.set_y(60)
    for kind, txt in cover:
        if kind == "big":
            pdf.set_font("sans", "", 24)
            pdf.multi_cell(0, 16, txt, align="C")
        elif kind == "mid":
            pdf.set_font("serif", "", 15)
            pdf.multi_cell(0, 11, txt, align="C")
        elif kind == "gap":
            pdf.ln(int(txt))
    pdf.add_page()
    for kind, txt in top:
        if kind == "title":
            kit.title_line(pdf, txt, 4)
        elif kind == "center":
            pdf.set_font("serif", "", 12)
            pdf.multi_cell(0, 8, txt, align="C")
        elif kind == "left":
            pdf.set_font("serif", "", 12.5)
            pdf.multi_cell(0, 8, txt)
    pdf.ln(4)
    for kind, txt in body:
        if kit.body_line(pdf, kind, txt, 12.5):
            continue
        if kind == "sign":
            kit.right_line(pdf, txt, 12.5, 8.2)
        elif kind == "page":
            pdf.add_page()
    pdf.output(os.path.join(OUT, name))
    return pdf.page_no()


def save_split(split, entries, questions, qfile):
    """Write this split's expected metadata beside the other split's (left as they are, unread)
    and its questions."""
    import json

    path = os.path.join(HERE, "policy53-metadata.json")
    meta = json.load(open(path, encoding="utf-8")) if os.path.exists(path) else {}
    meta = {k: v for k, v in meta.items() if v.get("split") != split}
    meta.update(entries)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(HERE, qfile), "w", encoding="utf-8") as f:
        for row in questions:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


# the tune maker's question rows (ids p53tNN), as every later set's maker makes them
q = kit.question_maker("p53t", "tune")
