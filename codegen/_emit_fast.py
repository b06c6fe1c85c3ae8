"""Emit the fast codec: straight-line ``struct``-based decoders and encoders.

Theory of operation. Each struct gets ``_d_<Name>(buf, pos, end) -> (obj, pos)`` and
``_e_<Name>(obj, parts)``; each top-level type gets ``decode_<snake>(buf)`` and
``encode_<snake>(obj)`` with the same body inlined (one call less on the hot path).
Consecutive fixed-size fields, and the uint32 length prefix of the string after them, are
read with one precompiled ``struct.Struct.unpack_from`` after one bounds check; on encode
they are written with one ``pack``. Every read is bounds-checked before it happens, so a bad
input raises ``DecodeError(name, offset, reason)`` and nothing else. ``view`` fields slice
the input instead of copying it.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

from ._ir import PREFIXED, SCALARS, Cond, Field, Struct, TypeRef, World, snake

__all__ = ["FastModule", "emit_fast_module", "py_type"]


def py_type(world: World, f: Field | None, t: TypeRef | None = None) -> str:
    """Returns the Python annotation of field ``f`` (or of the bare type ``t``)."""
    if f is not None and f.switch is not None:
        parts: list[str] = []
        for target in f.switch.cases.values():
            name = "None" if target is None else target
            if name not in parts:
                parts.append(name)
        if f.switch.default in ("rest", "string"):
            parts.append("bytes")
        if "None" in parts:
            parts.remove("None")
            parts.append("None")
        return " | ".join(parts)
    if f is not None:
        assert f.type is not None
        t = f.type
        if f.embedded:
            base = f.embedded
        elif f.view:
            base = "bytes | memoryview"
        else:
            base = py_type(world, None, t)
        return f"{base} | None" if f.cond is not None else base
    assert t is not None
    k = t.kind
    if k in ("byte", "uint32", "uint64", "mpint"):
        return "int"
    if k == "boolean":
        return "bool"
    if k in ("fixed", "string", "rest"):
        return "bytes"
    if k in ("utf8", "name"):
        return "str"
    if k == "name-list":
        return "tuple[str, ...]"
    if k == "struct":
        return t.struct
    if k == "list":
        assert t.of is not None
        return f"tuple[{py_type(world, None, t.of)}, ...]"
    raise AssertionError(k)


def _fmt_char(t: TypeRef) -> str | None:
    if t.kind == "fixed":
        return f"{t.size}s"
    if t.kind in SCALARS:
        return SCALARS[t.kind][0]
    return None


def _cond_expr(c: Cond, ref: str) -> str:
    """Returns the Python test of condition ``c``; ``ref`` formats a field name to a value."""
    value = ref.format(c.field)
    if c.op == "true":
        return value
    if c.op == "mask":
        return f"{value} & {int(c.value or 0):#x}"
    op = "==" if c.op == "eq" else "!="
    return f"{value} {op} {c.value!r}"


@dataclass
class FastModule:
    """What the template needs for one spec's fast module."""

    formats: dict[str, str] = field(default_factory=dict)  # struct format -> constant name
    functions: list[str] = field(default_factory=list)
    tables: list[str] = field(default_factory=list)
    imports: dict[str, set[str]] = field(default_factory=dict)  # spec -> names


class _Code:
    """An indented line buffer with a pending ``struct`` run."""

    def __init__(self, mod: FastModule, owner: str, indent: int) -> None:
        self.mod = mod
        self.owner = owner
        self.lines: list[str] = []
        self.indent = indent
        self.counter = 0

    def line(self, text: str) -> None:
        self.lines.append("    " * self.indent + text)

    def var(self, base: str) -> str:
        self.counter += 1
        return f"{base}{self.counter}"

    def fmt_const(self, fmt: str) -> str:
        name = self.mod.formats.get(fmt)
        if name is None:
            # "?" (boolean) must not collide with "B" (byte): spell it T.
            name = "_S_" + fmt.replace("?", "T").replace("s", "S")
            self.mod.formats[fmt] = name
        return name


