"""The translations check (tools/translations_check.py) on small catalogues the test writes."""

from __future__ import annotations

from pathlib import Path

from tools.translations_check import main

HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'


def _catalogue(root: Path, language: str, body: str, header: str = HEADER) -> Path:
    po = root / language / "LC_MESSAGES" / "django.po"
    po.parent.mkdir(parents=True)
    po.write_text(header + body, encoding="utf-8")
    return po


COMPLETE = """#: web/views.py:10
#, python-format
msgid "Hello %(name)s"
msgstr "Cześć %(name)s"

#: web/views.py:12
msgid "You have {count} alerts"
msgstr "Masz {count} alertów"

msgid "one step"
msgid_plural "%(count)s steps"
msgstr[0] "jeden krok"
msgstr[1] "%(count)s kroki"
msgstr[2] "%(count)s kroków"

msgid ""
"A long message "
"over two lines"
msgstr ""
"Długa wiadomość "
"w dwóch liniach"

#~ msgid "Old"
#~ msgstr ""
"""


def test_a_complete_catalogue_passes(tmp_path: Path, capsys: object) -> None:
    # Given a Polish catalogue with every message translated, placeholders kept
    _catalogue(tmp_path, "pl", COMPLETE)
    # When the check runs on it
    code = main([str(tmp_path), "--languages", "pl"])
    # Then it passes and says four of four are translated
    out = capsys.readouterr().out  # type: ignore[attr-defined]
    assert code == 0
    assert "pl: ok, 4 of 4 translated" in out
    assert "0 not in the catalogue" in out


def test_a_broken_placeholder_fails_naming_file_line_and_message(
    tmp_path: Path, capsys: object
) -> None:
    # Given an Urdu catalogue whose third message (msgid on line 13) renames a placeholder
    po = _catalogue(
        tmp_path,
        "ur",
        'msgid "Saved"\nmsgstr "محفوظ"\n\n'
        '#: people/views.py:7\nmsgid "Welcome back"\nmsgstr "خوش آمدید"\n\n'
        '#: alerts/views.py:3\nmsgid "Hello %(name)s, {count} new"\n'
        'msgstr "سلام %(nam)s، {count}"\n',
    )
    # When the check runs
    code = main([str(tmp_path), "--languages", "ur"])
    # Then it fails, naming the file and line, the source line and the message
    out = capsys.readouterr().out  # type: ignore[attr-defined]
    assert code == 1
    assert f"{po}:13 (alerts/views.py:3): 'Hello %(name)s, {{count}} new'" in out
    assert "1 placeholder mismatches" in out


def test_missing_and_fuzzy_translations_fail_with_a_count(tmp_path: Path, capsys: object) -> None:
    # Given an Arabic catalogue: one translated, two empty, one fuzzy, a positional %s lost
    _catalogue(
        tmp_path,
        "ar",
        'msgid "Yes"\nmsgstr "نعم"\n\n'
        '#: a.py:1\nmsgid "No"\nmsgstr ""\n\n'
        '#: b.py:2\nmsgid "Maybe"\nmsgstr ""\n\n'
        '#, fuzzy\nmsgid "Firewall"\nmsgstr "جدار"\n\n'
        'msgid "Sent to %s"\nmsgstr "أرسلت"\n',
    )
    # When the check runs
    code = main([str(tmp_path), "--languages", "ar"])
    # Then it fails with the count missing, the first ones by file:line, and the fuzzy one
    out = capsys.readouterr().out  # type: ignore[attr-defined]
    assert code == 1
    assert "ar: FAIL, 3 of 5 translated, 2 missing, 1 placeholder mismatches, 1 fuzzy" in out
    assert "django.po:9 (a.py:1): 'No'" in out
    assert "django.po:13 (b.py:2): 'Maybe'" in out
    assert "fuzzy: " in out
    assert "'Firewall'" in out


def test_a_fuzzy_header_and_a_missing_catalogue_fail(tmp_path: Path, capsys: object) -> None:
    # Given a Polish catalogue whose header is still fuzzy, and no Urdu catalogue at all
    _catalogue(tmp_path, "pl", COMPLETE, header="#, fuzzy\n" + HEADER)
    # When the check runs for both
    code = main([str(tmp_path), "--languages", "pl", "ur"])
    # Then both are named
    out = capsys.readouterr().out  # type: ignore[attr-defined]
    assert code == 1
    assert "the header is marked fuzzy" in out
    assert "ur: FAIL" in out
    assert "no catalogue" in out


def test_plural_forms_may_leave_the_number_out_but_never_rename_it(
    tmp_path: Path, capsys: object
) -> None:
    # Given Arabic plurals: one entry whose zero, one and two forms say the number in
    # words, and one whose many form renames the placeholder
    po = _catalogue(
        tmp_path,
        "ar",
        'msgid "%(count)s passkey"\nmsgid_plural "%(count)s passkeys"\n'
        'msgstr[0] "لا مفاتيح"\nmsgstr[1] "مفتاح واحد"\nmsgstr[2] "مفتاحان"\n'
        'msgstr[3] "%(count)s مفاتيح"\nmsgstr[4] "%(count)s مفتاحًا"\n'
        'msgstr[5] "%(count)s مفتاح"\n\n'
        'msgid "%(count)s step"\nmsgid_plural "%(count)s steps"\n'
        'msgstr[0] "لا خطوات"\nmsgstr[1] "خطوة"\nmsgstr[2] "خطوتان"\n'
        'msgstr[3] "%(count)s خطوات"\nmsgstr[4] "%(n)s خطوة"\nmsgstr[5] "%(count)s خطوة"\n',
    )
    # When the check runs; then only the renamed one fails, by its line
    code = main([str(tmp_path), "--languages", "ar"])
    out = capsys.readouterr().out  # type: ignore[attr-defined]
    assert code == 1
    assert "1 placeholder mismatches" in out
    assert f"{po}:14: '%(count)s step'" in out


def test_a_content_message_missing_from_the_catalogue_fails(tmp_path: Path, capsys: object) -> None:
    # Given a complete Polish catalogue, and content messages, one of them not in it
    _catalogue(tmp_path, "pl", COMPLETE)
    content = tmp_path / "content_messages.py"
    content.write_text(
        "from django.utils.translation import gettext_noop\n"
        "MESSAGES = [gettext_noop('Hello %(name)s'), gettext_noop('Lost phones can be wiped')]\n",
        encoding="utf-8",
    )
    # When the check runs with the content messages
    code = main([str(tmp_path), "--languages", "pl", "--content", str(content)])
    # Then it fails, naming the message not in the catalogue
    out = capsys.readouterr().out  # type: ignore[attr-defined]
    assert code == 1
    assert "1 not in the catalogue" in out
    assert "'Lost phones can be wiped' (run make messages)" in out
