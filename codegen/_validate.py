"""Turn loaded spec files into a validated :class:`World`, or fail with ``file:line``.

Checks: known keys only (the grammar is closed), known types, references to earlier fields
of the same struct (if/switch/count), unique struct names across all specs, unique
``(context, id)``, switch keys typed like their discriminator, open-ended parts only where
they can end the buffer, list elements that occupy at least one byte (so no hostile count
can spin a decoder), no import cycles between spec modules.
"""

from __future__ import annotations

import keyword
import re
from pathlib import Path
from typing import Any

from ._ir import SCALARS, Cond, EnumDef, Field, Spec, Struct, Switch, TypeRef, World
from ._load import LDict, LList, SpecError, load_yaml

__all__ = ["load_world"]

_SPEC_KEYS = {"spec", "doc", "context", "enums", "flags", "structs", "messages"}
_STRUCT_KEYS = {"doc", "fields", "reply"}
_MESSAGE_KEYS = {"doc", "fields", "id", "rfc_name", "context"}
_FIELD_KEYS = {
    "name", "type", "doc", "enum", "flags", "view", "secret", "const", "embedded", "if",
    "of", "count", "until", "switch", "cases", "default",
}  # fmt: skip
_CONTEXTS = {"ssh", "sftp", "agent", "none"}
_CAMEL = re.compile(r"^[A-Z][A-Za-z0-9]*$")
_SNAKE = re.compile(r"^[a-z][a-z0-9_]*$")
_FIXED = re.compile(r"^bytes\[(\d+)\]$")


