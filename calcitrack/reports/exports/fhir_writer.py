"""Writing a FHIR R4 Bundle, one patient at a time, so that the memory it takes is bounded by the
largest patient, not by the clinic.

Each patient's entries are built with ``fhir.resources`` models as a Bundle of their own
(``reports.interop.fhir_bundle.patient_bundle``), dumped and parsed back with
``Bundle.model_validate_json`` — a value FHIR cannot carry is caught there and named with the
patient's MRN — then streamed into the output. The envelope (resourceType, type, timestamp) is
the dump of an entry-less Bundle model; the json module splices the entry array into it (generic
JSON handling of the models' output: no FHIR is written by hand). A Practitioner shared by
several patients is in the Bundle once, where it was first met; later patients refer to it.

A file is written private (0600) and atomic (``private_files.atomic_private``): a failure at any
patient (a bad value, a full disk) leaves no file, or the old one whole.

With summaries, each visit's summary PDF is made by the clinic's ``SummaryWriter`` and attached
in full; each is recorded in the audit trail as made for this export once the whole Bundle is
written (not as it is drawn), so a failed export leaves no such entry.
"""

from __future__ import annotations

import dataclasses
import io
import json
from collections.abc import Callable, Iterable, Sized
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from fhir.resources.R4B.bundle import Bundle
from pydantic import ValidationError

from calcitrack.domain.entities import PatientChart
from calcitrack.domain.visit_summary_request import VisitSummaryRequest
from calcitrack.private_files import atomic_private
from calcitrack.reports.exports.summary_writer import (
    RequestSource,
    SummaryWriter,
    summary_file_name,
)
from calcitrack.reports.interop.fhir_bundle import envelope, patient_bundle
from calcitrack.reports.interop.fhir_entries import Entries, NewId, new_urn
from calcitrack.reports.interop.fhir_events import SummaryPdf

Progress = Callable[[int, int], None]
"""(patients written, of patients; 0 when the number is not known)."""


def local_now() -> datetime:
    return datetime.now().astimezone()


def _no_progress(done: int, total: int) -> None:
    pass


NOTHING_WRITTEN = "nothing was written"


class FhirBundleError(ValueError):
    """The Bundle did not validate (a value FHIR cannot carry): nothing was written (to a file;
    standard output has what was streamed before the patient that failed)."""


