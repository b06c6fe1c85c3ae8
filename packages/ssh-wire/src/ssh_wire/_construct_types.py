"""construct building blocks for the SSH data types (RFC 4251 §5), for the reference codec.

They validate with the same primitives as the fast codec, so both accept exactly the same
inputs: minimal mpints, printable US-ASCII names, UTF-8 text.
"""

from __future__ import annotations

from typing import Any

from construct import (
    Adapter,
    Construct,
    FocusedSeq,
    GreedyBytes,
    Int32ub,
    PascalString,
    Prefixed,
    Terminated,
)

from ._primitives import (
    decode_mpint,
    decode_name,
    decode_name_list,
    encode_mpint,
    encode_name,
    encode_name_list,
)

__all__ = ["Exact", "SSHMpint", "SSHName", "SSHNameList", "SSHString", "SSHUtf8"]

#: ``string``: uint32 length + bytes.
SSHString = Prefixed(Int32ub, GreedyBytes)
#: ``string`` holding UTF-8.
SSHUtf8 = PascalString(Int32ub, "utf8")


class _Name(Adapter):  # type: ignore[misc]
    def _decode(self, obj: bytes, context: Any, path: str) -> str:
        return decode_name(obj)

    def _encode(self, obj: str, context: Any, path: str) -> bytes:
        return encode_name(obj)


class _NameList(Adapter):  # type: ignore[misc]
    def _decode(self, obj: bytes, context: Any, path: str) -> tuple[str, ...]:
        return decode_name_list(obj)

    def _encode(self, obj: list[str], context: Any, path: str) -> bytes:
        return encode_name_list(list(obj))


class _Mpint(Adapter):  # type: ignore[misc]
    def _decode(self, obj: bytes, context: Any, path: str) -> int:
        return decode_mpint(obj)

    def _encode(self, obj: int, context: Any, path: str) -> bytes:
        return encode_mpint(obj)


SSHName = _Name(SSHString)
SSHNameList = _NameList(SSHString)
SSHMpint = _Mpint(SSHString)


def Exact(subcon: Construct) -> Construct:  # reads like a construct class
    """Returns ``subcon`` that must consume its whole (sub)stream."""
    return FocusedSeq("value", "value" / subcon, Terminated)
