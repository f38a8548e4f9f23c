"""Reasons shown in the reader's language: one English message per code, through gettext.

The domain (and a few services) say things as ``Reason(code, params)``; this module is
the one place that turns a reason into words. Each code has one message, marked for
translation with ``gettext_noop`` (so ``makemessages`` finds it) and translated when it
is shown, in the active language: pages, emails and PDFs all call ``render`` (templates
through the ``reason`` filter). A test holds every code the project can produce to a
message here, with the same placeholders.

Parameters are filled in as they are, except:
- those a message lists in ``translate`` are themselves English words marked elsewhere
  (a sector's name, a question's summary) and are translated first;
- those it lists in ``moments`` are ISO 8601 dates or date-times, shown as people write
  them ("4 December 2026", or in local time "4 December 2026 at 18:00");
- those it lists in ``lowercase`` are shown in lower case, mid-sentence in English
  ("knows about firewalls");
- a tuple of reasons is shown as a list, joined by the message's ``joiner`` ("a; b").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext, gettext_noop

from smeshield.domain.reasons import Reason


@dataclass(frozen=True, slots=True)
class Message:
    text: str  # English, with %(name)s placeholders
    translate: frozenset[str] = frozenset()
    moments: frozenset[str] = frozenset()
    lowercase: frozenset[str] = frozenset()
    joiner: str = "; "


def _m(
    text: str,
    *,
    translate: Iterable[str] = (),
    moments: Iterable[str] = (),
    lowercase: Iterable[str] = (),
    joiner: str = "; ",
) -> Message:
    return Message(text, frozenset(translate), frozenset(moments), frozenset(lowercase), joiner)


MESSAGES: dict[str, Message] = {
    # Alerts: why an alert reached this business (domain/alerts/matching.py).
    "alerts.for_every_business": _m(gettext_noop("It is for every business.")),
    "alerts.for_businesses_like_yours": _m(
        gettext_noop("It is for businesses like yours (%(kinds)s).")
    ),
    "alerts.kind_sector": _m(gettext_noop("%(sector)s"), translate=["sector"]),
    "alerts.kind_size_band": _m(gettext_noop("%(size_band)s businesses")),
    "alerts.kind_place": _m(gettext_noop("%(place)s")),
    "alerts.uses_product": _m(gettext_noop("You told us you use %(name)s.")),
    "alerts.uses_product_as": _m(gettext_noop("You told us you use %(name)s (%(identity)s).")),
    "alerts.matched": _m(gettext_noop("It matches what you told us about your business.")),
    # Alerts: the words we write around a product's name (domain/alerts/words.py).
    "alerts.kev_title": _m(
        gettext_noop("Update %(product)s: criminals are using a weak spot in it")
    ),
    "alerts.kev_what": _m(
        gettext_noop(
            "Criminals are using a weak spot in %(product)s to break in. The maker has a fix."
        )
    ),
    "alerts.kev_what_ransomware": _m(
        gettext_noop(
            "Criminals are using a weak spot in %(product)s to get in and lock files for a"
            " ransom. The maker has a fix."
        )
    ),
    "alerts.step_open_for_updates": _m(
        gettext_noop("Open %(product)s and look for updates, or ask your IT helper to do it.")
    ),
    "alerts.step_install_and_restart": _m(
        gettext_noop("Install every update it offers, then restart.")
    ),
    "alerts.step_no_update_yet": _m(
        gettext_noop(
            "If there is no update yet, ask your IT helper how to stay safe until there is."
        )
    ),
    "alerts.step_check_still_used": _m(gettext_noop("Check if you still use %(product)s.")),
    "alerts.step_stop_using": _m(
        gettext_noop(
            "The maker no longer fixes it. Stop using it, or change to one that gets updates."
        )
    ),
    "alerts.step_ask_it_helper": _m(gettext_noop("Ask your IT helper if you are not sure how.")),
    "alerts.stix_title": _m(gettext_noop("Warning for people who use %(product)s")),
    "alerts.stix_what": _m(
        gettext_noop(
            "Criminals are going after people who use %(product)s. They send fake emails, texts"
            " and login pages to steal passwords and money."
        )
    ),
    "alerts.step_two_step": _m(gettext_noop("Turn on 2-step verification for %(product)s.")),
    "alerts.step_unexpected_links": _m(
        gettext_noop("Do not open links or files you did not expect, even from people you know.")
    ),
    "alerts.step_if_you_clicked": _m(
        gettext_noop(
            "If you clicked a link or typed a password, use Get help now at the top of the page."
        )
    ),
    # Mentoring: why this mentor and this business (domain/mentoring/matching.py).
    "mentoring.knows_about": _m(gettext_noop("knows about %(skills)s"), joiner=", "),
    "mentoring.skill": _m(gettext_noop("%(name)s"), translate=["name"], lowercase=["name"]),
    "mentoring.meets_in_person": _m(gettext_noop("can meet in person in %(area)s")),
    "mentoring.works_online": _m(gettext_noop("works with you online")),
    "mentoring.speaks": _m(gettext_noop("speaks %(language)s"), translate=["language"]),
    # Health check: what the business told us, behind a verdict (domain/assessment).
    "assessment.answer_summary": _m(gettext_noop("%(summary)s"), translate=["summary"]),
    "assessment.not_sure": _m(gettext_noop("%(question)s: not sure"), translate=["question"]),
    "assessment.not_answered": _m(gettext_noop("Not answered yet")),
    # Incidents: the triage's own steps (domain/incidents/triage.py).
    "incidents.call_bank_first": _m(
        gettext_noop(
            "Call your bank now on 159, or the number on your card. Ask them to stop any payments."
        )
    ),
    # Consent: what a person agrees to (domain/roles.py), and sending an incident.
    "consent.anonymised_statistics": _m(
        gettext_noop(
            "Use my answers in statistics about many businesses. "
            "No one outside SME Shield will see my business's name or details."
        )
    ),
    "consent.named_partner": _m(
        gettext_noop("Let %(partner)s see my business's details and answers.")
    ),
    "consent.mentor": _m(gettext_noop("Let my mentor see my business's details and action plan.")),
    "incidents.share_with_partner": _m(
        gettext_noop(
            "Send this record to %(partner)s, so they can help and look into it. "
            "They will see what happened, when, and what you lost."
        )
    ),
    # Insights: what the drivers model says (domain/insights/drivers.py).
    "insights.more_likely": _m(
        gettext_noop("Firms %(firms)s were %(times)s times as likely to say they %(what)s."),
        translate=["what"],
    ),
    "insights.less_likely": _m(
        gettext_noop("Firms %(firms)s were %(times)s times less likely to say they %(what)s."),
        translate=["what"],
    ),
    "insights.firms_without": _m(gettext_noop("without %(control)s"), translate=["control"]),
    "insights.firms_of_size": _m(gettext_noop("that are %(size_band)s")),
    "insights.firms_in_areas": _m(gettext_noop("in %(kind)s areas")),
    "insights.association_not_cause": _m(
        gettext_noop(
            "These show which things go together, not what causes what. Firms that differ "
            "in one way often differ in others too."
        )
    ),
    # Notices (people/notices.py).
    "people.mentor_found": _m(
        gettext_noop("We found you a mentor. Agree to share your plan to get started.")
    ),
    "people.business_matched": _m(
        gettext_noop("You have been matched with a business. You will see its plan once it agrees.")
    ),
    "people.sign_off_waiting": _m(
        gettext_noop("A mentoring session is waiting for your sign-off.")
    ),
    "people.session_signed_off": _m(
        gettext_noop("Your supervisor signed off your session of %(day)s."), moments=["day"]
    ),
    "people.set_meets": _m(gettext_noop("Your learning set meets on %(when)s."), moments=["when"]),
    "people.set_review": _m(
        gettext_noop(
            "Your learning set meets on %(when)s. Look back at what you said you would do, "
            "so you can tell the set how it went."
        ),
        moments=["when"],
    ),
    "people.notice": _m(gettext_noop("You have a new notice.")),
}


class UnknownReasonError(KeyError):
    """A reason whose code has no message (a test keeps this from happening)."""


def _when(value: str) -> str:
    if "T" in value or " " in value:
        return moment(datetime.fromisoformat(value))
    return date_format(date.fromisoformat(value), "j F Y")


def moment(at: datetime) -> str:
    """A date-time as people write it, in local time: "4 December 2026 at 18:00"."""
    local = timezone.localtime(at) if timezone.is_aware(at) else at
    return gettext("%(day)s at %(time)s") % {
        "day": date_format(local, "j F Y"),
        "time": date_format(local, "H:i"),
    }


def render(reason: Reason) -> str:
    """The reason in words, in the active language."""
    message = MESSAGES.get(reason.code)
    if message is None:
        raise UnknownReasonError(reason.code)
    values: dict[str, object] = {}
    for key, value in reason.params.items():
        if isinstance(value, tuple):
            values[key] = gettext(message.joiner).join(render(part) for part in value)
        elif key in message.moments:
            values[key] = _when(str(value))
        else:
            words = gettext(str(value)) if key in message.translate and value else value
            values[key] = words.lower() if key in message.lowercase else words  # type: ignore[union-attr]
    return gettext(message.text) % values


def render_stored(data: object) -> str:
    """A reason kept as JSON (``Reason.as_json``), in words."""
    return render(Reason.from_json(data))
