"""The live disease-activity scores of the visit form's scores section, as lines of text: DAS28-ESR,
DAS28-CRP, CDAI and SDAI from whatever is typed, or what each one still needs (DOMAIN.md §2.1,
§2.2). CRP comes with its unit; ``scores.das28_crp_from`` and ``scores.sdai_from`` convert it to
mg/L and mg/dL respectively, never mixing the two (§0.1, §8.1). No Qt here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from calcitrack.domain import scores
from calcitrack.domain.errors import DomainValidationError
from calcitrack.domain.laboratory import labs
from calcitrack.ui.common.number_text import in_window_digits

CATEGORY_COLOURS = {
    "remission": "#1b5e20",
    "low": "#33691e",
    "moderate": "#e65100",
    "high": "#b71c1c",
}


_BANDS = {
    "remission": str(QT_TRANSLATE_NOOP("ScoreLines", "remission")),
    "low": str(QT_TRANSLATE_NOOP("ScoreLines", "low")),
    "moderate": str(QT_TRANSLATE_NOOP("ScoreLines", "moderate")),
    "high": str(QT_TRANSLATE_NOOP("ScoreLines", "high")),
}
"""A score's disease-activity band, by its code (in English: shown translated)."""


def band_text(band: str) -> str:
    """The band's name in the window's language ("remission" in English): the code itself was
    shown, English in a Portuguese or Arabic form (QA)."""
    return QCoreApplication.translate("ScoreLines", _BANDS[band]) if band in _BANDS else band


def score_text(value: float, name: str) -> str:
    """DAS28 with two decimals ("4.12"); CDAI and SDAI with up to two, trailing zeros dropped; in
    the window locale's digits and decimal mark ("4,12" in Portuguese)."""
    if name.startswith("DAS28"):
        return in_window_digits(f"{value:.2f}")
    return in_window_digits(f"{value:.2f}".rstrip("0").rstrip("."))


_SHORT = {
    "tender_joints_28": str(QT_TRANSLATE_NOOP("ScoreLines", "TJC")),
    "swollen_joints_28": str(QT_TRANSLATE_NOOP("ScoreLines", "SJC")),
    "patient_global_mm": str(QT_TRANSLATE_NOOP("ScoreLines", "patient global")),
    "evaluator_global_mm": str(QT_TRANSLATE_NOOP("ScoreLines", "evaluator global")),
}
"""What a score still needs, by name (in English: shown translated)."""


@dataclass(frozen=True)
class ScoreLine:
    """One live score as shown: the text, its band (None when not computed) and a tooltip."""

    text: str
    band: str | None = None
    tooltip: str = ""


def _line(
    name: str,
    needs: list[str],
    compute: Callable[[], float],
    category: Callable[[float], str],
    tooltip: str = "",
) -> ScoreLine:
    if needs:
        return ScoreLine(_needs(name, needs))
    try:
        value = compute()
    except DomainValidationError as error:
        return ScoreLine(
            QCoreApplication.translate("ScoreLines", "{score}: {reason}").format(
                score=name, reason=error.reason
            )
        )
    band = category(value)
    text = QCoreApplication.translate("ScoreLines", "{score} {value} ({band})")
    return ScoreLine(
        text.format(score=name, value=score_text(value, name), band=band_text(band)),
        band,
        tooltip,
    )


def _needs(name: str, needs: list[str]) -> str:
    """ "CDAI: needs TJC, patient global" (``needs`` already translated)."""
    return QCoreApplication.translate("ScoreLines", "{score}: needs {inputs}").format(
        score=name, inputs=QCoreApplication.translate("ScoreLines", ", ").join(needs)
    )


def _known(value: float | None) -> float:
    """A value a score is computed from: typed, as ``_line`` computes a score only when none of
    its values is missing (the ``needs`` it is given is empty)."""
    if value is None:
        raise AssertionError("a score was computed with one of its values missing")
    return value


