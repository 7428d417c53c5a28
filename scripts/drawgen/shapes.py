"""Reusable outlines in their own 480x320 coordinates (muzzle to the right: the right-hand side view)."""
from __future__ import annotations
from base import *


def inset(poly, d):
    """Offset a convex polygon (clockwise or not) inward by d."""
    n = len(poly)
    cx = sum(p[0] for p in poly) / n; cy = sum(p[1] for p in poly) / n
    lines = []
    for i in range(n):
        (x1, y1), (x2, y2) = poly[i], poly[(i + 1) % n]
        dx, dy = x2 - x1, y2 - y1; ln = math.hypot(dx, dy)
        nx, ny = -dy / ln, dx / ln
        mx, my = (x1 + x2) / 2, (y1 + y2) / 2
        if (cx - mx) * nx + (cy - my) * ny < 0:
            nx, ny = -nx, -ny
        lines.append(((x1 + nx * d, y1 + ny * d), (dx, dy)))
    out = []
    for i in range(n):
        (p, r), (q, s) = lines[i - 1], lines[i]
        den = r[0] * s[1] - r[1] * s[0]
        t = ((q[0] - p[0]) * s[1] - (q[1] - p[1]) * s[0]) / den
        out.append((p[0] + t * r[0], p[1] + t * r[1]))
    return out


def checkering(poly, spacing=6.0):
    return hatch(poly, spacing, 60, 0.6) + hatch(poly, spacing, -60, 0.6)


# ---------------------------------------------------------------- self-loading pistol
PISTOL_GRIP = [(236, 158), (197, 275), (93, 241), (128, 130)]


def pistol_frame(fill=F1, hammer=True, extra_parts=True):
    p = []
    frame = ("M124,112 L392,112 L392,124 Q392,128 388,128 L322,128 Q318,142 315,158 Q311,172 294,172 "
             "L254,172 Q240,172 236,158 L197,275 L93,241 L128,130 Q116,127 109,121 Q108,114 116,112 Z "
             "M304,130 Q302,150 299,157 Q296,164 286,164 L256,164 Q246,164 244,152 L242,130 Z")
    p.append(P(frame, fill, extra="evenodd"))
    panel = inset(PISTOL_GRIP, 11)
    p.append(P(poly_d(panel), F2, 1.0, DET))
    p.append(checkering(inset(PISTOL_GRIP, 17)))
    # magazine base plate
    p.append(P("M93,241 L197,275 L195,283 Q194,286 190,285 L92,253 Q88,251 89,248 Z", F2, 2))
    # trigger
    p.append(P("M266,131 Q278,146 271,159 Q268,161 266,158 Q270,146 259,133 Z", F2, 1.5))
    if extra_parts:
        p.append(R(227, 134, 10, 12, F2, 1.2, DET, rx=2))          # magazine catch
        p.append(C(332, 120, 3, "none", 1, DET))                  # takedown pin
        p.append(C(276, 120, 2.5, "none", 1, DET))                # trigger pin
    return p


def pistol_hammer():
    return [P("M126,112 L120,100 Q112,90 104,92 Q101,96 106,100 L112,106 L116,116 Z", F2, 1.5),
            D("M106,96 L110,94 M104,99 L108,97")]


def pistol_safety():
    return [P("M134,119 Q134,114 140,114 L160,115 Q164,117 160,121 L142,124 Q134,125 134,119 Z", F2, 1.2),
            C(140, 119, 2, "none", 1, DET)]


def pistol_slide(fill=F1, port=True):
    p = [P("M118,74 L392,74 Q400,74 400,82 L400,104 Q400,112 392,112 L124,112 L118,106 Z", fill)]
    p.append(P("M126,74 L127,67 L139,67 L140,74", fill, 1.5))    # rear sight
    p.append(P("M383,74 L385,68 L393,68 L394,74", fill, 1.5))    # front sight
    p.append(D(" ".join(f"M{x},80 L{x},106" for x in range(134, 172, 5))))
    if port:
        p.append(P("M212,74 L272,74 L272,94 Q272,96 270,96 L214,96 Q212,96 212,94 Z", F2, 1.5))
        p.append(D("M215,79 L269,79 M262,79 L262,96"))
    p.append(D("M396,84 L396,102"))  # muzzle face
    return p


