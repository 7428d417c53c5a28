from shapes import *
from draw_marks import mark, cylinder_rear
from draw_typ import arrow2


def headstamp_drawing():
    cx, cy = 170, 165
    p = [C(cx, cy, 120, F2, 2), C(cx, cy, 106, F1, 1.2, DET), C(cx, cy, 30, F2, 1.5, OUT), C(cx, cy, 22, F1, 1.2, DET),
         C(cx, cy, 3, DET, 1, DET),
         T(cx, cy - 52, "XYZ", "middle", 26, OUT, "bold", False),
         T(cx, cy + 74, "9 mm LUGER", "middle", 18, OUT, "bold", False),
         T(cx - 68, cy + 8, "21", "middle", 22, OUT, "bold", False),
         T(cx + 68, cy + 8, "+P", "middle", 18, OUT, "bold", False)]
    write("headstamp", "Headstamp (cartridge base)",
          "The base of a centre-fire cartridge, seen end on: the rim, the primer in its pocket in the centre, and "
          "the stamped headstamp around it with the maker's code, the year of manufacture and often the calibre. "
          "The letters here are an example.",
          [paper()] + p + [
              label("maker code", 360, 60, cx + 24, cy - 60, "start", accent=True),
              label("year", 360, 110, cx - 54, cy - 2, "start", accent=True),
              label("calibre", 360, 260, cx + 52, cy + 70, "start"),
              label("primer", 360, 160, cx + 14, cy + 6, "start"),
              label("rim", 360, 210, cx + 110, cy + 50, "start"),
          ])


def alarm_barrel_obstruction_drawing():
    y0, y1 = 120, 200               # outer walls
    b0, b1 = 146, 174               # bore
    p = [P(f"M40,{y0} L440,{y0} L440,{y1} L40,{y1} Z", "#ffffff"),
         hatch([(40, y0), (440, y0), (440, b0), (40, b0)], 5, 45),
         hatch([(40, b1), (440, b1), (440, y1), (40, y1)], 5, 45),
         P(f"M40,{y0} L440,{y0} L440,{y1} L40,{y1} Z", "none"),
         D(f"M40,{b0} L440,{b0} M40,{b1} L440,{b1}", 1.5, OUT)]
    # the insert: a hardened pin across the bore, and a narrowed bore section
    p += [P(f"M250,{b0-14} L266,{b0-14} L266,{b1+14} L250,{b1+14} Z", F2, 2, ACC),
          hatch([(250, b0 - 14), (266, b0 - 14), (266, b1 + 14), (250, b1 + 14)], 3, -45, 0.8, ACC)]
    # side vent: a hole through the upper wall in front of the chamber, gas leaves upward
    p += [P(f"M200,{y0} L212,{y0} L212,{b0} L200,{b0} Z", "#ffffff", 1.5),
          D(f"M120,160 L236,160 Q244,160 240,150 Q232,134 206,{y0+6} L206,96", 1.5, ACC),
          D("M200,104 L206,94 L212,104", 1.5, ACC),
          R(20, 140, 20, 40, F2, 1.5)]
    write("alarm-barrel-obstruction", "Alarm pistol barrel: obstruction and side vent",
          "Length-wise cut through the barrel of an alarm (blank-firing) pistol: a hardened insert across the bore "
          "stops any projectile, and the gas of the blank escapes through a side vent in front of the chamber. A "
          "barrel without the insert, or drilled through, points to a conversion.",
          [paper()] + p + [
              T(40, 110, "cut along the barrel", size=11, fill=DET),
              label("insert / obstruction", 330, 250, 258, 188, "start", accent=True),
              label("side vent", 120, 70, 206, 100, "end", accent=True),
              label("bore", 360, 70, 360, 160, "middle"),
              label("chamber end", 60, 250, 30, 180, "middle"),
              label("barrel wall", 180, 250, 160, 190, "middle"),
          ])


