"""Key file formats: known answers from ssh-keygen/OpenSSL, round trips, and every refusal.

The files in data/formats were written by OpenSSH 9.2 and OpenSSL 3.0 (see generate.sh);
tests/interop/test_keys_formats.py checks the same things against a live ssh-keygen.
"""

from __future__ import annotations

import base64
import struct
from functools import cache
from pathlib import Path

import pytest

import ssh_wire.keys._openssh as openssh_mod
from ssh_wire import encode_string
from ssh_wire.keys import KeyEncryptedError, KeyParseError, KeyPassphraseError, SSHKey
from ssh_wire.keys._certificate import SSHCertificate
from ssh_wire.keys._ciphers import KEY_CIPHERS
from ssh_wire.keys._export import export_private_key, export_public_key
from ssh_wire.keys._generate import GeneratedKeyPair, generate_key, generate_key_pair
from ssh_wire.keys._openssh import OPENSSH_CIPHERS
from ssh_wire.keys._parse import load_key, load_public_key, parse_key, parse_public_key
from ssh_wire.messages import (
    BcryptKdfOptions,
    OpenSSHPrivateKeyEntry,
    OpenSSHPrivateKeyFile,
    OpenSSHPrivateSection,
    decode_bcrypt_kdf_options,
    decode_open_ssh_private_key_file_from,
    decode_open_ssh_private_section,
    encode_open_ssh_private_key_entry,
    encode_open_ssh_private_key_file,
    encode_open_ssh_private_section,
)

DATA = Path(__file__).parent / "data" / "formats"
PASS = "secret1"
ALL_CIPHERS = sorted(KEY_CIPHERS.keys() - {"none"})
BASES = ["ed25519", "ecdsa256", "ecdsa384", "ecdsa521", "rsa1024", "dsa"]


def read(name: str) -> bytes:
    return (DATA / name).read_bytes()


def fingerprints() -> dict[str, tuple[str, str]]:
    out = {}
    for line in read("fingerprints.txt").decode().splitlines():
        name, sha, md5 = line.split()
        out[name.removesuffix(".pub")] = (sha, md5)
    return out


def expected_line(base: str) -> str:
    return read(f"{base}.pub").decode().strip()


def public_part(line: str) -> str:
    return " ".join(line.split()[:2])


@cache
def sample_key(kind: str) -> SSHKey:
    bits = {"ecdsa384": 384, "ecdsa521": 521, "rsa": 1024}.get(kind)
    family = "ecdsa" if kind.startswith("ecdsa") else kind
    return generate_key(family, bits, comment=f"test {kind} ✓")


SAMPLE_KINDS = ["ed25519", "ecdsa256", "ecdsa384", "ecdsa521", "rsa", "dsa"]


@pytest.fixture
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """bcrypt with at most 2 rounds, so round trips through every cipher stay quick."""
    real = openssh_mod._bcrypt_kdf
    monkeypatch.setattr(openssh_mod, "_bcrypt_kdf", lambda p, s, n, r: real(p, s, n, min(r, 2)))


# -- known answers: files written by ssh-keygen and OpenSSL ------------------------------


def test_cipher_list_matches_openssh() -> None:
    # `ssh -Q cipher` on OpenSSH 9.2; every one is accepted by ssh-keygen -Z.
    assert set(OPENSSH_CIPHERS) == {
        "3des-cbc",
        "aes128-cbc",
        "aes192-cbc",
        "aes256-cbc",
        "aes128-ctr",
        "aes192-ctr",
        "aes256-ctr",
        "aes128-gcm@openssh.com",
        "aes256-gcm@openssh.com",
        "chacha20-poly1305@openssh.com",
    }


@pytest.mark.parametrize("base", BASES)
def test_openssh_plain_known_answer(base: str) -> None:
    key = parse_key(read(f"{base}.key"))
    assert key.is_private
    assert key.openssh_public_line() == expected_line(base)
    sha, md5 = fingerprints()[base]
    assert key.fingerprint("sha256") == sha
    assert key.fingerprint("md5") == md5
    assert key.verify(b"data", key.sign(b"data"))


