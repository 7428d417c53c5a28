from shapes import *
from draw_typ import arrow2


def mark(x, y, w, h, accent=False, lines=2):
    """A marking zone: a rounded box with short engraved strokes inside."""
    c = ACC if accent else DET
    p = [R(x, y, w, h, "none", 1.5 if accent else 1.2, c, rx=2)]
    gap = h / (lines + 1)
    strokes = []
    for i in range(lines):
        yy = y + gap * (i + 1)
        xx = x + 3
        while xx < x + w - 5:
            ln = min(4.0, x + w - 3 - xx)
            strokes.append(f"M{f(xx)},{f(yy)} L{f(xx+ln)},{f(yy)}")
            xx += 6
    p.append(D(" ".join(strokes), 1.2 if accent else 1.0, c))
    return p


def markings_pistol_drawing():
    parts = pistol_hammer() + pistol_frame(extra_parts=False) + pistol_safety() + pistol_slide()
    parts += mark(300, 84, 84, 16, lines=2) + mark(220, 80, 38, 12, lines=1) + mark(332, 114, 54, 12, accent=True, lines=1)
    parts += mark(268, 114, 48, 12, lines=1) + [C(283, 104, 3, "none", 1, DET), C(292, 104, 3, "none", 1, DET)]
    write("markings-pistol", "Where a self-loading pistol is marked",
          "Right side of a self-loading pistol with the usual marking places: the serial number on the frame "
          "(the part that counts), often repeated on the slide and on the barrel seen in the ejection port; maker "
          "and model on the slide; calibre on the barrel; proof marks; the import marking on the frame or slide. "
          "Many makers use the left side the same way.",
          [paper()] + parts + [
              label("serial number (frame)", 440, 168, 370, 126, "end", accent=True),
              label("maker, model (slide)", 342, 40, 342, 84, "middle"),
              label("calibre, serial (barrel)", 170, 40, 232, 80, "middle"),
              label("proof marks", 440, 60, 295, 102, "end"),
              label("import mark (frame)", 300, 210, 292, 126, "start"),
          ])


def markings_revolver_drawing():
    parts = revolver()
    parts += mark(290, 96, 100, 14, lines=2) + mark(186, 151, 52, 10, accent=True, lines=1)
    parts += mark(120, 284, 26, 6, accent=True, lines=1)
    parts += [C(200, 104, 2.5, "none", 1, DET), C(208, 104, 2.5, "none", 1, DET)]
    write("markings-revolver", "Where a revolver is marked",
          "Right side of a revolver with the usual marking places: the serial number on the frame (under the "
          "cylinder at the crane, or on the butt), often repeated on the cylinder and under the barrel; maker, "
          "model and calibre on the barrel; proof marks on the cylinder and barrel; the import marking on frame or "
          "barrel.",
          [paper()] + parts + [
              label("serial number (frame)", 300, 214, 232, 156, "start", accent=True),
              label("serial (butt)", 200, 306, 144, 288, "start", accent=True),
              label("maker, model, calibre (barrel)", 340, 52, 340, 97, "middle"),
              label("proof marks (cylinder)", 60, 40, 200, 104, "start"),
          ])


RM_SRC = (96, 108, 200, 100)
RM_DST = (10, 60, 460, 230)


def rm(x, y):
    s = RM_DST[2] / RM_SRC[2]
    return RM_DST[0] + (x - RM_SRC[0]) * s, RM_DST[1] + (y - RM_SRC[1]) * s


