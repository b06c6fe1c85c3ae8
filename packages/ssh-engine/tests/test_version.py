"""Version exchange (RFC 4253 §4.2): our ident line, the peer's, and the bounds on both."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ssh_engine._errors import LocalProtocolError, RemoteProtocolError
from ssh_engine._version import (
    DEFAULT_SOFTWARE_VERSION,
    MAX_PRE_IDENT_BYTES,
    MAX_PRE_IDENT_LINES,
    Identification,
    VersionReader,
    build_ident_line,
    parse_ident_line,
)
from ssh_wire.messages import DisconnectReason

NOT_SUPPORTED = DisconnectReason.PROTOCOL_VERSION_NOT_SUPPORTED
PROTOCOL_ERROR = DisconnectReason.PROTOCOL_ERROR


# --- our line ----------------------------------------------------------------------------


def test_default_ident_line() -> None:
    line = build_ident_line()
    assert line == f"SSH-2.0-{DEFAULT_SOFTWARE_VERSION}\r\n".encode()
    assert parse_ident_line(line).software_version == DEFAULT_SOFTWARE_VERSION


def test_custom_ident_with_comments() -> None:
    line = build_ident_line("MyServer_1.2", "built for tests")
    assert line == b"SSH-2.0-MyServer_1.2 built for tests\r\n"
    ident = parse_ident_line(line)
    assert ident == Identification(
        protocol_version="2.0",
        software_version="MyServer_1.2",
        comments="built for tests",
        line="SSH-2.0-MyServer_1.2 built for tests",
    )


@pytest.mark.parametrize("bad", ["", "has space", "has-minus", "tab\there", "é", "a\r\n"])
def test_invalid_software_version_rejected(bad: str) -> None:
    with pytest.raises(LocalProtocolError, match="software version"):
        build_ident_line(bad)


@pytest.mark.parametrize("bad", ["new\nline", "cr\r", "nul\0", "ü"])
def test_invalid_comments_rejected(bad: str) -> None:
    with pytest.raises(LocalProtocolError, match="comments"):
        build_ident_line("x", bad)


def test_ident_line_length_limit() -> None:
    longest = "v" * (255 - len("SSH-2.0-") - 2)
    assert len(build_ident_line(longest)) == 255
    with pytest.raises(LocalProtocolError, match="255"):
        build_ident_line(longest + "v")
    with pytest.raises(LocalProtocolError, match="255"):
        build_ident_line("short", "c" * 250)


# --- parsing -------------------------------------------------------------------------------


def test_parse_openssh_ident() -> None:
    ident = parse_ident_line(b"SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u10\r\n")
    assert ident.protocol_version == "2.0"
    assert ident.software_version == "OpenSSH_9.2p1"
    assert ident.comments == "Debian-2+deb12u10"
    assert ident.line == "SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u10"


def test_parse_without_comments_and_bare_lf() -> None:
    ident = parse_ident_line(b"SSH-2.0-dropbear\n")
    assert ident.software_version == "dropbear"
    assert ident.comments is None
    assert ident.line == "SSH-2.0-dropbear"


def test_ssh_1_99_accepted() -> None:
    assert parse_ident_line(b"SSH-1.99-OldServer\r\n").protocol_version == "1.99"


@pytest.mark.parametrize("line", [b"SSH-1.5-old\r\n", b"SSH-1.0-x\r\n", b"SSH-3.0-x\r\n"])
def test_other_versions_not_supported(line: bytes) -> None:
    with pytest.raises(RemoteProtocolError) as info:
        parse_ident_line(line)
    assert info.value.reason == NOT_SUPPORTED


@pytest.mark.parametrize(
    "line",
    [b"SSH-2.0\r\n", b"HTTP/1.1 200 OK\r\n", b"SSH-2.0-bad\x01char\r\n", b"SSH-2.0-\xff\r\n"],
)
def test_malformed_idents_are_protocol_errors(line: bytes) -> None:
    with pytest.raises(RemoteProtocolError) as info:
        parse_ident_line(line)
    assert info.value.reason == PROTOCOL_ERROR


# --- the reader ----------------------------------------------------------------------------


def test_client_reads_greeting_then_ident_then_remaining() -> None:
    reader = VersionReader("client")
    data = b"Welcome\r\nto the server\nSSH-2.0-OpenSSH_9.2\r\n\x00\x00\x01\x14rest"
    assert reader.feed(data) is not None
    assert reader.identification is not None
    assert reader.identification.software_version == "OpenSSH_9.2"
    assert reader.pre_ident_lines == ("Welcome", "to the server")
    assert reader.greeting == "Welcome\r\nto the server\r\n"
    assert reader.remaining == b"\x00\x00\x01\x14rest"
    # Bytes fed afterwards go to remaining.
    assert reader.feed(b"+more") is reader.identification
    assert reader.remaining == b"\x00\x00\x01\x14rest+more"


def test_reader_byte_by_byte() -> None:
    reader = VersionReader("client")
    data = b"hello\r\nSSH-2.0-X y\r\nZ"
    results = [reader.feed(data[i : i + 1]) for i in range(len(data))]
    assert all(r is None for r in results[:-2])
    assert results[-2] == results[-1] == reader.identification
    assert reader.remaining == b"Z"
    assert reader.pre_ident_lines == ("hello",)


def test_server_rejects_pre_ident_lines() -> None:
    reader = VersionReader("server")
    with pytest.raises(RemoteProtocolError) as info:
        reader.feed(b"hello\r\nSSH-2.0-x\r\n")
    assert info.value.reason == PROTOCOL_ERROR


def test_server_reads_client_ident() -> None:
    reader = VersionReader("server")
    ident = reader.feed(b"SSH-2.0-PuTTY_Release_0.78\r\n")
    assert ident is not None and ident.software_version == "PuTTY_Release_0.78"
    assert reader.remaining == b""


def test_ssh1_rejected_by_reader() -> None:
    with pytest.raises(RemoteProtocolError) as info:
        VersionReader("client").feed(b"SSH-1.5-old\n")
    assert info.value.reason == NOT_SUPPORTED


def test_line_too_long_rejected_without_newline() -> None:
    reader = VersionReader("client")
    assert reader.feed(b"x" * 254) is None
    with pytest.raises(RemoteProtocolError, match="longer than 255"):
        reader.feed(b"x")


def test_line_of_exactly_255_bytes_accepted() -> None:
    reader = VersionReader("client")
    assert reader.feed(b"x" * 253 + b"\r\n") is None
    assert reader.pre_ident_lines == ("x" * 253,)


def test_too_many_lines_rejected() -> None:
    reader = VersionReader("client")
    assert reader.feed(b"\r\n" * MAX_PRE_IDENT_LINES) is None
    with pytest.raises(RemoteProtocolError, match="lines"):
        reader.feed(b"\r\n")


def test_too_many_bytes_rejected() -> None:
    reader = VersionReader("client")
    line = b"y" * 98 + b"\r\n"
    assert reader.feed(line * (MAX_PRE_IDENT_BYTES // 100)) is None
    with pytest.raises(RemoteProtocolError, match="bytes"):
        reader.feed(line)


def test_nul_in_pre_ident_rejected() -> None:
    with pytest.raises(RemoteProtocolError, match="NUL"):
        VersionReader("client").feed(b"a\0b\r\n")


def test_errors_are_sticky() -> None:
    reader = VersionReader("server")
    with pytest.raises(RemoteProtocolError) as first:
        reader.feed(b"GET / HTTP/1.1\r\n")
    with pytest.raises(RemoteProtocolError) as second:
        reader.feed(b"SSH-2.0-x\r\n")
    assert second.value is first.value
    with pytest.raises(RemoteProtocolError) as third:
        reader.feed_eof()
    assert third.value is first.value


def test_eof_before_ident() -> None:
    reader = VersionReader("client")
    reader.feed(b"SSH-2.0-partial")
    with pytest.raises(RemoteProtocolError, match="closed"):
        reader.feed_eof()


def test_eof_after_ident_is_fine() -> None:
    reader = VersionReader("client")
    reader.feed(b"SSH-2.0-x\r\n")
    reader.feed_eof()


def test_custom_bounds() -> None:
    reader = VersionReader("client", max_pre_ident_lines=1)
    reader.feed(b"one\n")
    with pytest.raises(RemoteProtocolError):
        reader.feed(b"two\n")


# --- hypothesis ------------------------------------------------------------------------------

_chunks = st.lists(
    st.one_of(
        st.binary(max_size=300),
        st.sampled_from([b"\r\n", b"\n", b"SSH-2.0-", b"SSH-1.99-", b"SSH-1.5-", b" ", b"\0"]),
    ),
    max_size=40,
)


@settings(max_examples=300, deadline=None)
@given(chunks=_chunks, role=st.sampled_from(["client", "server"]))
def test_random_input_only_raises_remote_protocol_error(chunks: list[bytes], role: str) -> None:
    reader = VersionReader("client" if role == "client" else "server")
    for chunk in chunks:
        try:
            result = reader.feed(chunk)
        except RemoteProtocolError as exc:
            assert exc.reason in (PROTOCOL_ERROR, NOT_SUPPORTED)
            return
        # Bounds: never more than the pre-ident limits held before an identification.
        assert len(reader.pre_ident_lines) <= MAX_PRE_IDENT_LINES
        assert sum(len(line) for line in reader.pre_ident_lines) <= MAX_PRE_IDENT_BYTES
        assert all(len(line) <= 255 for line in reader.pre_ident_lines)
        if result is not None:
            assert result.protocol_version in ("2.0", "1.99")
            assert len(result.line) <= 253
            assert role == "client" or not reader.pre_ident_lines


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=20000), split=st.integers(min_value=1, max_value=512))
def test_random_stream_is_bounded(data: bytes, split: int) -> None:
    reader = VersionReader("client")
    try:
        for i in range(0, len(data), split):
            if reader.feed(data[i : i + split]) is not None:
                break
        else:
            reader.feed_eof()
    except RemoteProtocolError:
        return
    # Accepted: the identification came within the bounds.
    consumed = len(data) - len(reader.remaining)
    assert consumed <= MAX_PRE_IDENT_BYTES + 255


@settings(max_examples=200, deadline=None)
@given(
    software=st.text(alphabet=st.characters(min_codepoint=0x21, max_codepoint=0x7E), max_size=80),
    comments=st.none() | st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E)),
)
def test_build_parse_roundtrip(software: str, comments: str | None) -> None:
    try:
        line = build_ident_line(software, comments)
    except LocalProtocolError:
        assert not software or "-" in software or len(software) + len(comments or "") > 200
        return
    ident = parse_ident_line(line)
    assert ident.software_version == software
    assert ident.comments == comments


@settings(max_examples=150, deadline=None)
@given(
    lengths=st.lists(st.integers(min_value=0, max_value=300), max_size=1100),
    bare_lf=st.booleans(),
)
def test_pre_ident_bounds_exactly(lengths: list[int], bare_lf: bool) -> None:
    end = b"\n" if bare_lf else b"\r\n"
    lines = [b"g" * n + end for n in lengths]
    reader = VersionReader("client")
    within = (
        len(lines) <= MAX_PRE_IDENT_LINES
        and sum(map(len, lines)) <= MAX_PRE_IDENT_BYTES
        and all(len(line) <= 255 for line in lines)
    )
    try:
        ident = reader.feed(b"".join(lines) + b"SSH-2.0-srv\r\n")
    except RemoteProtocolError as exc:
        assert not within
        assert exc.reason == PROTOCOL_ERROR
        return
    assert within
    assert ident is not None and ident.software_version == "srv"
    assert reader.pre_ident_lines == tuple("g" * n for n in lengths)