@pytest.mark.parametrize("cipher", ALL_CIPHERS)
def test_openssh_each_cipher_known_answer(cipher: str) -> None:
    data = read(f"ed25519-{cipher}.key")
    key = parse_key(data, PASS)
    assert key.openssh_public_line() == expected_line("ed25519")
    assert key.equals(parse_key(read("ed25519.key")))
    with pytest.raises(KeyEncryptedError):
        parse_key(data)
    with pytest.raises(KeyPassphraseError):
        parse_key(data, "wrong passphrase")


@pytest.mark.parametrize(
    "name",
    [
        f"{base}{suffix}"
        for base in ("ecdsa256", "rsa1024", "dsa")
        for suffix in (".pem", ".p8", ".p8.der")
    ],
)
def test_pem_plain_known_answer(name: str) -> None:
    base = name.split(".")[0]
    key = parse_key(read(name))
    assert key.is_private and key.comment == ""
    assert key.openssh_public_line() == public_part(expected_line(base))


@pytest.mark.parametrize(
    "name",
    [
        f"{base}{suffix}"
        for base in ("ecdsa256", "rsa1024", "dsa")
        for suffix in ("-enc.pem", "-enc.p8", "-des3.pem", "-aes192.pem", "-aes256.pem")
    ],
)
def test_pem_encrypted_known_answer(name: str) -> None:
    base = name.split("-")[0]
    data = read(name)
    assert parse_key(data, PASS).openssh_public_line() == public_part(expected_line(base))
    assert parse_key(data, PASS.encode()).equals(parse_key(data, PASS))
    with pytest.raises(KeyEncryptedError):
        parse_key(data)
    with pytest.raises(KeyEncryptedError):
        parse_key(data, "")
    with pytest.raises(KeyPassphraseError):
        parse_key(data, "wrong passphrase")


def test_legacy_pem_headers_are_what_we_test() -> None:
    assert b"DEK-Info: DES-EDE3-CBC," in read("rsa1024-des3.pem")
    assert b"DEK-Info: AES-192-CBC," in read("rsa1024-aes192.pem")
    assert b"DEK-Info: AES-128-CBC," in read("rsa1024-enc.pem")  # what ssh-keygen -m PEM uses
    assert b"BEGIN ENCRYPTED PRIVATE KEY" in read("rsa1024-enc.p8")


def test_sec1_with_ec_parameters_block() -> None:
    data = read("ecdsa256-params.pem")
    assert data.startswith(b"-----BEGIN EC PARAMETERS-----")
    assert parse_key(data).openssh_public_line() == public_part(expected_line("ecdsa256-params"))


@pytest.mark.parametrize("base", BASES)
def test_public_known_answers(base: str) -> None:
    line = expected_line(base)
    comment = line.split(None, 2)[2]
    one_line = parse_public_key(read(f"{base}.pub"))
    assert isinstance(one_line, SSHKey) and not one_line.is_private
    assert one_line.openssh_public_line() == line
    assert one_line.comment == comment
    rfc = parse_public_key(read(f"{base}.rfc4716"))
    assert isinstance(rfc, SSHKey) and rfc.equals(one_line)
    assert rfc.comment.endswith("converted by root@vm from OpenSSH") or "converted" in rfc.comment
    blob = parse_public_key(one_line.public_blob)
    assert isinstance(blob, SSHKey) and blob.equals(one_line) and blob.comment == ""
    assert load_public_key(DATA / f"{base}.pub") == one_line


@pytest.mark.parametrize("name", ["ecdsa256.spki.pem", "rsa1024.spki.pem", "dsa.spki.pem"])
def test_pem_public_known_answers(name: str) -> None:
    base = name.split(".")[0]
    key = parse_public_key(read(name))
    assert isinstance(key, SSHKey)
    assert key.openssh_public_line() == public_part(expected_line(base))


