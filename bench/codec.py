"""Codec microbenchmarks: ssh_wire's fast codec against its construct reference codec, and
against the message builders and parsers of paramiko and asyncssh, on the messages that
matter for speed (32 KiB CHANNEL_DATA, SFTP WRITE and DATA) and for setup (KEXINIT,
USERAUTH_REQUEST publickey).

Every implementation is checked before it is timed: each encoder must produce the same
wire bytes, and each decoder's output must encode back to them, so the columns measure the
same work. paramiko and asyncssh are imported only if installed; their code paths mirror
what those libraries do on the wire (see the ``_paramiko_*`` and ``_asyncssh_*`` helpers).
"""

from __future__ import annotations

import importlib
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from _timing import Timing, measure
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ssh_wire import reference
from ssh_wire.messages import (
    ChannelData,
    Ed25519PublicKey,
    KexInit,
    PublicKeyBlob,
    RawSignature,
    SftpData,
    SftpWrite,
    Signature,
    UserauthPublickeyRequest,
    UserauthRequest,
    decode_channel_data,
    decode_kex_init,
    decode_sftp_data,
    decode_sftp_write,
    decode_userauth_request,
    encode_channel_data,
    encode_channel_data_parts,
    encode_kex_init,
    encode_public_key_blob,
    encode_sftp_data,
    encode_sftp_data_parts,
    encode_sftp_write,
    encode_sftp_write_parts,
    encode_signature,
    encode_userauth_request,
)

__all__ = [
    "IMPLS",
    "Group",
    "GroupResult",
    "build_groups",
    "format_group",
    "format_targets",
    "load_libraries",
    "run_group",
]

FAST = "fast"
CONSTRUCT = "construct"
PARAMIKO = "paramiko"
ASYNCSSH = "asyncssh"
IMPLS = (FAST, CONSTRUCT, PARAMIKO, ASYNCSSH)
OTHER_LIBRARIES = (PARAMIKO, ASYNCSSH)

DEC_VIEW = "decode (memoryview)"
DEC_BYTES = "decode (bytes)"
ENC = "encode"
ENC_PARTS = "encode_parts"

PAYLOAD = bytes(range(256)) * 128  # 32 KiB, OpenSSH's default maximum packet payload
GOLDEN_KEXINIT = Path(__file__).resolve().parent.parent / "tests/golden/openssh_kexinit.bin"

TARGET_DECODE_NS = 1_000.0
TARGET_ENCODE_NS = 1_000.0
TARGET_CONSTRUCT_RATIO = 5.0


@dataclass(frozen=True, slots=True)
class Case:
    """One timed call: ``fn(arg)``."""

    fn: Callable[[Any], object]
    arg: Any


@dataclass(slots=True)
class Op:
    """One operation (a table row) with a case per implementation that can perform it."""

    label: str
    cases: dict[str, Case] = field(default_factory=dict)


@dataclass(slots=True)
class Group:
    """One message: its wire bytes, the operations timed on it and the payload field, if any.

    Attributes:
        key: short name used by the targets, e.g. ``CHANNEL_DATA``.
        title: the table's heading.
        message: the dataclass instance the wire bytes encode.
        wire: the message's bytes, message number first.
        payload_field: the zero-copy (``view``) field, or None.
        ops: the rows of the table, in order.
    """

    key: str
    title: str
    message: Any
    wire: bytes
    payload_field: str | None
    ops: list[Op]


@dataclass(slots=True)
class GroupResult:
    """The timings of one group and what its zero-copy checks found.

    Attributes:
        group: the group measured.
        timings: ``(op label, implementation) -> Timing``.
        view_shared: decoding from a memoryview gave a memoryview slice of the input buffer
            (None when the message has no payload field).
        parts_shared: ``encode_parts`` handed back the payload object itself, uncopied.
    """

    group: Group
    timings: dict[tuple[str, str], Timing]
    view_shared: bool | None
    parts_shared: bool | None


# --------------------------------------------------------------------------- libraries


