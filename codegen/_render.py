"""Render the validated IR through the Jinja2 templates into Python modules."""

from __future__ import annotations

import re
from pathlib import Path

import jinja2

from ._emit_fast import emit_fast_module, py_type
from ._emit_other import emit_construct, emit_strategies
from ._ir import Spec, World, snake

__all__ = ["render"]

_TEMPLATES = Path(__file__).parent / "templates"
_CONSTRUCT_NAMES = [
    "Array", "Bytes", "Const", "Error", "Flag", "GreedyBytes", "GreedyRange", "If", "Int8ub",
    "Int32ub", "Int64ub", "Pass", "Prefixed", "PrefixedArray", "Rebuild", "Struct", "Switch",
    "len_", "this",
]  # fmt: skip
_LOCAL_CONSTRUCT = ["Exact", "SSHMpint", "SSHName", "SSHNameList", "SSHString", "SSHUtf8"]
_STRATEGY_BASE = [
    ("bin_", "_bin"), ("byte", "_byte"), ("mpint", "_mpint"), ("name", "_name"),
    ("name_list", "_name_list"), ("text", "_text"), ("u32", "_u32"), ("u64", "_u64"),
]  # fmt: skip


_FAST_HELPERS = [
    ("_primitives", "decode_mpint", "_mpint"),
    ("_primitives", "decode_name", "_name"),
    ("_primitives", "decode_name_list", "_name_list"),
    ("_primitives", "encode_mpint", "_enc_mpint"),
    ("_primitives", "encode_name", "_enc_name"),
    ("_primitives", "encode_name_list", "_enc_name_list"),
    ("_runtime", "Decoder", "_Decoder"),
    ("_runtime", "Encoder", "_Encoder"),
    ("_runtime", "d_null", "_d_null"),
    ("_runtime", "e_null", "_e_null"),
    ("_runtime", "utf8", "_utf8"),
]


def _all_sorted(names: list[str]) -> list[str]:
    """Sort like ruff's RUF022: SCREAMING_CASE, then CamelCase, then the rest."""

    def key(n: str) -> tuple[int, str]:
        return (0 if n.isupper() else 1 if n[0].isupper() else 2, n)

    return sorted(names, key=key)


def _member_key(n: str) -> tuple[int, list[int | str]]:
    """isort's member order (ruff default): CONSTANTS, Classes, then the rest; case-blind,
    numbers compared as numbers (``Int8ub`` before ``Int32ub``)."""
    rank = 0 if n.isupper() and len(n) > 1 else 1 if n[0].isupper() else 2
    return rank, [int(t) if t.isdigit() else t.lower() for t in re.split(r"(\d+)", n)]


def _imports(lines: list[tuple[str, list[str]]], aliased: list[tuple[str, str, str]]) -> str:
    """Returns a ruff-sorted block of relative imports.

    ``aliased`` is ``(module, name, alias)`` imported one per line; ``lines`` is
    ``(module, names)`` imported in parenthesised groups.
    """
    entries: list[tuple[tuple[int, str], str]] = []
    for module, name, alias in aliased:
        entries.append(((module.count("."), module), f"from {module} import {name} as {alias}"))
    for module, names in lines:
        if not names:
            continue
        body = "".join(f"    {n},\n" for n in sorted(set(names), key=_member_key))
        entries.append(((module.count("."), module), f"from {module} import (\n{body})"))
    # Furthest first (``..`` before ``.``), then by module; stable for aliased lines.
    entries.sort(key=lambda e: (-e[0][0], e[0][1]))
    return "\n".join(text for _, text in entries)


def _env() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(_TEMPLATES),
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # we emit Python, not HTML
    )


def _used(names: list[str], text: str) -> list[str]:
    return [n for n in names if re.search(rf"(?<![\w.]){re.escape(n)}\b", text)]


def _tidy(text: str) -> str:
    """Collapse runs of blank lines to at most two and end with one newline."""
    return re.sub(r"\n{4,}", "\n\n\n", text).rstrip("\n") + "\n"


def _doc(s_doc: str, extra: str) -> str:
    text = (s_doc.strip() + ("\n\n    " + extra if extra else "")).replace('"""', "'''")
    return text.replace("\\", "\\\\")


