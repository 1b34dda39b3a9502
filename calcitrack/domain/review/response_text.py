"""The response assessment's texts, written in the current language (gettext and
``calcitrack.i18n.formats``): the signed changes, the clinic's thresholds, the label of the
borrowed categories and the burden compared (calcitrack.domain.review.response).

English is written exactly as CalciTrack always wrote it."""

from __future__ import annotations

from calcitrack.domain.clinic_settings import (
    RESPONSE_IMPROVED_PCT,
    RESPONSE_PROGRESSED_PCT,
    ClinicSettings,
)
from calcitrack.domain.entities import Visit
from calcitrack.domain.number_text import grouped
from calcitrack.domain.review.burden_comparison import BurdenComparison
from calcitrack.domain.rule_text import Arg, Day, Message, Text, joined, message, render
from calcitrack.i18n import formats
from calcitrack.i18n.catalogue import N_, current_language
from calcitrack.i18n.languages import Language

SCTC_LABEL = message(
    N_("categories borrowed from the SCTC radiographic 1-year change categories {citation}, "
       "not validated for lesion area"),
    citation="[R2]",
)


def signed(value: float, spec: str = "+g") -> str:
    """A signed number as printed: "+25", "−25" (a true minus sign, as in DOMAIN.md)."""
    return format(value, spec).replace("-", "−")


def signed_text(value: float, spec: str = "+g") -> str:
    """``signed`` in the current language: as ``signed`` in English; elsewhere with the
    language's decimal sign and digits (``formats.number``), as many decimals as English shows,
    the plus sign and a true minus sign."""
    english = signed(value, spec)
    if current_language() is Language.ENGLISH:
        return english
    decimals = len(english.split(".")[1]) if "." in english else 0
    text = formats.number(abs(value), decimals)
    return ("−" if english.startswith("−") else "+" if english.startswith("+") else "") + text


def thresholds_message(settings: ClinicSettings) -> Message:
    """ "≤ −25 % improved, ≥ +25 % progressed" (the "%" goes with the number)."""
    return message(
        N_("≤ {improved} improved, ≥ {progressed} progressed"),
        improved=f"{signed_text(settings[RESPONSE_IMPROVED_PCT])} %",
        progressed=f"{signed_text(settings[RESPONSE_PROGRESSED_PCT])} %",
    )


def thresholds_text(settings: ClinicSettings) -> str:
    return render(thresholds_message(settings))


_BURDEN = {  # (basis given, change given) → the burden's text
    (False, False): N_("burden {before} mm² on {baseline} → {after} mm² on {visit}"),
    (False, True): N_("burden {before} mm² on {baseline} → {after} mm² on {visit} ({change} %)"),
    (True, False): N_("burden of the lesions comparable at both visits {before} mm² on "
                      "{baseline} → {after} mm² on {visit}"),
    (True, True): N_("burden of the lesions comparable at both visits {before} mm² on "
                     "{baseline} → {after} mm² on {visit} ({change} %)"),
}


def burden_text(
    compared: BurdenComparison, baseline: Visit, visit: Visit, less: str
) -> Arg:
    change, basis = compared.change_pct, compared.basis()
    days = {"baseline": Day(baseline.visit_date), "visit": Day(visit.visit_date)}
    text: Text
    if compared.comparable:
        text = message(
            _BURDEN[bool(basis), change is not None], before=grouped(compared.before_mm2),
            after=grouped(compared.after_mm2),
            **({} if change is None else {"change": signed_text(change, "+.1f")}), **days,
        )  # fmt: skip
    else:  # never "4 241 → 0 mm² (−100 %)" for a visit that measured nothing
        text = message(
            N_("no burden to compare: no lesion measured at both {baseline} and {visit}"), **days
        )
    if basis:
        text = message(N_("{burden}: {basis}"), burden=text, basis=basis)
    return joined(N_("; "), [text, less]) if less else text  # beside the burden, never deciding
