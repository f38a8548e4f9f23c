"""A test-only language ("xx") whose catalogue the test writes, compiled with msgfmt.

Nothing here is a real translation: each message is the English with "[xx] " in front,
so a test can see that the words came through gettext in the reader's language.
"""

from __future__ import annotations

import subprocess
from collections.abc import Mapping
from pathlib import Path
from typing import Any

TEST_LANGUAGE = "xx"


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def install_test_language(tmp_path: Path, settings: Any, messages: Mapping[str, str]) -> None:
    """Write and compile ``messages`` (msgid -> msgstr) as language "xx" and enable it."""
    folder = tmp_path / "locale" / TEST_LANGUAGE / "LC_MESSAGES"
    folder.mkdir(parents=True)
    entries = ['msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n']
    for msgid, msgstr in messages.items():
        flag = "#, python-format\n" if "%(" in msgid else ""
        entries.append(f"{flag}msgid {_quoted(msgid)}\nmsgstr {_quoted(msgstr)}\n")
    (folder / "django.po").write_text("\n".join(entries), encoding="utf-8")
    subprocess.run(  # noqa: S603 - a fixed tool on a file this test wrote
        ["/usr/bin/msgfmt", "--check", "-o", str(folder / "django.mo"), str(folder / "django.po")],
        check=True,
    )
    settings.LOCALE_PATHS = [tmp_path / "locale", *settings.LOCALE_PATHS]
    settings.LANGUAGES = [*settings.LANGUAGES, (TEST_LANGUAGE, "Test language")]
