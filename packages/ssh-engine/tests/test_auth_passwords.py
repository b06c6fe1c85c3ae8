"""Unit tests for constant-time password checks and scrypt password hashes."""

from __future__ import annotations

import base64

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ssh_engine._auth._passwords import (
    PasswordHashError,
    PasswordTable,
    hash_password,
    passwords_equal,
    verify_password,
)

# Small parameters keep the tests fast; the code paths are the same.
FAST = {"n": 16, "r": 1, "p": 1}


def test_passwords_equal() -> None:
    assert passwords_equal("sécret", "sécret")
    assert passwords_equal("sécret", "sécret".encode())
    assert not passwords_equal("secret", "secreT")
    assert not passwords_equal("secret", "secret2")
    assert passwords_equal("", b"")


def test_hash_round_trip() -> None:
    encoded = hash_password("correct horse", **FAST)
    scheme, n, r, p, salt, digest = encoded.split("$")
    assert (scheme, n, r, p) == ("scrypt", "16", "1", "1")
    assert len(base64.b64decode(salt)) == 16 and len(base64.b64decode(digest)) == 32
    assert verify_password("correct horse", encoded)
    assert verify_password(b"correct horse", encoded)
    assert not verify_password("correct horse ", encoded)
    assert not verify_password("", encoded)
    # A fresh salt every time.
    assert hash_password("correct horse", **FAST) != encoded


def test_default_parameters() -> None:
    encoded = hash_password("pw")
    assert encoded.startswith("scrypt$16384$8$1$")
    assert verify_password("pw", encoded)


def _valid() -> list[str]:
    return hash_password("pw", **FAST).split("$")


@pytest.mark.parametrize(
    "mutate",
    [
        lambda parts: ["bcrypt", *parts[1:]],
        lambda parts: parts[:5],
        lambda parts: [*parts, "extra"],
        lambda parts: [parts[0], "15", *parts[2:]],  # not a power of two
        lambda parts: [parts[0], "1", *parts[2:]],
        lambda parts: [parts[0], str(2**21), *parts[2:]],  # too much work
        lambda parts: [parts[0], str(2**20), "32", *parts[3:]],  # 4 GiB of memory
        lambda parts: [*parts[:2], "0", *parts[3:]],
        lambda parts: [*parts[:3], "17", *parts[4:]],
        lambda parts: [*parts[:2], "+1", *parts[3:]],
        lambda parts: [*parts[:2], " 1", *parts[3:]],
        lambda parts: [*parts[:2], "1" * 40, *parts[3:]],
        lambda parts: [*parts[:4], "not base64!", parts[5]],
        lambda parts: [*parts[:4], base64.b64encode(b"short").decode(), parts[5]],
        lambda parts: [*parts[:5], base64.b64encode(b"x" * 8).decode()],
        lambda parts: [*parts[:5], base64.b64encode(b"x" * 65).decode()],
        lambda parts: [*parts[:5], "é"],
    ],
)
def test_malformed_encodings(mutate: object) -> None:
    assert callable(mutate)
    encoded = "$".join(mutate(_valid()))
    with pytest.raises(PasswordHashError):
        verify_password("pw", encoded)


def test_hash_password_bounds() -> None:
    with pytest.raises(PasswordHashError):
        hash_password("pw", n=3)
    with pytest.raises(PasswordHashError):
        hash_password("pw", n=16, r=0)
    with pytest.raises(PasswordHashError):
        hash_password("pw", n=16, r=1, p=17)
    assert issubclass(PasswordHashError, ValueError)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=120))
def test_verify_rejects_garbage_with_our_error_only(text: str) -> None:
    try:
        result = verify_password("pw", text)
    except PasswordHashError:
        return
    # Only a well-formed hash can get this far; random text never matches "pw".
    assert result is False


@settings(max_examples=25, deadline=None)
@given(st.text(max_size=20), st.text(max_size=20))
def test_hash_verify_property(password: str, other: str) -> None:
    encoded = hash_password(password, **FAST)
    assert verify_password(password, encoded)
    assert verify_password(other, encoded) == (other == password)


def test_password_table() -> None:
    table = PasswordTable.from_plain({"alice": "wonderland", "bob": "builder"}, **FAST)
    assert table.check("alice", "wonderland")
    assert not table.check("alice", "builder")
    assert table.check("bob", b"builder")
    assert not table.check("carol", "wonderland")  # unknown user: False, after scrypt work
    assert "alice" in table and "carol" not in table and len(table) == 2
    assert sorted(table) == ["alice", "bob"]
    assert verify_password("builder", table.encoded("bob"))
    again = PasswordTable({"bob": table.encoded("bob")})
    assert again.check("bob", "builder")


def test_unknown_user_does_the_same_work(monkeypatch: pytest.MonkeyPatch) -> None:
    import hashlib

    table = PasswordTable.from_plain({"alice": "wonderland"}, **FAST)
    calls: list[tuple[int, int, int]] = []
    real = hashlib.scrypt

    def spy(password: bytes, **kwargs: int) -> bytes:
        calls.append((kwargs["n"], kwargs["r"], kwargs["p"]))
        return real(password, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(hashlib, "scrypt", spy)
    table.check("alice", "guess")
    table.check("nobody", "guess")
    assert calls == [(16, 1, 1), (16, 1, 1)]


def test_empty_table_still_works() -> None:
    table = PasswordTable({})
    assert not table.check("anyone", "x")


def test_table_rejects_malformed_hash_without_leaking_it() -> None:
    secret_hash = "scrypt$16$1$1$AAAA$BBBB"
    with pytest.raises(PasswordHashError) as info:
        PasswordTable({"alice": secret_hash})
    assert "alice" in str(info.value) and "BBBB" not in str(info.value)


def test_repr_hides_secrets() -> None:
    table = PasswordTable.from_plain({"alice": "wonderland"}, **FAST)
    text = repr(table)
    assert "wonderland" not in text and "scrypt" not in text
    assert table.encoded("alice").split("$")[5] not in text