def _joint_count(count: float | None) -> int:
    """A joint count to compute a score from, as typed: a float (whole, from a field of no
    decimals). ``scores`` takes it as it is, and refuses it by name were it not whole."""
    return _known(count)  # type: ignore[return-value]  # a float: scores checks it is whole


def score_lines(
    v: Mapping[str, float | None], esr: float | None, crp: float | None, crp_unit: str
) -> dict[str, ScoreLine | None]:
    """DAS28-ESR, DAS28-CRP, CDAI and SDAI from the section's values (globals in mm); a DAS28
    line is None when its marker is empty and the other one is not."""
    tjc, sjc = v["tender_joints_28"], v["swollen_joints_28"]
    ptga, evga = v["patient_global_mm"], v["evaluator_global_mm"]

    def needs(*names: str) -> list[str]:
        return [QCoreApplication.translate("ScoreLines", _SHORT[n]) for n in names if v[n] is None]

    das28_needs = needs("tender_joints_28", "swollen_joints_28", "patient_global_mm")
    lines: dict[str, ScoreLine | None] = {"das28_esr": None, "das28_crp": None}
    if esr is None and crp is None:
        joints = needs("tender_joints_28", "swollen_joints_28")
        marker = QCoreApplication.translate("ScoreLines", "ESR or CRP")
        lines["das28_esr"] = ScoreLine(
            _needs("DAS28", [*joints, marker, *needs("patient_global_mm")])
        )
    if esr is not None:
        lines["das28_esr"] = _line(
            "DAS28-ESR",
            das28_needs,
            lambda: scores.das28_esr(_joint_count(tjc), _joint_count(sjc), esr, _known(ptga)),
            scores.das28_category,
        )
    crp_mg_l = crp_mg_dl = None
    if crp is not None:
        crp_mg_l = labs.convert(crp, crp_unit, "mg/L", "crp")
        crp_mg_dl = labs.convert(crp, crp_unit, "mg/dL", "crp")
        lines["das28_crp"] = _line(
            "DAS28-CRP",
            das28_needs,
            lambda: scores.das28_crp_from(
                _joint_count(tjc), _joint_count(sjc), crp, crp_unit, _known(ptga)
            ),
            scores.das28_category,
            QCoreApplication.translate(
                "ScoreLines", "CRP {crp} {unit} = {mg_l} mg/L used in DAS28-CRP [R12]"
            ).format(
                crp=in_window_digits(f"{crp:g}"),
                unit=crp_unit,
                mg_l=in_window_digits(f"{crp_mg_l:.3g}"),
            ),
        )
    cdai_needs = needs(
        "tender_joints_28", "swollen_joints_28", "patient_global_mm", "evaluator_global_mm"
    )

    def globals_0_10() -> tuple[float, float]:
        return _known(ptga) / 10, _known(evga) / 10

    lines["cdai"] = _line(
        "CDAI",
        cdai_needs,
        lambda: scores.cdai(_joint_count(tjc), _joint_count(sjc), *globals_0_10()),
        scores.cdai_category,
        QCoreApplication.translate(
            "ScoreLines", "CDAI = TJC28 + SJC28 + patient and evaluator globals on 0–10 [R16]"
        ),
    )
    lines["sdai"] = _line(
        "SDAI",
        cdai_needs + ([] if crp is not None else [QCoreApplication.translate("ScoreLines", "CRP")]),
        lambda: scores.sdai_from(
            _joint_count(tjc), _joint_count(sjc), *globals_0_10(), _known(crp), crp_unit
        ),
        scores.sdai_category,
        QCoreApplication.translate(
            "ScoreLines", "SDAI = CDAI + CRP in mg/dL: CRP {crp} {unit} = {mg_dl} mg/dL [R16]"
        ).format(
            crp=in_window_digits(f"{crp:g}"),
            unit=crp_unit,
            mg_dl=in_window_digits(f"{crp_mg_dl:.3g}"),
        )
        if crp is not None
        else "",
    )
    return lines
