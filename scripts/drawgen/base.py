"""Helpers for writing the drawings as SVG Tiny 1.2 text (output is plain, hand-readable SVG)."""
from __future__ import annotations
import math
from pathlib import Path
from xml.sax.saxutils import escape

OUT = "#1d2733"; DET = "#56606b"; F1 = "#e8ecf0"; F2 = "#d3d9df"; ACC = "#c0392b"; TXT = "#2b333d"
DEST = Path(__file__).resolve().parents[2] / "resources" / "reference" / "drawings"
K = [1.0]  # stroke compensation inside scaled groups


def f(v: float) -> str:
    s = f"{v:.1f}"
    return s[:-2] if s.endswith(".0") else s


def P(d, fill=F1, w=2.0, stroke=OUT, extra=""):
    fl = f' fill-rule="evenodd"' if "evenodd" in extra else ""
    extra = extra.replace("evenodd", "")
    return (f'<path d="{d}" fill="{fill}" stroke="{stroke}" stroke-width="{f(w*K[0])}" '
            f'stroke-linejoin="round"{fl}{extra}/>')


def D(d, w=1.0, stroke=DET, fill="none"):
    return f'<path d="{d}" fill="{fill}" stroke="{stroke}" stroke-width="{f(w*K[0])}" stroke-linecap="round" stroke-linejoin="round"/>'


def L(x1, y1, x2, y2, w=1.0, c=DET):
    return f'<line x1="{f(x1)}" y1="{f(y1)}" x2="{f(x2)}" y2="{f(y2)}" stroke="{c}" stroke-width="{f(w*K[0])}" stroke-linecap="round"/>'


def C(cx, cy, r, fill=F1, w=2.0, stroke=OUT):
    st = f' stroke="{stroke}" stroke-width="{f(w*K[0])}"' if stroke != "none" else ' stroke="none"'
    return f'<circle cx="{f(cx)}" cy="{f(cy)}" r="{f(r)}" fill="{fill}"{st}/>'


def E(cx, cy, rx, ry, fill=F1, w=2.0, stroke=OUT):
    return f'<ellipse cx="{f(cx)}" cy="{f(cy)}" rx="{f(rx)}" ry="{f(ry)}" fill="{fill}" stroke="{stroke}" stroke-width="{f(w*K[0])}"/>'


def R(x, y, wd, ht, fill=F1, w=2.0, stroke=OUT, rx=0):
    r = f' rx="{f(rx)}"' if rx else ""
    return f'<rect x="{f(x)}" y="{f(y)}" width="{f(wd)}" height="{f(ht)}"{r} fill="{fill}" stroke="{stroke}" stroke-width="{f(w*K[0])}" stroke-linejoin="round"/>'


def T(x, y, text, anchor="start", size=12, fill=TXT, weight="", translate=True):
    """A text; translate=False for lettering drawn as it stands on the item (a headstamp, a stamp),
    which borderdesk.core.svg_labels never translates (W3C ITS: its:translate="no")."""
    wt = f' font-weight="{weight}"' if weight else ""
    its = "" if translate else ' its:translate="no"'
    return (f'<text x="{f(x)}" y="{f(y)}" font-family="DejaVu Sans" font-size="{size}"{wt} fill="{fill}" '
            f'text-anchor="{anchor}"{its}>{escape(text)}</text>')


def label(text, tx, ty, px, py, anchor="start", accent=False, size=12):
    """Short label at (tx, ty) with a thin leader to the point (px, py) on the drawing."""
    c = ACC if accent else DET
    w = 0.58 * size * len(text)   # DejaVu Sans averages a little under 0.6 em a letter
    left = tx if anchor == "start" else tx - w if anchor == "end" else tx - w / 2
    if anchor in ("start", "end") and left - 3 <= px <= left + w + 3:
        ex, ey = px, (ty - size - 1 if py < ty else ty + 4)   # target straight above or below the text
    elif anchor in ("start", "end"):
        ex, ey = (left - 3, ty - 4) if px < left else (left + w + 3, ty - 4)
    else:
        ex, ey = (tx, ty + 4) if ty < py else (tx, ty - size - 1)
    return "\n".join([
        f'<line x1="{f(ex)}" y1="{f(ey)}" x2="{f(px)}" y2="{f(py)}" stroke="{c}" stroke-width="1"/>',
        f'<circle cx="{f(px)}" cy="{f(py)}" r="2" fill="{c}" stroke="none"/>',
        T(tx, ty, text, anchor, size, ACC if accent else TXT),
    ])


