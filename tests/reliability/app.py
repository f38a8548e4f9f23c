"""The app under a drill: a database made on a cluster, gunicorn in front, simulated people.

Shared by the R2 drill and the soak. Loopback only; the server is ``smeshield serve``
(gunicorn, the service's own command) with the development settings on PostgreSQL."""

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
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import aiohttp

REPO = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(REPO / "bench"), str(REPO / "src"), str(REPO)]

from harness import emit  # noqa: E402

PORT = int(os.environ.get("DRILL_PORT", "8104"))
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
KEY = re.compile(r'name="idempotency_key" value="([^"]+)"')
VERSION = re.compile(r'name="catalogue_version" value="([^"]+)"')
CHOICE = re.compile(r'name="answer" type="(?:radio|checkbox)" value="([^"]+)"')
QUESTION = re.compile(r"/health-check/([0-9a-f-]{36})/questions/([^/]+)/")
INCIDENT = re.compile(r"/incidents/([0-9a-f-]{36})/$")

__all__ = ["PORT", "REPO", "App", "Browser", "Tally", "emit", "signed_in", "warm_up"]


def environment(database_url: str, **extra: str) -> dict[str, str]:
    return {
        **os.environ,
        "DATABASE_URL": database_url,
        "DJANGO_SETTINGS_MODULE": "smeshield.config.settings.dev",
        "PYTHONPATH": os.pathsep.join([str(REPO / "src"), str(REPO)]),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SITE_URL": f"http://127.0.0.1:{PORT}",
        **extra,
    }


