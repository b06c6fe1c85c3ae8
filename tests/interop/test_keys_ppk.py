"""PPK files against PuTTY's own puttygen (Debian putty-tools), both directions.

puttygen writes PPK v2 and v3, encrypted and not, for every key type; we parse them all and
must agree with ``puttygen -O public-openssh``, ``puttygen -l`` and the private components
``puttygen -O text`` prints. Then puttygen must read the PPK files we write, decrypting them
with the passphrase (``-O text`` needs the private half, so the MAC and cipher are checked).

A missing puttygen is a failure, not a skip: CI installs putty-tools (``.ci/run``).
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed25519, rsa

from ssh_wire.keys import SSHKey
from ssh_wire.keys._key import CryptoPrivateKey
from ssh_wire.keys._ppk import export_ppk, parse_ppk
from ssh_wire.messages import DssPrivateKey, EcdsaPrivateKey, Ed25519PrivateKey, RsaPrivateKey

pytestmark = pytest.mark.interop

PASSPHRASE = b"interop pass phrase"
# puttygen -t/-b per SSH key type; RSA 2048 and DSA 1024 keep generation quick.
KINDS: dict[str, list[str]] = {
    "ssh-rsa": ["-t", "rsa", "-b", "2048"],
    "ssh-dss": ["-t", "dsa", "-b", "1024"],
    "ecdsa-sha2-nistp256": ["-t", "ecdsa", "-b", "256"],
    "ecdsa-sha2-nistp384": ["-t", "ecdsa", "-b", "384"],
    "ecdsa-sha2-nistp521": ["-t", "ecdsa", "-b", "521"],
    "ssh-ed25519": ["-t", "ed25519"],
}
VARIANTS = [(2, False), (2, True), (3, False), (3, True)]
VARIANT_IDS = ["v2-plain", "v2-encrypted", "v3-plain", "v3-encrypted"]


@dataclass(frozen=True)
class Puttygen:
    """The puttygen program and the files its tests share."""

    program: str
    workdir: Path
    passphrase_file: Path
    empty_file: Path

    def run(self, *args: str | Path) -> str:
        """Run puttygen; returns its stdout, fails the test with its stderr."""
        proc = subprocess.run(
            [self.program, *map(str, args)],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        if proc.returncode != 0:
            pytest.fail(f"puttygen {' '.join(map(str, args))} failed: {proc.stderr.strip()}")
        return proc.stdout


@dataclass(frozen=True)
class PuttyKey:
    """One key puttygen generated, and what puttygen says about it."""

    key_type: str
    base: Path  # unencrypted PPK v3, as generated
    public_line: str  # puttygen -O public-openssh
    fingerprint_line: str  # puttygen -l
    md5_line: str  # puttygen -l -E md5
    private_values: dict[str, int]  # puttygen -O text, private_* components


@pytest.fixture(scope="session")
def puttygen(tmp_path_factory: pytest.TempPathFactory) -> Puttygen:
    """The puttygen program, a scratch directory and passphrase files."""
    program = shutil.which("puttygen")
    if program is None:
        pytest.fail("puttygen not found: install putty-tools (.ci/run does)", pytrace=False)
    workdir = tmp_path_factory.mktemp("ppk")
    passphrase_file = workdir / "passphrase"
    passphrase_file.write_bytes(PASSPHRASE)
    empty_file = workdir / "empty"
    empty_file.write_bytes(b"")
    return Puttygen(program, workdir, passphrase_file, empty_file)


def private_values(text: str) -> dict[str, int]:
    """The private components from ``puttygen -O text`` (``name=0x…`` lines)."""
    values: dict[str, int] = {}
    for line in text.splitlines():
        name, _, value = line.partition("=")
        if name.startswith("private_"):
            values[name] = int(value, 16)
    return values


def our_private_values(key: SSHKey) -> dict[str, int]:
    """Our key's private components, named and shaped as ``puttygen -O text`` prints them."""
    fields = key.private_fields()
    if isinstance(fields, RsaPrivateKey):
        return {
            "private_exponent": fields.d,
            "private_p": fields.p,
            "private_q": fields.q,
            "private_inverse_q_mod_p": fields.iqmp,
        }
    if isinstance(fields, DssPrivateKey):
        return {"private_x": fields.x}
    if isinstance(fields, EcdsaPrivateKey):
        return {"private_exponent": fields.d}
    assert isinstance(fields, Ed25519PrivateKey)
    # puttygen prints the 32-byte Ed25519 private key read as a little-endian integer.
    return {"private_exponent": int.from_bytes(fields.private_key[:32], "little")}


@pytest.fixture(scope="session")
def putty_keys(puttygen: Puttygen) -> dict[str, PuttyKey]:
    """One puttygen-generated key per type (reused by every test), with puttygen's views."""
    keys: dict[str, PuttyKey] = {}
    for key_type, args in KINDS.items():
        base = puttygen.workdir / f"{key_type}.ppk"
        comment = f"puttygen {key_type} key"
        puttygen.run(
            *args, "-q", "-C", comment, "-o", base, "--new-passphrase", puttygen.empty_file
        )
        keys[key_type] = PuttyKey(
            key_type=key_type,
            base=base,
            public_line=puttygen.run(base, "-O", "public-openssh").rstrip("\n"),
            fingerprint_line=puttygen.run(base, "-l").rstrip("\n"),
            md5_line=puttygen.run(base, "-l", "-E", "md5").rstrip("\n"),
            private_values=private_values(puttygen.run(base, "-O", "text")),
        )
        assert keys[key_type].private_values, key_type
    return keys


