"""Released figures as page rows, bar charts and a choropleth map."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from smeshield.domain.insights.aggregate import ALL, Kind
from smeshield.domain.insights.disclosure import Release, Released
from smeshield.domain.insights.drivers import CONTROL_WORDS
from smeshield.domain.organisations.sectors import SECTORS

SIZE_NAMES = {
    "micro": gettext_noop("Micro (0 to 9 people)"),
    "small": gettext_noop("Small (10 to 49)"),
    "medium": gettext_noop("Medium (50 to 249)"),
    "large": gettext_noop("Large (250 or more)"),
}
SECTOR_NAMES = {s.code: s.name for s in SECTORS}
# Five shades of the brand colour, light to dark, for the map (and grey for hidden).
SHADES = ("#cce3e0", "#99c7c1", "#66aba2", "#338f83", "#00594f")
HIDDEN_FILL = "#b1b4b6"


BARRIER_LABELS = {
    "barrier_cost": gettext_noop("cost"),
    "barrier_know_how": gettext_noop("not knowing how"),
    "barrier_time": gettext_noop("no time"),
    "barrier_trust": gettext_noop("not knowing whom to trust"),
    "barrier_language": gettext_noop("language"),
    "barrier_training": gettext_noop("no training"),
}
INCIDENT_LABELS = {
    "inc_phishing": gettext_noop("phishing"),
    "inc_ransomware": gettext_noop("ransomware"),
    "inc_payment_fraud": gettext_noop("payment fraud"),
    "inc_account_takeover": gettext_noop("account taken over"),
    "inc_malware": gettext_noop("malware"),
    "inc_website": gettext_noop("website attacked"),
    "inc_lost_device": gettext_noop("lost or stolen device"),
    "reported_police": gettext_noop("reported to the police"),
}
MEASURE_LABELS = {**CONTROL_WORDS, **BARRIER_LABELS, **INCIDENT_LABELS}


def measure_label(name: str) -> str:
    return _(MEASURE_LABELS.get(name, name.replace("_", " ")))


def label(dimension: str, value: str) -> str:
    if value == ALL:
        return _("All")
    if dimension == "size_band":
        return _(SIZE_NAMES.get(value, value))
    if dimension == "sector":
        return _(SECTOR_NAMES.get(value, value))
    if dimension == "urban_rural":
        return _("Towns and cities") if value == "urban" else _("Countryside")
    return value


@dataclass(frozen=True)
class Row:
    label: str
    figure: Released
    kind: str

    @property
    def hidden_because(self) -> str:
        """Why the figure is hidden, in the reader's language ("" when shown)."""
        from smeshield.insights.dictionary import rule_message

        return rule_message(self.figure.rule)

    @property
    def text(self) -> str:
        """The figure in words: a percentage, pounds or a count; or why it is hidden."""
        cell = self.figure
        if cell.suppressed or cell.value is None:
            return _("hidden")
        if self.kind == Kind.RATE:
            return f"{cell.value * 100:.0f}%"
        if self.kind == Kind.MEAN:
            return f"£{cell.value:,.0f}"
        return f"{cell.value:,.0f}"

    @property
    def interval(self) -> str:
        cell = self.figure
        if cell.suppressed or cell.lower is None or cell.upper is None:
            return ""
        if self.kind == Kind.RATE:
            return f"{cell.lower * 100:.0f}% to {cell.upper * 100:.0f}%"
        return f"£{cell.lower:,.0f} to £{cell.upper:,.0f}"

    @property
    def bar(self) -> float:
        """Bar length as a percentage of the chart (rates: of 100%)."""
        value = self.figure.value
        if self.figure.suppressed or value is None or self.kind != Kind.RATE:
            return 0.0
        return round(value * 100, 1)


def rows(release: Release, *, margins: bool = False) -> list[Row]:
    """One row per shown category (and the total, when asked), in the table's order."""
    dims = release.table.dims
    kind = release.table.measure.kind.value
    found = []
    for figure in release.rows():
        is_total = ALL in figure.key
        if is_total and not margins:
            continue
        text = " – ".join(label(d, v) for d, v in zip(dims, figure.key, strict=True)) or _("All")
        found.append(Row(text, figure, kind))
    return found


def single(release: Release, name: str) -> Row:
    """A table with no dimensions: its one figure, named."""
    return Row(name, release.cells[()], release.table.measure.kind.value)


def choropleth(release: Release, area_map: dict[str, Any], chosen: str) -> list[dict[str, Any]]:
    """Each area's path with its fill: five equal bands of the shown rates; grey if hidden."""
    shown = [c.value for c in release.cells.values() if not c.suppressed and c.value is not None]
    low, high = (min(shown), max(shown)) if shown else (0.0, 1.0)
    step = (high - low) / len(SHADES) or 1.0
    shapes = []
    for area in area_map["areas"]:
        figure = release.cells.get((area["name"],))
        if figure is None or figure.suppressed or figure.value is None:
            fill, text = HIDDEN_FILL, _("hidden")
        else:
            band = min(len(SHADES) - 1, int((figure.value - low) / step))
            fill, text = SHADES[band], f"{figure.value * 100:.0f}%"
        shapes.append({**area, "fill": fill, "text": text, "chosen": area["name"] == chosen})
    return shapes


def legend(release: Release) -> list[tuple[str, str]]:
    shown = [c.value for c in release.cells.values() if not c.suppressed and c.value is not None]
    if not shown:
        return [(HIDDEN_FILL, _("hidden"))]
    low, high = min(shown), max(shown)
    step = (high - low) / len(SHADES)
    entries = [
        (shade, f"{(low + i * step) * 100:.0f}% to {(low + (i + 1) * step) * 100:.0f}%")
        for i, shade in enumerate(SHADES)
    ]
    return [*entries, (HIDDEN_FILL, _("hidden (too few businesses)"))]
