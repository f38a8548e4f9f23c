"""Every access decision is taken in the access modules (issue 11, ARCHITECTURE.md section 4).

A role compared outside ``access/`` and ``kernel/access.py`` is a second place deciding who
may do something, which the URL x role matrix would not see. The scan reads the source as
code (``ast``), so a comment or a string naming a role is not a finding; the decision
itself is: a comparison with a ``Role``/``BusinessRole`` member or with a ``role``, and any
use of ``is_staff_role``/``is_superuser``. Views and middleware ask
``allows``/``decide``/``permits`` with a ``PolicyName`` instead.
"""

from __future__ import annotations

import ast
from pathlib import Path

import smeshield

SOURCE = Path(smeshield.__file__).resolve().parent
# The access modules, and where roles are defined (the pure enum; the user model's role
# facts, which Django's admin reads as ``is_staff``).
ALLOWED = (
    SOURCE / "access",
    SOURCE / "kernel" / "access.py",
    SOURCE / "domain" / "roles.py",
    SOURCE / "accounts" / "models.py",
)
ROLE_ENUMS = {"Role", "BusinessRole"}
ROLE_NAMES = {"role", "role_enum"}
ROLE_FLAGS = {"is_staff_role", "is_superuser"}


def _is_role(node: ast.expr) -> bool:
    if isinstance(node, ast.Attribute):
        if isinstance(node.value, ast.Name) and node.value.id in ROLE_ENUMS:
            return True  # Role.ADMIN
        return node.attr in ROLE_NAMES  # user.role, membership.role
    if isinstance(node, ast.Name):
        return node.id in ROLE_NAMES
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
        return node.func.id in ROLE_ENUMS  # Role(user.role)
    return False


def _decides_by_role(node: ast.AST) -> bool:
    if isinstance(node, ast.Compare):
        return any(_is_role(operand) for operand in (node.left, *node.comparators))
    if isinstance(node, ast.Attribute):
        return node.attr in ROLE_FLAGS
    # a flag read by name, as getattr does
    return isinstance(node, ast.Constant) and node.value in ROLE_FLAGS


def role_decisions_in(path: Path, root: Path = SOURCE) -> list[str]:
    """Each place in one module that compares a role or reads a staff flag."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = [node.lineno for node in ast.walk(tree) if _decides_by_role(node)]
    return [f"{path.relative_to(root.parent)}:{line}" for line in sorted(set(found))]


def _allowed(path: Path) -> bool:
    return any(path == place or place in path.parents for place in ALLOWED)


def test_given_the_source_then_no_role_is_compared_outside_the_access_modules() -> None:
    checked = [
        path
        for path in sorted(SOURCE.rglob("*.py"))
        if not _allowed(path) and "migrations" not in path.parts
    ]

    found = [place for path in checked for place in role_decisions_in(path)]

    assert len(checked) > 100  # the walk really saw the apps
    assert found == []


def test_given_the_access_modules_then_the_scan_sees_their_role_decisions() -> None:
    # The allowed modules do compare roles: the scan would find them there.
    assert role_decisions_in(SOURCE / "access" / "policy.py") != []


def test_given_a_module_that_decides_by_role_then_the_scan_finds_each_decision(
    tmp_path: Path,
) -> None:
    module = tmp_path / "smeshield" / "view.py"
    module.parent.mkdir()
    module.write_text(
        "def page(request, membership):\n"
        "    if request.user.role == Role.ADMIN:\n"  # 2
        "        return 1\n"
        "    if membership.role in {'owner'}:\n"  # 4
        "        return 2\n"
        "    if request.user.is_staff_role:\n"  # 6
        "        return 3\n"
        "    if getattr(request.user, 'is_superuser', False):\n"  # 8
        "        return 4\n"
        "    # role == Role.ADMIN in a comment is no decision\n"
        "    return 'role == Role.ADMIN'\n",
        encoding="utf-8",
    )

    assert role_decisions_in(module, root=module.parent) == [
        "smeshield/view.py:2",
        "smeshield/view.py:4",
        "smeshield/view.py:6",
        "smeshield/view.py:8",
    ]
