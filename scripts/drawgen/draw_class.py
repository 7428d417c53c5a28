from shapes import *
from draw_marks import mark, cylinder_rear
from draw_special import *


def small(fn, s, dx, dy):
    return G(scaled(lambda: "\n".join(fn()), s), dx, dy, s)


def group_handgun_drawing():
    write("group-handgun", "Handguns",
          "Two handguns side by side, each held in one hand: a self-loading pistol (slide, magazine in the grip) "
          "and a revolver (revolving cylinder in front of the hammer).",
          [paper(), small(pistol, 0.62, -40, 60), small(revolver, 0.62, 190, 60),
           T(120, 280, "self-loading pistol", "middle", 13), T(330, 280, "revolver", "middle", 13)])


def group_long_gun_drawing():
    write("group-long-gun", "Long guns",
          "Two long guns fired from the shoulder: a rifle (thin barrel, sights, stock) above and a pump-action "
          "shotgun (wider smooth barrel, bead at the muzzle, tube magazine) below.",
          [paper(), G("\n".join(rifle_bolt()), 0, -60), G("\n".join(shotgun_pump()), 0, 70),
           T(240, 30, "rifle or carbine", "middle", 13), T(240, 300, "shotgun", "middle", 13)])


def cartridge_big(x, y, s=1.0):
    """A pistol cartridge standing upright: case and round-nose bullet, base at y."""
    w = 14 * s; hc = 30 * s; hb = 16 * s
    return [P(f"M{x-w/2},{y} L{x+w/2},{y} L{x+w/2},{y-hc} L{x-w/2},{y-hc} Z", F2, 1.5),
            P(f"M{x-w/2+1},{y-hc} Q{x-w/2+1},{y-hc-hb} {x},{y-hc-hb} Q{x+w/2-1},{y-hc-hb} {x+w/2-1},{y-hc} Z", F1, 1.5),
            D(f"M{x-w/2},{y-4*s} L{x+w/2},{y-4*s}")]


def class_ammunition_drawing():
    box = [P("M40,150 L250,150 L250,280 L40,280 Z", F1), P("M40,150 L90,110 L300,110 L250,150 Z", F1),
           P("M250,150 L300,110 L300,240 L250,280 Z", F2)]
    # rows of cartridge bases seen in the open top
    tops = []
    for row in range(4):
        for col in range(8):
            x = 60 + col * 24 + row * 11 + 6
            y = 144 - row * 9
            tops.append(E(x, y, 8, 3.2, F2, 1.2))
            tops.append(E(x, y, 2.5, 1.2, F1, 0.8, DET))
    lab = mark(70, 186, 150, 60, lines=3)
    write("class-ammunition", "Ammunition",
          "An opened box of cartridges, their bases (headstamps) up, with the maker's label giving calibre, "
          "quantity and lot, and one loose cartridge beside it.",
          [paper()] + box + tops + lab + cartridge_big(380, 270, 3.0) + [
              label("box label: calibre, quantity, lot", 240, 306, 150, 246, "middle", accent=True),
              label("cartridge", 380, 60, 380, 136, "middle"),
              label("headstamps", 140, 70, 150, 126, "middle"),
          ])


def class_part_drawing():
    s = 0.8
    slide = G(scaled(lambda: "\n".join(pistol_slide()), s), 150 - 118 * s, 20, s)
    barrel = [P("M40,176 L60,174 L60,196 L40,194 Z", F2, 1.5), P("M60,170 L120,170 L440,178 L440,190 L120,198 L60,198 Z", F1)]
    bolt = [P("M140,250 L330,250 L330,276 L140,276 Z", F1), P("M330,247 L356,247 L356,279 L330,279 Z", F2, 1.5),
            P("M104,254 L140,250 L140,276 L104,272 Q96,263 104,254 Z", F2, 1.5),
            P("M156,276 L170,276 L150,306 L138,302 Z", F1, 1.5), C(140, 306, 8, F2, 1.5)]
    write("class-part", "Parts and essential components",
          "Essential components laid out on their own, without a whole firearm: a pistol slide, a rifle "
          "barrel and a rifle bolt. Each is counted and described; many carry the serial number.",
          [paper(), slide] + barrel + bolt + [
              T(150, 130, "slide", size=12, fill=DET), T(300, 166, "barrel", size=12, fill=DET),
              T(370, 270, "bolt", size=12, fill=DET)])


def class_accessory_drawing():
    mag = [P("M80,60 L140,60 L170,262 L106,262 Z", F1), P("M100,274 L176,274 L176,262 L100,262 Z", F2, 1.5),
           P("M86,44 L130,44 Q140,47 148,50 Q140,53 130,56 L86,56 Z", F1, 1.2)]
    for i in range(6):
        cy = 92 + i * 30
        mag.append(C(80 + (cy - 60) * 30 / 202 + 30, cy, 4, "#ffffff", 1, DET))
    sil = [P("M230,140 L446,140 Q456,140 456,150 L456,190 Q456,200 446,200 L230,200 Q220,200 220,190 L220,150 "
             "Q220,140 230,140 Z", F1),
           P("M190,156 L220,156 L220,184 L190,184 Z", F2, 1.5),
           D(" ".join(f"M{x},156 L{x},184" for x in range(194, 220, 4))), C(456, 170, 5, "#ffffff", 1.5)]
    write("class-accessory", "Accessories: magazine and silencer",
          "Two accessories that many laws control: a detachable pistol magazine (capacity may be limited) and a "
          "silencer (sound moderator) that screws onto a muzzle.",
          [paper()] + mag + sil + [T(130, 300, "magazine", "middle", 13), T(330, 240, "silencer", "middle", 13)])


def class_other_weapon_drawing():
    alarm = [small(pistol, 0.55, -40, 90)]
    # A break-barrel air pistol: a thick compression body, a thinner barrel hinged at its
    # front (the pivot), sights at both ends, an angled grip and a trigger guard.
    air = [P("M272,148 L382,148 L382,174 L272,174 Q262,174 262,161 Q262,148 272,148 Z", F1),
           P("M382,151 L452,151 L452,163 L382,163 Z", F1, 1.5),
           P("M444,151 L446,144 L451,144 L452,151", F1, 1.2),
           P("M268,148 L270,141 L280,141 L282,148", F1, 1.2),
           C(386, 168, 4, F2, 1.2),
           D("M300,154 L368,154"), D("M300,168 L368,168"),
           P("M274,174 L314,174 L304,246 Q302,254 294,254 L272,254 Q264,254 266,246 Z", F2, 1.5),
           D("M276,186 L300,186"), D("M274,200 L298,200"), D("M272,214 L296,214"),
           D("M270,228 L294,228"),
           P("M314,174 Q314,198 330,200 L342,200 Q348,188 344,174", "none", 1.5),
           D("M328,174 Q332,184 326,192")]
    write("class-other-weapon", "Other weapons: alarm, air and gas guns",
          "Two weapons that look like firearms but are not, unless converted: an alarm (blank or gas) pistol, "
          "whose barrel is blocked, and an air pistol that fires pellets.",
          [paper()] + alarm + air + [
              T(110, 270, "alarm / signal pistol", "middle", 13), T(360, 280, "air pistol", "middle", 13),
              label("blocked barrel", 200, 90, 176, 141, "middle", accent=True),
              label("barrel pivot", 420, 210, 388, 171, "middle")])


if __name__ == "__main__":
    for fn in list(globals().values()):
        if callable(fn) and getattr(fn, "__name__", "").endswith("_drawing") and fn.__module__ == "__main__":
            fn()
