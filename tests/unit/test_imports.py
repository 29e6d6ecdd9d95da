"""The house's layers, read from the source: no import cycle in `bot/` and `flows/`; the domain
(`flows/` outside `flows/steps/`) imports neither aiogram, nor the database drivers, nor the
bot; nothing in `flows/` imports `bot/`; and in `bot/` only the composition root,
`bot/app.py`, imports the dialogue (`flows.steps`).

What counts as an import: every `import` and `from … import` statement in a module, wherever
it is written — at the top, under `if TYPE_CHECKING:`, or inside a function. A type-only
import still couples two modules (the cycle `flows/steps/turn.py` ↔ `services.py` was
type-only), and a function-level one is a cycle that merely waits for its first call
(`bot/webhook.py` ↔ `bot/pg/inbox.py` was one). Not counted: the implicit import of a
package's `__init__` when one of its modules is imported (as import-linter's graph, grimp,
does not), or every package that re-exports its modules would be a cycle with them.

Plain `ast`, no dependency: import-linter would say the same in a config file, but the rules
here are four and the graph is ~120 modules.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable
from pathlib import Path

from bot import PROJECT_ROOT

LAYERS = ("bot", "flows")
# The domain must not know how it is stored or talked to.
DOMAIN_MUST_NOT_IMPORT = ("aiogram", "aiogram_i18n", "aiohttp", "aiosqlite", "asyncpg", "sqlite3")
# Only the composition root assembles the dialogue with the machinery.
COMPOSITION_ROOT = "bot.app"

# Allowances for what is not fixed yet. Each entry must still be true
# (`test_what_is_left_is_still_left`): delete it once it is not. (The last two went with
# issue 18's uow slice: `Paperwork` works from `flows.outbox` values, not a `Turn`.)
LEFT_CYCLES: set[frozenset[str]] = set()
LEFT_DIALOGUE_IMPORTS: set[tuple[str, str]] = set()


def modules(root: Path, packages: Iterable[str] = LAYERS) -> dict[str, tuple[Path, bool]]:
    """Dotted name -> (file, is a package's `__init__`)."""
    found = {}
    for package in packages:
        for path in sorted((root / package).rglob("*.py")):
            parts = list(path.relative_to(root).with_suffix("").parts)
            is_package = parts[-1] == "__init__"
            if is_package:
                parts.pop()
            found[".".join(parts)] = (path, is_package)
    return found


def imported_names(name: str, path: Path, is_package: bool) -> set[str]:
    """Every dotted name the module imports; `from a import b` gives `a.b`, which is the
    module `a.b` or, if there is none, a name in `a` (`Graph._resolve` tells which)."""
    package = name.split(".") if is_package else name.split(".")[:-1]
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = package[: len(package) - node.level + 1]
                base = ".".join([*up, base] if base else up)
            # `from a import b`: the module `a.b` if there is one, else a name in `a`.
            names.update(f"{base}.{alias.name}" for alias in node.names)
    return names


class Graph:
    def __init__(self, root: Path, packages: Iterable[str] = LAYERS) -> None:
        self.modules = modules(root, packages)
        self.edges: dict[str, set[str]] = {}
        self.external: dict[str, set[str]] = {}  # module -> top-level names outside the tree
        for name, (path, is_package) in self.modules.items():
            inside, outside = set(), set()
            for imported in imported_names(name, path, is_package):
                target = self._resolve(imported)
                if target is None:
                    outside.add(imported.split(".")[0])
                elif target != name:
                    inside.add(target)
            self.edges[name] = inside
            self.external[name] = outside

    def _resolve(self, dotted: str) -> str | None:
        """The longest module of the tree that `dotted` names or is inside, if any."""
        while dotted:
            if dotted in self.modules:
                return dotted
            dotted = dotted.rpartition(".")[0]
        return None

    def cycles(self) -> list[list[str]]:
        """The strongly connected components with more than one module (Tarjan)."""
        index: dict[str, int] = {}
        low: dict[str, int] = {}
        stack: list[str] = []
        on_stack: set[str] = set()
        found: list[list[str]] = []

        def visit(node: str) -> None:
            index[node] = low[node] = len(index)
            stack.append(node)
            on_stack.add(node)
            for nxt in sorted(self.edges[node]):
                if nxt not in index:
                    visit(nxt)
                    low[node] = min(low[node], low[nxt])
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
            if low[node] == index[node]:
                component = []
                while True:
                    top = stack.pop()
                    on_stack.discard(top)
                    component.append(top)
                    if top == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))

        for node in sorted(self.edges):
            if node not in index:
                visit(node)
        return found

    def importers(self, of: str) -> set[tuple[str, str]]:
        """(importer, imported) for every edge into `of` or a module under it."""
        return {
            (source, target)
            for source, targets in self.edges.items()
            for target in targets
            if target == of or target.startswith(of + ".")
        }