def pistol(fill=F1):
    return pistol_hammer() + pistol_frame(fill) + pistol_safety() + pistol_slide(fill)


# ---------------------------------------------------------------- revolver
REV_CYL = (176, 92, 240, 148)


def revolver_cylinder(fill=F2):
    x1, y1, x2, y2 = REV_CYL
    p = [R(x1, y1, x2 - x1, y2 - y1, fill, 2, rx=5)]
    p.append(D(f"M{x1+5},{y1+1} L{x1+5},{y2-1} M{x2-5},{y1+1} L{x2-5},{y2-1}"))
    # flutes: the middle one seen flat, the upper and lower foreshortened
    p.append(R(194, 114, 40, 12, F1, 1.2, DET, rx=6))
    p.append(R(194, 96, 40, 5, F1, 1, DET, rx=2.5))
    p.append(R(194, 139, 40, 5, F1, 1, DET, rx=2.5))
    # cylinder stop notches
    p.append(R(182, 106, 6, 4, "none", 1, DET))
    p.append(R(182, 130, 6, 4, "none", 1, DET))
    return p


def revolver_barrel(fill=F1):
    return [
        P("M263,92 L440,92 L440,114 L263,114 Z", fill),
        P("M414,92 L424,81 L433,81 L435,92", fill, 1.5),
        D("M436,94 L436,112 M268,92 L268,114"),
        P("M360,114 L376,114 L376,120 Q376,126 370,126 L360,126 Z", fill, 1.5),   # ejector rod lug
        R(264, 116, 96, 6, F2, 1.2, DET),                                        # ejector rod
        P("M376,115 L386,115 Q389,115 389,119 Q389,123 386,123 L376,123 Z", F2, 1.2),
    ]


def revolver_frame(fill=F1):
    frame = ("M138,98 Q142,82 158,82 L264,82 L264,156 Q264,162 258,162 L252,162 Q252,200 222,200 L204,200 "
             "Q186,198 180,184 L150,278 Q146,290 134,290 L118,290 Q102,290 102,276 L106,190 Q110,140 132,112 Z "
             "M172,90 L244,90 L244,150 L172,150 Z "
             "M244,164 Q244,192 220,192 L206,192 Q190,190 188,176 L188,164 Z")
    panel = [(124, 130), (146, 150), (176, 176), (148, 272), (140, 280), (118, 280), (112, 270), (114, 190)]
    core = [(128, 150), (150, 166), (166, 184), (144, 262), (122, 266), (120, 190)]
    return [P(frame, fill, extra="evenodd"), P(poly_d(panel), F2, 1.2, DET), checkering(core), C(136, 216, 4, F1, 1, DET),
            P("M212,162 Q226,172 220,188 Q217,190 215,187 Q219,174 205,164 Z", F2, 1.5)]


def revolver_hammer():
    return [P("M152,104 L148,88 Q144,72 128,66 Q121,65 120,70 Q131,78 135,92 L138,106 Z", F2, 1.5),
            D("M124,68 L127,72 M128,67 L131,71 M132,69 L134,73")]


def revolver(fill=F1):
    return revolver_hammer() + revolver_frame(fill) + revolver_cylinder() + revolver_barrel(fill)


# ---------------------------------------------------------------- bolt-action rifle (0.4 px per mm)
def rifle_stock(fill=F1):
    d = ("M386,145 L232,147 L150,149 L146,141 Q120,136 90,136 L26,133 Q22,133 22,137 L24,198 Q24,202 28,202 "
         "L58,196 Q96,186 120,176 Q128,186 134,184 Q138,182 138,174 L142,163 L214,163 Q300,160 378,153 Q388,151 386,145 Z")
    return [P(d, fill), R(22, 133, 6, 61, F2, 1.5), C(70, 184, 3, "none", 1, DET), C(352, 159, 3, "none", 1, DET),
            D("M130,148 Q132,160 138,172")]  # grip line


