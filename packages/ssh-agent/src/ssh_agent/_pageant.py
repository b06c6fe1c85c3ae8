"""PageantAgent: PuTTY's Pageant on Windows, over its WM_COPYDATA shared-memory exchange.

PuTTY's client (windows/agent-client.c, formerly winpgntc.c) talks to Pageant like this:

1. find the window of class and title ``Pageant``;
2. create a file mapping of ``AGENT_MAX_MSGLEN`` (8192) bytes named
   ``PageantRequest%08x`` (the calling thread's id), owned by the current user's SID —
   Pageant refuses mappings owned by anyone else;
3. write the framed request (``uint32 length || payload``) at its start;
4. ``SendMessage(hwnd, WM_COPYDATA, 0, &cds)`` with ``cds.dwData = AGENT_COPYDATA_ID``
   (0x804e50ba) and ``cds.lpData`` / ``cds.cbData`` the NUL-terminated mapping name;
5. a non-zero result means Pageant wrote the framed reply over the request.

The framing and its limits are pure functions, tested everywhere; only
:func:`query_pageant` touches the Windows API (``ctypes.windll`` is looked up inside it, so
importing this module is safe on every platform). :class:`PageantAgent` wraps the exchange in
an asyncio transport, so the ordinary :class:`AgentClient` (and forwarding) run over it.
"""

from __future__ import annotations

import asyncio
import struct
import sys
from collections.abc import Callable
from typing import Any

from ._base import StreamPair
from ._client import DEFAULT_TIMEOUT, AgentClient
from ._errors import AgentError, AgentProtocolError
from ._framing import MAX_MESSAGE

__all__ = [
    "AGENT_COPYDATA_ID",
    "AGENT_MAX_MSGLEN",
    "WM_COPYDATA",
    "PageantAgent",
    "check_request",
    "copydata_name",
    "map_name",
    "query_pageant",
    "read_reply",
]

#: ``COPYDATASTRUCT.dwData`` that marks an agent request ("random goop" in PuTTY).
AGENT_COPYDATA_ID = 0x804E50BA
#: Size of the shared mapping: the largest request or reply, length prefix included.
AGENT_MAX_MSGLEN = 8192
#: The window message carrying the mapping's name.
WM_COPYDATA = 0x004A
_U32 = struct.Struct(">I")
# draft-miller-ssh-agent §4.1: what Pageant answers to a request it cannot take.
_FAILURE_FRAME = b"\x00\x00\x00\x01\x05"


def map_name(thread_id: int) -> str:
    """Returns the file mapping name PuTTY uses for a request from thread ``thread_id``."""
    return f"PageantRequest{thread_id & 0xFFFFFFFF:08x}"


def copydata_name(name: str) -> bytes:
    """Returns ``cds.lpData`` for the mapping ``name``: its ASCII bytes and a NUL
    (``cds.cbData`` is the length of this, NUL included).

    Raises:
        ValueError: the name is not ASCII or holds a NUL.
    """
    if "\0" in name or not name.isascii():
        raise ValueError("a mapping name is ASCII without NUL")
    return name.encode("ascii") + b"\0"


def check_request(frame: bytes) -> bytes:
    """Check that ``frame`` is one whole framed request that fits the mapping.

    Returns:
        ``frame``, as bytes.
    Raises:
        AgentError: not exactly one frame, or larger than ``AGENT_MAX_MSGLEN``.
    """
    frame = bytes(frame)
    if len(frame) < 5 or _U32.unpack_from(frame)[0] != len(frame) - 4:
        raise AgentError("a Pageant request must be exactly one framed agent message")
    if len(frame) > AGENT_MAX_MSGLEN:
        raise AgentError(f"agent request of {len(frame)} bytes is larger than Pageant accepts")
    return frame


def read_reply(mapping: bytes) -> bytes:
    """Extract the framed reply Pageant wrote at the start of the shared mapping.

    Returns:
        ``uint32 length || payload``.
    Raises:
        AgentProtocolError: empty, or longer than the mapping can hold.
    """
    if len(mapping) < 4:
        raise AgentProtocolError("Pageant's reply is truncated")
    (length,) = _U32.unpack_from(mapping)
    if length == 0 or 4 + length > min(len(mapping), AGENT_MAX_MSGLEN):
        raise AgentProtocolError(f"Pageant's reply length {length} is out of bounds")
    return bytes(mapping[: 4 + length])


# -- the Windows side (ctypes is only touched when a query is made) -------------------------


def _is_windows() -> bool:
    return sys.platform == "win32"


def query_pageant(request: bytes) -> bytes:
    """Send one framed request to Pageant and wait for its reply (blocking).

    Returns:
        The framed reply.
    Raises:
        AgentError: not on Windows, Pageant is not running, or the exchange failed.
        AgentProtocolError: Pageant's reply is malformed.
    """
    request = check_request(request)
    if sys.platform == "win32":
        return _windows_query(request)
    raise AgentError("Pageant is only available on Windows")


