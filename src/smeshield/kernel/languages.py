"""The languages SME Shield speaks: the codes in ``settings.LANGUAGES`` (ADR 0062)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from django.conf import settings
from django.utils import translation
from django.utils.translation import get_language_info


def language_supported(code: str) -> bool:
    """True for a code we offer exactly as listed (``"ur"``, not ``"ur-pk"`` or ``"xx"``)."""
    return code in {listed for listed, _name in settings.LANGUAGES}


def language_is_rtl(code: str) -> bool:
    """True for a language written right to left (Urdu, Arabic)."""
    try:
        return bool(get_language_info(code)["bidi"])
    except KeyError:
        return False


# The interface language, as the spoken language a mentor or an organisation lists
# (smeshield.content.directory.LANGUAGES): someone reading in Urdu likely wants help in it.
SPOKEN = {"pl": "Polish", "ur": "Urdu", "ar": "Arabic"}


def spoken_language_of(code: str) -> str:
    """The spoken language for an interface language other than English; "" otherwise."""
    return SPOKEN.get(code, "")


@contextmanager
def in_language(code: str) -> Iterator[None]:
    """Words made inside are in this language (English for "" or a code we do not offer):
    for what the worker sends a person, with no request to take a language from."""
    with translation.override(code if language_supported(code) else settings.LANGUAGE_CODE):
        yield
