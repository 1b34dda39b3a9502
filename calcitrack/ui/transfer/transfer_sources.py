"""What the File menu's import, export and clinic-day summaries need from the services (the
application passes ChartService, VisitService, the SummaryWriter, ResearchService, and the FHIR
export's service and writer)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication

from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.domain.entities import PatientChart
from calcitrack.domain.visits.unusual_value import UnusualValue
from calcitrack.reports.exports.summary_batch import SummaryFileWriter


class Imported(Protocol):
    """What an import wrote (services.import_export.chart_service.ImportResult)."""

    @property
    def patients(self) -> int: ...

    @property
    def visits(self) -> int: ...

    @property
    def confirmed(self) -> tuple[UnusualValue, ...]: ...


class ChartTransfer(Protocol):
    def import_document(
        self,
        data: Any,
        *,
        progress: Callable[[int, int], None] | None = None,
        accept_unusual: bool = False,
        source: str = "",
    ) -> Imported: ...

    def export_document(self, mrns: Sequence[str], *, to: str | None = None) -> dict[str, Any]: ...

    def all_mrns(self) -> list[str]: ...


T = TypeVar("T")


class ResearchCsv(Protocol):
    """The research CSV's reading and recording (services.research.ResearchService)."""

    def export_csv(
        self,
        mrns: Sequence[str] | None,
        *,
        pseudonymised: bool,
        to: str,
        write: Callable[[Sequence[PatientChart], ClinicSettings, Callable[[], None]], T],
    ) -> T:
        """``write(charts, settings, record)`` calls ``record`` (the audit entries) before its
        folder is put in place."""
        ...


class FhirCharts(Protocol):
    """services.research.fhir_export_service.FhirExportService."""

    def all_mrns(self) -> list[str]: ...

    def export(
        self,
        mrns: Sequence[str],
        write: Callable[[Sequence[PatientChart], Callable[[], None]], None],
        *,
        to: str,
        with_summaries: bool = False,
    ) -> int: ...


class BundleWriter(Protocol):
    """reports.exports.fhir_writer.FhirWriter."""

    def write(
        self,
        charts: Sequence[PatientChart],
        path: Path,
        progress: Callable[[int, int], None] = ...,
        *,
        before_publish: Callable[[], object] | None = None,
    ) -> None:
        """``progress``: (patients written, of patients), after each patient; ``before_publish``
        (the audit entries) before the file is renamed into place."""


def no_fhir_writer(with_summaries: bool) -> BundleWriter:
    raise RuntimeError("no FHIR writer was given to the window")


class DayVisits(Protocol):
    def mrns_with_visit_on(self, day: date) -> list[str]: ...


@dataclass(frozen=True)
class TransferServices:
    charts: ChartTransfer
    visits: DayVisits
    summaries: SummaryFileWriter
    username: str
    """The signed-in account, named as the one who confirmed unusual values."""
    today: Callable[[], date] = date.today
    research: ResearchCsv | None = None
    """File → Export for research (CSV)… (absent: no such action)."""
    fhir: FhirCharts | None = None
    """The FHIR export (File → Export FHIR R4…; None: the action is disabled)."""
    fhir_writer: Callable[[bool], BundleWriter] = no_fhir_writer
    """The Bundle's writer, with or without the visit summary PDFs (made on first use, so that
    fhir.resources is not imported when the window starts)."""


def unusual_lines(found: Sequence[UnusualValue], whose: Callable[[str], str]) -> list[str]:
    line = QCoreApplication.translate("TransferSources", "{field}: {reason}")
    return [line.format(field=whose(u.field), reason=u.describe()) for u in found]
