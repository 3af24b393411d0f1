"""Scanned pages in colour for the probe-set makers (policy60 onwards): a red 版头 set large and
letter-spaced as a 红头文件 prints it, a red seal over the 落款, small 抄送 lines, then what a
phone photo or a tight scan does to a page — cut at the paper's edge (text touching the image's
border) and a slight rotation. Deterministic (fixed fonts, seeded noise) like fixture_kit."""

import random

import fixture_kit as kit
from PIL import Image, ImageDraw, ImageFilter

RED = (205, 24, 28)
INK = (28, 28, 28)
PAPER = (250, 250, 248)


def _spaced(d, txt, face, width, spacing):
    """x of each character of `txt` centred on the page with `spacing` px between characters."""
    widths = [d.textlength(c, font=face) for c in txt]
    total = sum(widths) + spacing * (len(txt) - 1)
    x = (width - total) / 2
    out = []
    for w in widths:
        out.append(x)
        x += w + spacing
    return out


def render(lines, width=1240, height=1754, seed=1, margin=120, top=120):
    """A colour page: `lines` of kinds
    banner (txt, size, spacing): the red 版头, its characters spread;
    redrule: the red line under the 版头 and 文号;
    number, title, center, sign (right), p (paragraph), small (抄送/印发 lines, small type),
    seal (a red ring drawn over the last lines), gap (pixels)."""
    rnd = random.Random(seed)
    img = Image.new("RGB", (width, height), PAPER)
    d = ImageDraw.Draw(img)
    body = kit.font(kit.SERIF, 34)
    y = top
    maxw = width - 2 * margin
    for kind, *arg in lines:
        if kind == "banner":
            txt, size, spacing = arg
            size = min(size, int((width - 2 * margin + 60) / len(txt)) - spacing)
            face = kit.font(kit.SERIF, size, 2)
            for c, x in zip(txt, _spaced(d, txt, face, width, spacing)):
                d.text((x, y), c, font=face, fill=RED)
            y += int(size * 1.5)
        elif kind == "redrule":
            d.line((margin - 20, y, width - margin + 20, y), fill=RED, width=5)
            y += 46
        elif kind in ("number", "center"):
            face = kit.font(kit.SERIF, 32)
            w = d.textlength(arg[0], font=face)
            d.text(((width - w) / 2, y), arg[0], font=face, fill=INK)
            y += 60
        elif kind == "title":
            face = kit.font(kit.SANS, 44, 2)
            w = d.textlength(arg[0], font=face)
            d.text(((width - w) / 2, y), arg[0], font=face, fill=INK)
            y += 66
        elif kind == "sign":
            w = d.textlength(arg[0], font=body)
            d.text((width - margin - w - 60, y), arg[0], font=body, fill=INK)
            y += 58
        elif kind == "p":
            ind = 68
            for i, r in enumerate(kit._wrap(d, arg[0], body, maxw, ind)):
                d.text((margin + (ind if i == 0 else 0), y), r, font=body, fill=INK)
                y += 56
            y += 8
        elif kind == "left":
            d.text((margin, y), arg[0], font=body, fill=INK)
            y += 58
        elif kind == "small":
            face = kit.font(kit.SERIF, 22)
            d.text((margin + 20, y), arg[0], font=face, fill=INK)
            y += 36
        elif kind == "thinrule":
            d.line((margin, y, width - margin, y), fill=INK, width=2)
            y += 14
        elif kind == "seal":
            cx, cy, r = width - margin - 200, y - 130, 105
            d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=RED, width=6)
        elif kind == "gap":
            y += int(arg[0])
    px = img.load()
    for _ in range(width * height // 300):
        x, yy = rnd.randrange(width), rnd.randrange(height)
        g = rnd.choice((170, 190, 210, 130))
        px[x, yy] = (g, g, g)
    return img.filter(ImageFilter.GaussianBlur(0.45))


def rotate(img, degrees):
    """The page turned slightly, as a sheet fed askew (the corners filled with paper)."""
    return img.rotate(degrees, resample=Image.BICUBIC, expand=False, fillcolor=PAPER)


def cut_to_text(img, pad=(2, 2, 2, 2), ink=120):
    """The page cut tight around its ink (left, top, right, bottom pixels kept beyond it, may be
    negative: the text itself cut), as a photo cropped to the text or a scan cut at the paper's
    edge: the outer lines touch the image's border."""
    grey = img.convert("L").point(lambda v: 255 if v < ink else 0)
    x0, y0, x1, y1 = grey.getbbox()
    left, top, right, bottom = pad
    return img.crop((max(0, x0 - left), max(0, y0 - top), x1 + right, y1 + bottom))
