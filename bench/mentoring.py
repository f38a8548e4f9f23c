"""Matching mentors to businesses: the optimal min-cost flow against a greedy matcher.

Instance: 10,000 open requests and 2,000 mentors (1,000 x 200 with --quick), drawn with a
fixed seed: 12 northern police force areas, 10 health-check areas as skills (mentors know
2 to 5, requests need 1 to 3), 10% of requests asking for a language other than English,
60% of mentors and 70% of businesses happy to meet online, 90% of mentors vetted, and
capacity 1 to 5 places, so places are scarcer than requests and choices matter.

Cases: time to find the optimal assignment (target <= 10 s), time for the greedy baseline,
the total fit of each and their ratio (target: optimal >= greedy), and a check that the
optimal assignment keeps every hard rule.
"""

from __future__ import annotations

import resource
import time
from collections import Counter

import numpy as np
from harness import arguments, emit

from smeshield.domain.mentoring.matching import (
    HelpRequest,
    Match,
    MentorOffer,
    greedy,
    optimal,
    total_fit,
)

BENCH = "mentoring"
AREAS = (
    "Cheshire", "Cleveland", "Cumbria", "Durham", "Greater Manchester", "Humberside",
    "Lancashire", "Merseyside", "North Yorkshire", "Northumbria", "South Yorkshire",
    "West Yorkshire",
)  # fmt: skip
SKILLS = (
    "firewalls", "secure-configuration", "update-management", "user-access", "malware",
    "backups", "passwords", "phishing", "mobile", "payment-fraud",
)  # fmt: skip
OTHER_LANGUAGES = ("Urdu", "Polish", "Punjabi", "Arabic", "Bengali")


def instance(
    requests: int, mentors: int, seed: int = 2026
) -> tuple[list[HelpRequest], list[MentorOffer]]:
    rng = np.random.default_rng(seed)
    area_weight = rng.dirichlet(np.full(len(AREAS), 2.0))

    def some(items: tuple[str, ...], low: int, high: int) -> frozenset[str]:
        size = int(rng.integers(low, high + 1))
        return frozenset(rng.choice(items, size=size, replace=False).tolist())

    offers = [
        MentorOffer(
            id=f"m{n}",
            skills=some(SKILLS, 2, 5),
            languages=frozenset({"English"})
            | (some(OTHER_LANGUAGES, 1, 1) if rng.random() < 0.2 else frozenset()),
            area=str(rng.choice(AREAS, p=area_weight)),
            remote=bool(rng.random() < 0.6),
            capacity=int(rng.integers(1, 6)),
            vetted=bool(rng.random() < 0.9),
        )
        for n in range(mentors)
    ]
    asks = [
        HelpRequest(
            id=f"r{n}",
            needs=some(SKILLS, 1, 3),
            area=str(rng.choice(AREAS, p=area_weight)),
            remote_ok=bool(rng.random() < 0.7),
            language=str(rng.choice(OTHER_LANGUAGES)) if rng.random() < 0.1 else "",
        )
        for n in range(requests)
    ]
    return asks, offers


def rule_breaks(matches: list[Match], asks: list[HelpRequest], offers: list[MentorOffer]) -> int:
    by_mentor = {m.id: m for m in offers}
    by_request = {r.id: r for r in asks}
    load = Counter(match.mentor for match in matches)
    broken = len(matches) - len({match.request for match in matches})
    for match in matches:
        mentor, request = by_mentor[match.mentor], by_request[match.request]
        broken += not mentor.vetted
        broken += load[mentor.id] > mentor.capacity
        broken += bool(request.language) and request.language not in mentor.languages
        broken += mentor.area != request.area and not (mentor.remote and request.remote_ok)
        broken += not request.needs & mentor.skills
    return broken


def timed(work: object) -> tuple[float, list[Match]]:
    started = time.perf_counter()
    result = work()  # type: ignore[operator]
    return time.perf_counter() - started, result


def main() -> None:
    quick = arguments(__doc__ or "").quick
    requests, mentors = (1_000, 200) if quick else (10_000, 2_000)
    case = f"{requests}x{mentors}"
    asks, offers = instance(requests, mentors)

    optimal_seconds, best = timed(lambda: optimal(asks, offers))
    greedy_seconds, baseline = timed(lambda: greedy(asks, offers))
    emit(BENCH, case, metric="optimal_time", value=optimal_seconds, unit="s",
         target="<= 10", meets=optimal_seconds <= 10)  # fmt: skip
    emit(BENCH, case, metric="greedy_time", value=greedy_seconds, unit="s",
         target="report", meets=True)  # fmt: skip
    best_fit, greedy_fit = total_fit(best), total_fit(baseline)
    emit(BENCH, case, metric="optimal_total_fit", value=best_fit, unit="points",
         target=">= greedy", meets=best_fit >= greedy_fit)  # fmt: skip
    emit(BENCH, case, metric="greedy_total_fit", value=greedy_fit, unit="points",
         target="report", meets=True)  # fmt: skip
    ratio = best_fit / greedy_fit if greedy_fit else 1.0
    emit(BENCH, case, metric="ratio_vs_greedy", value=ratio, unit="x",
         target=">= 1", meets=ratio >= 1)  # fmt: skip
    emit(BENCH, case, metric="matched_optimal", value=len(best), unit="requests",
         target="report", meets=True)  # fmt: skip
    emit(BENCH, case, metric="matched_greedy", value=len(baseline), unit="requests",
         target="report", meets=True)  # fmt: skip
    broken = rule_breaks(best, asks, offers)
    emit(BENCH, case, metric="hard_rules_broken", value=broken, unit="pairs",
         target="0", meets=broken == 0)  # fmt: skip
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    emit(BENCH, case, metric="peak_memory", value=peak, unit="MB",
         target="<= 2048", meets=peak <= 2048)  # fmt: skip


if __name__ == "__main__":
    main()
