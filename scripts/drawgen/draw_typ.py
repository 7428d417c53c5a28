from shapes import *

LG_DY = -70                      # long guns: main view moved up, detail of the action below
LG_DST = (210, 178, 260, 132)    # where the magnified action goes


def im(x, y, src=None):
    """Where a point of the full-size long gun lands in its magnified detail."""
    sx, sy = src or LG_SRC
    return LG_DST[0] + (x - sx) * 2, LG_DST[1] + (y - sy) * 2


LG_SRC = (116, 118)
PS = (176, 110)   # pump and self-loading: the receiver front, gap and fore-end
LS = (114, 113)   # lever: hammer to loop


def long_gun(parts_fn, box, labels, src=None):
    box = (*src, 130, 66) if src else box
    under, over = detail_view(parts_fn, box, LG_DST, "action, enlarged", (0, LG_DY))
    return [paper()] + under + [G("\n".join(parts_fn()), 0, LG_DY)] + over + labels


def revolver_drawing():
    write("revolver", "Revolver",
          "Right side of a double-action revolver: a revolving cylinder with six chambers sits in a window of "
          "the frame, behind the barrel; exposed hammer, ejector rod under the barrel, grip with wooden stocks.",
          [paper()] + revolver() + [
              label("cylinder", 208, 40, 214, 96, "middle", accent=True),
              label("hammer", 70, 62, 126, 70, "end"),
              label("barrel", 360, 62, 350, 96, "middle"),
              label("ejector rod", 380, 160, 330, 120, "start"),
              label("frame", 300, 190, 262, 150, "start"),
              label("trigger", 260, 230, 216, 182, "start"),
              label("grip", 60, 240, 112, 236, "end"),
          ])

def pistol_drawing():
    write("pistol-self-loading", "Self-loading pistol",
          "Right side of a self-loading pistol: a slide with ejection port over the frame, the magazine inside "
          "the grip, exposed hammer and a safety lever at the rear.",
          [paper()] + pistol() + [
              label("slide", 330, 42, 330, 80, "middle", accent=True),
              label("ejection port", 232, 42, 242, 84, "middle"),
              label("hammer", 54, 82, 106, 96, "end"),
              label("safety", 54, 128, 136, 120, "end"),
              label("frame", 420, 150, 370, 122, "start"),
              label("trigger", 330, 200, 270, 150, "start"),
              label("magazine (in grip)", 230, 304, 170, 278, "start", accent=True),
          ])

def rifle_bolt_drawing():
    write("rifle-bolt", "Bolt-action rifle",
          "Right side of a bolt-action rifle: a bolt handle sticks out to the right of the receiver and is "
          "lifted and pulled back by hand; fixed magazine under the receiver, one-piece wooden stock.",
          long_gun(rifle_bolt, (*LG_SRC, 130, 66), [
              label("bolt handle", 200, 292, *im(147, 158), "end", accent=True),
              label("bolt", 200, 206, *im(196, 137.5), "end"),
              label("magazine", 420, 304, *im(200, 165), "middle"),
              label("receiver", 190, 30, 190, 62, "middle"),
              label("barrel", 380, 36, 380, 68, "middle"),
              label("stock", 70, 36, 70, 66, "middle"),
          ]))



def arrow2(x1, x2, y, c=ACC):
    return (f'<path d="M{x1},{y} L{x2},{y} M{x1+6},{y-4} L{x1},{y} L{x1+6},{y+4} M{x2-6},{y-4} L{x2},{y} '
            f'L{x2-6},{y+4}" fill="none" stroke="{c}" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round"/>')


def rifle_lever_drawing():
    write("rifle-lever", "Lever-action rifle",
          "Right side of a lever-action rifle: a lever with a finger loop under the receiver works the action; "
          "exposed hammer, tube magazine under the barrel, straight two-piece stock.",
          long_gun(rifle_lever, None, [
              label("lever", 200, 292, *im(128, 172, LS), "end", accent=True),
              label("hammer", 200, 206, *im(138, 114, LS), "end"),
              label("loading gate", 440, 304, *im(200, 146, LS), "middle"),
              label("tube magazine", 360, 36, 360, 77, "middle"),
              label("receiver", 190, 32, 190, 62, "middle"),
              label("stock", 70, 36, 70, 66, "middle"),
          ], src=LS))


def rifle_pump_drawing():
    write("rifle-pump", "Pump-action (slide-action) rifle",
          "Right side of a pump-action rifle: the grooved fore-end slides back and forth on action bars to work "
          "the action; rifle barrel with sights, box magazine under the receiver.",
          long_gun(rifle_pump, None, [
              arrow2(278, 360, 100),
              label("sliding fore-end", 318, 36, 318, 76, "middle", accent=True),
              label("magazine", 200, 292, *im(192, 172, PS), "end"),
              label("ejection port", 200, 206, *im(190, 137, PS), "end"),
              label("action bars", 200, 250, *im(250, 148.5, PS), "end"),
              label("stock", 70, 36, 70, 66, "middle"),
          ], src=PS))


def rifle_self_loading_drawing():
    write("rifle-self-loading", "Self-loading (semi-automatic) rifle",
          "Right side of a self-loading rifle: a charging handle instead of a bolt handle, ejection port, gas "
          "block on the barrel, detachable box magazine; fires one shot per pull of the trigger.",
          long_gun(rifle_self_loading, (*LG_SRC, 130, 66), [
              label("charging handle", 200, 206, *im(220, 138), "end", accent=True),
              label("ejection port", 200, 250, *im(176, 135), "end"),
              label("magazine", 200, 292, *im(192, 175), "end"),
              label("gas block", 338, 36, 338, 76, "middle"),
              label("stock", 70, 36, 70, 66, "middle"),
          ]))


