"""Benchmark: rendering every step of the identification wizard (issue 5: under 100 ms).

Walks the nine identifications of ``tests/identify/cases`` in the wizard at
1366x768 and times, for every step, building the page (question widgets, choice
rows with their small pictures, the path, the large picture) and painting the
whole window once: first with the picture cache empty (the first showing of each
drawing at each size), then again with the cache warm (going back and forth).
Baselines in the same run, for the same steps:

  * QtSvg alone: ``QSvgRenderer`` drawing the step's large picture into an image of
    the size shown (what any SVG viewer pays for the picture, uncached);
  * a plain page: a ``QWidget`` with one ``QLabel`` per question and choice, built
    and painted (the least any page of the same text pays).

Prints Markdown for docs/performance.md.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/wizard_bench.py [--repeat R]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "identify" / "cases"
TARGET_MS = 100.0


def _ms(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def _walk_steps(answers: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """The steps of a case in order, with the answers given on each."""
    from borderdesk.identify.checklist import default_checklist
    from borderdesk.identify.engine import Walk

    walk = Walk.start(default_checklist())
    steps = []
    while (shown := walk.current) is not None:
        given = {q.id: answers[q.id] for q in shown.questions if q.id in answers}
        steps.append((shown.step.id, given))
        walk.answer(given)
    return steps


def measure(repeat: int) -> dict[str, Any]:
    """Time every step of every case; the figures as plain data."""
    import yaml
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer
    from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

    from borderdesk.identify.checklist import default_checklist
    from borderdesk.identify.engine import Walk
    from borderdesk.services.inspections import start_inspection
    from borderdesk.services.intake import import_files
    from borderdesk.services.station import open_station
    from borderdesk.ui import identify_picture
    from borderdesk.ui.app import prepare_application
    from borderdesk.ui.identify_wizard import open_new
    from tests.conftest import declaration

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    prepare_application(app)
    checklist = default_checklist()
    figures: dict[str, Any] = {"cases": {}}
    with tempfile.TemporaryDirectory(prefix="wizard-bench-") as folder:
        source = Path(folder) / "d.json"
        source.write_text(json.dumps([declaration("BENCH-1")]), encoding="utf-8")
        with open_station(Path(folder) / "bench.db", create=True, actor="bench") as session:
            assert import_files(session, [source]).ok
            inspection = start_inspection(session, "BENCH-1", "physical").id
            for path in sorted(CASES.glob("*.yaml")):
                answers = yaml.safe_load(path.read_text(encoding="utf-8"))["answers"]
                steps = _walk_steps(answers)
                first: list[float] = []
                cached: list[float] = []
                svg: list[float] = []
                plain: list[float] = []
                for run in range(repeat):
                    wizard = open_new(None, session, inspection, path.stem)
                    wizard.resize(1366, 768)
                    wizard.show()
                    app.processEvents()
                    for warm in (False, True):
                        if not warm:
                            identify_picture.clear_cache()
                        wizard.walk = Walk.start(checklist)
                        for step_id, given in steps:
                            took = _ms(lambda w=wizard: (w.show_step(), w.repaint()))
                            (cached if warm else first).append(took)
                            shown = wizard.walk.current
                            assert shown is not None and shown.step.id == step_id
                            if warm and run == 0:
                                svg.append(_svg_alone(wizard.picture, QSvgRenderer, QImage,
                                                      QPainter, QRectF, Qt))
                                plain.append(_plain_page(shown, QWidget, QVBoxLayout, QLabel))
                            wizard.walk.answer(given)
                            # Between two steps the officer reads and answers: the event
                            # loop runs (deferred deletes of the page left, not timed).
                            app.processEvents()
                        took = _ms(lambda w=wizard: (w.show_step(), w.repaint()))  # result
                        (cached if warm else first).append(took)
                    wizard._done = True  # a bench walk is not saved
                    wizard.close()
                    wizard.deleteLater()
                    app.processEvents()
                figures["cases"][path.stem] = {
                    "steps": len(steps) + 1, "first": first, "cached": cached,
                    "svg": svg, "plain": plain}
    figures["cache"] = identify_picture.cache_stats()
    return figures


def _svg_alone(picture: Any, renderer_type: Any, image_type: Any, painter_type: Any,
               rect_type: Any, qt: Any) -> float:
    """QtSvg drawing the step's large picture at the size shown, with nothing cached."""
    name = picture.drawing
    if not name:
        return 0.0
    from borderdesk.ui.identify_picture import drawing_path

    size = picture.picture_rect().size().toSize()

    def draw() -> None:
        renderer = renderer_type(str(drawing_path(name)))
        image = image_type(size, image_type.Format.Format_ARGB32_Premultiplied)
        image.fill(qt.GlobalColor.white)
        painter = painter_type(image)
        renderer.render(painter, rect_type(0, 0, size.width(), size.height()))
        painter.end()

    return _ms(draw)


def _plain_page(shown: Any, widget_type: Any, layout_type: Any, label_type: Any) -> float:
    """A QWidget with a QLabel per question and choice, built and painted."""
    def build() -> None:
        page = widget_type()
        layout = layout_type(page)
        for question in shown.questions:
            layout.addWidget(label_type(question.label))
            for choice in question.choices:
                layout.addWidget(label_type(choice.label))
        page.resize(640, 700)
        page.grab()
        page.deleteLater()

    return _ms(build)


def _row(name: str, values: list[float]) -> str:
    return f"{statistics.median(values):.1f} ms | {max(values):.1f} ms"


def main() -> int:
    """Measure and print the Markdown tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3,
                        help="walks of each case (the first-showing figures clear the cache"
                             " before each)")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    figures = measure(args.repeat)
    scale = os.environ.get("QT_SCALE_FACTOR", "1")
    print(f"Wizard at 1366x768 (scale {scale}), {args.repeat} walks of each case; "
          f"Python {platform.python_version()}, {platform.machine()}, "
          f"QT_QPA_PLATFORM={os.environ['QT_QPA_PLATFORM']}.\n")
    print("| case | steps | first showing: median | worst | cached: median | worst "
          "| QtSvg alone: worst | plain QLabel page: worst |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    every_first: list[float] = []
    every_cached: list[float] = []
    for name, case in figures["cases"].items():
        every_first += case["first"]
        every_cached += case["cached"]
        print(f"| {name} | {case['steps']} | {_row(name, case['first'])} | "
              f"{_row(name, case['cached'])} | {max(case['svg']):.1f} ms | "
              f"{max(case['plain']):.1f} ms |")
    worst_first, worst_cached = max(every_first), max(every_cached)
    print("\n| every step (build + paint) | median | worst | target | |")
    print("|---|---:|---:|---:|---|")
    for label, values, worst in (("first showing (cache empty)", every_first, worst_first),
                                 ("cached", every_cached, worst_cached)):
        verdict = "met" if worst < TARGET_MS else "MISSED"
        print(f"| {label} | {statistics.median(values):.1f} ms | {worst:.1f} ms | "
              f"{TARGET_MS:.0f} ms | {verdict} |")
    stats = figures["cache"]
    print(f"\nPicture cache: {stats['entries']} pixmaps held, {stats['drawn']} drawn and "
          f"{stats['reused']} reused in the last cached walk and before.")
    return 0 if worst_first < TARGET_MS and worst_cached < TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
