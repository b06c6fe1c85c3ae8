"""Our version exchange and RFC 4253 §7.1 negotiation against a real OpenSSH sshd.

We read sshd's identification and KEXINIT, negotiate against it as a client, and compare the
choice with what OpenSSH's own ``ssh`` picks from the same lists (its ``ssh -vv`` log lines
``kex: algorithm:``, ``kex: host key algorithm:`` and ``kex: client->server cipher: … MAC: …
compression: …``), for OpenSSH's defaults and several restricted configurations.
"""

from __future__ import annotations

import getpass
import os
import re
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import cast

import pytest

from ssh_engine._algorithms import (
    AlgorithmConfig,
    AlgorithmSpec,
    Category,
    build_algorithm_config,
    supported_names,
)
from ssh_engine._errors import KexError
from ssh_engine._negotiate import Negotiated, negotiate
from ssh_engine._version import VersionReader, build_ident_line
from ssh_wire import decode_message
from ssh_wire.messages import KexInit
from tests.interop._sshd import (
    SshdServer,
    read_server_kexinit,
    require_program,
    start_sshd,
    stop_sshd,
)

# Our client's KEXINIT markers, as the transport will add them (RFC 8308, OpenSSH PROTOCOL).
CLIENT_MARKERS = ("ext-info-c", "kex-strict-c-v00@openssh.com")

# ssh_config option name for each of our categories.
SSH_OPTIONS = {
    "kex": "KexAlgorithms",
    "server_host_key": "HostKeyAlgorithms",
    "cipher": "Ciphers",
    "mac": "MACs",
}


@dataclass(frozen=True)
class SshChoice:
    """What ``ssh -vv`` logged as its negotiated algorithms."""

    kex: str
    host_key: str
    cs: tuple[str, str, str]  # cipher, MAC ("" for <implicit>), compression
    sc: tuple[str, str, str]


def server_kexinit(server: SshdServer) -> KexInit:
    _, payload = read_server_kexinit(server.host, server.port, timeout=10.0)
    msg = decode_message(payload)
    assert isinstance(msg, KexInit)
    return msg


def our_negotiation(config: AlgorithmConfig, server: SshdServer) -> Negotiated:
    ours = config.kex_init(os.urandom(16), kex_markers=CLIENT_MARKERS)
    return negotiate(ours, server_kexinit(server), "client")


def ssh_choice(server: SshdServer, options: dict[str, str]) -> SshChoice:
    """Run ``ssh -vv`` against server with options; return the algorithms it logged."""
    ssh = require_program("ssh")
    argv = [
        ssh, "-vv", "-F", "/dev/null", "-p", str(server.port),
        "-o", "BatchMode=yes",
        "-o", "StrictHostKeyChecking=no",
        "-o", "UserKnownHostsFile=/dev/null",
        "-o", "GlobalKnownHostsFile=/dev/null",
        "-o", "PubkeyAuthentication=no",
        "-o", "PasswordAuthentication=no",
        "-o", "KbdInteractiveAuthentication=no",
        "-o", "HostbasedAuthentication=no",
        "-o", "GSSAPIAuthentication=no",
        "-o", "ConnectTimeout=10",
    ]  # fmt: skip
    for name, value in options.items():
        argv += ["-o", f"{name}={value}"]
    argv += [f"{getpass.getuser()}@{server.host}", "true"]
    env = {k: v for k, v in os.environ.items() if k != "SSH_AUTH_SOCK"}
    proc = subprocess.run(
        argv, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60, env=env
    )
    log = proc.stderr

    def find(pattern: str) -> re.Match[str]:
        match = re.search(pattern, log)
        assert match, f"{pattern!r} not in ssh's log:\n{log[-3000:]}"
        return match

    def direction(arrow: str) -> tuple[str, str, str]:
        m = find(rf"kex: {arrow} cipher: (\S+) MAC: (\S+) compression: (\S+)")
        mac = "" if m[2] == "<implicit>" else m[2]
        return (m[1], mac, m[3])

    return SshChoice(
        kex=find(r"kex: algorithm: (\S+)")[1],
        host_key=find(r"kex: host key algorithm: (\S+)")[1],
        cs=direction("client->server"),
        sc=direction("server->client"),
    )


def as_choice(result: Negotiated) -> SshChoice:
    return SshChoice(
        kex=result.kex,
        host_key=result.srv_host_key,
        cs=(result.cs.cipher, result.cs.mac, result.cs.compress),
        sc=(result.sc.cipher, result.sc.mac, result.sc.compress),
    )


