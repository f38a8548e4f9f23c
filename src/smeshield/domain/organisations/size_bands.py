"""UK size bands by number of employees (DBT Business Population Estimates)."""

from __future__ import annotations

from enum import StrEnum

from smeshield.domain.wording import gettext_noop


class SizeBand(StrEnum):
    """Micro 0-9, small 10-49, medium 50-249, large 250 or more employees."""

    MICRO = "micro"
    SMALL = "small"
    MEDIUM = "medium"
    LARGE = "large"

    @property
    def employee_range(self) -> tuple[int, int | None]:
        """The inclusive range of employees; ``None`` means no upper limit."""
        return _RANGES[self]

    @property
    def label(self) -> str:
        """Plain words for the band, e.g. 'Micro (up to 9 people)'."""
        return _LABELS[self]

    @property
    def is_sme(self) -> bool:
        """Small and medium-sized enterprises: fewer than 250 employees."""
        return self is not SizeBand.LARGE


_RANGES: dict[SizeBand, tuple[int, int | None]] = {
    SizeBand.MICRO: (0, 9),
    SizeBand.SMALL: (10, 49),
    SizeBand.MEDIUM: (50, 249),
    SizeBand.LARGE: (250, None),
}

_LABELS: dict[SizeBand, str] = {
    SizeBand.MICRO: gettext_noop("Micro (up to 9 people)"),
    SizeBand.SMALL: gettext_noop("Small (10 to 49 people)"),
    SizeBand.MEDIUM: gettext_noop("Medium (50 to 249 people)"),
    SizeBand.LARGE: gettext_noop("Large (250 people or more)"),
}

SME_BANDS: tuple[SizeBand, ...] = (SizeBand.MICRO, SizeBand.SMALL, SizeBand.MEDIUM)


def size_band_for(employees: int) -> SizeBand:
    """The size band of a business with this many employees (0 for a sole trader)."""
    if employees < 0:
        raise ValueError("employees cannot be negative")
    for band, (low, high) in _RANGES.items():
        if employees >= low and (high is None or employees <= high):
            return band
    raise AssertionError("size bands cover every non-negative count")  # pragma: no cover
