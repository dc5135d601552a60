"""The test modules themselves: a module-level name bound twice silently replaces the first
binding, so every test written against the first text runs against the second (this happened
once with a board page's text in test_extract_patterns.py)."""
from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

TESTS = sorted(Path(__file__).resolve().parent.glob("test_*.py"))


def module_level_names(path: Path) -> Counter:
    """How many times each name is bound at module level (assignments and definitions)."""
    names: Counter = Counter()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
    return names


@pytest.mark.parametrize("path", TESTS, ids=[p.name for p in TESTS])
def test_no_module_level_name_is_bound_twice(path):
    twice = sorted(name for name, n in module_level_names(path).items() if n > 1)
    assert not twice, f"{path.name} binds these names more than once: {twice}"


def test_the_check_finds_a_name_bound_twice(tmp_path):
    module = tmp_path / "test_example.py"
    module.write_text('PAGE = "a"\n\ndef test_a():\n    assert PAGE\n\nPAGE = "b"\n', encoding="utf-8")
    assert module_level_names(module)["PAGE"] == 2
