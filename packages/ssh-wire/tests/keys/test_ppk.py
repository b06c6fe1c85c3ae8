"""PuTTY PPK files, versions 2 and 3 (PuTTY manual appendix C): parse, write, reject.

The known-answer files below were written by PuTTYgen 0.78 (test keys, not used anywhere);
tests/interop/test_keys_ppk.py checks against a live puttygen.
"""

from __future__ import annotations

import base64
import hmac
import re
from functools import cache

import pytest
from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed25519, rsa
from hypothesis import given
from hypothesis import strategies as st

import ssh_wire.keys._ppk as ppk
from ssh_wire import encode_mpint, encode_string
from ssh_wire.keys import KeyEncryptedError, KeyParseError, KeyPassphraseError, SSHKey
from ssh_wire.keys._key import CryptoPrivateKey
from ssh_wire.keys._ppk import export_ppk, is_ppk, parse_ppk
from ssh_wire.messages import EcdsaPrivateKey, Ed25519PrivateKey

PASS = b"correct horse"

KEY_TYPES = [
    "ssh-ed25519",
    "ecdsa-sha2-nistp256",
    "ecdsa-sha2-nistp384",
    "ecdsa-sha2-nistp521",
    "ssh-rsa",
    "ssh-dss",
]


@cache
def make_key(key_type: str) -> SSHKey:
    """One private key per type, generated once per test session."""
    if key_type == "ssh-ed25519":
        crypto: CryptoPrivateKey = ed25519.Ed25519PrivateKey.generate()
    elif key_type == "ssh-rsa":
        crypto = rsa.generate_private_key(65537, 2048)
    elif key_type == "ssh-dss":
        crypto = dsa.generate_private_key(1024)
    else:
        curves: dict[str, ec.EllipticCurve] = {
            "256": ec.SECP256R1(),
            "384": ec.SECP384R1(),
            "521": ec.SECP521R1(),
        }
        crypto = ec.generate_private_key(curves[key_type[-3:]])
    return SSHKey(crypto, f"test {key_type}")


def export_fast(
    key: SSHKey,
    passphrase: bytes | None,
    version: int = 3,
    kdf: str = "Argon2id",
    parallelism: int = 1,
) -> bytes:
    """export_ppk with small Argon2 costs; the default (calibrated) costs get their own test."""
    return export_ppk(
        key,
        passphrase,
        version,
        kdf=kdf,
        argon2_memory=256,
        argon2_passes=1,
        argon2_parallelism=parallelism,
    )


def build_plain_v3(key_type: str, comment: bytes, public_blob: bytes, private: bytes) -> bytes:
    """An unencrypted v3 file with a valid MAC around arbitrary contents."""
    algorithm = key_type.encode()
    mac = ppk._mac(3, b"", algorithm, b"none", comment, public_blob, private)
    pub_lines = ppk._base64_lines(public_blob)
    priv_lines = ppk._base64_lines(private)
    lines = [
        b"PuTTY-User-Key-File-3: " + algorithm,
        b"Encryption: none",
        b"Comment: " + comment,
        b"Public-Lines: %d" % len(pub_lines),
        *pub_lines,
        b"Private-Lines: %d" % len(priv_lines),
        *priv_lines,
        b"Private-MAC: " + mac.hex().encode(),
    ]
    return b"\n".join(lines) + b"\n"


def assert_same_private(a: SSHKey, b: SSHKey) -> None:
    assert a.is_private and b.is_private
    assert a.equals(b)
    assert a.private_fields() == b.private_fields()
    assert b.verify(b"data", a.sign(b"data"))


# -- known answers from PuTTYgen ----------------------------------------------------------

KAT_V3_ED25519_ARGON2ID = b"""\
PuTTY-User-Key-File-3: ssh-ed25519
Encryption: aes256-cbc
Comment: kat ed25519
Public-Lines: 2
AAAAC3NzaC1lZDI1NTE5AAAAIJhKwJ9uTO8epU97pirikbKMsY2yi3Xy0gV8Rkpy
8+cH
Key-Derivation: Argon2id
Argon2-Memory: 1024
Argon2-Passes: 2
Argon2-Parallelism: 1
Argon2-Salt: 3f82f2d5099fd9a01f6eff9d6c892c72
Private-Lines: 1
zG2wTajGYscrPxVu9SNIKLEWG85nODPJff4//UyXYlzYCxo95igZchjDdSGaNCOC
Private-MAC: ebdc6c9d5965bc17b60c6728edffc9a73f00a3ecdf7dc20352220ae7562a12af
"""
KAT_V3_ED25519_PUBLIC = (
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJhKwJ9uTO8epU97pirikbKMsY2yi3Xy0gV8Rkpy8+cH kat ed25519"
)
# puttygen -O text prints the Ed25519 private key as the seed read little-endian.
KAT_V3_ED25519_SEED_LE = 0x1AE7481E4ED8777963A00781CC7DB2D7527ABEA0DEB461A2025FAD91776E9803