def rifle_select_fire_drawing():
    write("rifle-select-fire", "Select-fire (assault) rifle",
          "Right side of a select-fire rifle: a selector lever on the receiver sets safe, automatic or single "
          "shots; curved detachable magazine, pistol grip, gas tube over the barrel.",
          long_gun(rifle_select_fire, (*LG_SRC, 130, 66), [
              label("selector (safe / auto / semi)", 200, 206, *im(170, 138.5), "end", accent=True),
              label("pistol grip", 200, 292, *im(160, 182), "end"),
              label("gas tube", 286, 36, 286, 64, "middle"),
              label("charging handle", 190, 26, 232, 67, "end"),
          ]) + [label("curved magazine", 120, 130, 236, 140, "end")])


def shotgun_break_drawing():
    write("shotgun-break", "Break-action shotgun",
          "Right side of an over-and-under shotgun: the barrels tip down at a hinge in front of the action "
          "when the top lever is pushed aside; no magazine, a bead at the muzzle, two barrels.",
          long_gun(shotgun_break, (*LG_SRC, 130, 66), [
              label("hinge", 200, 292, *im(192, 152), "end", accent=True),
              label("top lever", 200, 206, *im(148, 124), "end"),
              label("two barrels", 360, 36, 360, 67, "middle"),
              label("fore-end", 250, 36, 250, 84, "middle"),
              label("stock", 70, 36, 70, 66, "middle"),
          ]))


def shotgun_pump_drawing():
    write("shotgun-pump", "Pump-action shotgun",
          "Right side of a pump-action shotgun: a grooved fore-end slides on the magazine tube and leaves a gap "
          "with action bars in front of the receiver; tube magazine, bead at the muzzle.",
          long_gun(shotgun_pump, (134, 118, 130, 66), [
              arrow2(282, 370, 102),
              label("sliding fore-end", 326, 36, 326, 78, "middle", accent=True),
              label("gap with action bars", 200, 250, *im(256, 152.5, PS), "end"),
              label("ejection port", 200, 206, *im(195, 136, PS), "end"),
              label("tube magazine", 420, 150, 410, 80, "middle"),
              label("stock", 70, 36, 70, 66, "middle"),
          ], src=PS))


def shotgun_self_loading_drawing():
    write("shotgun-self-loading", "Self-loading (semi-automatic) shotgun",
          "Right side of a self-loading shotgun: a smooth fore-end fixed flush against the receiver (no gap, "
          "no action bars), a charging handle in the ejection port, magazine cap at the front of the fore-end.",
          long_gun(shotgun_self_loading, (134, 118, 130, 66), [
              label("fixed fore-end, no gap", 300, 36, 300, 80, "middle", accent=True),
              label("charging handle", 200, 206, *im(212, 138, PS), "end"),
              label("no gap", 200, 292, *im(232, 154, PS), "end", accent=True),
              label("magazine cap", 420, 150, 407, 84, "middle"),
              label("stock", 70, 36, 70, 66, "middle"),
          ], src=PS))




def submachine_gun_drawing():
    write("submachine-gun", "Sub-machine gun",
          "Right side of a sub-machine gun: short barrel, pistol grip and a detachable magazine in front of it, "
          "retractable stock, selector for automatic fire; fires pistol cartridges.",
          [paper()] + submachine_gun() + [
              label("magazine (pistol cartridges)", 300, 290, 250, 232, "start", accent=True),
              label("retractable stock", 96, 100, 100, 134, "middle"),
              label("cocking handle", 336, 70, 333, 106, "middle"),
              label("selector", 96, 220, 160, 144, "end"),
              label("short barrel", 440, 170, 372, 134, "middle"),
          ])


def machine_gun_drawing():
    write("machine-gun", "Machine gun",
          "Right side of a general-purpose machine gun: fed by a belt of cartridges, carrying handle, bipod "
          "under the barrel, long barrel with flash hider, pistol grip and fixed butt.",
          [paper()] + machine_gun() + [
              label("ammunition belt", 20, 270, 142, 234, "start", accent=True),
              label("feed cover", 170, 68, 190, 101, "middle"),
              label("carrying handle", 300, 62, 290, 89, "middle"),
              label("bipod", 420, 230, 388, 212, "start"),
              label("barrel", 420, 100, 410, 128, "middle"),
              label("butt", 50, 100, 60, 124, "middle"),
          ])


def light_weapon_drawing():
    write("light-weapon", "Light weapon: shoulder-fired launcher",
          "Right side of a shoulder-fired rocket-propelled grenade launcher: a long open tube with a heat shield, "
          "two grips and an optical sight, a grenade loaded in the front end.",
          [paper()] + light_weapon() + [
              label("grenade (loaded)", 420, 214, 420, 170, "middle", accent=True),
              label("launch tube", 90, 110, 100, 148, "middle"),
              label("optical sight", 222, 90, 222, 114, "middle"),
              label("heat shield", 150, 230, 170, 168, "middle"),
              label("grips", 270, 240, 240, 196, "start"),
          ])


def handgun_other_drawing():
    write("handgun-other", "Other handgun: derringer or single-shot pistol",
          "Right side of an over-and-under derringer: two short barrels that tip up on a hinge for loading, one "
          "shot per barrel, exposed hammer, spur trigger without a guard, small bird's-head grip.",
          [paper()] + derringer() + [
              label("two barrels, tip up to load", 300, 206, 260, 172, "middle", accent=True),
              label("hinge", 230, 90, 170, 122, "start"),
              label("hammer", 60, 80, 92, 96, "end"),
              label("spur trigger (no guard)", 190, 246, 146, 200, "start"),
          ])


if __name__ == "__main__":
    import sys
    for fn in list(globals().values()):
        if callable(fn) and getattr(fn, "__name__", "").endswith("_drawing"):
            fn()
