"""Load: simulated businesses answering the whole health check, closed loop, over 64 connections.

Server: gunicorn on loopback in front of PostgreSQL (persistent connections), the same
set-up for both runs. Baseline, in the same run on the same server: a bare Django view
through the same middleware. Each simulated business starts an attempt, answers every
question on its path (GET the page, POST the answer), finishes, and starts again.

Targets: 0 errors; p95 page time <= 200 ms; >= 500 answered questions per second; and
>= 25% of the bare view's requests per second. Bounded in time; loopback only.
"""

from __future__ import annotations

import asyncio
import os
import re
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from harness import REPO, arguments, emit, percentile

BENCH = "healthcheck_load"
CONNECTIONS = 64
DATABASE = "smeshield_bench"
POSTGRES = "postgres://postgres@127.0.0.1:5432"
_CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
_KEY = re.compile(r'name="idempotency_key" value="([^"]+)"')
_VERSION = re.compile(r'name="catalogue_version" value="([^"]+)"')
_CHOICE = re.compile(r'name="answer" type="(?:radio|checkbox)" value="([^"]+)"')


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _environment() -> dict[str, str]:
    return {
        **os.environ,
        "DATABASE_URL": f"{POSTGRES}/{DATABASE}",
        "DJANGO_SETTINGS_MODULE": "benchsettings",
        "PYTHONPATH": os.pathsep.join([str(REPO / "bench"), str(REPO / "src")]),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        # Production's shape: cache, throttles and session reads in Redis.
        "REDIS_URL": "redis://127.0.0.1:6379/7",
    }