def markings_rifle_drawing():
    s = RM_DST[2] / RM_SRC[2]
    under, over = detail_view(rifle_bolt, RM_SRC, RM_DST)
    over = over[:1]  # keep the frame of the enlarged view, no dashed source box
    zones = []
    for (x, y, w, h, acc) in ((200, 132, 22, 7, True), (240, 136.5, 44, 6, False), (186, 142.5, 28, 5, False),
                              (152, 144, 20, 4, False)):
        X, Y = rm(x, y)
        zones += mark(X, Y, w * s, h * s, acc, 1 if h < 6 else 2)
    write("markings-rifle", "Where a rifle is marked",
          "The action of a bolt-action rifle, enlarged, with the usual marking places: the serial number on the "
          "receiver (the part that counts), often repeated on the bolt and barrel; maker and model on the "
          "receiver; calibre and proof marks on the barrel; the import marking on receiver or barrel.",
          [paper()] + under + over + zones + [
              T(20, 30, "rifle action, right side, enlarged", size=12, fill=DET),
              label("serial, maker, model (receiver)", 250, 46, rm(211, 132)[0], rm(211, 132)[1], "start", accent=True),
              label("calibre, proof marks (barrel)", 290, 306, *rm(262, 143), "start"),
              label("import mark", 250, 306, *rm(200, 148), "end"),
              label("serial (bolt)", 30, 306, *rm(162, 148), "start"),
          ])


# ---------------------------------------------------------------- components
def component_barrel_drawing():
    pist = [P("M70,78 L178,78 L178,88 L410,88 L410,108 L178,108 L178,116 L170,116 L160,134 Q156,140 148,140 "
              "L132,140 Q124,140 122,132 L116,116 L70,116 Q64,116 64,110 L64,84 Q64,78 70,78 Z", F1),
            D("M178,88 L178,108 M404,90 L404,106"), C(140, 126, 5, F2, 1.2, DET),
            D("M70,92 L140,92 M70,102 L140,102", 1, DET)]
    rifle = [P("M40,214 L60,212 L60,236 L40,234 Z", F2, 1.5),
             P("M60,206 L140,206 L452,215 L452,231 L140,240 L60,240 Z", F1),
             D(" ".join(f"M{x},213 L{x},235" for x in range(42, 60, 3))), D("M140,206 L140,240 M446,215 L446,231")]
    zones = mark(80, 82, 50, 8, accent=True, lines=1) + mark(160, 216, 80, 10, lines=1)
    write("component-barrel", "Barrel (essential component)",
          "Two barrels as essential components: a pistol barrel with its chamber hood and locking lug, and a "
          "rifle barrel with its threaded chamber end. Calibre and often the serial number are marked near the "
          "chamber.",
          [paper()] + pist + rifle + zones + [
              T(64, 60, "pistol barrel", size=12, fill=DET, weight="bold"),
              T(40, 190, "rifle barrel", size=12, fill=DET, weight="bold"),
              label("calibre, serial", 220, 60, 120, 86, "start", accent=True),
              label("chamber end", 100, 290, 60, 238, "middle"),
              label("muzzle", 420, 270, 450, 230, "middle"),
              label("locking lug", 230, 150, 152, 134, "start"),
              label("calibre, proof marks", 300, 190, 220, 216, "start"),
          ])


def component_slide_drawing():
    s = 1.45
    body = scaled(lambda: "\n".join(pistol_slide()), s)
    g = G(body, 240 - 259 * s, 150 - 93 * s, s)
    tx = lambda x, y: (240 + (x - 259) * s, 150 + (y - 93) * s)
    z = scaled(lambda: "\n".join(mark(300, 84, 80, 16, lines=2)), s)
    write("component-slide", "Slide (essential component)",
          "The slide of a self-loading pistol, taken off the frame: it carries the sights, the ejection port and "
          "the grip serrations, and holds the breech face and firing pin; maker and model, often the serial, are "
          "marked on its side.",
          [paper(), g, G(z, 240 - 259 * s, 150 - 93 * s, s)] + [
              label("maker, model, serial", 360, 250, *tx(340, 100), "middle", accent=True),
              label("ejection port", 200, 60, *tx(240, 80), "middle"),
              label("serrations", 60, 240, *tx(150, 104), "middle"),
              label("front sight", 420, 60, *tx(389, 70), "middle"),
              label("rear sight", 60, 70, *tx(133, 69), "middle"),
          ])


