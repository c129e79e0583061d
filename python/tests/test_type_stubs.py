"""The type stubs name every public function, class, method and property of
the module, and nothing it lacks, so editors show what is really there."""
import ast
import inspect
import pathlib

import pytest

import kalends

STUBS = ast.parse((pathlib.Path(kalends.__file__).parent / "__init__.pyi").read_text(encoding="utf-8"))
TYPE_ALIASES = {"CalendarLike", "DurationLike", "Days", "Overflow", "Largest"}
CLASSES = {node.name: node for node in STUBS.body if isinstance(node, ast.ClassDef)}


def _stubbed(body):
    names = set()
    for node in body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.AnnAssign):
            names.add(node.target.id)
        elif isinstance(node, ast.Assign):
            names.update(target.id for target in node.targets)
    return {name for name in names if not name.startswith("_")}


def _own_public(value, builtin_base):
    return {name for name in dir(value) if not name.startswith("_")} - set(dir(builtin_base))


def test_the_stubs_name_the_module_s_public_names():
    public = {name for name in dir(kalends) if not name.startswith("_") and not inspect.ismodule(getattr(kalends, name))}
    assert _stubbed(STUBS.body) - TYPE_ALIASES == public


@pytest.mark.parametrize("name", sorted(CLASSES))
def test_the_stubs_name_every_member_of_a_class(name):
    if name == "Error":
        try:
            kalends.Calendar("gregorian").date_from_parts(2024, 13, 1)
        except kalends.Error as raised:
            actual = _own_public(raised, ValueError)
    else:
        actual = _own_public(getattr(kalends, name), object)
    assert _stubbed(CLASSES[name].body) == actual
