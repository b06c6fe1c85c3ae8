"""Key file formats against a live ssh-keygen: we read what it writes, it reads what we write.

Every key type and size ssh-keygen makes (Ed25519, ECDSA 256/384/521, RSA 2048/3072/4096,
DSA 1024) is generated once per session; each test re-encodes a copy with ``ssh-keygen -p``
(formats ``-m PEM``/``-m PKCS8``, every cipher ``ssh -Q cipher`` lists, with ``-Z``), so
the slow RSA generation happens once. KDF rounds are lowered (``-a 2``) except in the tests
of the default settings, to keep the suite quick.
"""

from __future__ import annotations

import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from ssh_wire.keys import KeyEncryptedError, KeyPassphraseError, SSHKey
from ssh_wire.keys._export import export_private_key, export_public_key
from ssh_wire.keys._openssh import OPENSSH_CIPHERS
from ssh_wire.keys._parse import parse_key, parse_public_key

pytestmark = pytest.mark.interop

PASS = "secret1"  # OpenSSL refuses PEM passphrases shorter than 5 characters
FAST_ROUNDS = 2

# name -> ssh-keygen -t, -b
KEY_SPECS: dict[str, tuple[str, int | None]] = {
    "ed25519": ("ed25519", None),
    "ecdsa256": ("ecdsa", 256),
    "ecdsa384": ("ecdsa", 384),
    "ecdsa521": ("ecdsa", 521),
    "rsa2048": ("rsa", 2048),
    "rsa3072": ("rsa", 3072),
    "rsa4096": ("rsa", 4096),
    "dsa": ("dsa", 1024),
}
NAMES = list(KEY_SPECS)
# ssh-keygen 9.2 has no PEM or PKCS#8 form for Ed25519 (it writes and reads only
# openssh-key-v1 for it; sshkey.c sshkey_private_to_fileblob).
PEM_NAMES = [n for n in NAMES if n != "ed25519"]