if sys.platform == "win32":  # pragma: no cover - needs Windows and a running Pageant
    import ctypes
    from ctypes import wintypes

    _PAGE_READWRITE = 0x04
    _FILE_MAP_WRITE = 0x0002
    _TOKEN_QUERY = 0x0008
    _TOKEN_USER = 1  # TOKEN_INFORMATION_CLASS.TokenUser
    _SECURITY_DESCRIPTOR_REVISION = 1
    _SECURITY_DESCRIPTOR_SIZE = 64  # >= SECURITY_DESCRIPTOR_MIN_LENGTH on every Windows

    class _COPYDATASTRUCT(ctypes.Structure):
        _fields_ = (
            ("dwData", ctypes.c_size_t),
            ("cbData", wintypes.DWORD),
            ("lpData", ctypes.c_void_p),
        )

    class _SECURITY_ATTRIBUTES(ctypes.Structure):
        _fields_ = (
            ("nLength", wintypes.DWORD),
            ("lpSecurityDescriptor", ctypes.c_void_p),
            ("bInheritHandle", wintypes.BOOL),
        )

    def _dlls() -> tuple[Any, Any, Any]:
        """user32, kernel32 and advapi32 with pointer-sized argument and result types."""
        u = ctypes.WinDLL("user32", use_last_error=True)
        k = ctypes.WinDLL("kernel32", use_last_error=True)
        a = ctypes.WinDLL("advapi32", use_last_error=True)
        handle, dword, bool_, ptr = wintypes.HANDLE, wintypes.DWORD, wintypes.BOOL, ctypes.c_void_p
        u.FindWindowW.argtypes = (wintypes.LPCWSTR, wintypes.LPCWSTR)
        u.FindWindowW.restype = wintypes.HWND
        u.SendMessageW.argtypes = (wintypes.HWND, wintypes.UINT, wintypes.WPARAM, wintypes.LPARAM)
        u.SendMessageW.restype = wintypes.LPARAM
        k.GetCurrentThreadId.restype = dword
        k.GetCurrentProcess.restype = handle
        k.CreateFileMappingW.argtypes = (handle, ptr, dword, dword, dword, wintypes.LPCWSTR)
        k.CreateFileMappingW.restype = handle
        k.MapViewOfFile.argtypes = (handle, dword, dword, dword, ctypes.c_size_t)
        k.MapViewOfFile.restype = ptr
        k.UnmapViewOfFile.argtypes = (ptr,)
        k.CloseHandle.argtypes = (handle,)
        a.OpenProcessToken.argtypes = (handle, dword, ctypes.POINTER(handle))
        a.OpenProcessToken.restype = bool_
        a.GetTokenInformation.argtypes = (handle, ctypes.c_int, ptr, dword, ctypes.POINTER(dword))
        a.GetTokenInformation.restype = bool_
        a.InitializeSecurityDescriptor.argtypes = (ptr, dword)
        a.InitializeSecurityDescriptor.restype = bool_
        a.SetSecurityDescriptorOwner.argtypes = (ptr, ptr, bool_)
        a.SetSecurityDescriptorOwner.restype = bool_
        return u, k, a

    def _owner_descriptor(k: Any, a: Any) -> tuple[Any, Any]:
        """A security descriptor naming the current user as owner (Pageant checks it).

        Returns:
            The descriptor buffer and the TOKEN_USER buffer its owner SID points into.
        """
        token = wintypes.HANDLE()
        if not a.OpenProcessToken(k.GetCurrentProcess(), _TOKEN_QUERY, ctypes.byref(token)):
            raise AgentError("cannot open the process token to find the user's SID")
        try:
            size = wintypes.DWORD()
            a.GetTokenInformation(token, _TOKEN_USER, None, 0, ctypes.byref(size))
            user = ctypes.create_string_buffer(size.value)
            if not a.GetTokenInformation(token, _TOKEN_USER, user, size, ctypes.byref(size)):
                raise AgentError("cannot read the user's SID from the process token")
        finally:
            k.CloseHandle(token)
        # TOKEN_USER starts with SID_AND_ATTRIBUTES, whose first member is the PSID.
        sid = ctypes.cast(user, ctypes.POINTER(ctypes.c_void_p))[0]
        descriptor = ctypes.create_string_buffer(_SECURITY_DESCRIPTOR_SIZE)
        if not a.InitializeSecurityDescriptor(descriptor, _SECURITY_DESCRIPTOR_REVISION):
            raise AgentError("cannot initialise a security descriptor")
        if not a.SetSecurityDescriptorOwner(descriptor, sid, False):
            raise AgentError("cannot set the owner of the Pageant request mapping")
        return descriptor, user

    def _windows_query(request: bytes) -> bytes:
        u, k, a = _dlls()
        hwnd = u.FindWindowW("Pageant", "Pageant")
        if not hwnd:
            raise AgentError("Pageant is not running")
        name = map_name(k.GetCurrentThreadId())
        descriptor, user = _owner_descriptor(k, a)
        attributes = _SECURITY_ATTRIBUTES(
            ctypes.sizeof(_SECURITY_ATTRIBUTES), ctypes.addressof(descriptor), False
        )
        invalid = wintypes.HANDLE(-1)
        mapping = k.CreateFileMappingW(
            invalid, ctypes.addressof(attributes), _PAGE_READWRITE, 0, AGENT_MAX_MSGLEN, name
        )
        del descriptor, user  # copied into the mapping's security by now
        if not mapping:
            error = ctypes.get_last_error()
            raise AgentError(f"cannot create the Pageant request mapping (error {error})")
        try:
            view = k.MapViewOfFile(mapping, _FILE_MAP_WRITE, 0, 0, 0)
            if not view:
                raise AgentError("cannot map the Pageant request mapping")
            try:
                ctypes.memmove(view, request, len(request))
                raw_name = ctypes.create_string_buffer(copydata_name(name))
                size = len(raw_name.value) + 1
                cds = _COPYDATASTRUCT(AGENT_COPYDATA_ID, size, ctypes.addressof(raw_name))
                if not u.SendMessageW(hwnd, WM_COPYDATA, 0, ctypes.addressof(cds)):
                    raise AgentError("Pageant did not answer the request")
                return read_reply(ctypes.string_at(view, AGENT_MAX_MSGLEN))
            finally:
                k.UnmapViewOfFile(view)
        finally:
            k.CloseHandle(mapping)