def component_frame_drawing():
    parts = pistol_frame() + pistol_safety()
    parts += [D("M130,112 L130,106 L200,106 L200,112 M290,112 L290,106 L380,106 L380,112", 1.5, OUT)]   # rails
    parts += mark(332, 114, 54, 12, accent=True, lines=1)
    write("component-frame", "Frame (essential component)",
          "The frame of a self-loading pistol without its slide: grip, trigger and trigger guard, the rails the "
          "slide runs on, the magazine well in the grip. In most countries the frame is the part that is the "
          "firearm in law and carries the serial number.",
          [paper()] + parts + [
              label("serial number", 430, 168, 370, 126, "end", accent=True),
              label("slide rails", 240, 60, 340, 106, "middle"),
              label("trigger", 330, 210, 270, 150, "start"),
              label("magazine well (grip)", 60, 300, 150, 240, "start"),
          ])


def component_receiver_drawing():
    upper = [P("M90,60 L330,60 L330,108 L96,108 Q90,108 90,102 Z", F1),
             P("M96,52 L326,52 L326,60 L96,60 Z", F2, 1.5),
             D(" ".join(f"M{x},52 L{x},60" for x in range(104, 326, 8))),
             R(170, 72, 80, 22, F2, 1.2, DET),                                            # ejection port
             P("M258,76 L278,76 L278,92 L258,92 Z", F2, 1.5),                             # forward assist
             P("M330,64 L350,64 L350,104 L330,104 Z", F2, 1.5),                           # barrel nut
             P("M350,76 L440,76 L440,92 L350,92 Z", F1),                                   # barrel stub
             C(104, 100, 4, "none", 1, DET), C(318, 100, 4, "none", 1, DET)]
    lower = [P("M96,150 L330,150 L330,176 L298,176 L296,232 L240,232 L238,176 L206,176 Q204,196 188,196 "
               "L160,196 L150,228 Q148,236 140,236 L124,236 Q118,236 120,228 L128,190 L104,184 L96,176 Z", F1),
             P("M40,156 L96,156 L96,172 L40,172 Z", F2, 1.5),                              # buffer tube socket
             P("M206,176 Q206,188 194,188 L168,188 L172,176 Z", "none", 1.2),
             R(244, 176, 48, 10, F2, 1.2, DET),                                           # magazine well
             C(104, 160, 4, "none", 1, DET), C(318, 160, 4, "none", 1, DET),               # takedown/pivot pins
             P("M148,160 L170,160 L170,168 L148,168 Z", F2, 1.2),                         # selector
             D("M186,176 Q190,182 186,188")]
    lower += mark(246, 196, 46, 26, accent=True, lines=3)
    write("component-receiver", "Receiver, upper and lower (essential components)",
          "The two halves of a modular rifle receiver, apart: the upper receiver with the ejection port, "
          "forward assist and barrel nut; the lower receiver with the magazine well, trigger, selector and grip. "
          "The lower is usually the serialised part; marking on the magazine well.",
          [paper()] + upper + lower + [
              T(90, 40, "upper receiver", size=12, fill=DET, weight="bold"),
              T(40, 140, "lower receiver", size=12, fill=DET, weight="bold"),
              label("ejection port", 210, 128, 210, 94, "middle"),
              label("barrel", 440, 120, 420, 92, "middle"),
              label("serial, maker, model", 350, 280, 292, 214, "start", accent=True),
              label("magazine well", 350, 250, 296, 182, "start"),
              label("selector", 110, 290, 158, 168, "middle"),
          ])