def load_libraries() -> dict[str, ModuleType | None]:
    """Import paramiko and asyncssh.packet if they are installed.

    Returns:
        ``{"paramiko": module or None, "asyncssh": asyncssh.packet or None}``.
    """
    found: dict[str, ModuleType | None] = {}
    for name, module in ((PARAMIKO, "paramiko"), (ASYNCSSH, "asyncssh.packet")):
        try:
            with warnings.catch_warnings():
                # paramiko imports deprecated ciphers from cryptography at import time.
                warnings.simplefilter("ignore")
                found[name] = importlib.import_module(module)
        except ImportError:
            found[name] = None
    return found


# paramiko: transport.py, channel.py, auth_handler.py, sftp*.py build every packet with
# paramiko.Message (a BytesIO) and parse with Message(payload).get_*.


def _paramiko_channel_data(pm: Any) -> tuple[Case, Case]:
    """Returns paramiko's (encode, decode) cases for CHANNEL_DATA, as Channel._send/_feed."""
    message_cls = pm.Message

    def encode(fields: tuple[int, bytes]) -> bytes:
        m = message_cls()
        m.add_byte(b"\x5e")
        m.add_int(fields[0])
        m.add_string(fields[1])
        out: bytes = m.asbytes()
        return out

    def decode(buf: bytes) -> tuple[int, bytes]:
        m = message_cls(buf)
        if m.get_byte() != b"\x5e":
            raise ValueError("not CHANNEL_DATA")
        return m.get_int(), m.get_binary()

    return Case(encode, (7, PAYLOAD)), Case(decode, None)


def _paramiko_sftp_write(pm: Any) -> tuple[Case, Case]:
    """Returns paramiko's (encode, decode) cases for SSH_FXP_WRITE (SFTPClient / SFTPServer)."""
    message_cls = pm.Message

    def encode(fields: tuple[int, bytes, int, bytes]) -> bytes:
        m = message_cls()
        m.add_byte(b"\x06")
        m.add_int(fields[0])
        m.add_string(fields[1])
        m.add_int64(fields[2])
        m.add_string(fields[3])
        out: bytes = m.asbytes()
        return out

    def decode(buf: bytes) -> tuple[int, bytes, int, bytes]:
        m = message_cls(buf)
        if m.get_byte() != b"\x06":
            raise ValueError("not SSH_FXP_WRITE")
        return m.get_int(), m.get_binary(), m.get_int64(), m.get_binary()

    return Case(encode, (0x1234, b"\x00\x00\x00\x01", 1 << 30, PAYLOAD)), Case(decode, None)


def _paramiko_sftp_data(pm: Any) -> tuple[Case, Case]:
    """Returns paramiko's (encode, decode) cases for SSH_FXP_DATA."""
    message_cls = pm.Message

    def encode(fields: tuple[int, bytes]) -> bytes:
        m = message_cls()
        m.add_byte(b"\x67")
        m.add_int(fields[0])
        m.add_string(fields[1])
        out: bytes = m.asbytes()
        return out

    def decode(buf: bytes) -> tuple[int, bytes]:
        m = message_cls(buf)
        if m.get_byte() != b"\x67":
            raise ValueError("not SSH_FXP_DATA")
        return m.get_int(), m.get_binary()

    return Case(encode, (0x1234, PAYLOAD)), Case(decode, None)


KexFields = tuple[bytes, Sequence[Sequence[Any]], bool, int]


def _kex_lists(msg: KexInit) -> list[tuple[str, ...]]:
    """Returns the ten name-lists of ``msg`` in wire order."""
    return [
        msg.kex_algorithms,
        msg.server_host_key_algorithms,
        msg.encryption_algorithms_client_to_server,
        msg.encryption_algorithms_server_to_client,
        msg.mac_algorithms_client_to_server,
        msg.mac_algorithms_server_to_client,
        msg.compression_algorithms_client_to_server,
        msg.compression_algorithms_server_to_client,
        msg.languages_client_to_server,
        msg.languages_server_to_client,
    ]


