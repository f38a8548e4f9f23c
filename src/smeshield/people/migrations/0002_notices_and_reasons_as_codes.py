"""Notices and mentor-match reasons keep codes and parameters, not sentences or links.

Existing notices were written by six services in English with hand-built links; each is
read back into its code (meeting times back into ISO date-times, in the site's time
zone) and its link into the URL name and arguments it came from. A notice whose words
match none of them becomes the general "You have a new notice."; a link that no longer
resolves is dropped. Mentor-match reasons are read back the same way.
"""

import re
from datetime import datetime

from django.db import migrations, models
from django.urls import Resolver404, resolve
from django.utils import timezone

_MOMENT = r"(?P<when>\d{1,2} \w+ \d{4} at \d{2}:\d{2})"
_NOTICES = [
    (re.compile(r"^We found you a mentor\."), "people.mentor_found"),
    (re.compile(r"^You have been matched with a business\."), "people.business_matched"),
    (re.compile(r"^A mentoring session is waiting for your sign-off\."), "people.sign_off_waiting"),
    (
        re.compile(r"^Your supervisor signed off your session of (?P<day>\d{1,2} \w+ \d{4})\."),
        "people.session_signed_off",
    ),
    (re.compile(rf"^Your learning set meets on {_MOMENT}\. Look back"), "people.set_review"),
    (re.compile(rf"^Your learning set meets on {_MOMENT}\.$"), "people.set_meets"),
]
GENERAL = {"code": "people.notice", "params": {}}


def _iso(name: str, text: str) -> str:
    if name == "day":
        return datetime.strptime(text, "%d %B %Y").date().isoformat()  # noqa: DTZ007 - a date
    local = timezone.get_current_timezone()
    return datetime.strptime(text, "%d %B %Y at %H:%M").replace(tzinfo=local).isoformat()


def notice_from_text(text: str) -> dict:
    for pattern, code in _NOTICES:
        if found := pattern.match(text):
            try:
                params = {k: _iso(k, v) for k, v in found.groupdict().items()}
            except ValueError:
                return GENERAL
            return {"code": code, "params": params}
    return GENERAL


def target_of(link: str) -> tuple[str, dict]:
    try:
        match = resolve(link)
    except Resolver404:
        return "", {}
    if not match.url_name:
        return "", {}
    return match.url_name, {k: str(v) for k, v in match.kwargs.items()}


def mentor_reason(text: str) -> dict:
    if text.startswith("knows about "):
        names = [n for n in text[len("knows about ") :].split(", ") if n]
        skills = [{"code": "mentoring.skill", "params": {"name": n}} for n in names]
        return {"code": "mentoring.knows_about", "params": {"skills": skills}}
    if text.startswith("can meet in person in "):
        return {"code": "mentoring.meets_in_person", "params": {"area": text[22:]}}
    if text.startswith("speaks "):
        return {"code": "mentoring.speaks", "params": {"language": text[7:]}}
    return {"code": "mentoring.works_online", "params": {}}


def forwards(apps, schema_editor):
    Notification = apps.get_model("people", "Notification")
    for notice in Notification.objects.iterator():
        notice.message = notice_from_text(notice.text)
        notice.url_name, notice.url_kwargs = target_of(notice.link) if notice.link else ("", {})
        notice.save(update_fields=["message", "url_name", "url_kwargs"])
    Mentorship = apps.get_model("people", "Mentorship")
    for mentorship in Mentorship.objects.only("pk", "reasons").iterator():
        if all(isinstance(r, str) for r in mentorship.reasons):
            mentorship.reasons = [mentor_reason(r) for r in mentorship.reasons]
            mentorship.save(update_fields=["reasons"])


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0001_initial"),
    ]

    operations = [
        migrations.AddField("notification", "message", models.JSONField(null=True)),
        migrations.AddField(
            "notification", "url_kwargs", models.JSONField(blank=True, default=dict)
        ),
        migrations.AddField(
            "notification", "url_name", models.CharField(blank=True, max_length=100)
        ),
        migrations.RunPython(forwards, migrations.RunPython.noop),
        migrations.RemoveField("notification", "link"),
        migrations.RemoveField("notification", "text"),
        migrations.AlterField("notification", "message", models.JSONField()),
    ]
