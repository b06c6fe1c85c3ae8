"""The binary packet protocol (RFC 4253 §6), one sans-IO object per direction.

Theory of operation: a :class:`PacketWriter` turns payloads into wire packets, a
:class:`PacketReader` is fed wire bytes and hands back payloads. Both start with the "none"
cipher and MAC (RFC 4253 §6.3, before the first NEWKEYS); the kex calls ``set_keys`` after
NEWKEYS. Each call to ``set_keys`` installs a *framer*, the object that does one packet's
work for one of the three framings:

* ``_BlockSealer``/``_BlockOpener``: no cipher, CTR/RC4/CBC, with an RFC 4253 MAC over
  ``seq || plaintext`` (encrypt-and-MAC) or an ``-etm@openssh.com`` MAC over
  ``seq || length || ciphertext`` (OpenSSH PROTOCOL §1.5, length in clear);
* ``_GcmSealer``/``_GcmOpener``: RFC 5647 AES-GCM, length in clear as AAD, one ``AESGCM``
  object per direction, a 64-bit invocation counter bumped per packet (§7.1);
* ``_ChachaSealer``/``_ChachaOpener``: OpenSSH PROTOCOL.chacha20poly1305, two ChaCha20
  contexts per direction re-nonced (``reset_nonce``) per packet instead of rebuilt.

Sealing works on *framed buffers* (:func:`frame`): the payload with room reserved before
it for the length and padding-length fields and after it for padding and the MAC or tag.
The sealer fills that room and encrypts where the payload lies, so the packet costs no copy
of its own: ``seal(payload)`` copies the payload into a framed buffer once, and a layer that
encodes its message straight into one (channel data does) saves even that copy.

Speed: one allocation per packet (the framed buffer, or the decrypted plaintext), in-place
encryption where the primitive allows it, payloads handed out as memoryview slices of the
decrypted buffer, padding drawn from a pooled random buffer, no per-packet context setup.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from struct import Struct
from typing import Generic, Protocol, TypeVar

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.ciphers import Cipher, CipherContext, algorithms
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.poly1305 import Poly1305

from .._errors import LocalProtocolError, MacError, ProtocolError, RemoteProtocolError
from ._ciphers import CIPHERS, CipherInfo, CipherKind
from ._compression import COMPRESSIONS, Compressor, Decompressor, check_compression
from ._macs import MACS, Mac

__all__ = [
    "DEFAULT_MAX_PACKET_LENGTH",
    "FRAME_HEADROOM",
    "FRAME_TAILROOM",
    "MIN_MAX_PACKET_LENGTH",
    "PacketReader",
    "PacketWriter",
    "frame",
]

DEFAULT_MAX_PACKET_LENGTH = 256 * 1024
"""Default bound on an inbound ``packet_length`` field (bytes after the length field)."""
MIN_MAX_PACKET_LENGTH = 35000
"""RFC 4253 §6.1: implementations must handle packets of 35000 bytes in total."""

_MASK32 = 0xFFFFFFFF
_MASK64 = 0xFFFFFFFFFFFFFFFF
_MAX_PAYLOAD = _MASK32 - 300  # leaves room for padding and MAC under the uint32 length
_LEN = Struct(">I")
_LEN_PAD = Struct(">IB")
_GCM_NONCE = Struct(">IQ")
# cryptography's 16-byte ChaCha20 "nonce" is the initial state words 12-15: for the original
# (64-bit counter) ChaCha that OpenSSH uses, a LE block counter (0 here) || uint64 BE seq.
_CHACHA_NONCE = Struct(">8xQ")
_ZERO_BLOCK = bytes(64)
_ZERO16 = bytes(16)
_EMPTY = bytearray()  # bytearray().join(...) builds a packet buffer in one copy
_MAX_PADDING = 19  # RFC 4253 §6: 4 to block + 3 bytes, with blocks of at most 16 bytes
_POOL_SIZE = 16384

Payload = bytes | bytearray | memoryview
RandomSource = Callable[[int], bytes]


class _RandomPool:
    """Random padding bytes (RFC 4253 §6: "random padding"), read in 16 KiB refills.

    One ``os.urandom`` call per ~800 packets instead of one per packet. Takes are at most
    ``_MAX_PADDING`` bytes, so the pool is always exactly ``_POOL_SIZE`` bytes long.
    """

    __slots__ = ("_pool", "_pos", "_source")

    def __init__(self, source: RandomSource) -> None:
        self._source = source
        self._pool = b""
        self._pos = _POOL_SIZE  # empty: the first take refills

    def take(self, n: int) -> bytes:
        """Returns ``n`` (at most ``_POOL_SIZE``) random bytes."""
        pos = self._pos
        stop = pos + n
        if stop > _POOL_SIZE:
            self._pool, pos, stop = self._source(_POOL_SIZE), 0, n
        self._pos = stop
        return self._pool[pos:stop]


def _padding(aligned: int, block: int) -> int:
    """Returns the padding length for ``aligned`` bytes (RFC 4253 §6: >= 4, to a block)."""
    pad = block - aligned % block
    return pad + block if pad < 4 else pad


# --------------------------------------------------------------------------- framed buffers

FRAME_HEADROOM = 5
"""Bytes a framed buffer reserves before the payload: uint32 packet_length, byte
padding_length (RFC 4253 §6)."""
FRAME_TAILROOM = _MAX_PADDING + max(16, *(info.mac_size for info in MACS.values()))
"""Bytes a framed buffer reserves after the payload: the most padding any framing needs
(4 to block + 3 bytes, RFC 4253 §6, with 16-byte blocks) and the longest MAC or tag."""
_FRAMING = FRAME_HEADROOM + FRAME_TAILROOM
_HEAD = bytes(FRAME_HEADROOM)
_TAIL = bytes(FRAME_TAILROOM)


def frame(payload: Payload) -> bytearray:
    """Returns a framed buffer holding a copy of ``payload``.

    A framed buffer is ``FRAME_HEADROOM`` reserved bytes, the payload, then
    ``FRAME_TAILROOM`` reserved bytes: a sealer writes the packet header, padding and
    MAC or tag around the payload and encrypts it where it lies, so a layer that encodes
    its message straight into such a buffer (channel data does) costs one copy in all.
    """
    return _EMPTY.join((_HEAD, payload, _TAIL))


# --------------------------------------------------------------------------- sealers


def _unsealable(buf: bytearray) -> LocalProtocolError:
    """Returns the error for a buffer too short to be framed, or too long to be sealed."""
    return LocalProtocolError(f"a framed buffer of {len(buf)} bytes cannot be sealed")


def _payload_size(buf: bytearray) -> int:
    """Returns the size of the payload in the framed buffer ``buf``.

    Raises:
        LocalProtocolError: ``buf`` is not a framed buffer of a sealable size.
    """
    size = len(buf) - _FRAMING
    if not 0 <= size <= _MAX_PAYLOAD:
        raise _unsealable(buf)
    return size


def _fill_room(buf: bytearray, size: int, pad: int, tail: int, random: _RandomPool) -> int:
    """Writes packet_length, padding_length and ``pad`` random padding bytes around the
    ``size``-byte payload of the framed buffer ``buf`` (RFC 4253 §6) and cuts the room after
    the padding to ``tail`` bytes, for the MAC or tag.

    Returns:
        The offset where the padding ends.
    """
    end = 5 + size + pad
    _LEN_PAD.pack_into(buf, 0, end - 4, pad)
    buf[end - pad :] = random.take(pad + tail)  # the tail's bytes are overwritten later
    return end


class _Sealer(Protocol):
    """Seals framed buffers for one set of keys and keeps the sequence number."""

    sequence_number: int  # of the next packet (RFC 4253 §6.4)

    def seal(self, buf: bytearray) -> bytearray: ...


class _BlockSealer:
    """No cipher, or a stream/CBC cipher, with encrypt-and-MAC, EtM or no MAC."""

    __slots__ = (
        "_block", "_ctx", "_etm", "_in_place", "_mac", "_mac_size", "_random", "sequence_number",
    )  # fmt: skip

    def __init__(
        self, ctx: CipherContext | None, in_place: bool, block: int, mac: Mac | None,
        random: _RandomPool,
    ) -> None:  # fmt: skip
        self._ctx = ctx
        self._in_place = in_place
        self._block = max(8, block)
        self._mac = mac
        self._mac_size = mac.size if mac is not None else 0
        self._etm = mac is not None and mac.info.etm
        self._random = random
        self.sequence_number = 0

    def seal(self, buf: bytearray) -> bytearray:
        """Seals the framed buffer ``buf`` in place as the next packet; returns it.

        Raises:
            LocalProtocolError: ``buf`` is not a framed buffer of a sealable size.
        """
        size = _payload_size(buf)
        seq = self.sequence_number
        self.sequence_number = (seq + 1) & _MASK32  # RFC 4253 §6.4: wraps after 2**32
        # RFC 4253 §6: length||padlen||payload||padding is a multiple of the block size;
        # under EtM the clear length field is left out of the alignment (PROTOCOL §1.5).
        pad = _padding(1 + size if self._etm else 5 + size, self._block)
        end = _fill_room(buf, size, pad, self._mac_size, self._random)
        mv = memoryview(buf)
        mac, ctx = self._mac, self._ctx
        if mac is not None and not self._etm:
            buf[end:] = mac.compute(seq, mv[:end])  # RFC 4253 §6.4: MAC of the plaintext
        if ctx is not None:
            part = mv[4:end] if self._etm else mv[:end]
            if self._in_place:
                ctx.update_into(part, part)
            else:
                part[:] = ctx.update(part)
        if mac is not None and self._etm:
            buf[end:] = mac.compute(seq, mv[:end])  # PROTOCOL §1.5: MAC of the ciphertext
        return buf


class _GcmNonce:
    """The nonce of one AES-GCM direction, and the sequence number derived from it.

    RFC 5647 §7.1: nonce = 4-byte fixed field || 8-byte invocation counter, bumped per
    packet. The counter advances once per packet like the sequence number, so the latter
    is derived from it rather than kept up per packet.
    """

    __slots__ = ("_counter", "_fixed", "_seq_base")

    def __init__(self, iv: bytes) -> None:
        self._fixed: int
        self._counter: int
        self._fixed, self._counter = _GCM_NONCE.unpack(iv)
        self._seq_base = -self._counter

    @property
    def sequence_number(self) -> int:
        """The sequence number of the next packet."""
        return (self._seq_base + self._counter) & _MASK32

    @sequence_number.setter
    def sequence_number(self, value: int) -> None:
        self._seq_base = value - self._counter


class _GcmSealer(_GcmNonce):
    """RFC 5647 AES-GCM: clear length as AAD, in-place encryption, counter per packet."""

    __slots__ = ("_encrypt_into", "_random")

    def __init__(self, key: bytes, iv: bytes, random: _RandomPool) -> None:
        super().__init__(iv)
        self._encrypt_into = AESGCM(key).encrypt_into
        self._random = random

    def seal(self, buf: bytearray) -> bytearray:
        """Seals the framed buffer ``buf`` in place as the next packet; returns it.

        Raises:
            LocalProtocolError: ``buf`` is not a framed buffer of a sealable size.
        """
        # The hot path of bulk transfers: _payload_size(), _padding() and _fill_room()
        # inlined (a call costs ~2 % of the packet here).
        size = len(buf) - _FRAMING
        if not 0 <= size <= _MAX_PAYLOAD:
            raise _unsealable(buf)
        pad = 15 - size % 16  # RFC 4253 §6 with the length field outside (RFC 5647 §7.2)
        if pad < 4:
            pad += 16
        end = 5 + size + pad
        _LEN_PAD.pack_into(buf, 0, end - 4, pad)
        pool = self._random
        pos = pool._pos
        stop = pos + pad + 16
        if stop > _POOL_SIZE:
            pool._pool, pos, stop = pool._source(_POOL_SIZE), 0, pad + 16
        pool._pos = stop
        # One slice assignment writes the padding and cuts the tail to room for the tag
        # (those 16 bytes are random too, then overwritten by the tag).
        buf[end - pad :] = pool._pool[pos:stop]
        mv = memoryview(buf)
        counter = self._counter
        self._counter = (counter + 1) & _MASK64  # RFC 5647 §7.1: per packet
        self._encrypt_into(_GCM_NONCE.pack(self._fixed, counter), mv[4:end], mv[:4], mv[4:])
        return buf


def _chacha_contexts(key: bytes) -> tuple[CipherContext, CipherContext]:
    """Returns the (payload K_2, length K_1) ChaCha20 contexts for a 64-byte key.

    PROTOCOL.chacha20poly1305: K_2 is the first 32 bytes, K_1 the last 32. ChaCha20 is its
    own inverse, so encryptors serve both directions; they are re-nonced per packet.
    """
    main = Cipher(algorithms.ChaCha20(key[:32], _ZERO16), None).encryptor()
    header = Cipher(algorithms.ChaCha20(key[32:64], _ZERO16), None).encryptor()
    return main, header


class _ChachaSealer:
    """OpenSSH chacha20-poly1305: length under K_1, payload under K_2, Poly1305 tag."""

    __slots__ = ("_header", "_main", "_random", "sequence_number")

    def __init__(self, key: bytes, random: _RandomPool) -> None:
        self._main, self._header = _chacha_contexts(key)
        self._random = random
        self.sequence_number = 0

    def seal(self, buf: bytearray) -> bytearray:
        """Seals the framed buffer ``buf`` in place as the next packet; returns it.

        Raises:
            LocalProtocolError: ``buf`` is not a framed buffer of a sealable size.
        """
        size = _payload_size(buf)
        seq = self.sequence_number
        self.sequence_number = (seq + 1) & _MASK32  # RFC 4253 §6.4: wraps after 2**32
        pad = _padding(1 + size, 8)  # the length field is outside the alignment (aadlen 4)
        end = _fill_room(buf, size, pad, 16, self._random)
        mv = memoryview(buf)
        nonce = _CHACHA_NONCE.pack(seq)  # block counter 0, nonce = uint64(seq)
        header, main = self._header, self._main
        header.reset_nonce(nonce)
        header.update_into(mv[:4], mv[:4])
        main.reset_nonce(nonce)
        # Block 0 of K_2's keystream keys Poly1305; the payload starts at block 1.
        poly_key = main.update(_ZERO_BLOCK)[:32]
        main.update_into(mv[4:end], mv[4:end])
        buf[end:] = Poly1305.generate_tag(poly_key, mv[:end])
        return buf


# --------------------------------------------------------------------------- openers


class _Opener(Protocol):
    """Opens packets for one set of keys and keeps the sequence number."""

    sequence_number: int  # of the next packet (RFC 4253 §6.4)

    def open(self, buf: bytes | bytearray, pos: int, limit: int) -> tuple[Payload, int] | None: ...


def _bad_length(length: int, limit: int, block: int, aligned: int) -> str | None:
    """Returns why a ``packet_length`` is unacceptable, or None when it is fine."""
    if length < 5:  # padding_length byte + at least 4 bytes of padding
        return f"packet length {length} is too short"
    if length > limit:
        return f"packet length {length} exceeds the limit of {limit} bytes"
    if aligned % block:
        return f"packet length {length} is not a multiple of the {block}-byte block"
    return None


def _payload(plain: bytes, start: int, length: int) -> memoryview:
    """Returns the payload view of a decrypted packet whose padding_length is at ``start``.

    Raises:
        RemoteProtocolError: (PROTOCOL_ERROR) padding shorter than 4 bytes or longer than
            the packet allows (RFC 4253 §6).
    """
    pad = plain[start]
    if pad < 4 or pad >= length:
        raise RemoteProtocolError(f"bad padding length {pad} in a {length}-byte packet")
    return memoryview(plain)[start + 1 : start + length - pad]


class _BlockOpener:
    """Reads packets framed by :class:`_BlockSealer`."""

    __slots__ = (
        "_block", "_ctx", "_etm", "_first", "_length", "_mac", "_mac_size", "sequence_number",
    )  # fmt: skip

    def __init__(self, ctx: CipherContext | None, block: int, mac: Mac | None) -> None:
        self.sequence_number = 0
        self._ctx = ctx
        self._block = max(8, block)
        self._mac = mac
        self._mac_size = mac.size if mac is not None else 0
        self._etm = mac is not None and mac.info.etm
        self._length = -1  # packet_length of the packet in progress, once known
        self._first = b""  # its decrypted first block (encrypted-length framing)

    def open(self, buf: bytes | bytearray, pos: int, limit: int) -> tuple[Payload, int] | None:
        """Returns ``(payload, end)`` for the packet at ``buf[pos:]``, or None if incomplete.

        Raises:
            MacError: the MAC does not match; or, with an encrypted length and a MAC, the
                decrypted length is invalid (as OpenSSH reports it, so a corrupted length is
                not told apart from a corrupted MAC).
            RemoteProtocolError: a bad length (clear or unauthenticated) or bad padding.
        """
        avail = len(buf) - pos
        ctx, mac, block, etm = self._ctx, self._mac, self._block, self._etm
        length = self._length
        if length < 0:
            if ctx is None or etm:
                if avail < 4:
                    return None
                (length,) = _LEN.unpack_from(buf, pos)
                aligned = length
            else:
                if avail < block:
                    return None
                # RFC 4253 §6: the length is inside the first encrypted block.
                with memoryview(buf) as mv:
                    self._first = ctx.update(mv[pos : pos + block])
                (length,) = _LEN.unpack_from(self._first)
                aligned = length + 4
            why = _bad_length(length, limit, block, aligned if etm else length + 4)
            if why is not None:
                if ctx is not None and mac is not None and not etm:
                    raise MacError(f"corrupt packet: {why}")
                raise RemoteProtocolError(why)
            self._length = length
        end = pos + 4 + length
        if avail < 4 + length + self._mac_size:
            return None
        self._length = -1
        seq = self.sequence_number
        self.sequence_number = (seq + 1) & _MASK32  # RFC 4253 §6.4 (errors are sticky)
        with memoryview(buf) as mv:
            tag = mv[end : end + self._mac_size]
            if etm:
                assert mac is not None
                # PROTOCOL §1.5: check the MAC before decrypting anything.
                if not mac.verify(seq, mv[pos:end], tag):
                    raise MacError("MAC mismatch (encrypt-then-MAC)")
                body = mv[pos + 4 : end]
                plain = ctx.update(body) if ctx is not None else bytes(body)
                return _payload(plain, 0, length), end + self._mac_size
            if ctx is not None:
                plain = self._first + ctx.update(mv[pos + self._block : end])
                self._first = b""
            else:
                plain = bytes(mv[pos:end])
            if mac is not None and not mac.verify(seq, plain, tag):
                raise MacError("MAC mismatch")
        return _payload(plain, 4, length), end + self._mac_size


class _GcmOpener(_GcmNonce):
    """Reads packets framed by :class:`_GcmSealer`."""

    __slots__ = ("_decrypt",)

    def __init__(self, key: bytes, iv: bytes) -> None:
        super().__init__(iv)
        self._decrypt = AESGCM(key).decrypt

    def open(self, buf: bytes | bytearray, pos: int, limit: int) -> tuple[Payload, int] | None:
        """Returns ``(payload, end)`` for the packet at ``buf[pos:]``, or None if incomplete.

        Raises:
            MacError: the GCM tag does not verify.
            RemoteProtocolError: a bad packet length (in clear) or bad padding.
        """
        head = pos + 4
        if len(buf) < head:
            return None
        (length,) = _LEN.unpack_from(buf, pos)
        if length < 5 or length > limit or length % 16:  # RFC 5647 §7.2: AAD outside
            raise RemoteProtocolError(_bad_length(length, limit, 16, length) or "bad length")
        end = head + length + 16
        if len(buf) < end:
            return None
        counter = self._counter
        mv = memoryview(buf)
        try:
            plain = self._decrypt(_GCM_NONCE.pack(self._fixed, counter), mv[head:end], mv[pos:head])
        except InvalidTag:
            raise MacError("AES-GCM tag mismatch") from None
        finally:
            mv.release()  # a bytearray buffer must stay resizable
        self._counter = (counter + 1) & _MASK64
        pad = plain[0]
        if pad < 4 or pad >= length:  # RFC 4253 §6
            raise RemoteProtocolError(f"bad padding length {pad} in a {length}-byte packet")
        return memoryview(plain)[1 : length - pad], end


class _ChachaOpener:
    """Reads packets framed by :class:`_ChachaSealer`."""

    __slots__ = ("_header", "_length", "_main", "sequence_number")

    def __init__(self, key: bytes) -> None:
        self._main, self._header = _chacha_contexts(key)
        self._length = -1
        self.sequence_number = 0

    def open(self, buf: bytes | bytearray, pos: int, limit: int) -> tuple[Payload, int] | None:
        """Returns ``(payload, end)`` for the packet at ``buf[pos:]``, or None if incomplete.

        Raises:
            MacError: the Poly1305 tag does not verify.
            RemoteProtocolError: a bad (decrypted) packet length or bad padding.
        """
        avail = len(buf) - pos
        length = self._length
        seq = self.sequence_number
        nonce = _CHACHA_NONCE.pack(seq)
        if length < 0:
            if avail < 4:
                return None
            header = self._header
            header.reset_nonce(nonce)
            with memoryview(buf) as mv:
                (length,) = _LEN.unpack(header.update(mv[pos : pos + 4]))
            why = _bad_length(length, limit, 8, length)
            if why is not None:
                raise RemoteProtocolError(why)
            self._length = length
        end = pos + 4 + length
        if avail < 4 + length + 16:
            return None
        self._length = -1
        self.sequence_number = (seq + 1) & _MASK32  # RFC 4253 §6.4 (errors are sticky)
        main = self._main
        main.reset_nonce(nonce)
        poly_key = main.update(_ZERO_BLOCK)[:32]
        with memoryview(buf) as mv:
            try:
                # PROTOCOL.chacha20poly1305: tag over encrypted length || ciphertext, checked
                # before decrypting.
                Poly1305.verify_tag(poly_key, mv[pos:end], bytes(mv[end : end + 16]))
            except InvalidSignature:
                raise MacError("chacha20-poly1305 tag mismatch") from None
            plain = main.update(mv[pos + 4 : end])
        return _payload(plain, 0, length), end + 16


# --------------------------------------------------------------------------- directions


def _lookup(cipher_name: str, key: bytes, iv: bytes, mac_name: str, mac_key: bytes) -> tuple[
    CipherInfo, Mac | None, bytes, bytes
]:  # fmt: skip
    """Returns ``(cipher info, keyed MAC or None, key, iv)`` with key and IV cut to size.

    Keys longer than needed are truncated (RFC 4253 §7.2 derives "as many bytes as needed").
    For AEAD ciphers the MAC name is ignored, as OpenSSH does.

    Raises:
        LocalProtocolError: an unknown name, or a key/IV shorter than the algorithm needs.
    """
    info = CIPHERS.get(cipher_name)
    if info is None:
        raise LocalProtocolError(f"unknown cipher {cipher_name!r}")
    if len(key) < info.key_size or len(iv) < info.iv_size:
        raise LocalProtocolError(
            f"{cipher_name} needs a {info.key_size}-byte key and a {info.iv_size}-byte IV, "
            f"got {len(key)} and {len(iv)}"
        )
    mac: Mac | None = None
    if not info.aead:
        mac_info = MACS.get(mac_name)
        if mac_info is None:
            raise LocalProtocolError(f"unknown MAC {mac_name!r}")
        if len(mac_key) < mac_info.key_size:
            raise LocalProtocolError(
                f"{mac_name} needs a {mac_info.key_size}-byte key, got {len(mac_key)}"
            )
        if mac_info.name != "none":
            mac = Mac(mac_info, bytes(mac_key))
    return info, mac, bytes(key[: info.key_size]), bytes(iv[: info.iv_size])


class _Numbered(Protocol):
    sequence_number: int


_F = TypeVar("_F", bound=_Numbered)


class _Direction(Generic[_F]):
    """What both directions share: the framer (sealer or opener) in use, which keeps the
    sequence number, algorithm names, compression switch."""

    __slots__ = (
        "_after_auth",
        "_compression",
        "_compression_on",
        "_framer",
        "cipher_name",
        "mac_name",
    )

    _framer: _F

    @property  # kept by the framer, which counts packets anyway
    def sequence_number(self) -> int:
        """The sequence number of the next packet (RFC 4253 §6.4)."""
        return self._framer.sequence_number

    @sequence_number.setter
    def sequence_number(self, value: int) -> None:
        self._framer.sequence_number = value & _MASK32

    def reset_sequence_number(self) -> None:
        """Set the sequence number to 0 (strict kex, after each NEWKEYS)."""
        self.sequence_number = 0

    def __init__(self) -> None:
        self.cipher_name = "none"
        self.mac_name = "none"
        self._compression = "none"
        self._compression_on = False
        self._after_auth = False

    def _install_compression(self, name: str) -> bool:
        """Record ``name`` (at NEWKEYS); returns whether a fresh zlib stream starts now.

        RFC 4253 §6.2 and OpenSSH's ssh_set_newkeys: the stream is initialised again at
        every NEWKEYS, for ``zlib`` always and for ``zlib@openssh.com`` once user
        authentication has succeeded.

        Raises:
            LocalProtocolError: the name is unknown.
        """
        check_compression(name)
        self._compression = name
        delayed = COMPRESSIONS[name]
        self._compression_on = name != "none" and (not delayed or self._after_auth)
        return self._compression_on

    def _start_delayed(self) -> bool:
        """Note that authentication succeeded; returns whether a delayed method starts."""
        self._after_auth = True
        if self._compression != "none" and not self._compression_on:
            self._compression_on = True
            return True
        return False

    @property
    def compression_name(self) -> str:
        """Returns the installed compression method's name."""
        return self._compression

    @property
    def compression_active(self) -> bool:
        """Returns whether payloads are (de)compressed right now."""
        return self._compression_on


