"""DH group exchange (RFC 4419): moduli(5) parsing, OpenSSH-like group choice, the client's
checks on the offered group, and the built-in MODP groups recomputed from pi."""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

import pytest

from ssh_engine._kex import (
    DhGexSha256,
    KexError,
    ModuliGroup,
    builtin_groups,
    choose_group,
    load_moduli,
    parse_moduli,
    system_groups,
)
from ssh_engine._kex import _groups as G

P2048, P3072, P4096 = G.MODP_2048, G.MODP_3072, G.MODP_4096


def line(
    p: int, *, mtype: int = 2, tests: int = 6, tries: int = 100, size: int = 0, g: int = 2
) -> str:
    size = size or p.bit_length() - 1
    return f"20220714110357 {mtype} {tests} {tries} {size} {g} {p:X}"


def test_parse_moduli_keeps_only_usable_safe_primes() -> None:
    text = "\n".join(
        [
            "# Time Type Tests Tries Size Generator Modulus",
            "",
            line(P2048),
            line(P3072, g=5),
            line(P2048, mtype=4),  # Sophie Germain, not safe
            line(P2048, tests=1),  # composite
            line(P2048, tests=0),  # untested
            line(P2048, tries=0),
            line(P2048, size=2048),  # size must be bits - 1
            line(P2048, g=1),
            "garbage line",
            "1 2 6 100 2047 2 NOTHEX",
            line(P4096) + " extra",
        ]
    )
    assert parse_moduli(text) == [
        ModuliGroup(bits=2048, g=2, p=P2048),
        ModuliGroup(bits=3072, g=5, p=P3072),
    ]


def test_load_moduli(tmp_path: Path) -> None:
    path = tmp_path / "moduli"
    path.write_text(line(P3072) + "\n")
    assert load_moduli(str(path)) == [ModuliGroup(bits=3072, g=2, p=P3072)]
    assert load_moduli(str(tmp_path / "missing")) is None


@pytest.mark.skipif(not os.access("/etc/ssh/moduli", os.R_OK), reason="no /etc/ssh/moduli")
def test_system_moduli_file_parses() -> None:
    groups = load_moduli("/etc/ssh/moduli")
    assert groups
    assert {g.bits for g in groups} >= {2048, 3072, 4096, 8192}
    assert system_groups() == tuple(groups)


GROUPS = [
    ModuliGroup(bits=2048, g=2, p=1),
    ModuliGroup(bits=3072, g=2, p=2),
    ModuliGroup(bits=3072, g=5, p=3),
    ModuliGroup(bits=4096, g=2, p=4),
    ModuliGroup(bits=8192, g=2, p=5),
]


@pytest.mark.parametrize(
    ("lo", "n", "hi", "bits"),
    [
        (2048, 3072, 8192, 3072),  # exact size
        (2048, 2500, 8192, 3072),  # smallest above n
        (2048, 5000, 8192, 8192),
        (2048, 5000, 6000, 4096),  # none >= n within max: the largest below
        (3072, 3072, 3072, 3072),
        (1024, 1024, 1024, None),
        (9000, 9000, 9000, None),
    ],
)
def test_choose_group_like_openssh(lo: int, n: int, hi: int, bits: int | None) -> None:
    chosen = choose_group(GROUPS, lo, n, hi)
    assert (chosen.bits if chosen else None) == bits


def test_choose_group_is_random_among_the_best_size() -> None:
    seen = Counter(choose_group(GROUPS, 2048, 3072, 8192).p for _ in range(200))  # type: ignore[union-attr]
    assert set(seen) == {2, 3}


def test_server_clamps_and_falls_back_to_builtin_groups() -> None:
    # Only a 2048-bit group in the candidates: a request for >= 4096 falls back to built-ins.
    server = DhGexSha256(groups=[ModuliGroup(bits=2048, g=2, p=P2048)])
    assert server.select_group(4096, 4096, 8192) == (P4096, 2)
    # min below 2048 and max above 8192 are clamped like OpenSSH; the hash keeps the originals.
    server = DhGexSha256(groups=builtin_groups())
    p, _ = server.select_group(1024, 1024, 16384)
    assert p == P2048
    assert (server.min_bits, server.n_bits, server.max_bits) == (1024, 1024, 16384)
    server = DhGexSha256(groups=[])
    assert server.select_group_old(3000)[0] == P3072


@pytest.mark.parametrize(
    ("lo", "n", "hi"), [(4096, 3072, 8192), (2048, 8192, 4096), (512, 768, 1024)]
)
def test_server_rejects_inconsistent_requests(lo: int, n: int, hi: int) -> None:
    with pytest.raises(KexError):
        DhGexSha256(groups=builtin_groups()).select_group(lo, n, hi)


def test_client_constructor_checks_sizes() -> None:
    with pytest.raises(KexError):
        DhGexSha256(min_bits=4096, n_bits=3072, max_bits=8192)


@pytest.mark.parametrize(
    ("p", "g"),
    [
        (G.OAKLEY_GROUP2_1024, 2),  # below min (2048)
        (P2048 + 1, 2),  # even
        (P2048, 1),
        (P2048, 0),
        (P2048, P2048 - 1),
        (P2048, P2048),
        (1 << 8200 | 1, 2),  # above max
    ],
)
def test_client_rejects_bad_groups(p: int, g: int) -> None:
    client = DhGexSha256()
    client.request()
    with pytest.raises(KexError):
        client.start(p, g)


def test_client_accepts_group_within_its_bounds() -> None:
    client = DhGexSha256(min_bits=3072, n_bits=3072, max_bits=4096)
    client.request()
    with pytest.raises(KexError):
        DhGexSha256(min_bits=3072, n_bits=3072, max_bits=4096).start(P2048, 2)
    assert 1 < client.start(P4096, 2) < P4096


# --- the built-in groups --------------------------------------------------------------


def _pi_times_2_to(bits: int) -> int:
    """floor(pi * 2^bits) by Machin's formula, with guard bits."""
    guard = bits + 64
    one = 1 << guard

    def arctan_inv(x: int) -> int:
        total = term = one // x
        n, sign = 1, -1
        while term:
            term //= x * x
            total += sign * (term // (2 * n + 1))
            sign, n = -sign, n + 1
        return total

    return (4 * (4 * arctan_inv(5) - arctan_inv(239))) >> 64


@pytest.mark.parametrize(
    ("value", "bits", "offset"),
    [
        (G.OAKLEY_GROUP2_1024, 1024, 129093),  # RFC 2409 §6.2
        (G.MODP_2048, 2048, 124476),  # RFC 3526 §3
        (G.MODP_3072, 3072, 1690314),  # RFC 3526 §4
        (G.MODP_4096, 4096, 240904),  # RFC 3526 §5
        (G.MODP_6144, 6144, 929484),  # RFC 3526 §6
        (G.MODP_8192, 8192, 4743158),  # RFC 3526 §7
    ],
)
def test_builtin_primes_match_their_rfc_formula(value: int, bits: int, offset: int) -> None:
    expected = 2**bits - 2 ** (bits - 64) - 1 + 2**64 * (_pi_times_2_to(bits - 130) + offset)
    assert value == expected
    assert value.bit_length() == bits


def test_builtin_groups_are_safe_primes_fermat() -> None:
    for group in builtin_groups()[:3]:  # the larger ones cost seconds; same formula
        p, q = group.p, (group.p - 1) // 2
        assert pow(2, p - 1, p) == 1
        assert pow(2, q - 1, q) == 1
        assert group.bits == p.bit_length()
