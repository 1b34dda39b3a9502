"""The Today view and the recall list in the pseudo-language: every text a person reads came
through the translation, and none is clipped by the longer text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from calcitrack.app import drafts_of
from calcitrack.bootstrap import Clinic
from calcitrack.services.worklist_service import WorklistService
from calcitrack.ui.common.task_runner import InlineTaskRunner
from calcitrack.ui.patients.patient_list_panel import PatientListPanel
from calcitrack.ui.worklist.recall_dialog import RecallDialog
from calcitrack.ui.worklist.recall_document import recall_html
from calcitrack.ui.worklist.today_panel import DRAFTS, DUE, SEEN, UNSIGNED, LeftTabs, TodayPanel
from tests.support.accounts import open_signed_in
from tests.support.pseudo_locale import OPEN, assert_translated, shown
from tests.ui.worklist import worklist_clinic as wc

pytestmark = pytest.mark.usefixtures("pseudo_language")


@pytest.fixture
def clinic(sqlite_url: str) -> Iterator[Clinic]:
    opened = open_signed_in(sqlite_url)
    wc.fill(opened)
    yield opened
    opened.close()


def _today_panel(clinic: Clinic) -> TodayPanel:
    panel = TodayPanel(
        WorklistService(clinic.context()),
        InlineTaskRunner(),
        drafts_of(clinic, clinic.context().actor),
        today=lambda: wc.TODAY,
    )
    panel.resize(520, 600)
    return panel


def test_today(qtbot: QtBot, clinic: Clinic) -> None:
    panel = _today_panel(clinic)
    shown(qtbot, panel)
    panel.refresh()  # inline: read at once
    assert panel.worklist is not None
    assert_translated(panel)
    for key in (DUE, SEEN, UNSIGNED, DRAFTS):
        head = panel.section(key)
        assert head is not None and head.text(0).startswith(OPEN), key
    whens = [when for key in (DUE, SEEN, UNSIGNED) for _patient, when in panel.rows(key)]
    assert whens and all(when.startswith(OPEN) for when in whens), whens
    header = panel.tree.headerItem()
    assert all(header.text(c).startswith(OPEN) for c in range(header.columnCount()))


def test_today_without_a_worklist(qtbot: QtBot, clinic: Clinic) -> None:
    panel = TodayPanel(None, InlineTaskRunner(), drafts_of(clinic, clinic.context().actor))
    panel.resize(520, 600)
    shown(qtbot, panel)
    panel.refresh()
    assert panel.message.isVisible()
    assert_translated(panel)


def test_the_tabs_beside_the_patient_list(qtbot: QtBot, clinic: Clinic) -> None:
    tabs = LeftTabs(PatientListPanel(), _today_panel(clinic), lambda _mrn: None)
    qtbot.addWidget(tabs)
    texts = [tabs.tabText(i) for i in range(tabs.count())]
    texts += [tabs.tabToolTip(1), tabs.today_action.text(), tabs.today_action.statusTip()]
    assert all(text.startswith(OPEN) for text in texts), texts


def _recall(clinic: Clinic, *, may_export: bool, folder: Path) -> RecallDialog:
    source = WorklistService(clinic.context())
    return RecallDialog(
        source.today_list(wc.TODAY), source, InlineTaskRunner(),
        may_export=may_export, folder=folder,
    )  # fmt: skip


def test_recall_list(qtbot: QtBot, clinic: Clinic, tmp_path: Path) -> None:
    dialog = _recall(clinic, may_export=True, folder=tmp_path)
    shown(qtbot, dialog)
    assert_translated(dialog)
    items = [dialog.table.horizontalHeaderItem(c) for c in range(dialog.table.columnCount())]
    headers = [item.text() if item is not None else "" for item in items]
    assert all(header.startswith(OPEN) for header in headers), headers
    nowhere = str(tmp_path / "nowhere" / "r.csv")
    dialog.choose_file = lambda suggested: nowhere  # type: ignore[method-assign]
    dialog.export_csv()  # a folder that does not exist
    assert dialog.message.text().startswith(OPEN)
    assert_translated(dialog)
    assert "<h2>" + OPEN in recall_html(dialog.worklist)


def test_recall_list_without_the_right_to_export(
    qtbot: QtBot, clinic: Clinic, tmp_path: Path
) -> None:
    dialog = _recall(clinic, may_export=False, folder=tmp_path)
    shown(qtbot, dialog)
    assert dialog.message.text()
    assert_translated(dialog)