def component_bolt_drawing():
    p = [P("M110,130 L380,130 L380,166 L110,166 Z", F1),                                   # bolt body
         P("M380,126 L420,126 L420,170 L380,170 Z", F2, 1.5),                              # locking lugs (head)
         D("M386,148 L420,148 M398,126 L398,170"),
         P("M60,134 L110,130 L110,166 L60,162 Q50,148 60,134 Z", F2, 1.5),               # shroud
         P("M40,144 L52,144 L52,152 L40,152 Z", F2, 1.2),                                 # cocking piece
         P("M130,166 L150,166 L122,236 L104,230 Z", F1),                                  # bolt handle
         C(108, 242, 14, F2, 2),                                                            # knob
         P("M250,134 L380,132 L380,138 L250,140 Z", F2, 1.2),                             # extractor
         D("M110,148 L380,148", 1, DET)]
    p += mark(170, 150, 60, 12, accent=True, lines=1)
    write("component-bolt", "Bolt (essential component)",
          "The bolt of a bolt-action rifle, taken out: locking lugs at the head, extractor along the body, the "
          "handle with its knob, the firing-pin shroud at the rear. Bolts often repeat the rifle's serial number.",
          [paper()] + p + [
              label("locking lugs", 400, 90, 404, 128, "middle"),
              label("extractor", 300, 100, 300, 136, "middle"),
              label("bolt handle", 190, 260, 134, 200, "start"),
              label("firing-pin shroud", 70, 100, 76, 138, "middle"),
              label("serial number", 200, 210, 200, 162, "middle", accent=True),
          ])


def cylinder_rear(cx, cy, r, numbered=False, hammer_mark=False, states=None):
    p = [C(cx, cy, r, F2, 2), C(cx, cy, r * 0.2, F1, 1.2, DET)]
    for i in range(6):
        a = math.radians(-90 + 60 * i)
        x, y = cx + r * 0.58 * math.cos(a), cy + r * 0.58 * math.sin(a)
        p.append(C(x, y, r * 0.25, "#ffffff", 1.5))
        # flutes or notches between chambers on the rim
        b = math.radians(-60 + 60 * i)
        p.append(C(cx + r * 0.9 * math.cos(b), cy + r * 0.9 * math.sin(b), r * 0.05, "none", 1, DET))
    # ratchet (extractor star)
    star = []
    for i in range(12):
        a = math.radians(-90 + 30 * i)
        rr = r * 0.34 if i % 2 == 0 else r * 0.24
        star.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    p.append(P(poly_d(star), F1, 1.2, DET))
    return p


def component_cylinder_drawing():
    side = [R(60, 100, 150, 120, F2, 2, rx=8),
            D("M70,101 L70,219 M200,101 L200,219"),
            R(90, 148, 90, 24, F1, 1.2, DET, rx=12), R(90, 110, 90, 10, F1, 1, DET, rx=5), R(90, 200, 90, 10, F1, 1, DET, rx=5),
            R(72, 128, 10, 8, "none", 1, DET), R(72, 184, 10, 8, "none", 1, DET),
            P("M210,154 L250,154 L250,166 L210,166 Z", F1, 1.5),
            R(20, 150, 40, 20, F1, 1.5)]
    rear = cylinder_rear(360, 160, 92)
    write("component-cylinder", "Cylinder (essential component)",
          "A revolver cylinder out of the frame: from the side with its flutes and stop notches, and from the "
          "rear with six chambers around the ratchet (extractor star). Serial numbers are often repeated on the "
          "cylinder, proof marks stamped between the chambers.",
          [paper()] + side + rear + [
              T(60, 60, "side", size=12, fill=DET, weight="bold"),
              T(300, 48, "rear (breech end)", size=12, fill=DET, weight="bold"),
              label("flute", 100, 270, 130, 210, "middle"),
              label("stop notch", 50, 290, 77, 192, "middle"),
              label("chamber", 360, 300, 360, 230, "middle", accent=True),
              label("ratchet", 460, 110, 382, 150, "end"),
              label("crane axis", 240, 120, 230, 156, "middle"),
          ])


