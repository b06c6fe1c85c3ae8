"""Emit the construct reference codec and the hypothesis strategies from the same IR.

The construct codec is the declarative reading of the spec (a ``Struct`` per struct, with
``If``/``Switch``/``PrefixedArray`` mirroring the grammar) plus converters between construct
containers and the fast codec's dataclasses. The strategies draw values that respect every
condition and switch, so both codecs can be cross-checked on any message.
"""

from __future__ import annotations

from ._ir import Cond, Field, Struct, TypeRef, World

__all__ = ["emit_construct", "emit_strategies"]

_C_SCALAR = {
    "byte": "Int8ub",
    "boolean": "Flag",
    "uint32": "Int32ub",
    "uint64": "Int64ub",
    "string": "SSHString",
    "utf8": "SSHUtf8",
    "name": "SSHName",
    "name-list": "SSHNameList",
    "mpint": "SSHMpint",
    "rest": "GreedyBytes",
}


def _c_cond(c: Cond) -> str:
    if c.op == "true":
        return f"this.{c.field}"
    if c.op == "mask":
        return f"(this.{c.field} & {int(c.value or 0):#x}) != 0"
    return f"this.{c.field} {'==' if c.op == 'eq' else '!='} {c.value!r}"


def _c_type(t: TypeRef) -> str:
    if t.kind == "fixed":
        return f"Bytes({t.size})"
    if t.kind in _C_SCALAR:
        return _C_SCALAR[t.kind]
    if t.kind == "struct":
        return f"C_{t.struct}"
    assert t.kind == "list" and t.of is not None
    elem = _c_type(t.of)
    if t.count == "inline":
        return f"PrefixedArray(Int32ub, {elem})"
    if t.count == "end":
        return f"GreedyRange({elem})"
    return f"Array(this.{t.count}, {elem})"


def _c_field(s: Struct, f: Field) -> str:
    if f.counts:
        assert f.type is not None
        base = "Int32ub" if f.type.kind == "uint32" else "Int8ub"
        return f'"{f.name}" / Rebuild({base}, len_(this.{f.counts}))'
    if f.const is not None:
        return f'"{f.name}" / Const({f.const!r})'
    if f.switch is not None:
        sw = f.switch
        cases = ", ".join(
            f"{k!r}: {'Pass' if v is None else 'C_' + v}" for k, v in sw.cases.items()
        )
        default = {"rest": "GreedyBytes", "string": "SSHString", "error": "Error"}[sw.default]
        return f'"{f.name}" / Switch(this.{sw.on}, {{{cases}}}, default={default})'
    assert f.type is not None
    inner = f"Prefixed(Int32ub, Exact(C_{f.embedded}))" if f.embedded else _c_type(f.type)
    if f.cond is not None:
        inner = f"If({_c_cond(f.cond)}, {inner})"
    return f'"{f.name}" / {inner}'


def _conv(t: TypeRef, expr: str, direction: str) -> str:
    """Returns an expression converting ``expr`` (construct value <-> Python value)."""
    if t.kind == "struct":
        return f"{direction}_{t.struct}({expr})"
    if t.kind == "list":
        assert t.of is not None
        item = _conv(t.of, "e", direction)
        return (
            f"tuple({item} for e in {expr})" if direction == "to" else f"[{item} for e in {expr}]"
        )
    if t.kind == "name-list":
        return f"tuple({expr})" if direction == "to" else f"list({expr})"
    if t.kind in ("string", "rest", "fixed") and direction == "from":
        return f"bytes({expr})"
    return expr


def _field_conv(s: Struct, f: Field, src: str, direction: str) -> str:
    value = f"{src}.{f.name}"
    if f.switch is not None:
        return f"_{direction}_sw_{s.name}_{f.name}({src}.{f.switch.on}, {value})"
    assert f.type is not None
    t = TypeRef("struct", struct=f.embedded) if f.embedded else f.type
    conv = _conv(t, value, direction)
    if f.cond is not None and conv != value:
        return f"None if {value} is None else {conv}"
    return conv


def _refs(f: Field) -> list[str]:
    """Returns the structs field ``f`` refers to."""
    if f.switch is not None:
        return [v for v in f.switch.cases.values() if v]
    if f.embedded:
        return [f.embedded]
    assert f.type is not None
    t = f.type.of if f.type.kind == "list" else f.type
    return [t.struct] if t is not None and t.kind == "struct" else []


def _dependency_order(structs: list[Struct]) -> list[Struct]:
    """Returns ``structs`` with every struct after the same-spec structs it uses."""
    by_name = {s.name: s for s in structs}
    done: dict[str, Struct] = {}

    def visit(s: Struct) -> None:
        if s.name in done:
            return
        for f in s.fields:
            for ref in _refs(f):
                if ref in by_name and ref not in done:
                    visit(by_name[ref])
        done[s.name] = s

    for s in structs:
        visit(s)
    return list(done.values())


