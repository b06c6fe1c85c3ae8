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
_CONSTRUCT_NAMES = (
    "Array Bytes Const Error Flag GreedyBytes GreedyRange If Int8ub Int32ub Int64ub Pass "
    "Prefixed PrefixedArray Rebuild Struct Switch len_ this"
).split()
_LOCAL_CONSTRUCT = "Exact SSHMpint SSHName SSHNameList SSHString SSHUtf8".split()
_STRATEGY_BASE = [
    ("bin_", "_bin"), ("byte", "_byte"), ("mpint", "_mpint"), ("name", "_name"),
    ("name_list", "_name_list"), ("text", "_text"), ("u32", "_u32"), ("u64", "_u64"),
]  # fmt: skip


def _env() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(_TEMPLATES),
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # noqa: S701 - we emit Python, not HTML
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
    classes = []
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
    text = env.get_template("fast.py.j2").render(
        spec=spec,
        enums=spec.enums,
        enum_imports=", ".join(
            sorted({"IntFlag" if e.is_flags else "IntEnum" for e in spec.enums})
        ),
        has_secret=any(f["secret"] for c in classes for f in c["fields"]),
        imports=sorted((k, sorted(v)) for k, v in mod.imports.items()),
        exports=exports,
        classes=classes,
        formats=sorted(mod.formats.items()),
        functions=mod.functions,
        tables=mod.tables,
    )
    return _tidy(text), exports


def _by_spec(
    world: World, names: set[str], prefixes: list[str]
) -> list[tuple[str, list[str]]]:
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
                construct_names=_used(_CONSTRUCT_NAMES, body),
                local_names=_used(_LOCAL_CONSTRUCT, body),
                imports=_by_spec(world, needed, ["C_", "to_", "from_"]),
            )
        )
        defs, needed = emit_strategies(world, spec.structs)
        body = "\n".join(defs)
        out[gen / f"{spec.name}_strategies.py"] = _tidy(
            env.get_template("strategies.py.j2").render(
                spec=spec,
                classes=classes,
                defs=defs,
                base_names=[(n, a) for n, a in _STRATEGY_BASE if re.search(rf"\b{a}\b", body)],
                imports=_by_spec(world, needed, ["st_"]),
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
            modules=all_exports, all_names=sorted(n for _, ns in all_exports for n in ns)
        )
    )
    return out