class _Decoder:
    """Emits the body of a decoder: locals ``f_<field>``, cursor ``pos``, limit ``end``."""

    def __init__(self, world: World, code: _Code) -> None:
        self.world = world
        self.c = code
        self.run: list[tuple[str, str]] = []  # (format char, target variable)
        self.checks: list[str] = []  # lines to emit right after the run's unpack

    def err(self, offset: str, reason: str) -> str:
        return f"raise DecodeError({self.c.owner!r}, {offset}, {reason!r})"

    def flush(self) -> None:
        if not self.run:
            return
        fmt = "".join(ch for ch, _ in self.run)
        size = struct.calcsize(">" + fmt)
        const = self.c.fmt_const(fmt)
        targets = [v for _, v in self.run]
        self.c.line(f"if end - pos < {size}:")
        self.c.line(f"    {self.err('pos', 'truncated')}")
        lhs = f"({targets[0]},)" if len(targets) == 1 else ", ".join(targets)
        self.c.line(f"{lhs} = {const}.unpack_from(buf, pos)")
        self.c.line(f"pos += {size}")
        for check in self.checks:
            self.c.line(check)
        self.run = []
        self.checks = []

    def string_content(self, length: str) -> str:
        """Emit the bounds check of a string of ``length`` bytes at pos; returns its end var."""
        nxt = self.c.var("e")
        self.c.line(f"{nxt} = pos + {length}")
        self.c.line(f"if {nxt} > end:")
        self.c.line(f"    {self.err('pos', 'string runs past the end of the data')}")
        return nxt

    def value(self, t: TypeRef, target: str, *, view: bool = False, embedded: str = "") -> None:
        """Emit code that decodes one value of type ``t`` into ``target``."""
        ch = _fmt_char(t)
        if ch is not None and t.kind != "rest":
            self.run.append((ch, target))
            return
        k = t.kind
        owner = repr(self.c.owner)
        if k in PREFIXED:
            length = self.c.var("n")
            self.run.append(("I", length))
            self.flush()
            nxt = self.string_content(length)
            if embedded:
                p = self.c.var("p")
                self.c.line(f"{target}, {p} = _d_{embedded}(buf, pos, {nxt})")
                self.c.line(f"if {p} != {nxt}:")
                self.c.line(f"    raise DecodeError({embedded!r}, {p}, 'trailing bytes')")
            elif k == "string":
                sl = f"buf[pos:{nxt}]"
                self.c.line(f"{target} = {sl if view else f'bytes({sl})'}")
            elif k == "utf8":
                self.c.line(f"{target} = _utf8(buf, pos, {nxt}, {owner})")
            elif k == "name":
                self.c.line(f"{target} = _name(buf[pos:{nxt}], {owner}, pos)")
            elif k == "name-list":
                self.c.line(f"{target} = _name_list(buf[pos:{nxt}], {owner}, pos)")
            elif k == "mpint":
                self.c.line(f"{target} = _mpint(buf[pos:{nxt}], {owner}, pos)")
            self.c.line(f"pos = {nxt}")
        elif k == "rest":
            self.flush()
            self.c.line(f"{target} = {'buf[pos:end]' if view else 'bytes(buf[pos:end])'}")
            self.c.line("pos = end")
        elif k == "struct":
            self.flush()
            self.c.line(f"{target}, pos = _d_{t.struct}(buf, pos, end)")
        elif k == "list":
            assert t.of is not None
            items = self.c.var("items")
            if t.count == "inline":
                count = self.c.var("count")
                self.run.append(("I", count))
                self.flush()
            elif t.count != "end":
                self.flush()
                count = f"f_{t.count}"
            else:
                self.flush()
                count = ""
            self.c.line(f"{items} = []")
            if count:
                least = self.world.min_size(t.of)
                self.c.line(f"if {count} > (end - pos) // {least}:")
                self.c.line(f"    {self.err('pos', 'element count exceeds the data')}")
                self.c.line(f"for _ in range({count}):")
            else:
                self.c.line("while pos < end:")
            self.c.indent += 1
            item = self.c.var("item")
            self.value(t.of, item)
            self.flush()
            self.c.line(f"{items}.append({item})")
            self.c.indent -= 1
            self.c.line(f"{target} = tuple({items})")
        else:
            raise AssertionError(k)

    def field(self, s: Struct, f: Field) -> None:
        """Emit code that decodes field ``f`` of ``s`` into ``f_<name>``."""
        target = f"f_{f.name}"
        if f.cond is not None:
            self.flush()
            self.c.line(f"if {_cond_expr(f.cond, 'f_{}')}:")
            self.c.indent += 1
            assert f.type is not None
            self.value(f.type, target, view=f.view, embedded=f.embedded)
            self.flush()
            self.c.indent -= 1
            self.c.line("else:")
            self.c.line(f"    {target} = None")
            return
        if f.const is not None:
            self.flush()
            n = len(f.const)
            self.c.line(f"if buf[pos:pos + {n}] != {f.const!r}:")
            self.c.line(f"    {self.err('pos', f'{f.name} must be the constant {f.const!r}')}")
            self.c.line(f"pos += {n}")
            return
        if f.switch is not None:
            self.flush()
            sw = f.switch
            table = f"_SWD_{s.name}_{f.name}"
            dec = self.c.var("dec")
            self.c.line(f"{dec} = {table}.get(f_{sw.on})")
            self.c.line(f"if {dec} is None:")
            self.c.indent += 1
            if sw.default == "rest":
                self.c.line(f"{target} = bytes(buf[pos:end])")
                self.c.line("pos = end")
            elif sw.default == "string":
                self.value(TypeRef("string"), target)
            else:
                self.c.line(
                    f"raise DecodeError({self.c.owner!r}, pos, "
                    f"'unknown {sw.on} ' + repr(f_{sw.on}))"
                )
            self.c.indent -= 1
            self.c.line("else:")
            self.c.line(f"    {target}, pos = {dec}(buf, pos, end)")
            return
        assert f.type is not None
        self.value(f.type, target, view=f.view, embedded=f.embedded)


