"""Critical options and extensions of OpenSSH certificates (PROTOCOL.certkeys).

Both sections are a packed sequence of ``string name, string data`` tuples, sorted by name,
each name at most once ("Critical options", "Extensions"). Flag options carry empty data;
``force-command``, ``source-address`` and valued custom options carry one string *inside* the
data string, as ssh-keygen writes them.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import TypeAlias

from .._errors import DecodeError, EncodeError, KeyParseError
from ..messages import (
    CertificateOption,
    CertificateOptions,
    decode_certificate_options,
    encode_certificate_options,
)

__all__ = [
    "CRITICAL_OPTIONS",
    "DEFAULT_USER_EXTENSIONS",
    "FLAG_EXTENSIONS",
    "OptionValue",
    "decode_options",
    "encode_options",
    "option_string",
]

#: A value given when issuing: ``str`` is packed as a string inside the data (as ssh-keygen
#: does for force-command, source-address and ``-O critical:name=value``); ``bytes`` is the
#: data as is; ``None`` is a flag (empty data).
OptionValue: TypeAlias = str | bytes | None

# PROTOCOL.certkeys "Critical options" (plus verify-required, OpenSSH 8.9 sshd(8)).
_STRING_OPTIONS = frozenset({"force-command", "source-address"})
CRITICAL_OPTIONS = frozenset(_STRING_OPTIONS | {"verify-required"})
# PROTOCOL.certkeys "Extensions": every defined one is a flag with empty data.
FLAG_EXTENSIONS = frozenset(
    {
        "no-touch-required",
        "permit-X11-forwarding",
        "permit-agent-forwarding",
        "permit-port-forwarding",
        "permit-pty",
        "permit-user-rc",
    }
)
#: What ``ssh-keygen -s`` grants a user certificate unless told otherwise (ssh-keygen.c).
DEFAULT_USER_EXTENSIONS: tuple[str, ...] = (
    "permit-X11-forwarding",
    "permit-agent-forwarding",
    "permit-port-forwarding",
    "permit-pty",
    "permit-user-rc",
)
_LEN = 4


def option_string(name: str, data: bytes) -> str:
    """Decode option data that is exactly one string (force-command, source-address).

    Returns:
        The text.
    Raises:
        KeyParseError: the data is not exactly one UTF-8 string without NUL bytes.
    """
    size = int.from_bytes(data[:_LEN], "big") if len(data) >= _LEN else -1
    if size != len(data) - _LEN:
        raise KeyParseError(f"certificate option {name!r} must hold exactly one string")
    try:
        text = data[_LEN:].decode("utf-8")
    except UnicodeDecodeError:
        raise KeyParseError(f"certificate option {name!r} is not valid UTF-8") from None
    if "\0" in text:
        raise KeyParseError(f"certificate option {name!r} holds a NUL byte")
    return text


def decode_options(packed: bytes, section: str) -> Mapping[str, bytes]:
    """Decode a packed critical options or extensions section.

    Args:
        section: ``"critical options"`` or ``"extensions"`` (selects which known options have
            their data checked, and names the section in errors).
    Returns:
        A read-only mapping name -> data, in the blob's order.
    Raises:
        KeyParseError: malformed packing, a repeated name, or a known option whose data does
            not have its defined form (one string, or empty for flags).
    """
    try:
        options = decode_certificate_options(packed).options
    except DecodeError as exc:
        raise KeyParseError(f"corrupt certificate {section}: {exc.reason}") from None
    result: dict[str, bytes] = {}
    for option in options:
        if option.name in result:
            # PROTOCOL.certkeys: "Each named option may only appear once in a certificate."
            raise KeyParseError(f"certificate {section} repeat {option.name!r}")
        if option.name in _STRING_OPTIONS and section == "critical options":
            option_string(option.name, option.data)
        elif option.data and (
            option.name in FLAG_EXTENSIONS
            if section == "extensions"
            else option.name in CRITICAL_OPTIONS
        ):
            raise KeyParseError(f"certificate flag option {option.name!r} carries data")
        result[option.name] = option.data
    return MappingProxyType(result)


def _encode_value(name: str, value: OptionValue) -> bytes:
    if value is None:
        return b""
    if isinstance(value, str):
        if "\0" in value:
            raise ValueError(f"certificate option {name!r} holds a NUL character")
        raw = value.encode("utf-8")
        return len(raw).to_bytes(_LEN, "big") + raw
    return bytes(value)


def encode_options(options: Mapping[str, OptionValue]) -> bytes:
    """Pack options or extensions as PROTOCOL.certkeys requires: sorted by name.

    Returns:
        The packed section (the content of the certificate's string field).
    Raises:
        ValueError: an empty name, or a name or value that cannot be encoded.
    """
    items: list[CertificateOption] = []
    # Sorting ``str`` by code point is the byte order of their UTF-8 form, i.e. strcmp's.
    for name in sorted(options):
        if not name or "\0" in name:
            raise ValueError(f"invalid certificate option name {name!r}")
        items.append(CertificateOption(name, _encode_value(name, options[name])))
    try:
        return encode_certificate_options(CertificateOptions(tuple(items)))
    except EncodeError as exc:
        raise ValueError(f"cannot encode certificate options: {exc.reason}") from None