def component_magazine_drawing():
    pist = [P("M90,60 L150,60 L180,262 L116,262 Z", F1),
            P("M110,274 L186,274 L186,262 L110,262 Z", F2, 1.5),                           # base plate
            P("M92,60 Q96,54 104,54 L144,54 Q150,54 148,60 Z", F2, 1.2),                   # follower lips
            P("M96,44 L140,44 Q150,47 158,50 Q150,53 140,56 L96,56 Z", F1, 1.2),          # top round
            ]
    for i in range(6):
        cy = 92 + i * 30
        cx = 90 + (cy - 60) * 30 / 202 + 30
        pist.append(C(cx, cy, 4, "#ffffff", 1, DET))
    rifle = [P("M290,50 L350,50 Q360,160 420,252 L364,282 Q306,180 290,50 Z", F2),
             P("M292,50 L348,50 L346,40 L294,40 Z", F1, 1.5),
             P("M356,286 L418,254 L424,262 L362,294 Z", F1, 1.5),
             D("M300,80 Q330,80 340,78 M306,130 Q336,128 348,126")]
    rifle += mark(308, 150, 30, 40, accent=True, lines=3)
    write("component-magazine", "Magazine",
          "Two detachable magazines: a straight double-stack pistol magazine with witness holes, base plate and "
          "a round on the follower; a curved rifle magazine. Capacity can be counted from the witness holes or the "
          "marking; some laws limit it.",
          [paper()] + pist + rifle + [
              T(60, 300, "pistol", size=12, fill=DET, weight="bold"),
              T(430, 300, "rifle", "end", size=12, fill=DET, weight="bold"),
              label("witness holes", 220, 150, 140, 156, "start"),
              label("base plate", 230, 300, 180, 270, "start"),
              label("feed lips", 40, 36, 96, 52, "middle"),
              label("marking, capacity", 260, 220, 316, 176, "middle", accent=True),
          ])


def component_silencer_drawing():
    x0, x1, y0, y1 = 110, 420, 110, 210
    outer = [P(f"M{x0},{y0} L{x1},{y0} Q{x1+10},{y0} {x1+10},{y0+10} L{x1+10},{y1-10} Q{x1+10},{y1} {x1},{y1} "
               f"L{x0},{y1} Q{x0-10},{y1} {x0-10},{y1-10} L{x0-10},{y0+10} Q{x0-10},{y0} {x0},{y0} Z", F1),
             P("M60,146 L100,146 L100,174 L60,174 Z", F2, 1.5),
             D(" ".join(f"M{x},146 L{x},174" for x in range(64, 100, 4)))]
    # lower half cut away: hatched wall, baffles, the bore line
    cut = [P(f"M{x0-10},160 L{x1+10},160 L{x1+10},{y1-10} Q{x1+10},{y1} {x1},{y1} L{x0},{y1} Q{x0-10},{y1} {x0-10},{y1-10} Z",
             "#ffffff", 1.5),
           hatch([(x0 - 10, y1 - 8), (x1 + 10, y1 - 8), (x1 + 10, y1), (x0 - 10, y1)], 3, 45)]
    for x in range(140, 420, 34):
        cut.append(P(f"M{x},168 L{x+16},196 L{x+22},196 L{x+6},168 Z", F2, 1.2, DET))
    cut.append(D(f"M{x0-10},160 L{x1+10},160", 1, DET))
    cut.append(D("M100,166 L430,166", 1, ACC))
    write("component-silencer", "Silencer (sound moderator)",
          "A silencer, lower half cut away: a tube that screws onto the muzzle, with baffles inside that slow "
          "the gas; the bullet passes along the bore line. Treated as an essential component in many laws.",
          [paper()] + outer + cut + [
              label("muzzle thread", 80, 250, 80, 174, "middle"),
              label("baffles", 260, 270, 250, 190, "middle", accent=True),
              label("tube", 260, 80, 260, 110, "middle"),
              label("bore", 450, 240, 426, 166, "middle"),
              label("maker, serial", 380, 70, 360, 130, "middle"),
          ] + mark(320, 124, 80, 20, lines=2))


if __name__ == "__main__":
    for fn in list(globals().values()):
        if callable(fn) and getattr(fn, "__name__", "").endswith("_drawing") and fn.__module__ == "__main__":
            fn()