def test_pkcs1_public_and_der_spki() -> None:
    key = parse_public_key(read("rsa1024.pkcs1pub.pem"))
    assert isinstance(key, SSHKey)
    assert key.openssh_public_line() == public_part(expected_line("rsa1024"))
    der = base64.b64decode(b"".join(read("rsa1024.spki.pem").splitlines()[1:-1]))
    assert parse_public_key(der) == key


def test_certificate_line_delegates() -> None:
    cert = parse_public_key(read("ed25519.cert"))
    assert isinstance(cert, SSHCertificate)
    assert cert.key.equals(parse_key(read("ed25519.key")))
    assert cert.key_id == "kat-cert"
    blob = base64.b64decode(read("ed25519.cert").split()[1])
    assert isinstance(parse_public_key(blob), SSHCertificate)


def test_load_key(tmp_path: Path) -> None:
    assert load_key(DATA / "ed25519-aes256-ctr.key", PASS).comment == "kat-ed25519"
    with pytest.raises(FileNotFoundError):
        load_key(tmp_path / "missing")


def test_str_input_and_crlf() -> None:
    text = read("ed25519.key").decode().replace("\n", "\r\n")
    assert parse_key(text).comment == "kat-ed25519"
    assert isinstance(parse_public_key(read("rsa1024.rfc4716").decode()), SSHKey)


# -- round trips through our writers -------------------------------------------------------


@pytest.mark.parametrize("kind", SAMPLE_KINDS)
@pytest.mark.parametrize("passphrase", [None, PASS])
def test_openssh_round_trip(kind: str, passphrase: str | None, fast_kdf: None) -> None:
    key = sample_key(kind)
    data = export_private_key(key, "openssh", passphrase)
    back = parse_key(data, passphrase)
    assert back.equals(key) and back.comment == key.comment
    assert back.private_fields() == key.private_fields()


@pytest.mark.parametrize("cipher", ALL_CIPHERS)
@pytest.mark.parametrize("kind", ["ed25519", "rsa"])
def test_openssh_round_trip_each_cipher(kind: str, cipher: str, fast_kdf: None) -> None:
    key = sample_key(kind)
    data = export_private_key(key, "openssh", PASS, cipher=cipher)
    assert parse_key(data, PASS).private_fields() == key.private_fields()
    with pytest.raises(KeyPassphraseError):
        parse_key(data, "nope")
    with pytest.raises(KeyEncryptedError):
        parse_key(data)


@pytest.mark.parametrize("kind", SAMPLE_KINDS)
@pytest.mark.parametrize("fmt", ["pkcs8", "pem"])
@pytest.mark.parametrize("passphrase", [None, PASS])
def test_pem_round_trip(kind: str, fmt: str, passphrase: str | None) -> None:
    key = sample_key(kind)
    if fmt == "pem" and kind == "ed25519":
        with pytest.raises(ValueError, match="Ed25519"):
            export_private_key(key, fmt, passphrase)
        return
    data = export_private_key(key, fmt, passphrase)
    back = parse_key(data, passphrase)
    assert back.private_fields() == key.private_fields()
    if passphrase:
        with pytest.raises(KeyPassphraseError):
            parse_key(data, "nope")
        with pytest.raises(KeyEncryptedError):
            parse_key(data)


@pytest.mark.parametrize("kind", SAMPLE_KINDS)
@pytest.mark.parametrize("fmt", ["openssh", "rfc4716", "pem"])
def test_public_round_trip(kind: str, fmt: str) -> None:
    key = sample_key(kind)
    back = parse_public_key(export_public_key(key, fmt))
    assert isinstance(back, SSHKey) and back.equals(key) and not back.is_private
    if fmt != "pem":
        assert back.comment == key.comment


def test_ppk_round_trip_through_parse_key() -> None:
    key = sample_key("ecdsa256")
    data = export_private_key(key, "ppk")
    assert data.startswith(b"PuTTY-User-Key-File-3:")
    back = parse_key(data)
    assert back.private_fields() == key.private_fields() and back.comment == key.comment
    v2 = export_private_key(key, "ppk", PASS, ppk_version=2)
    assert parse_key(v2, PASS).equals(key)
    with pytest.raises(KeyEncryptedError):
        parse_key(v2)


