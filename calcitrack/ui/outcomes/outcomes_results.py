"""The clinic outcomes as the window shows them: the same rows as the PDF
(``reports.outcomes.outcomes_text``) in read-only tables, and the PDF's charts as images drawn off
the GUI thread (``render_charts``), each with the patients it left out and why."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from matplotlib.figure import Figure
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from calcitrack.domain.outcomes.outcomes_types import Excluded, OutcomesReport, SurvivalCurve
from calcitrack.domain.outcomes.outcomes_words import curve_title, disclaimer, shown_definitions
from calcitrack.reports.charts.outcome_charts import (
    KM_SIZE_IN,
    WATERFALL_SIZE_IN,
    counts_text,
    draw_survival,
    draw_waterfall,
)
from calcitrack.reports.outcomes import outcomes_text as words
from calcitrack.ui.overview.figure_image import MATPLOTLIB, agg_canvas, render_image

SCREEN_DPI = 96.0


@dataclass(frozen=True)
class ChartImages:
    waterfall: QImage
    time_to_improved: QImage
    drug_survival: QImage


def render_charts(report: OutcomesReport, pixel_ratio: float = 1.0) -> ChartImages:
    """The three charts as images (any thread: QImage, not QPixmap)."""
    dpi = SCREEN_DPI * pixel_ratio

    def image(size: tuple[float, float], draw: object) -> QImage:
        figure = Figure(figsize=size, dpi=dpi)
        canvas = agg_canvas(figure)
        assert callable(draw)
        draw(figure)
        return render_image(canvas, pixel_ratio)

    with MATPLOTLIB:
        return ChartImages(
            waterfall=image(WATERFALL_SIZE_IN, lambda f: draw_waterfall(f, report.waterfall)),
            time_to_improved=image(
                KM_SIZE_IN, lambda f: draw_survival(f, report.time_to_improved)
            ),
            drug_survival=image(KM_SIZE_IN, lambda f: draw_survival(f, report.drug_survival)),
        )


def table(
    header: Sequence[str], rows: Sequence[Sequence[str]], *, right: Sequence[int] = (),
    name: str = "",
) -> QTableWidget:  # fmt: skip
    """A read-only table as tall as its rows (the page scrolls, not the table)."""
    widget = QTableWidget(len(rows), len(header))
    widget.setHorizontalHeaderLabels(list(header))
    widget.verticalHeader().hide()
    widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    widget.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    widget.setAccessibleName(name)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(value)
            if c in right:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            widget.setItem(r, c, item)
    head = widget.horizontalHeader()
    head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    head.setStretchLastSection(True)
    widget.resizeRowsToContents()
    height = head.sizeHint().height() + sum(widget.rowHeight(r) for r in range(len(rows)))
    widget.setFixedHeight(height + 2 * widget.frameWidth() + 2)
    widget.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return widget


def _heading(text: str) -> QLabel:
    label = QLabel(f"<b>{text}</b>")
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #5A5A5A;")
    return label


def _page(widgets: Sequence[QWidget]) -> QScrollArea:
    inner = QWidget()
    layout = QVBoxLayout(inner)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(inner)
    return area


def _chart(image: QImage, name: str) -> QLabel:
    label = QLabel()
    label.setPixmap(QPixmap.fromImage(image))
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    label.setAccessibleName(name)
    return label


class OutcomesResults(QTabWidget):
    """The tabs of one computed report (empty until the first)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: OutcomesReport | None = None
        self.tables: dict[str, QTableWidget] = {}
        self.texts: dict[str, QLabel] = {}
        self.charts: dict[str, QLabel] = {}
        self.reset()

    def reset(self) -> None:
        """Back to no report (a question refused or not computed has no results)."""
        self.report = None
        self.clear()
        self.tables.clear()
        self.texts.clear()
        self.charts.clear()
        self.addTab(
            _page([_note(self.tr("Choose the regimen and press Compute."))]), self.tr("Su&mmary")
        )

    def show_report(self, report: OutcomesReport, images: ChartImages) -> None:
        self.report = report
        current = self.currentIndex()
        self.clear()
        self.tables.clear()
        self.texts.clear()
        self.charts.clear()
        self.addTab(self._summary(report), self.tr("Su&mmary"))
        waterfall = [
            _note(self.tr("Each bar is one patient's calcinosis burden change from the "
                          "regimen's baseline to the latest assessed visit on it (below zero: "
                          "smaller).")),
            self._keep("waterfall", _chart(images.waterfall, self.tr("Waterfall chart"))),
            *self._exclusions(report.waterfall.excluded, self.tr("Excluded from the waterfall")),
        ]  # fmt: skip
        self.addTab(_page(waterfall), self.tr("Wa&terfall"))
        self.addTab(self._curve("time_to_improved", report.time_to_improved,
                                images.time_to_improved), self.tr("Time to &improved"))  # fmt: skip
        self.addTab(self._curve("drug_survival", report.drug_survival, images.drug_survival),
                    self.tr("D&rug survival"))  # fmt: skip
        definitions = [_note(f"• {d}") for d in shown_definitions(report)]
        self.addTab(_page([*definitions, _note(disclaimer(report))]), self.tr("De&finitions"))
        self.setCurrentIndex(max(current, 0))

    def _exclusions(self, excluded: Sequence[Excluded], name: str) -> list[QWidget]:
        if not excluded:
            return [_note(self.tr("Excluded: none."))]
        header = (self.tr("Why excluded"), self.tr("Patients"))
        return [
            _note(self.tr("Excluded: %n patient(s).", "", len(excluded))),
            table(header, words.exclusion_rows(excluded), right=(1,), name=name),
        ]

    def _keep(self, key: str, label: QLabel) -> QLabel:
        self.charts[key] = label
        return label

    def _summary(self, report: OutcomesReport) -> QScrollArea:
        cohort = table(("", ""), words.cohort_facts(report), name=self.tr("Cohort"))
        cohort.horizontalHeader().hide()
        cohort.setFixedHeight(cohort.height() - cohort.horizontalHeader().sizeHint().height())
        windows = table(words.window_header(report), words.window_rows(report),
                        right=range(1, len(report.windows) + 1),
                        name=self.tr("Response at about 6 and 12 months"))  # fmt: skip
        flag_rows = words.flag_rows(report)
        self.tables.update(cohort=cohort, windows=windows)
        widgets: list[QWidget] = [
            _heading(words.subtitle(report)),
            _heading(self.tr("Who started the regimen")), cohort,
            _heading(self.tr("Response at about 6 and 12 months")),
            _note(self.tr("The response category of the visit nearest day 182 and day 365 from "
                          "the start, within ±{days} days. Shares are of the {patients} who "
                          "started.").format(days=report.query.window_days,
                                             patients=words.patients(report.n))),
            windows,
            _heading(self.tr("Safety and review flags while on the regimen")),
            _note(self.tr("Patients with the flag at one or more visits on the regimen, and the "
                          "visits at which it fired (of {visits}). The flags are decision "
                          "support, as on each visit.").format(visits=report.visits_on_regimen)),
        ]  # fmt: skip
        if flag_rows:
            flags = table(
                words.flag_header(), flag_rows, right=(1, 2),
                name=self.tr("Safety and review flags"),
            )
            self.tables["flags"] = flags
            widgets.append(flags)
        else:
            widgets.append(_note(self.tr("No safety or review flag fired on the regimen.")))
        return _page(widgets)

    def _curve(self, key: str, curve: SurvivalCurve, image: QImage) -> QScrollArea:
        facts = words.curve_facts(curve)[5:]
        name = curve_title(curve)
        counts = QLabel(self.tr("{counts} · excluded {excluded}").format(
            counts=counts_text(curve), excluded=len(curve.excluded)))  # fmt: skip
        self.texts[key] = counts
        return _page([
            *(_note(self.tr("{label}: {value}").format(label=label, value=value))
              for label, value in facts),
            counts,
            self._keep(key, _chart(image, self.tr("{chart} chart").format(chart=name))),
            *self._exclusions(curve.excluded,
                         self.tr("Excluded from {chart}").format(chart=name.lower())),
        ])  # fmt: skip
