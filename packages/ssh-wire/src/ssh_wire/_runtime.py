"""Small helpers the generated fast codec calls; not part of the public API."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ._errors import DecodeError

__all__ = ["Decoder", "Encoder", "d_null", "e_null", "utf8"]

Decoder = Callable[[Any, int, int], tuple[Any, int]]
Encoder = Callable[[Any, list[bytes | memoryview]], None]


def utf8(buf: bytes | memoryview, start: int, end: int, owner: str) -> str:
    """Decode ``buf[start:end]`` as UTF-8.

    Returns:
        The text.
    Raises:
        DecodeError: the bytes are not valid UTF-8.
    """
    try:
        return str(buf[start:end], "utf-8")
    except UnicodeDecodeError:
        raise DecodeError(owner, start, "string is not valid UTF-8") from None


def d_null(buf: bytes | memoryview, pos: int, end: int) -> tuple[None, int]:
    """Decoder of a switch case that carries no bytes. Returns ``(None, pos)``."""
    return None, pos


def e_null(obj: None, parts: list[bytes | memoryview]) -> None:
    """Encoder of a switch case that carries no bytes; writes nothing."""
