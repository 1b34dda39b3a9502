"""The command line's messages in the language of the catalogue in use: the messages marked so far
(``calcitrack report``'s, the patient count) come out in Portuguese and Arabic, and in English,
word for word as before, when no language is chosen. (``--language`` is not there yet: the
catalogue is chosen here as the command will choose it.)"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from calcitrack.cli import report_command
from calcitrack.cli.commands import _patients
from calcitrack.cli.exits import EXIT_OK, EXIT_USAGE, UserError
from calcitrack.i18n.catalogue import using
from calcitrack.i18n.languages import Language
from tests.support.accounts import open_signed_in

NO_CLINIC: Any = None
"""A mistake in the arguments is refused before the clinic is used."""


def _report_args(**given: object) -> argparse.Namespace:
    args = dict(mrn=None, visit=None, latest=False, photos=False, output=None, date=None,
                out_dir=None, jobs=None)
    args.update(given)
    return argparse.Namespace(**args)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (None, "give --mrn MRN (one visit) or --date YYYY-MM-DD (a clinic day)"),
        (Language.ENGLISH, "give --mrn MRN (one visit) or --date YYYY-MM-DD (a clinic day)"),
        (Language.PORTUGUESE,
         "indique --mrn MRN (uma consulta) ou --date AAAA-MM-DD (um dia de consultas)"),
        (Language.ARABIC, "حدِّد --mrn MRN (زيارة واحدة) أو --date YYYY-MM-DD (يوم عيادة)"),
    ],
)
def test_a_mistake_is_told_in_the_language_chosen(
    language: Language | None, expected: str
) -> None:
    with pytest.raises(UserError) as refused:
        if language is None:
            report_command.run(_report_args(), NO_CLINIC)
        else:
            with using(language):
                report_command.run(_report_args(), NO_CLINIC)
    assert str(refused.value) == expected
    assert refused.value.code == EXIT_USAGE


def test_an_empty_clinic_day_is_reported_in_portuguese(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    clinic = open_signed_in(sqlite_url)
    try:
        args = _report_args(date=date(2001, 1, 1), out_dir=tmp_path)
        with using(Language.PORTUGUESE):
            assert report_command.run(args, clinic) == EXIT_OK
        assert report_command.run(args, clinic) == EXIT_OK
    finally:
        clinic.close()
    assert capsys.readouterr().out.splitlines() == [
        "não há consultas em 2001-01-01: nenhum resumo foi escrito",
        "no visits on 2001-01-01: no summaries written",
    ]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (Language.ENGLISH, ["0 patients", "1 patient", "2 patients", "3 patients"]),
        (Language.PORTUGUESE, ["0 doentes", "1 doente", "2 doentes", "3 doentes"]),
        (Language.ARABIC, ["0 مريض", "1 مريض", "2 مريضان", "3 مرضى"]),
    ],
)
def test_the_patient_count_takes_the_plural_of_the_language(
    language: Language, expected: list[str]
) -> None:
    with using(language):
        assert [_patients(n) for n in range(4)] == expected