def ssh_default_lists() -> dict[str, list[str]]:
    """OpenSSH ssh's effective default lists, from ``ssh -G``."""
    ssh = require_program("ssh")
    out = subprocess.run(
        [ssh, "-G", "-F", "/dev/null", "127.0.0.1"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    ).stdout
    values = dict(line.split(" ", 1) for line in out.splitlines() if " " in line)
    return {cat: values[opt.lower()].split(",") for cat, opt in SSH_OPTIONS.items()}


@pytest.fixture(scope="module")
def restricted_sshd(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SshdServer]:
    """An sshd offering a narrow, legacy-leaning set, so client preferences matter."""
    server = start_sshd(
        tmp_path_factory.mktemp("sshd-restricted"),
        extra_config=[
            "KexAlgorithms diffie-hellman-group16-sha512,ecdh-sha2-nistp521,curve25519-sha256",
            "Ciphers aes128-cbc,aes256-ctr,aes128-gcm@openssh.com",
            "MACs hmac-sha1,hmac-sha2-512,hmac-sha2-256-etm@openssh.com",
            "HostKeyAlgorithms rsa-sha2-256,ecdsa-sha2-nistp256,ssh-ed25519",
        ],
    )
    try:
        yield server
    finally:
        stop_sshd(server)


# --- version exchange -----------------------------------------------------------------------


def test_version_reader_reads_sshd_ident(sshd: SshdServer) -> None:
    reader = VersionReader("client")
    deadline = time.monotonic() + 10
    with socket.create_connection((sshd.host, sshd.port), timeout=10) as sock:
        sock.sendall(build_ident_line())
        while (ident := reader.identification) is None:
            sock.settimeout(max(0.1, deadline - time.monotonic()))
            chunk = sock.recv(4096)
            assert chunk, "sshd closed before its identification"
            reader.feed(chunk)
        # Everything after the line is the binary packet protocol: read the whole packet.
        data = reader.remaining
        while len(data) < 4 or len(data) < 4 + int.from_bytes(data[:4], "big"):
            chunk = sock.recv(65536)
            assert chunk
            data += chunk
    assert ident.protocol_version == "2.0"
    assert ident.software_version.startswith("OpenSSH_")
    assert reader.pre_ident_lines == ()
    padding = data[4]
    payload = data[5 : 4 + int.from_bytes(data[:4], "big") - padding]
    assert isinstance(decode_message(payload), KexInit)


def test_sshd_ident_via_read_server_kexinit(sshd: SshdServer) -> None:
    ident, _ = read_server_kexinit(sshd.host, sshd.port, timeout=10.0)
    reader = VersionReader("client")
    parsed = reader.feed(ident.encode() + b"\r\n")
    assert parsed is not None and parsed.line == ident


# --- negotiation vs sshd --------------------------------------------------------------------


def test_our_defaults_against_sshd(sshd: SshdServer) -> None:
    peer = server_kexinit(sshd)
    result = our_negotiation(AlgorithmConfig.default(), sshd)
    assert result.peer_strict_kex and result.strict_kex
    assert result.peer_ext_info == ("ext-info-s" in peer.kex_algorithms)  # OpenSSH >= 9.6
    assert not result.ignore_guessed_packet
    # Our first kex that sshd also offers.
    expected_kex = next(n for n in AlgorithmConfig.default().kex if n in peer.kex_algorithms)
    assert result.kex == expected_kex
    assert result.srv_host_key == "ssh-ed25519"  # no certificates on this server
    assert result.cs.cipher == result.sc.cipher == "chacha20-poly1305@openssh.com"
    assert result.cs.mac == ""
    assert result.cs.compress == "none"


def test_openssh_default_lists_match_ssh(sshd: SshdServer) -> None:
    lists = ssh_default_lists()
    ours: dict[str, AlgorithmSpec] = {"compress": ["none"]}  # ssh: Compression no
    for category, names in lists.items():
        supported = supported_names(cast(Category, category))
        ours[category] = [n for n in names if n in supported]
    config = build_algorithm_config(ours)
    expected = ssh_choice(sshd, {})
    assert as_choice(our_negotiation(config, sshd)) == expected


RESTRICTED = [
    pytest.param(
        {
            "kex": "curve25519-sha256",
            "server_host_key": "ssh-ed25519",
            "cipher": "aes128-ctr",
            "mac": "hmac-sha2-256-etm@openssh.com",
        },
        id="curve25519-aes128ctr-etm",
    ),
    pytest.param(
        {
            "kex": "ecdh-sha2-nistp384,ecdh-sha2-nistp256",
            "server_host_key": "ecdsa-sha2-nistp256,ssh-ed25519",
            "cipher": "aes256-gcm@openssh.com,aes128-ctr",
            "mac": "hmac-sha1",
        },
        id="ecdh384-gcm-mac-ignored",
    ),
    pytest.param(
        {
            "kex": "diffie-hellman-group-exchange-sha256,diffie-hellman-group14-sha256",
            "server_host_key": "rsa-sha2-512,rsa-sha2-256",
            "cipher": "aes192-ctr,aes128-cbc",
            "mac": "hmac-sha2-512,hmac-sha1",
        },
        id="gex-rsa512-aes192ctr-sha512",
    ),
    pytest.param(
        {
            "kex": "diffie-hellman-group18-sha512,diffie-hellman-group16-sha512",
            "server_host_key": "rsa-sha2-256",
            "cipher": "aes256-cbc,aes256-ctr",  # sshd offers no CBC by default
            "mac": "hmac-sha1-etm@openssh.com,hmac-sha2-256",
        },
        id="group18-aes256ctr-sha1etm",
    ),
]


@pytest.mark.parametrize("lists", RESTRICTED)
def test_restricted_configs_match_ssh(sshd: SshdServer, lists: dict[str, str]) -> None:
    config = build_algorithm_config(lists)  # exact lists in ssh_config syntax
    expected = ssh_choice(sshd, {SSH_OPTIONS[cat]: value for cat, value in lists.items()})
    assert as_choice(our_negotiation(config, sshd)) == expected


def test_compression_matches_ssh(sshd: SshdServer) -> None:
    config = build_algorithm_config({"compress": ["zlib@openssh.com", "zlib", "none"]})
    expected = ssh_choice(sshd, {"Compression": "yes"})
    result = our_negotiation(config, sshd)
    assert result.cs.compress == expected.cs[2] == "zlib@openssh.com"
    assert result.sc.compress == expected.sc[2]


@pytest.mark.parametrize(
    "spec",
    [
        pytest.param(
            ({"kex": {"prepend": "diffie-hellman-group16-sha512"},
              "cipher": {"append": re.compile(r"-cbc$"), "prepend": "aes128-cbc"},
              "hmac": {"prepend": ["hmac-sha1"]}},
             {"KexAlgorithms": "^diffie-hellman-group16-sha512",
              "Ciphers": "^aes128-cbc",
              "MACs": "^hmac-sha1"}),
            id="prepend",
        ),
        pytest.param(
            ({"kex": {"remove": [re.compile("^curve"), re.compile("^sntrup")]},
              "cipher": {"remove": re.compile("^(chacha|aes128-gcm)")}},
             {"KexAlgorithms": "-curve*,sntrup*",
              "Ciphers": "-chacha*,aes128-gcm*"}),
            id="remove",
        ),
        pytest.param(
            ({"kex": "ecdh-sha2-nistp521", "cipher": "aes128-gcm@openssh.com"},
             {"KexAlgorithms": "ecdh-sha2-nistp521", "Ciphers": "aes128-gcm@openssh.com"}),
            id="exact",
        ),
    ],
)  # fmt: skip
def test_restricted_server_and_client_edits_match_ssh(
    restricted_sshd: SshdServer, spec: tuple[dict[str, object], dict[str, str]]
) -> None:
    ours, ssh_options = spec
    # Each side edits its own default lists (ours and ssh's differ only in names this server
    # does not offer or that are never reached), so the same intent must give the same choice.
    config = build_algorithm_config(ours)  # type: ignore[arg-type]
    expected = ssh_choice(restricted_sshd, ssh_options)
    assert as_choice(our_negotiation(config, restricted_sshd)) == expected


def test_no_common_cipher_fails_like_ssh(restricted_sshd: SshdServer) -> None:
    config = build_algorithm_config({"cipher": ["chacha20-poly1305@openssh.com"]})
    with pytest.raises(KexError, match=r"no common cipher \(client to server\)") as info:
        our_negotiation(config, restricted_sshd)
    assert "aes128-cbc" in str(info.value)  # the server's list is named
    proc = subprocess.run(
        [require_program("ssh"), "-F", "/dev/null", "-p", str(restricted_sshd.port),
         "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=no",
         "-o", "UserKnownHostsFile=/dev/null", "-o", "Ciphers=chacha20-poly1305@openssh.com",
         f"nobody@{restricted_sshd.host}", "true"],
        stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert "no matching cipher found" in proc.stderr