def in_package(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


def dialogue_imports(graph: Graph) -> set[tuple[str, str]]:
    """Modules of `bot/` that import `flows.steps`, other than the composition root."""
    return {
        (source, target)
        for source, target in graph.importers("flows.steps")
        if in_package(source, "bot") and source != COMPOSITION_ROOT
    }


def domain_violations(graph: Graph) -> list[str]:
    found = []
    for name, outside in graph.external.items():
        if not in_package(name, "flows") or in_package(name, "flows.steps"):
            continue
        found += [f"{name} imports {lib}" for lib in sorted(outside & set(DOMAIN_MUST_NOT_IMPORT))]
        found += [f"{name} imports {t}" for t in sorted(graph.edges[name]) if in_package(t, "bot")]
    return found


GRAPH = Graph(PROJECT_ROOT)


def test_the_graph_is_read() -> None:
    # A reader that saw nothing would pass every rule below.
    assert len(GRAPH.modules) > 80
    assert "flows.steps.turn" in GRAPH.edges["flows.steps.engine.engine"]
    assert "flows.steps" in GRAPH.edges[COMPOSITION_ROOT]
    assert "aiogram" in GRAPH.external["flows.steps.turn"]


def test_no_import_cycle() -> None:
    cycles = [c for c in GRAPH.cycles() if frozenset(c) not in LEFT_CYCLES]
    assert cycles == []


def test_the_domain_imports_neither_aiogram_nor_the_database_nor_the_bot() -> None:
    assert domain_violations(GRAPH) == []


def test_nothing_in_flows_imports_bot() -> None:
    assert {(s, t) for s, t in GRAPH.importers("bot") if in_package(s, "flows")} == set()


def test_only_the_composition_root_imports_the_dialogue() -> None:
    assert dialogue_imports(GRAPH) - LEFT_DIALOGUE_IMPORTS == set()


def test_what_is_left_is_still_left() -> None:
    """An allowance that is no longer needed goes, so it cannot hide a new cycle later."""
    cycles = {frozenset(c) for c in GRAPH.cycles()}
    assert cycles >= LEFT_CYCLES
    assert dialogue_imports(GRAPH) >= LEFT_DIALOGUE_IMPORTS


def _tree(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def test_the_rules_catch_what_they_are_for(tmp_path: Path) -> None:
    """Each kind of import the rules must see: type-only, in a function, relative."""
    root = _tree(
        tmp_path,
        {
            "bot/__init__.py": "",
            "bot/app.py": "from flows.steps import turn\n",
            "bot/errors.py": "from flows import steps\n",
            "bot/webhook.py": "def f():\n    from bot.pg import inbox\n",
            "bot/pg/__init__.py": "",
            "bot/pg/inbox.py": "from ..webhook import f\n",
            "bot/paperwork.py": "from flows.steps.turn import Said\n",
            "flows/__init__.py": "",
            "flows/case.py": "import aiogram.types\nfrom bot.db import x\n",
            "flows/steps/__init__.py": "",
            "flows/steps/turn.py": "from flows.steps.services import S\nimport aiogram\n",
            "flows/steps/services.py": (
                "from typing import TYPE_CHECKING\n"
                "if TYPE_CHECKING:\n    from flows.steps.turn import Turn\n"
            ),
        },
    )
    graph = Graph(root)
    assert sorted(graph.cycles()) == [
        ["bot.pg.inbox", "bot.webhook"],
        ["flows.steps.services", "flows.steps.turn"],
    ]
    assert domain_violations(graph) == ["flows.case imports aiogram", "flows.case imports bot"]
    assert dialogue_imports(graph) == {
        ("bot.errors", "flows.steps"),
        ("bot.paperwork", "flows.steps.turn"),
    }
    # `from flows.steps import turn` is the module, not the package's `__init__`
    assert graph.edges["bot.app"] == {"flows.steps.turn"}
