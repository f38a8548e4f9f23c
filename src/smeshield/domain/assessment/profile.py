"""What we know about how a business works: it decides which questions apply."""

from __future__ import annotations

from dataclasses import dataclass, field

from smeshield.domain.organisations.size_bands import SizeBand


@dataclass(frozen=True, slots=True)
class BusinessFacts:
    """Facts from registration and reference data (not from the questionnaire)."""

    sector: str
    size_band: SizeBand
    region: str = ""
    police_force: str = ""
    urban_rural: str = ""
    sole_trader: bool = False


@dataclass(frozen=True, slots=True)
class Profile:
    """The business's facts plus its answers to the profile questions.

    ``None`` means "not answered" or "not sure": the questions that depend on it are
    still asked, so nothing is skipped on a guess.
    """

    facts: BusinessFacts
    remote_working: bool | None = None
    own_devices: bool | None = None
    others_use_it: bool | None = None
    cloud_services: frozenset[str] | None = None
    website: bool | None = None
    online_shop: bool | None = None
    card_payments: bool | None = None
    payment_apps: bool | None = None
    pays_suppliers: bool | None = None
    personal_data: bool | None = None
    charity: bool | None = None
    products: frozenset[str] = field(default_factory=frozenset)
    products_unrecognised: tuple[str, ...] = ()
    customers_ask_ce: bool | None = None
    insurance: bool | None = None
    it_advice: str | None = None

    def exposures(self) -> frozenset[str]:
        """What makes gaps riskier for this business (unknown counts as exposed)."""
        found = set()
        if self.card_payments is not False or self.payment_apps is not False:
            found.add("payments")
        if self.online_shop:
            found.add("payments")
        if self.personal_data is not False:
            found.add("personal_data")
        if self.remote_working is not False or self.own_devices is not False:
            found.add("remote_access")
        if self.cloud_services is None or self.cloud_services:
            found.add("cloud")
        if self.website is not False:
            found.add("website")
        return frozenset(found)