def rifle_barrel(x0=232, x1=458, fill=F1):
    return [P(f"M{x0},134 L{x1},137 L{x1},143 L{x0},146 Z", fill),
            P(f"M{x1-8},137 L{x1-6},131 L{x1-2},131 L{x1-1},137", fill, 1.2),   # front sight
            P("M292,135 L294,130 L302,130 L304,135", fill, 1.2)]          # rear sight


def rifle_receiver(fill=F1, port=True):
    p = [P("M150,131 L226,130 Q234,130 234,136 L234,144 Q234,149 226,149 L150,149 Z", fill),
         D("M224,131 L224,148")]                                                            # receiver ring
    if port:
        p += [R(176, 133, 42, 9, F2, 1.2, DET), D("M177,137.5 L217,137.5")]                # ejection port, bolt seen in it
    return p


def rifle_trigger(guard_x=150, plate=True):
    g = guard_x
    p = [P(f"M{g},163 Q{g-2},181 {g+12},181 L{g+18},181 Q{g+26},179 {g+26},163", "none", 1.5),
         D(f"M{g+12},163 Q{g+16},171 {g+12},177")]
    if plate:
        p.append(P("M178,163 L222,163 L222,167 L178,167 Z", F2, 1.2))                        # magazine floorplate
    return p


def rifle_bolt_action(fill=F1):
    return rifle_receiver(fill) + [
        P("M136,134 L150,133 L150,146 L136,145 Q132,140 136,134 Z", F2, 1.5),               # bolt shroud
        P("M162,136 L172,138 L153,158 L146,155 Z", F2, 1.5),                                 # bolt handle
        C(147, 158, 5.5, F2, 1.5),                                                             # bolt knob
    ] + rifle_trigger()


def rifle_bolt():
    return rifle_stock() + rifle_barrel() + rifle_bolt_action()


# ---------------------------------------------------------------- other long guns (same 0.4 px/mm, muzzle right)
def butt(x=146, top=132, bottom=158, straight=False, fill=F1):
    if straight:
        d = (f"M{x},{top} Q100,{top+2} 28,{top+2} Q24,{top+2} 24,{top+6} L26,190 Q26,194 30,194 L60,188 "
             f"Q110,{bottom+12} {x},{bottom} Z")
    else:
        d = (f"M{x},{top} Q120,{top+2} 90,{top+3} L28,{top+2} Q24,{top+2} 24,{top+6} L26,190 Q26,194 30,194 "
             f"L60,188 Q98,180 122,172 Q128,184 136,182 Q140,180 140,172 L{x},{bottom} Z")
    return [P(d, fill), P(f"M24,{top+6} Q24,{top+2} 28,{top+2} L30,{top+2} L32,193 L30,194 Q26,194 26,190 Z", F2, 1.5),
            C(72, 182, 3, "none", 1, DET)]


def barrel(x0, x1, y0, y1, taper=0.0, fill=F1, bead=False, sight=True):
    p = [P(f"M{x0},{y0} L{x1},{y0+taper} L{x1},{y1-taper} L{x0},{y1} Z", fill)]
    if bead:
        p.append(C(x1 - 4, y0 + taper - 2, 2, fill, 1.2))
    elif sight:
        p.append(P(f"M{x1-8},{y0+taper} L{x1-6},{y0+taper-6} L{x1-2},{y0+taper-6} L{x1-1},{y0+taper}", fill, 1.2))
    return p


def trigger_group(x, y=158):
    """Trigger guard loop hanging from y with its front at x+28."""
    return [P(f"M{x},{y} Q{x-2},{y+18} {x+12},{y+18} L{x+18},{y+18} Q{x+28},{y+16} {x+28},{y}", "none", 1.5),
            D(f"M{x+13},{y} Q{x+17},{y+8} {x+13},{y+14}")]