def safety_revolver_cylinder_drawing():
    cx, cy, r = 170, 165, 118
    p = cylinder_rear(cx, cy, r)
    for i in range(6):
        a = math.radians(-90 + 60 * i)
        x, y = cx + r * 0.58 * math.cos(a), cy + r * 0.58 * math.sin(a)
        p.append(T(x, y + 7, str(i + 1), "middle", 20, OUT, "bold", False))
    p.append(C(cx, cy - r * 0.58, r * 0.25 + 6, "none", 2, ACC))
    p.append(D(f"M{cx+12},{cy-r-10} Q{cx+40},{cy-r-4} {cx+52},{cy-r+16}", 1.5, ACC))
    p.append(D(f"M{cx+44},{cy-r+14} L{cx+52},{cy-r+16} L{cx+52},{cy-r+7}", 1.5, ACC))
    # legend: how to note each chamber
    lx = 330
    legend = [T(lx, 150, "mark each chamber:", size=12, fill=DET),
              C(lx + 10, 176, 9, "#ffffff", 1.5), C(lx + 10, 176, 4, F2, 1.2), T(lx + 26, 181, "live round", size=12),
              C(lx + 10, 206, 9, "#ffffff", 1.5), C(lx + 10, 206, 4, F2, 1.2), C(lx + 10, 206, 1.5, OUT, 1),
              T(lx + 26, 211, "fired case", size=12),
              C(lx + 10, 236, 9, "#ffffff", 1.5), T(lx + 26, 241, "empty", size=12)]
    write("safety-revolver-cylinder", "Revolver cylinder as found",
          "The cylinder of a six-shot revolver seen from behind (the breech end), chambers numbered clockwise "
          "1 to 6 from the one under the hammer (marked), with the arrow showing the usual turn; for recording "
          "which chambers hold live rounds, fired cases or nothing before the revolver is made safe.",
          [paper()] + p + legend + [label("under the hammer", 320, 40, cx + 30, cy - r * 0.58 - 16, "start", accent=True)])


def safety_pistol_condition_drawing():
    parts = pistol()
    # cut-away window over the chamber showing a round
    parts += [P("M214,80 L268,80 L268,96 L214,96 Z", "#ffffff", 1.2, DET),
              P("M216,83 L244,83 L244,93 L216,93 Z", F2, 1.2), P("M244,83 Q256,83 262,88 Q256,93 244,93 Z", F1, 1.2)]
    nums = [("1", "magazine in?", 120, 252, 40, 306), ("2", "round in chamber?", 240, 88, 170, 40),
            ("3", "hammer cocked or down?", 106, 96, 20, 60), ("4", "safety on or off?", 140, 119, 20, 150),
            ("5", "slide closed?", 360, 90, 340, 40)]
    lab = []
    for n, text, px, py, tx, ty in nums:
        lab.append(label(f"{n}  {text}", tx, ty, px, py, "start", accent=True))
    write("safety-pistol-condition", "Pistol condition before making safe",
          "A self-loading pistol with the five things to record before it is made safe: whether a magazine is "
          "in, whether a round is in the chamber (shown cut away), whether the hammer is cocked, whether the "
          "safety is on, and whether the slide is closed.",
          [paper()] + parts + lab)


def status_3d_printed_frame_drawing():
    frame = pistol_frame(F1)
    layers = hatch([(124, 112), (392, 112), (392, 128), (322, 128), (316, 160), (294, 172), (254, 172),
                    (236, 158), (197, 275), (93, 241), (128, 130), (110, 120)], 3.2, 0, 0.6, DET)
    parts = pistol_hammer() + frame + [layers] + pistol_slide(F2)
    parts += [P("M392,86 L410,86 L410,98 L392,98 Z", F2, 1.5)]
    write("status-3d-printed-frame", "3D-printed (privately made) pistol",
          "A pistol with a 3D-printed plastic frame: fine, even layer lines across the frame, no maker's marks "
          "or serial; the slide, barrel and small parts are usually steel and may be bought-in parts.",
          [paper()] + parts + [
              label("printed frame: layer lines", 250, 304, 180, 250, "start", accent=True),
              label("steel slide and barrel", 330, 40, 330, 80, "middle"),
              label("no serial number", 430, 170, 360, 124, "end"),
          ])


