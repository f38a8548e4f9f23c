"""What the people features tell someone in a notice: codes, shown in the reader's language.

A stored notice keeps one of these codes with its parameters and the URL name (and URL
arguments) of the page it points to, never a sentence or a built link; the words come
from smeshield.kernel.wording when the notice is shown or emailed.
"""

from __future__ import annotations

from smeshield.domain.reasons import ReasonCode

MENTOR_FOUND = ReasonCode("people.mentor_found")
BUSINESS_MATCHED = ReasonCode("people.business_matched")
SIGN_OFF_WAITING = ReasonCode("people.sign_off_waiting")
SESSION_SIGNED_OFF = ReasonCode("people.session_signed_off", ("day",))  # ISO date
SET_MEETS = ReasonCode("people.set_meets", ("when",))  # ISO date-time
SET_REVIEW = ReasonCode("people.set_review", ("when",))  # ISO date-time
NOTICE = ReasonCode("people.notice")  # an old notice whose words could not be read back
