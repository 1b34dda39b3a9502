"""``grouped``, the whole numbers of the screens, charts and PDF (a lesion burden in mm²): English
exactly as it has always been written (a space between thousands), Portuguese and Arabic as their
readers write them, in the clinic's Arabic digits."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from calcitrack.domain.number_text import grouped
from calcitrack.i18n.catalogue import using
from calcitrack.i18n.languages import Language


@given(st.floats(min_value=-1e9, max_value=1e9, allow_nan=False))
def test_english_is_unchanged(value: float) -> None:
    assert grouped(value) == f"{round(value):,}".replace(",", " ")


def test_portuguese_and_arabic_write_thousands_their_way() -> None:
    assert (grouped(9425.3), grouped(47658)) == ("9 425", "47 658")
    with using(Language.PORTUGUESE):
        assert (grouped(9425.3), grouped(47658)) == ("9425", "47\u00a0658")
    with using(Language.ARABIC, "arab"):
        assert grouped(47658) == "٤٧٬٦٥٨"
    with using(Language.ARABIC, "latn"):
        assert grouped(47658) == "47,658"
