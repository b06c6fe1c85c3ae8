"""Hand-written wire primitives shared by the generated codecs and hand-written parsers.

RFC 4251 §5 defines the data types: ``mpint`` as minimal two's complement, ``name-list`` as
comma-separated printable US-ASCII names. The generated fast codec calls the validators here;
:class:`Buffer` is a bounds-checked reader for formats parsed by hand (key files, PPK…).
"""

from __future__ import annotations

import struct

from ._errors import DecodeError, EncodeError

__all__ = [
    "Buffer",
    "decode_mpint",
    "decode_name",
    "decode_name_list",
    "encode_mpint",
    "encode_name",
    "encode_name_list",
    "encode_string",
]

_U32 = struct.Struct(">I")
_U64 = struct.Struct(">Q")

# RFC 4251 §6: names are printable US-ASCII without whitespace; RFC 4251 §5: a name in a
# name-list is non-empty and holds no comma. Validation deletes the allowed bytes with
# bytes.translate (C speed) and checks nothing is left.
_PRINTABLE = bytes(range(0x21, 0x7F))
_NAME_BYTES = _PRINTABLE.replace(b",", b"")


def decode_mpint(data: bytes | memoryview, owner: str = "mpint", offset: int = 0) -> int:
    """Decode the content of an mpint string (RFC 4251 §5).

    Returns:
        The integer; the empty string is zero.
    Raises:
        DecodeError: the encoding is not minimal (a superfluous leading 0x00 or 0xff byte),
            which RFC 4251 §5 forbids. ``owner`` and ``offset`` locate it in the message.
    """
    n = len(data)
    if n == 0:
        return 0
    first = data[0]
    if n > 1:
        second = data[1]
        if (first == 0 and second < 0x80) or (first == 0xFF and second >= 0x80):
            raise DecodeError(owner, offset, "mpint is not minimally encoded")
    elif first == 0:
        raise DecodeError(owner, offset, "mpint zero must be the empty string")
    return int.from_bytes(data, "big", signed=True)


def encode_mpint(value: int) -> bytes:
    """Encode ``value`` as an mpint string content (no length prefix).

    Returns:
        The minimal two's complement big-endian bytes; zero gives ``b""``.
    """
    if value == 0:
        return b""
    # One extra bit for the sign, rounded up to whole bytes.
    length = (value.bit_length() + 8) // 8
    raw = value.to_bytes(length, "big", signed=True)
    # bit_length()+8 can overshoot by one byte for positive values; trim a redundant byte.
    if length > 1 and ((raw[0] == 0 and raw[1] < 0x80) or (raw[0] == 0xFF and raw[1] >= 0x80)):
        raw = raw[1:]
    return raw


def decode_name(data: bytes | memoryview, owner: str = "name", offset: int = 0) -> str:
    """Decode one algorithm or method name.

    Returns:
        The name as ``str``.
    Raises:
        DecodeError: the name is empty or holds a byte outside printable US-ASCII or a comma.
    """
    raw = bytes(data)
    if not raw:
        raise DecodeError(owner, offset, "empty name")
    if raw.translate(None, _NAME_BYTES):
        raise DecodeError(owner, offset, "name holds a byte outside printable US-ASCII")
    return raw.decode("ascii")


def decode_name_list(
    data: bytes | memoryview, owner: str = "name-list", offset: int = 0
) -> tuple[str, ...]:
    """Decode the content of a name-list string (RFC 4251 §5).

    Returns:
        The names in order; the empty string gives ``()``.
    Raises:
        DecodeError: a name is empty or holds a byte outside printable US-ASCII.
    """
    raw = bytes(data)
    if raw.translate(None, _PRINTABLE):
        raise DecodeError(owner, offset, "name-list holds a byte outside printable US-ASCII")
    names = raw.decode("ascii").split(",")
    if "" in names:
        if raw:
            raise DecodeError(owner, offset, "name-list holds an empty name")
        return ()
    return tuple(names)


def encode_name(value: str, owner: str = "name") -> bytes:
    """Encode one name (content only, no length prefix).

    Returns:
        The ASCII bytes.
    Raises:
        EncodeError: the name is empty, not ASCII, or holds whitespace, a control or a comma.
    """
    try:
        raw = value.encode("ascii")
    except (UnicodeEncodeError, AttributeError):
        raise EncodeError(owner, f"name {value!r} is not US-ASCII text") from None
    if not raw or raw.translate(None, _NAME_BYTES):
        raise EncodeError(owner, f"invalid name {value!r}")
    return raw