def _paramiko_kexinit(pm: Any, msg: KexInit) -> tuple[Case, Case]:
    """Returns paramiko's (encode, decode) cases for KEXINIT (_send_kex_init/_parse_kex_init)."""
    message_cls = pm.Message

    def encode(fields: KexFields) -> bytes:
        m = message_cls()
        m.add_byte(b"\x14")
        m.add_bytes(fields[0])
        for names in fields[1]:
            m.add_list(names)
        m.add_boolean(fields[2])
        m.add_int(fields[3])
        out: bytes = m.asbytes()
        return out

    def decode(buf: bytes) -> KexFields:
        m = message_cls(buf)
        if m.get_byte() != b"\x14":
            raise ValueError("not KEXINIT")
        cookie = m.get_bytes(16)
        lists = [m.get_list() for _ in range(10)]
        return cookie, lists, m.get_boolean(), m.get_int()

    fields: KexFields = (
        msg.cookie,
        [list(names) for names in _kex_lists(msg)],
        msg.first_kex_packet_follows,
        msg.reserved,
    )
    return Case(encode, fields), Case(decode, None)


UserauthFields = tuple[str, str, str, bool, str, bytes, bytes]


def _userauth_fields(msg: UserauthRequest) -> UserauthFields:
    """Returns the flat fields of a publickey USERAUTH_REQUEST, as other libraries hold them."""
    method = msg.method
    assert isinstance(method, UserauthPublickeyRequest) and method.signature is not None
    return (
        msg.user_name,
        msg.service_name,
        msg.method_name,
        method.has_signature,
        method.algorithm,
        method.public_key,
        method.signature,
    )


def _paramiko_userauth(pm: Any, msg: UserauthRequest) -> tuple[Case, Case]:
    """Returns paramiko's (encode, decode) cases for a publickey USERAUTH_REQUEST."""
    message_cls = pm.Message

    def encode(fields: UserauthFields) -> bytes:
        m = message_cls()
        m.add_byte(b"\x32")
        m.add_string(fields[0])
        m.add_string(fields[1])
        m.add_string(fields[2])
        m.add_boolean(fields[3])
        m.add_string(fields[4])
        m.add_string(fields[5])
        m.add_string(fields[6])
        out: bytes = m.asbytes()
        return out

    def decode(buf: bytes) -> UserauthFields:
        m = message_cls(buf)
        if m.get_byte() != b"\x32":
            raise ValueError("not USERAUTH_REQUEST")
        user, service, method = m.get_text(), m.get_text(), m.get_text()
        has_signature = m.get_boolean()
        return user, service, method, has_signature, m.get_text(), m.get_binary(), m.get_binary()

    return Case(encode, _userauth_fields(msg)), Case(decode, None)


# asyncssh: connection.py/sftp.py send Byte(type) + b"".join(args) with args built by
# asyncssh.packet (UInt32, String, NameList...); handlers parse SSHPacket(payload) with
# get_* and finish with check_end().


def _asyncssh_channel_data(ap: Any) -> tuple[Case, Case]:
    """Returns asyncssh's (encode, decode) cases for CHANNEL_DATA (SSHChannel._flush_send_buf)."""
    byte, uint32, string, packet_cls = ap.Byte, ap.UInt32, ap.String, ap.SSHPacket

    def encode(fields: tuple[int, bytes]) -> bytes:
        out: bytes = byte(94) + b"".join((uint32(fields[0]), string(fields[1])))
        return out

    def decode(buf: bytes) -> tuple[int, bytes]:
        p = packet_cls(buf)
        if p.get_byte() != 94:
            raise ValueError("not CHANNEL_DATA")
        channel, data = p.get_uint32(), p.get_string()
        p.check_end()
        return channel, data

    return Case(encode, (7, PAYLOAD)), Case(decode, None)


def _asyncssh_sftp_write(ap: Any) -> tuple[Case, Case]:
    """Returns asyncssh's (encode, decode) cases for SSH_FXP_WRITE."""
    byte, uint32, uint64, string = ap.Byte, ap.UInt32, ap.UInt64, ap.String
    packet_cls = ap.SSHPacket

    def encode(fields: tuple[int, bytes, int, bytes]) -> bytes:
        args = (uint32(fields[0]), string(fields[1]), uint64(fields[2]), string(fields[3]))
        out: bytes = byte(6) + b"".join(args)
        return out

    def decode(buf: bytes) -> tuple[int, bytes, int, bytes]:
        p = packet_cls(buf)
        if p.get_byte() != 6:
            raise ValueError("not SSH_FXP_WRITE")
        request_id, handle, offset, data = (
            p.get_uint32(),
            p.get_string(),
            p.get_uint64(),
            p.get_string(),
        )
        p.check_end()
        return request_id, handle, offset, data

    return Case(encode, (0x1234, b"\x00\x00\x00\x01", 1 << 30, PAYLOAD)), Case(decode, None)


