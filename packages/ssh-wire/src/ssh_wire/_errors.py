"""The root of the project's error tree and the wire-level errors.

Every package raises subclasses of :class:`SSHError`, so a caller can catch one type and be
sure no ``struct.error``, construct error or ``IndexError`` escapes. The engine extends this
tree with protocol, kex, auth and channel errors.
"""

from __future__ import annotations

__all__ = [
    "DecodeError",
    "EncodeError",
    "KeyEncryptedError",
    "KeyParseError",
    "KeyPassphraseError",
    "SSHError",
    "WireError",
]


class SSHError(Exception):
    """Root of every exception this project raises on purpose."""


class WireError(SSHError):
    """A message could not be turned into bytes or back."""


class DecodeError(WireError):
    """Bytes do not form a valid instance of the expected message or structure.

    Attributes:
        message_name: the message or structure being decoded (e.g. ``"KexInit"``).
        offset: the byte offset, from the start of the decoded buffer, where decoding failed.
        reason: a short description of what was wrong.
    """

    def __init__(self, message_name: str, offset: int, reason: str) -> None:
        super().__init__(f"{message_name}: {reason} at offset {offset}")
        self.message_name = message_name
        self.offset = offset
        self.reason = reason

    def __reduce__(self) -> tuple[type[DecodeError], tuple[str, int, str]]:
        return (type(self), (self.message_name, self.offset, self.reason))


class EncodeError(WireError):
    """A message object holds values its wire format cannot carry.

    Attributes:
        message_name: the message or structure being encoded.
        reason: what was wrong (a value out of range, a field set against its condition…).
    """

    def __init__(self, message_name: str, reason: str) -> None:
        super().__init__(f"{message_name}: {reason}")
        self.message_name = message_name
        self.reason = reason

    def __reduce__(self) -> tuple[type[EncodeError], tuple[str, str]]:
        return (type(self), (self.message_name, self.reason))


class KeyParseError(SSHError):
    """Key data could not be used: unknown format, unsupported type, corrupt or inconsistent.

    The message says which of these it was; it never contains key material.
    """


class KeyEncryptedError(KeyParseError):
    """The key is encrypted and no passphrase was given."""


class KeyPassphraseError(KeyParseError):
    """The key is encrypted and the passphrase given does not decrypt it."""
