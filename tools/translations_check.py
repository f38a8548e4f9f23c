"""Check the message catalogues are complete and safe to ship (``make translations-check``).

For each language (pl, ur, ar by default) under a ``locale`` folder, reads
``<lang>/LC_MESSAGES/django.po`` and fails (exit 1) when:

- a message has no translation (every message must be translated; staff pages too),
- a translation's placeholders differ from its message's (``%(name)s``, ``%s``, ``%d``,
  ``{count}``, ``{name}``, ``{}``): the page would crash or show the wrong value,
- an entry (the header included) is marked fuzzy: gettext ignores fuzzy entries,
- with ``--content``: a content file's message (``content_messages.py``) is not in the
  catalogue at all (``make messages`` was not run after ``make content-messages``).

The ``.mo`` files are compiled from the ``.po`` files, never committed (ADR 0063), so
there is no stale ``.mo`` to check. Standard library only.

    python tools/translations_check.py src/smeshield/locale [--languages pl ur ar] [--show 5]
        [--content src/smeshield/content/content_messages.py]
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

LANGUAGES = ("pl", "ur", "ar")
PLACEHOLDER = re.compile(
    r"%%"  # a literal percent sign: not a placeholder (dropped below)
    r"|%\([A-Za-z_][A-Za-z0-9_]*\)[#0 +-]*\d*(?:\.\d+)?[diouxXeEfFgGcrsa]"
    r"|%[#0 +-]*\d*(?:\.\d+)?[diouxXeEfFgGcrsa]"
    r"|\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}"
    r"|\{\d*\}"
)


@dataclass
class Entry:
    """One message of a catalogue: where it is, what it says, how it is translated."""

    line: int  # of its msgid in the .po file
    references: list[str] = field(default_factory=list)
    flags: set[str] = field(default_factory=set)
    msgctxt: str | None = None
    msgid: str = ""
    msgid_plural: str | None = None
    msgstr: dict[int, str] = field(default_factory=dict)

    @property
    def is_header(self) -> bool:
        return self.msgid == "" and self.msgctxt is None

    @property
    def translated(self) -> bool:
        return bool(self.msgstr) and all(self.msgstr.values())

    def where(self, po: Path) -> str:
        source = f" ({self.references[0]})" if self.references else ""
        return f"{po}:{self.line}{source}"


def _unquote(text: str) -> str:
    value = ast.literal_eval(text)
    if not isinstance(value, str):
        raise ValueError(f"not a string: {text}")
    return value


class _Reader:
    """Reads a .po file line by line into entries."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.entries: list[Entry] = []
        self.current: Entry | None = None
        self.references: list[str] = []
        self.flags: set[str] = set()
        self.target: tuple[str, int] | None = None  # the field a bare "..." line continues

    def finish(self) -> None:
        if self.current is not None:
            self.entries.append(self.current)
        self.current = None
        self.target = None

    def comment(self, line: str) -> None:
        self.finish()
        if line.startswith("#:"):
            self.references.extend(line[2:].split())
        elif line.startswith("#,"):
            self.flags.update(flag.strip() for flag in line[2:].split(","))

    def continuation(self, number: int, line: str) -> None:
        if self.current is None or self.target is None:
            raise ValueError(f"{self.path}:{number}: a string continues nothing")
        name, index = self.target
        if name == "msgstr":
            self.current.msgstr[index] += _unquote(line)
        else:
            setattr(self.current, name, (getattr(self.current, name) or "") + _unquote(line))

    def keyword(self, number: int, line: str) -> None:
        keyword, _space, rest = line.partition(" ")
        current = self.current
        if keyword == "msgctxt" or (keyword == "msgid" and (current is None or current.msgstr)):
            self.finish()
            current = self.current = Entry(line=number, references=self.references)
            current.flags = self.flags
            self.references, self.flags = [], set()
        if current is None:
            raise ValueError(f"{self.path}:{number}: {keyword} outside an entry")
        if keyword.startswith("msgstr"):
            index = int(keyword[7:-1]) if keyword.startswith("msgstr[") else 0
            current.msgstr[index] = _unquote(rest)
            self.target = ("msgstr", index)
        elif keyword in {"msgctxt", "msgid", "msgid_plural"}:
            if keyword == "msgid":
                current.line = number
            setattr(current, keyword, _unquote(rest))
            self.target = (keyword, 0)
        else:
            raise ValueError(f"{self.path}:{number}: unknown line {line!r}")

    def read(self) -> list[Entry]:
        lines = self.path.read_text(encoding="utf-8").splitlines()
        for number, raw in enumerate(lines, start=1):
            line = raw.strip()
            if line.startswith("#~"):  # obsolete: no longer in the code
                continue
            if not line:
                self.target = None
            elif line.startswith("#"):
                self.comment(line)
            elif line.startswith('"'):
                self.continuation(number, line)
            else:
                self.keyword(number, line)
        self.finish()
        return self.entries