def rifle_lever():
    p = butt(150, 132, 158, straight=True)
    p += [P("M220,143 L440,143 L440,151 L220,151 Z", F2, 1.5),                    # tube magazine
          P("M436,142 L446,142 L446,152 L436,152 Z", F1, 1.2)]
    p += barrel(220, 458, 134, 143, 0.5)
    p += [P("M294,134 L296,129 L304,129 L306,134", F1, 1.2)]
    p += [P("M222,141 L330,141 L330,154 Q300,158 230,158 L222,158 Z", F1),        # fore-end
          R(328, 139, 6, 16, F2, 1.2), R(418, 140, 6, 14, F2, 1.2)]                 # barrel bands
    p += [P("M150,128 L212,128 Q222,128 222,134 L222,158 L150,158 Z", F1),        # flat receiver
          R(190, 142, 24, 8, F2, 1.2, DET, rx=3), C(170, 140, 2.5, "none", 1, DET), C(180, 150, 2.5, "none", 1, DET)]
    p += [P("M152,128 L146,116 Q140,110 134,112 Q134,116 140,118 L146,130 Z", F2, 1.5)]   # hammer
    p += [P("M208,158 L150,158 Q124,160 124,169 Q126,179 144,178 Q162,177 172,169 L176,164 L208,164 Z "
            "M150,163 Q132,164 132,170 Q134,175 146,175 Q158,174 164,167 L166,163 Z", F2, 1.5, extra="evenodd"),
          D("M182,158 Q186,164 183,170")]                                                # trigger
    return p


def pump_foreend(x0, x1, y0, y1, ribs=True):
    p = [P(f"M{x0+4},{y0} L{x1-4},{y0} Q{x1},{y0} {x1},{y0+4} L{x1},{y1-4} Q{x1},{y1} {x1-4},{y1} "
           f"L{x0+4},{y1} Q{x0},{y1} {x0},{y1-4} L{x0},{y0+4} Q{x0},{y0} {x0+4},{y0} Z", F2)]
    if ribs:
        p.append(D(" ".join(f"M{x},{y0+3} L{x},{y1-3}" for x in range(x0 + 8, x1 - 4, 6))))
    return p


def rifle_pump():
    p = butt(146, 132, 156)
    p += barrel(226, 458, 134, 143, 0.5)
    p += [P("M294,134 L296,129 L304,129 L306,134", F1, 1.2)]
    p += [R(226, 147, 70, 3, F2, 1.2, DET)]                                           # action bar, visible in the gap
    p += pump_foreend(268, 370, 141, 160)
    p += [P("M146,128 L220,128 Q228,128 228,134 L228,152 L146,156 Z", F1),
          R(170, 132, 36, 10, F2, 1.2, DET),
          P("M176,152 L206,152 L204,178 Q204,180 202,180 L180,180 Q178,180 178,178 Z", F2, 1.5)]   # box magazine
    p += trigger_group(146, 156)
    return p


def rifle_self_loading():
    p = butt(146, 132, 158)
    p += barrel(230, 458, 134, 143, 0.5)
    p += [P("M330,143 L346,143 L346,150 L330,150 Z", F2, 1.2)]                      # gas block
    p += [P("M150,140 L236,140 L240,152 Q300,152 344,150 L346,156 Q300,160 240,160 L150,158 Z", F1)]  # stock fore-end
    p += [P("M146,128 L226,128 Q234,128 234,134 L234,148 L146,150 Z", F1),
          R(168, 131, 40, 9, F2, 1.2, DET),                                          # ejection port with bolt
          P("M214,134 L226,134 L226,142 L214,142 Z", F2, 1.5),                        # charging handle
          P("M178,158 L206,158 Q210,176 206,190 L186,190 Q182,176 178,158 Z", F2, 1.5)]   # detachable box magazine
    p += trigger_group(148, 158)
    return p


