"""A measurement's thousands are grouped the same way wherever the window shows it: the visit
form's burden ("15 021 mm²" in Arabic, a no-break space) and the Overview's rule text ("47,658
mm²", from ``calcitrack.i18n.formats``) disagreed at 1280 × 800 in Arabic with Western digits.
The window's numbers (``number_text.grouped_number``: the visit form's ``format_mm2``, the
Overview's tables) now group as the window's locale does, which is what ``formats`` writes for
the rule texts and the PDF, in Arabic with either digits and in Portuguese."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from calcitrack.i18n import formats
from calcitrack.i18n.digits import Digits
from calcitrack.i18n.languages import Language
from calcitrack.ui.common.number_text import grouped_number
from calcitrack.ui.visit_form.sections.lesion_texts import format_mm2
from tests.ui.common.test_numbers_and_dates_in_sentences import speak as speak  # the fixture

LANGUAGES = {"pt_PT": Language.PORTUGUESE, "ar": Language.ARABIC}
VALUES = [(47_658.0, 0), (15_021.0, 0), (4_241.0, 0), (1_234_567.25, 1), (999.0, 0), (12.5, 1)]


@pytest.mark.parametrize(
    ("language", "digits", "expected"),
    [("pt_PT", "latn", "47\u00a0658"), ("ar", "latn", "47,658"), ("ar", "arab", "٤٧٬٦٥٨")],
)  # fmt: skip
def test_the_window_and_the_rule_texts_group_thousands_alike(
    speak: Callable[[str, Digits], None], language: str, digits: Digits, expected: str
) -> None:
    speak(language, digits)
    assert grouped_number(47_658) == expected
    for value, decimals in VALUES:
        written = formats.format_number(value, decimals, LANGUAGES[language], digits)
        assert grouped_number(value, decimals) == written, (value, decimals)
        if (decimals == 1) == (value < 100):  # one decimal under 100 mm², whole ones above
            assert format_mm2(value) == written, value
    assert format_mm2(-15_021.0, signed=True) == "−" + formats.format_number(
        15_021, 0, LANGUAGES[language], digits
    )


def test_english_is_as_it_always_was(speak: Callable[[str, Digits], None]) -> None:
    speak("en", "latn")
    assert grouped_number(47_658) == "47\u00a0658"
    assert format_mm2(12_566.4) == "12\u00a0566"
    assert format_mm2(-12.34, signed=True) == "−12.3"
    assert format_mm2(12.34, signed=True) == "+12.3"