def _asyncssh_sftp_data(ap: Any) -> tuple[Case, Case]:
    """Returns asyncssh's (encode, decode) cases for SSH_FXP_DATA."""
    byte, uint32, string, packet_cls = ap.Byte, ap.UInt32, ap.String, ap.SSHPacket

    def encode(fields: tuple[int, bytes]) -> bytes:
        out: bytes = byte(103) + b"".join((uint32(fields[0]), string(fields[1])))
        return out

    def decode(buf: bytes) -> tuple[int, bytes]:
        p = packet_cls(buf)
        if p.get_byte() != 103:
            raise ValueError("not SSH_FXP_DATA")
        request_id, data = p.get_uint32(), p.get_string()
        p.check_end()
        return request_id, data

    return Case(encode, (0x1234, PAYLOAD)), Case(decode, None)


def _asyncssh_kexinit(ap: Any, msg: KexInit) -> tuple[Case, Case]:
    """Returns asyncssh's (encode, decode) cases for KEXINIT; asyncssh keeps names as bytes."""
    byte, uint32, boolean, name_list = ap.Byte, ap.UInt32, ap.Boolean, ap.NameList
    packet_cls = ap.SSHPacket

    def encode(fields: KexFields) -> bytes:
        args = (fields[0], *map(name_list, fields[1]), boolean(fields[2]), uint32(fields[3]))
        out: bytes = byte(20) + b"".join(args)
        return out

    def decode(buf: bytes) -> KexFields:
        p = packet_cls(buf)
        if p.get_byte() != 20:
            raise ValueError("not KEXINIT")
        cookie = p.get_bytes(16)
        lists = [p.get_namelist() for _ in range(10)]
        first_kex_follows, reserved = p.get_boolean(), p.get_uint32()
        p.check_end()
        return cookie, lists, first_kex_follows, reserved

    fields: KexFields = (
        msg.cookie,
        [[name.encode("ascii") for name in names] for names in _kex_lists(msg)],
        msg.first_kex_packet_follows,
        msg.reserved,
    )
    return Case(encode, fields), Case(decode, None)


def _asyncssh_userauth(ap: Any, msg: UserauthRequest) -> tuple[Case, Case]:
    """Returns asyncssh's (encode, decode) cases for a publickey USERAUTH_REQUEST."""
    byte, boolean, string, packet_cls = ap.Byte, ap.Boolean, ap.String, ap.SSHPacket

    def encode(fields: UserauthFields) -> bytes:
        args = (
            string(fields[0]),
            string(fields[1]),
            string(fields[2]),
            boolean(fields[3]),
            string(fields[4]),
            string(fields[5]),
            string(fields[6]),
        )
        out: bytes = byte(50) + b"".join(args)
        return out

    def decode(buf: bytes) -> UserauthFields:
        p = packet_cls(buf)
        if p.get_byte() != 50:
            raise ValueError("not USERAUTH_REQUEST")
        # connection._process_userauth_request, then PublicKeyServerAuth.
        user = p.get_string().decode("utf-8")
        service = p.get_string().decode("ascii")
        method = p.get_string().decode("ascii")
        has_signature = p.get_boolean()
        algorithm = p.get_string().decode("ascii")
        key_data, signature = p.get_string(), p.get_string()
        p.check_end()
        return user, service, method, has_signature, algorithm, key_data, signature

    return Case(encode, _userauth_fields(msg)), Case(decode, None)


# --------------------------------------------------------------------------- groups