KAT_V2_P384 = b"""\
PuTTY-User-Key-File-2: ecdsa-sha2-nistp384
Encryption: aes256-cbc
Comment: kat p384 v2
Public-Lines: 3
AAAAE2VjZHNhLXNoYTItbmlzdHAzODQAAAAIbmlzdHAzODQAAABhBPOgsxY2Sop6
It67QI4v6Ljk+ImpefREvA/lQPO35sUebqj4z7O0NoZLgOhSeS1eAIN7PKP5Evvz
cttRHeZ7jI1TxHsrAu34bG5I40ST0eYrZM7UcC6UOpyNYsCMSGHNUA==
Private-Lines: 2
Fr40r/yBPimA1HJC4GV7AQkgBv5xoVA79n3Rtk9RB7AIw31UPKdBTgjXcXp+jxT1
RohoRw+PGfNfETHL3w2vwg==
Private-MAC: 777a28a408b7a0ad3c250bd346890c1a39eb35b8
"""
KAT_V2_P384_D = int(
    "e0c779f84b9b5bba78548cbab6298bee6847b172419dee473d310f51"
    "0a3a7a5eb812bd3683d85c9af2dd9be7df10b85c",
    16,
)

KAT_V3_P256_ARGON2I = b"""\
PuTTY-User-Key-File-3: ecdsa-sha2-nistp256
Encryption: aes256-cbc
Comment: kat argon2i
Public-Lines: 3
AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBBZpez+9Azv0
WG6ikQyRt53bgG0O8kA6aZg+HCiIJoNlMttvi58io5/9qJodzx5S4UNXMirnTwVP
LVLkYYbJXfg=
Key-Derivation: Argon2i
Argon2-Memory: 512
Argon2-Passes: 1
Argon2-Parallelism: 2
Argon2-Salt: 456b4371f799e200bf77fc1d04367258
Private-Lines: 1
/Ae7EY/IeKSxMSQkJ+WJoyAsP02Bb90goxSwQUnJKLB74DWJIdP5qS/eib74SmO1
Private-MAC: a6bbb650dbfbcc47b84cb053b5c02c798077656f9860348e3e0b5b9130f85ae5
"""
KAT_V3_P256_D = 0xF97517679C3E38D35F007A5B8A386EFE16EFACC77EEF01CABBBB4503145AC967

KAT_V2_ED25519_PLAIN = b"""\
PuTTY-User-Key-File-2: ssh-ed25519
Encryption: none
Comment: kat v2 plain
Public-Lines: 2
AAAAC3NzaC1lZDI1NTE5AAAAIDpjGdYBTGb45ewsByLFlhvMA5DEwJQXa8zp/R+4
uxsi
Private-Lines: 1
AAAAIBnlax80szqRD+/C2Rdo5cg1JRoLekpewcBSwOa3p4c7
Private-MAC: 31f159abcb87f1ebef38d726de9f6c25c1f5bd8e
"""
KAT_V2_ED25519_SEED_LE = 0x3B87A7B7E6C052C0C15E4A7A0B1A2535C8E56817D9C2EF0F913AB3341F6BE519


def test_kat_v3_ed25519_argon2id() -> None:
    key = parse_ppk(KAT_V3_ED25519_ARGON2ID, PASS)
    assert key.openssh_public_line() == KAT_V3_ED25519_PUBLIC
    fields = key.private_fields()
    assert isinstance(fields, Ed25519PrivateKey)
    assert int.from_bytes(fields.private_key[:32], "little") == KAT_V3_ED25519_SEED_LE


def test_kat_v2_ecdsa_p384() -> None:
    key = parse_ppk(KAT_V2_P384, PASS)
    assert key.type == "ecdsa-sha2-nistp384"
    assert key.comment == "kat p384 v2"
    fields = key.private_fields()
    assert isinstance(fields, EcdsaPrivateKey)
    assert fields.d == KAT_V2_P384_D


