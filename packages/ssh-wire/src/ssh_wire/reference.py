"""The construct reference codec, behind the same calls as the fast one.

Slow (construct builds containers and leaves reference cycles); meant for cross-checks,
debug dumps and users who want a declarative view of a message. Every failure is a
:class:`~ssh_wire.DecodeError` / :class:`~ssh_wire.EncodeError`, as with the fast codec.
"""

from __future__ import annotations

from typing import Any, TypeVar

from ._construct_types import Exact
from ._errors import DecodeError, EncodeError
from ._generated import (
    agent_construct,
    connection_construct,
    kex_construct,
    keys_construct,
    sftp_construct,
    transport_construct,
    userauth_construct,
)
from ._generated.registry import MESSAGES

__all__ = ["construct_for", "decode", "decode_message", "encode", "encode_message"]

T = TypeVar("T")

_TABLE: dict[type, tuple[Any, Any, Any]] = {}
for _module in (
    agent_construct,
    connection_construct,
    kex_construct,
    keys_construct,
    sftp_construct,
    transport_construct,
    userauth_construct,
):
    _TABLE.update(_module.TABLE)
_EXACT: dict[type, Any] = {}


def construct_for(cls: type) -> Any:
    """Returns the construct object that parses exactly one ``cls`` (number byte included)."""
    exact = _EXACT.get(cls)
    if exact is None:
        exact = _EXACT[cls] = Exact(_TABLE[cls][0])
    return exact


def decode(cls: type[T], buf: bytes | bytearray | memoryview) -> T:
    """Decode a complete buffer holding one ``cls`` with construct.

    Returns:
        The same dataclass the fast codec returns (payloads as ``bytes``).
    Raises:
        DecodeError: construct (or a validator) rejected the input; the offset is 0.
    """
    _, to_obj, _ = _TABLE[cls]
    try:
        container = construct_for(cls).parse(bytes(buf))
        result: T = to_obj(container)
    except DecodeError as exc:
        raise DecodeError(cls.__name__, 0, exc.reason) from None
    except Exception as exc:  # construct raises many unrelated types; all mean "rejected"
        raise DecodeError(cls.__name__, 0, f"{type(exc).__name__}: {exc}") from None
    return result


def encode(obj: Any) -> bytes:
    """Encode a generated dataclass with construct.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: construct (or a validator) refused a value.
    """
    entry = _TABLE.get(type(obj))
    if entry is None:
        raise EncodeError(type(obj).__name__, "not a generated message or struct")
    try:
        return bytes(construct_for(type(obj)).build(entry[2](obj)))
    except Exception as exc:  # construct raises many unrelated types; all mean "refused"
        raise EncodeError(type(obj).__name__, f"{type(exc).__name__}: {exc}") from None


def decode_message(buf: bytes | bytearray | memoryview, *contexts: str) -> Any:
    """Decode one message payload with construct, trying ``contexts`` in order.

    Returns:
        The message dataclass.
    Raises:
        DecodeError: empty, unknown number, or malformed.
    """
    if not buf:
        raise DecodeError("message", 0, "empty message")
    for context in contexts or ("ssh",):
        cls = MESSAGES.get((context, buf[0]))
        if cls is not None:
            return decode(cls, buf)
    raise DecodeError("message", 0, f"no message {buf[0]} in context(s) {contexts or ('ssh',)}")


encode_message = encode
