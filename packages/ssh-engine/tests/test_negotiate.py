"""RFC 4253 §7.1 negotiation: client preference, markers, AEAD vs MAC, guesses, failures."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ssh_engine._algorithms import AlgorithmConfig
from ssh_engine._errors import KexError
from ssh_engine._kex import Role
from ssh_engine._negotiate import DirectionAlgorithms, Negotiated, is_kex_marker, negotiate
from ssh_wire.messages import DisconnectReason, KexInit


def kexinit(**overrides: Any) -> KexInit:
    """A KEXINIT with small plain lists; keyword arguments replace fields."""
    fields: dict[str, Any] = {
        "cookie": bytes(16),
        "kex_algorithms": ("curve25519-sha256", "ecdh-sha2-nistp256"),
        "server_host_key_algorithms": ("ssh-ed25519", "rsa-sha2-256"),
        "encryption_algorithms_client_to_server": ("aes128-ctr", "aes256-ctr"),
        "encryption_algorithms_server_to_client": ("aes128-ctr", "aes256-ctr"),
        "mac_algorithms_client_to_server": ("hmac-sha2-256", "hmac-sha1"),
        "mac_algorithms_server_to_client": ("hmac-sha2-256", "hmac-sha1"),
        "compression_algorithms_client_to_server": ("none", "zlib@openssh.com"),
        "compression_algorithms_server_to_client": ("none", "zlib@openssh.com"),
        "languages_client_to_server": (),
        "languages_server_to_client": (),
        "first_kex_packet_follows": False,
        "reserved": 0,
    }
    fields.update(overrides)
    return KexInit(**fields)


def test_identical_lists() -> None:
    result = negotiate(kexinit(), kexinit(), "client")
    assert result == Negotiated(
        kex="curve25519-sha256",
        srv_host_key="ssh-ed25519",
        cs=DirectionAlgorithms(cipher="aes128-ctr", mac="hmac-sha2-256", compress="none", lang=""),
        sc=DirectionAlgorithms(cipher="aes128-ctr", mac="hmac-sha2-256", compress="none", lang=""),
        peer_ext_info=False,
        peer_strict_kex=False,
        strict_kex=False,
        guess_matches=True,
        ignore_guessed_packet=False,
    )
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.kex = "x"  # type: ignore[misc]


def test_client_preference_wins_in_both_roles() -> None:
    client = kexinit(
        kex_algorithms=("ecdh-sha2-nistp256", "curve25519-sha256"),
        server_host_key_algorithms=("rsa-sha2-256", "ssh-ed25519"),
        encryption_algorithms_client_to_server=("aes256-ctr", "aes128-ctr"),
        mac_algorithms_server_to_client=("hmac-sha1", "hmac-sha2-256"),
        compression_algorithms_client_to_server=("zlib@openssh.com", "none"),
    )
    server = kexinit()
    as_client = negotiate(client, server, "client")
    as_server = negotiate(server, client, "server")
    assert as_client == as_server
    assert as_client.kex == "ecdh-sha2-nistp256"
    assert as_client.srv_host_key == "rsa-sha2-256"
    assert as_client.cs.cipher == "aes256-ctr"
    assert as_client.sc.cipher == "aes128-ctr"
    assert as_client.sc.mac == "hmac-sha1"
    assert as_client.cs.mac == "hmac-sha2-256"
    assert as_client.cs.compress == "zlib@openssh.com"
    assert as_client.sc.compress == "none"


def test_directions_are_independent() -> None:
    client = kexinit(encryption_algorithms_server_to_client=("aes256-ctr",))
    result = negotiate(client, kexinit(), "client")
    assert (result.cs.cipher, result.sc.cipher) == ("aes128-ctr", "aes256-ctr")


def test_markers_are_ignored_and_reported_for_client_role() -> None:
    ours = kexinit(
        kex_algorithms=("ext-info-c", "kex-strict-c-v00@openssh.com", "curve25519-sha256")
    )
    peer = kexinit(
        kex_algorithms=("kex-strict-s-v00@openssh.com", "ext-info-s", "curve25519-sha256")
    )
    result = negotiate(ours, peer, "client")
    assert result.kex == "curve25519-sha256"
    assert result.peer_ext_info and result.peer_strict_kex and result.strict_kex


def test_markers_for_server_role() -> None:
    ours = kexinit(kex_algorithms=("curve25519-sha256", "kex-strict-s-v00@openssh.com"))
    peer = kexinit(
        kex_algorithms=("curve25519-sha256", "ext-info-c", "kex-strict-c-v00@openssh.com")
    )
    result = negotiate(ours, peer, "server")
    assert result.peer_ext_info and result.peer_strict_kex and result.strict_kex
    # Our own markers are not the peer's: a client's ext-info-c means nothing to a client.
    mirrored = negotiate(peer, ours, "client")
    assert not mirrored.peer_ext_info
    assert mirrored.peer_strict_kex and mirrored.strict_kex


def test_strict_kex_needs_both_sides() -> None:
    peer = kexinit(kex_algorithms=("curve25519-sha256", "kex-strict-s-v00@openssh.com"))
    result = negotiate(kexinit(), peer, "client")
    assert result.peer_strict_kex and not result.strict_kex


def test_only_markers_in_common_is_a_kex_failure() -> None:
    ours = kexinit(kex_algorithms=("curve25519-sha256", "ext-info-c", "kex-strict-x"))
    peer = kexinit(kex_algorithms=("ecdh-sha2-nistp256", "ext-info-c", "kex-strict-x"))
    with pytest.raises(KexError, match="no common kex algorithm"):
        negotiate(ours, peer, "client")


def test_is_kex_marker() -> None:
    assert is_kex_marker("ext-info-c") and is_kex_marker("ext-info-s")
    assert is_kex_marker("kex-strict-c-v00@openssh.com") and is_kex_marker("kex-strict-s")
    assert not is_kex_marker("curve25519-sha256")


@pytest.mark.parametrize(
    "cipher", ["chacha20-poly1305@openssh.com", "aes128-gcm@openssh.com", "aes256-gcm"]
)
def test_aead_ignores_mac_lists(cipher: str) -> None:
    client = kexinit(
        encryption_algorithms_client_to_server=(cipher,),
        mac_algorithms_client_to_server=("hmac-sha1",),
    )
    server = kexinit(
        encryption_algorithms_client_to_server=(cipher, "aes128-ctr"),
        mac_algorithms_client_to_server=("hmac-md5",),  # nothing in common: ignored
    )
    result = negotiate(client, server, "client")
    assert result.cs.cipher == cipher
    assert result.cs.mac == ""
    assert result.sc.mac == "hmac-sha2-256"


def test_non_aead_needs_a_common_mac() -> None:
    client = kexinit(mac_algorithms_server_to_client=("hmac-sha1",))
    server = kexinit(mac_algorithms_server_to_client=("hmac-md5",))
    with pytest.raises(KexError, match=r"MAC \(server to client\)") as info:
        negotiate(client, server, "client")
    assert "hmac-sha1" in str(info.value) and "hmac-md5" in str(info.value)
    assert info.value.reason == DisconnectReason.KEY_EXCHANGE_FAILED


@pytest.mark.parametrize(
    ("field", "category"),
    [
        ("kex_algorithms", "kex"),
        ("server_host_key_algorithms", "no common server host key algorithm for kex method"),
        ("encryption_algorithms_client_to_server", r"cipher \(client to server\)"),
        ("encryption_algorithms_server_to_client", r"cipher \(server to client\)"),
        ("mac_algorithms_client_to_server", r"MAC \(client to server\)"),
        ("compression_algorithms_client_to_server", r"compression \(client to server\)"),
        ("compression_algorithms_server_to_client", r"compression \(server to client\)"),
    ],
)
def test_no_common_algorithm(field: str, category: str) -> None:
    client = kexinit()
    server = kexinit(**{field: ("something-else",)})
    with pytest.raises(KexError, match=category) as info:
        negotiate(client, server, "client")
    assert info.value.reason == DisconnectReason.KEY_EXCHANGE_FAILED
    assert "server offered something-else" in str(info.value)
    assert f"client offered {','.join(getattr(client, field))}" in str(info.value)


def test_empty_peer_list_named_as_none() -> None:
    with pytest.raises(KexError, match=r"server offered \(none\)"):
        negotiate(kexinit(), kexinit(compression_algorithms_server_to_client=()), "client")


def test_languages_negotiated_or_empty() -> None:
    client = kexinit(languages_client_to_server=("fr", "en"), languages_server_to_client=("de",))
    server = kexinit(languages_client_to_server=("en", "fr"), languages_server_to_client=("en",))
    result = negotiate(client, server, "client")
    assert result.cs.lang == "fr"
    assert result.sc.lang == ""


# --- first_kex_packet_follows (RFC 4253 §7) ------------------------------------------------


def test_peer_guess_right_is_kept() -> None:
    peer = kexinit(first_kex_packet_follows=True)
    result = negotiate(kexinit(), peer, "server")
    assert result.guess_matches and not result.ignore_guessed_packet


def test_peer_guess_wrong_kex_is_ignored() -> None:
    peer = kexinit(
        kex_algorithms=("ecdh-sha2-nistp256", "curve25519-sha256"), first_kex_packet_follows=True
    )
    result = negotiate(kexinit(), peer, "client")
    assert result.kex == "curve25519-sha256"  # the client's (our) preference
    assert not result.guess_matches and result.ignore_guessed_packet


def test_peer_guess_wrong_host_key_is_ignored() -> None:
    peer = kexinit(
        server_host_key_algorithms=("rsa-sha2-256", "ssh-ed25519"), first_kex_packet_follows=True
    )
    result = negotiate(kexinit(), peer, "server")
    assert result.kex == "curve25519-sha256"
    assert result.srv_host_key == "rsa-sha2-256"  # the client (peer) prefers it
    assert result.ignore_guessed_packet


def test_guess_wrong_even_when_negotiated_equals_server_first() -> None:
    # The client prefers X, the server lacks it, so both end on the server's first choice;
    # RFC 4253 §7 still calls the guess wrong because the preferred algorithms differ.
    client = kexinit(
        kex_algorithms=("mlkem768x25519-sha256", "curve25519-sha256"),
        first_kex_packet_follows=True,
    )
    server = kexinit(kex_algorithms=("curve25519-sha256",))
    result = negotiate(server, client, "server")
    assert result.kex == "curve25519-sha256"
    assert result.ignore_guessed_packet


def test_our_wrong_guess_does_not_ask_to_ignore() -> None:
    ours = kexinit(
        kex_algorithms=("ecdh-sha2-nistp256", "curve25519-sha256"), first_kex_packet_follows=True
    )
    result = negotiate(ours, kexinit(), "client")
    assert not result.guess_matches
    assert not result.ignore_guessed_packet  # only the peer's guessed packet is skipped


def test_defaults_against_defaults() -> None:
    config = AlgorithmConfig.default()
    client = config.kex_init(bytes(16), kex_markers=("ext-info-c", "kex-strict-c-v00@openssh.com"))
    server = config.kex_init(bytes(16), kex_markers=("kex-strict-s-v00@openssh.com",))
    result = negotiate(client, server, "client")
    assert result.kex == config.kex[0]
    assert result.srv_host_key == config.server_host_key[0]
    assert result.cs.cipher == "chacha20-poly1305@openssh.com" and result.cs.mac == ""
    assert result.strict_kex and not result.peer_ext_info
    assert negotiate(server, client, "server") == dataclasses.replace(result, peer_ext_info=True)


# --- hypothesis ------------------------------------------------------------------------------

_NAMES = st.sampled_from(
    [
        "curve25519-sha256",
        "ecdh-sha2-nistp256",
        "ext-info-c",
        "ext-info-s",
        "kex-strict-c-v00@openssh.com",
        "kex-strict-s-v00@openssh.com",
        "ssh-ed25519",
        "rsa-sha2-256",
        "aes128-ctr",
        "aes128-gcm@openssh.com",
        "chacha20-poly1305@openssh.com",
        "hmac-sha2-256",
        "none",
        "zlib",
        "en",
        "",
    ]
) | st.text(max_size=12)
_LISTS = st.lists(_NAMES, max_size=6).map(tuple)


@st.composite
def _kexinits(draw: st.DrawFn) -> KexInit:
    return KexInit(
        cookie=draw(st.binary(min_size=16, max_size=16)),
        kex_algorithms=draw(_LISTS),
        server_host_key_algorithms=draw(_LISTS),
        encryption_algorithms_client_to_server=draw(_LISTS),
        encryption_algorithms_server_to_client=draw(_LISTS),
        mac_algorithms_client_to_server=draw(_LISTS),
        mac_algorithms_server_to_client=draw(_LISTS),
        compression_algorithms_client_to_server=draw(_LISTS),
        compression_algorithms_server_to_client=draw(_LISTS),
        languages_client_to_server=draw(_LISTS),
        languages_server_to_client=draw(_LISTS),
        first_kex_packet_follows=draw(st.booleans()),
        reserved=draw(st.integers(0, 2**32 - 1)),
    )


@settings(max_examples=400, deadline=None)
@given(ours=_kexinits(), peer=_kexinits(), role=st.sampled_from(["client", "server"]))
def test_random_kexinits_only_raise_kex_error(ours: KexInit, peer: KexInit, role: str) -> None:
    our_role: Role = "client" if role == "client" else "server"
    try:
        result = negotiate(ours, peer, our_role)
    except KexError:
        return
    client, server = (ours, peer) if our_role == "client" else (peer, ours)
    assert result.kex in client.kex_algorithms and result.kex in server.kex_algorithms
    assert not is_kex_marker(result.kex)
    assert result.srv_host_key in server.server_host_key_algorithms
    # Both sides reach the same choice (the peer's view of the same two messages).
    their_role: Role = "server" if our_role == "client" else "client"
    mirrored = negotiate(peer, ours, their_role)
    assert (mirrored.kex, mirrored.srv_host_key, mirrored.cs, mirrored.sc) == (
        result.kex,
        result.srv_host_key,
        result.cs,
        result.sc,
    )
    assert mirrored.guess_matches == result.guess_matches
