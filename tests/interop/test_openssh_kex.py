"""The kex mathematics of ``ssh_engine._kex`` against a real OpenSSH sshd.

For every kex method both sides support, a minimal client written here (clear-text binary
packets, RFC 4253 §6) runs the exchange with our kex object, then:

1. verifies sshd's ssh-ed25519 signature over our exchange hash H (RFC 4253 §8): it only
   verifies if OpenSSH computed the same K and H;
2. derives the keys (RFC 4253 §7.2), sends NEWKEYS and an aes128-ctr + hmac-sha2-256
   encrypted SERVICE_REQUEST, and reads sshd's encrypted SERVICE_ACCEPT: this only works if
   both sides derived the same six keys.

The other way round, a minimal server written here runs the server halves (DH-GEX group
choice included) against OpenSSH's ``ssh``, which checks our signature over H, and whose
encrypted SERVICE_REQUEST we then authenticate and decrypt with our keys.
"""

from __future__ import annotations

import hmac
import os
import shutil
import socket
import struct
import subprocess
from collections.abc import Iterator
from hashlib import sha256
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from ssh_engine._kex import (
    KEX_ALGORITHMS,
    SNTRUP_AVAILABLE,
    DhGroupExchange,
    KexMethod,
    get_kex,
)
from ssh_wire import decode_message, encode_message
from ssh_wire.messages import (
    KexDhGexGroup,
    KexDhGexInit,
    KexDhGexReply,
    KexDhGexRequest,
    KexdhInit,
    KexdhReply,
    KexEcdhInit,
    KexEcdhReply,
    KexInit,
    NewKeys,
    ServiceAccept,
    ServiceRequest,
    decode_kex_dh_gex_group,
    decode_kex_dh_gex_init,
    decode_kex_dh_gex_reply,
    decode_kex_dh_gex_request,
    decode_kex_ecdh_init,
    decode_kex_ecdh_reply,
    decode_kexdh_init,
    decode_kexdh_reply,
)
from tests.interop._sshd import SshdServer, running_sshd

IDENT = b"SSH-2.0-sshengine_kex_test"
# What OpenSSH 9.2 (Debian 12) implements of ours; no ML-KEM, no group15/17. sntrup761
# needs the optional pqcrypto package on our side.
SNTRUP_KEX = ["sntrup761x25519-sha512", "sntrup761x25519-sha512@openssh.com"]
OPENSSH_KEX = [
    *(SNTRUP_KEX if SNTRUP_AVAILABLE else []),
    "curve25519-sha256",
    "curve25519-sha256@libssh.org",
    "ecdh-sha2-nistp256",
    "ecdh-sha2-nistp384",
    "ecdh-sha2-nistp521",
    "diffie-hellman-group-exchange-sha256",
    "diffie-hellman-group-exchange-sha1",
    "diffie-hellman-group16-sha512",
    "diffie-hellman-group18-sha512",
    "diffie-hellman-group14-sha256",
    "diffie-hellman-group14-sha1",
    "diffie-hellman-group1-sha1",
]


@pytest.fixture(scope="module")
def kex_sshd() -> Iterator[SshdServer]:
    """An sshd that enables every kex method above (legacy ones included)."""
    with running_sshd(extra_config=[f"KexAlgorithms {','.join(OPENSSH_KEX)}"]) as server:
        yield server


