"""Tools → Audit trail → Verify on the real demo clinic (a SQLite file, its visits signed as
``calcitrack demo`` signs them): every check of ``audit verify`` (chain, replay, anchors,
signatures) on the task runner's worker threads, the result in words in the dialog.

The reproduction: ``UPDATE visits SET pain_nrs=9, weight_kg=99 WHERE id=<a signed visit>`` straight
into the database names the invalid signature and each field changed behind the application's
back; untouched, the dialog says the trail is intact with what it checked; a database gone away
is a message in the dialog, not a traceback, and Verify can be pressed again.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QListWidget, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from calcitrack.bootstrap import Clinic, open_clinic
from calcitrack.domain.codes import Role
from calcitrack.services.audit_service import AuditService
from calcitrack.services.demo.demo_accounts import (
    DEMO_PASSWORD,
    create_demo_accounts,
    sign_earlier_visits,
)
from calcitrack.services.demo.demo_clinic import demo_charts
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.ui.audit.audit_verification import SCOPE, TrailVerification
from calcitrack.ui.audit.audit_viewer_dialog import AuditViewerDialog
from calcitrack.ui.audit.findings_list import MAX_HEIGHT, SHOWN, FindingsList
from calcitrack.ui.common.task_runner import TaskRunner
from tests.ui.held_runner import HeldRunner

TODAY = date(2026, 11, 20)
MRN, DAY = "DEMO-0001", date(2025, 3, 10)


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Clinic]:
    """The demo clinic as ``calcitrack demo`` writes it, the physician signed in."""
    clinic = open_clinic(f"sqlite:///{tmp_path / 'clinic' / 'demo.sqlite3'}")
    clinic.user = create_demo_accounts(clinic.uow)[Role.PHYSICIAN]
    clinic.today = lambda: TODAY
    ChartService(clinic.context()).add_charts(demo_charts())
    assert sign_earlier_visits(clinic.context(), DEMO_PASSWORD) == 20
    yield clinic
    clinic.close()


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()


def _signed_visit_id(clinic: Clinic) -> int:
    with clinic.engine.connect() as conn:
        return int(
            conn.scalar(
                text(
                    "SELECT v.id FROM visits v JOIN patients p ON p.id = v.patient_id "
                    "WHERE p.mrn = :mrn AND v.visit_date = :day AND v.signed_by_id IS NOT NULL"
                ),
                {"mrn": MRN, "day": DAY},
            )
        )


def _shown(qtbot: QtBot, clinic: Clinic, runner: TaskRunner | HeldRunner) -> AuditViewerDialog:
    dialog = AuditViewerDialog(AuditService(clinic.context()), runner, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.entries_loaded, timeout=20000):
        dialog.show()
    return dialog


def _verify(qtbot: QtBot, dialog: AuditViewerDialog) -> TrailVerification:
    with qtbot.waitSignal(dialog.verified, timeout=60000) as verified:
        qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
        assert not dialog.verify_button.isEnabled()  # busy until the worker has answered
    assert dialog.verify_button.isEnabled()
    result = verified.args[0]
    assert isinstance(result, TrailVerification)
    return result


def _lines(widget: QListWidget) -> list[str]:
    return [widget.item(row).text() for row in range(widget.count())]


def _red(widget: QListWidget) -> list[str]:
    return [
        widget.item(row).text()
        for row in range(widget.count())
        if widget.item(row).foreground().color().name() == "#b00020"
    ]


def test_the_button_reads_verify_with_an_access_key_of_its_own(
    qtbot: QtBot, demo: Clinic, runner: TaskRunner
) -> None:
    dialog = _shown(qtbot, demo, runner)
    assert dialog.verify_button.text() == "&Verify"
    keys = [
        widget.text().split("&", 1)[1][0].lower()
        for kind in (QPushButton, QCheckBox, QLabel)
        for widget in dialog.findChildren(kind)
        if "&" in widget.text()
    ]
    assert keys.count("v") == 1 and len(keys) == len(set(keys))
    assert not dialog.findings.isVisible()


def test_an_untouched_demo_clinic_is_intact_in_words(
    qtbot: QtBot, demo: Clinic, runner: TaskRunner
) -> None:
    dialog = _shown(qtbot, demo, runner)
    result = _verify(qtbot, dialog)
    service = AuditService(demo.context())
    entries, anchors = service.verify().checked, service.check_anchors().checked
    assert result.ok and anchors >= 1
    assert dialog.message_label.text() == (
        f"Audit trail intact: {entries:,} entries, every audited row as the trail says, "
        f"20 signatures match what was signed, {anchors:,} anchors found."
    )
    lines = _lines(dialog.findings)
    assert dialog.findings.isVisible() and _red(dialog.findings) == []
    assert lines[-1] == SCOPE and "README" in SCOPE
    assert any(line.startswith(f"Newest entry #{entries}, hash ") for line in lines)


def test_a_signed_visit_changed_behind_the_applications_back_is_named(
    qtbot: QtBot, demo: Clinic, runner: TaskRunner
) -> None:
    visit_id = _signed_visit_id(demo)
    with demo.engine.begin() as conn:  # someone with sqlite3 and the file
        conn.execute(
            text("UPDATE visits SET pain_nrs=9, weight_kg=99 WHERE id=:id"), {"id": visit_id}
        )
    dialog = _shown(qtbot, demo, runner)
    result = _verify(qtbot, dialog)
    assert not result.ok
    found = _red(dialog.findings)
    assert dialog.message_label.text() == f"{len(found)} problems found:"
    assert found[0] == (
        f"Signature invalid: visit {DAY.isoformat()} of {MRN} changed after it was signed"
    )
    for field, held in (("pain_nrs", "9"), ("weight_kg", "99")):
        assert any(
            line.startswith(f"visits #{visit_id}, field {field}: edited behind the application")
            and f"the database holds {held}" in line
            for line in found
        ), found
    assert len(found) == 3  # the signature and the two fields, nothing else
    entries, anchors = result.chain.checked, result.anchors.checked
    assert f"Otherwise: the chain of {entries:,} entries is intact, 19 signatures match what " \
        f"was signed, {anchors:,} anchors found." in _lines(dialog.findings)
    assert _lines(dialog.findings)[-1] == SCOPE
    assert dialog.verify_button.isEnabled()


def test_verify_runs_on_the_runner_not_in_the_click(qtbot: QtBot, demo: Clinic) -> None:
    runner = HeldRunner()
    dialog = AuditViewerDialog(AuditService(demo.context()), runner, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    runner.take().release()  # the listing
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    assert not dialog.verify_button.isEnabled()
    assert dialog.message_label.text().startswith("Checking the audit trail")
    task = runner.take()  # nothing was checked yet: the work waits for a worker
    with qtbot.waitSignal(dialog.verified):
        task.release()
    assert dialog.verify_button.isEnabled()


def test_a_database_gone_away_is_a_message_and_verify_can_be_pressed_again(
    qtbot: QtBot, demo: Clinic, runner: TaskRunner, tmp_path: Path
) -> None:
    dialog = _shown(qtbot, demo, runner)
    demo.engine.dispose()
    (tmp_path / "clinic").rename(tmp_path / "moved")  # the share went away
    with qtbot.waitSignal(dialog.failure_shown, timeout=60000) as shown:
        qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    message = shown.args[0]
    assert message.startswith("The audit trail could not be checked: ")
    assert "Traceback" not in message and "sqlalche.me" not in message
    assert dialog.message_label.text() == message and not dialog.findings.isVisible()
    assert dialog.verify_button.isEnabled()
    (tmp_path / "moved").rename(tmp_path / "clinic")  # back: Verify works again
    assert _verify(qtbot, dialog).ok


def test_a_trail_cut_short_is_named_by_the_anchor_it_lost(
    qtbot: QtBot, demo: Clinic, runner: TaskRunner
) -> None:
    newest = AuditService(demo.context()).verify().checked
    with demo.engine.begin() as conn:  # the newest entries deleted together: the chain holds
        conn.execute(text("DROP TRIGGER audit_log_no_delete"))
        conn.execute(text("DELETE FROM audit_log WHERE id > :keep"), {"keep": newest - 5})
    dialog = _shown(qtbot, demo, runner)
    result = _verify(qtbot, dialog)
    assert result.chain.ok and not result.ok
    found = _red(dialog.findings)
    assert any(
        line.startswith(f"The trail was truncated: entry #{newest} recorded on ")
        and line.endswith(f"is gone (noted in this workstation's log {result.anchors.own_log})")
        for line in found
    ), found
    assert dialog.message_label.text() == f"{len(found)} problems found:"


def test_a_long_list_is_cut_with_a_count_and_selected_lines_copy(qtbot: QtBot) -> None:
    widget = FindingsList()
    qtbot.addWidget(widget)
    widget.resize(600, 200)
    widget.show()
    found = [f"visits #{n}: deleted behind the application's back" for n in range(SHOWN + 7)]
    widget.show_findings(found, ["a note"])
    lines = _lines(widget)
    assert lines[:SHOWN] == found[:SHOWN] and lines[SHOWN:] == ["… and 7 more", "a note", SCOPE]
    assert len(_red(widget)) == SHOWN
    assert widget.height() == MAX_HEIGHT  # the rest scrolls
    widget.setFocus()
    widget.item(0).setSelected(True)
    widget.item(2).setSelected(True)
    qtbot.keyClick(widget, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == f"{found[0]}\n{found[2]}"