def status_replica_airsoft_drawing():
    bb = [C(110, 150, 14, F2, 2), D("M102,144 Q106,140 112,140")]
    cart = [P("M240,138 L330,138 L330,162 L240,162 Z", F2), P("M236,136 L240,136 L240,164 L236,164 Z", F2, 1.5),
            P("M330,140 Q360,140 380,150 Q360,160 330,160 Z", F1)]
    muzzle = [P("M60,250 L330,250 L330,290 L60,290 Z", F1), P("M330,246 L370,246 L370,294 L330,294 Z", ACC.replace(ACC, "#ffffff"), 2, ACC),
              hatch([(330, 246), (370, 246), (370, 294), (330, 294)], 4, 45, 1.0, ACC)]
    write("status-replica-airsoft", "Replica, airsoft or toy",
          "A 6 mm plastic BB from an airsoft gun beside a real 9 mm cartridge, at the same scale: an item that "
          "takes BBs, not cartridges, is a replica or airsoft gun. Many replicas carry a coloured (often orange) "
          "tip at the muzzle, which can be painted over.",
          [paper()] + bb + cart + muzzle + [
              T(110, 200, "BB, 6 mm", "middle", 12), T(308, 200, "cartridge, 9 mm", "middle", 12),
              T(240, 108, "same scale", "middle", 12, DET),
              label("coloured tip", 420, 236, 364, 256, "middle", accent=True),
              label("replica, muzzle end", 190, 234, 190, 252, "middle"),
          ])


def status_deactivated_drawing():
    y0, y1, b0, b1 = 100, 170, 122, 148
    p = [P(f"M40,{y0} L440,{y0} L440,{y1} L40,{y1} Z", "#ffffff"),
         hatch([(40, y0), (440, y0), (440, b0), (40, b0)], 5, 45), hatch([(40, b1), (440, b1), (440, y1), (40, y1)], 5, 45),
         P(f"M40,{y0} L440,{y0} L440,{y1} L40,{y1} Z", "none"), D(f"M40,{b0} L440,{b0} M40,{b1} L440,{b1}", 1.5, OUT)]
    for x in (150, 250, 350):
        p += [P(f"M{x},{y0-8} L{x+12},{y0-8} L{x+12},{y1} L{x},{y1} Z", F2, 2, ACC)]
    p += [P(f"M80,{b0} L120,{b0} L120,{b1} L80,{b1} Z", F2, 1.5, ACC),
          hatch([(80, b0), (120, b0), (120, b1), (80, b1)], 3, -45, 0.8, ACC)]
    stamp = [E(240, 250, 90, 36, "#ffffff", 2, ACC), T(240, 246, "EU DEACT", "middle", 13, ACC, "bold", False),
             T(240, 264, "XX 2021", "middle", 12, ACC, translate=False)]
    write("status-deactivated", "Deactivated firearm",
          "Cut through a deactivated barrel: steel pins driven through the bore and a welded plug in the "
          "chamber, so nothing can pass; below, a deactivation mark as stamped on the parts (the text is an "
          "example). A deactivated firearm needs the mark and its certificate.",
          [paper()] + p + stamp + [
              T(40, 90, "cut along the barrel", size=11, fill=DET),
              label("pins through the bore", 330, 60, 356, 94, "middle", accent=True),
              label("welded plug", 90, 210, 100, 148, "middle", accent=True),
              label("deactivation mark", 350, 300, 300, 270, "start"),
          ])


def status_converted_drawing():
    parts = pistol()
    y0, y1 = 190, 260
    cut = [P(f"M150,{y0} L440,{y0} L440,{y1} L150,{y1} Z", "#ffffff"),
           hatch([(150, y0), (440, y0), (440, 214), (150, 214)], 5, 45),
           hatch([(150, 236), (440, 236), (440, y1), (150, y1)], 5, 45),
           P(f"M150,{y0} L440,{y0} L440,{y1} L150,{y1} Z", "none"), D("M150,214 L440,214 M150,236 L440,236", 1.5, OUT),
           P("M250,206 L266,206 L266,244 L250,244 Z", "none", 1.5, ACC),
           D("M150,225 L440,225", 1.5, ACC)]
    # keep the pistol small above the section
    s = 0.62
    g = G(scaled(lambda: "\n".join(parts), s), 40 - 90 * s, 8, s)
    write("status-converted", "Alarm pistol converted to fire bullets",
          "An alarm pistol and a cut along its barrel after conversion: the insert has been drilled out and the "
          "bore opened through, so a projectile can pass; look for drill marks, a replaced or sleeved barrel, a "
          "closed side vent.",
          [paper(), g] + cut + [
              T(150, 182, "barrel, cut along", size=11, fill=DET),
              label("insert drilled out", 330, 296, 258, 244, "start", accent=True),
              label("bore open through", 390, 160, 400, 225, "middle", accent=True),
              label("alarm pistol", 300, 60, 230, 70, "start"),
          ])


if __name__ == "__main__":
    for fn in list(globals().values()):
        if callable(fn) and getattr(fn, "__name__", "").endswith("_drawing") and fn.__module__ == "__main__":
            fn()
