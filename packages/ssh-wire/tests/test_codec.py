"""Fast-codec behaviour beyond the property tests: zero copy, dispatch, errors."""

from __future__ import annotations

import pytest

import ssh_wire
from ssh_wire import DecodeError, EncodeError, UnknownMessageError, decode_message, encode_message
from ssh_wire import messages as m

PAYLOAD = bytes(range(256)) * 128  # 32 KiB


def test_channel_data_from_memoryview_shares_the_buffer() -> None:
    wire = bytearray(m.encode_channel_data(m.ChannelData(7, PAYLOAD)))
    msg = m.decode_channel_data(memoryview(wire))
    assert isinstance(msg.data, memoryview)
    assert msg.data == PAYLOAD
    wire[-1] ^= 0xFF  # the view sees the change: nothing was copied
    assert msg.data[-1] == PAYLOAD[-1] ^ 0xFF


def test_non_view_string_is_copied_from_memoryview() -> None:
    wire = bytearray(m.encode_channel_open_failure(m.ChannelOpenFailure(1, 2, "no", b"en")))
    msg = m.decode_channel_open_failure(memoryview(wire))
    assert type(msg.language_tag) is bytes


def test_encode_parts_concatenate_to_encode() -> None:
    msg = m.SftpWrite(request_id=9, handle=b"h", offset=2**40, data=memoryview(PAYLOAD))
    header, payload = m.encode_sftp_write_parts(msg)
    assert payload is msg.data  # zero copy
    assert header + bytes(payload) == m.encode_sftp_write(msg)


def test_decode_message_dispatches_by_context() -> None:
    # Number 30 means a different message in each kex context.
    init = m.encode_kex_ecdh_init(m.KexEcdhInit(b"\x01" * 32))
    assert isinstance(decode_message(init, "kex-ecdh"), m.KexEcdhInit)
    assert isinstance(decode_message(init, "kex-hybrid"), m.KexHybridInit)
    with pytest.raises(UnknownMessageError) as exc:
        decode_message(init)  # plain "ssh" has no message 30
    assert exc.value.msg_id == 30
    sftp = m.encode_sftp_init(m.SftpInit(3, ()))
    assert decode_message(sftp, "sftp") == m.SftpInit(3, ())


def test_decode_errors_name_the_message_and_offset() -> None:
    wire = m.encode_kex_init(
        m.KexInit(bytes(16), ("curve25519-sha256",), ("ssh-ed25519",), ("aes128-ctr",),
                  ("aes128-ctr",), ("hmac-sha2-256",), ("hmac-sha2-256",), ("none",),
                  ("none",), (), (), False, 0)
    )  # fmt: skip
    with pytest.raises(DecodeError) as exc:
        m.decode_kex_init(wire[:-2])
    assert exc.value.message_name == "KexInit"
    assert exc.value.offset == len(wire) - 5
    with pytest.raises(DecodeError, match="trailing bytes"):
        m.decode_kex_init(wire + b"\x00")
    with pytest.raises(DecodeError, match="message number is not 20"):
        m.decode_kex_init(b"\x15" + wire[1:])
    with pytest.raises(DecodeError, match="empty"):
        decode_message(b"")


def test_hostile_count_is_refused_before_allocating() -> None:
    # SSH_FXP_NAME claiming 2**32-1 entries in a 13-byte packet.
    wire = bytes([104]) + (1).to_bytes(4, "big") + (2**32 - 1).to_bytes(4, "big") + b"abcd"
    with pytest.raises(DecodeError, match="count exceeds"):
        m.decode_sftp_name(wire)


def test_unknown_switch_keys_survive_and_known_ones_are_checked() -> None:
    req = m.ChannelRequest(3, "x-custom@example.com", True, b"\x00\x01")
    assert decode_message(encode_message(req)) == req
    with pytest.raises(EncodeError, match="must be ExecRequest"):
        encode_message(m.ChannelRequest(3, "exec", True, b"ls"))
    with pytest.raises(EncodeError, match="must be None"):
        encode_message(m.ChannelRequest(3, "shell", True, m.ExecRequest(b"ls")))


def test_conditional_fields_are_checked_on_encode() -> None:
    attrs = m.SftpAttrs(flags=0x1, size=None, uid=None, gid=None, permissions=None,
                        atime=None, mtime=None, extended=None)  # fmt: skip
    with pytest.raises(EncodeError, match="size is required"):
        encode_message(attrs)
    attrs.size, attrs.flags = 5, 0
    with pytest.raises(EncodeError, match="size must be None"):
        encode_message(attrs)


@pytest.mark.parametrize(
    "bad",
    [
        m.ChannelData(-1, b""),
        m.ChannelData(2**32, b""),
        m.ChannelData(1, None),  # type: ignore[arg-type]
        m.ServiceRequest("bad name"),
        m.Disconnect(2, "\ud800", b""),
    ],
)
def test_bad_values_raise_encode_error(bad: object) -> None:
    with pytest.raises(EncodeError):
        encode_message(bad)


def test_secrets_stay_out_of_repr() -> None:
    req = m.UserauthPasswordRequest(False, "hunter2", None)
    assert "hunter2" not in repr(req)
    assert "hunter2" not in repr(m.AgentLock("hunter2"))


def test_reply_table_pairs_requests_with_reply_structs() -> None:
    assert ssh_wire.REPLIES[("GlobalRequest", "tcpip-forward")] == (
        "RequestSuccess",
        m.TcpipForwardReply,
    )
    assert ssh_wire.REPLIES[("SftpExtended", "limits@openssh.com")][1] is m.SftpLimitsReply


def test_encode_message_refuses_foreign_objects() -> None:
    with pytest.raises(EncodeError, match="not a generated"):
        encode_message(object())


def test_public_surface_is_pinned() -> None:
    assert sorted(ssh_wire.__all__) == sorted(
        [
            "CLASSES", "MESSAGES", "REPLIES", "Buffer", "DecodeError", "EncodeError", "SSHError",
            "UnknownMessageError", "WireError", "__version__", "decode", "decode_message",
            "decode_mpint", "decode_name", "decode_name_list", "encode", "encode_message",
            "encode_mpint", "encode_name", "encode_name_list", "encode_string",
        ]
    )  # fmt: skip
    # Every generated class is reachable from the flat public namespace.
    assert all(getattr(m, name) is cls for name, cls in ssh_wire.CLASSES.items())
