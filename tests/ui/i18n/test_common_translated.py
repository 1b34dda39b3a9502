"""The shared windows and fields of ui/common in the pseudo-language: the conflict dialog (with
the texts its caller gives it, here the patient dialog's) and a number field's reason."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from calcitrack.domain.field_change import FieldChange
from calcitrack.domain.visits.record_changes import ChangeStamp
from calcitrack.ui.common.conflict_dialog import ConflictDialog
from calcitrack.ui.common.ctrl_enter import hint
from calcitrack.ui.common.number_edit import NumberEdit
from tests.support.pseudo_locale import OPEN, clipped, shown, untranslated

pytestmark = pytest.mark.usefixtures("pseudo_language")


def _caller(text: str) -> str:
    """A text of the patient dialog, which opens the conflict dialog."""
    return QCoreApplication.translate("PatientDialog", text)


@pytest.mark.parametrize("stamped", [True, False])
@pytest.mark.parametrize("yours", [["Rivera"], None])
def test_the_conflict_dialog(qtbot: QtBot, stamped: bool, yours: list[str] | None) -> None:
    stamp = ChangeStamp(by="nurse.ana", at=datetime(2026, 11, 20, 9, 30, tzinfo=timezone.utc))
    dialog = ConflictDialog(
        [FieldChange("family_name", "Family name", "Ruiz", "Ruiz-Diaz")],
        title=_caller("Patient not saved"),
        headline=_caller(
            "Your changes are not saved yet: someone else saved this patient's "
            "details after you opened them."
        ),
        last_saved=stamp if stamped else None,
        reload_text=_caller("Reload the patient"),
        keep_text=_caller("Keep editing"),
        yours=yours,
    )
    shown(qtbot, dialog)
    assert dialog.windowTitle().startswith(OPEN)
    assert untranslated(dialog) == []
    assert clipped(dialog) == []


def test_a_number_fields_reason(qtbot: QtBot) -> None:
    edit = NumberEdit(accessible_name="Weight")
    shown(qtbot, edit)
    for typed in ("1l0", "1,000", "12345", "1.25", "-3", "7 kg", "1..2", "1+2"):
        edit.setText(typed)
        assert edit.toolTip().startswith(OPEN), edit.toolTip()
        problem = edit.problem()
        assert problem is not None and problem.startswith(OPEN), problem


def test_the_ctrl_enter_hint() -> None:
    assert hint().startswith(OPEN)
