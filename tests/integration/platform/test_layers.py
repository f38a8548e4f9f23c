"""The packages of smeshield import each other without a cycle, whatever the contracts say.

import-linter holds the layers (``make lint``); this test reads the import graph itself
so that a cycle between two top-level packages fails the suite as well.
"""

from __future__ import annotations

import grimp


def _package_graph() -> dict[str, set[str]]:
    # Annotations under TYPE_CHECKING are not imports at run time (as in pyproject.toml).
    graph = grimp.build_graph("smeshield", exclude_type_checking_imports=True, cache_dir=None)
    edges: dict[str, set[str]] = {}
    for module in graph.modules:
        source = ".".join(module.split(".")[:2])
        for imported in graph.find_modules_directly_imported_by(module):
            target = ".".join(imported.split(".")[:2])
            if target != source:
                edges.setdefault(source, set()).add(target)
    return edges


def _cycle(edges: dict[str, set[str]]) -> list[str] | None:
    """One cycle as a path of packages, or None (depth-first search, colouring nodes)."""
    state: dict[str, str] = {}
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = "open"
        path.append(node)
        for following in sorted(edges.get(node, ())):
            if state.get(following) == "open":
                return [*path[path.index(following) :], following]
            if following not in state and (found := visit(following)):
                return found
        path.pop()
        state[node] = "done"
        return None

    for node in sorted(edges):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_given_the_source_tree_then_no_two_packages_import_each_other_even_indirectly() -> None:
    assert _cycle(_package_graph()) is None


def test_given_a_made_up_graph_with_a_loop_then_the_search_finds_it() -> None:
    loop = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}

    assert _cycle(loop) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": {"c"}}) is None


def test_given_the_source_tree_then_the_kernel_and_content_import_no_app() -> None:
    edges = _package_graph()
    apps = {
        "smeshield.accounts", "smeshield.access", "smeshield.alerts", "smeshield.api",
        "smeshield.audit", "smeshield.businesses", "smeshield.config", "smeshield.geography",
        "smeshield.healthcheck", "smeshield.incidents", "smeshield.insights",
        "smeshield.operations", "smeshield.people", "smeshield.web",
    }  # fmt: skip

    assert edges.get("smeshield.kernel", set()) & apps == set()
    assert edges.get("smeshield.content", set()) & apps == set()
