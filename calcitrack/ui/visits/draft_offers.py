"""Offering unsaved visits back, to the person who typed them and no one else.

The window's draft store is bound to the signed-in account (``app.build_main_window``), so
everything here sees only that account's drafts:
- right after sign-in, every draft of the account is offered ("You have an unsaved new visit
  of … for DEMO-0001 (Haddad, Amal), started 14:02"): Recover opens the patient and restores the
  form, Later keeps it, Discard throws it away;
- when a patient is opened, that patient's drafts of the account are offered the same way.

Drafts kept by an earlier version of CalciTrack recorded no author. They are not offered at
sign-in (that would show every account's patients to whoever signs in), and never claimed by
anyone silently: they are offered, marked "author unknown", to an account that may record visits
when it opens that patient; Recover makes the draft that account's own (moved, so no one else is
offered it afterwards), Discard throws it away, Later leaves it for the next person who opens the
chart. That person may see the patient's chart anyway; the draft's author cannot be known.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt

from calcitrack.domain.clinic.permissions import Permission
from calcitrack.domain.entities import PatientChart
from calcitrack.domain.patient_list import ListColumn, PatientListQuery, StatusFilter
from calcitrack.ui.common.task_runner import Runner
from calcitrack.ui.common.window_locale import shown_date
from calcitrack.ui.common.window_sources import PatientSource
from calcitrack.ui.visit_form.draft_store import DraftInfo, DraftStore, moment_text
from calcitrack.ui.visits.draft_offer_dialog import DraftOfferDialog, OfferedDraft

if TYPE_CHECKING:
    from calcitrack.ui.visits.flow_host import FlowHost
    from calcitrack.ui.visits.visit_flow import VisitFlow


class DraftOffers(QObject):
    def __init__(
        self,
        window: FlowHost,
        flow: VisitFlow,
        drafts: DraftStore,
        patients: PatientSource,
        runner: Runner,
    ) -> None:
        super().__init__(window.window())
        self._window = window
        self._flow = flow
        self._drafts = drafts
        self._patients = patients
        self._runner = runner
        self._recovering: str | None = None
        """The key of the draft chosen at sign-in, restored once its chart has opened."""
        self.dialog: DraftOfferDialog | None = None
        """The open offer, for tests to answer."""

    # -- the offers in words -----------------------------------------------------------------

    def _yours(self) -> str:
        """The sentence for one draft of the signed-in account (``{draft}``: what it is)."""
        return self.tr(
            "You have an unsaved {draft}.\n\nRecover it now, keep it for later, or discard it?"
        )

    def _several(self, count: int) -> str:
        """The line above the list of the signed-in account's drafts (never fewer than two)."""
        return self.tr(
            "You have %n unsaved visit(s), kept as your drafts (oldest first). Recover one now, "
            "or keep them for later: they are offered again when you sign in or open their "
            "patient.",
            "",
            count,
        )

    def _earlier(self) -> str:
        """The sentence for one draft kept without its author (``{draft}``: what it is)."""
        return self.tr(
            "An unsaved {draft} was kept on this workstation by an earlier version of CalciTrack, "
            "which did not record who typed it (author unknown).\n\nRecover it as your own "
            "draft, leave it for whoever typed it, or discard it?"
        )

    def _earlier_several(self, count: int) -> str:
        """The line above the list of drafts kept without their author (never fewer than two)."""
        return self.tr(
            "%n unsaved visit(s) for this patient were kept on this workstation by an earlier "
            "version of CalciTrack, which did not record who typed them (author unknown).",
            "",
            count,
        )

    # -- right after sign-in ---------------------------------------------------------------

    def offer_at_sign_in(self) -> None:
        """Offer every draft of the signed-in account, named with its patient."""
        if not self._drafts.pending():
            return
        mrns = sorted({info.mrn for info in self._drafts.pending()})
        self._runner.submit(
            lambda: self._names_of(mrns),
            on_done=self._on_patients_listed,
            on_error=lambda _error: self._on_patients_listed({}),
            key="draft-offer",
        )

    def _names_of(self, mrns: Sequence[str]) -> dict[str, str]:
        """The display names of the patients with these MRNs (the drafts' few, each looked up in
        the list by its MRN: never the whole clinic)."""
        names = {}
        for mrn in mrns:
            query = PatientListQuery(search=mrn, status=StatusFilter.ALL, sort=ListColumn.MRN)
            for row in self._patients.list_page(query, limit=1000).rows:
                if row.patient.mrn == mrn:
                    names[mrn] = row.patient.display_name
        return names

    def _on_patients_listed(self, names: dict[str, str]) -> None:
        pending = self._drafts.pending()
        if not pending or self._busy():
            return
        offered = [describe(i, names.get(i.mrn, ""), True) for i in pending]
        parent = self._window.window()
        self._show(
            DraftOfferDialog(offered, single=self._yours(), several=self._several, parent=parent)
        )

    # -- when a chart opens ----------------------------------------------------------------

    def offer_for(self, chart: PatientChart) -> None:
        """The chart is shown: restore the draft chosen at sign-in, or offer this patient's."""
        mrn, name = chart.patient.mrn, chart.patient.display_name
        recovering, self._recovering = self._recovering, None
        if self._flow.form is not None:
            return
        if recovering is not None:
            info = self._drafts.info(recovering)
            if info is not None and info.mrn == mrn:
                self._flow.open_draft(chart, info.visit_id)
                return
        if self._busy():
            return
        own = [i for i in self._drafts.pending() if i.mrn == mrn and _still_there(i, chart)]
        if own:
            offered = [describe(i, name, True) for i in own]
            self._show(
                DraftOfferDialog(
                    offered,
                    single=self._yours(),
                    several=self._several,
                    parent=self._window.window(),
                ),
                chart,
            )
            return
        if not self._window.may(Permission.RECORD_VISITS):
            return
        earlier = [i for i in self._drafts.earlier() if i.mrn == mrn and _still_there(i, chart)]
        if earlier:
            offered = [describe(i, name, False) for i in earlier]
            dialog = DraftOfferDialog(
                offered,
                single=self._earlier(),
                several=self._earlier_several,
                parent=self._window.window(),
            )
            self._show(dialog, chart, earlier=True)

    # -- the answers -----------------------------------------------------------------------

    def _show(
        self, dialog: DraftOfferDialog, chart: PatientChart | None = None, *, earlier: bool = False
    ) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.recover_chosen.connect(lambda info: self._recover(info, chart, earlier))
        dialog.discard_chosen.connect(lambda info: self._discard(info, earlier))
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _closed(self, dialog: DraftOfferDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _recover(self, info: DraftInfo, chart: PatientChart | None, earlier: bool) -> None:
        if earlier and not self._drafts.claim(info.key):
            self._window.show_message(
                self.tr("Unsaved visit"),
                self.tr(
                    "That draft could not be taken over: it is gone, or you have an unsaved visit "
                    "of your own for the same visit (recover or discard yours first)."
                ),
            )
            return
        if chart is not None and chart.patient.mrn == info.mrn:
            self._flow.open_draft(chart, info.visit_id)
            return
        self._recovering = info.key
        self._window.open_patient(info.mrn)

    def _discard(self, info: DraftInfo, earlier: bool) -> None:
        if earlier:
            self._drafts.discard_earlier(info.key)
        else:
            self._drafts.discard(info.key)
        self._window.statusBar().showMessage(self.tr("Unsaved visit discarded"), 5000)

    def _busy(self) -> bool:
        return self.dialog is not None or self._flow.form is not None


def _still_there(info: DraftInfo, chart: PatientChart) -> bool:
    """A draft of a new visit, or of a visit the chart still has (not deleted since)."""
    return info.visit_id is None or any(v.id == info.visit_id for v in chart.visits)


def describe(info: DraftInfo, patient_name: str, own: bool) -> OfferedDraft:
    """The draft in words: "new visit of 2026-11-20 for DEMO-0001 (Haddad, Amal), started 14:02,
    last typed 14:09" for a sentence; patient first for a row of the list."""
    day = (
        shown_date(info.visit_date)
        if info.visit_date
        else QCoreApplication.translate("DraftOffers", "an unknown date")
    )
    what = (
        QCoreApplication.translate("DraftOffers", "new visit of {day}")
        if info.visit_id is None
        else QCoreApplication.translate("DraftOffers", "edit of the visit of {day}")
    ).format(day=day)
    patient = (
        QCoreApplication.translate("DraftOffers", "{mrn} ({name})").format(
            mrn=info.mrn, name=patient_name
        )
        if patient_name
        else info.mrn
    )
    started = moment_text(info.started_at) if own and info.started_at is not None else None
    typed = moment_text(info.typed_at)
    times = []
    if started is not None:
        times.append(QCoreApplication.translate("DraftOffers", "started {moment}").format(
            moment=started
        ))
    if started is None or started != typed:
        times.append(QCoreApplication.translate("DraftOffers", "last typed {moment}").format(
            moment=typed
        ))
    when = QCoreApplication.translate("DraftOffers", ", ").join(times)
    return OfferedDraft(
        info,
        QCoreApplication.translate("DraftOffers", "{what} for {patient}, {when}").format(
            what=what, patient=patient, when=when
        ),
        QCoreApplication.translate("DraftOffers", "{patient}: {what}, {when}").format(
            patient=patient, what=what, when=when
        ),
    )