def test_kat_v3_argon2i_parallelism_2() -> None:
    key = parse_ppk(KAT_V3_P256_ARGON2I, PASS)
    fields = key.private_fields()
    assert isinstance(fields, EcdsaPrivateKey)
    assert fields.d == KAT_V3_P256_D


def test_kat_v2_unencrypted_ignores_passphrase() -> None:
    for passphrase in (None, b"anything"):
        key = parse_ppk(KAT_V2_ED25519_PLAIN, passphrase)
        fields = key.private_fields()
        assert isinstance(fields, Ed25519PrivateKey)
        assert int.from_bytes(fields.private_key[:32], "little") == KAT_V2_ED25519_SEED_LE


def test_is_ppk() -> None:
    assert is_ppk(KAT_V3_ED25519_ARGON2ID)
    assert is_ppk(KAT_V2_P384)
    assert not is_ppk(b"PuTTY-User-Key-File-1: ssh-rsa\n")
    assert not is_ppk(b"-----BEGIN OPENSSH PRIVATE KEY-----\n")
    assert not is_ppk(b"")


# -- round trips ------------------------------------------------------------------------


@pytest.mark.parametrize("version", [2, 3])
@pytest.mark.parametrize("passphrase", [None, PASS], ids=["plain", "encrypted"])
@pytest.mark.parametrize("key_type", KEY_TYPES)
def test_round_trip(key_type: str, version: int, passphrase: bytes | None) -> None:
    key = make_key(key_type)
    data = export_fast(key, passphrase, version)
    assert is_ppk(data)
    back = parse_ppk(data, passphrase)
    assert_same_private(key, back)
    assert back.comment == key.comment
    assert back.type == key_type


@pytest.mark.parametrize("kdf", ["Argon2id", "Argon2i", "Argon2d"])
def test_round_trip_kdf_flavours(kdf: str) -> None:
    key = make_key("ssh-ed25519")
    data = export_fast(key, PASS, kdf=kdf, parallelism=2)
    assert f"Key-Derivation: {kdf}\n".encode() in data
    assert b"Argon2-Parallelism: 2\n" in data
    assert_same_private(key, parse_ppk(data, PASS))


def test_default_v3_parameters_follow_putty() -> None:
    key = make_key("ecdsa-sha2-nistp256")
    data = export_ppk(key, PASS)
    text = data.decode()
    assert text.startswith("PuTTY-User-Key-File-3: ecdsa-sha2-nistp256\nEncryption: aes256-cbc\n")
    assert "Key-Derivation: Argon2id\n" in text
    assert "Argon2-Memory: 8192\n" in text
    assert "Argon2-Parallelism: 1\n" in text
    passes = re.search(r"^Argon2-Passes: (\d+)$", text, re.M)
    assert passes is not None and int(passes.group(1)) >= 1
    salt = re.search(r"^Argon2-Salt: ([0-9a-f]+)$", text, re.M)
    assert salt is not None and len(salt.group(1)) == 32
    assert_same_private(key, parse_ppk(data, PASS))


@pytest.mark.parametrize("version", [2, 3])
@pytest.mark.parametrize("passphrase", [None, PASS], ids=["plain", "encrypted"])
def test_layout(version: int, passphrase: bytes | None) -> None:
    """C.2: LF lines, 64-column base64, exact line counts, MAC length by version."""
    key = make_key("ssh-rsa")
    data = export_fast(key, passphrase, version)
    assert data.endswith(b"\n") and b"\r" not in data
    lines = data.decode().split("\n")[:-1]
    assert lines[0] == f"PuTTY-User-Key-File-{version}: ssh-rsa"
    assert lines[1] == ("Encryption: aes256-cbc" if passphrase else "Encryption: none")
    assert lines[2] == "Comment: test ssh-rsa"
    n_pub = int(lines[3].removeprefix("Public-Lines: "))
    public = lines[4 : 4 + n_pub]
    assert base64.b64decode("".join(public)) == key.public_blob
    i = 4 + n_pub
    has_kdf = version == 3 and passphrase is not None
    assert lines[i].startswith("Key-Derivation: ") == has_kdf
    if has_kdf:
        i += 5
    n_priv = int(lines[i].removeprefix("Private-Lines: "))
    private = lines[i + 1 : i + 1 + n_priv]
    for block in (public, private):
        assert all(len(line) == 64 for line in block[:-1])
        assert 0 < len(block[-1]) <= 64
    mac = lines[i + 1 + n_priv]
    assert re.fullmatch(rf"Private-MAC: [0-9a-f]{{{64 if version == 3 else 40}}}", mac)
    assert len(lines) == i + 2 + n_priv
    if passphrase:
        assert len(base64.b64decode("".join(private))) % 16 == 0