def read_po(path: Path) -> list[Entry]:
    """The entries of a .po file (obsolete "#~" entries left out), in file order."""
    return _Reader(path).read()


def placeholders(text: str) -> Counter[str]:
    """The placeholders in a message, counted (``%%`` is a literal percent, not one)."""
    return Counter(match for match in PLACEHOLDER.findall(text) if match != "%%")


@dataclass
class Report:
    """What is wrong with one language's catalogue."""

    language: str
    po: Path
    total: int = 0
    missing: list[str] = field(default_factory=list)
    placeholder_errors: list[str] = field(default_factory=list)
    fuzzy: list[str] = field(default_factory=list)
    absent: list[str] = field(default_factory=list)  # in the code, not in the catalogue

    @property
    def ok(self) -> bool:
        return not (self.missing or self.placeholder_errors or self.fuzzy or self.absent)


def _short(text: str, width: int = 70) -> str:
    flat = text.replace("\n", "\\n")
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def check_catalogue(language: str, po: Path) -> Report:
    report = Report(language=language, po=po)
    for entry in read_po(po):
        if entry.is_header:
            if "fuzzy" in entry.flags:
                report.fuzzy.append(f"{entry.where(po)}: the header is marked fuzzy")
            continue
        report.total += 1
        message = _short(entry.msgid)
        if "fuzzy" in entry.flags:
            report.fuzzy.append(f"{entry.where(po)}: {message!r}")
        if not entry.translated:
            report.missing.append(f"{entry.where(po)}: {message!r}")
            continue
        plural = entry.msgid_plural is not None
        wanted = placeholders(entry.msgid_plural if plural else entry.msgid)
        for _index, translation in sorted(entry.msgstr.items()):
            got = placeholders(translation)
            # A plural form may say the number in words ("one", Arabic's zero, one and
            # two forms), so it may leave a placeholder out; never add or rename one.
            if plural and set(got) <= set(wanted):
                continue
            if got != wanted:
                report.placeholder_errors.append(
                    f"{entry.where(po)}: {message!r} has {sorted(wanted)}, "
                    f"the translation has {sorted(got)}"
                )
    return report


def noop_messages(module: Path) -> list[str]:
    """The strings a module marks with ``gettext_noop("...")``, in order."""
    found = []
    for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "gettext_noop"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.append(node.args[0].value)
    return found


def check_absent(report: Report, expected: Sequence[str], source: Path) -> None:
    """Note each expected message the catalogue does not have at all."""
    have = {entry.msgid for entry in read_po(report.po)} if report.po.exists() else set()
    seen: set[str] = set()
    for message in expected:
        if message not in have and message not in seen:
            seen.add(message)
            report.absent.append(f"{source}: {_short(message)!r} (run make messages)")


def check_locales(
    locale_dir: Path, languages: Iterable[str] = LANGUAGES, content: Path | None = None
) -> list[Report]:
    expected = noop_messages(content) if content is not None else []
    reports = []
    for language in languages:
        po = locale_dir / language / "LC_MESSAGES" / "django.po"
        if not po.exists():
            report = Report(language=language, po=po)
            report.missing.append(f"{po}: no catalogue")
            reports.append(report)
            continue
        report = check_catalogue(language, po)
        if content is not None:
            check_absent(report, expected, content)
        reports.append(report)
    return reports


def describe(reports: Sequence[Report], show: int = 5) -> str:
    lines = []
    for report in reports:
        done = report.total - len(report.missing)
        state = "ok" if report.ok else "FAIL"
        lines.append(
            f"{report.language}: {state}, {done} of {report.total} translated, "
            f"{len(report.missing)} missing, {len(report.placeholder_errors)} placeholder "
            f"mismatches, {len(report.fuzzy)} fuzzy, {len(report.absent)} not in the "
            f"catalogue ({report.po})"
        )
        for title, problems in (
            ("missing", report.missing),
            ("placeholders differ", report.placeholder_errors),
            ("fuzzy", report.fuzzy),
            ("not in the catalogue", report.absent),
        ):
            for problem in problems[:show]:
                lines.append(f"  {title}: {problem}")
            if len(problems) > show:
                lines.append(f"  … and {len(problems) - show} more {title}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("locale_dir", type=Path)
    parser.add_argument("--languages", nargs="+", default=list(LANGUAGES))
    parser.add_argument("--show", type=int, default=5, help="problems listed per kind")
    parser.add_argument("--content", type=Path, help="content_messages.py, to check it is in")
    args = parser.parse_args(argv)
    reports = check_locales(args.locale_dir, args.languages, args.content)
    sys.stdout.write(describe(reports, show=args.show) + "\n")
    return 0 if all(report.ok for report in reports) else 1


if __name__ == "__main__":
    raise SystemExit(main())
