"""Lesion photographs in the window: the Lesions tab lists them (with thumbnails) through the
photograph service, opens full images, attaches files at the patient's latest visit and deletes
one entered in error, with the reason.

A photograph belongs to a visit, and a signed visit's photographs are part of what was signed: a
physician's attachment or deletion there is that visit's amendment (the reason given is its
reason); anyone else is told it needs a physician's amendment, and nothing is stored.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu, QMenuBar, QStatusBar, QWidget

from calcitrack.domain.clinic.permissions import Permission
from calcitrack.domain.codes import LesionStatus
from calcitrack.domain.entities import LesionPhotograph, PatientChart, Visit
from calcitrack.domain.errors import DomainValidationError
from calcitrack.domain.visits.site_event_entry import signed_visits_touched
from calcitrack.services.errors import SignedVisitError
from calcitrack.ui.common.task_runner import Runner
from calcitrack.ui.common.window_locale import shown_date
from calcitrack.ui.photographs.attach_dialog import AttachPhotographsDialog
from calcitrack.ui.photographs.lesion_photos import ATTACH_SHORTCUT

log = logging.getLogger(__name__)

SIGNED_NEEDS_PHYSICIAN = str(QT_TRANSLATE_NOOP(
    "PhotographFlow",
    "The visit of {day} is signed, and its photographs are part of what was signed: they are "
    "added or deleted only by amending that visit, which a physician does, giving the reason.",
))
"""Why a signed visit's photographs are not someone else's to change, in English (shown
translated, its {day} filled in after)."""


class PhotographHost(Protocol):
    """What the flow asks of the main window (the workspace is above this package)."""

    @property
    def workspace(self) -> Any: ...

    def window(self) -> QWidget: ...

    def statusBar(self) -> QStatusBar: ...

    def menuBar(self) -> QMenuBar: ...

    def may(self, permission: Permission) -> bool: ...

    def refresh(self) -> None: ...

    def show_message(self, title: str, text: str) -> None: ...

    def show_error(self, error: BaseException) -> None: ...


class PhotographSink(Protocol):
    """What the flow asks of the photograph service."""

    def attach(
        self,
        mrn: str,
        visit_id: int,
        lesion_label: str,
        data: bytes,
        *,
        caption: str | None = None,
        amend_reason: str | None = None,
    ) -> LesionPhotograph: ...

    def photographs(self, mrn: str) -> Sequence[LesionPhotograph]: ...

    def image(self, mrn: str, photograph_id: int) -> bytes: ...

    def delete(
        self,
        mrn: str,
        read: LesionPhotograph,
        reason: str,
        *,
        amend_reason: str | None = None,
    ) -> None: ...


class PhotographFlow(QObject):
    def __init__(
        self,
        window: PhotographHost,
        service: PhotographSink,
        *,
        runner: Runner,
        check: Callable[[bytes], str | None],
        max_bytes: int,
        taken_on: Callable[[bytes], date | None] = lambda _data: None,
    ) -> None:
        super().__init__(window.window())
        self._window = window
        self._service = service
        self._runner = runner
        self._check = check
        self._max_bytes = max_bytes
        self._taken_on = taken_on
        self.dialog: AttachPhotographsDialog | None = None
        workspace = window.workspace
        workspace.set_photograph_sources(self._load_image, self._delete, service.photographs)
        photos = workspace.lesions.photos
        photos.attach_requested.connect(self.attach)
        photos.strip.before_delete = self._may_delete
        # the shortcut works wherever the cursor is (the search box, after opening a patient)
        self.attach_action = QAction(self.tr("Attach p&hotographs…"), window.window())
        self.attach_action.setShortcut(QKeySequence(ATTACH_SHORTCUT))
        self.attach_action.triggered.connect(lambda: self.attach(photos.lesion_label))
        # the main window's Patient menu (by its object name: its title is translated)
        menu = window.menuBar().findChild(QMenu, "patientMenu")
        if menu is not None:
            menu.addAction(self.attach_action)
        window.window().addAction(self.attach_action)

    # ------------------------------------------------------------------ attaching

    def attach(self, lesion_label: str | None = None) -> AttachPhotographsDialog | None:
        """The attach dialog for the patient shown (``dialog``): at the visit chosen in it, the
        latest at first."""
        chart = self._window.workspace.chart
        if chart is None or not self._may_record():
            return None
        visits = [v for v in sorted(chart.visits, key=lambda v: v.visit_date, reverse=True)
                  if v.id is not None]  # fmt: skip
        newest = visits[0].visit_date if visits else None
        if not self._window.may(Permission.AMEND_VISITS):  # only the visits she may add to
            visits = [v for v in visits if not signed_visits_touched([v.visit_date], chart)]
        if not visits:
            self._window.show_message(
                self.tr("Attach photographs"),
                self.tr(
                    "A photograph belongs to a visit: record the patient's visit first, then "
                    "attach its photographs."
                )
                if not chart.visits
                else self.tr(
                    "Every visit of this patient is signed: photographs are added to a signed "
                    "visit only by a physician's amendment, giving the reason."
                ),
            )
            return None
        labels = [le.label for le in chart.lesions if le.status is LesionStatus.ACTIVE]
        labels += [le.label for le in chart.lesions if le.label not in labels]
        mrn = chart.patient.mrn
        reasons: dict[int, str] = {}
        """A physician's amendment reason per signed visit, asked once per dialog."""
        confirmed: set[tuple[bytes, int]] = set()
        """Files attached again after being told they were taken on another day than the
        visit's (a photograph, like an unusual value, is stored once confirmed)."""

        def attach(label: str, data: bytes, caption: str | None) -> object:
            assert self.dialog is not None
            visit = visits[self.dialog.visit_index()]
            assert visit.id is not None
            taken = self._taken_on(data)
            key = (hashlib.sha256(data).digest(), visit.id)
            if taken is not None and taken != visit.visit_date and key not in confirmed:
                confirmed.add(key)
                raise DomainValidationError(
                    "photograph",
                    self.tr(
                        "the camera dates it {taken}, not the day of the visit chosen ({day}): "
                        "choose the visit it was taken at, or attach again to keep it at this "
                        "visit"
                    ).format(taken=shown_date(taken), day=shown_date(visit.visit_date)),
                )
            reason = reasons.get(visit.id)
            if reason is None:
                reason = self._amend_reason(chart, visit)
                if reason is None:
                    raise SignedVisitError(
                        self.tr(
                            "the visit of {day} is signed: attaching to it is its amendment, "
                            "which needs the reason"
                        ).format(day=shown_date(visit.visit_date))
                    )
                reasons[visit.id] = reason
            return self._service.attach(
                mrn, visit.id, label, data, caption=caption, amend_reason=reason or None
            )

        dialog = AttachPhotographsDialog(
            labels,
            attach,
            self._check,
            self._max_bytes,
            lesion_label=lesion_label if lesion_label in labels else None,
            visits=[self._visit_words(v, chart, latest=v.visit_date == newest) for v in visits],
            parent=self._window.window(),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.photographs_attached.connect(self._attached)
        dialog.destroyed.connect(lambda: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _attached(self, count: int) -> None:
        if count:
            self._window.statusBar().showMessage(
                self.tr("%n photograph(s) attached", "", count), 8000
            )
            self._window.refresh()

    def _amend_reason(self, chart: PatientChart, visit: Visit) -> str | None:
        """"" for an unsigned visit; a physician's reason for amending a signed one; None when
        nothing may be attached there (not a physician, or no reason given)."""
        if not signed_visits_touched([visit.visit_date], chart):
            return ""
        if not self._window.may(Permission.AMEND_VISITS):
            return None
        day = shown_date(visit.visit_date)
        reason, ok = QInputDialog.getText(
            self.dialog or self._window.window(),
            self.tr("Amend a signed visit"),
            self.tr(
                "The visit of {day} is signed: photographs attached to it are its amendment.\n"
                "Reason for the amendment:"
            ).format(day=day),
            QLineEdit.EchoMode.Normal,
        )
        return reason.strip() if ok and reason.strip() else None

    # ------------------------------------------------------------------ images and deleting

    def _load_image(self, photograph_id: int) -> bytes:
        chart = self._window.workspace.chart
        if chart is None:
            return b""
        return self._service.image(chart.patient.mrn, photograph_id)

    def _may_delete(self, photograph: LesionPhotograph) -> bool:
        """Before the reason is asked: one of a signed visit only by a physician (said why)."""
        chart = self._window.workspace.chart
        if chart is None or not self._may_record():
            return False
        signed = signed_visits_touched([photograph.visit_date], chart)
        if signed and not self._window.may(Permission.AMEND_VISITS):
            day = shown_date(photograph.visit_date)
            self._window.show_message(
                self.tr("Part of a signed visit"), self.tr(SIGNED_NEEDS_PHYSICIAN).format(day=day)
            )
            return False
        return True

    def _delete(self, photograph: LesionPhotograph, reason: str) -> None:
        chart = self._window.workspace.chart
        if chart is None or not self._may_record():
            return
        signed = bool(signed_visits_touched([photograph.visit_date], chart))
        if signed and not self._window.may(Permission.AMEND_VISITS):
            day = shown_date(photograph.visit_date)
            self._window.show_message(
                self.tr("Part of a signed visit"), self.tr(SIGNED_NEEDS_PHYSICIAN).format(day=day)
            )
            return
        mrn = chart.patient.mrn

        def work() -> None:
            self._service.delete(mrn, photograph, reason, amend_reason=reason if signed else None)

        def deleted(_result: object) -> None:
            self._window.statusBar().showMessage(
                self.tr("Photograph of {lesion} at the visit of {day} deleted").format(
                    lesion=photograph.lesion_label, day=shown_date(photograph.visit_date)
                ),
                8000,
            )
            self._window.refresh()

        def refused(error: BaseException) -> None:
            if isinstance(error, DomainValidationError | SignedVisitError | LookupError):
                self._window.show_message(self.tr("Photograph not deleted"), str(error))
            else:
                self._window.show_error(error)

        self._runner.submit(work, on_done=deleted, on_error=refused, write=True)

    def _may_record(self) -> bool:
        if self._window.may(Permission.RECORD_VISITS):
            return True
        self._window.show_message(
            self.tr("Lesion photographs"),
            self.tr("Attaching and deleting photographs needs the nurse or physician role."),
        )
        return False

    def _visit_words(self, visit: Visit, chart: PatientChart, *, latest: bool) -> str:
        """ "2026-09-14 (latest)", "2025-06-02 (signed: a physician's amendment)"."""
        notes = [self.tr("latest")] if latest else []
        if signed_visits_touched([visit.visit_date], chart):
            notes.append(self.tr("signed: a physician's amendment"))
        day = shown_date(visit.visit_date)
        if not notes:
            return day
        return self.tr("{day} ({notes})").format(day=day, notes=self.tr("; ").join(notes))
