"""The services' refusals a person reads come out in the language asked for: a permission refusal,
a conflict (a save someone else overtook), a stale edit. A tiny catalogue is built in a temporary
folder for Portuguese and Arabic (the shipped ones are filled by the translators after the code is
marked), and answers in place of the shipped one for the length of a test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from calcitrack.domain.clinic.permissions import Permission, PermissionDeniedError
from calcitrack.domain.sign_off import SIGNATURE_MEANING, signed_text
from calcitrack.i18n import catalogue
from calcitrack.i18n.catalogue import using
from calcitrack.i18n.languages import Language
from calcitrack.services.clinic_settings_service import _conflict
from calcitrack.services.errors import stale_message
from tests.support.tmp_catalogue import install_catalogue

PT, AR = Language.PORTUGUESE, Language.ARABIC

REFUSAL = "{who} may not {action}: that needs the {roles} role"
CONFLICT = (
    "the clinic settings were saved by someone else since you opened them{versions}; nothing "
    "was saved: reopen the settings and make the change again"
)
VERSIONS = " (version {before} → {after})"
STALE = (
    "{subject} was changed by someone else since you opened it: {saved}{changes}; "
    "{refused}: reload it and make your change again"
)
TRANSLATED = {
    PT: {
        REFUSAL: "{who} não pode {action}: é necessário o perfil {roles}",
        "sign visits": "assinar consultas",
        CONFLICT: "as definições da clínica foram guardadas por outra pessoa{versions}; nada foi "
        "guardado",
        VERSIONS: " (versão {before} → {after})",
        STALE: "{subject} foi alterado por outra pessoa: {saved}{changes}; {refused}",
        "saved by someone else": "guardado por outra pessoa",
        "your edit was not saved": "a sua edição não foi guardada",
        "Signed — {meaning} by {name}": "Assinado — {meaning} por {name}",
        "reviewed and approved": "revisto e aprovado",
    },
    AR: {
        REFUSAL: "لا يحق لـ {who} {action}: يتطلب ذلك دور {roles}",
        "sign visits": "توقيع الزيارات",
        CONFLICT: "حفظ شخص آخر إعدادات العيادة{versions}؛ لم يُحفظ شيء",
        VERSIONS: " (الإصدار {before} ← {after})",
        STALE: "{subject} غيّره شخص آخر: {saved}{changes}؛ {refused}",
        "saved by someone else": "حفظه شخص آخر",
        "your edit was not saved": "لم يُحفظ تعديلك",
        "Signed — {meaning} by {name}": "موقَّع — {meaning} من قِبل {name}",
        "reviewed and approved": "رُوجع واعتُمد",
    },
}


@pytest.fixture(autouse=True)
def tiny_catalogues(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Portuguese and Arabic answered from catalogues written here (the loaded ones come back
    after the test)."""
    for language, texts in TRANSLATED.items():
        install_catalogue(monkeypatch, tmp_path, language, texts)
    yield


def _refusal() -> str:
    return str(PermissionDeniedError("Ana Silva", Permission.SIGN_VISITS))


def test_a_permission_refusal_in_each_language() -> None:
    assert _refusal() == "Ana Silva may not sign visits: that needs the physician role"
    with using(PT):
        assert _refusal().startswith("Ana Silva não pode assinar consultas: é necessário o perfil ")
    with using(AR):
        assert _refusal().startswith("لا يحق لـ Ana Silva توقيع الزيارات: يتطلب ذلك دور ")
    assert Permission.SIGN_VISITS.value == "sign visits"  # the value stays English


def test_a_conflict_in_each_language_with_its_numbers_in_the_language_digits() -> None:
    assert _conflict(3, 4).startswith(
        "the clinic settings were saved by someone else since you opened them (version 3 → 4);"
    )
    with using(PT):
        assert _conflict(3, 4) == (
            "as definições da clínica foram guardadas por outra pessoa (versão 3 → 4); nada foi "
            "guardado"
        )
    with using(AR, "arab"):
        assert _conflict(3, 4) == "حفظ شخص آخر إعدادات العيادة (الإصدار ٣ ← ٤)؛ لم يُحفظ شيء"


def test_a_stale_edit_in_each_language() -> None:
    def message() -> str:
        return stale_message("X", catalogue._("your edit was not saved"), [], None)

    assert message() == (
        "X was changed by someone else since you opened it: saved by someone else; your edit "
        "was not saved: reload it and make your change again"
    )
    with using(PT):
        assert message() == (
            "X foi alterado por outra pessoa: guardado por outra pessoa; a sua edição não foi "
            "guardada"
        )
    with using(AR):
        assert message() == "X غيّره شخص آخر: حفظه شخص آخر؛ لم يُحفظ تعديلك"


def test_a_signature_and_its_stored_meaning_in_each_language() -> None:
    assert signed_text("Dr Ruiz", SIGNATURE_MEANING) == "Signed — reviewed and approved by Dr Ruiz"
    with using(PT):
        assert signed_text("Dr Ruiz", SIGNATURE_MEANING) == (
            "Assinado — revisto e aprovado por Dr Ruiz"
        )
        assert SIGNATURE_MEANING == "reviewed and approved"  # what is stored stays English
    with using(AR):
        assert signed_text("Dr Ruiz", SIGNATURE_MEANING) == "موقَّع — رُوجع واعتُمد من قِبل Dr Ruiz"