class _Encoder:
    """Emits the body of an encoder appending to ``parts`` (or returning one expression)."""

    def __init__(self, world: World, code: _Code) -> None:
        self.world = world
        self.c = code
        self.fmt: list[str] = []
        self.args: list[str] = []
        self.pending: list[str] = []  # part expressions not yet appended

    def err(self, reason: str) -> str:
        return f"raise EncodeError({self.c.owner!r}, {reason!r})"

    def flush_pack(self) -> None:
        if self.fmt:
            const = self.c.fmt_const("".join(self.fmt))
            self.pending.append(f"{const}.pack({', '.join(self.args)})")
            self.fmt, self.args = [], []

    def raw(self, expr: str) -> None:
        self.flush_pack()
        self.pending.append(expr)

    def flush(self) -> None:
        self.flush_pack()
        if len(self.pending) == 1:
            self.c.line(f"parts.append({self.pending[0]})")
        elif self.pending:
            self.c.line(f"parts += ({', '.join(self.pending)},)")
        self.pending = []

    def value(self, t: TypeRef, expr: str, *, embedded: str = "", field_name: str = "") -> None:
        """Emit code that encodes ``expr`` of type ``t``."""
        k = t.kind
        ch = _fmt_char(t)
        if k == "fixed":
            v = self.c.var("v")
            self.c.line(f"{v} = {expr}")
            self.c.line(f"if len({v}) != {t.size}:")
            label = field_name or "value"
            self.c.line(f"    {self.err(f'{label} must be {t.size} bytes')}")
            self.raw(v)
            return
        if ch is not None and k != "rest":
            self.fmt.append(ch)
            self.args.append(expr)
            return
        owner = repr(self.c.owner)
        if k in PREFIXED:
            v = self.c.var("v")
            if embedded:
                sub = self.c.var("sub")
                self.c.line(f"{sub}: list[bytes | memoryview] = []")
                self.c.line(f"_e_{embedded}({expr}, {sub})")
                self.c.line(f"{v} = b''.join({sub})")
            elif k == "string":
                self.c.line(f"{v} = {expr}")
            elif k == "utf8":
                self.c.line(f"{v} = {expr}.encode('utf-8')")
            elif k == "name":
                self.c.line(f"{v} = _enc_name({expr}, {owner})")
            elif k == "name-list":
                self.c.line(f"{v} = _enc_name_list({expr}, {owner})")
            elif k == "mpint":
                self.c.line(f"{v} = _enc_mpint({expr})")
            self.fmt.append("I")
            self.args.append(f"len({v})")
            self.raw(v)
        elif k == "rest":
            self.raw(expr)
        elif k == "struct":
            self.flush()
            self.c.line(f"_e_{t.struct}({expr}, parts)")
        elif k == "list":
            assert t.of is not None
            v = self.c.var("lst")
            self.c.line(f"{v} = {expr}")
            if t.count == "inline":
                self.fmt.append("I")
                self.args.append(f"len({v})")
            self.flush()
            item = self.c.var("it")
            self.c.line(f"for {item} in {v}:")
            self.c.indent += 1
            self.value(t.of, item)
            self.flush()
            self.c.indent -= 1
        else:
            raise AssertionError(k)

    def field(self, s: Struct, f: Field) -> None:
        """Emit code that encodes field ``f`` of ``obj``."""
        expr = f"obj.{f.name}"
        if f.counts:
            self.fmt.append("I" if f.type is not None and f.type.kind == "uint32" else "B")
            self.args.append(f"len(obj.{f.counts})")
            return
        if f.const is not None:
            self.raw(repr(f.const))
            return
        if f.cond is not None:
            self.flush()
            v = self.c.var("v")
            test = _cond_expr(f.cond, "obj.{}")
            self.c.line(f"{v} = {expr}")
            self.c.line(f"if {test}:")
            self.c.indent += 1
            self.c.line(f"if {v} is None:")
            self.c.line(f"    {self.err(f'{f.name} is required when {test}')}")
            assert f.type is not None
            self.value(f.type, v, embedded=f.embedded, field_name=f.name)
            self.flush()
            self.c.indent -= 1
            self.c.line(f"elif {v} is not None:")
            self.c.line(f"    {self.err(f'{f.name} must be None unless {test}')}")
            return
        if f.switch is not None:
            self.flush()
            sw = f.switch
            v, case = self.c.var("v"), self.c.var("case")
            self.c.line(f"{v} = {expr}")
            self.c.line(f"{case} = _SWE_{s.name}_{f.name}.get(obj.{sw.on})")
            self.c.line(f"if {case} is None:")
            self.c.indent += 1
            if sw.default == "error":
                self.c.line(
                    f"raise EncodeError({self.c.owner!r}, "
                    f"'no case for {sw.on} ' + repr(obj.{sw.on}))"
                )
            else:
                self.c.line(f"if not isinstance({v}, bytes | bytearray | memoryview):")
                self.c.line(f"    {self.err(f'{f.name} must be bytes for an unknown {sw.on}')}")
                if sw.default == "string":
                    self.fmt.append("I")
                    self.args.append(f"len({v})")
                self.raw(v)
                self.flush()
            self.c.indent -= 1
            self.c.line(f"elif {case}[0] is None:")
            self.c.line(f"    if {v} is not None:")
            self.c.line(f"        {self.err(f'{f.name} must be None for this {sw.on}')}")
            self.c.line(f"elif type({v}) is not {case}[0]:")
            self.c.line(
                f"    raise EncodeError({self.c.owner!r}, '{f.name} must be ' + "
                f"{case}[0].__name__ + ' for {sw.on} ' + repr(obj.{sw.on}))"
            )
            self.c.line("else:")
            self.c.line(f"    {case}[1]({v}, parts)")
            return
        assert f.type is not None
        self.value(f.type, expr, embedded=f.embedded, field_name=f.name)


