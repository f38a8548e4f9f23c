"""A scripted attacker against insights, through the API, the CSV downloads and the
researcher's extract, as several people from different organisations.

The attacker is given more than anyone gets: the EXACT count of every figure released to
anyone (read from the release log), as if rounding hid nothing. It tries the attacks of the
penetration test (issue 12): nested geography (a region and a police force area inside it),
nested sector, complementary filters (a region and all but one of its force areas), two
people combining releases, the same figure asked again after the data changed, and every
attack in the reverse order; and it tries to turn published intervals back into exact
counts. Each test then reconstructs the small group it was after from what was released and
asserts it cannot: no group of 1 to 9 businesses is left exactly known.

Ground truth is worked out here with polars on the rows themselves (sets of business ids),
not with the code under test.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Mapping

import polars as pl
import pytest
from django.test import Client

from smeshield.accounts.models import User
from smeshield.api.services import api_token_create
from smeshield.domain.insights.aggregate import MEASURES, aggregate
from smeshield.insights import datasets
from smeshield.insights.datasets import Dataset
from smeshield.insights.models import ReleasedFigure
from smeshield.insights.services import insights_release
from tests.conftest import World, enrol_two_factor
from tests.factories import PartnerMembershipFactory, PartnerOrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db

SMALL = range(1, 10)  # a group of 1 to 9 businesses must never be exactly known
ROUND_TO = 5
Z95 = 1.959963984540054


# --- What the attacker can see -------------------------------------------------------------


def _ids(frame: pl.DataFrame, conditions: Mapping[str, object]) -> frozenset[int]:
    rows = frame
    for column, value in conditions.items():
        if rows.schema[column] == pl.Boolean:
            rows = rows.filter(pl.col(column) == (value == "true"))
        else:
            rows = rows.filter(pl.col(column).cast(pl.Utf8) == value)
    return frozenset(rows["business_id"].to_list())


def _released(frame: pl.DataFrame) -> list[tuple[frozenset[int], int]]:
    """Every figure out, to anyone: the businesses it covers and its exact count."""
    found = []
    for figure in ReleasedFigure.objects.all():
        ids = _ids(frame, dict(figure.population))
        assert len(ids) == figure.n  # the log's count is the true count
        found.append((ids, figure.n))
    return found


def _assert_no_small_group_is_exactly_known(frame: pl.DataFrame) -> None:
    """From all released exact counts: no two figures differ by 1-9 businesses, and no
    figure minus figures inside it that do not overlap leaves 1-9."""
    released = _released(frame)
    for (a, _), (b, _) in itertools.combinations(released, 2):
        assert len(a ^ b) not in SMALL, "two figures differ by a small group"
    for whole, n in released:
        parts = sorted((p for p in released if p[0] < whole), key=lambda p: -p[1])
        chosen: list[frozenset[int]] = []
        for part, _ in parts:
            if all(not (part & other) for other in chosen):
                chosen.append(part)
        assert n - sum(len(c) for c in chosen) not in SMALL, "a remainder is small"


def _api(token: str, **params: str) -> dict[str, object]:
    response = Client().get("/api/v1/insights/table", params, HTTP_AUTHORIZATION=f"Bearer {token}")
    assert response.status_code == 200, response.content
    body: dict[str, object] = response.json()
    return body


def _figure(body: Mapping[str, object], **key: str) -> dict[str, object]:
    figures: list[dict[str, object]] = body["figures"]  # type: ignore[assignment]
    return next(f for f in figures if f["key"] == key)


def _outsider(role: str = "researcher") -> User:
    """Someone in another organisation altogether (with two-step sign-in, as staff must)."""
    if role == "police":
        user = PartnerMembershipFactory(organisation=PartnerOrganisationFactory()).user
    else:
        user = UserFactory(role=role)
    enrol_two_factor(user)
    return user


def _token(user: User) -> str:
    _, token = api_token_create(user=user, name="attack")
    return token


# --- The targets, found in the synthetic data --------------------------------------------------


def _nested_geography_target(frame: pl.DataFrame) -> tuple[str, str, str]:
    """(region, force area, size band): region and force-area counts both >= 10 but
    differing by 1 to 9 (the City of London against London, in the pen test)."""
    counts = frame.group_by("region", "police_force_area", "size_band").len()
    by_region = frame.group_by("region", "size_band").len()
    for row in counts.sort("region", "police_force_area", "size_band").iter_rows(named=True):
        total = by_region.filter(
            (pl.col("region") == row["region"]) & (pl.col("size_band") == row["size_band"])
        )["len"][0]
        if row["len"] >= 10 and total - row["len"] in SMALL:
            return str(row["region"]), str(row["police_force_area"]), str(row["size_band"])
    raise AssertionError("the synthetic data has no such target")


# --- The attacks ----------------------------------------------------------------------------------


@pytest.mark.parametrize("narrow_first", [False, True])
def test_a_region_and_a_force_area_inside_it_never_give_away_the_rest(
    world: World, narrow_first: bool
) -> None:
    frame = datasets.current().frame
    region, area, size = _nested_geography_target(frame)
    police, researcher = world.people["police"], _outsider()
    asks: list[tuple[User, dict[str, str]]] = [
        (police, {"region": region}),
        (researcher, {"police_force_area": area}),  # another person, another organisation
    ]
    if narrow_first:
        asks.reverse()

    bodies = [
        _api(_token(user), by="", measure="cyber_essentials", size_band=size, **f)
        for user, f in asks
    ]

    first, second = (_figure(body) for body in bodies)
    # The rest of the region is 1-9 businesses: the first answer is given, the second
    # (whichever it is) refused for differencing.
    assert not first["suppressed"]
    assert second["rule"] == "differencing"
    _assert_no_small_group_is_exactly_known(frame)


@pytest.mark.parametrize("detail_first", [False, True])
def test_a_sector_and_a_part_of_it_never_give_away_the_rest(
    world: World, client_as: Callable[[str], Client], detail_first: bool
) -> None:
    frame = datasets.current().frame
    sector = "B"  # mining: few businesses, almost all micro
    micro = frame.filter((pl.col("sector") == sector) & (pl.col("size_band") == "micro")).height
    assert frame.filter(pl.col("sector") == sector).height - micro in SMALL  # the target
    token = _token(world.people["partner"])
    researcher = client_as("researcher")

    def whole() -> None:
        _api(token, by="", measure="businesses", sector=sector)

    def part() -> None:  # the same question as a researcher's extract
        response = researcher.get(
            "/insights/extract/",
            {"by": "sector", "measure": "businesses", "size_band": "micro", "format": "csv"},
        )
        assert response.status_code == 200

    for ask in (part, whole) if detail_first else (whole, part):
        ask()

    _assert_no_small_group_is_exactly_known(frame)


def test_complementary_force_areas_never_give_away_the_last_one(world: World) -> None:
    """Ask for a region, then each of its force areas but one, one at a time."""
    frame = datasets.current().frame
    target = None
    for (region, sector), rows in frame.group_by("region", "sector"):
        areas = rows.group_by("police_force_area").len()
        small = areas.filter(pl.col("len") < 10)
        if len(areas) >= 3 and len(small) == 1:
            target = (str(region), str(sector), areas, str(small["police_force_area"][0]))
            break
    assert target is not None
    region, sector, areas, hidden_area = target
    people = [world.people["police"], world.people["partner"], _outsider(), _outsider("police")]

    _api(_token(people[0]), by="", measure="businesses", region=region, sector=sector)
    others = [str(a) for a in areas["police_force_area"] if str(a) != hidden_area]
    for person, area in zip(itertools.cycle(people[1:]), others, strict=False):
        _api(_token(person), by="", measure="businesses", police_force_area=area, sector=sector)

    _assert_no_small_group_is_exactly_known(frame)


def test_the_dashboard_csv_and_api_together_give_away_nothing(
    world: World, client_as: Callable[[str], Client]
) -> None:
    frame = datasets.current().frame
    region, area, _size = _nested_geography_target(frame)
    partner = client_as("partner")
    for block in ("size", "sector", "place", "controls", "trend"):
        assert partner.get(f"/insights/download/{block}.csv", {"area": area}).status_code == 200
    assert client_as("police").get("/insights/", {"area": area}).status_code == 200
    token = _token(_outsider())
    for by in ("size_band", "sector", "urban_rural", "period", "size_band,urban_rural"):
        _api(token, by=by, measure="had_incident", region=region)

    _assert_no_small_group_is_exactly_known(frame)


# --- Over time: the same question after the data changed -------------------------------------


def _rows(count: int, *, hit: int) -> pl.DataFrame:
    return pl.DataFrame(
        {
            "business_id": list(range(1, count + 1)),
            "size_band": ["micro"] * count,
            "sector": ["F"] * count,
            "region": ["North East"] * count,
            "police_force_area": ["Durham"] * count,
            "urban_rural": ["urban"] * count,
            "period": ["2026Q1"] * count,
            "had_incident": [i < hit for i in range(count)],
        }
    )


@pytest.mark.parametrize("joined", [1, 9])
def test_a_figure_asked_again_after_businesses_joined_does_not_reveal_them(
    world: World, joined: int
) -> None:
    """40 builders, then `joined` more: their count and whether they were hit would be the
    difference between the two answers."""
    before = Dataset("live", _rows(40, hit=10), synthetic=False, version="monday")
    after = Dataset("live", _rows(40 + joined, hit=10 + joined), synthetic=False, version="tuesday")
    measure = MEASURES["had_incident"]

    def ask(dataset: Dataset, user: User) -> dict[str, object]:
        table = aggregate(dataset.frame, (), measure, {"sector": "F"})
        (release,) = insights_release(
            user=user, dataset=dataset, tables=[table], where="api", query={"sector": "F"}
        )
        return {"n": release.cells[()].n, "rule": release.cells[()].rule}

    first = ask(before, world.people["police"])
    second = ask(after, _outsider())

    assert first["n"] == 40
    assert second["rule"] == "differencing"


def test_the_same_figure_asked_again_on_unchanged_data_is_the_same(world: World) -> None:
    token, other = _token(world.people["police"]), _token(_outsider())

    first = _api(token, by="size_band", measure="had_incident", region="North West")
    again = _api(other, by="size_band", measure="had_incident", region="North West")

    def shown(body: dict[str, object]) -> list[tuple[str, ...]]:
        figures: list[dict[str, object]] = body["figures"]  # type: ignore[assignment]
        fields = ("key", "n", "value", "lower", "upper", "suppressed")
        return [tuple(str(f[name]) for name in fields) for f in figures]

    assert shown(first) == shown(again)


# --- Interval inversion ------------------------------------------------------------------------


def _wilson(k: int, n: int) -> tuple[float, float]:
    p = k / n
    denominator = 1 + Z95**2 / n
    centre = (p + Z95**2 / (2 * n)) / denominator
    half = Z95 * math.sqrt(p * (1 - p) / n + Z95**2 / (4 * n * n)) / denominator
    return max(0.0, centre - half), min(1.0, centre + half)


def _candidates(n: int, value: float, lower: float | None, upper: float | None) -> set[int]:
    """Every exact count consistent with a published share, its interval and rounded n,
    under either way of working the interval out (from exact or from rounded counts)."""
    found = set()
    for exact_n in range(max(10, n - 2), n + 3):
        for k in range(exact_n + 1):
            for kn in ((k, exact_n), (ROUND_TO * round(k / ROUND_TO), n)):
                if kn[1] == 0:
                    continue
                low, high = _wilson(min(kn[0], kn[1]), kn[1])
                share_matches = round(kn[0] / kn[1], 2) == value
                bounds_match = (round(low, 2), round(high, 2)) == (lower, upper)
                if share_matches and bounds_match:
                    found.add(exact_n)
    return found


def test_published_shares_and_intervals_cannot_be_turned_back_into_exact_counts(
    world: World,
) -> None:
    frame = datasets.current().frame
    region, _area, _size = _nested_geography_target(frame)

    body = _api(
        _token(world.people["police"]),
        by="size_band,urban_rural",
        measure="cyber_essentials",
        region=region,
    )

    figures: list[dict[str, object]] = body["figures"]  # type: ignore[assignment]
    shown = [f for f in figures if not f["suppressed"]]
    assert shown
    for figure in shown:
        n = int(figure["n"])  # type: ignore[call-overload]
        possible = _candidates(n, float(figure["value"] or 0), figure["lower"], figure["upper"])  # type: ignore[arg-type]
        assert len(possible) > 1, f"{figure['key']}: n pinned to {possible}"