def _golden_or_built_kexinit() -> tuple[KexInit, str]:
    """Returns a realistic KEXINIT and where it came from.

    Prefers the payload captured off OpenSSH's sshd (tests/golden); builds one with
    OpenSSH 9.x's default algorithm lists when that file is absent.
    """
    if GOLDEN_KEXINIT.is_file():
        return decode_kex_init(GOLDEN_KEXINIT.read_bytes()), "captured from OpenSSH sshd"
    ciphers = (
        "chacha20-poly1305@openssh.com",
        "aes128-ctr",
        "aes192-ctr",
        "aes256-ctr",
        "aes128-gcm@openssh.com",
        "aes256-gcm@openssh.com",
    )
    macs = (
        "umac-64-etm@openssh.com",
        "umac-128-etm@openssh.com",
        "hmac-sha2-256-etm@openssh.com",
        "hmac-sha2-512-etm@openssh.com",
        "hmac-sha1-etm@openssh.com",
        "umac-64@openssh.com",
        "umac-128@openssh.com",
        "hmac-sha2-256",
        "hmac-sha2-512",
        "hmac-sha1",
    )
    kex = (
        "sntrup761x25519-sha512@openssh.com",
        "curve25519-sha256",
        "curve25519-sha256@libssh.org",
        "ecdh-sha2-nistp256",
        "ecdh-sha2-nistp384",
        "ecdh-sha2-nistp521",
        "diffie-hellman-group-exchange-sha256",
        "diffie-hellman-group16-sha512",
        "diffie-hellman-group18-sha512",
        "diffie-hellman-group14-sha256",
        "kex-strict-s-v00@openssh.com",
    )
    host_keys = ("ssh-ed25519", "ecdsa-sha2-nistp256", "rsa-sha2-512", "rsa-sha2-256")
    compression = ("none", "zlib@openssh.com")
    msg = KexInit(
        bytes(range(16)),
        kex,
        host_keys,
        ciphers,
        ciphers,
        macs,
        macs,
        compression,
        compression,
        (),
        (),
        False,
        0,
    )
    return msg, "built by hand (tests/golden/openssh_kexinit.bin not found)"


def _userauth_message() -> UserauthRequest:
    """Returns a signed publickey USERAUTH_REQUEST with a real ed25519 key and signature."""
    key = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
    raw_public = key.public_key().public_bytes_raw()
    blob = encode_public_key_blob(PublicKeyBlob("ssh-ed25519", Ed25519PublicKey(raw_public)))
    # The signed data (RFC 4252 §7) starts with the session id; any bytes give a real-size blob.
    signature = encode_signature(
        Signature("ssh-ed25519", RawSignature(key.sign(b"\x00\x00\x00\x20" + bytes(32))))
    )
    method = UserauthPublickeyRequest(True, "ssh-ed25519", blob, signature)
    return UserauthRequest("alice", "ssh-connection", "publickey", method)


def _fast_and_construct(
    msg: Any,
    wire: bytes,
    decode: Callable[[Any], object],
    encode: Callable[[Any], bytes],
    encode_parts: Callable[[Any], object] | None,
) -> list[Op]:
    """Returns the table rows with the fast and construct cases of one message filled in."""
    cls = type(msg)

    def construct_decode(buf: bytes | memoryview) -> object:
        return reference.decode(cls, buf)

    view = memoryview(wire)
    ops = [
        Op(DEC_VIEW, {FAST: Case(decode, view), CONSTRUCT: Case(construct_decode, view)}),
        Op(DEC_BYTES, {FAST: Case(decode, wire), CONSTRUCT: Case(construct_decode, wire)}),
        Op(ENC, {FAST: Case(encode, msg), CONSTRUCT: Case(reference.encode, msg)}),
    ]
    if encode_parts is not None:
        ops.append(Op(ENC_PARTS, {FAST: Case(encode_parts, msg)}))
    return ops


def _add_library(ops: list[Op], name: str, cases: tuple[Case, Case], wire: bytes) -> None:
    """Add a library's (encode, decode) cases to the encode and decode-from-bytes rows."""
    encode, decode = cases
    for op in ops:
        if op.label == ENC:
            op.cases[name] = encode
        elif op.label == DEC_BYTES:
            op.cases[name] = Case(decode.fn, wire)


