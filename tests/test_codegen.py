"""The spec compiler: errors point at file and line; the committed code matches the specs."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from codegen.__main__ import main
from codegen._load import SpecError
from codegen._validate import load_world

HEADER = "spec: t\ndoc: test\ncontext: ssh\n"


def _load(tmp_path: Path, body: str, extra: dict[str, str] | None = None) -> None:
    (tmp_path / "t.yaml").write_text(HEADER + textwrap.dedent(body))
    for name, text in (extra or {}).items():
        (tmp_path / name).write_text(text)
    load_world(tmp_path)


def _error(tmp_path: Path, body: str, extra: dict[str, str] | None = None) -> SpecError:
    with pytest.raises(SpecError) as exc:
        _load(tmp_path, body, extra)
    return exc.value


def test_unknown_type_points_at_its_line(tmp_path: Path) -> None:
    err = _error(
        tmp_path,
        """\
        messages:
          A:
            id: 1
            fields:
              - {name: x, type: uint32}
              - {name: y, type: uint33}
        """,
    )
    assert err.path.endswith("t.yaml")
    assert err.line == 9
    assert "unknown type 'uint33'" in err.reason


def test_dangling_field_reference(tmp_path: Path) -> None:
    err = _error(
        tmp_path,
        """\
        messages:
          A:
            id: 1
            fields:
              - {name: y, type: uint32, if: {field: flag}}
        """,
    )
    assert err.line == 8  # the field's own line
    assert "'flag' is not an earlier field of A" in err.reason


def test_duplicate_context_and_id_across_files(tmp_path: Path) -> None:
    other = "spec: u\ndoc: other\ncontext: ssh\nmessages:\n  B:\n    id: 1\n    fields: []\n"
    err = _error(tmp_path, "messages:\n  A:\n    id: 1\n    fields: []\n", {"u.yaml": other})
    assert err.path.endswith("u.yaml")
    assert err.line == 6
    assert "('ssh', 1) is also A" in err.reason


def test_same_number_in_different_contexts_is_fine(tmp_path: Path) -> None:
    _load(
        tmp_path,
        """\
        messages:
          A: {id: 30, context: kex-a, fields: []}
          B: {id: 30, context: kex-b, fields: []}
        """,
    )


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ("messages:\n  A: {id: 1, fields: [], colour: red}\n", "unknown key(s) in A: colour"),
        ("messages:\n  A: {id: 1, fields: []}\n  A: {id: 2, fields: []}\n", "duplicate key 'A'"),
        ("structs:\n  S:\n    fields:\n      - {name: r, type: rest}\n"
         "      - {name: x, type: byte}\n", "rest must be the last field"),
        ("structs:\n  S:\n    fields:\n      - {name: l, type: list, of: T, count: inline}\n"
         "  T:\n    fields:\n      - {name: r, type: rest}\n", "open-ended"),
        ("structs:\n  S:\n    fields:\n      - {name: k, type: name}\n      - name: b\n"
         "        switch: k\n        cases: {1: null}\n", "case 1 does not fit k"),
        ("messages:\n  A: {id: 1, fields: [{name: class, type: byte}]}\n", "snake_case"),
        ("messages:\n  A: {id: 1, fields: [{name: x, type: string, view: true, const: 1}]}\n",
         "does not fit type string"),
    ],
)  # fmt: skip
def test_grammar_violations(tmp_path: Path, body: str, needle: str) -> None:
    assert needle in _error(tmp_path, body).reason


def test_import_cycle_between_specs(tmp_path: Path) -> None:
    u = "spec: u\ndoc: u\ncontext: none\nstructs:\n  U:\n    fields: [{name: t, type: T}]\n"
    body = "structs:\n  T:\n    fields: [{name: u, type: U, if: {field: x}}]\n"
    err = _error(tmp_path, body.replace("[{name: u", "[{name: x, type: boolean}, {name: u"),
                 {"u.yaml": u})  # fmt: skip
    assert "import cycle" in err.reason


def test_committed_code_matches_the_specs(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check-drift"]) == 0
    assert "no drift" in capsys.readouterr().out


def test_drift_is_detected(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    package = tmp_path / "pkg"
    assert main(["generate", "--package", str(package)]) == 0
    victim = package / "_generated" / "transport.py"
    victim.write_text(victim.read_text() + "# hand edit\n")
    assert main(["check-drift", "--package", str(package)]) == 1
    assert "drift:" in capsys.readouterr().out