def emit_construct(world: World, structs: list[Struct]) -> tuple[list[str], set[str]]:
    """Returns the construct module's definitions and the other specs' structs it needs."""
    out: list[str] = []
    needed: set[str] = set()
    for s in _dependency_order(structs):
        fields = [_c_field(s, f) for f in s.fields]
        if s.is_message:
            fields.insert(0, f'"_mid" / Const({bytes([s.msg_id or 0])!r})')
        for f in s.fields:
            needed.update(r for r in _refs(f) if world.structs[r].spec != s.spec)
        body = "".join(f"    {line},\n" for line in fields)
        out.append(f"C_{s.name} = Struct(\n{body})")
        args = ", ".join(_field_conv(s, f, "c", "to") for f in s.visible)
        out.append(f"def to_{s.name}(c: Any) -> {s.name}:\n    return {s.name}({args})")
        items = "".join(
            f"        {f.name!r}: {_field_conv(s, f, 'o', 'from')},\n" for f in s.visible
        )
        out.append(
            f"def from_{s.name}(o: {s.name}) -> dict[str, Any]:\n    return {{\n{items}    }}"
        )
        for f in s.fields:
            if f.switch is None:
                continue
            name = f"{s.name}_{f.name}"
            for direction in ("to", "from"):
                table = ", ".join(
                    f"{k!r}: {'None' if v is None else direction + '_' + v}"
                    for k, v in f.switch.cases.items()
                )
                out.append(
                    f"def _{direction}_sw_{name}(key: Any, value: Any) -> Any:\n"
                    f"    table: dict[Any, Any] = {{{table}}}\n"
                    f"    if key not in table:\n"
                    f"        return bytes(value)\n"
                    f"    conv = table[key]\n"
                    f"    return None if conv is None else conv(value)"
                )
    return out, needed


_ST_SCALAR = {
    "byte": "_byte",
    "boolean": "st.booleans()",
    "uint32": "_u32",
    "uint64": "_u64",
    "string": "_bin",
    "utf8": "_text",
    "name": "_name",
    "name-list": "_name_list",
    "mpint": "_mpint",
    "rest": "_bin",
}


def _st_type(t: TypeRef) -> str:
    if t.kind == "fixed":
        return f"st.binary(min_size={t.size}, max_size={t.size})"
    if t.kind in _ST_SCALAR:
        return _ST_SCALAR[t.kind]
    if t.kind == "struct":
        return f"st_{t.struct}()"
    assert t.kind == "list" and t.of is not None
    return f"st.lists({_st_type(t.of)}, max_size=3).map(tuple)"


def emit_strategies(world: World, structs: list[Struct]) -> tuple[list[str], set[str]]:
    """Returns the strategies module's definitions and the other specs' structs it needs."""
    out: list[str] = []
    needed: set[str] = set()
    for s in structs:
        # Values an earlier field should often take: switch keys and if-equals values.
        keys: dict[str, list[object]] = {}
        closed: set[str] = set()
        for f in s.fields:
            if f.switch is not None:
                keys.setdefault(f.switch.on, []).extend(f.switch.cases)
                if f.switch.default == "error":
                    closed.add(f.switch.on)
            if f.cond is not None and f.cond.op in ("eq", "ne"):
                keys.setdefault(f.cond.field, []).append(f.cond.value)
        lines = []
        for f in s.fields:
            if f.hidden:
                continue
            target = f"f_{f.name}"
            if f.switch is not None:
                sw = f.switch
                table = ", ".join(
                    f"{k!r}: {'st.none()' if v is None else 'st_' + v + '()'}"
                    for k, v in sw.cases.items()
                )
                for v in sw.cases.values():
                    if v and world.structs[v].spec != s.spec:
                        needed.add(v)
                default = "st.nothing()" if sw.default == "error" else "_bin"
                lines.append(f"cases_{f.name}: dict[Any, Any] = {{{table}}}")
                lines.append(f"{target} = draw(cases_{f.name}.get(f_{sw.on}, {default}))")
                continue
            assert f.type is not None
            t = TypeRef("struct", struct=f.embedded) if f.embedded else f.type
            strat = _st_type(t)
            ref = t.of if t.kind == "list" else t
            if (
                ref is not None
                and ref.kind == "struct"
                and world.structs[ref.struct].spec != s.spec
            ):
                needed.add(ref.struct)
            if f.name in keys:
                picks = f"st.sampled_from({keys[f.name]!r})"
                strat = picks if f.name in closed else f"st.one_of({picks}, {strat})"
            if f.cond is not None:
                c = f.cond
                test = f"f_{c.field}"
                if c.op == "mask":
                    test = f"f_{c.field} & {int(c.value or 0):#x}"
                elif c.op in ("eq", "ne"):
                    test = f"f_{c.field} {'==' if c.op == 'eq' else '!='} {c.value!r}"
                lines.append(f"{target} = draw({strat}) if {test} else None")
            else:
                lines.append(f"{target} = draw({strat})")
        if not s.visible:
            out.append(
                f"def st_{s.name}() -> st.SearchStrategy[{s.name}]:\n"
                f'    """Draws a valid {s.name}."""\n    return st.just({s.name}())'
            )
            continue
        args = ", ".join(f"f_{f.name}" for f in s.visible)
        lines.append(f"return {s.name}({args})")
        body = "".join(f"    {line}\n" for line in lines)
        out.append(
            f"@st.composite\ndef st_{s.name}(draw: st.DrawFn) -> {s.name}:\n"
            f'    """Draws a valid {s.name}."""\n{body}'.rstrip()
        )
    return out, needed