class _CompressingSealer:
    """Compresses each payload (RFC 4253 §6.2) into a new framed buffer for ``inner``."""

    __slots__ = ("_compress", "_inner")

    def __init__(self, compressor: Compressor, inner: _Sealer) -> None:
        self._compress = compressor.compress
        self._inner = inner

    def seal(self, buf: bytearray) -> bytearray:
        """Seals the compressed payload of the framed buffer ``buf``; returns the packet.

        Raises:
            LocalProtocolError: ``buf`` is not a framed buffer, or the compressed payload
                would not fit the length field.
        """
        if len(buf) < _FRAMING:
            raise _unsealable(buf)
        with memoryview(buf) as mv:
            payload = self._compress(mv[FRAME_HEADROOM : len(buf) - FRAME_TAILROOM])
        if len(payload) > _MAX_PAYLOAD:
            raise LocalProtocolError(f"compressed payload of {len(payload)} bytes is too large")
        return self._inner.seal(frame(payload))


class PacketWriter(_Direction[_Sealer]):
    """The outbound half of the binary packet protocol (RFC 4253 §6), sans-IO.

    ``seal_framed(buf)`` seals a framed buffer (see :func:`frame`) where it lies. The
    caller hands ``buf`` over: it is cut to the packet's length and encrypted in place (or,
    with compression on, replaced by a new buffer). It returns the whole wire packet and
    advances the sequence number by one (mod 2**32); it raises ``LocalProtocolError`` when
    ``buf`` is shorter than the framing or the packet would not fit the 32-bit length
    field. It is the installed sealer's own bound method, rebound whenever keys or
    compression change, so the bulk data path costs one Python call per packet.
    """

    __slots__ = ("_compressor", "_random", "seal_framed")

    seal_framed: Callable[[bytearray], bytearray]

    def __init__(self, *, random_bytes: RandomSource = os.urandom) -> None:
        """Start with the "none" cipher and MAC.

        Args:
            random_bytes: source of padding bytes (tests pass a deterministic one).
        """
        super().__init__()
        self._random = _RandomPool(random_bytes)
        self._framer = _BlockSealer(None, False, 8, None, self._random)
        self._compressor: Compressor | None = None
        self._bind()

    def _bind(self) -> None:
        """Point ``seal_framed`` at the sealer, through the compressor when one is on."""
        sealer = self._framer
        compressor = self._compressor
        self.seal_framed = (
            sealer.seal if compressor is None else _CompressingSealer(compressor, sealer).seal
        )

    def set_keys(
        self, cipher_name: str, key: bytes, iv: bytes, mac_name: str, mac_key: bytes
    ) -> None:
        """Install new keys for every packet sealed from now on (after sending NEWKEYS).

        Raises:
            LocalProtocolError: an unknown algorithm or a key/IV too short for it.
        """
        info, mac, key, iv = _lookup(cipher_name, key, iv, mac_name, mac_key)
        sealer: _Sealer
        if info.kind is CipherKind.GCM:
            sealer = _GcmSealer(key, iv, self._random)
        elif info.kind is CipherKind.CHACHA:
            sealer = _ChachaSealer(key, self._random)
        else:
            ctx = info.factory(key, iv, True) if info.factory is not None else None
            in_place = info.kind is CipherKind.STREAM
            sealer = _BlockSealer(ctx, in_place, info.block_size, mac, self._random)
        sealer.sequence_number = self._framer.sequence_number  # RFC 4253 §6.4: kept
        self._framer = sealer
        self._bind()
        self.cipher_name = info.name
        self.mac_name = "" if info.aead else mac_name

    def set_compression(self, name: str) -> None:
        """Install the negotiated compression at NEWKEYS, with a fresh zlib stream (RFC 4253
        §6.2); a delayed method stays off until authentication has succeeded.

        Raises:
            LocalProtocolError: the name is unknown.
        """
        self._compressor = Compressor() if self._install_compression(name) else None
        self._bind()

    def start_delayed_compression(self) -> None:
        """Turn on ``zlib@openssh.com`` once authentication has succeeded (no-op otherwise)."""
        if self._start_delayed():
            self._compressor = Compressor()
            self._bind()

    def seal(self, payload: Payload) -> bytearray:
        """Frame, pad, compress, encrypt and authenticate one payload (copied once).

        Returns:
            A new buffer holding the whole wire packet, owned by the caller. The sequence
            number advances by one (mod 2**32).
        Raises:
            LocalProtocolError: the packet would not fit the 32-bit length field.
        """
        if len(payload) > _MAX_PAYLOAD:
            raise LocalProtocolError(f"payload of {len(payload)} bytes is too large")
        return self.seal_framed(frame(payload))


