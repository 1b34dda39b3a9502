"""Support for the dashboard tests and the benchmark: drawing helpers, and a large,
synthetic-like patient — years of visits, many lesions (some ulcerated or infected), labs at every
visit, many drugs with frequent dose changes (a prednisolone taper with steps too short for their
dose text), procedures and imaging."""

from __future__ import annotations

import math
import random
from datetime import date, timedelta

from matplotlib import dates as mdates
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from calcitrack.domain.codes import (
    Das28Variant,
    DoseUnit,
    Frequency,
    ImagingModality,
    Laterality,
    ProcedureOutcome,
    ProcedureType,
    Route,
    Sex,
    Side,
    UnderlyingDisease,
    VisitType,
)
from calcitrack.domain.entities import (
    ImagingStudy,
    Lesion,
    LesionMeasurement,
    MedicationPeriod,
    Patient,
    PatientChart,
    Procedure,
    RomMeasurement,
    Visit,
)
from calcitrack.domain.laboratory import lab_results
from calcitrack.domain.medications.drugs import DRUGS
from calcitrack.domain.trajectory.trajectory_types import Trajectories
from calcitrack.reports.charts.dashboard import (
    DashboardDrawing,
    DashboardOptions,
    dashboard_size_inches,
    draw_dashboard,
)

FIRST = date(2015, 1, 5)
SITES = (
    ("thigh", Laterality.RIGHT),
    ("buttock", Laterality.LEFT),
    ("elbow", Laterality.RIGHT),
    ("forearm", Laterality.LEFT),
    ("knee", Laterality.RIGHT),
    ("finger", Laterality.LEFT),
    ("upper_arm", Laterality.RIGHT),
    ("hip", Laterality.LEFT),
    ("lower_leg", Laterality.RIGHT),
    ("shoulder", Laterality.LEFT),
    ("hand", Laterality.RIGHT),
    ("foot", Laterality.LEFT),
)
ROM = (("hip", "flexion"), ("knee", "flexion"), ("elbow", "flexion"), ("wrist", "extension"))


def _period(
    drug: str,
    dose: float,
    unit: DoseUnit,
    frequency: Frequency,
    start: date,
    stop: date | None,
    route: Route = Route.ORAL,
) -> MedicationPeriod:
    entry = DRUGS[drug]
    return MedicationPeriod(
        drug,
        entry.name,
        dose,
        unit,
        frequency,
        route,
        start,
        stop,
        start_reason="synthetic",
        atc=entry.atc,
    )


def _steps(
    drug: str,
    doses: list[tuple[float, Frequency]],
    start: date,
    days: int,
    stop_last: bool = False,
    unit: DoseUnit = DoseUnit.MG,
    route: Route = Route.ORAL,
) -> list[MedicationPeriod]:
    periods = []
    day = start
    for i, (dose, frequency) in enumerate(doses):
        end = day + timedelta(days=days)
        last = i == len(doses) - 1
        periods.append(
            _period(
                drug, dose, unit, frequency, day, None if last and not stop_last else end, route
            )
        )
        day = end
    return periods


