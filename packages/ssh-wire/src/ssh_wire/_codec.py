"""Generic entry points over the generated fast codec: dispatch by number or by class."""

from __future__ import annotations

from typing import Any, TypeVar

from ._errors import DecodeError, EncodeError
from ._generated.registry import DECODE_BY_CLASS, DECODERS, ENCODE_BY_CLASS

__all__ = ["UnknownMessageError", "decode", "decode_message", "encode", "encode_message"]

T = TypeVar("T")


class UnknownMessageError(DecodeError):
    """The message number is not defined in any of the contexts asked for.

    The transport answers such a message with SSH_MSG_UNIMPLEMENTED (RFC 4253 §11.4).

    Attributes:
        msg_id: the unknown number.
    """

    def __init__(self, msg_id: int, contexts: tuple[str, ...]) -> None:
        super().__init__("message", 0, f"no message {msg_id} in context(s) {', '.join(contexts)}")
        self.msg_id = msg_id


def decode_message(buf: bytes | memoryview, *contexts: str) -> Any:
    """Decode one message payload (number byte first), trying ``contexts`` in order.

    Returns:
        The message dataclass. ``view`` fields slice ``buf`` when it is a memoryview.
    Raises:
        UnknownMessageError: no context defines the number.
        DecodeError: the payload is malformed.
    """
    if not buf:
        raise DecodeError("message", 0, "empty message")
    msg_id = buf[0]
    wanted = contexts or ("ssh",)
    for context in wanted:
        decoder = DECODERS.get((context, msg_id))
        if decoder is not None:
            return decoder(buf)
    raise UnknownMessageError(msg_id, wanted)


def encode_message(msg: Any) -> bytes:
    """Encode a message (or struct) dataclass.

    Returns:
        The wire bytes.
    Raises:
        EncodeError: ``msg`` is not a generated type, or holds values its format cannot carry.
    """
    encoder = ENCODE_BY_CLASS.get(type(msg))
    if encoder is None:
        raise EncodeError(type(msg).__name__, "not a generated message or struct")
    return encoder(msg)


def decode(cls: type[T], buf: bytes | memoryview) -> T:
    """Decode a complete buffer holding exactly one ``cls``.

    Returns:
        The instance.
    Raises:
        DecodeError: malformed, truncated, or trailing bytes.
        TypeError: ``cls`` is not a generated type.
    """
    decoder = DECODE_BY_CLASS.get(cls)
    if decoder is None:
        raise TypeError(f"{cls!r} is not a generated message or struct")
    result: T = decoder(buf)
    return result


encode = encode_message
