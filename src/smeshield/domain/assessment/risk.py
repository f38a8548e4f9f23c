"""A risk picture weighted by exposure, told in words as well as a number.

Each requirement not met adds its weight (1 to 3); unknown adds half. A gap counts
1.5 times as much for each way the business is exposed to it (for example, missing
2-step verification matters more to a business that takes payments online).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from smeshield.domain.assessment.profile import Profile
from smeshield.domain.catalog.model import Verdict
from smeshield.domain.wording import gettext_noop

if TYPE_CHECKING:
    from smeshield.domain.assessment.verdicts import RequirementVerdict

EXPOSURE_FACTOR = 1.5
UNKNOWN_SHARE = 0.5

EXPOSURE_WORDS = {
    "payments": gettext_noop("you take payments"),
    "personal_data": gettext_noop("you keep personal data about people"),
    "remote_access": gettext_noop("people work away from the office or on their own devices"),
    "cloud": gettext_noop("you use online services"),
    "website": gettext_noop("you have a website"),
}


class RiskLevel(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    VERY_HIGH = "very_high"


@dataclass(frozen=True, slots=True)
class RiskPicture:
    level: RiskLevel
    score: float  # 0 = no gaps; compare only within one catalogue version
    exposures: tuple[str, ...]  # plain words for why gaps matter more here
    top_gaps: tuple[str, ...]  # statements of the weightiest gaps, most serious first


def gap_weight(item: RequirementVerdict, exposures: frozenset[str]) -> float:
    """How much one requirement's gap adds to the risk (0 when met)."""
    if item.verdict is Verdict.MET:
        return 0.0
    share = 1.0 if item.verdict is Verdict.NOT_MET else UNKNOWN_SHARE
    boost = EXPOSURE_FACTOR ** len(exposures & set(item.requirement.exposures))
    return item.requirement.weight * share * boost


def _level(score: float) -> RiskLevel:
    if score < 3:
        return RiskLevel.LOW
    if score < 10:
        return RiskLevel.MEDIUM
    if score < 20:
        return RiskLevel.HIGH
    return RiskLevel.VERY_HIGH


def risk_picture(items: Sequence[RequirementVerdict], profile: Profile) -> RiskPicture:
    exposures = profile.exposures()
    weighted = sorted(
        ((gap_weight(item, exposures), item) for item in items),
        key=lambda pair: -pair[0],
    )
    score = round(sum(weight for weight, _ in weighted), 2)
    top = tuple(item.requirement.statement for weight, item in weighted[:3] if weight > 0)
    words = tuple(EXPOSURE_WORDS[e] for e in sorted(exposures) if e in EXPOSURE_WORDS)
    return RiskPicture(_level(score), score, words, top)
