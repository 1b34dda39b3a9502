"""Tools → Clinic outcomes in the pseudo-language, on the constructed clinic of
tests/domain/outcomes: the question before anything is computed, each tab of the results, the
results marked as the previous question's, refused questions; and the Tools menu's action. Every
text a person reads came through the translation, and none is clipped."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QWidget
from pytestqt.qtbot import QtBot

from calcitrack.bootstrap import Clinic
from calcitrack.domain.clinic.permissions import Permission
from calcitrack.domain.codes import UnderlyingDisease
from calcitrack.domain.outcomes.outcomes_types import DISCLAIMER, OutcomesReport
from calcitrack.reports.exports.outcomes_pdf_writer import write_outcomes_pdf
from calcitrack.reports.outcomes import outcomes_text
from calcitrack.services.import_export.chart_service import ChartService
from calcitrack.services.research.outcomes_service import OutcomesService
from calcitrack.ui.common.task_runner import InlineTaskRunner
from calcitrack.ui.outcomes.outcomes_dialog import OutcomesDialog
from calcitrack.ui.outcomes.outcomes_menu import OutcomesMenu
from calcitrack.ui.outcomes.outcomes_query_form import RESERVED_KEYS, with_access_key
from calcitrack.ui.outcomes.outcomes_source import OutcomesTools
from tests.domain.outcomes.outcomes_clinic import AS_OF
from tests.domain.outcomes.outcomes_clinic import clinic as constructed
from tests.support.accounts import open_signed_in
from tests.support.pseudo_locale import OPEN, assert_translated

pytestmark = [
    pytest.mark.usefixtures("pseudo_language"),
    pytest.mark.qt_log_ignore("This plugin does not support"),  # offscreen: raise()
]


@pytest.fixture
def clinic(tmp_path: Path) -> Iterator[Clinic]:
    opened = open_signed_in(f"sqlite:///{tmp_path / 'clinic.sqlite3'}")
    ChartService(opened.context()).add_charts(list(constructed()))
    yield opened
    opened.close()


@pytest.fixture
def tools(clinic: Clinic) -> OutcomesTools:
    return OutcomesTools(OutcomesService(clinic.context()), write_outcomes_pdf,
                         write_outcomes_pdf, today=lambda: AS_OF)  # fmt: skip


@pytest.fixture
def dialog(qtbot: QtBot, tools: OutcomesTools) -> Iterator[OutcomesDialog]:
    shown = OutcomesDialog(tools, InlineTaskRunner(), may_export=True)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    shown.close()


def domain_texts(tools: OutcomesTools, report: OutcomesReport | None = None) -> tuple[str, ...]:
    """What the window shows as the domain and the report give it: the disclaimer, the drugs'
    names (with their access keys), the diseases, the report's subtitle and definitions. They go
    through gettext (calcitrack.i18n) in a later step, whose pseudo-catalogue these tests do not
    install yet."""
    used = set(RESERVED_KEYS)
    texts = [
        f"<b>{DISCLAIMER}</b>",
        DISCLAIMER,
        *(with_access_key(name, used) for _code, name in tools.source.regimen_choices()),
        *(disease.label for disease in UnderlyingDisease),
    ]
    if report is not None:
        texts.append(f"<b>{outcomes_text.subtitle(report)}</b>")
        texts.extend(f"• {definition}" for definition in report.definitions)
        texts.append(report.disclaimer)
    return tuple(texts)


def _checked(window: QWidget, data: tuple[str, ...]) -> None:
    QApplication.sendPostedEvents()  # laid out again after a change, as the window is when drawn
    assert_translated(window, *data)


def _computed(dialog: OutcomesDialog) -> OutcomesReport:
    dialog.form.as_of_edit.set_day(AS_OF)
    dialog.compute()
    assert dialog.report is not None
    return dialog.report


def test_the_question_before_anything_is_computed(
    dialog: OutcomesDialog, tools: OutcomesTools
) -> None:
    assert dialog.windowTitle().startswith(OPEN)
    _checked(dialog, domain_texts(tools))


def test_every_tab_of_the_results(dialog: OutcomesDialog, tools: OutcomesTools) -> None:
    report = _computed(dialog)
    assert dialog.message.text().startswith(OPEN)
    data = domain_texts(tools, report)
    for tab in range(dialog.results.count()):
        dialog.results.setCurrentIndex(tab)
        _checked(dialog, data)


def test_results_of_the_previous_question(dialog: OutcomesDialog, tools: OutcomesTools) -> None:
    report = _computed(dialog)
    dialog.form.window_spin.setValue(dialog.form.window_spin.value() + 1)
    assert dialog.stale_note.isVisible()
    _checked(dialog, domain_texts(tools, report))


def test_refused_questions(dialog: OutcomesDialog, tools: OutcomesTools) -> None:
    for box in dialog.form.drug_boxes.values():
        box.setChecked(False)
    dialog.compute()  # no drug ticked
    assert dialog.message.text().startswith(OPEN)
    _checked(dialog, domain_texts(tools))
    dialog.form.set_regimen(["diltiazem"])
    dialog.form.window_spin.setMinimum(0)
    dialog.form.window_spin.setValue(0)
    dialog.compute()  # refused by the service: the field named, the reason the domain's
    message = dialog.message.text()
    assert message.startswith(OPEN), message
    _checked(dialog, domain_texts(tools))


class _Host:
    def __init__(self, menu: QMenu) -> None:
        self.tools_menu = menu

    def may(self, _permission: Permission) -> bool:
        return True


def test_the_tools_menus_action(qtbot: QtBot, tools: OutcomesTools) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = OutcomesMenu(window, _Host(QMenu(window)), tools, InlineTaskRunner())
    assert menu.action.text().startswith(OPEN)
    assert menu.action.statusTip().startswith(OPEN)
