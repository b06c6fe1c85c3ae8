"""Algorithm negotiation from two KEXINIT messages (RFC 4253 §7.1).

Theory of operation: both sides send KEXINIT; each then runs the same deterministic choice,
so both arrive at the same algorithms without another round trip. For every category the
chosen algorithm is the first one on the *client's* list that is also on the server's list.
The kex choice also needs a host key algorithm in common that suits the method (all methods
we know need a signature-capable host key, and every host key algorithm we know signs).
Names that are markers rather than methods (RFC 8308 ``ext-info-c``/``ext-info-s``,
OpenSSH's ``kex-strict-*``) are set aside from the kex list and reported instead.

A peer that set ``first_kex_packet_follows`` sent its first kex packet on a guess; RFC 4253
§7 says the guess is wrong when the two sides' preferred (first) kex or host key algorithms
differ, and a wrongly guessed packet must be ignored. :class:`Negotiated` says whether to.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from ssh_wire.messages import KexInit

from ._errors import KexError
from ._kex import Role
from ._packet import CIPHERS

__all__ = [
    "DirectionAlgorithms",
    "Negotiated",
    "is_kex_marker",
    "negotiate",
]

# RFC 8308 §2.1: announced in the kex list, never chosen.
_EXT_INFO: Final = {"client": "ext-info-c", "server": "ext-info-s"}
# OpenSSH PROTOCOL, "transport: strict key exchange extension" (Terrapin countermeasure):
# announced in the first KEXINIT only.
_STRICT_KEX: Final = {
    "client": "kex-strict-c-v00@openssh.com",
    "server": "kex-strict-s-v00@openssh.com",
}


def is_kex_marker(name: str) -> bool:
    """Returns whether ``name`` in a kex list is a marker (ext-info, strict kex), not a method."""
    return name in ("ext-info-c", "ext-info-s") or name.startswith("kex-strict-")


@dataclass(frozen=True, slots=True, kw_only=True)
class DirectionAlgorithms:
    """The algorithms of one direction, as in the seed's ``handshake`` event ``cs``/``sc``.

    Attributes:
        cipher: the encryption algorithm.
        mac: the MAC algorithm, ``""`` when the cipher is AEAD (its tag authenticates).
        compress: the compression algorithm.
        lang: the language tag, ``""`` when none was agreed (RFC 4253 §7.1 allows that).
    """

    cipher: str
    mac: str
    compress: str
    lang: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Negotiated:
    """The outcome of RFC 4253 §7.1 negotiation, in the seed's ``handshake`` event shape.

    Attributes:
        kex: the key exchange method.
        srv_host_key: the server host key (signature) algorithm.
        cs: client-to-server cipher, MAC, compression and language.
        sc: server-to-client cipher, MAC, compression and language.
        peer_ext_info: the peer announced RFC 8308 extension negotiation (``ext-info-c``
            from a client, ``ext-info-s`` from a server).
        peer_strict_kex: the peer announced strict kex (``kex-strict-c-v00@openssh.com``
            from a client, ``kex-strict-s-v00@openssh.com`` from a server).
        strict_kex: both sides announced strict kex (it applies if this is the first kex).
        guess_matches: both sides prefer the same kex and host key algorithms (RFC 4253 §7:
            a first_kex_packet_follows guess by either side is right).
        ignore_guessed_packet: the peer set first_kex_packet_follows and guessed wrong, so
            the transport must silently ignore the peer's next kex packet (RFC 4253 §7).
    """

    kex: str
    srv_host_key: str
    cs: DirectionAlgorithms
    sc: DirectionAlgorithms
    peer_ext_info: bool
    peer_strict_kex: bool
    strict_kex: bool
    guess_matches: bool
    ignore_guessed_packet: bool


def _first_common(category: str, client: Sequence[str], server: Sequence[str]) -> str:
    """RFC 4253 §7.1: returns the first client algorithm the server also supports.

    Raises:
        KexError: none in common; the message names the category and both lists.
    """
    server_set = set(server)
    for name in client:
        if name in server_set:
            return name
    raise KexError(
        f"no common {category} algorithm; client offered {','.join(client) or '(none)'}, "
        f"server offered {','.join(server) or '(none)'}"
    )


def _choose_kex(
    client_kex: Sequence[str],
    server_kex: Sequence[str],
    client_host_keys: Sequence[str],
    server_host_keys: Sequence[str],
) -> str:
    """RFC 4253 §7.1 kex rule: the first client method the server supports whose host key
    requirement is met.

    Every method we implement (and every method in common use) needs a signature-capable
    host key; every host key algorithm we know is signature-capable, so the requirement is
    "some host key algorithm in common".

    Raises:
        KexError: no method in common, or none whose host key requirement can be met (the
            message then names both host key lists).
    """
    method = _first_common("kex", client_kex, server_kex)
    if not set(client_host_keys) & set(server_host_keys):
        raise KexError(
            f"no common server host key algorithm for kex method {method} (RFC 4253 §7.1: it "
            f"needs a signature-capable one); client offered "
            f"{','.join(client_host_keys) or '(none)'}, server offered "
            f"{','.join(server_host_keys) or '(none)'}"
        )
    return method


def _direction(
    direction: str,
    ciphers: tuple[Sequence[str], Sequence[str]],
    macs: tuple[Sequence[str], Sequence[str]],
    compressions: tuple[Sequence[str], Sequence[str]],
    languages: tuple[Sequence[str], Sequence[str]],
) -> DirectionAlgorithms:
    """Negotiate one direction; each pair is (client's list, server's list).

    Raises:
        KexError: no common cipher, MAC (for a non-AEAD cipher) or compression.
    """
    cipher = _first_common(f"cipher ({direction})", *ciphers)
    info = CIPHERS.get(cipher)
    # AEAD ciphers authenticate with their own tag: the MAC lists are ignored, as OpenSSH
    # does (PROTOCOL §1.6: "the MAC algorithm is ignored"; PROTOCOL.chacha20poly1305).
    mac = "" if info is not None and info.aead else _first_common(f"MAC ({direction})", *macs)
    compress = _first_common(f"compression ({direction})", *compressions)
    # RFC 4253 §7.1: languages may be ignored; no common language is not an error.
    client_langs, server_langs = languages
    lang = next((name for name in client_langs if name in set(server_langs)), "")
    return DirectionAlgorithms(cipher=cipher, mac=mac, compress=compress, lang=lang)


def negotiate(ours: KexInit, peer: KexInit, role: Role) -> Negotiated:
    """Choose every algorithm from our and the peer's KEXINIT (RFC 4253 §7.1).

    ``role`` is our role. The client's lists give the preference order in every category.

    Returns:
        The frozen :class:`Negotiated` result (also reporting the peer's ext-info and
        strict-kex markers and whether to ignore a wrongly guessed kex packet).
    Raises:
        KexError: a category has no algorithm in common (reason KEY_EXCHANGE_FAILED); the
            message names the category and both lists.
    """
    client, server = (ours, peer) if role == "client" else (peer, ours)
    peer_role: Role = "server" if role == "client" else "client"

    client_kex = [name for name in client.kex_algorithms if not is_kex_marker(name)]
    server_kex = [name for name in server.kex_algorithms if not is_kex_marker(name)]
    client_hk, server_hk = client.server_host_key_algorithms, server.server_host_key_algorithms

    kex = _choose_kex(client_kex, server_kex, client_hk, server_hk)
    host_key = _first_common("server host key", client_hk, server_hk)
    cs = _direction(
        "client to server",
        (client.encryption_algorithms_client_to_server,
         server.encryption_algorithms_client_to_server),
        (client.mac_algorithms_client_to_server, server.mac_algorithms_client_to_server),
        (client.compression_algorithms_client_to_server,
         server.compression_algorithms_client_to_server),
        (client.languages_client_to_server, server.languages_client_to_server),
    )  # fmt: skip
    sc = _direction(
        "server to client",
        (client.encryption_algorithms_server_to_client,
         server.encryption_algorithms_server_to_client),
        (client.mac_algorithms_server_to_client, server.mac_algorithms_server_to_client),
        (client.compression_algorithms_server_to_client,
         server.compression_algorithms_server_to_client),
        (client.languages_server_to_client, server.languages_server_to_client),
    )  # fmt: skip

    # RFC 4253 §7: a guess is right when both sides' preferred kex and host key algorithms
    # agree. Like OpenSSH (proposals_match), compare the first names as sent.
    guess_matches = (
        client.kex_algorithms[:1] == server.kex_algorithms[:1] and client_hk[:1] == server_hk[:1]
    )
    peer_strict = _STRICT_KEX[peer_role] in peer.kex_algorithms
    return Negotiated(
        kex=kex,
        srv_host_key=host_key,
        cs=cs,
        sc=sc,
        peer_ext_info=_EXT_INFO[peer_role] in peer.kex_algorithms,
        peer_strict_kex=peer_strict,
        strict_kex=peer_strict and _STRICT_KEX[role] in ours.kex_algorithms,
        guess_matches=guess_matches,
        ignore_guessed_packet=peer.first_kex_packet_follows and not guess_matches,
    )