def _fast(env: jinja2.Environment, world: World, spec: Spec) -> tuple[str, list[str]]:
    mod = emit_fast_module(world, spec.structs)
    classes: list[dict[str, object]] = []
    exports: list[str] = [e.name for e in spec.enums]
    for s in spec.structs:
        fields = [
            {"name": f.name, "type": py_type(world, f), "secret": f.secret} for f in s.visible
        ]
        attrs = [f"{f.name}: {f.doc.strip()}" for f in s.visible if f.doc.strip()]
        wire = ""
        if s.is_message:
            wire = f"Wire: {s.rfc_name or s.name} ({s.msg_id}), context ``{s.context}``."
        classes.append(
            {
                "name": s.name,
                "doc": _doc(s.doc or s.name, wire),
                "msg_id": s.msg_id,
                "context": s.context,
                "fields": fields,
                "attrs": attrs,
            }
        )
        exports += [s.name, f"decode_{snake(s.name)}", f"encode_{snake(s.name)}"]
        if not s.is_message:
            exports.append(f"decode_{snake(s.name)}_from")
        if any(f"def encode_{snake(s.name)}_parts(" in fn for fn in mod.functions):
            exports.append(f"encode_{snake(s.name)}_parts")
    body = "\n".join(mod.functions + mod.tables)
    helpers = [(f"..{m}", n, a) for m, n, a in _FAST_HELPERS if re.search(rf"\b{a}\b", body)]
    helpers.sort(key=lambda h: (h[0], _member_key(h[1])))
    local = [(f".{k}", sorted(v)) for k, v in mod.imports.items()]
    text = env.get_template("fast.py.j2").render(
        local_imports=_imports([(".._errors", ["DecodeError", "EncodeError"]), *local], helpers),
        spec=spec,
        enums=spec.enums,
        enum_imports=", ".join(
            sorted({"IntFlag" if e.is_flags else "IntEnum" for e in spec.enums})
        ),
        has_secret=any(f.secret for s in spec.structs for f in s.visible),
        exports=_all_sorted(exports),
        classes=classes,
        formats=sorted(mod.formats.items()),
        functions=mod.functions,
        tables=mod.tables,
    )
    return _tidy(text), exports


def _by_spec(world: World, names: set[str], prefixes: list[str]) -> list[tuple[str, list[str]]]:
    grouped: dict[str, list[str]] = {}
    for n in sorted(names):
        grouped.setdefault(world.structs[n].spec, []).extend(p + n for p in prefixes)
    return sorted(grouped.items())


def render(world: World, package_dir: Path) -> dict[Path, str]:
    """Returns every generated file (path under ``package_dir`` -> content)."""
    env = _env()
    gen = package_dir / "_generated"
    out: dict[Path, str] = {}
    all_exports: list[tuple[str, list[str]]] = []
    for spec in world.specs:
        text, exports = _fast(env, world, spec)
        out[gen / f"{spec.name}.py"] = text
        all_exports.append((spec.name, exports))
        classes = [s.name for s in spec.structs]
        defs, needed = emit_construct(world, spec.structs)
        body = "\n".join(defs)
        out[gen / f"{spec.name}_construct.py"] = _tidy(
            env.get_template("construct.py.j2").render(
                spec=spec,
                classes=classes,
                defs=defs,
                construct_names=sorted(_used(_CONSTRUCT_NAMES, body), key=_member_key),
                local_imports=_imports(
                    [
                        (".._construct_types", _used(_LOCAL_CONSTRUCT, body)),
                        (f".{spec.name}", classes),
                        *[
                            (f".{k}_construct", v)
                            for k, v in _by_spec(world, needed, ["C_", "to_", "from_"])
                        ],
                    ],
                    [],
                ),
            )
        )
        defs, needed = emit_strategies(world, spec.structs)
        body = "\n".join(defs)
        out[gen / f"{spec.name}_strategies.py"] = _tidy(
            env.get_template("strategies.py.j2").render(
                spec=spec,
                classes=classes,
                defs=defs,
                local_imports=_imports(
                    [
                        (f".{spec.name}", classes),
                        *[(f".{k}_strategies", v) for k, v in _by_spec(world, needed, ["st_"])],
                    ],
                    [
                        (".._strategy_base", n, a)
                        for n, a in _STRATEGY_BASE
                        if re.search(rf"\b{a}\b", body)
                    ],
                ),
            )
        )
    structs = [s for spec in world.specs for s in spec.structs]
    view = [{"name": s.name, "spec": s.spec, "snake": snake(s.name)} for s in structs]
    messages = [
        {"name": s.name, "spec": s.spec, "snake": snake(s.name), "context": s.context,
         "msg_id": s.msg_id}
        for s in world.messages()
    ]  # fmt: skip
    replies = [
        {"name": s.name, "spec": s.spec, "message": s.reply[0], "to": s.reply[1],
         "case": s.reply[2]}
        for s in structs if s.reply is not None
    ]  # fmt: skip
    out[gen / "registry.py"] = _tidy(
        env.get_template("registry.py.j2").render(
            specs=[spec.name for spec in world.specs],
            messages=messages,
            structs=view,
            replies=replies,
        )
    )
    out[gen / "__init__.py"] = (
        "# GENERATED by codegen; do not edit. Run `nox -s codegen`.\n"
        '"""Generated codecs; import them through ``ssh_wire.messages``."""\n'
    )
    out[package_dir / "messages.py"] = _tidy(
        env.get_template("messages.py.j2").render(
            local_imports=_imports([(f"._generated.{spec}", ns) for spec, ns in all_exports], []),
            all_names=_all_sorted([n for _, ns in all_exports for n in ns]),
        )
    )
    return out
