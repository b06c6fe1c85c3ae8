"""The validated intermediate representation of the specs.

Everything the emitters need is decided here: which fields are visible in the dataclasses,
how big a value can minimally be (to refuse impossible counts before allocating), which
structs are open-ended (run to the end of their buffer), and in which order modules import
each other. The emitters never look at YAML.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = [
    "SCALARS",
    "Cond",
    "EnumDef",
    "Field",
    "Spec",
    "Struct",
    "Switch",
    "TypeRef",
    "World",
    "snake",
]

# Wire scalars: name -> (struct format char or None, fixed size or None).
SCALARS: dict[str, tuple[str | None, int | None]] = {
    "byte": ("B", 1),
    "boolean": ("?", 1),
    "uint32": ("I", 4),
    "uint64": ("Q", 8),
    "string": (None, None),
    "utf8": (None, None),
    "name": (None, None),
    "name-list": (None, None),
    "mpint": (None, None),
    "rest": (None, None),
}
# Types carried in an SSH ``string`` (uint32 length + content).
PREFIXED = frozenset({"string", "utf8", "name", "name-list", "mpint"})


def snake(name: str) -> str:
    """Returns CamelCase ``name`` in snake_case (``OpenSSHKey`` -> ``open_ssh_key``)."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name).lower()


@dataclass(slots=True)
class TypeRef:
    """A field's (or list element's) type.

    ``kind`` is a scalar name, ``fixed`` (bytes[N]), ``struct`` or ``list``.
    """

    kind: str
    size: int = 0  # fixed
    struct: str = ""  # struct
    of: TypeRef | None = None  # list element
    count: str = ""  # list: "inline", "end" or the name of the count field


@dataclass(slots=True)
class Cond:
    """``if:`` — present when ``field`` is true / masked non-zero / equal / not equal."""

    field: str
    op: str  # "true" | "mask" | "eq" | "ne"
    value: int | str | bool | None = None


@dataclass(slots=True)
class Switch:
    """A field whose shape is chosen by an earlier field's value."""

    on: str
    cases: dict[int | str, str | None]  # key -> struct name, or None for no bytes
    default: str  # "rest" | "string" | "error"


@dataclass(slots=True)
class Field:
    """One field of a struct or message."""

    name: str
    type: TypeRef | None  # None for a switch
    switch: Switch | None = None
    view: bool = False
    secret: bool = False
    const: bytes | None = None  # pre-encoded wire bytes of a const field
    embedded: str = ""  # struct name carried inside a string
    cond: Cond | None = None
    enum: str = ""
    doc: str = ""
    hidden: bool = False  # const fields and list count fields are not dataclass fields
    counts: str = ""  # for a count field: the list field it counts
    line: int = 0


@dataclass(slots=True)
class Struct:
    """A struct, or a message (a struct whose encoding starts with its number byte)."""

    name: str
    spec: str
    fields: list[Field]
    doc: str = ""
    msg_id: int | None = None
    context: str = ""
    rfc_name: str = ""
    reply: tuple[str, str, str] | None = None  # (reply message, request message, case)
    line: int = 0

    @property
    def is_message(self) -> bool:
        """True when this struct is a numbered message."""
        return self.msg_id is not None

    @property
    def visible(self) -> list[Field]:
        """Returns the fields that are dataclass fields, in wire order."""
        return [f for f in self.fields if not f.hidden]

    def get(self, name: str) -> Field | None:
        """Returns the field called ``name``, or None."""
        for f in self.fields:
            if f.name == name:
                return f
        return None


@dataclass(slots=True)
class EnumDef:
    """An enum (IntEnum) or flags (IntFlag) declaration."""

    name: str
    spec: str
    values: dict[str, int]
    doc: str = ""
    is_flags: bool = False


@dataclass(slots=True)
class Spec:
    """One spec file."""

    name: str
    path: str
    doc: str
    context: str
    structs: list[Struct] = field(default_factory=list)
    enums: list[EnumDef] = field(default_factory=list)
    imports: set[str] = field(default_factory=set)  # other spec modules this one needs


@dataclass(slots=True)
class World:
    """Every spec, with global lookups."""

    specs: list[Spec]
    structs: dict[str, Struct]
    enums: dict[str, EnumDef]

    def min_size(self, t: TypeRef) -> int:
        """Returns the fewest bytes a value of type ``t`` can occupy."""
        if t.kind == "fixed":
            return t.size
        if t.kind in SCALARS:
            size = SCALARS[t.kind][1]
            if size is not None:
                return size
            return 0 if t.kind == "rest" else 4
        if t.kind == "struct":
            return self.struct_min_size(self.structs[t.struct])
        if t.kind == "list":
            return 4 if t.count == "inline" else 0
        raise AssertionError(t.kind)

    def field_min_size(self, f: Field) -> int:
        """Returns the fewest bytes field ``f`` can occupy."""
        if f.cond is not None:
            return 0
        if f.const is not None:
            return len(f.const)
        if f.switch is not None:
            sizes = [
                0 if s is None else self.struct_min_size(self.structs[s])
                for s in f.switch.cases.values()
            ]
            if f.switch.default == "rest":
                sizes.append(0)
            elif f.switch.default == "string":
                sizes.append(4)
            return min(sizes) if sizes else 0
        assert f.type is not None
        if f.embedded:
            return 4
        return self.min_size(f.type)

    def struct_min_size(self, s: Struct) -> int:
        """Returns the fewest bytes struct ``s`` can occupy (message number excluded)."""
        return sum(self.field_min_size(f) for f in s.fields)

    def open_ended(self, s: Struct) -> bool:
        """True when ``s`` runs to the end of its buffer (rest, until-end list, …)."""
        if not s.fields:
            return False
        return self.field_open_ended(s.fields[-1])

    def field_open_ended(self, f: Field) -> bool:
        """True when field ``f`` consumes every remaining byte."""
        if f.switch is not None:
            if f.switch.default == "rest":
                return True
            return any(
                s is not None and self.open_ended(self.structs[s]) for s in f.switch.cases.values()
            )
        assert f.type is not None
        if f.embedded or f.const is not None:
            return False
        t = f.type
        if t.kind == "rest":
            return True
        if t.kind == "list":
            return t.count == "end"
        if t.kind == "struct":
            return self.open_ended(self.structs[t.struct])
        return False

    def messages(self) -> list[Struct]:
        """Returns every message, in spec order."""
        return [s for spec in self.specs for s in spec.structs if s.is_message]