def rifle_select_fire():
    p = [P("M140,134 L60,150 L60,186 Q62,190 66,188 L140,156 Z", F1),                 # butt (fixed)
         P("M60,150 L56,150 L56,188 L60,188", F2, 1.5)]
    p += barrel(260, 450, 138, 145)
    p += [P("M450,136 L462,136 L462,147 L450,147 Z", F2, 1.2),                        # muzzle device
          P("M420,138 L418,124 L428,124 L430,138", F1, 1.5),                          # front sight block
          P("M240,131 L330,131 L330,138 L240,138 Z", F1, 1.5),                        # gas tube
          P("M326,131 L336,131 L338,145 L326,145 Z", F2, 1.2),                        # gas block
          P("M228,138 L300,138 L300,154 Q270,156 228,156 Z", F1),                     # handguard
          P("M140,130 L244,130 L244,156 L140,156 Z", F1),                             # stamped receiver
          P("M146,130 L238,130 L238,127 Q200,124 146,127 Z", F2, 1.5),                # top cover
          P("M226,134 L240,134 L240,140 L226,140 Z", F2, 1.5),                        # charging handle
          P("M150,136 L196,136 L200,141 L154,141 Z", ACC, 1.5),                       # selector lever
          P("M206,156 L226,156 Q240,196 270,218 L252,232 Q214,206 200,158 Z", F2, 1.5),   # curved magazine
          P("M158,156 L176,156 L168,200 Q166,204 160,204 L152,204 Q148,204 150,198 Z", F2, 1.5)]  # pistol grip
    p += [P("M176,156 Q180,170 192,170 L200,170 L200,156", "none", 1.5), D("M186,156 Q190,162 186,168")]
    p += [D("M150,150 L158,150 M170,148 L180,148")]
    return p


def shotgun_butt():
    return butt(146, 132, 158)


def shotgun_break():
    p = shotgun_butt()
    p += [P("M196,130 L458,132 L458,140 L196,140 Z", F1),                            # upper barrel
          P("M196,140 L458,140 L458,148 L196,150 Z", F1),                            # lower barrel
          D("M196,130 L458,131.5"), C(454, 129, 2, F1, 1.2),                          # rib, bead
          P("M200,148 L300,146 L300,156 Q260,160 206,160 Z", F1)]                      # fore-end
    p += [P("M146,126 L190,126 Q202,126 202,138 Q202,156 190,160 L146,160 Z", F1),   # action body
          C(192, 152, 4, F2, 1.2, DET),                                               # hinge pin
          D("M196,128 Q206,140 196,158"),                                             # barrels' breech face line
          P("M138,124 L156,122 L158,127 L140,128 Z", F2, 1.5)]                         # top lever
    p += trigger_group(148, 160)
    return p


def shotgun_receiver(x0=140, x1=228, fill=F1, port=True):
    p = [P(f"M{x0},126 L{x1},126 Q{x1+4},126 {x1+4},130 L{x1+4},154 L{x0},158 Z", fill)]
    if port:
        p.append(R(176, 130, 38, 12, F2, 1.2, DET))
    return p


def shotgun_pump():
    p = butt(140, 130, 158)
    p += barrel(232, 458, 130, 140, bead=True)
    p += [P("M232,141 L420,141 L420,151 L232,151 Z", F2, 1.5), R(418, 140, 8, 12, F1, 1.2),   # magazine tube, cap
          R(232, 151, 48, 3, F2, 1.2, DET)]                                          # action bars in the gap
    p += pump_foreend(280, 372, 138, 160)
    p += shotgun_receiver()
    p += trigger_group(146, 157)
    return p


def shotgun_self_loading():
    p = butt(140, 130, 158)
    p += barrel(232, 458, 130, 140, bead=True)
    p += [P("M232,141 L400,141 L400,151 L232,151 Z", F2, 1.5),
          P("M398,139 L412,139 Q416,139 416,143 L416,150 Q416,154 412,154 L398,154 Z", F1, 1.5)]   # magazine cap
    p += [P("M231,138 L396,140 L396,156 Q380,160 300,160 L231,160 Z", F1)]          # fixed fore-end, flush
    p += shotgun_receiver()
    p += [P("M206,134 L218,134 L218,142 L206,142 Z", F2, 1.5)]                        # charging handle in the port
    p += trigger_group(146, 157)
    return p


