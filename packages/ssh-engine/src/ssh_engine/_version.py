"""The protocol version exchange (RFC 4253 §4.2), sans-IO.

Theory of operation: each side first sends one identification line,
``SSH-protoversion-softwareversion SP comments CR LF``. :func:`build_ident_line` makes ours;
a :class:`VersionReader` is fed the peer's bytes until it returns the peer's
:class:`Identification`, then hands back whatever bytes followed the line (the start of the
binary packet protocol, RFC 4253 §6).

A server may send other lines before its identification (the seed's "greeting"); a client
may not (RFC 4253 §4.2), so only a client-side reader accepts them, within OpenSSH-like
bounds: at most 1024 lines and 8 KiB in all, each line at most 255 bytes. Every way input
can go wrong ends in :class:`RemoteProtocolError` (PROTOCOL_VERSION_NOT_SUPPORTED for a
version we do not speak, PROTOCOL_ERROR otherwise), never in a hang or another exception.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, Literal

from ssh_wire.messages import DisconnectReason

from . import __version__
from ._errors import LocalProtocolError, RemoteProtocolError

__all__ = [
    "DEFAULT_SOFTWARE_VERSION",
    "MAX_IDENT_LENGTH",
    "Identification",
    "VersionReader",
    "build_ident_line",
    "parse_ident_line",
]

#: RFC 4253 §4.2: "The maximum length of the string is 255 characters, including the
#: Carriage Return and Line Feed."
MAX_IDENT_LENGTH: Final = 255
#: OpenSSH's bounds on what a server may send before its identification (sshd's peer
#: banner loop in kex_exchange_identification): 1024 lines, 8 KiB in all.
MAX_PRE_IDENT_LINES: Final = 1024
MAX_PRE_IDENT_BYTES: Final = 8192

#: Our software version, sent as ``SSH-2.0-ssh_engine_0.1.0``.
DEFAULT_SOFTWARE_VERSION: Final = f"ssh_engine_{__version__}"

# RFC 4253 §4.2: softwareversion is printable US-ASCII without whitespace or minus sign.
_SOFTWARE_VERSION_RE: Final = re.compile(r"[\x21-\x2c\x2e-\x7e]+")
# Comments: printable US-ASCII and spaces (no CR, LF or other controls).
_COMMENTS_RE: Final = re.compile(r"[\x20-\x7e]*")
# What we accept from a peer on its identification line (after removing CR LF).
_PEER_LINE_RE: Final = re.compile(rb"[\x20-\x7e]*")

_VERSION_NOT_SUPPORTED = DisconnectReason.PROTOCOL_VERSION_NOT_SUPPORTED


@dataclass(frozen=True, slots=True, kw_only=True)
class Identification:
    """A parsed identification line (RFC 4253 §4.2).

    Attributes:
        protocol_version: as sent, ``"2.0"`` or ``"1.99"`` (RFC 4253 §5.1: a server that
            also speaks SSH-1 sends 1.99; it speaks 2.0 to us).
        software_version: the softwareversion field (may be empty only if a peer sent it so).
        comments: the text after the first space, or ``None`` when there was no space.
        line: the whole line without its CR LF (used in the exchange hash, RFC 4253 §8).
    """

    protocol_version: str
    software_version: str
    comments: str | None
    line: str


def build_ident_line(
    software_version: str = DEFAULT_SOFTWARE_VERSION, comments: str | None = None
) -> bytes:
    """Make our identification line, ``SSH-2.0-<software_version>[ <comments>]\\r\\n``.

    A custom ``software_version`` is how the seed's ``ident`` option is honoured.

    Returns:
        The line as bytes, CR LF included.
    Raises:
        LocalProtocolError: ``software_version`` is empty or not printable US-ASCII without
            spaces and ``-`` (RFC 4253 §4.2), ``comments`` holds anything but printable
            US-ASCII and spaces, or the line would exceed 255 bytes with its CR LF.
    """
    if not _SOFTWARE_VERSION_RE.fullmatch(software_version):
        raise LocalProtocolError(
            f"invalid SSH software version {software_version!r}: RFC 4253 §4.2 allows printable "
            "US-ASCII without whitespace or '-'"
        )
    line = f"SSH-2.0-{software_version}"
    if comments is not None:
        if not _COMMENTS_RE.fullmatch(comments):
            raise LocalProtocolError(
                f"invalid SSH ident comments {comments!r}: only printable US-ASCII and spaces"
            )
        line += f" {comments}"
    data = line.encode("ascii") + b"\r\n"
    if len(data) > MAX_IDENT_LENGTH:
        raise LocalProtocolError(
            f"SSH identification line is {len(data)} bytes; RFC 4253 §4.2 allows at most "
            f"{MAX_IDENT_LENGTH} with CR LF"
        )
    return data


def parse_ident_line(line: bytes) -> Identification:
    """Parse one identification line, with or without its line ending.

    RFC 4253 §4.2 (``SSH-protoversion-softwareversion SP comments``) and §5.1 (``1.99`` means
    a server that speaks 2.0 too). Any CR LF or bare LF at the end is removed first.

    Returns:
        The parsed :class:`Identification`.
    Raises:
        RemoteProtocolError: reason PROTOCOL_VERSION_NOT_SUPPORTED for a protocol version
            other than 2.0 and 1.99; PROTOCOL_ERROR for a line that is not an SSH
            identification (no ``SSH-`` prefix, no ``-`` after the version, characters
            outside printable US-ASCII, or longer than 255 bytes).
    """
    if line.endswith(b"\n"):
        line = line[:-2] if line.endswith(b"\r\n") else line[:-1]
    if len(line) + 2 > MAX_IDENT_LENGTH:
        raise RemoteProtocolError(f"peer identification line longer than {MAX_IDENT_LENGTH} bytes")
    if not line.startswith(b"SSH-"):
        raise RemoteProtocolError(f"peer sent no SSH identification: {line[:64]!r}")
    if not _PEER_LINE_RE.fullmatch(line):
        raise RemoteProtocolError(
            f"peer identification has characters outside printable US-ASCII: {line[:64]!r}"
        )
    text = line.decode("ascii")
    version, dash, rest = text[4:].partition("-")
    if not dash:
        raise RemoteProtocolError(f"malformed peer identification {text[:64]!r}")
    if version not in ("2.0", "1.99"):
        raise RemoteProtocolError(
            f"peer speaks SSH protocol version {version[:16]!r}; only 2.0 is supported",
            _VERSION_NOT_SUPPORTED,
        )
    software, space, comments = rest.partition(" ")
    return Identification(
        protocol_version=version,
        software_version=software,
        comments=comments if space else None,
        line=text,
    )


class VersionReader:
    """Reads the peer's identification from bytes fed in any pieces (RFC 4253 §4.2).

    Feed bytes with :meth:`feed` until it returns an :class:`Identification`; then
    :attr:`remaining` holds the bytes that followed the line. A client-side reader also
    collects the lines the server sent before its identification in :attr:`pre_ident_lines`.
    Lines end in CR LF; a bare LF is tolerated, as OpenSSH does.

    Errors are sticky: once :meth:`feed` or :meth:`feed_eof` raised, every later call raises
    the same exception.
    """

    __slots__ = (
        "_buffer",
        "_error",
        "_identification",
        "_max_line_length",
        "_max_pre_ident_bytes",
        "_max_pre_ident_lines",
        "_pre_ident_bytes",
        "_pre_ident_lines",
        "_remaining",
        "_scan_from",
        "role",
    )

    def __init__(
        self,
        role: Literal["client", "server"],
        *,
        max_pre_ident_lines: int = MAX_PRE_IDENT_LINES,
        max_pre_ident_bytes: int = MAX_PRE_IDENT_BYTES,
        max_line_length: int = MAX_IDENT_LENGTH,
    ) -> None:
        """Make a reader for our ``role`` (a client reads a server's lines and vice versa).

        The bounds apply to a client-side reader; a server-side one accepts no line before
        the identification. ``max_line_length`` bounds every line, CR LF included.
        """
        self.role = role
        self._max_pre_ident_lines = max_pre_ident_lines if role == "client" else 0
        self._max_pre_ident_bytes = max_pre_ident_bytes
        self._max_line_length = max_line_length
        self._buffer = bytearray()
        self._scan_from = 0
        self._pre_ident_lines: list[str] = []
        self._pre_ident_bytes = 0
        self._identification: Identification | None = None
        self._remaining = b""
        self._error: RemoteProtocolError | None = None

    @property
    def identification(self) -> Identification | None:
        """The peer's identification, or ``None`` while it has not arrived."""
        return self._identification

    @property
    def pre_ident_lines(self) -> tuple[str, ...]:
        """The lines (without line endings) the server sent before its identification.

        Decoded as UTF-8 with replacement characters (RFC 4253 §4.2 says they SHOULD be UTF-8).
        """
        return tuple(self._pre_ident_lines)

    @property
    def greeting(self) -> str:
        """The pre-identification lines joined with ``\\r\\n`` (the seed's ``greeting``)."""
        return "".join(line + "\r\n" for line in self._pre_ident_lines)

    @property
    def remaining(self) -> bytes:
        """Bytes received after the identification line (empty until it arrived)."""
        return self._remaining

    def feed(self, data: bytes | bytearray | memoryview) -> Identification | None:
        """Take more bytes from the peer.

        Returns:
            The peer's :class:`Identification` once its line is complete (and on every
            later call, which then only appends ``data`` to :attr:`remaining`); ``None`` while
            more bytes are needed.
        Raises:
            RemoteProtocolError: a line is too long, too many lines or bytes came before the
                identification, a server-side reader saw a line that is not an
                identification, a line holds a NUL byte, or the identification is invalid
                (see :func:`parse_ident_line` for the reasons).
        """
        if self._error is not None:
            raise self._error
        if self._identification is not None:
            self._remaining += bytes(data)
            return self._identification
        self._buffer += data
        try:
            return self._process()
        except RemoteProtocolError as exc:
            self._error = exc
            self._buffer.clear()
            raise

    def feed_eof(self) -> None:
        """The peer closed its side.

        Raises:
            RemoteProtocolError: the identification had not arrived (PROTOCOL_ERROR).
        """
        if self._error is not None:
            raise self._error
        if self._identification is None:
            self._error = RemoteProtocolError(
                "connection closed before the peer's SSH identification arrived"
            )
            raise self._error

    def _process(self) -> Identification | None:
        """Consume complete lines from the buffer; return the identification when found."""
        buf = self._buffer
        while True:
            end = buf.find(b"\n", self._scan_from, self._max_line_length)
            if end < 0:
                if len(buf) >= self._max_line_length:
                    raise RemoteProtocolError(
                        f"peer sent a line longer than {self._max_line_length} bytes "
                        "before its SSH identification"
                    )
                self._scan_from = len(buf)
                return None
            line = bytes(buf[: end + 1])
            del buf[: end + 1]
            self._scan_from = 0
            if b"\0" in line:
                raise RemoteProtocolError("peer sent a NUL byte before its SSH identification")
            if line.startswith(b"SSH-"):
                self._identification = parse_ident_line(line)
                self._remaining = bytes(buf)
                buf.clear()
                return self._identification
            self._take_pre_ident_line(line)

    def _take_pre_ident_line(self, line: bytes) -> None:
        """Record a line sent before the identification, enforcing the bounds."""
        if self._max_pre_ident_lines == 0:
            raise RemoteProtocolError(
                f"peer sent no SSH identification: {line[:64]!r} (RFC 4253 §4.2: a client "
                "sends its identification first)"
            )
        self._pre_ident_bytes += len(line)
        if len(self._pre_ident_lines) >= self._max_pre_ident_lines:
            raise RemoteProtocolError(
                f"peer sent more than {self._max_pre_ident_lines} lines before its SSH "
                "identification"
            )
        if self._pre_ident_bytes > self._max_pre_ident_bytes:
            raise RemoteProtocolError(
                f"peer sent more than {self._max_pre_ident_bytes} bytes before its SSH "
                "identification"
            )
        text = line.rstrip(b"\n").removesuffix(b"\r")
        self._pre_ident_lines.append(text.decode("utf-8", errors="replace"))