def test_sshkey_convenience_methods(fast_kdf: None) -> None:
    key = sample_key("ed25519")
    assert key.public_pem().startswith(b"-----BEGIN PUBLIC KEY-----\n")
    assert parse_public_key(key.public_pem()) == key
    assert key.private_pem().startswith(b"-----BEGIN PRIVATE KEY-----\n")
    assert parse_key(key.private_pem(PASS), PASS) == key
    assert b"ENCRYPTED" in key.private_pem(PASS)
    assert parse_key(key.export()).comment == key.comment
    assert parse_key(key.export(passphrase=PASS, cipher="aes128-gcm@openssh.com"), PASS) == key
    assert key.export_public() == (key.openssh_public_line() + "\n").encode()
    assert key.export_public("rfc4716").startswith(b"---- BEGIN SSH2 PUBLIC KEY ----\n")
    assert key.crypto_private_key is key.crypto_key


# -- what our OpenSSH writer puts in the file ----------------------------------------------


def _body(data: bytes) -> bytes:
    lines = data.decode().splitlines()
    assert lines[0] == "-----BEGIN OPENSSH PRIVATE KEY-----"
    assert lines[-1] == "-----END OPENSSH PRIVATE KEY-----"
    assert all(len(line) <= 70 for line in lines[1:-1])
    assert all(len(line) == 70 for line in lines[1:-2])
    return base64.b64decode("".join(lines[1:-1]))


def test_openssh_writer_defaults_match_ssh_keygen(fast_kdf: None) -> None:
    body = _body(export_private_key(sample_key("ed25519"), passphrase=PASS))
    outer, pos = decode_open_ssh_private_key_file_from(body, 0, len(body))
    assert pos == len(body)
    assert (outer.cipher_name, outer.kdf_name) == ("aes256-ctr", "bcrypt")
    options = decode_bcrypt_kdf_options(outer.kdf_options)
    assert options.rounds == 16 and len(options.salt) == 16
    assert len(outer.encrypted_section) % 16 == 0


@pytest.mark.parametrize("kind", SAMPLE_KINDS)
def test_openssh_writer_plain_layout(kind: str) -> None:
    key = sample_key(kind)
    body = _body(export_private_key(key))
    outer, _ = decode_open_ssh_private_key_file_from(body, 0, len(body))
    assert (outer.cipher_name, outer.kdf_name, outer.kdf_options) == ("none", "none", b"")
    assert outer.public_keys == (key.public_blob,)
    assert len(outer.encrypted_section) % 8 == 0
    section = decode_open_ssh_private_section(outer.encrypted_section)
    assert section.check1 == section.check2
    entry = encode_open_ssh_private_key_entry(
        OpenSSHPrivateKeyEntry(key.type, key.private_fields(), key.comment)
    )
    padding = section.keys_and_padding[len(entry) :]
    assert section.keys_and_padding[: len(entry)] == entry
    assert padding == bytes(range(1, len(padding) + 1)) and len(padding) < 8


def test_openssh_writer_random_check_ints() -> None:
    key = sample_key("ed25519")
    checks = set()
    for _ in range(4):
        body = _body(export_private_key(key))
        outer, _ = decode_open_ssh_private_key_file_from(body, 0, len(body))
        checks.add(decode_open_ssh_private_section(outer.encrypted_section).check1)
    assert len(checks) > 1


@pytest.mark.parametrize("cipher", ["aes128-gcm@openssh.com", "chacha20-poly1305@openssh.com"])
def test_openssh_writer_aead_tag_after_string(cipher: str, fast_kdf: None) -> None:
    body = _body(export_private_key(sample_key("ed25519"), passphrase=PASS, cipher=cipher))
    _, pos = decode_open_ssh_private_key_file_from(body, 0, len(body))
    assert len(body) - pos == 16


# -- refusals: the OpenSSH format ----------------------------------------------------------


