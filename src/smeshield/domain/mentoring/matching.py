"""Matching mentors to businesses' requests for help: optimal, within hard rules, explained.

Hard rules (a pair breaking any is never made):
- the mentor is vetted (identity, reference or DBS, supervisor, code of conduct) and the
  vetting has not expired;
- the mentor has room left (capacity);
- when the business asks for a language, the mentor speaks it;
- the mentor meets in the business's police force area, unless both are happy to work
  remotely;
- the mentor has at least one skill the request needs.

Fit (what the assignment maximises): 10 points for each needed skill the mentor has,
2 points when they can meet in person (same area), 1 point when they share a language
the business asked for.

The assignment is a minimum-cost flow (OR-Tools): source -> request (1) -> mentor (1 per
pair, cost = -fit) -> sink (the mentor's capacity), with request -> sink at cost 0 for
"no match". It is optimal: its total fit is never below the greedy matcher's.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from ortools.graph.python import min_cost_flow

from smeshield.domain.reasons import Reason, ReasonCode

SKILL_POINTS = 10
IN_PERSON_POINTS = 2
LANGUAGE_POINTS = 1
CHUNK = 1000

# Why a pair was made (shown to both through smeshield.kernel.wording).
KNOWS_ABOUT = ReasonCode("mentoring.knows_about", ("skills",))
SKILL = ReasonCode("mentoring.skill", ("name",))  # a health-check area's name
MEETS_IN_PERSON = ReasonCode("mentoring.meets_in_person", ("area",))
WORKS_ONLINE = ReasonCode("mentoring.works_online")
SPEAKS = ReasonCode("mentoring.speaks", ("language",))


@dataclass(frozen=True, slots=True)
class MentorOffer:
    id: str
    skills: frozenset[str]  # health-check area ids
    languages: frozenset[str]
    area: str  # police force area where they meet in person
    remote: bool
    capacity: int  # places left
    vetted: bool  # every check done and in date


@dataclass(frozen=True, slots=True)
class HelpRequest:
    id: str
    needs: frozenset[str]  # area ids of the plan actions they want help with
    area: str
    remote_ok: bool
    language: str = ""  # required when given


@dataclass(frozen=True, slots=True)
class Match:
    request: str
    mentor: str
    fit: int
    reasons: tuple[Reason, ...]


class _Encoded:
    """Requests and mentors as arrays, skills and languages as bit sets."""

    def __init__(self, requests: Sequence[HelpRequest], mentors: Sequence[MentorOffer]) -> None:
        skills = sorted(
            {s for r in requests for s in r.needs} | {s for m in mentors for s in m.skills}
        )
        languages = sorted(
            {r.language for r in requests if r.language} | {x for m in mentors for x in m.languages}
        )
        areas = sorted({r.area for r in requests} | {m.area for m in mentors})
        if len(skills) > 62 or len(languages) > 62:
            raise ValueError("too many distinct skills or languages to encode")
        bit = {s: 1 << i for i, s in enumerate(skills)}
        tongue = {x: 1 << i for i, x in enumerate(languages)}
        area = {a: i for i, a in enumerate(areas)}
        self.needs = np.array([sum(bit[s] for s in r.needs) for r in requests], dtype=np.int64)
        self.language = np.array([tongue.get(r.language, 0) for r in requests], dtype=np.int64)
        self.request_area = np.array([area[r.area] for r in requests], dtype=np.int64)
        self.remote_ok = np.array([r.remote_ok for r in requests], dtype=bool)
        usable = [m.vetted and m.capacity > 0 for m in mentors]
        self.skills = np.array([sum(bit[s] for s in m.skills) for m in mentors], dtype=np.int64)
        self.speaks = np.array(
            [sum(tongue[x] for x in m.languages) for m in mentors], dtype=np.int64
        )
        self.mentor_area = np.array([area[m.area] for m in mentors], dtype=np.int64)
        self.remote = np.array([m.remote for m in mentors], dtype=bool)
        self.usable = np.array(usable, dtype=bool)

    def pairs(self, rows: npt.NDArray[np.int64]) -> tuple[npt.NDArray[np.int64], ...]:
        """Allowed (request, mentor, fit) for these requests, under every hard rule."""
        needs = self.needs[rows][:, None]
        covered = _popcount(needs & self.skills[None, :])
        local = self.request_area[rows][:, None] == self.mentor_area[None, :]
        language = self.language[rows][:, None]
        speaks = (language == 0) | ((language & self.speaks[None, :]) != 0)
        allowed = (
            self.usable[None, :]
            & speaks
            & (covered > 0)
            & (local | (self.remote[None, :] & self.remote_ok[rows][:, None]))
        )
        r, m = np.nonzero(allowed)
        fit = (
            SKILL_POINTS * covered[r, m]
            + IN_PERSON_POINTS * local[r, m]
            + LANGUAGE_POINTS * (language[r, 0] != 0)
        )
        return rows[r], m, fit.astype(np.int64)


def _popcount(values: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    count = np.zeros(values.shape, dtype=np.int64)
    remaining = values.copy()
    while remaining.any():
        count += remaining & 1
        remaining >>= 1
    return count


def allowed_pairs(
    requests: Sequence[HelpRequest], mentors: Sequence[MentorOffer]
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Every allowed (request index, mentor index, fit), in request order."""
    if not requests or not mentors:
        empty = np.empty(0, dtype=np.int64)
        return empty, empty, empty
    encoded = _Encoded(requests, mentors)
    parts = [
        encoded.pairs(np.arange(s, min(len(requests), s + CHUNK)))
        for s in range(0, len(requests), CHUNK)
    ]
    return tuple(np.concatenate([p[i] for p in parts]) for i in range(3))  # type: ignore[return-value]