def encode_name_list(values: tuple[str, ...] | list[str], owner: str = "name-list") -> bytes:
    """Encode a name-list (content only, no length prefix).

    Returns:
        The names joined by commas, as ASCII bytes.
    Raises:
        EncodeError: a name is invalid (see :func:`encode_name`).
    """
    try:
        for name in values:
            if not name or "," in name:
                raise EncodeError(owner, f"invalid name {name!r} in name-list")
        raw = ",".join(values).encode("ascii")
    except (UnicodeEncodeError, TypeError):
        raise EncodeError(owner, f"name-list {values!r} is not a sequence of ASCII names") from None
    if raw.translate(None, _PRINTABLE):
        raise EncodeError(owner, f"invalid name-list {list(values)!r}")
    return raw


def encode_string(value: bytes | bytearray | memoryview) -> bytes:
    """Encode an SSH ``string``.

    Returns:
        The uint32 length followed by the bytes.
    """
    return _U32.pack(len(value)) + bytes(value)


class Buffer:
    """A bounds-checked cursor over ``bytes`` or a ``memoryview``, for hand-written parsers.

    Every read either returns a value and advances, or raises :class:`DecodeError` naming
    ``owner`` and the offset — never ``struct.error`` or ``IndexError``.
    """

    __slots__ = ("_data", "_end", "_pos", "owner")

    def __init__(self, data: bytes | bytearray | memoryview, owner: str = "buffer") -> None:
        self._data = memoryview(data).cast("B") if not isinstance(data, bytes) else data
        self._pos = 0
        self._end = len(self._data)
        self.owner = owner

    @property
    def offset(self) -> int:
        """The current read position."""
        return self._pos

    def remaining(self) -> int:
        """Returns the number of unread bytes."""
        return self._end - self._pos

    def _take(self, n: int, what: str) -> bytes | memoryview:
        pos = self._pos
        if n < 0 or n > self._end - pos:
            raise DecodeError(self.owner, pos, f"truncated {what}")
        self._pos = pos + n
        return self._data[pos : pos + n]

    def get_byte(self) -> int:
        """Returns the next byte as an int."""
        return self._take(1, "byte")[0]

    def get_boolean(self) -> bool:
        """Returns the next boolean (any non-zero byte is true, RFC 4251 §5)."""
        return self._take(1, "boolean")[0] != 0

    def get_uint32(self) -> int:
        """Returns the next big-endian uint32."""
        return int(_U32.unpack(self._take(4, "uint32"))[0])

    def get_uint64(self) -> int:
        """Returns the next big-endian uint64."""
        return int(_U64.unpack(self._take(8, "uint64"))[0])

    def get_bytes(self, n: int) -> bytes:
        """Returns the next ``n`` raw bytes."""
        return bytes(self._take(n, f"{n} bytes"))

    def get_string(self) -> bytes:
        """Returns the content of the next SSH ``string``."""
        return bytes(self._take(self.get_uint32(), "string"))

    def get_utf8(self) -> str:
        """Returns the next ``string`` decoded as UTF-8."""
        start = self._pos
        try:
            return self.get_string().decode("utf-8")
        except UnicodeDecodeError:
            raise DecodeError(self.owner, start, "string is not valid UTF-8") from None

    def get_name(self) -> str:
        """Returns the next ``string`` validated as a name."""
        start = self._pos
        return decode_name(self.get_string(), self.owner, start)

    def get_name_list(self) -> tuple[str, ...]:
        """Returns the next name-list."""
        start = self._pos
        return decode_name_list(self.get_string(), self.owner, start)

    def get_mpint(self) -> int:
        """Returns the next mpint."""
        start = self._pos
        return decode_mpint(self.get_string(), self.owner, start)

    def get_rest(self) -> bytes:
        """Returns every unread byte."""
        return bytes(self._take(self._end - self._pos, "rest"))

    def expect_end(self) -> None:
        """Raises DecodeError if any byte is left unread."""
        if self._pos != self._end:
            raise DecodeError(self.owner, self._pos, "trailing bytes")