def _armor(body: bytes) -> bytes:
    text = base64.b64encode(body).decode()
    lines = [text[i : i + 70] for i in range(0, len(text), 70)]
    return ("-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines)).encode() + (
        b"\n-----END OPENSSH PRIVATE KEY-----\n"
    )


def _plain_file(
    key: SSHKey,
    *,
    check2_delta: int = 0,
    padding: bytes | None = None,
    public_keys: tuple[bytes, ...] | None = None,
    cipher: str = "none",
    kdf: str = "none",
    kdf_options: bytes = b"",
    trailer: bytes = b"",
    extend_padding: int = 0,
) -> bytes:
    entry = encode_open_ssh_private_key_entry(
        OpenSSHPrivateKeyEntry(key.type, key.private_fields(), key.comment)
    )
    plain = encode_open_ssh_private_section(OpenSSHPrivateSection(7, 7 + check2_delta, entry))
    natural = bytes(range(1, -len(plain) % 16 + 1 + extend_padding))
    padding = natural if padding is None else natural + padding
    outer = OpenSSHPrivateKeyFile(
        cipher,
        kdf,
        kdf_options,
        (key.public_blob,) if public_keys is None else public_keys,
        plain + padding,
    )
    return _armor(encode_open_ssh_private_key_file(outer) + trailer)


def test_plain_file_helper_is_valid() -> None:
    key = sample_key("ed25519")
    assert parse_key(_plain_file(key)).equals(key)
    # Longer padding is fine as long as it counts on (sshkey.c private2_check_padding).
    assert parse_key(_plain_file(key, extend_padding=16)).equals(key)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"check2_delta": 1}, "check integers"),
        ({"padding": b"\x00" * 16}, "padding"),
        ({"padding": b"\x01\x02\x03"}, "length"),
        ({"public_keys": ()}, "0 keys"),
        ({"trailer": b"\x00"}, "length"),
        ({"kdf": "bcrypt"}, "KDF"),
        ({"cipher": "twofish-cbc"}, "cipher"),
    ],
)
def test_openssh_refusals(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(KeyParseError, match=message) as info:
        parse_key(_plain_file(sample_key("ed25519"), **kwargs))  # type: ignore[arg-type]
    assert type(info.value) is KeyParseError


def test_openssh_two_keys_refused() -> None:
    key = sample_key("ed25519")
    with pytest.raises(KeyParseError, match="2 keys"):
        parse_key(_plain_file(key, public_keys=(key.public_blob, key.public_blob)))


def test_openssh_public_mismatch_refused() -> None:
    key, other = sample_key("ed25519"), generate_key("ed25519")
    with pytest.raises(KeyParseError, match="does not match"):
        parse_key(_plain_file(key, public_keys=(other.public_blob,)))


def test_openssh_unknown_kdf_and_bad_kdf_options() -> None:
    key = sample_key("ed25519")
    with pytest.raises(KeyParseError, match="unsupported OpenSSH key KDF"):
        parse_key(_plain_file(key, cipher="aes256-ctr", kdf="scrypt"), PASS)
    bad_rounds = encode_string(b"s" * 16) + struct.pack(">I", 0)
    with pytest.raises(KeyParseError, match="KDF parameters"):
        parse_key(_plain_file(key, cipher="aes256-ctr", kdf="bcrypt", kdf_options=bad_rounds))
    with pytest.raises(KeyParseError, match="KDF options"):
        parse_key(_plain_file(key, cipher="aes256-ctr", kdf="bcrypt", kdf_options=b"\x00"))


def test_openssh_encrypted_check_mismatch_is_passphrase_error(fast_kdf: None) -> None:
    # A CTR key file whose check integers differ: what a wrong passphrase looks like.
    key = sample_key("ed25519")
    data = export_private_key(key, passphrase=PASS, cipher="aes128-ctr")
    body = bytearray(_body(data))
    outer, _ = decode_open_ssh_private_key_file_from(bytes(body), 0, len(body))
    at = bytes(body).index(outer.encrypted_section)
    body[at] ^= 1  # flips a bit of check1 (CTR is malleable)
    with pytest.raises(KeyPassphraseError):
        parse_key(_armor(bytes(body)), PASS)


def test_openssh_unsupported_key_type() -> None:
    key = sample_key("ed25519")
    good = _body(_plain_file(key))
    bad = good.replace(b"ssh-ed25519", b"ssh-ed448\x00\x00")
    with pytest.raises(KeyParseError):
        parse_key(_armor(bad))


def test_openssh_bad_base64() -> None:
    with pytest.raises(KeyParseError, match="base64"):
        parse_key(b"-----BEGIN OPENSSH PRIVATE KEY-----\n!!!\n-----END OPENSSH PRIVATE KEY-----\n")


# -- refusals: detection and the other formats ---------------------------------------------


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "unknown"),
        (b"hello world", "unknown"),
        (b"\x30\x03\x02\x01\x00", "DER"),
        (
            b"-----BEGIN SSH2 ENCRYPTED PRIVATE KEY-----\nx\n"
            b"-----END SSH2 ENCRYPTED PRIVATE KEY-----",
            "ssh.com",
        ),
        (b"-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n", "PEM"),
    ],
)
def test_parse_key_refuses(data: bytes, message: str) -> None:
    with pytest.raises(KeyParseError, match=message):
        parse_key(data)