@dataclass(frozen=True)
class FhirWriter:
    summaries: SummaryWriter | None = None
    """Makes the visit summary PDFs (None: the Bundle carries none)."""
    now: Callable[[], datetime] = local_now
    new_id: NewId = new_urn
    """Each entry's fullUrl (tests may pass a counter)."""

    def text(self, charts: Iterable[PatientChart], *, to: str = "") -> str:
        """The Bundle of ``charts`` as JSON, each patient validated by parsing it back (``to``:
        where it goes, for the summaries' audit entries)."""
        buffer = io.BytesIO()
        self.stream(charts, buffer, to=to)
        return buffer.getvalue().decode("utf-8")

    def write(
        self, charts: Iterable[PatientChart], path: Path, progress: Progress = _no_progress,
        *, before_publish: Callable[[], object] | None = None,
    ) -> None:
        """Write the Bundle of ``charts`` to ``path`` (private, atomic); OSError if it cannot,
        FhirBundleError if a patient's entries do not validate (nothing written either way).
        The summaries made, then ``before_publish`` (the export's entries), are recorded once
        the Bundle is whole on disk, before it is renamed into place: it never appears
        unrecorded, and if recording fails no file appears."""
        made = _Made()

        def record() -> None:
            made.record()
            if before_publish is not None:
                before_publish()

        with atomic_private(path, before_replace=record) as out:
            self._stream(charts, out, to=path.name, made=made, progress=progress)

    def stream(
        self,
        charts: Iterable[PatientChart],
        out: IO[bytes],
        *,
        to: str = "",
        progress: Progress = _no_progress,
    ) -> None:
        """Write the Bundle of ``charts`` to ``out`` as it is built (standard output: a failure
        leaves what was written so far, an unfinished JSON document)."""
        made = _Made()
        self._stream(charts, out, to=to, made=made, progress=progress)
        made.record()

    def _stream(
        self,
        charts: Iterable[PatientChart],
        out: IO[bytes],
        *,
        to: str,
        made: _Made,
        progress: Progress,
    ) -> None:
        total = len(charts) if isinstance(charts, Sized) else 0
        now = self.now()
        summaries = self._summaries(to, made) if self.summaries is not None else None
        head: dict[str, Any] = json.loads(envelope(now).model_dump_json())
        entries = Entries(self.new_id)
        first = True
        for done, chart in enumerate(charts, start=1):
            for entry in _validated(entries, chart, now, summaries):
                if first:  # the envelope without its closing brace, and the entry array opened
                    out.write(_dump(head)[:-1] + b"," + _dump("entry") + b":[")
                    first = False
                else:
                    out.write(b",")
                out.write(_dump(entry))
            progress(done, total)
        # one line (a 500-patient clinic is ~80 MB so, twice that indented); no entry at all:
        # the Bundle has none, as its model dumps it
        out.write((_dump(head) if first else b"]}") + b"\n")

    def _summaries(self, to: str, made: _Made) -> SummaryPdf:
        writer = self.summaries
        assert writer is not None
        where = f"FHIR export {to}".strip()
        deferred = dataclasses.replace(writer, source=_Deferred(writer.source, made))

        def make(mrn: str, day: date) -> tuple[bytes, str]:
            return deferred.pdf(mrn, day, where=where), summary_file_name(mrn, day)

        return make


def _validated(
    entries: Entries, chart: PatientChart, now: datetime, summaries: SummaryPdf | None
) -> list[Any]:
    """``chart``'s entries as JSON values, from its Bundle's dump once that parsed back."""
    try:
        text = patient_bundle(entries, chart, now=now, summaries=summaries).model_dump_json()
        Bundle.model_validate_json(text)
    except ValidationError as exc:
        raise FhirBundleError(
            f"the FHIR Bundle does not validate (patient {chart.patient.mrn}: {_first(exc)}); "
            f"{NOTHING_WRITTEN}"
        ) from None
    found: list[Any] = json.loads(text).get("entry", [])
    return found


def _dump(value: object) -> bytes:
    """``value`` as the models dump JSON: compact, UTF-8 (checked to give their bytes back)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _first(exc: ValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in (exc.title, *first["loc"]))
    return f"{where}: {first['msg']}"


@dataclass
class _Made:
    """The visit summaries drawn for the Bundle, to record in the audit trail once it is
    written."""

    pending: list[tuple[RequestSource, VisitSummaryRequest, str]] = field(default_factory=list)

    def record(self) -> None:
        for source, request, where in self.pending:
            source.made(request, where)
        self.pending.clear()


@dataclass(frozen=True)
class _Deferred:
    """A RequestSource whose ``made`` waits for the Bundle to be written."""

    source: RequestSource
    drawn: _Made

    def request(
        self, mrn: str, visit_date: date | None = None, *, photos: bool = False
    ) -> VisitSummaryRequest:
        return self.source.request(mrn, visit_date, photos=photos)

    def made(self, request: VisitSummaryRequest, where: str) -> None:
        self.drawn.pending.append((self.source, _slim(request), where))


def _slim(request: VisitSummaryRequest) -> VisitSummaryRequest:
    """``request`` with only its patient and its visit: what the audit entry names (the
    pending entries must not hold every chart of the clinic)."""
    chart = request.chart
    visits = tuple(v for v in chart.visits if v.visit_date == request.visit_date)
    return dataclasses.replace(request, chart=PatientChart(patient=chart.patient, visits=visits))