def _prepare(businesses: int) -> list[tuple[str, str]]:
    """A fresh database with businesses and signed-in owners: (business, session) pairs."""
    import psycopg

    with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
        admin.execute(f"CREATE DATABASE {DATABASE}")
    env = _environment()
    subprocess.run(  # noqa: S603 - fixed arguments
        [sys.executable, str(REPO / "manage.py"), "migrate", "--verbosity", "0"],
        env=env,
        check=True,
    )
    output = subprocess.run(  # noqa: S603 - fixed arguments
        [sys.executable, str(REPO / "bench" / "loadpopulation.py"), str(businesses)],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return [tuple(line.split()) for line in output.splitlines() if line.strip()]  # type: ignore[misc]


def _start_server(port: int, workers: int, threads: int) -> subprocess.Popen[bytes]:
    command = [
        sys.executable, "-m", "gunicorn", "smeshield.config.wsgi:application",
        "--bind", f"127.0.0.1:{port}", "--workers", str(workers), "--threads", str(threads),
        "--worker-class", "gthread", "--no-control-socket", "--log-level", "warning",
        "--backlog", "2048",
    ]  # fmt: skip
    server = subprocess.Popen(command, env=_environment(), start_new_session=True)  # noqa: S603
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return server
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise RuntimeError("gunicorn did not start")


@dataclass
class Results:
    timings: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: list[str] = field(default_factory=list)
    answered: int = 0
    requests: int = 0


@dataclass
class Browser:
    """One simulated person: a cookie jar, timing every request by page."""

    http: aiohttp.ClientSession
    base: str
    results: Results

    async def get(self, page: str, path: str) -> tuple[int, str]:
        return await self._send(page, self.http.get(self.base + path))

    async def post(self, page: str, path: str, fields: dict[str, str]) -> tuple[int, str]:
        request = self.http.post(
            self.base + path,
            data=fields,
            allow_redirects=False,
            headers={"Referer": self.base + path},
        )
        return await self._send(page, request)

    async def _send(self, page: str, request: Any) -> tuple[int, str]:
        started = time.perf_counter()
        async with request as response:
            body = await response.text()
            location = response.headers.get("Location", "")
        self.results.timings[page].append(time.perf_counter() - started)
        self.results.requests += 1
        return response.status, location or body


def _form_fields(html: str) -> dict[str, str] | None:
    token, key, version = _CSRF.search(html), _KEY.search(html), _VERSION.search(html)
    choice = _CHOICE.search(html)
    if not (token and key and version and choice):
        return None
    return {
        "csrfmiddlewaretoken": token.group(1),
        "idempotency_key": key.group(1) or uuid.uuid4().hex,
        "catalogue_version": version.group(1),
        "answer": choice.group(1),
    }


async def _answer_one(browser: Browser, path: str) -> str | None:
    """GET a question page and POST its first answer; the next path, or None on error."""
    status, html = await browser.get("question", path)
    fields = _form_fields(html) if status == 200 else None
    if fields is None:
        browser.results.errors.append(f"question page {status}")
        return None
    status, location = await browser.post("answer", path, fields)
    if status != 302:
        browser.results.errors.append(f"answer {status}")
        return None
    browser.results.answered += 1
    return location


async def _business(
    base: str, business: str, session_key: str, stop_at: float, results: Results
) -> None:
    """Start, answer every question, finish; again, until time is up."""
    home = f"/businesses/{business}/health-check/"
    jar = aiohttp.CookieJar(unsafe=True)
    async with aiohttp.ClientSession(cookies={"sessionid": session_key}, cookie_jar=jar) as http:
        browser = Browser(http, base, results)
        _, html = await browser.get("overview", home)
        csrf = _CSRF.search(html)
        while csrf is not None and time.monotonic() < stop_at:
            _, location = await browser.post(
                "start", home + "start/", {"csrfmiddlewaretoken": csrf.group(1)}
            )
            while "/questions/" in location and time.monotonic() < stop_at:
                following = await _answer_one(browser, location)
                if following is None:
                    return
                location = following
            if "/check/" not in location or time.monotonic() >= stop_at:
                return
            _, html = await browser.get("check_answers", location)
            csrf = _CSRF.search(html)
            if csrf is None:
                results.errors.append("no CSRF token on check answers")
                return
            status, _ = await browser.post(
                "finish", location, {"csrfmiddlewaretoken": csrf.group(1)}
            )
            if status != 302:
                results.errors.append(f"finish {status}")
                return


async def _bare(base: str, stop_at: float, results: Results) -> None:
    async with aiohttp.ClientSession() as http:
        browser = Browser(http, base, results)
        while time.monotonic() < stop_at:
            status, _ = await browser.get("bare", "/bench/bare/")
            if status != 200:
                results.errors.append(f"bare {status}")
                return


async def _run(
    base: str, users: list[tuple[str, str]], seconds: float, *, baseline: bool
) -> tuple[Results, float]:
    results = Results()
    started = time.monotonic()
    stop_at = started + seconds
    if baseline:
        tasks = [_bare(base, stop_at, results) for _ in range(CONNECTIONS)]
    else:
        tasks = [_business(base, b, s, stop_at, results) for b, s in users[:CONNECTIONS]]
    await asyncio.gather(*tasks)
    return results, time.monotonic() - started


def main() -> None:
    args = arguments(__doc__ or "")
    seconds = 6.0 if args.quick else 20.0
    users = _prepare(CONNECTIONS)
    port = _free_port()
    cores = os.cpu_count() or 2
    server = _start_server(port, workers=cores * 2, threads=1)  # measured best here
    base = f"http://127.0.0.1:{port}"
    try:
        asyncio.run(_run(base, users, 2.0, baseline=True))  # warm up every worker
        bare, bare_elapsed = asyncio.run(_run(base, users, seconds, baseline=True))
        load, load_elapsed = asyncio.run(_run(base, users, seconds, baseline=False))
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
    bare_rps = bare.requests / bare_elapsed
    load_rps = load.requests / load_elapsed
    answered = load.answered / load_elapsed
    errors = len(load.errors) + len(bare.errors)
    p95 = percentile([t for times in load.timings.values() for t in times], 0.95) * 1000
    ratio = load_rps / bare_rps if bare_rps else 0.0
    results = [
        ("bare view", "requests_per_second", bare_rps, "1/s", "report", not bare.errors),
        ("health check", "requests_per_second", load_rps, "1/s", "report", True),
        (
            "health check",
            "answered_questions_per_second",
            answered,
            "1/s",
            ">= 500",
            answered >= 500,
        ),
        ("health check", "errors", errors, "count", "0", errors == 0),
        ("health check", "p95_all_pages", p95, "ms", "<= 200", p95 <= 200),
        ("health check", "ratio_vs_bare_view", ratio, "x", ">= 0.25", ratio >= 0.25),
    ]
    for page, times in sorted(load.timings.items()):
        for name, fraction in (("p50", 0.5), ("p95", 0.95), ("p99", 0.99)):
            results.append(
                (f"page {page}", name, percentile(times, fraction) * 1000, "ms", "report", True)
            )
    for case, metric, value, unit, target, meets in results:
        emit(BENCH, case, metric=metric, value=value, unit=unit, target=target, meets=meets)


if __name__ == "__main__":
    main()