class _Ctx:
    """Where we are, for error messages."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, node: Any, message: str) -> SpecError:
        return SpecError(self.path, getattr(node, "line", 1), message)


def _check_keys(ctx: _Ctx, node: Any, allowed: set[str], what: str) -> LDict:
    if not isinstance(node, LDict):
        raise ctx.fail(node, f"{what} must be a mapping")
    unknown = set(node) - allowed
    if unknown:
        raise ctx.fail(node, f"unknown key(s) in {what}: {', '.join(sorted(map(str, unknown)))}")
    return node


def _parse_type(ctx: _Ctx, node: Any, text: Any, where: str) -> TypeRef:
    if not isinstance(text, str):
        raise ctx.fail(node, f"{where}: type must be a string")
    m = _FIXED.match(text)
    if m:
        return TypeRef("fixed", size=int(m.group(1)))
    if text in SCALARS:
        return TypeRef(text)
    if text == "list":
        raise ctx.fail(node, f"{where}: a list element cannot be a list")
    if _CAMEL.match(text):
        return TypeRef("struct", struct=text)
    raise ctx.fail(node, f"{where}: unknown type {text!r}")


def _const_bytes(ctx: _Ctx, node: Any, t: TypeRef, value: Any) -> bytes:
    """Pre-encode a const value to its wire bytes."""
    k = t.kind
    if k in ("byte", "uint32", "uint64", "boolean") and isinstance(value, bool | int):
        fmt_size = {"byte": 1, "boolean": 1, "uint32": 4, "uint64": 8}[k]
        if not 0 <= int(value) < 1 << (8 * fmt_size):
            raise ctx.fail(node, f"const {value!r} out of range for {k}")
        return int(value).to_bytes(fmt_size, "big")
    if isinstance(value, str):
        raw = value.encode("latin-1" if k in ("fixed", "string") else "utf-8")
        if k == "fixed":
            if len(raw) != t.size:
                raise ctx.fail(node, f"const is {len(raw)} bytes, the type holds {t.size}")
            return raw
        if k in ("string", "utf8", "name"):
            return len(raw).to_bytes(4, "big") + raw
    raise ctx.fail(node, f"const {value!r} does not fit type {k}")


def _parse_field(ctx: _Ctx, node: Any, owner: str) -> Field:
    node = _check_keys(ctx, node, _FIELD_KEYS, f"field of {owner}")
    name = node.get("name")
    if not isinstance(name, str) or not _SNAKE.match(name) or keyword.iskeyword(name):
        raise ctx.fail(node, f"{owner}: field name {name!r} must be snake_case, not a keyword")
    where = f"{owner}.{name}"
    f = Field(name=name, type=None, doc=str(node.get("doc", "")), line=node.line)
    if "switch" in node:
        extra = {"type", "of", "count", "until", "const", "embedded", "view"} & set(node)
        if extra:
            raise ctx.fail(node, f"{where}: a switch takes no {', '.join(sorted(extra))}")
        cases = node.get("cases")
        if not isinstance(cases, LDict):
            raise ctx.fail(node, f"{where}: a switch needs a cases mapping")
        default = node.get("default", "error")
        if default not in ("rest", "string", "error"):
            raise ctx.fail(node, f"{where}: default must be rest, string or error")
        for key, target in cases.items():
            if target is not None and not (isinstance(target, str) and _CAMEL.match(target)):
                raise ctx.fail(cases, f"{where}: case {key!r} must name a struct or be null")
        f.switch = Switch(on=str(node["switch"]), cases=dict(cases), default=default)
    else:
        for key in ("cases", "default"):
            if key in node:
                raise ctx.fail(node, f"{where}: {key} belongs to a switch")
        if "type" not in node:
            raise ctx.fail(node, f"{where}: missing type")
        if node["type"] == "list":
            of = _parse_type(ctx, node, node.get("of"), f"{where} (list element)")
            if of.kind == "rest":
                raise ctx.fail(node, f"{where}: a list element cannot be rest")
            if ("count" in node) == ("until" in node):
                raise ctx.fail(node, f"{where}: a list needs exactly one of count or until")
            if "until" in node and node["until"] != "end":
                raise ctx.fail(node, f"{where}: until must be 'end'")
            count = str(node.get("count", "end"))
            f.type = TypeRef("list", of=of, count=count)
        else:
            for key in ("of", "count", "until"):
                if key in node:
                    raise ctx.fail(node, f"{where}: {key} belongs to a list")
            f.type = _parse_type(ctx, node, node["type"], where)
    f.view = bool(node.get("view", False))
    if f.view and (f.type is None or f.type.kind not in ("string", "rest")):
        raise ctx.fail(node, f"{where}: view applies to string and rest only")
    f.secret = bool(node.get("secret", False))
    if "const" in node:
        assert f.type is not None
        if f.type.kind in ("list", "struct", "rest", "name-list", "mpint"):
            raise ctx.fail(node, f"{where}: const is not supported for {f.type.kind}")
        f.const = _const_bytes(ctx, node, f.type, node["const"])
        f.hidden = True
    if "embedded" in node:
        emb = node["embedded"]
        if f.type is None or f.type.kind != "string" or not isinstance(emb, str):
            raise ctx.fail(node, f"{where}: embedded applies to string fields and names a struct")
        f.embedded = emb
    if "if" in node:
        c = node["if"]
        if not isinstance(c, LDict) or "field" not in c:
            raise ctx.fail(node, f"{where}: if needs a field")
        ops = [k for k in ("mask", "equals", "not_equals") if k in c]
        if set(c) - {"field", "mask", "equals", "not_equals"} or len(ops) > 1:
            raise ctx.fail(c, f"{where}: if takes field and at most one of mask/equals/not_equals")
        op = {"mask": "mask", "equals": "eq", "not_equals": "ne"}[ops[0]] if ops else "true"
        f.cond = Cond(field=str(c["field"]), op=op, value=c.get(ops[0]) if ops else None)
        if f.const is not None:
            raise ctx.fail(node, f"{where}: a const field cannot be conditional")
    enum = node.get("enum") or node.get("flags") or ""
    f.enum = str(enum)
    return f


def _parse_struct(ctx: _Ctx, spec: Spec, name: Any, node: Any, *, message: bool) -> Struct:
    if not isinstance(name, str) or not _CAMEL.match(name):
        raise ctx.fail(node, f"struct/message name {name!r} must be CamelCase")
    node = _check_keys(ctx, node, _MESSAGE_KEYS if message else _STRUCT_KEYS, name)
    fields_node = node.get("fields", LList())
    if not isinstance(fields_node, list):
        raise ctx.fail(node, f"{name}: fields must be a list")
    s = Struct(
        name=name,
        spec=spec.name,
        fields=[_parse_field(ctx, fnode, name) for fnode in fields_node],
        doc=str(node.get("doc", "")),
        line=node.line,
    )
    if message:
        mid = node.get("id")
        if not isinstance(mid, int) or not 0 <= mid <= 255:
            raise ctx.fail(node, f"{name}: a message needs an id from 0 to 255")
        s.msg_id = mid
        s.context = str(node.get("context", spec.context))
        if s.context == "none":
            raise ctx.fail(node, f"{name}: a message needs a context")
        s.rfc_name = str(node.get("rfc_name", ""))
    elif "reply" in node:
        r = node["reply"]
        if not isinstance(r, LDict) or set(r) != {"message", "to", "case"}:
            raise ctx.fail(node, f"{name}: reply needs exactly message, to and case")
        s.reply = (str(r["message"]), str(r["to"]), str(r["case"]))
    return s


def _parse_enums(ctx: _Ctx, spec: Spec, node: Any, *, flags: bool) -> list[EnumDef]:
    out = []
    if not isinstance(node, LDict):
        raise ctx.fail(node, "enums/flags must be a mapping")
    for name, body in node.items():
        if not isinstance(name, str) or not _CAMEL.match(name):
            raise ctx.fail(node, f"enum name {name!r} must be CamelCase")
        body = _check_keys(ctx, body, {"doc", "values"}, name)
        values = body.get("values")
        if not isinstance(values, LDict) or not values:
            raise ctx.fail(body, f"{name}: values must be a non-empty mapping")
        for k, v in values.items():
            if not isinstance(k, str) or not re.match(r"^[A-Z_][A-Z0-9_]*$", k):
                raise ctx.fail(values, f"{name}: member {k!r} must be UPPER_CASE")
            if not isinstance(v, int) or isinstance(v, bool) or v < 0:
                raise ctx.fail(values, f"{name}.{k}: value must be a non-negative integer")
        out.append(EnumDef(name, spec.name, dict(values), str(body.get("doc", "")), flags))
    return out


def _load_spec(path: Path) -> tuple[Spec, _Ctx, LDict]:
    ctx = _Ctx(path)
    data = _check_keys(ctx, load_yaml(path), _SPEC_KEYS, "spec file")
    if data.get("spec") != path.stem:
        raise ctx.fail(data, f"spec: must be {path.stem!r}, the file's name")
    context = data.get("context", "none")
    if context not in _CONTEXTS:
        raise ctx.fail(data, f"context must be one of {sorted(_CONTEXTS)}")
    spec = Spec(name=path.stem, path=str(path), doc=str(data.get("doc", "")), context=context)
    for key, is_flags in (("enums", False), ("flags", True)):
        if key in data:
            spec.enums += _parse_enums(ctx, spec, data[key], flags=is_flags)
    for key, message in (("structs", False), ("messages", True)):
        section = data.get(key, LDict())
        if not isinstance(section, LDict):
            raise ctx.fail(data, f"{key} must be a mapping")
        for name, node in section.items():
            spec.structs.append(_parse_struct(ctx, spec, name, node, message=message))
    return spec, ctx, data


def _key_matches(disc: Field, key: Any) -> bool:
    assert disc.type is not None
    if disc.type.kind in ("byte", "uint32", "uint64"):
        return isinstance(key, int) and not isinstance(key, bool)
    return isinstance(key, str) and disc.type.kind in ("name", "utf8")


def _check_struct(world: World, ctx: _Ctx, s: Struct, spec: Spec) -> None:
    seen: dict[str, Field] = {}

    line = s.line

    def need_struct(name: str, where: str) -> Struct:
        target = world.structs.get(name)
        if target is None:
            raise SpecError(ctx.path, line, f"{where}: unknown struct {name!r}")
        if target.is_message:
            raise SpecError(ctx.path, line, f"{where}: {name!r} is a message, not a struct")
        if target.spec != spec.name:
            spec.imports.add(target.spec)
        return target

    def earlier(name: str, where: str) -> Field:
        f = seen.get(name)
        if f is None:
            raise SpecError(
                ctx.path, line, f"{where}: {name!r} is not an earlier field of {s.name}"
            )
        return f

    for index, f in enumerate(s.fields):
        where = f"{s.name}.{f.name}"
        line = f.line
        if f.name in seen:
            raise SpecError(ctx.path, f.line, f"{where}: duplicate field name")
        last = index == len(s.fields) - 1
        if f.enum and f.enum not in world.enums:
            raise SpecError(ctx.path, f.line, f"{where}: unknown enum/flags {f.enum!r}")
        if f.cond is not None:
            ref = earlier(f.cond.field, where)
            if ref.hidden:
                raise SpecError(ctx.path, f.line, f"{where}: if cannot test a hidden field")
            assert ref.type is not None or ref.switch is not None
            kind = ref.type.kind if ref.type else "switch"
            if f.cond.op == "true" and kind != "boolean":
                raise SpecError(ctx.path, f.line, f"{where}: if {ref.name} needs a boolean")
            if f.cond.op == "mask" and kind not in ("byte", "uint32", "uint64"):
                raise SpecError(ctx.path, f.line, f"{where}: mask needs an integer field")
            if f.cond.op in ("eq", "ne") and kind in ("list", "struct", "switch"):
                raise SpecError(ctx.path, f.line, f"{where}: equals needs a scalar field")
        if f.switch is not None:
            disc = earlier(f.switch.on, where)
            if (
                disc.type is None
                or disc.type.kind not in ("byte", "uint32", "uint64", "name", "utf8")
                or disc.hidden
                or disc.cond is not None
            ):
                raise SpecError(ctx.path, f.line, f"{where}: cannot switch on {disc.name!r}")
            for key, target in f.switch.cases.items():
                if not _key_matches(disc, key):
                    raise SpecError(
                        ctx.path, f.line, f"{where}: case {key!r} does not fit {disc.name}"
                    )
                if target is not None:
                    need_struct(target, where)
            if f.switch.default == "rest" and not last:
                raise SpecError(ctx.path, f.line, f"{where}: default rest must be the last field")
        if f.type is not None:
            t = f.type
            if t.kind == "struct":
                need_struct(t.struct, where)
            if t.kind == "rest" and not last:
                raise SpecError(ctx.path, f.line, f"{where}: rest must be the last field")
            if f.embedded:
                need_struct(f.embedded, where)
            if t.kind == "list":
                assert t.of is not None
                if t.of.kind == "struct":
                    elem = need_struct(t.of.struct, where)
                    if world.open_ended(elem):
                        raise SpecError(
                            ctx.path, f.line, f"{where}: list element {elem.name} is open-ended"
                        )
                if world.min_size(t.of) == 0:
                    raise SpecError(ctx.path, f.line, f"{where}: list element can be empty")
                if t.count == "end" and not last:
                    raise SpecError(ctx.path, f.line, f"{where}: until end must be the last field")
                if t.count not in ("inline", "end"):
                    counter = earlier(t.count, where)
                    if counter.type is None or counter.type.kind not in ("uint32", "byte"):
                        raise SpecError(ctx.path, f.line, f"{where}: count field must be uint32")
                    if counter.hidden or counter.cond is not None:
                        raise SpecError(ctx.path, f.line, f"{where}: count field already used")
                    counter.hidden = True
                    counter.counts = f.name
        if f.cond is not None and f.type is not None and f.type.kind == "rest":
            raise SpecError(ctx.path, f.line, f"{where}: rest cannot be conditional")
        seen[f.name] = f
    # An open-ended field anywhere but last would swallow the fields after it.
    for f in s.fields[:-1]:
        if world.field_open_ended(f):
            raise SpecError(ctx.path, f.line, f"{s.name}.{f.name}: open-ended but not last")


def _check_cycles(world: World) -> None:
    graph = {spec.name: spec.imports for spec in world.specs}
    state: dict[str, int] = {}

    def visit(name: str, chain: list[str]) -> None:
        if state.get(name) == 1:
            raise SpecError(name, 1, "import cycle between specs: " + " -> ".join(chain))
        if state.get(name) == 2:
            return
        state[name] = 1
        for dep in sorted(graph.get(name, ())):
            visit(dep, [*chain, dep])
        state[name] = 2

    for name in graph:
        visit(name, [name])


def load_world(spec_dir: Path) -> World:
    """Load and validate every ``*.yaml`` in ``spec_dir``.

    Returns:
        The validated world, specs sorted by file name.
    Raises:
        SpecError: the first problem found, as ``file:line: message``.
    """
    loaded = [_load_spec(p) for p in sorted(spec_dir.glob("*.yaml"))]
    structs: dict[str, Struct] = {}
    enums: dict[str, EnumDef] = {}
    ids: dict[tuple[str, int], str] = {}
    for spec, ctx, _ in loaded:
        for e in spec.enums:
            if e.name in enums or e.name in structs:
                raise SpecError(ctx.path, 1, f"name {e.name!r} is defined twice")
            enums[e.name] = e
        for s in spec.structs:
            if s.name in structs or s.name in enums:
                other = structs[s.name].spec if s.name in structs else enums[s.name].spec
                raise SpecError(ctx.path, s.line, f"{s.name!r} is also defined in {other}.yaml")
            structs[s.name] = s
            if s.msg_id is not None:
                key = (s.context, s.msg_id)
                if key in ids:
                    raise SpecError(
                        ctx.path, s.line, f"{s.name}: (context, id) {key} is also {ids[key]}"
                    )
                ids[key] = s.name
    world = World(specs=[spec for spec, _, _ in loaded], structs=structs, enums=enums)
    for spec, ctx, _ in loaded:
        for s in spec.structs:
            _check_struct(world, ctx, s, spec)
    for spec, ctx, _ in loaded:
        for s in spec.structs:
            if s.reply is not None:
                msg, req, _case = s.reply
                for ref in (msg, req):
                    target = structs.get(ref)
                    if target is None or not target.is_message:
                        raise SpecError(ctx.path, s.line, f"{s.name}: reply names {ref!r}")
            if s.is_message and s.reply is not None:
                raise SpecError(ctx.path, s.line, f"{s.name}: a message cannot be a reply")
    _check_cycles(world)
    return world