# ---------------------------------------------------------------- SMG, MG, launcher, derringer
def submachine_gun():
    """A compact SMG (0.6 px/mm): tubular receiver, magazine ahead of the grip, retractable stock."""
    p = [R(40, 128, 10, 50, F2, 1.5, rx=2),                                            # butt pad
         P("M50,134 L150,134 L150,140 L50,140 Z", F2, 1.5), P("M50,164 L150,164 L150,170 L50,170 Z", F2, 1.5),
         P("M146,118 L330,118 Q338,118 338,126 L338,150 L146,150 Z", F1),           # receiver
         P("M210,118 L336,118 L336,110 L214,110 Z", F1, 1.5),                        # cocking tube
         P("M318,110 L324,104 L330,104 L330,110", F1, 1.2),
         R(326, 104, 14, 12, F2, 1.2, DET),                                           # cocking handle
         P("M338,126 L386,126 L386,140 L338,140 Z", F1),                              # barrel
         P("M380,118 Q386,112 394,118 L394,146 L380,146 Z", F1, 1.5),                 # front sight hood
         P("M260,150 L336,150 L336,172 Q300,176 260,172 Z", F1),                      # handguard
         R(196, 126, 44, 12, F2, 1.2, DET),                                           # ejection port
         P("M170,111 L176,104 L196,104 L200,111", F1, 1.5),                           # rear sight drum
         P("M212,150 L238,150 Q246,196 266,244 L244,252 Q224,206 212,150 Z", F2, 1.5),    # curved magazine
         P("M150,150 L200,150 L200,162 L150,162 Z", F1),                              # trigger housing
         P("M156,162 L178,162 L172,212 Q170,218 164,218 L154,218 Q148,218 150,210 Z", F2, 1.5),  # pistol grip
         P("M178,162 Q180,180 194,180 L204,180 L204,162", "none", 1.5), D("M188,162 Q192,168 188,174"),
         P("M156,140 L170,140 L172,146 L158,146 Z", ACC, 1.2)]                          # selector
    return p


def cartridge_side(x, y, s=1.0, fill=F2, bullet=F1, w=1.5):
    """A rifle cartridge lying along x, base at (x, y) centre line; s scales length."""
    L1, L2 = 36 * s, 20 * s
    h = 5 * s
    return [P(f"M{x},{y-h} L{x+L1},{y-h} L{x+L1+4*s},{y-h*0.6} L{x+L1+4*s},{y+h*0.6} L{x+L1},{y+h} L{x},{y+h} Z", fill, w),
            P(f"M{x+L1+4*s},{y-h*0.6} Q{x+L1+4*s+L2*0.7},{y-h*0.6} {x+L1+4*s+L2},{y} Q{x+L1+4*s+L2*0.7},{y+h*0.6} "
              f"{x+L1+4*s},{y+h*0.6} Z", bullet, w)]


def machine_gun():
    """General-purpose MG (0.33 px/mm): belt feed, carrying handle, bipod, long barrel."""
    p = [P("M40,120 L120,126 L120,150 L44,176 Q38,178 38,172 L38,124 Q38,120 40,120 Z", F1),   # butt
         P("M118,114 L250,114 L250,150 L118,150 Z", F1),                                            # receiver
         P("M150,114 L150,104 Q150,100 154,100 L244,100 L250,114 Z", F2, 1.5),                    # feed cover
         P("M120,150 L140,150 L134,192 Q132,198 126,198 L118,198 Q112,198 114,192 Z", F2, 1.5),  # pistol grip
         P("M140,150 Q142,168 156,168 L166,168 L166,150", "none", 1.5), D("M150,150 Q154,156 150,162"),
         P("M250,120 L300,120 L300,146 L250,146 Z", F1),                                            # barrel trunnion
         P("M300,127 L444,127 L444,137 L300,137 Z", F1),                                            # barrel
         P("M444,124 L466,124 L466,140 L444,140 Z", F2, 1.5),                                       # flash hider
         P("M300,137 L380,137 L380,146 L300,146 Z", F2, 1.5),                                       # gas cylinder
         P("M262,120 L262,96 Q262,88 270,88 L300,88 Q308,88 308,96 L308,120", "none", 2),         # carrying handle
         P("M420,127 L418,112 L426,112 L428,127", F1, 1.5),                                         # front sight
         P("M372,146 L350,226 M372,146 L392,226", "none", 2.5),                                      # bipod
         C(372, 146, 4, F2, 1.5)]
    # ammunition belt hanging from the feed tray on the right side
    pts = [(200, 150), (196, 170), (188, 190), (176, 208), (160, 222), (142, 232)]
    for i, (bx, by) in enumerate(pts):
        p += [G("\n".join(cartridge_side(0, 0, 0.55, F2, F1, 1.2 * K[0] / 1.0)), bx, by, 1.0,
                f' transform-origin="0 0"')] if False else []
    belt = []
    for i, (bx, by) in enumerate(pts):
        belt.append(P(f"M{bx-16},{by-3} L{bx+4},{by-3} L{bx+4},{by+3} L{bx-16},{by+3} Z", F2, 1.2))   # case
        belt.append(P(f"M{bx+4},{by-3} Q{bx+12},{by-3} {bx+14},{by} Q{bx+12},{by+3} {bx+4},{by+3} Z", F1, 1.2))  # bullet
        belt.append(D(f"M{bx-10},{by-5} L{bx-10},{by+5} M{bx-4},{by-5} L{bx-4},{by+5}"))       # link
    return p + belt