def _straight(world: World, s: Struct) -> bool:
    """True when ``s`` encodes without branches or loops (one expression)."""
    for f in s.fields:
        if f.cond is not None or f.switch is not None or f.embedded:
            return False
        assert f.type is not None
        if f.type.kind in ("struct", "list"):
            return False
    return True


def _emit_struct(world: World, mod: FastModule, s: Struct) -> None:
    fn = snake(s.name)
    visible = ", ".join(f"f_{f.name}" for f in s.visible)
    ctor = f"{s.name}({visible})"
    ann = "bytes | memoryview"

    def decode_body(code: _Code, *, top: bool) -> None:
        dec = _Decoder(world, code)
        if top:
            code.line("end = len(buf)")
            code.line("pos = 0")
            if s.msg_id is not None:
                dec.run.append(("B", "mid"))
                dec.checks.append(f"if mid != {s.msg_id}:")
                dec.checks.append(
                    f"    raise DecodeError({s.name!r}, 0, 'message number is not {s.msg_id}')"
                )
        for f in s.fields:
            dec.field(s, f)
        dec.flush()
        if top:
            code.line("if pos != end:")
            code.line(f"    raise DecodeError({s.name!r}, pos, 'trailing bytes')")

    # Top-level decoder.
    code = _Code(mod, s.name, 1)
    decode_body(code, top=True)
    code.line(f"return {ctor}")
    mod.functions.append(
        f"def decode_{fn}(buf: {ann}) -> {s.name}:\n"
        f'    """Decode a complete {s.name}{" message" if s.is_message else ""} from ``buf``.\n\n'
        f"    Returns:\n        The decoded {s.name}; ``view`` fields slice ``buf`` when it is a\n"
        f"        memoryview.\n"
        f"    Raises:\n        DecodeError: ``buf`` is truncated, malformed or has trailing"
        f" bytes.\n"
        f'    """\n' + "\n".join(code.lines)
    )
    if not s.is_message:
        code = _Code(mod, s.name, 1)
        decode_body(code, top=False)
        code.line(f"return {ctor}, pos")
        mod.functions.append(
            f"def _d_{s.name}(buf: {ann}, pos: int, end: int) -> tuple[{s.name}, int]:\n"
            + "\n".join(code.lines)
        )
        mod.functions.append(
            f"def decode_{fn}_from(buf: {ann}, pos: int, end: int) -> tuple[{s.name}, int]:\n"
            f'    """Decode one {s.name} at ``buf[pos:end]``, leaving any bytes after it.\n\n'
            f"    Returns:\n        ``(value, position after it)``.\n"
            f"    Raises:\n        DecodeError: the bytes are truncated or malformed.\n"
            f'    """\n'
            f"    if not 0 <= pos <= end <= len(buf):\n"
            f"        raise DecodeError({s.name!r}, pos, 'position outside the buffer')\n"
            f"    return _d_{s.name}(buf, pos, end)"
        )

    # Encoders.
    def encode_body(code: _Code, *, top: bool) -> _Encoder:
        enc = _Encoder(world, code)
        if top and s.msg_id is not None:
            enc.fmt.append("B")
            enc.args.append(str(s.msg_id))
        for f in s.fields:
            enc.field(s, f)
        return enc

    straight = _straight(world, s)
    code = _Code(mod, s.name, 2)
    enc = encode_body(code, top=True)
    if straight:
        enc.flush_pack()
        if not enc.pending:
            code.line("return b''")
        else:
            code.line(f"return {' + '.join(enc.pending)}")
    else:
        code.lines.insert(0, "        parts: list[bytes | memoryview] = []")
        enc.flush()
        code.line("return b''.join(parts)")
    mod.functions.append(
        f"def encode_{fn}(obj: {s.name}) -> bytes:\n"
        f'    """Encode ``obj``.\n\n    Returns:\n        The wire bytes'
        f"{' (message number first)' if s.is_message else ''}.\n"
        f"    Raises:\n        EncodeError: a value does not fit its wire type or its condition.\n"
        f'    """\n    try:\n' + "\n".join(code.lines) + "\n"
        "    except (struct.error, OverflowError, UnicodeEncodeError, TypeError, AttributeError)"
        " as exc:\n"
        f"        raise EncodeError({s.name!r}, str(exc)) from None"
    )
    # Zero-copy form for messages that end in a view payload (CHANNEL_DATA, SFTP WRITE…).
    last = s.fields[-1] if s.fields else None
    if (
        straight
        and s.is_message
        and last is not None
        and last.view
        and last.type is not None
        and last.type.kind == "string"
    ):
        code = _Code(mod, s.name, 2)
        enc = encode_body(code, top=True)
        enc.flush_pack()
        head = " + ".join(enc.pending[:-1])
        code.line(f"return {head}, {enc.pending[-1]}")
        mod.functions.append(
            f"def encode_{fn}_parts(obj: {s.name}) -> tuple[bytes, bytes | memoryview]:\n"
            f'    """Encode ``obj`` without copying its payload.\n\n'
            f"    Returns:\n        ``(header, payload)``: their concatenation is "
            f"``encode_{fn}(obj)``.\n"
            f"    Raises:\n        EncodeError: a value does not fit its wire type.\n"
            f'    """\n    try:\n' + "\n".join(code.lines) + "\n"
            "    except (struct.error, OverflowError, TypeError, AttributeError) as exc:\n"
            f"        raise EncodeError({s.name!r}, str(exc)) from None"
        )
    if not s.is_message:
        code = _Code(mod, s.name, 1)
        enc = encode_body(code, top=False)
        enc.flush()
        if not code.lines:
            code.line("pass")
        mod.functions.append(
            f"def _e_{s.name}(obj: {s.name}, parts: list[bytes | memoryview]) -> None:\n"
            + "\n".join(code.lines)
        )

    # Switch tables: decoders by key, and (class, encoder) by key.
    for f in s.fields:
        if f.switch is None:
            continue
        dec_items, enc_items = [], []
        for key, target in f.switch.cases.items():
            if target is None:
                dec_items.append(f"{key!r}: _d_null")
                enc_items.append(f"{key!r}: (None, _e_null)")
            else:
                dec_items.append(f"{key!r}: _d_{target}")
                enc_items.append(f"{key!r}: ({target}, _e_{target})")
            if target is not None:
                other = world.structs[target].spec
                if other != s.spec:
                    mod.imports.setdefault(other, set()).update(
                        {target, f"_d_{target}", f"_e_{target}"}
                    )
        key_t = "int" if isinstance(next(iter(f.switch.cases), ""), int) else "str"
        mod.tables.append(
            f"_SWD_{s.name}_{f.name}: dict[{key_t}, _Decoder] = {{\n"
            + "".join(f"    {item},\n" for item in dec_items)
            + "}"
        )
        mod.tables.append(
            f"_SWE_{s.name}_{f.name}: dict[{key_t}, tuple[type | None, _Encoder]] = {{\n"
            + "".join(f"    {item},\n" for item in enc_items)
            + "}"
        )


def _collect_imports(world: World, mod: FastModule, s: Struct) -> None:
    def need(name: str) -> None:
        other = world.structs[name].spec
        if other != s.spec:
            mod.imports.setdefault(other, set()).update({name, f"_d_{name}", f"_e_{name}"})

    def walk(t: TypeRef) -> None:
        if t.kind == "struct":
            need(t.struct)
        elif t.kind == "list" and t.of is not None:
            walk(t.of)

    for f in s.fields:
        if f.type is not None:
            walk(f.type)
        if f.embedded:
            need(f.embedded)


def emit_fast_module(world: World, structs: list[Struct]) -> FastModule:
    """Returns the functions, tables and imports of one spec's fast codec."""
    mod = FastModule()
    for s in structs:
        _collect_imports(world, mod, s)
        _emit_struct(world, mod, s)
    return mod