# -- an asyncio transport over request/reply exchanges -------------------------------------


class _ExchangeTransport(asyncio.Transport):
    """A byte-stream transport that sends each whole frame written to it through
    ``query`` (run in a thread, one at a time) and feeds the reply back to the protocol.

    A frame larger than Pageant takes is answered SSH_AGENT_FAILURE, as Pageant would; a
    query that raises closes the transport with that error.
    """

    def __init__(
        self,
        loop: asyncio.AbstractEventLoop,
        protocol: asyncio.Protocol,
        query: Callable[[bytes], bytes],
    ) -> None:
        super().__init__()
        self._loop = loop
        self._protocol = protocol
        self._query = query
        self._buffer = bytearray()
        self._frames: asyncio.Queue[bytes] = asyncio.Queue()
        self._closing = False
        protocol.connection_made(self)
        self._worker = loop.create_task(self._run())

    def get_protocol(self) -> asyncio.BaseProtocol:
        return self._protocol

    def is_closing(self) -> bool:
        return self._closing

    def write(self, data: bytes | bytearray | memoryview) -> None:
        if self._closing:
            return
        self._buffer += data
        while len(self._buffer) >= 4:
            (length,) = _U32.unpack_from(self._buffer)
            if length == 0 or length > MAX_MESSAGE:
                self._fail(AgentProtocolError(f"agent request length {length} is out of bounds"))
                return
            if len(self._buffer) < 4 + length:
                break
            self._frames.put_nowait(bytes(self._buffer[: 4 + length]))
            del self._buffer[: 4 + length]

    def can_write_eof(self) -> bool:
        return False

    def get_write_buffer_size(self) -> int:
        return len(self._buffer)

    def close(self) -> None:
        self._fail(None)

    def abort(self) -> None:
        self._fail(None)

    def _fail(self, exc: Exception | None) -> None:
        if self._closing:
            return
        self._closing = True
        self._worker.cancel()
        self._loop.call_soon(self._protocol.connection_lost, exc)

    async def _run(self) -> None:
        while True:
            frame = await self._frames.get()
            if len(frame) > AGENT_MAX_MSGLEN:
                reply = _FAILURE_FRAME
            else:
                try:
                    reply = await asyncio.to_thread(self._query, frame)
                except Exception as exc:
                    self._fail(exc)
                    return
            if self._closing:
                return
            self._protocol.data_received(reply)


class PageantAgent(AgentClient):
    """A client of PuTTY's Pageant (Windows only).

    Each request is one WM_COPYDATA exchange run in a worker thread; :meth:`get_stream` gives
    a stream over the same exchanges, for agent forwarding. Replies are at most 8 KiB.
    """

    max_message = AGENT_MAX_MSGLEN - 4

    def __init__(
        self,
        *,
        timeout: float | None = DEFAULT_TIMEOUT,
        query: Callable[[bytes], bytes] | None = None,
    ) -> None:
        """Args:
            timeout: seconds each wait may take.
            query: what carries one framed request to the agent and returns the framed reply
                (blocking; run in a thread). Default: :func:`query_pageant`.

        Raises:
            AgentError: no ``query`` given and this is not Windows.
        """
        super().__init__(timeout=timeout)
        if query is None:
            if not _is_windows():
                raise AgentError("Pageant is only available on Windows")
            query = query_pageant
        self._query = query

    def __repr__(self) -> str:
        return "<PageantAgent>"

    async def _open_stream(self) -> StreamPair:
        """Returns a new ``(reader, writer)`` pair whose frames go to Pageant."""
        loop = asyncio.get_running_loop()
        reader = asyncio.StreamReader(loop=loop)
        protocol = asyncio.StreamReaderProtocol(reader, loop=loop)
        transport = _ExchangeTransport(loop, protocol, self._query)
        return reader, asyncio.StreamWriter(transport, protocol, reader, loop)