@pytest.mark.parametrize("ending", [b"\r\n", b"\r"])
def test_other_line_endings(ending: bytes) -> None:
    data = KAT_V3_ED25519_ARGON2ID.replace(b"\n", ending)
    assert parse_ppk(data, PASS).openssh_public_line() == KAT_V3_ED25519_PUBLIC


def test_non_utf8_comment_is_replaced() -> None:
    """C.2 allows any comment bytes but CR/LF; the MAC covers the raw bytes."""
    key = make_key("ssh-ed25519")
    data = build_plain_v3(key.type, b"caf\xe9", key.public_blob, ppk._private_blob(key))
    parsed = parse_ppk(data, None)
    assert parsed.comment == "caf\ufffd"
    assert_same_private(key, parsed)


def test_empty_comment_round_trips() -> None:
    key = SSHKey(make_key("ssh-ed25519").crypto_key, "")
    data = export_ppk(key, PASS, 2)
    assert b"\nComment: \n" in data
    assert parse_ppk(data, PASS).comment == ""


def test_empty_passphrase_writes_unencrypted() -> None:
    data = export_fast(make_key("ssh-ed25519"), b"")
    assert b"Encryption: none\n" in data


# -- passphrase and integrity errors ------------------------------------------------------


@pytest.mark.parametrize("version", [2, 3])
def test_wrong_passphrase(version: int) -> None:
    data = export_fast(make_key("ssh-ed25519"), PASS, version)
    with pytest.raises(KeyPassphraseError) as info:
        parse_ppk(data, b"wrong horse")
    assert b"wrong horse".decode() not in str(info.value)
    with pytest.raises(KeyPassphraseError):
        parse_ppk(data, b"")


@pytest.mark.parametrize("version", [2, 3])
def test_missing_passphrase(version: int) -> None:
    data = export_fast(make_key("ssh-ed25519"), PASS, version)
    with pytest.raises(KeyEncryptedError):
        parse_ppk(data, None)


def _tamper_mac(data: bytes) -> bytes:
    head, _, mac = data.rstrip(b"\n").rpartition(b"Private-MAC: ")
    flipped = b"%x" % (int(mac[:1], 16) ^ 1)
    return head + b"Private-MAC: " + flipped + mac[1:] + b"\n"


@pytest.mark.parametrize("version", [2, 3])
def test_tampered_mac(version: int) -> None:
    key = make_key("ecdsa-sha2-nistp256")
    encrypted = export_fast(key, PASS, version)
    with pytest.raises(KeyPassphraseError):
        parse_ppk(_tamper_mac(encrypted), PASS)
    plain = export_ppk(key, None, version)
    with pytest.raises(KeyParseError) as info:
        parse_ppk(_tamper_mac(plain), None)
    assert not isinstance(info.value, KeyPassphraseError)


@pytest.mark.parametrize("version", [2, 3])
def test_mac_covers_comment_and_public_key(version: int) -> None:
    key = make_key("ssh-ed25519")
    data = export_fast(key, PASS, version)
    with pytest.raises(KeyPassphraseError):
        parse_ppk(data.replace(b"Comment: test", b"Comment: Test"), PASS)
    # Swap in another key's public lines: the MAC must catch it.
    other = export_ppk(SSHKey(ed25519.Ed25519PrivateKey.generate(), key.comment), None, version)
    own_pub = data.split(b"Public-Lines: 2\n")[1].split(b"\n")[:2]
    other_pub = other.split(b"Public-Lines: 2\n")[1].split(b"\n")[:2]
    swapped = data.replace(b"\n".join(own_pub), b"\n".join(other_pub))
    assert swapped != data
    with pytest.raises(KeyPassphraseError):
        parse_ppk(swapped, PASS)


