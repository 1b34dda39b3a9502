"""Choosing a body site on the map: click, read the name, Enter to accept, Esc to cancel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from calcitrack.domain.codes import Laterality
from calcitrack.ui.overview.body_site_picker_dialog import BodySitePickerDialog
from tests.reports.charts.test_lesion_map import ra_lesions
from tests.ui.overview.test_lesion_map_view import pixel


def opened(qtbot: QtBot, dialog: BodySitePickerDialog) -> BodySitePickerDialog:
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def click_site(qtbot: QtBot, dialog: BodySitePickerDialog, site: str, side: Laterality) -> None:
    view = dialog.map_view
    x, y, _ = view.drawing.geometry.anchor(site, side)
    with qtbot.waitSignal(view.site_clicked, timeout=1000):
        qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=pixel(view, x, y))


def test_a_click_chooses_the_site_and_enter_accepts_it(qtbot: QtBot) -> None:
    dialog = opened(qtbot, BodySitePickerDialog())
    assert dialog.chosen_site() is None
    assert not dialog.ok_button.isEnabled()
    assert dialog.map_view.picking_site
    click_site(qtbot, dialog, "thigh", Laterality.RIGHT)
    assert dialog.site_label.text() == "<b>Right thigh</b>"
    assert dialog.ok_button.isEnabled()
    click_site(qtbot, dialog, "buttock", Laterality.LEFT)  # a second click changes the answer
    assert "Left buttock" in dialog.site_label.text()
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen_site() == ("buttock", Laterality.LEFT)


def test_the_chosen_site_is_ringed_where_it_was_clicked(qtbot: QtBot) -> None:
    dialog = opened(qtbot, BodySitePickerDialog(lesions=ra_lesions()))
    assert set(dialog.map_view.drawing.markers) == {m.label for m in ra_lesions()}
    alt = next(
        a
        for a in dialog.map_view.drawing.geometry.click_targets
        if not a.placement and a.site == "knee" and a.laterality is Laterality.RIGHT
    )
    view = dialog.map_view
    with qtbot.waitSignal(view.site_clicked, timeout=1000):
        qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=pixel(view, alt.x, alt.y))
    assert dialog.chosen_site() == ("knee", Laterality.RIGHT)
    assert [(r.x, r.y) for r in view.rings() if not r.dashed] == [(alt.x, alt.y)]
    painted = [centre.toPoint() for centre, _r, _c, dashed in view.canvas.rings if not dashed]
    assert len(painted) == 1
    assert (painted[0] - pixel(view, alt.x, alt.y)).manhattanLength() <= 2


def test_enter_without_a_choice_does_not_accept(qtbot: QtBot) -> None:
    dialog = opened(qtbot, BodySitePickerDialog())
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.chosen_site() is None


def test_escape_cancels(qtbot: QtBot) -> None:
    dialog = opened(qtbot, BodySitePickerDialog())
    click_site(qtbot, dialog, "face", Laterality.MIDLINE)
    assert dialog.site_label.text() == "<b>Face</b>"
    with qtbot.waitSignal(dialog.rejected, timeout=1000):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.chosen_site() is None


def test_an_initial_site_is_shown_and_kept_on_ok(qtbot: QtBot) -> None:
    dialog = opened(qtbot, BodySitePickerDialog(initial=("elbow", Laterality.LEFT)))
    assert dialog.site_label.text() == "<b>Left elbow</b>"
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.chosen_site() == ("elbow", Laterality.LEFT)