@pytest.mark.parametrize("name", ["ed25519.pub", "rsa1024.rfc4716", "ecdsa256.spki.pem"])
def test_parse_key_refuses_public_keys(name: str) -> None:
    with pytest.raises(KeyParseError, match="public"):
        parse_key(read(name))


@pytest.mark.parametrize("name", ["ed25519.key", "rsa1024.pem", "dsa.p8"])
def test_parse_public_key_refuses_private_keys(name: str) -> None:
    with pytest.raises(KeyParseError, match="private"):
        parse_public_key(read(name))


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"# only a comment\n",
        b"ssh-ed25519",
        b"ssh-ed25519 !!!!",
        b"ssh-rsa " + read("ed25519.pub").split()[1],  # type does not match the blob
        b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x01x",
        b"\x00\x00\x00\x07ssh-foo\x00",
        b"---- BEGIN SSH2 PUBLIC KEY ----\nAAAA\n",
        b"---- BEGIN SSH2 PUBLIC KEY ----\nX: a\\\n---- END SSH2 PUBLIC KEY ----\n",
        b"-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n",
        b"\x30\x00",
        b"\xff\xfe",
    ],
)
def test_parse_public_key_refuses(data: bytes) -> None:
    with pytest.raises(KeyParseError):
        parse_public_key(data)


def test_one_line_skips_comments_and_keeps_spaces_in_comment() -> None:
    line = read("ed25519.pub").split()
    text = b"# a comment\n\n" + line[0] + b" " + line[1] + b"   two words here  \n"
    key = parse_public_key(text)
    assert isinstance(key, SSHKey) and key.comment == "two words here"


def test_rfc4716_headers_and_continuations() -> None:
    blob = parse_key(read("ed25519.key")).public_blob
    encoded = base64.b64encode(blob).decode()
    text = (
        "---- BEGIN SSH2 PUBLIC KEY ----\n"
        "Subject: me\n"
        'Comment: "a comment that goes on \\\n'
        'and on"\n'
        "x-private: one\\\ntwo\n"
        f"{encoded[:30]}\n{encoded[30:]}\n"
        "---- END SSH2 PUBLIC KEY ----\n"
    )
    key = parse_public_key(text)
    assert isinstance(key, SSHKey) and key.public_blob == blob
    assert key.comment == "a comment that goes on and on"
    unquoted = text.replace('"a comment that goes on \\\nand on"', "plain")
    assert parse_public_key(unquoted).comment == "plain"


@pytest.mark.parametrize("comment", ["x" * 200, "ü" * 100, 'with "quotes" and \\ backslash\\'])
def test_rfc4716_writer_wraps_long_comments(comment: str) -> None:
    key = sample_key("rsa").public_key()
    key.comment = comment
    data = export_public_key(key, "rfc4716")
    assert all(len(line) <= 72 for line in data.split(b"\n"))
    back = parse_public_key(data)
    assert isinstance(back, SSHKey) and back.comment == comment and back.equals(key)