def light_weapon():
    """Shoulder-fired launcher (RPG-7 type, 0.32 px/mm) with its grenade loaded."""
    p = [P("M40,150 L54,142 L54,170 L40,162 Z", F1),                                  # venturi/nozzle
         P("M54,146 L330,146 L330,166 L54,166 Z", F1),                                # tube
         P("M150,142 L250,142 L250,170 L150,170 Z", F2, 1.5),                          # heat shield
         D(" ".join(f"M{x},143 L{x},169" for x in range(160, 250, 10))),
         P("M190,170 L206,170 L200,206 Q198,210 194,210 L188,210 Q184,210 186,204 Z", F2, 1.5),    # grip
         P("M230,170 L246,170 L242,200 Q240,204 236,204 L230,204 Q226,204 228,198 Z", F2, 1.5),   # front grip
         P("M206,170 Q206,184 216,184 L222,184 L224,170", "none", 1.5),
         P("M206,142 L206,120 L238,120 L238,142", F2, 1.5), R(212, 112, 22, 10, F2, 1.2),       # optical sight
         P("M330,150 L352,150 L352,162 L330,162 Z", F1, 1.5),                          # grenade tail in the muzzle
         P("M352,140 L382,136 L382,176 L352,172 Z", ACC.replace(ACC, F2), 1.8),
         P("M382,136 L402,132 Q440,142 458,156 Q440,170 402,180 L382,176 Z", F1)]    # warhead
    p += [D("M402,132 L402,180 M382,136 L382,176")]
    return p


def derringer():
    """Over-under two-shot derringer (1.5 px/mm): barrels tip up on a hinge at the top, spur trigger."""
    p = [P("M112,176 L160,176 Q162,214 148,240 Q136,262 112,264 Q90,264 86,248 Q84,236 94,226 "
           "Q104,212 104,190 L108,150 Z", F1),                                           # bird's head grip
         P("M114,186 L150,186 Q150,214 138,236 Q128,252 112,254 Q98,254 96,246 Q96,238 104,230 Q114,214 114,186 Z",
           F2, 1.2, DET),
         P("M112,112 L164,112 L164,180 L150,180 L112,180 Z", F1),                    # frame
         P("M164,116 L330,116 Q336,116 336,122 L336,168 Q336,174 330,174 L164,174 Z", F1),   # barrels
         D("M164,145 L336,145"), C(331, 131, 5, F1, 1.2, DET), C(331, 159, 5, F1, 1.2, DET),
         P("M300,116 L302,110 L310,110 L312,116", F1, 1.2),
         C(170, 122, 4, F2, 1.2, DET),                                                 # hinge
         P("M116,112 L106,96 Q100,88 90,90 Q90,96 98,100 L106,114 Z", F2, 1.5),      # hammer
         P("M144,180 Q154,192 146,206 Q142,207 141,203 Q146,194 134,182 Z", F2, 1.5)]  # spur trigger
    p.append(checkering([(120, 194), (142, 194), (132, 228), (110, 244), (104, 238)], 6))
    return p