def reasons(
    request: HelpRequest, mentor: MentorOffer, names: Mapping[str, str] | None = None
) -> tuple[Reason, ...]:
    """Why this pair, for both of them (``names``: skill id -> its name)."""
    shared = sorted(((names or {}).get(s, s) for s in request.needs & mentor.skills), key=str.lower)
    found = [KNOWS_ABOUT(skills=tuple(SKILL(name=name) for name in shared))]
    if request.area == mentor.area:
        found.append(MEETS_IN_PERSON(area=mentor.area))
    else:
        found.append(WORKS_ONLINE())
    if request.language:
        found.append(SPEAKS(language=request.language))
    return tuple(found)


def _matches(
    requests: Sequence[HelpRequest],
    mentors: Sequence[MentorOffer],
    chosen: list[tuple[int, int, int]],
    names: Mapping[str, str] | None,
) -> list[Match]:
    return [
        Match(requests[r].id, mentors[m].id, fit, reasons(requests[r], mentors[m], names))
        for r, m, fit in chosen
    ]


def optimal(
    requests: Sequence[HelpRequest],
    mentors: Sequence[MentorOffer],
    names: Mapping[str, str] | None = None,
) -> list[Match]:
    """The assignment with the largest total fit that keeps every hard rule."""
    rows, cols, fits = allowed_pairs(requests, mentors)
    if len(rows) == 0:
        return []
    n_requests, n_mentors = len(requests), len(mentors)
    source, sink = n_requests + n_mentors, n_requests + n_mentors + 1
    every_request = np.arange(n_requests, dtype=np.int64)
    every_mentor = np.arange(n_mentors, dtype=np.int64)
    capacity = np.array([max(0, m.capacity) for m in mentors], dtype=np.int64)
    tails = np.concatenate(
        [np.full(n_requests, source), rows, every_request, n_requests + every_mentor]
    )
    heads = np.concatenate(
        [every_request, n_requests + cols, np.full(n_requests, sink), np.full(n_mentors, sink)]
    )
    capacities = np.concatenate(
        [np.ones(n_requests + len(rows) + n_requests, dtype=np.int64), capacity]
    )
    costs = np.concatenate(
        [
            np.zeros(n_requests, dtype=np.int64),
            -fits,
            np.zeros(n_requests + n_mentors, dtype=np.int64),
        ]
    )
    flow = min_cost_flow.SimpleMinCostFlow()
    arcs = flow.add_arcs_with_capacity_and_unit_cost(
        tails.astype(np.int32), heads.astype(np.int32), capacities, costs
    )
    flow.set_nodes_supplies(
        np.array([source, sink], dtype=np.int32),
        np.array([n_requests, -n_requests], dtype=np.int64),
    )
    if flow.solve() != flow.OPTIMAL:
        raise RuntimeError("the matching could not be solved")
    pair_arcs = arcs[n_requests : n_requests + len(rows)]
    used = flow.flows(pair_arcs) > 0
    chosen = list(zip(rows[used].tolist(), cols[used].tolist(), fits[used].tolist(), strict=True))
    return _matches(requests, mentors, chosen, names)


def greedy(
    requests: Sequence[HelpRequest],
    mentors: Sequence[MentorOffer],
    names: Mapping[str, str] | None = None,
) -> list[Match]:
    """The baseline: each request in turn takes its best-fitting mentor with room left."""
    rows, cols, fits = allowed_pairs(requests, mentors)
    left = [max(0, m.capacity) for m in mentors]
    chosen: list[tuple[int, int, int]] = []
    order = np.lexsort((-fits, rows))  # by request, best fit first
    taken = -1
    for position in order.tolist():
        request, mentor, fit = int(rows[position]), int(cols[position]), int(fits[position])
        if request == taken or left[mentor] == 0:
            continue
        left[mentor] -= 1
        taken = request
        chosen.append((request, mentor, fit))
    return _matches(requests, mentors, chosen, names)


def total_fit(matches: Sequence[Match]) -> int:
    return sum(match.fit for match in matches)