def build_groups(libraries: dict[str, ModuleType | None]) -> list[Group]:
    """Build every message group, with cases for the libraries that are installed.

    Returns:
        The groups in report order: CHANNEL_DATA, SFTP WRITE, SFTP DATA, KEXINIT,
        USERAUTH_REQUEST.
    """
    pm, ap = libraries.get(PARAMIKO), libraries.get(ASYNCSSH)
    groups: list[Group] = []

    channel_data = ChannelData(7, PAYLOAD)
    wire = encode_channel_data(channel_data)
    ops = _fast_and_construct(
        channel_data, wire, decode_channel_data, encode_channel_data, encode_channel_data_parts
    )
    if pm is not None:
        _add_library(ops, PARAMIKO, _paramiko_channel_data(pm), wire)
    if ap is not None:
        _add_library(ops, ASYNCSSH, _asyncssh_channel_data(ap), wire)
    title = f"SSH_MSG_CHANNEL_DATA, 32 KiB payload ({len(wire):,}-byte message)"
    groups.append(Group("CHANNEL_DATA", title, channel_data, wire, "data", ops))

    sftp_write = SftpWrite(0x1234, b"\x00\x00\x00\x01", 1 << 30, PAYLOAD)
    wire = encode_sftp_write(sftp_write)
    ops = _fast_and_construct(
        sftp_write, wire, decode_sftp_write, encode_sftp_write, encode_sftp_write_parts
    )
    if pm is not None:
        _add_library(ops, PARAMIKO, _paramiko_sftp_write(pm), wire)
    if ap is not None:
        _add_library(ops, ASYNCSSH, _asyncssh_sftp_write(ap), wire)
    title = f"SSH_FXP_WRITE, 32 KiB payload ({len(wire):,}-byte message, no length prefix)"
    groups.append(Group("SFTP_WRITE", title, sftp_write, wire, "data", ops))

    sftp_data = SftpData(0x1234, PAYLOAD)
    wire = encode_sftp_data(sftp_data)
    ops = _fast_and_construct(
        sftp_data, wire, decode_sftp_data, encode_sftp_data, encode_sftp_data_parts
    )
    if pm is not None:
        _add_library(ops, PARAMIKO, _paramiko_sftp_data(pm), wire)
    if ap is not None:
        _add_library(ops, ASYNCSSH, _asyncssh_sftp_data(ap), wire)
    title = f"SSH_FXP_DATA, 32 KiB payload ({len(wire):,}-byte message, no length prefix)"
    groups.append(Group("SFTP_DATA", title, sftp_data, wire, "data", ops))

    kexinit, origin = _golden_or_built_kexinit()
    wire = encode_kex_init(kexinit)
    ops = _fast_and_construct(kexinit, wire, decode_kex_init, encode_kex_init, None)
    if pm is not None:
        _add_library(ops, PARAMIKO, _paramiko_kexinit(pm, kexinit), wire)
    if ap is not None:
        _add_library(ops, ASYNCSSH, _asyncssh_kexinit(ap, kexinit), wire)
    title = f"SSH_MSG_KEXINIT, {len(wire):,} bytes, {origin}"
    groups.append(Group("KEXINIT", title, kexinit, wire, None, ops))

    userauth = _userauth_message()
    wire = encode_userauth_request(userauth)
    ops = _fast_and_construct(
        userauth, wire, decode_userauth_request, encode_userauth_request, None
    )
    if pm is not None:
        _add_library(ops, PARAMIKO, _paramiko_userauth(pm, userauth), wire)
    if ap is not None:
        _add_library(ops, ASYNCSSH, _asyncssh_userauth(ap, userauth), wire)
    title = f"SSH_MSG_USERAUTH_REQUEST publickey, ed25519 key + signature ({len(wire):,} bytes)"
    groups.append(Group("USERAUTH_REQUEST", title, userauth, wire, None, ops))

    return groups


# --------------------------------------------------------------------------- checks and runs


def _as_wire(encoded: object) -> bytes:
    """Returns encoder output as bytes, joining ``(header, payload)`` from encode_parts."""
    if isinstance(encoded, tuple):
        return b"".join(encoded)
    if not isinstance(encoded, bytes | bytearray | memoryview):
        raise TypeError(f"an encoder returned {type(encoded).__name__}")
    return bytes(encoded)


