"""UK size bands by number of employees (DBT Business Population Estimates)."""

from __future__ import annotations

from enum import StrEnum


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
    def is_sme(self) -> bool:
        """Small and medium-sized enterprises: fewer than 250 employees."""
        return self is not SizeBand.LARGE


_RANGES: dict[SizeBand, tuple[int, int | None]] = {
    SizeBand.MICRO: (0, 9),
    SizeBand.SMALL: (10, 49),
    SizeBand.MEDIUM: (50, 249),
    SizeBand.LARGE: (250, None),
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
