"""Named rules deciding when a requirement applies or a question is shown.

Content files name these (``applies_when``, ``show_when``). Each takes the profile and
answers True unless the profile rules it out: "not sure" keeps the question in.
"""

from __future__ import annotations

from collections.abc import Callable

from smeshield.domain.assessment.profile import Profile

Predicate = Callable[[Profile], bool]

CLOUD_EMAIL = frozenset({"microsoft_365", "google_workspace", "other_email"})


def _maybe(value: bool | None) -> bool:
    return value is not False


def uses_cloud(profile: Profile) -> bool:
    return profile.cloud_services is None or bool(profile.cloud_services)


def uses_cloud_email(profile: Profile) -> bool:
    return profile.cloud_services is None or bool(profile.cloud_services & CLOUD_EMAIL)


def sole_trader(profile: Profile) -> bool:
    """Just one person: no staff to give logins to, or to check a payment."""
    return profile.facts.sole_trader


def has_staff(profile: Profile) -> bool:
    return not profile.facts.sole_trader


def charity(profile: Profile) -> bool:
    """A charity or community group (volunteers, donors' data)."""
    return profile.charity is True


def hospitality(profile: Profile) -> bool:
    """Cafes, pubs, hotels and restaurants (SIC 2007 section I): tills, card readers, Wi-Fi."""
    return profile.facts.sector == "I"


def retail(profile: Profile) -> bool:
    """Shops (SIC 2007 section G): tills, card readers, stock systems."""
    return profile.facts.sector == "G"


def small_or_larger(profile: Profile) -> bool:
    """Ten people or more: leavers and shared logins happen every year."""
    return profile.facts.size_band.value in {"small", "medium", "large"}


PREDICATES: dict[str, Predicate] = {
    "sole_trader": sole_trader,
    "has_staff": has_staff,
    "charity": charity,
    "hospitality": hospitality,
    "retail": retail,
    "small_or_larger": small_or_larger,
    "pays_suppliers_with_staff": lambda profile: (
        _maybe(profile.pays_suppliers)
        and _maybe(profile.others_use_it)
        and not profile.facts.sole_trader
    ),
    "others_use_it_or_staff": lambda profile: (
        _maybe(profile.others_use_it) or small_or_larger(profile)
    ),
    "always": lambda profile: True,
    "remote_working": lambda profile: _maybe(profile.remote_working),
    "own_devices": lambda profile: _maybe(profile.own_devices),
    "remote_or_own_devices": lambda profile: (
        _maybe(profile.remote_working) or _maybe(profile.own_devices)
    ),
    "others_use_it": lambda profile: _maybe(profile.others_use_it),
    "uses_cloud": uses_cloud,
    "uses_cloud_email": uses_cloud_email,
    "has_website": lambda profile: _maybe(profile.website),
    "online_shop": lambda profile: _maybe(profile.online_shop),
    "takes_card_payments": lambda profile: _maybe(profile.card_payments),
    "payments": lambda profile: (
        _maybe(profile.card_payments) or _maybe(profile.payment_apps) or _maybe(profile.online_shop)
    ),
    "pays_suppliers": lambda profile: _maybe(profile.pays_suppliers),
    "pays_suppliers_with_others": lambda profile: (
        _maybe(profile.pays_suppliers) and _maybe(profile.others_use_it)
    ),
    "holds_personal_data": lambda profile: _maybe(profile.personal_data),
}


class UnknownPredicateError(KeyError):
    """A content file names a rule that does not exist."""


def applies(name: str, profile: Profile) -> bool:
    try:
        return PREDICATES[name](profile)
    except KeyError:
        raise UnknownPredicateError(name) from None