def test_mac_uses_constant_time_compare(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        calls.append(len(a))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    parse_ppk(KAT_V2_ED25519_PLAIN, None)
    assert 20 in calls


# -- malformed files ----------------------------------------------------------------------

_PLAIN_V3 = KAT_V3_ED25519_ARGON2ID


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (b"PuTTY-User-Key-File-3", b"PuTTY-User-Key-File-1"),
        (b"ssh-ed25519\nEncryption", b"ssh-ed448\nEncryption"),
        (b"ssh-ed25519\nEncryption", b"ecdsa-sha2-nistp256\nEncryption"),
        (b"ssh-ed25519\nEncryption", b"ssh-\xffed\nEncryption"),
        (b"Encryption: aes256-cbc", b"Encryption: aes128-cbc"),
        (b"Encryption: aes256-cbc", b"Encryption:aes256-cbc"),
        (b"Comment: ", b"Remark: "),
        (b"Public-Lines: 2", b"Public-Lines: 3"),
        (b"Public-Lines: 2", b"Public-Lines: 99999999"),
        (b"Public-Lines: 2", b"Public-Lines: -2"),
        (b"Public-Lines: 2", b"Public-Lines: \xd9\xa2"),
        (b"8+cH\n", b"8+c!\n"),
        (b"8+cH\n", b"8+c\n"),
        (b"Key-Derivation: Argon2id", b"Key-Derivation: scrypt"),
        (b"Argon2-Memory: 1024", b"Argon2-Memory: 999999999"),
        (b"Argon2-Memory: 1024", b"Argon2-Memory: 4"),
        (b"Argon2-Passes: 2", b"Argon2-Passes: 0"),
        (b"Argon2-Passes: 2", b"Argon2-Passes: 900000"),
        (b"Argon2-Parallelism: 1", b"Argon2-Parallelism: 0"),
        (b"Argon2-Parallelism: 1", b"Argon2-Parallelism: 100000"),
        (b"Argon2-Salt: 3f82f2d5099fd9a01f6eff9d6c892c72", b"Argon2-Salt: 3f82"),
        (b"Argon2-Salt: 3f82f2d5099fd9a01f6eff9d6c892c72", b"Argon2-Salt: xyz"),
        (b"Private-Lines: 1", b"Private-Lines: 2"),
        (b"Private-MAC: ebdc", b"Private-MAC: ebd"),
        (b"Private-MAC: ebdc", b"Private-Hash: ebdc"),
        (b"2af\n", b"2af\nextra\n"),
        (b"zG2wTajGYscr", b"zG2wTajGYs"),
    ],
)
def test_malformed_raises_key_parse_error(old: bytes, new: bytes) -> None:
    assert old in _PLAIN_V3
    with pytest.raises(KeyParseError):
        parse_ppk(_PLAIN_V3.replace(old, new, 1), PASS)


def test_key_derivation_headers_in_v2_rejected() -> None:
    data = export_ppk(make_key("ssh-ed25519"), PASS, 2)
    bad = data.replace(b"Private-Lines", b"Key-Derivation: Argon2id\nPrivate-Lines")
    with pytest.raises(KeyParseError):
        parse_ppk(bad, PASS)


def test_not_a_ppk() -> None:
    for data in (b"", b"hello", b"-----BEGIN OPENSSH PRIVATE KEY-----\n"):
        with pytest.raises(KeyParseError):
            parse_ppk(data, None)


def test_inconsistent_private_key_rejected() -> None:
    """A well-MACed file whose private half does not match the public half."""
    a, b = make_key("ecdsa-sha2-nistp256"), SSHKey(ec.generate_private_key(ec.SECP256R1()))
    data = build_plain_v3(a.type, b"x", a.public_blob, ppk._private_blob(b))
    with pytest.raises(KeyParseError):
        parse_ppk(data, None)


def test_private_blob_too_short_rejected() -> None:
    key = make_key("ssh-rsa")
    data = build_plain_v3(key.type, b"x", key.public_blob, ppk._private_blob(key)[:40])
    with pytest.raises(KeyParseError):
        parse_ppk(data, None)


@pytest.mark.parametrize(
    ("key_type", "values"),
    [
        ("ssh-rsa", (5, 1, 7, 1)),
        ("ssh-rsa", (0, 0, 0, 0)),
        ("ssh-rsa", (-5, 3, 3, 3)),
        ("ssh-dss", (0,)),
        ("ssh-dss", (-1,)),
        ("ssh-dss", (1 << 2000,)),
        ("ecdsa-sha2-nistp256", (0,)),
        ("ecdsa-sha2-nistp256", (-1,)),
        ("ecdsa-sha2-nistp256", (1 << 300,)),
    ],
)
def test_bad_private_values_rejected(key_type: str, values: tuple[int, ...]) -> None:
    key = make_key(key_type)
    blob = b"".join(encode_string(encode_mpint(v)) for v in values)
    with pytest.raises(KeyParseError):
        parse_ppk(build_plain_v3(key_type, b"x", key.public_blob, blob), None)