class _Conn:
    """Clear-text, then aes128-ctr + hmac-sha2-256, binary packets (RFC 4253 §6)."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.buf = b""
        self.seq_out = self.seq_in = 0
        self.enc: Any = None
        self.dec: Any = None
        self.mac_out = self.mac_in = b""

    def _recv(self, n: int) -> bytes:
        while len(self.buf) < n:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise ConnectionError("sshd closed the connection")
            self.buf += chunk
        out, self.buf = self.buf[:n], self.buf[n:]
        return out

    def ident(self) -> bytes:
        self.sock.sendall(IDENT + b"\r\n")
        while True:
            line = b""
            while not line.endswith(b"\n"):
                line += self._recv(1)
            if line.startswith(b"SSH-"):
                return line.rstrip(b"\r\n")

    def send(self, payload: bytes) -> None:
        block = 16 if self.enc else 8
        pad = block - (5 + len(payload)) % block
        pad += block if pad < 4 else 0
        packet = struct.pack(">IB", 1 + len(payload) + pad, pad) + payload + os.urandom(pad)
        if self.enc:
            mac = hmac.new(self.mac_out, struct.pack(">I", self.seq_out) + packet, sha256)
            packet = self.enc.update(packet) + mac.digest()
        self.sock.sendall(packet)
        self.seq_out += 1

    def recv(self) -> bytes:
        first: bytes = self._recv(16 if self.dec else 4)
        if self.dec:
            first = self.dec.update(first)
        length: int = struct.unpack(">I", first[:4])[0]
        assert 5 <= length <= 35000
        rest: bytes = self._recv(length + 4 - len(first))
        if self.dec:
            rest = self.dec.update(rest)
            mac = self._recv(32)
            packet = first + rest
            want = hmac.new(self.mac_in, struct.pack(">I", self.seq_in) + packet, sha256)
            assert hmac.compare_digest(mac, want.digest()), "MAC mismatch: keys differ"
        else:
            packet = first + rest
        self.seq_in += 1
        pad = packet[4]
        return packet[5 : 4 + length - pad]


def _kexinit(kex_name: str) -> bytes:
    one = ("aes128-ctr",)
    return encode_message(
        KexInit(
            cookie=os.urandom(16),
            kex_algorithms=(kex_name,),
            server_host_key_algorithms=("ssh-ed25519",),
            encryption_algorithms_client_to_server=one,
            encryption_algorithms_server_to_client=one,
            mac_algorithms_client_to_server=("hmac-sha2-256",),
            mac_algorithms_server_to_client=("hmac-sha2-256",),
            compression_algorithms_client_to_server=("none",),
            compression_algorithms_server_to_client=("none",),
            languages_client_to_server=(),
            languages_server_to_client=(),
            first_kex_packet_follows=False,
            reserved=0,
        )
    )


def _exchange(conn: _Conn, kex: Any) -> tuple[bytes, bytes]:
    """Run the method's messages; return (K_S, signature)."""
    if isinstance(kex, DhGroupExchange):
        lo, n, hi = kex.request()
        conn.send(encode_message(KexDhGexRequest(min=lo, n=n, max=hi)))
        group = decode_kex_dh_gex_group(conn.recv())
        assert isinstance(group, KexDhGexGroup)
        conn.send(encode_message(KexDhGexInit(e=kex.start(group.p, group.g))))
        gex_reply = decode_kex_dh_gex_reply(conn.recv())
        kex.finish(gex_reply.f)
        return gex_reply.host_key, gex_reply.signature
    if kex.message_context == "kex-dh":
        conn.send(encode_message(KexdhInit(e=kex.start())))
        dh_reply = decode_kexdh_reply(conn.recv())
        kex.finish(dh_reply.f)
        return dh_reply.host_key, dh_reply.signature
    conn.send(encode_message(KexEcdhInit(q_c=kex.start())))
    ecdh_reply = decode_kex_ecdh_reply(conn.recv())
    kex.finish(ecdh_reply.q_s)
    return ecdh_reply.host_key, ecdh_reply.signature


def _ssh_string(data: bytes, pos: int) -> tuple[bytes, int]:
    n = struct.unpack_from(">I", data, pos)[0]
    return data[pos + 4 : pos + 4 + n], pos + 4 + n


@pytest.mark.interop
@pytest.mark.parametrize("name", OPENSSH_KEX)
def test_openssh_agrees_on_exchange_hash_and_keys(kex_sshd: SshdServer, name: str) -> None:
    assert name in KEX_ALGORITHMS
    kex: KexMethod = get_kex(name)()
    with socket.create_connection((kex_sshd.host, kex_sshd.port), timeout=20) as sock:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        conn = _Conn(sock)
        v_s = conn.ident()
        i_c = _kexinit(name)
        conn.send(i_c)
        i_s = conn.recv()
        assert isinstance(decode_message(i_s), KexInit)
        k_s, signature = _exchange(conn, kex)

        h = kex.exchange_hash(v_c=IDENT, v_s=v_s, i_c=i_c, i_s=i_s, k_s=k_s)
        key_type, pos = _ssh_string(k_s, 0)
        raw_key, _ = _ssh_string(k_s, pos)
        sig_type, pos = _ssh_string(signature, 0)
        raw_sig, _ = _ssh_string(signature, pos)
        assert key_type == sig_type == b"ssh-ed25519"
        # Raises InvalidSignature unless sshd hashed exactly what we hashed.
        Ed25519PublicKey.from_public_bytes(raw_key).verify(raw_sig, h)

        keys = kex.derive_keys(
            h, h, iv_c2s=16, iv_s2c=16, enc_c2s=16, enc_s2c=16, mac_c2s=32, mac_s2c=32
        )
        conn.send(encode_message(NewKeys()))
        assert conn.recv() == encode_message(NewKeys())
        conn.enc = Cipher(algorithms.AES(keys.enc_c2s), modes.CTR(keys.iv_c2s)).encryptor()
        conn.dec = Cipher(algorithms.AES(keys.enc_s2c), modes.CTR(keys.iv_s2c)).decryptor()
        conn.mac_out, conn.mac_in = keys.mac_c2s, keys.mac_s2c
        conn.send(encode_message(ServiceRequest(service_name="ssh-userauth")))
        reply = decode_message(conn.recv())
        assert reply == ServiceAccept(service_name="ssh-userauth")


