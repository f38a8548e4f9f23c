"""Reasons as codes with parameters: what the domain says, without saying it in English.

The domain never returns a sentence people read. It returns a ``Reason`` — a code and
its parameters — made by a ``ReasonCode``, which names the parameters the code takes and
refuses any others. The web side keeps one English message per code, marked for
translation, and renders the reason in the reader's language when it is shown
(``smeshield.kernel.wording``). A reason survives storage as JSON (``as_json`` /
``from_json``), so a stored reason can be shown later in another language.

A parameter is a string or a number, or a tuple of reasons (shown as a list: "a; b").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Union

Param = Union[str, int, "tuple[Reason, ...]"]


class ReasonError(ValueError):
    """A reason made with parameters its code does not take, or stored in a broken shape."""


@dataclass(frozen=True, slots=True)
class Reason:
    """One thing the domain says: ``code`` names the message, ``params`` fill it in."""

    code: str
    params: Mapping[str, Param] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "params", dict(self.params))

    def __hash__(self) -> int:
        return hash((self.code, tuple(sorted(self.params.items()))))

    def as_json(self) -> dict[str, Any]:
        """A JSON-ready form: ``{"code": ..., "params": {...}}`` (nested reasons as lists)."""
        return {
            "code": self.code,
            "params": {
                key: [r.as_json() for r in value] if isinstance(value, tuple) else value
                for key, value in self.params.items()
            },
        }

    @classmethod
    def from_json(cls, data: Any) -> Reason:
        if not isinstance(data, dict) or not isinstance(data.get("code"), str):
            raise ReasonError(f"not a stored reason: {data!r}")
        params = data.get("params") or {}
        if not isinstance(params, dict):
            raise ReasonError(f"reason {data['code']}: params must be an object")
        return cls(
            data["code"],
            {
                key: tuple(cls.from_json(r) for r in value) if isinstance(value, list) else value
                for key, value in params.items()
            },
        )


@dataclass(frozen=True, slots=True)
class ReasonCode:
    """A code the domain can produce, with the names of the parameters it takes."""

    code: str
    params: tuple[str, ...] = ()

    def __call__(self, **params: Param) -> Reason:
        if set(params) != set(self.params):
            raise ReasonError(
                f"reason {self.code} takes {sorted(self.params)}, was given {sorted(params)}"
            )
        return Reason(self.code, params)
