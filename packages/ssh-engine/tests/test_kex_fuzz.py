"""Hypothesis: arbitrary peer values never raise anything but KexError, and valid ones give
equal secrets on both sides."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ssh_engine._kex import (
    KEX_ALGORITHMS,
    DhGroupExchange,
    EcdhKex,
    FixedGroupDh,
    HybridKex,
    KexError,
)
from ssh_engine._kex._groups import MODP_2048

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

BYTE_METHODS = [n for n, c in KEX_ALGORITHMS.items() if issubclass(c, EcdhKex | HybridKex)]
INT_METHODS = ["diffie-hellman-group14-sha256", "diffie-hellman-group1-sha1"]


def _sized(sizes: list[int]) -> st.SearchStrategy[bytes]:
    return st.one_of(
        st.binary(max_size=1300),
        st.sampled_from(sizes).flatmap(lambda n: st.binary(min_size=n, max_size=n)),
        st.sampled_from(sizes).flatmap(
            lambda n: st.binary(min_size=n - 1, max_size=n - 1).map(lambda b: b"\x04" + b)
        ),
    )


PEER_BYTES = _sized([32, 65, 97, 133, 1216, 1120, 1190, 1071])
PEER_INTS = st.one_of(
    st.integers(min_value=-(2**64), max_value=2**64),
    st.integers(min_value=MODP_2048 - 2**64, max_value=MODP_2048 + 2**64),
    st.integers(min_value=0, max_value=2**2100),
)


@pytest.mark.parametrize("name", BYTE_METHODS)
@SETTINGS
@given(data=PEER_BYTES)
def test_byte_peer_values_only_raise_kex_error(name: str, data: bytes) -> None:
    cls = KEX_ALGORITHMS[name]
    server = cls()
    with contextlib.suppress(KexError):
        server.respond(data)  # type: ignore[attr-defined]
    client = cls()
    client.start()  # type: ignore[attr-defined]
    with contextlib.suppress(KexError):
        client.finish(data)  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", INT_METHODS)
@SETTINGS
@given(value=PEER_INTS)
def test_int_peer_values_only_raise_kex_error(name: str, value: int) -> None:
    cls = KEX_ALGORITHMS[name]
    assert issubclass(cls, FixedGroupDh)
    try:
        _, k = cls().respond(value)
    except KexError:
        assert not 1 < value < cls.p - 1
    else:
        assert 1 < value < cls.p - 1 and 1 < k < cls.p


@SETTINGS
@given(p=st.integers(min_value=0, max_value=2**8300), g=st.integers(min_value=-5, max_value=2**64))
def test_gex_groups_only_raise_kex_error(p: int, g: int) -> None:
    client = KEX_ALGORITHMS["diffie-hellman-group-exchange-sha256"]()
    assert isinstance(client, DhGroupExchange)
    client.request()
    with contextlib.suppress(KexError):
        client.start(p, g)


@SETTINGS
@given(
    lo=st.integers(min_value=0, max_value=2**32 - 1),
    n=st.integers(min_value=0, max_value=2**32 - 1),
    hi=st.integers(min_value=0, max_value=2**32 - 1),
)
def test_gex_requests_only_raise_kex_error(lo: int, n: int, hi: int) -> None:
    server = KEX_ALGORITHMS["diffie-hellman-group-exchange-sha256"]()
    assert isinstance(server, DhGroupExchange)
    try:
        p, _ = server.select_group(lo, n, hi)
    except KexError:
        pass
    else:
        assert 2048 <= p.bit_length() <= 8192