def _ed25519_blobs() -> tuple[Any, bytes]:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.generate()
    blob = _s(b"ssh-ed25519") + _s(key.public_key().public_bytes_raw())
    return key, blob


def _s(data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + data


def _serve(conn: _Conn, kex: Any, v_c: bytes, i_c: bytes, i_s: bytes) -> None:
    """Run the server half of the method's messages, signing H with a fresh ed25519 key."""
    host_key, k_s = _ed25519_blobs()
    first = conn.recv()
    if isinstance(kex, DhGroupExchange):
        request = decode_kex_dh_gex_request(first)
        p, g = kex.select_group(request.min, request.n, request.max)
        conn.send(encode_message(KexDhGexGroup(p=p, g=g)))
        f, _ = kex.respond(decode_kex_dh_gex_init(conn.recv()).e)
        h = kex.exchange_hash(v_c=v_c, v_s=IDENT, i_c=i_c, i_s=i_s, k_s=k_s)
        sig = _s(b"ssh-ed25519") + _s(host_key.sign(h))
        conn.send(encode_message(KexDhGexReply(host_key=k_s, f=f, signature=sig)))
    elif kex.message_context == "kex-dh":
        f, _ = kex.respond(decode_kexdh_init(first).e)
        h = kex.exchange_hash(v_c=v_c, v_s=IDENT, i_c=i_c, i_s=i_s, k_s=k_s)
        sig = _s(b"ssh-ed25519") + _s(host_key.sign(h))
        conn.send(encode_message(KexdhReply(host_key=k_s, f=f, signature=sig)))
    else:
        q_s, _ = kex.respond(decode_kex_ecdh_init(first).q_c)
        h = kex.exchange_hash(v_c=v_c, v_s=IDENT, i_c=i_c, i_s=i_s, k_s=k_s)
        sig = _s(b"ssh-ed25519") + _s(host_key.sign(h))
        conn.send(encode_message(KexEcdhReply(host_key=k_s, q_s=q_s, signature=sig)))
    keys = kex.derive_keys(
        h, h, iv_c2s=16, iv_s2c=16, enc_c2s=16, enc_s2c=16, mac_c2s=32, mac_s2c=32
    )
    conn.send(encode_message(NewKeys()))
    assert conn.recv() == encode_message(NewKeys())
    conn.dec = Cipher(algorithms.AES(keys.enc_c2s), modes.CTR(keys.iv_c2s)).decryptor()
    conn.enc = Cipher(algorithms.AES(keys.enc_s2c), modes.CTR(keys.iv_s2c)).encryptor()
    conn.mac_in, conn.mac_out = keys.mac_c2s, keys.mac_s2c
    # recv() checks the MAC with our c->s key; the payload decrypts with our c->s key and IV.
    assert decode_message(conn.recv()) == ServiceRequest(service_name="ssh-userauth")


@pytest.mark.interop
@pytest.mark.parametrize("name", OPENSSH_KEX)
def test_openssh_client_accepts_our_server_half(name: str) -> None:
    ssh = shutil.which("ssh")
    if ssh is None:
        pytest.fail("ssh not found; install openssh-client, as .ci/run does", pytrace=False)
    kex: KexMethod = get_kex(name)()
    with socket.create_server(("127.0.0.1", 0)) as listener:
        listener.settimeout(20)
        port = listener.getsockname()[1]
        client = subprocess.Popen(
            [
                ssh,
                "-F",
                "/dev/null",
                "-p",
                str(port),
                "-o",
                f"KexAlgorithms={name}",
                "-o",
                "Ciphers=aes128-ctr",
                "-o",
                "MACs=hmac-sha2-256",
                "-o",
                "HostKeyAlgorithms=ssh-ed25519",
                "-o",
                "StrictHostKeyChecking=no",
                "-o",
                "UserKnownHostsFile=/dev/null",
                "-o",
                "BatchMode=yes",
                "-o",
                "ConnectTimeout=20",
                "kextest@127.0.0.1",
                "true",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        try:
            sock, _ = listener.accept()
            with sock:
                sock.settimeout(20)
                conn = _Conn(sock)
                v_c = conn.ident()
                i_s = _kexinit(name)
                conn.send(i_s)
                i_c = conn.recv()
                assert isinstance(decode_message(i_c), KexInit)
                _serve(conn, kex, v_c, i_c, i_s)
        finally:
            client.kill()
            _, err = client.communicate(timeout=20)
    assert b"incorrect signature" not in err, err
