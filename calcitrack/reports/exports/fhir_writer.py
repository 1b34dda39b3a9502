"""Writing a FHIR R4 Bundle: built from the charts (``reports.interop.fhir_bundle``), parsed back
and validated by fhir.resources before a byte is written, then saved private (0600) and atomic
(``private_files.write_private``): a failure at any step leaves no file, or the old one whole.

With summaries, each visit's summary PDF is made by the clinic's ``SummaryWriter`` and attached
in full; each is recorded in the audit trail as made for this export.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from fhir.resources.R4B.bundle import Bundle
from pydantic import ValidationError

from calcitrack.domain.entities import PatientChart
from calcitrack.private_files import write_private
from calcitrack.reports.exports.summary_writer import SummaryWriter, summary_file_name
from calcitrack.reports.interop.fhir_bundle import build_bundle
from calcitrack.reports.interop.fhir_events import SummaryPdf


def local_now() -> datetime:
    return datetime.now().astimezone()


class FhirBundleError(ValueError):
    """The Bundle did not validate (a value FHIR cannot carry): nothing was written."""


@dataclass(frozen=True)
class FhirWriter:
    summaries: SummaryWriter | None = None
    """Makes the visit summary PDFs (None: the Bundle carries none)."""
    now: Callable[[], datetime] = local_now

    def text(self, charts: Sequence[PatientChart], *, to: str = "") -> str:
        """The Bundle of ``charts`` as JSON, validated by parsing it back (``to``: where it goes,
        for the summaries' audit entries)."""
        summaries = self._summaries(to) if self.summaries is not None else None
        try:
            bundle = build_bundle(charts, now=self.now(), summaries=summaries)
            # one line (a 500-patient clinic is ~80 MB so, twice that indented); the built
            # models are let go before the text is parsed back, to halve the peak memory
            text = bundle.model_dump_json() + "\n"
            del bundle
            Bundle.model_validate_json(text)
        except ValidationError as exc:
            raise FhirBundleError(
                f"the FHIR Bundle does not validate ({_whose(charts)}{_first(exc)}); "
                "nothing was written"
            ) from None
        return text

    def write(self, charts: Sequence[PatientChart], path: Path) -> None:
        """Write the Bundle of ``charts`` to ``path`` (private, atomic); OSError if it cannot."""
        write_private(path, self.text(charts, to=path.name))

    def _summaries(self, to: str) -> SummaryPdf:
        writer = self.summaries
        assert writer is not None
        where = f"FHIR export {to}".strip()

        def make(mrn: str, day: date) -> tuple[bytes, str]:
            return writer.pdf(mrn, day, where=where), summary_file_name(mrn, day)

        return make


def _first(exc: ValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in (exc.title, *first["loc"]))
    return f"{where}: {first['msg']}"


def _whose(charts: Sequence[PatientChart]) -> str:
    """"patient M: " for the first chart whose Bundle alone does not validate."""
    for chart in charts:
        try:
            build_bundle([chart], now=local_now())
        except ValidationError:
            return f"patient {chart.patient.mrn}: "
    return ""
