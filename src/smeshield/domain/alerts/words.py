"""The words of imported advisories (KEV and STIX) that our code writes, as reason codes.

The title, what and steps of an imported advisory are sentences we write around a product's
name, so each is a ``Reason``: stored with the advisory (``Advisory.wording``) and worded
in the reader's language when shown (``smeshield.kernel.wording``). The English is also
kept as plain text (title, what, steps) for advisories stored before, and for sources whose
words are not ours: a partner's alert, and the source's own description ("technical").
"""

from __future__ import annotations

from typing import Any

from smeshield.domain.reasons import Reason, ReasonCode

KEV_TITLE = ReasonCode("alerts.kev_title", ("product",))
KEV_WHAT = ReasonCode("alerts.kev_what", ("product",))
KEV_WHAT_RANSOMWARE = ReasonCode("alerts.kev_what_ransomware", ("product",))
STEP_OPEN_FOR_UPDATES = ReasonCode("alerts.step_open_for_updates", ("product",))
STEP_INSTALL_AND_RESTART = ReasonCode("alerts.step_install_and_restart")
STEP_NO_UPDATE_YET = ReasonCode("alerts.step_no_update_yet")
STEP_CHECK_STILL_USED = ReasonCode("alerts.step_check_still_used", ("product",))
STEP_STOP_USING = ReasonCode("alerts.step_stop_using")
STEP_ASK_IT_HELPER = ReasonCode("alerts.step_ask_it_helper")
STIX_TITLE = ReasonCode("alerts.stix_title", ("product",))
STIX_WHAT = ReasonCode("alerts.stix_what", ("product",))
STEP_TWO_STEP = ReasonCode("alerts.step_two_step", ("product",))
STEP_UNEXPECTED_LINKS = ReasonCode("alerts.step_unexpected_links")
STEP_IF_YOU_CLICKED = ReasonCode("alerts.step_if_you_clicked")


def _as_json(title: Reason, what: Reason, steps: tuple[Reason, ...]) -> dict[str, Any]:
    return {
        "title": title.as_json(),
        "what": what.as_json(),
        "steps": [step.as_json() for step in steps],
    }


def kev_wording(product: str, *, ransomware: bool, discontinued: bool) -> dict[str, Any]:
    """What a KEV advisory about ``product`` says, as stored reasons."""
    what = (KEV_WHAT_RANSOMWARE if ransomware else KEV_WHAT)(product=product)
    if discontinued:
        steps = (
            STEP_CHECK_STILL_USED(product=product),
            STEP_STOP_USING(),
            STEP_ASK_IT_HELPER(),
        )
    else:
        steps = (
            STEP_OPEN_FOR_UPDATES(product=product),
            STEP_INSTALL_AND_RESTART(),
            STEP_NO_UPDATE_YET(),
        )
    return _as_json(KEV_TITLE(product=product), what, steps)


def stix_warning_wording(product: str) -> dict[str, Any]:
    """What a STIX warning (not a weak spot to update) about ``product`` says."""
    steps = (STEP_TWO_STEP(product=product), STEP_UNEXPECTED_LINKS(), STEP_IF_YOU_CLICKED())
    return _as_json(STIX_TITLE(product=product), STIX_WHAT(product=product), steps)
