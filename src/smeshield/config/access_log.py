"""gunicorn's access log without secrets in it (SECURITY.md S21).

Share links, unsubscribe links and invitations carry their secret in the address
itself. The access log keeps the shape of each request (method, path, status,
timing) and replaces every such secret with ``[redacted]``: a path segment that
looks like a token (20 or more URL-safe characters that are not a UUID), and the
value of any query parameter whose name says it is a secret.
"""

from __future__ import annotations

import re
from typing import Any

from gunicorn.glogging import Logger

REDACTED = "[redacted]"
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_TOKEN_SEGMENT = re.compile(r"(?<=/)[A-Za-z0-9_\-]{20,}(?=/|$|\?)")
_SECRET_PARAMETER = re.compile(
    r"(?i)(?P<name>(?:^|[?&;])[^=&;]*(?:token|code|key|secret|signature|password)[^=&;]*=)"
    r"(?P<value>[^&;#\s]*)"
)


def _segment(match: re.Match[str]) -> str:
    return match.group(0) if _UUID.fullmatch(match.group(0)) else REDACTED


def redact(address: str) -> str:
    """An address, path or query string with its secrets replaced by ``[redacted]``."""
    path, mark, query = address.partition("?")
    if "=" in path and not mark:  # a bare query string, as in gunicorn's %(q)s
        return _SECRET_PARAMETER.sub(lambda m: m.group("name") + REDACTED, path)
    path = _TOKEN_SEGMENT.sub(_segment, path)
    query = _SECRET_PARAMETER.sub(lambda m: m.group("name") + REDACTED, query)
    return path + mark + query


class RedactingLogger(Logger):  # type: ignore[misc]
    """gunicorn's logger, with tokens taken out of the request line, path, query and referrer."""

    def atoms(self, resp: Any, req: Any, environ: dict[str, Any], request_time: Any) -> Any:
        atoms = super().atoms(resp, req, environ, request_time)
        for key in ("r", "U", "q", "f"):
            if isinstance(atoms.get(key), str):
                atoms[key] = redact(atoms[key])
        # Request headers appear as {name}i atoms: the referrer is one of them.
        for key, value in list(atoms.items()):
            if key.endswith("}i") and isinstance(value, str):
                atoms[key] = redact(value)
        return atoms
