"""Marking words shown to people for translation, without importing Django.

``gettext_noop`` has the name Django's ``makemessages`` looks for, so every label the
domain defines ends up in the translation files; the web layer translates it when
it shows it (``gettext_lazy(label)``).
"""


def gettext_noop(text: str) -> str:
    """Return the text unchanged; its only job is to mark it for translation."""
    return text
