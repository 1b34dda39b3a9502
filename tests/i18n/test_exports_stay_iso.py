"""Files for other programs stay ISO and locale-free whatever language the window speaks: the
research CSV, the JSON interchange document and the FHIR R4 Bundle of the demo clinic are the
same, byte for byte, with the window in Portuguese or in Arabic with Arabic-Indic digits (its
QLocale and the gettext language both set) as in English."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from calcitrack.domain.clinic_settings import ClinicSettings
from calcitrack.i18n.catalogue import using
from calcitrack.i18n.digits import Digits
from calcitrack.i18n.languages import Language
from calcitrack.reports.exports.research_csv import write_research_csv
from calcitrack.reports.interop.fhir_bundle import build_bundle
from calcitrack.services.demo.demo_clinic import demo_charts
from calcitrack.services.import_export.interchange import export_document
from calcitrack.ui.common.window_locale import window_locale

NOW = datetime(2026, 12, 6, 9, 30, tzinfo=timezone.utc)


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _exports(folder: Path) -> tuple[dict[str, bytes], str, str]:
    write_research_csv(demo_charts(), ClinicSettings(), folder, pseudonymise=False,
                       made_on=date(2026, 12, 6))
    numbers = itertools.count(1)
    bundle = build_bundle(demo_charts(), now=NOW, new_id=lambda: f"urn:uuid:{next(numbers)}")
    return (
        _files(folder),
        json.dumps(export_document(demo_charts(), now=NOW), sort_keys=True),
        bundle.model_dump_json(),
    )


@pytest.fixture
def english_afterwards() -> Iterator[None]:
    yield
    QLocale.setDefault(window_locale("en"))


@pytest.mark.usefixtures("english_afterwards")
@pytest.mark.parametrize(
    ("language", "digits"), [(Language.PORTUGUESE, "latn"), (Language.ARABIC, "arab")]
)
def test_exports_are_the_same_in_every_language(
    tmp_path: Path, language: Language, digits: Digits
) -> None:
    english = _exports(tmp_path / "en")
    QLocale.setDefault(window_locale(language.code, digits))
    with using(language, digits):
        assert QLocale().toString(12.5, "f", 1) != "12.5"  # the window really is localised
        localised = _exports(tmp_path / language.code)
    assert localised == english
    assert any(b"." in content for content in english[0].values())  # decimals with a point
