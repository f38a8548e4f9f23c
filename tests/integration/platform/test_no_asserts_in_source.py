"""No ``assert`` guards outside the domain core (issue 11.6).

``python -O`` strips assert statements, so a guard written as one silently vanishes and the
request goes on. Outside ``smeshield/domain`` every check raises a named exception instead
(Http404, PermissionDenied, ValueError, TypeError)."""

from __future__ import annotations

import ast
from pathlib import Path

import smeshield

SOURCE = Path(smeshield.__file__).resolve().parent
DOMAIN = SOURCE / "domain"


def _asserts_in(path: Path, root: Path = SOURCE) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return [
        f"{path.relative_to(root.parent)}:{node.lineno}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Assert)
    ]


def test_given_the_source_outside_the_domain_then_no_assert_statement_is_left() -> None:
    checked = [p for p in sorted(SOURCE.rglob("*.py")) if DOMAIN not in p.parents]

    found = [place for path in checked for place in _asserts_in(path)]

    assert len(checked) > 100  # the walk really saw the apps
    assert found == []


def test_given_a_module_with_an_assert_then_the_walk_finds_it(tmp_path: Path) -> None:
    module = tmp_path / "smeshield" / "guard.py"
    module.parent.mkdir()
    module.write_text("def f(x):\n    if x:\n        assert x > 1\n", encoding="utf-8")

    assert _asserts_in(module, root=module.parent) == ["smeshield/guard.py:3"]