def test_rfc4716_header_value_too_long() -> None:
    blob = base64.b64encode(sample_key("ed25519").public_blob).decode()
    text = (
        f"---- BEGIN SSH2 PUBLIC KEY ----\nComment: {'x' * 1100}\n{blob}\n"
        "---- END SSH2 PUBLIC KEY ----\n"
    )
    with pytest.raises(KeyParseError, match="1024"):
        parse_public_key(text)


# -- writer argument errors ----------------------------------------------------------------


def test_export_argument_errors() -> None:
    key = sample_key("ed25519")
    with pytest.raises(ValueError, match="format"):
        export_private_key(key, "der")
    with pytest.raises(ValueError, match="format"):
        export_public_key(key, "x509")
    with pytest.raises(ValueError, match="cipher"):
        export_private_key(key, passphrase=PASS, cipher="none")
    with pytest.raises(ValueError, match="cipher"):
        export_private_key(key, passphrase=PASS, cipher="rc4")
    with pytest.raises(ValueError, match="rounds"):
        export_private_key(key, passphrase=PASS, rounds=0)
    for fmt in ("openssh", "pkcs8", "pem"):
        with pytest.raises(KeyParseError):
            export_private_key(sample_key("rsa").public_key(), fmt)
    # An empty passphrase writes an unencrypted file, like ssh-keygen -N ''.
    assert b"none" in _body(export_private_key(key, passphrase=""))


# -- generation ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key_type", "bits", "ssh_type", "size"),
    [
        ("ed25519", None, "ssh-ed25519", 256),
        ("ssh-ed25519", 256, "ssh-ed25519", 256),
        ("ecdsa", None, "ecdsa-sha2-nistp256", 256),
        ("ecdsa", 384, "ecdsa-sha2-nistp384", 384),
        ("ecdsa-sha2-nistp521", None, "ecdsa-sha2-nistp521", 521),
        ("rsa", 1024, "ssh-rsa", 1024),
        ("dsa", None, "ssh-dss", 1024),
    ],
)
def test_generate_key(key_type: str, bits: int | None, ssh_type: str, size: int) -> None:
    key = generate_key(key_type, bits, "c")
    assert (key.type, key.bits, key.comment, key.is_private) == (ssh_type, size, "c", True)


def test_generate_rsa_default_size_is_3072() -> None:
    assert generate_key("rsa").bits == 3072


@pytest.mark.parametrize(
    ("key_type", "bits"),
    [
        ("ed448", None),
        ("ed25519", 512),
        ("ecdsa", 512),
        ("rsa", 512),
        ("rsa", 20000),
        ("dsa", 2048),
        ("ecdsa-sha2-nistp256", 384),
    ],
)
def test_generate_key_refuses(key_type: str, bits: int | None) -> None:
    with pytest.raises(ValueError):
        generate_key(key_type, bits)


def test_generate_key_pair(fast_kdf: None) -> None:
    pair = generate_key_pair(
        "ecdsa", 384, "me@host", passphrase=PASS, cipher="aes256-gcm@openssh.com"
    )
    assert isinstance(pair, GeneratedKeyPair)
    assert parse_key(pair.private_file, PASS).equals(pair.key)
    assert pair.public_file == (pair.key.openssh_public_line() + "\n").encode()
    assert pair.public_file.endswith(b" me@host\n")
    assert "private_file" not in repr(pair) and "BEGIN" not in repr(pair)
    plain = generate_key_pair(format="pkcs8")
    assert parse_key(plain.private_file).equals(plain.key)


def test_bcrypt_kdf_options_roundtrip_sanity() -> None:
    # The KDF options codec the OpenSSH writer relies on.
    from ssh_wire.messages import encode_bcrypt_kdf_options

    opts = BcryptKdfOptions(b"s" * 16, 16)
    assert decode_bcrypt_kdf_options(encode_bcrypt_kdf_options(opts)) == opts