def puttygen_writes(
    puttygen: Puttygen, source: Path, version: int, encrypted: bool, *params: str
) -> bytes:
    """Have puttygen re-save ``source`` as PPK ``version``; returns the file's bytes."""
    out = puttygen.workdir / f"{source.stem}-v{version}-{'enc' if encrypted else 'plain'}.ppk"
    new = puttygen.passphrase_file if encrypted else puttygen.empty_file
    ppk_param = ",".join([f"version={version}", *params])
    puttygen.run(
        source,
        "-O",
        "private",
        "-o",
        out,
        "--ppk-param",
        ppk_param,
        "--old-passphrase",
        puttygen.empty_file,
        "--new-passphrase",
        new,
        # Without it puttygen refuses a re-save that changes only --ppk-param.
        "--reencrypt",
    )
    return out.read_bytes()


def assert_matches_puttygen(key: SSHKey, ref: PuttyKey) -> None:
    """Our key equals what puttygen reports for ``ref``: public key, fingerprints, private."""
    assert key.is_private
    assert key.openssh_public_line() == ref.public_line
    # puttygen -l: "<type> <bits> <fingerprint>"; it counts Ed25519 as 255 bits, we as 256.
    key_type, bits, sha256 = ref.fingerprint_line.split()[:3]
    assert key_type == key.type
    assert key.fingerprint() == sha256
    if key.type != "ssh-ed25519":
        assert int(bits) == key.bits
    assert key.fingerprint("md5") == "MD5:" + ref.md5_line.split()[2]
    assert our_private_values(key) == ref.private_values


# -- puttygen writes, we read --------------------------------------------------------------


@pytest.mark.parametrize(("version", "encrypted"), VARIANTS, ids=VARIANT_IDS)
@pytest.mark.parametrize("key_type", list(KINDS))
def test_we_read_puttygen_files(
    puttygen: Puttygen,
    putty_keys: dict[str, PuttyKey],
    key_type: str,
    version: int,
    encrypted: bool,
) -> None:
    ref = putty_keys[key_type]
    data = puttygen_writes(puttygen, ref.base, version, encrypted)
    assert data.startswith(f"PuTTY-User-Key-File-{version}: {key_type}\n".encode())
    assert (b"Encryption: aes256-cbc\n" in data) == encrypted
    key = parse_ppk(data, PASSPHRASE if encrypted else None)
    assert_matches_puttygen(key, ref)
    assert key.comment == f"puttygen {key_type} key"


@pytest.mark.parametrize("kdf", ["argon2i", "argon2d"])
def test_we_read_puttygen_argon2_flavours(
    puttygen: Puttygen, putty_keys: dict[str, PuttyKey], kdf: str
) -> None:
    ref = putty_keys["ssh-ed25519"]
    data = puttygen_writes(puttygen, ref.base, 3, True, f"kdf={kdf}", "passes=2", "parallelism=2")
    assert b"Argon2-Parallelism: 2\n" in data
    assert_matches_puttygen(parse_ppk(data, PASSPHRASE), ref)


# -- we write, puttygen reads ------------------------------------------------------------------


def puttygen_reads(puttygen: Puttygen, data: bytes, name: str, encrypted: bool) -> tuple[str, str]:
    """Have puttygen load our file; returns its public-openssh line and ``-O text`` output."""
    path = puttygen.workdir / name
    path.write_bytes(data)
    old = puttygen.passphrase_file if encrypted else puttygen.empty_file
    public = puttygen.run(path, "-O", "public-openssh", "--old-passphrase", old).rstrip("\n")
    # -O text needs the private half: puttygen must verify the MAC and decrypt.
    text = puttygen.run(path, "-O", "text", "--old-passphrase", old)
    return public, text


@pytest.mark.parametrize(("version", "encrypted"), VARIANTS, ids=VARIANT_IDS)
@pytest.mark.parametrize("key_type", list(KINDS))
def test_puttygen_reads_our_files(
    puttygen: Puttygen,
    putty_keys: dict[str, PuttyKey],
    key_type: str,
    version: int,
    encrypted: bool,
) -> None:
    ref = putty_keys[key_type]
    key = parse_ppk(ref.base.read_bytes(), None)
    data = export_ppk(key, PASSPHRASE if encrypted else None, version)
    public, text = puttygen_reads(
        puttygen, data, f"ours-{key_type}-{version}-{encrypted}.ppk", encrypted
    )
    assert public == ref.public_line
    assert private_values(text) == ref.private_values


def _generate(key_type: str) -> CryptoPrivateKey:
    if key_type == "ssh-rsa":
        return rsa.generate_private_key(65537, 2048)
    if key_type == "ssh-dss":
        return dsa.generate_private_key(1024)
    if key_type == "ssh-ed25519":
        return ed25519.Ed25519PrivateKey.generate()
    curves: dict[str, ec.EllipticCurve] = {
        "ecdsa-sha2-nistp256": ec.SECP256R1(),
        "ecdsa-sha2-nistp384": ec.SECP384R1(),
        "ecdsa-sha2-nistp521": ec.SECP521R1(),
    }
    return ec.generate_private_key(curves[key_type])


@pytest.mark.parametrize("key_type", list(KINDS))
def test_puttygen_reads_our_keys(puttygen: Puttygen, key_type: str) -> None:
    """Keys made by ``cryptography`` (not puttygen), with a comment holding spaces and UTF-8."""
    key = SSHKey(_generate(key_type), "  our key, caf\u00e9  ")
    for version in (2, 3):
        data = export_ppk(key, PASSPHRASE, version)
        public, text = puttygen_reads(puttygen, data, f"gen-{key_type}-{version}.ppk", True)
        assert public == key.openssh_public_line()
        assert private_values(text) == our_private_values(key)
        assert parse_ppk(data, PASSPHRASE).comment == key.comment
