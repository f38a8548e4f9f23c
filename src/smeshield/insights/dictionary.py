"""What each insights column and disclosure rule means, in the reader's language.

The domain keeps the columns and rules (``domain.insights.population.DATA_DICTIONARY``,
``domain.insights.disclosure.RULES``) in English, with no Django. Here the same
descriptions are marked for translation (``gettext_lazy``), so the dictionary page, its
CSV and the dashboard show them in the active language; a test holds the two to the
same columns and rules.
"""

from __future__ import annotations

from django.utils.functional import Promise
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from smeshield.domain.insights.drivers import CONTROL_WORDS
from smeshield.insights.presenters import BARRIER_LABELS, INCIDENT_LABELS

DATA_DICTIONARY: dict[str, Promise] = {
    "business_id": _("A number for the row. Synthetic: no real business."),
    "size_band": _("micro (0-9 employees), small (10-49), medium (50-249), large (250+)."),
    "sector": _("UK SIC 2007 section, A to U."),
    "region": _("ITL1 region or nation (BPE 2025 counts)."),
    "police_force_area": _("Police force area the business is in."),
    "urban_rural": _("urban or rural (ONS rural-urban classification of its postcode district)."),
    "period": _("Quarter of the business's health check, e.g. 2026Q1."),
    "cyber_essentials": _("Holds Cyber Essentials."),
    **{
        column: format_lazy(_("Has this control in place: {control}."), control=_(words))
        for column, words in CONTROL_WORDS.items()
    },
    **{
        column: format_lazy(_("Said this stops them: {barrier}."), barrier=_(words))
        for column, words in BARRIER_LABELS.items()
    },
    "had_incident": _("Had a breach or attack in the last 12 months."),
    **{
        column: format_lazy(_("Among incidents: {kind}."), kind=_(words))
        for column, words in INCIDENT_LABELS.items()
        if column != "reported_police"
    },
    "reported_police": _("Reported an incident to the police or Report Fraud."),
    "loss_gbp": _("Money lost to incidents in the last 12 months, in pounds (0 if none)."),
    "synthetic": _("True: this row is generated, not a real business."),
}

RULE_MESSAGES: dict[str, Promise] = {
    "threshold": _(
        "Hidden: fewer than 10 businesses, too few to show without risk of pointing to one."
    ),
    "dominance": _(
        "Hidden: one or two businesses make up most of this amount, so it could reveal theirs."
    ),
    "differencing": _(
        "Hidden: with figures already published, it would reveal a group of 1 to 9 businesses."
    ),
    "secondary": _("Hidden so that other hidden figures cannot be worked out from the totals."),
}


def rules_explained() -> list[tuple[str, Promise]]:
    """Each disclosure rule's name and why it hides a figure, in the reader's language."""
    return list(RULE_MESSAGES.items())


def rule_message(name: str) -> str:
    """Why a figure is hidden ("" when it is shown)."""
    return str(RULE_MESSAGES[name]) if name else ""