@pytest.mark.parametrize("seed_len", [0, 31, 33, 64])
def test_bad_ed25519_length_rejected(seed_len: int) -> None:
    key = make_key("ssh-ed25519")
    blob = encode_string(bytes(range(seed_len)))
    with pytest.raises(KeyParseError):
        parse_ppk(build_plain_v3(key.type, b"x", key.public_blob, blob), None)


# -- export errors ------------------------------------------------------------------------


def test_export_rejects_bad_arguments() -> None:
    key = make_key("ssh-ed25519")
    with pytest.raises(KeyParseError):
        export_ppk(key.public_key())
    with pytest.raises(ValueError):
        export_ppk(key, version=4)
    with pytest.raises(ValueError):
        export_ppk(key, PASS, kdf="scrypt")
    with pytest.raises(ValueError):
        export_ppk(SSHKey(key.crypto_key, "two\nlines"))
    with pytest.raises(ValueError):
        export_ppk(key, PASS, argon2_memory=1 << 30, argon2_passes=1)


# -- hypothesis: damaged files raise only the key errors ----------------------------------


@cache
def fuzz_corpus() -> tuple[tuple[bytes, bytes | None, SSHKey], ...]:
    items = []
    for key_type in ("ssh-ed25519", "ecdsa-sha2-nistp256", "ssh-rsa", "ssh-dss"):
        key = make_key(key_type)
        for version in (2, 3):
            for passphrase in (None, PASS):
                data = export_fast(key, passphrase, version)
                items.append((data, passphrase, key))
    items.append((KAT_V3_ED25519_ARGON2ID, PASS, parse_ppk(KAT_V3_ED25519_ARGON2ID, PASS)))
    return tuple(items)


_ALLOWED = (KeyParseError, KeyEncryptedError, KeyPassphraseError)


def _check(data: bytes, passphrase: bytes | None, key: SSHKey | None) -> None:
    try:
        parsed = parse_ppk(data, passphrase)
    except _ALLOWED:
        return
    # Some damage is harmless (base64 padding bits, hex case, line endings): same key.
    assert key is not None and parsed.equals(key)
    assert parsed.private_fields() == key.private_fields()


@given(st.data())
def test_fuzz_bit_flips(data: st.DataObject) -> None:
    corpus = fuzz_corpus()
    original, passphrase, key = corpus[data.draw(st.integers(0, len(corpus) - 1))]
    buf = bytearray(original)
    for _ in range(data.draw(st.integers(1, 3))):
        pos = data.draw(st.integers(0, len(buf) - 1))
        buf[pos] ^= 1 << data.draw(st.integers(0, 7))
    _check(bytes(buf), passphrase, key)


@given(st.data())
def test_fuzz_truncation(data: st.DataObject) -> None:
    corpus = fuzz_corpus()
    original, passphrase, key = corpus[data.draw(st.integers(0, len(corpus) - 1))]
    cut = data.draw(st.integers(0, len(original) - 1))
    _check(original[:cut], passphrase, key)


@given(
    st.sampled_from([b"PuTTY-User-Key-File-2: ", b"PuTTY-User-Key-File-3: ", b""]),
    st.binary(max_size=400),
    st.sampled_from([None, PASS]),
)
def test_fuzz_random_bytes(prefix: bytes, tail: bytes, passphrase: bytes | None) -> None:
    _check(prefix + tail, passphrase, None)


_LINE = st.one_of(
    st.sampled_from(
        [
            b"Encryption: none",
            b"Encryption: aes256-cbc",
            b"Comment: x",
            b"Public-Lines: 1",
            b"Private-Lines: 1",
            b"Key-Derivation: Argon2id",
            b"Argon2-Memory: 64",
            b"Argon2-Passes: 1",
            b"Argon2-Parallelism: 1",
            b"Argon2-Salt: 00112233445566778899aabbccddeeff",
            b"AAAAC3NzaC1lZDI1NTE5AAAAIJhKwJ9uTO8epU97pirikbKMsY2yi3Xy0gV8Rkpy8+cH",
            b"Private-MAC: " + b"00" * 32,
            b"Private-MAC: " + b"00" * 20,
        ]
    ),
    st.binary(max_size=40),
)


@given(
    st.sampled_from([b"PuTTY-User-Key-File-2: ssh-ed25519", b"PuTTY-User-Key-File-3: ssh-ed25519"]),
    st.lists(_LINE, max_size=12),
    st.sampled_from([None, PASS]),
)
def test_fuzz_line_soup(first: bytes, lines: list[bytes], passphrase: bytes | None) -> None:
    _check(b"\n".join([first, *lines]) + b"\n", passphrase, None)
