"""Benchmark: the FHIR export's peak memory and time for a clinic, against the same export of a
clinic a tenth its size measured in the same run (the export streams one patient at a time, so
the memory ratio should stay near 1 while the time grows with the patients).

Run with `make bench`. Prints both peaks, the times and the ratios; asserts nothing about seconds
or bytes (DESIGN.md, performance conventions).
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from calcitrack.services.demo.synthetic_clinic import build_synthetic_clinic
from tests.support.accounts import open_signed_in

PATIENTS = 200
SMALL = PATIENTS // 10

_EXPORT = textwrap.dedent(
    """
    import resource, sys, time
    from pathlib import Path
    from calcitrack.reports.exports.fhir_writer import FhirWriter
    from calcitrack.services.research.fhir_export_service import FhirExportService
    from tests.support.accounts import open_signed_in

    clinic = open_signed_in(f"sqlite:///{sys.argv[1]}")
    service = FhirExportService(clinic.context())
    started = time.perf_counter()
    service.export(
        service.all_mrns(),
        lambda c, record: FhirWriter().write(c, Path(sys.argv[2]), before_publish=record),
        to="bench.json",
    )
    seconds = time.perf_counter() - started
    print(seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    """
)


def _clinic(path: Path, patients: int) -> Path:
    clinic = open_signed_in(f"sqlite:///{path}")
    try:
        build_synthetic_clinic(clinic.context(), patients)
    finally:
        clinic.close()
    return path


def _export(db: Path, out: Path) -> tuple[float, int, int]:
    """(seconds, peak resident kB, file bytes) of the export in a process of its own."""
    command = [sys.executable, "-c", _EXPORT, str(db), str(out)]
    root = Path(__file__).parents[2]
    done = subprocess.run(command, check=True, capture_output=True, text=True, cwd=root)
    seconds, peak = done.stdout.split()[-2:]
    return float(seconds), int(peak), out.stat().st_size


def test_fhir_export_memory_is_bounded(tmp_path: Path) -> None:
    small = _export(_clinic(tmp_path / "small.sqlite3", SMALL), tmp_path / "small.json")
    large = _export(_clinic(tmp_path / "large.sqlite3", PATIENTS), tmp_path / "large.json")
    print(
        f"\nFHIR export of {PATIENTS} patients: {large[0]:.1f} s, peak {large[1] / 1024:.0f} MB, "
        f"file {large[2] / 1e6:.0f} MB; of {SMALL} patients (baseline, same run): "
        f"{small[0]:.1f} s, peak {small[1] / 1024:.0f} MB; memory ratio "
        f"{large[1] / small[1]:.2f}x, time ratio {large[0] / small[0]:.1f}x"
    )
    assert large[2] > small[2]