class App:
    """The database prepared, the server started and stopped."""

    def __init__(self, admin_url: str, database: str, env: dict[str, str]) -> None:
        self.admin_url = admin_url
        self.database = database
        self.env = env
        self.server: subprocess.Popen[bytes] | None = None
        self._log_from = 0
        self.log = Path(f"/tmp/drills-server-{PORT}.log")  # noqa: S108

    def prepare(self, businesses: int) -> list[tuple[str, str]]:
        """A fresh database with businesses and signed-in owners: (business, session)."""
        import psycopg

        with psycopg.connect(self.admin_url, autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {self.database} WITH (FORCE)")
            admin.execute(f"CREATE DATABASE {self.database}")
        manage = [sys.executable, str(REPO / "manage.py")]
        subprocess.run([*manage, "migrate", "--verbosity", "0"], env=self.env, check=True)  # noqa: S603
        subprocess.run(  # noqa: S603 - the pages need the static files' manifest
            [*manage, "collectstatic", "--noinput", "--verbosity", "0"], env=self.env, check=True
        )
        output = subprocess.run(  # noqa: S603 - fixed arguments
            [sys.executable, str(REPO / "bench" / "loadpopulation.py"), str(businesses)],
            env=self.env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        return [tuple(line.split()) for line in output.splitlines() if line.strip()]  # type: ignore[misc]

    def start(self, workers: int = 2) -> None:
        self._log_from = self.log.stat().st_size if self.log.exists() else 0
        command = [
            sys.executable, "-m", "smeshield.cli", "serve",
            "--port", str(PORT), "--workers", str(workers),
        ]  # fmt: skip
        with self.log.open("ab") as log:
            self.server = subprocess.Popen(  # noqa: S603 - fixed arguments
                command, env=self.env, stdout=log, stderr=log, start_new_session=True
            )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", PORT), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.3)
        self.stop()
        raise RuntimeError(f"the server did not start: see {self.log}")

    def worker_boots(self) -> int:
        """How many gunicorn workers were started since ``start``: more than asked for
        means one died and was replaced (a restart of part of the server)."""
        with self.log.open("rb") as log:
            log.seek(self._log_from)
            return log.read().count(b"Booting worker with pid")

    def processes(self) -> list[int]:
        """The server's pids: gunicorn's arbiter and its workers."""
        if self.server is None:
            return []
        found = [self.server.pid]
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                except OSError:
                    continue
                if int(fields[1]) == self.server.pid:
                    found.append(int(entry.name))
        return found

    def rss_mb(self) -> float:
        total = 0
        for pid in self.processes():
            try:
                for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
            except OSError:
                continue
        return total / 1024

    def stop(self) -> None:
        if self.server is not None and self.server.poll() is None:
            os.killpg(self.server.pid, signal.SIGTERM)
            try:
                self.server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.server.pid, signal.SIGKILL)
        self.server = None


@dataclass
class Tally:
    """Every response, and what the app acknowledged (2xx/3xx) as saved."""

    statuses: Counter[int] = field(default_factory=Counter)
    failures: Counter[str] = field(default_factory=Counter)  # "<status> <page>"
    tracebacks: int = 0
    unavailable_without_retry_after: int = 0
    answers: list[tuple[str, str, str, str]] = field(default_factory=list)  # attempt, q, key, value
    incidents: list[tuple[str, str]] = field(default_factory=list)  # incident id, summary
    requests: int = 0
    errors: list[str] = field(default_factory=list)


@dataclass
class Browser:
    """One simulated person: a cookie jar and the tally."""

    http: aiohttp.ClientSession
    base: str
    tally: Tally

    async def get(self, page: str, path: str) -> tuple[int, str]:
        return await self._send(page, self.http.get(self.base + path, allow_redirects=False))

    async def post(self, page: str, path: str, fields: Any) -> tuple[int, str]:
        request = self.http.post(
            self.base + path,
            data=fields,
            allow_redirects=False,
            headers={"Referer": self.base + path},
        )
        return await self._send(page, request)

    async def _send(self, page: str, request: Any) -> tuple[int, str]:
        try:
            async with request as response:
                body = await response.text()
                status = response.status
                location = response.headers.get("Location", "")
                retry_after = response.headers.get("Retry-After")
        except (aiohttp.ClientError, TimeoutError) as error:
            self.tally.requests += 1
            self.tally.failures[f"connection {page}"] += 1
            self.tally.errors.append(f"{page}: {type(error).__name__}")
            return 0, ""
        self.tally.requests += 1
        self.tally.statuses[status] += 1
        if status >= 400:
            self.tally.failures[f"{status} {page}"] += 1
        if status >= 500 and "Traceback" in body:
            self.tally.tracebacks += 1
        if status == 503 and not retry_after:
            self.tally.unavailable_without_retry_after += 1
        return status, location or body

    async def answer_attempt(self, business: str, stop_at: float) -> bool:
        """Start a health check and answer every question; False at the first failure."""
        home = f"/businesses/{business}/health-check/"
        status, html = await self.get("health check", home)
        csrf = CSRF.search(html) if status == 200 else None
        if csrf is None:
            return False
        status, location = await self.post(
            "start", home + "start/", {"csrfmiddlewaretoken": csrf.group(1)}
        )
        if status != 302:
            return False
        while "/questions/" in location and time.monotonic() < stop_at:
            following = await self.answer_one(location)
            if following is None:
                return False
            location = following
        if "/check/" in location:
            status, html = await self.get("check answers", location)
            csrf = CSRF.search(html) if status == 200 else None
            if csrf is None:
                return False
            status, _ = await self.post("finish", location, {"csrfmiddlewaretoken": csrf.group(1)})
            return status == 302
        return True

    async def answer_one(self, path: str) -> str | None:
        status, html = await self.get("question", path)
        if status != 200:
            return None
        token, key, version = CSRF.search(html), KEY.search(html), VERSION.search(html)
        choice = CHOICE.search(html)
        if not (token and key and version and choice):
            self.tally.errors.append(f"question page without a form: {path}")
            return None
        fields = {
            "csrfmiddlewaretoken": token.group(1),
            "idempotency_key": key.group(1) or uuid.uuid4().hex,
            "catalogue_version": version.group(1),
            "answer": choice.group(1),
        }
        status, location = await self.post("answer", path, fields)
        if status != 302:
            return None
        found = QUESTION.search(path)
        if found:
            self.tally.answers.append(
                (found.group(1), found.group(2), fields["idempotency_key"], fields["answer"])
            )
        return location

    async def report_incident(self, business: str) -> bool:
        new = f"/businesses/{business}/incidents/new/"
        status, html = await self.get("incident form", new)
        csrf = CSRF.search(html) if status == 200 else None
        if csrf is None:
            return False
        occurred = date.today() - timedelta(days=3)  # noqa: DTZ011
        summary = f"Drill incident {uuid.uuid4().hex}"
        fields = [
            ("csrfmiddlewaretoken", csrf.group(1)),
            ("near_miss", "incident"),
            ("types", "payment-fraud"),
            ("summary", summary),
            ("occurred_on_0", str(occurred.day)),
            ("occurred_on_1", str(occurred.month)),
            ("occurred_on_2", str(occurred.year)),
            ("how_found", "customer"),
            ("losses_gbp", "250.00"),
            ("days_disrupted", "1"),
            ("told", "bank"),
            ("crime_reference", ""),
        ]
        status, location = await self.post("incident", new, fields)
        found = INCIDENT.search(location) if status == 302 else None
        if found:
            self.tally.incidents.append((found.group(1), summary))
            return True
        return False


async def warm_up(base: str, users: list[tuple[str, str]], seconds: float = 180.0) -> None:
    """Each server worker's first pages import the analytics libraries: slow on a busy
    machine. Load every page of the journey until all answer quickly, before measuring."""
    deadline = time.monotonic() + seconds
    business, session = users[0]
    paths = [
        f"/businesses/{business}/health-check/",
        f"/businesses/{business}/incidents/new/",
        f"/businesses/{business}/",
    ]
    async with aiohttp.ClientSession(
        cookies={"sessionid": session},
        cookie_jar=aiohttp.CookieJar(unsafe=True),
        timeout=aiohttp.ClientTimeout(total=120),
    ) as http:
        fast = 0
        while fast < 12 and time.monotonic() < deadline:
            started = time.monotonic()
            try:
                results = await asyncio.gather(
                    *(http.get(base + path, allow_redirects=False) for path in paths * 2)
                )
                for response in results:
                    response.release()
            except (aiohttp.ClientError, TimeoutError):
                await asyncio.sleep(1)
                continue
            fast = fast + 1 if time.monotonic() - started < 2 else 0


async def signed_in(
    base: str, session_key: str, tally: Tally
) -> tuple[aiohttp.ClientSession, Browser]:
    jar = aiohttp.CookieJar(unsafe=True)
    http = aiohttp.ClientSession(
        cookies={"sessionid": session_key},
        cookie_jar=jar,
        timeout=aiohttp.ClientTimeout(total=30),
    )
    return http, Browser(http, base, tally)
