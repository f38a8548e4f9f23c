"""How incident records read on pages: the Report Fraud summary and plain labels."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from django.utils import formats
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from smeshield.domain.incidents.playbooks import Contact, Playbooks
from smeshield.incidents.models import HowFound
from smeshield.incidents.selectors import IncidentView


def type_titles(types: list[str], book: Playbooks) -> list[str]:
    return [_(p.title) for t in types if (p := book.get(t)) is not None]


def money(amount: Decimal) -> str:
    return "£" + formats.number_format(amount, decimal_pos=2, use_l10n=True, force_grouping=True)


def _yes_no(value: bool) -> str:
    return _("Yes") if value else _("No")


def report_summary(view: IncidentView, book: Playbooks) -> str:
    """Plain text the business can paste into the Report Fraud form. We never submit it."""
    incident = view.incident
    lines = [
        _("What happened: %(summary)s") % {"summary": view.summary},
        _("Type: %(types)s") % {"types": "; ".join(type_titles(incident.types, book))},
        _("Near miss: %(answer)s") % {"answer": _yes_no(incident.near_miss)},
        _("When it happened: %(date)s") % {"date": formats.date_format(incident.occurred_on)},
    ]
    if incident.discovered_on:
        lines.append(
            _("When we found out: %(date)s") % {"date": formats.date_format(incident.discovered_on)}
        )
    lines.append(_("How we found out: %(how)s") % {"how": HowFound(incident.how_found).label})
    if view.losses_gbp is not None:
        lines.append(_("Money lost: %(amount)s") % {"amount": money(view.losses_gbp)})
    if view.days_disrupted is not None:
        lines.append(_("Days we could not work normally: %(days)s") % {"days": view.days_disrupted})
    lines += [
        _("Told our bank: %(answer)s") % {"answer": _yes_no(incident.reported_bank)},
        _("Told our insurer: %(answer)s") % {"answer": _yes_no(incident.reported_insurer)},
    ]
    if view.crime_reference:
        lines.append(_("Crime reference: %(ref)s") % {"ref": view.crime_reference})
    return "\n".join(lines)


@dataclass(frozen=True)
class ContactRow:
    contact: Contact
    where: str  # "" when everywhere in the UK


NATION_NAMES = {
    "england": gettext_lazy("England"),
    "wales": gettext_lazy("Wales"),
    "northern-ireland": gettext_lazy("Northern Ireland"),
    "scotland": gettext_lazy("Scotland"),
}


def contact_rows(contacts: Iterable[Contact]) -> list[ContactRow]:
    """Contacts with where they serve, when that is not the whole UK."""
    rows = []
    for contact in contacts:
        where = ""
        if "everywhere" not in contact.where:
            names = [str(NATION_NAMES[n]) for n in contact.where if n in NATION_NAMES]
            where = _("In %(places)s") % {"places": ", ".join(names)}
        rows.append(ContactRow(contact, where))
    return rows