def verify(group: Group) -> None:
    """Check that every case of ``group`` does the same work before it is timed.

    Every encoder must produce the group's wire bytes; every decoder's result must encode
    back to them with the same implementation's encoder; fast and construct decoders must
    return a message equal to the group's.

    Raises:
        RuntimeError: an implementation disagrees (the timings would compare different work).
    """
    encoders = {
        impl: case for op in group.ops if op.label == ENC for impl, case in op.cases.items()
    }
    for op in group.ops:
        for impl, case in op.cases.items():
            where = f"{group.key} {op.label} [{impl}]"
            result = case.fn(case.arg)
            if op.label in (ENC, ENC_PARTS):
                if _as_wire(result) != group.wire:
                    raise RuntimeError(f"{where}: encodes different bytes")
                continue
            if impl in (FAST, CONSTRUCT) and result != group.message:
                raise RuntimeError(f"{where}: decodes to {result!r}")
            if _as_wire(encoders[impl].fn(result)) != group.wire:
                raise RuntimeError(f"{where}: decoded value does not encode back to the input")


def _zero_copy(group: Group) -> tuple[bool | None, bool | None]:
    """Check the fast codec's zero-copy promises on the group's payload field.

    Returns:
        ``(view_shared, parts_shared)``: decoding a memoryview gave a memoryview slice of
        the same buffer; encode_parts returned the payload object itself. None when the
        message has no payload field.
    """
    if group.payload_field is None:
        return None, None
    view_shared = parts_shared = False
    for op in group.ops:
        fast = op.cases.get(FAST)
        if fast is None:
            continue
        if op.label == DEC_VIEW:
            payload = getattr(fast.fn(fast.arg), group.payload_field)
            view_shared = (
                isinstance(payload, memoryview)
                and payload.obj is group.wire
                and len(payload) == len(PAYLOAD)
            )
        elif op.label == ENC_PARTS:
            _header, payload = fast.fn(fast.arg)  # type: ignore[misc]
            parts_shared = payload is getattr(group.message, group.payload_field)
    return view_shared, parts_shared


def run_group(group: Group, *, rounds: int, round_ns: int) -> GroupResult:
    """Verify, then time every case of ``group``.

    Returns:
        The :class:`GroupResult`.
    Raises:
        RuntimeError: verification failed.
    """
    verify(group)
    view_shared, parts_shared = _zero_copy(group)
    timings: dict[tuple[str, str], Timing] = {}
    for op in group.ops:
        for impl in IMPLS:
            case = op.cases.get(impl)
            if case is not None:
                timings[op.label, impl] = measure(
                    case.fn, case.arg, rounds=rounds, round_ns=round_ns
                )
    return GroupResult(group, timings, view_shared, parts_shared)


# --------------------------------------------------------------------------- report

OP_W = 21
NUM_W = 9
RATIO_W = 8


def _ratio(value: float) -> str:
    """Returns a ratio formatted for the tables, e.g. ``42.3x`` or ``0.87x``."""
    if value >= 100:
        return f"{value:.0f}x"
    if value >= 10:
        return f"{value:.1f}x"
    return f"{value:.2f}x"


def _impl_width(impl: str) -> int:
    """Returns the width of an implementation's column block (fast has no ratio column)."""
    return 2 * NUM_W if impl == FAST else 2 * NUM_W + RATIO_W