def medications(drugs: int, first: date, years: float) -> tuple[MedicationPeriod, ...]:
    span = int(365 * years)
    qd, bid = Frequency.QD, Frequency.BID
    plans = [
        _steps(
            "diltiazem",
            [(60, bid), (90, bid), (120, bid), (180, bid), (120, bid)],
            first + timedelta(days=60),
            span // 6,
        ),
        _steps(
            "colchicine", [(0.5, qd), (0.5, bid), (0.5, qd)], first + timedelta(days=60), span // 4
        ),
        _steps(
            "methotrexate",
            [(10, Frequency.QW), (15, Frequency.QW), (20, Frequency.QW), (25, Frequency.QW)],
            first,
            span // 5,
        ),
        # a taper: 3-week steps, far too short for "40 mg QD" at the default size
        _steps(
            "prednisolone",
            [(d, qd) for d in (40, 30, 25, 20, 15, 10, 7.5, 5, 2.5)],
            first + timedelta(days=span // 3),
            21,
            stop_last=True,
        ),
        _steps("hydroxychloroquine", [(200, qd), (200, bid)], first, span // 3),
        _steps(
            "sodium_thiosulfate",
            [(12.5, Frequency.QW)],
            first + timedelta(days=span // 2),
            90,
            stop_last=True,
            unit=DoseUnit.G,
            route=Route.IV,
        ),
        _steps(
            "rituximab",
            [(1000, Frequency.Q2W)],
            first + timedelta(days=2 * span // 3),
            28,
            stop_last=True,
            route=Route.IV,
        ),
        _steps(
            "minocycline",
            [(100, qd), (50, qd)],
            first + timedelta(days=span // 5),
            90,
            stop_last=True,
        ),
    ]
    return tuple(p for plan in plans[:drugs] for p in plan)


def large_chart(
    *, visits: int = 60, lesions: int = 10, drugs: int = 8, years: float = 10.0, seed: int = 7
) -> PatientChart:
    rng = random.Random(seed)
    patient = Patient(
        "SYN-LARGE",
        "Lindqvist",
        "Jorun",
        Sex.FEMALE,
        date(1962, 5, 17),
        UnderlyingDisease.RA,
        date(2008, 2, 1),
    )
    chosen = SITES[:lesions] if lesions <= len(SITES) else SITES * (lesions // len(SITES) + 1)
    lesion_rows = tuple(
        Lesion(f"{side.label[0]} {site.replace('_', ' ')} {i + 1}", site, side, FIRST)
        for i, (site, side) in enumerate(chosen[:lesions])
    )
    step = 365.25 * years / max(visits - 1, 1)
    days = [FIRST + timedelta(days=round(i * step)) for i in range(visits)]
    sizes = {le.label: (rng.uniform(8, 80), rng.uniform(0.4, 0.9)) for le in lesion_rows}
    visit_rows, lab_rows = [], []
    for n, day in enumerate(days):
        phase = n / max(visits - 1, 1)
        growth = 1 + 0.5 * math.sin(phase * math.pi * 1.3)
        measured = []
        for le in lesion_rows:
            longest, ratio = sizes[le.label]
            length = round(max(2.0, longest * growth * rng.uniform(0.95, 1.05)), 1)
            measured.append(
                LesionMeasurement(
                    le.label,
                    length,
                    round(length * ratio, 1),
                    round(rng.uniform(2, 20), 1),
                    ulcerated=rng.random() < 0.06,
                    infected=rng.random() < 0.03,
                )
            )
        tjc, sjc, ptga = rng.randint(0, 10), rng.randint(0, 6), float(rng.randint(5, 70))
        rom = tuple(
            RomMeasurement(joint, movement, side, float(rng.randint(60, 130)))
            for joint, movement in ROM[:3]
            for side in (Side.RIGHT, Side.LEFT)
        )
        visit_rows.append(
            Visit(
                None,
                day,
                VisitType.BASELINE if n == 0 else VisitType.FOLLOW_UP,
                weight_kg=62.0,
                pain_nrs=rng.randint(0, 9),
                patient_global_mm=ptga,
                evaluator_global_mm=float(rng.randint(0, 60)),
                tender_joints_28=tjc,
                swollen_joints_28=sjc,
                das28_recorded=round(rng.uniform(2, 5), 2) if n % 7 == 3 else None,
                das28_recorded_variant=Das28Variant.ESR if n % 7 == 3 else None,
                lesion_measurements=tuple(measured),
                rom=rom,
            )
        )
        values = (
            ("calcium_total", rng.uniform(8.6, 10.4), "mg/dL", 8.5, 10.5),
            ("albumin", rng.uniform(3.5, 4.6), "g/dL", 3.5, 5.0),
            ("phosphate", rng.uniform(2.6, 4.8), "mg/dL", 2.5, 4.5),
            ("creatinine", rng.uniform(0.6, 1.3), "mg/dL", 0.6, 1.1),
            ("crp", rng.uniform(0.5, 40), "mg/L", None, 5.0),
        )
        if n % 3 == 0:
            values += (("esr", rng.uniform(5, 60), "mm/h", None, 30.0),)
        for analyte, value, unit, low, high in values:
            lab_rows.append(lab_results.entered(analyte, day, round(value, 2), unit, low, high))
    procedures = tuple(
        Procedure(
            FIRST + timedelta(days=d),
            kind,
            "thigh",
            Laterality.RIGHT,
            (lesion_rows[0].label,),
            ProcedureOutcome.PARTIAL,
        )
        for d, kind in (
            (900, ProcedureType.DEBRIDEMENT),
            (2100, ProcedureType.EXCISION),
            (2800, ProcedureType.INTRALESIONAL_THIOSULFATE),
        )
    )
    imaging = tuple(
        ImagingStudy(FIRST + timedelta(days=d), ImagingModality.XRAY, "thigh", Laterality.RIGHT)
        for d in (0, 1400, 3000)
    )
    return PatientChart(
        patient,
        lesion_rows,
        tuple(visit_rows),
        tuple(lab_rows),
        medications(drugs, FIRST, years),
        imaging,
        procedures,
    )


REGIMEN_START = FIRST + timedelta(days=60)


# ------------------------------------------------------------------------- drawing helpers


def render(
    data: Trajectories,
    options: DashboardOptions | None = None,
    size: tuple[float, float] | None = None,
    dpi: float = 100,
) -> tuple[Figure, DashboardDrawing]:
    """The dashboard drawn on a new figure and rendered once offscreen (Agg)."""
    chosen = options or DashboardOptions()
    figure = Figure(figsize=size or dashboard_size_inches(chosen.panels), dpi=dpi)
    canvas = FigureCanvasAgg(figure)
    drawing = draw_dashboard(figure, data, chosen)
    canvas.draw()
    return figure, drawing


def by_gid(ax: Axes, gid: str) -> list[Artist]:
    return [a for a in ax.get_children() if a.get_gid() == gid]


def line(ax: Axes, gid: str) -> Line2D:
    (found,) = [a for a in ax.lines if a.get_gid() == gid]
    return found


def data_axes(drawing: DashboardDrawing) -> list[tuple[str, Axes]]:
    """Every axes that plots data (not the note of an empty panel, not a twin)."""
    return [
        (panel, ax)
        for panel, axes in drawing.panel_axes.items()
        for ax in axes
        if panel not in drawing.empty_panels and drawing.twins.get(ax, (ax,))[0] is ax
    ]


def day_num(day: date) -> float:
    return float(mdates.date2num(day))


def assert_no_empty_frames(figure: Figure) -> None:
    """Every axes either shows data or is a frameless one-line note."""
    for ax in figure.axes:
        if not ax.axison:
            texts = [t for t in ax.texts if t.get_text()]
            assert len(texts) == 1 and "\n" not in texts[0].get_text()
            assert not ax.lines and not ax.patches and not ax.collections
            continue
        drawn = [a for a in (*ax.lines, *ax.collections) if a.get_gid() != "markers"]
        assert drawn, f"an empty frame: {ax}"