class PacketReader(_Direction[_Opener]):
    """The inbound half of the binary packet protocol (RFC 4253 §6), sans-IO.

    Feed it bytes with :meth:`feed`; take payloads with :meth:`next_payload` until it
    returns None. Errors are sticky: after one, every call raises the same exception.
    """

    __slots__ = ("_buf", "_decompressor", "_error", "_pos", "max_packet_length")

    def __init__(self, *, max_packet_length: int = DEFAULT_MAX_PACKET_LENGTH) -> None:
        """Start with the "none" cipher and MAC.

        Args:
            max_packet_length: the largest ``packet_length`` accepted (RFC 4253 §6.1 asks
                for at least 35000; the default is 256 KiB).
        Raises:
            ValueError: ``max_packet_length`` is below 35000 or above 2**32 - 1.
        """
        super().__init__()
        if not MIN_MAX_PACKET_LENGTH <= max_packet_length <= _MASK32:
            raise ValueError(
                f"max_packet_length must be in [35000, 2**32), not {max_packet_length}"
            )
        self.max_packet_length = max_packet_length
        self._buf: bytes | bytearray = b""
        self._pos = 0
        self._framer = _BlockOpener(None, 8, None)
        self._decompressor: Decompressor | None = None
        self._error: ProtocolError | None = None

    @property
    def buffered(self) -> int:
        """Returns how many fed bytes have not yet been consumed as packets."""
        return len(self._buf) - self._pos

    def set_keys(
        self, cipher_name: str, key: bytes, iv: bytes, mac_name: str, mac_key: bytes
    ) -> None:
        """Install new keys for every packet after the current one (after receiving NEWKEYS).

        Bytes already fed but not yet consumed are read with the new keys.

        Raises:
            LocalProtocolError: an unknown algorithm or a key/IV too short for it.
        """
        info, mac, key, iv = _lookup(cipher_name, key, iv, mac_name, mac_key)
        opener: _Opener
        if info.kind is CipherKind.GCM:
            opener = _GcmOpener(key, iv)
        elif info.kind is CipherKind.CHACHA:
            opener = _ChachaOpener(key)
        else:
            ctx = info.factory(key, iv, False) if info.factory is not None else None
            opener = _BlockOpener(ctx, info.block_size, mac)
        opener.sequence_number = self._framer.sequence_number  # RFC 4253 §6.4: kept
        self._framer = opener
        self.cipher_name = info.name
        self.mac_name = "" if info.aead else mac_name

    def set_compression(self, name: str) -> None:
        """Install the negotiated decompression at NEWKEYS, with a fresh zlib stream (RFC
        4253 §6.2); a delayed method stays off until authentication has succeeded.

        Raises:
            LocalProtocolError: the name is unknown.
        """
        on = self._install_compression(name)
        self._decompressor = Decompressor(self.max_packet_length) if on else None

    def start_delayed_compression(self) -> None:
        """Turn on ``zlib@openssh.com`` once authentication has succeeded (no-op otherwise)."""
        if self._start_delayed():
            self._decompressor = Decompressor(self.max_packet_length)

    def feed(self, data: bytes | bytearray | memoryview) -> None:
        """Append received bytes; no parsing happens until :meth:`next_payload`.

        When nothing is buffered, a ``bytes`` object is kept as is, without a copy.
        """
        buf, pos = self._buf, self._pos
        if pos >= len(buf):
            self._buf = data if type(data) is bytes else bytes(data)
            self._pos = 0
        elif type(buf) is bytearray and pos == 0:
            buf += data
        else:
            # Keep only the unconsumed tail, then grow it in place from now on.
            with memoryview(buf) as mv:
                tail = bytearray(mv[pos:])
            tail += data
            self._buf = tail
            self._pos = 0

    def next_payload(self) -> Payload | None:
        """Returns the next complete payload, or None until more bytes are fed.

        The payload is a memoryview over a buffer owned by that payload alone (the decrypted
        plaintext, never the reader's input buffer), so it stays valid after later calls;
        ``bytes`` when decompressed. The sequence number
        advances by one (mod 2**32) per payload returned.

        Raises:
            MacError: a MAC or AEAD tag did not verify (reason MAC_ERROR).
            RemoteProtocolError: a bad packet length, bad padding (PROTOCOL_ERROR) or a
                corrupt compressed payload (COMPRESSION_ERROR).
        """
        if self._error is not None:
            raise self._error
        try:
            found = self._framer.open(self._buf, self._pos, self.max_packet_length)
        except ProtocolError as exc:
            self._error = exc
            raise
        if found is None:
            return None
        payload, self._pos = found
        if self._decompressor is not None:
            try:
                return self._decompressor.decompress(payload)
            except ProtocolError as exc:
                self._error = exc
                raise
        return payload