def format_group(result: GroupResult, libraries: dict[str, ModuleType | None]) -> list[str]:
    """Render one group as a fixed-width table.

    Returns:
        The lines of the table (no trailing newline).
    """
    group = result.group
    lines = [group.title, "-" * len(group.title)]
    head = " " * OP_W + "".join(f"{impl:>{_impl_width(impl)}}" for impl in IMPLS)
    sub = f"{'ns/op':<{OP_W}}" + f"{'median':>{NUM_W}}{'best':>{NUM_W}}"
    sub += f"{'median':>{NUM_W}}{'best':>{NUM_W}}{'ratio':>{RATIO_W}}" * (len(IMPLS) - 1)
    lines += [head, sub]
    for op in group.ops:
        fast = result.timings.get((op.label, FAST))
        row = f"{op.label:<{OP_W}}"
        for impl in IMPLS:
            width = _impl_width(impl)
            timing = result.timings.get((op.label, impl))
            if impl in OTHER_LIBRARIES and libraries.get(impl) is None:
                row += f"{'not installed':>{width}}"
            elif timing is None:
                row += f"{'-':>{width}}"
            else:
                row += f"{timing.median_ns:>{NUM_W},.0f}{timing.best_ns:>{NUM_W},.0f}"
                if impl != FAST:
                    ratio = _ratio(timing.median_ns / fast.median_ns) if fast else "-"
                    row += f"{ratio:>{RATIO_W}}"
        lines.append(row)
    gc_parts = []
    for impl in IMPLS:
        impl_timings = [t for (_, i), t in result.timings.items() if i == impl]
        if impl_timings:
            calls = sum(t.calls for t in impl_timings)
            passes = sum(t.gc_passes for t in impl_timings)
            gc_parts.append(f"{impl} {passes * 10_000 / calls:.2f}")
    lines.append("cyclic GC passes per 10,000 ops: " + ", ".join(gc_parts))
    if result.view_shared is not None:
        lines.append(
            "zero-copy: decode(memoryview) payload is a slice of the input buffer: "
            f"{'yes' if result.view_shared else 'NO'}; encode_parts returns the payload "
            f"object uncopied: {'yes' if result.parts_shared else 'NO'}"
        )
    return lines


def _verdict(ok: bool) -> str:
    """Returns ``[PASS]`` or ``[FAIL]``."""
    return "[PASS]" if ok else "[FAIL]"


def format_targets(results: list[GroupResult]) -> list[str]:
    """Check the issue's targets against the measured figures (medians decide).

    Returns:
        The lines of the "targets" section; a missed target prints FAIL and is not an error.
    """
    lines = ["targets (median decides; best in parentheses)", "-" * 46]
    by_key = {r.group.key: r for r in results}
    channel = by_key.get("CHANNEL_DATA")
    if channel is not None:
        dec = channel.timings[DEC_VIEW, FAST]
        ok = dec.median_ns <= TARGET_DECODE_NS and bool(channel.view_shared)
        lines.append(
            f"{_verdict(ok)} fast decode of 32 KiB CHANNEL_DATA from a memoryview <= 1 us "
            f"without copying: {dec.median_ns:,.0f} ns ({dec.best_ns:,.0f}), payload "
            f"{'shares the input buffer' if channel.view_shared else 'was COPIED'}"
        )
        enc = channel.timings[ENC, FAST]
        lines.append(
            f"{_verdict(enc.median_ns <= TARGET_ENCODE_NS)} fast encode of 32 KiB CHANNEL_DATA "
            f"<= 1 us, encode (one bytes, copies the 32 KiB): "
            f"{enc.median_ns:,.0f} ns ({enc.best_ns:,.0f})"
        )
        parts = channel.timings[ENC_PARTS, FAST]
        ok = parts.median_ns <= TARGET_ENCODE_NS and bool(channel.parts_shared)
        lines.append(
            f"{_verdict(ok)} fast encode of 32 KiB CHANNEL_DATA <= 1 us, encode_parts "
            f"(header + payload, no copy): {parts.median_ns:,.0f} ns ({parts.best_ns:,.0f})"
        )
    worst: list[tuple[float, str]] = []
    per_message: list[str] = []
    for result in results:
        ratios = [
            (t.median_ns / result.timings[op, FAST].median_ns, op)
            for (op, impl), t in result.timings.items()
            if impl == CONSTRUCT and (op, FAST) in result.timings
        ]
        if ratios:
            low, op = min(ratios)
            worst.append((low, f"{result.group.key} {op}"))
            per_message.append(f"{result.group.key} {_ratio(low)}")
    if worst:
        low, where = min(worst)
        lines.append(
            f"{_verdict(low >= TARGET_CONSTRUCT_RATIO)} fast >= 5x faster than construct on "
            f"every message measured: lowest {_ratio(low)} ({where})"
        )
        lines.append("       lowest ratio per message: " + ", ".join(per_message))
    return lines