def hatch(poly, spacing=5.0, angle=45.0, w=0.8, c=DET):
    """Parallel lines inside a polygon (scanline clip, works for any simple polygon)."""
    a = math.radians(angle)
    ca, sa = math.cos(a), math.sin(a)
    rot = [(x * ca + y * sa, -x * sa + y * ca) for x, y in poly]
    vs = [v for _, v in rot]
    out = []
    v = min(vs) + spacing / 2
    while v < max(vs):
        xs = []
        n = len(rot)
        for i in range(n):
            (u1, v1), (u2, v2) = rot[i], rot[(i + 1) % n]
            if (v1 <= v < v2) or (v2 <= v < v1):
                xs.append(u1 + (v - v1) * (u2 - u1) / (v2 - v1))
        xs.sort()
        for j in range(0, len(xs) - 1, 2):
            u1, u2 = xs[j], xs[j + 1]
            p1 = (u1 * ca - v * sa, u1 * sa + v * ca)
            p2 = (u2 * ca - v * sa, u2 * sa + v * ca)
            out.append(f"M{f(p1[0])},{f(p1[1])} L{f(p2[0])},{f(p2[1])}")
        v += spacing
    if not out:
        return ""
    return f'<path d="{" ".join(out)}" fill="none" stroke="{c}" stroke-width="{f(w*K[0])}"/>'


def poly_d(pts, close=True):
    d = "M" + " L".join(f"{f(x)},{f(y)}" for x, y in pts)
    return d + (" Z" if close else "")


def G(body, dx=0.0, dy=0.0, s=1.0, extra=""):
    """A group moved and scaled; callers build body with K set to 1/s so strokes keep their width."""
    tr = []
    if dx or dy:
        tr.append(f"translate({f(dx)},{f(dy)})")
    if s != 1.0:
        tr.append(f"scale({s:g})")
    t = f' transform="{" ".join(tr)}"' if tr else ""
    return f"<g{t}{extra}>\n{body}\n</g>"


def scaled(fn, s, *a, **kw):
    old = K[0]
    K[0] = 1.0 / s
    try:
        return fn(*a, **kw)
    finally:
        K[0] = old


def write(name, title, desc, parts):
    body = "\n".join(p for p in parts if p)
    # The ITS namespace only where a text is marked not to be translated.
    its = ' xmlns:its="http://www.w3.org/2005/11/its" its:version="2.0"' if "its:translate" in body else ""
    text = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<svg xmlns="http://www.w3.org/2000/svg"{its} version="1.2" baseProfile="tiny" '
        'width="480" height="320" viewBox="0 0 480 320">\n'
        f"<title>{escape(title)}</title>\n<desc>{escape(desc)}</desc>\n"
        "<!-- Made for borderdesk; same licence as the project (see README.md). -->\n"
        f"{body}\n</svg>\n"
    )
    (DEST / f"{name}.svg").write_text(text, encoding="utf-8")


def paper():
    """An opaque sheet, so the drawing reads on a dark window theme too."""
    return '<rect x="0" y="0" width="480" height="320" fill="#ffffff" stroke="none"/>'


def detail_view(parts_fn, src, dst, title="", src_offset=(0, 0)):
    """A magnified detail: (under, over). `under` goes right after paper(), `over` after the main drawing.

    SVG Tiny has no clipPath, so the magnified copy is drawn first and white sheets cover what falls outside
    its box; the main drawing (which must stay clear of the box) is drawn over those sheets."""
    sx, sy, sw, sh = src
    dx, dy, dw, dh = dst
    s = dw / sw
    body = scaled(lambda: "\n".join(parts_fn()), s)
    under = [G(body, dx - sx * s, dy - sy * s, s)]
    for x, y, w, h in ((0, 0, 480, dy), (0, dy + dh, 480, 320), (0, dy, dx, dh), (dx + dw, dy, 480, dh)):
        if w > 0 and h > 0:
            under.append(f'<rect x="{f(x)}" y="{f(y)}" width="{f(w)}" height="{f(h)}" fill="#ffffff" stroke="none"/>')
    ox, oy = src_offset
    over = [R(dx, dy, dw, dh, "none", 1, DET),
            R(sx + ox, sy + oy, sw, sh, "none", 1, DET).replace("/>", ' stroke-dasharray="4,3"/>')]
    if title:
        over.append(T(dx + dw, dy - 5, title, "end", size=11, fill=DET))
    return under, over