def _ssh_ciphers() -> list[str]:
    try:
        out = subprocess.run(["ssh", "-Q", "cipher"], capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return sorted(OPENSSH_CIPHERS)  # the fixtures below fail loudly without OpenSSH
    return out.stdout.split()


CIPHERS = _ssh_ciphers()


def keygen(*args: str | Path, check: bool = True) -> subprocess.CompletedProcess[str]:
    """Run ssh-keygen; returns the completed process (raises on failure when ``check``)."""
    if shutil.which("ssh-keygen") is None:
        pytest.fail("ssh-keygen is not installed", pytrace=False)
    proc = subprocess.run(
        ["ssh-keygen", *map(str, args)], capture_output=True, text=True, timeout=120
    )
    if check and proc.returncode != 0:
        pytest.fail(f"ssh-keygen {' '.join(map(str, args))} failed: {proc.stderr}")
    return proc


@dataclass(frozen=True)
class BaseKey:
    """A key made by ssh-keygen, with what ssh-keygen says about it."""

    name: str
    path: Path  # unencrypted openssh-key-v1, mode 0600
    public_line: str  # `ssh-keygen -y`: "type base64" (comment dropped)
    comment: str
    sha256: str
    md5: str


def _make_base(directory: Path, name: str) -> BaseKey:
    key_type, bits = KEY_SPECS[name]
    path = directory / name
    size = ["-b", str(bits)] if bits else []
    keygen("-q", "-t", key_type, *size, "-N", "", "-C", f"interop {name}", "-f", path)
    line = keygen("-y", "-f", path).stdout.split()
    sha = keygen("-l", "-E", "sha256", "-f", path).stdout.split()[1]
    md5 = keygen("-l", "-E", "md5", "-f", path).stdout.split()[1]
    return BaseKey(name, path, " ".join(line[:2]), f"interop {name}", sha, md5)


@pytest.fixture(scope="session")
def base_keys(tmp_path_factory: pytest.TempPathFactory) -> dict[str, BaseKey]:
    """One key per type and size, generated in parallel (RSA 4096 takes a few seconds)."""
    directory = tmp_path_factory.mktemp("keygen-keys")
    with ThreadPoolExecutor(max_workers=len(NAMES)) as pool:
        made = list(pool.map(lambda n: _make_base(directory, n), NAMES))
    return {key.name: key for key in made}


def _public(key: SSHKey) -> str:
    return " ".join(key.openssh_public_line().split()[:2])


def _rewrite(base: BaseKey, tmp_path: Path, *options: str) -> Path:
    """Copy the base key and let ssh-keygen re-encode it with ``options`` (``-p``)."""
    path = tmp_path / f"{base.name}.key"
    shutil.copyfile(base.path, path)
    path.chmod(0o600)
    keygen("-q", "-p", "-f", path, "-P", "", *options)
    return path


# -- we read what ssh-keygen writes -------------------------------------------------------

VARIANTS: dict[str, tuple[str, ...]] = {
    "openssh": ("-N", ""),
    "openssh-pass-defaults": ("-N", PASS),  # aes256-ctr, 16 rounds
    "pem": ("-N", "", "-m", "PEM"),
    "pem-pass": ("-N", PASS, "-m", "PEM"),
    "pkcs8": ("-N", "", "-m", "PKCS8"),
    "pkcs8-pass": ("-N", PASS, "-m", "PKCS8"),
    **{f"cipher-{c}": ("-N", PASS, "-Z", c, "-a", str(FAST_ROUNDS)) for c in CIPHERS},
}


@pytest.mark.parametrize("variant", list(VARIANTS))
@pytest.mark.parametrize("name", NAMES)
def test_parse_what_ssh_keygen_writes(
    base_keys: dict[str, BaseKey], tmp_path: Path, name: str, variant: str
) -> None:
    base = base_keys[name]
    options = VARIANTS[variant]
    path = _rewrite(base, tmp_path, *options)
    data = path.read_bytes()
    encrypted = options[1] != ""
    key = parse_key(data, PASS if encrypted else None)
    assert key.is_private
    assert _public(key) == base.public_line
    theirs = parse_public_key(keygen("-y", "-f", path, "-P", PASS).stdout)
    assert isinstance(theirs, SSHKey) and key.public_blob == theirs.public_blob
    assert (key.fingerprint("sha256"), key.fingerprint("md5")) == (base.sha256, base.md5)
    if data.startswith(b"-----BEGIN OPENSSH PRIVATE KEY-----"):
        assert key.comment == base.comment
    assert key.verify(b"interop", key.sign(b"interop"))
    if encrypted:
        with pytest.raises(KeyEncryptedError):
            parse_key(data)
        if variant != "openssh-pass-defaults":  # a second 16-round KDF adds nothing
            with pytest.raises(KeyPassphraseError):
                parse_key(data, "not the passphrase")


def test_we_know_every_cipher_ssh_lists() -> None:
    assert set(CIPHERS) <= set(OPENSSH_CIPHERS)


@pytest.mark.parametrize("name", NAMES)
def test_public_exports_of_ssh_keygen_parse(
    base_keys: dict[str, BaseKey], tmp_path: Path, name: str
) -> None:
    base = base_keys[name]
    pub = Path(f"{base.path}.pub")
    one_line = parse_public_key(pub.read_bytes())
    assert isinstance(one_line, SSHKey)
    assert _public(one_line) == base.public_line and one_line.comment == base.comment
    assert (one_line.fingerprint("sha256"), one_line.fingerprint("md5")) == (base.sha256, base.md5)
    rfc = parse_public_key(keygen("-e", "-m", "RFC4716", "-f", pub).stdout)
    assert isinstance(rfc, SSHKey) and _public(rfc) == base.public_line
    assert "converted by" in rfc.comment
    if name in PEM_NAMES:
        for mode in ("PKCS8", "PEM"):
            pem = parse_public_key(keygen("-e", "-m", mode, "-f", pub).stdout)
            assert isinstance(pem, SSHKey) and _public(pem) == base.public_line


# -- ssh-keygen reads what we write -------------------------------------------------------

OUR_VARIANTS: dict[str, tuple[str, str | None, str, int]] = {
    "openssh": ("openssh", None, "aes256-ctr", 16),
    "openssh-pass-defaults": ("openssh", PASS, "aes256-ctr", 16),
    "pkcs8": ("pkcs8", None, "", 0),
    "pkcs8-pass": ("pkcs8", PASS, "", 0),
    "pem": ("pem", None, "", 0),
    "pem-pass": ("pem", PASS, "", 0),
    **{f"cipher-{c}": ("openssh", PASS, c, FAST_ROUNDS) for c in OPENSSH_CIPHERS},
}
_OURS = [
    (name, variant)
    for name in NAMES
    for variant, (fmt, *_rest) in OUR_VARIANTS.items()
    if fmt == "openssh" or name in PEM_NAMES
]


@pytest.mark.parametrize(("name", "variant"), _OURS)
def test_ssh_keygen_reads_what_we_write(
    base_keys: dict[str, BaseKey], tmp_path: Path, name: str, variant: str
) -> None:
    base = base_keys[name]
    key = parse_key(base.path.read_bytes())
    fmt, passphrase, cipher, rounds = OUR_VARIANTS[variant]
    path = tmp_path / "ours.key"
    path.write_bytes(export_private_key(key, fmt, passphrase, cipher or "aes256-ctr", rounds or 16))
    path.chmod(0o600)
    out = keygen("-y", "-f", path, "-P", passphrase or "").stdout.split()
    assert " ".join(out[:2]) == base.public_line
    if fmt == "openssh":
        assert out[2:] == base.comment.split()
    if passphrase:
        wrong = keygen("-y", "-f", path, "-P", "not the passphrase", check=False)
        assert wrong.returncode != 0


def test_openssl_reads_our_ed25519_pkcs8(tmp_path: Path) -> None:
    # ssh-keygen 9.2 has no Ed25519 PKCS#8; OpenSSL is the reference for that file.
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("openssl is not installed")
    key = parse_key(export_private_key(_ed25519_key(), "openssh"))
    for passphrase in (None, PASS):
        path = tmp_path / "ed.p8"
        path.write_bytes(export_private_key(key, "pkcs8", passphrase))
        out = subprocess.run(
            [openssl, "pkey", "-in", str(path), "-pubout", "-passin", f"pass:{passphrase or ''}"],
            capture_output=True,
            check=True,
        ).stdout
        assert out == key.public_pem()


def _ed25519_key() -> SSHKey:
    from ssh_wire.keys._generate import generate_key

    return generate_key("ed25519", comment="openssl check")


@pytest.mark.parametrize("name", NAMES)
def test_ssh_keygen_imports_our_public_files(
    base_keys: dict[str, BaseKey], tmp_path: Path, name: str
) -> None:
    base = base_keys[name]
    key = parse_key(base.path.read_bytes())
    key.comment = "a long comment " * 8 + "that wraps the RFC 4716 header line"
    rfc = tmp_path / "key.rfc4716"
    rfc.write_bytes(export_public_key(key, "rfc4716"))
    assert keygen("-i", "-m", "RFC4716", "-f", rfc).stdout.strip() == base.public_line
    if name in PEM_NAMES:
        pem = tmp_path / "key.pem"
        pem.write_bytes(export_public_key(key, "pem"))
        assert keygen("-i", "-m", "PKCS8", "-f", pem).stdout.strip() == base.public_line
    line = tmp_path / "key.pub"
    line.write_bytes(export_public_key(key, "openssh"))
    fingerprint = keygen("-l", "-E", "sha256", "-f", line).stdout.split()
    assert fingerprint[1] == base.sha256 == key.fingerprint("sha256")
