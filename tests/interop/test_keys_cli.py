"""The ``python -m ssh_wire.keys`` command line against OpenSSH's ssh-keygen (and puttygen).

- Keys our ``generate`` writes, in every private format, plain and encrypted, are read by
  ``ssh-keygen -y -f`` (``-P`` for the passphrase) and fingerprinted alike by ``ssh-keygen -l``.
- ``show`` prints the fingerprints ``ssh-keygen -l -E sha256`` / ``-E md5`` print, for keys
  ssh-keygen made, in every form it exports them.
- ``sign`` output verifies with ``ssh-keygen -Y verify``, and ``ssh-keygen -Y sign`` output
  with our ``verify``.
- ``certify`` output is listed by ``ssh-keygen -L`` with the same fields, line for line what
  our ``show`` prints.

The CLI runs in-process (``main(argv)``); ``TZ=UTC`` for both sides so times print alike.
A missing ssh-keygen or puttygen is a failure, not a skip.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import ssh_wire.keys._cli_keyfiles as cli
from ssh_wire.keys import OPENSSH_CIPHERS, SSHCertificate, load_public_key
from ssh_wire.keys._cli import main

pytestmark = pytest.mark.interop

PASSPHRASE = "interop pass"
# Our generate -t/-b per SSH key type (RSA 2048 keeps generation quick).
TYPES: dict[str, list[str]] = {
    "ssh-ed25519": ["-t", "ed25519"],
    "ecdsa-sha2-nistp256": ["-t", "ecdsa", "-b", "256"],
    "ecdsa-sha2-nistp384": ["-t", "ecdsa", "-b", "384"],
    "ecdsa-sha2-nistp521": ["-t", "ecdsa", "-b", "521"],
    "ssh-rsa": ["-t", "rsa", "-b", "2048"],
    "ssh-dss": ["-t", "dsa"],
}
SHORT = {
    "ssh-ed25519": "ED25519",
    "ecdsa-sha2-nistp256": "ECDSA",
    "ecdsa-sha2-nistp384": "ECDSA",
    "ecdsa-sha2-nistp521": "ECDSA",
    "ssh-rsa": "RSA",
    "ssh-dss": "DSA",
}


@dataclass
class Result:
    """One in-process CLI run."""

    status: int
    out: str
    err: str


CLI = Callable[..., Result]


@pytest.fixture(autouse=True)
def _utc_and_no_terminal(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Local time is UTC (as for ssh-keygen below); no passphrase from the environment."""
    monkeypatch.delenv(cli.ENV_PASSPHRASE, raising=False)
    monkeypatch.setattr(cli, "_interactive", lambda: False)
    old = os.environ.get("TZ")
    os.environ["TZ"] = "UTC"
    time.tzset()
    try:
        yield
    finally:
        if old is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = old
        time.tzset()


@pytest.fixture
def ours(capsys: pytest.CaptureFixture[str]) -> CLI:
    """Returns a function running our CLI in-process; it fails the test on a non-zero exit."""

    def call(*argv: str | Path, expect: int = 0) -> Result:
        status = main([str(a) for a in argv])
        captured = capsys.readouterr()
        result = Result(status, captured.out, captured.err)
        assert status == expect, (argv, result)
        return result

    return call


def _program(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is not installed", pytrace=False)
    return path


def keygen(*args: str | Path, stdin: bytes = b"", check: bool = True) -> str:
    """Run ssh-keygen with ``TZ=UTC``; returns stdout, fails the test on an error exit."""
    proc = subprocess.run(
        [_program("ssh-keygen"), *map(str, args)],
        input=stdin,
        capture_output=True,
        env={**os.environ, "TZ": "UTC"},
        timeout=60,
        check=False,
    )
    if check and proc.returncode != 0:
        pytest.fail(f"ssh-keygen {args} failed: {proc.stderr.decode(errors='replace')}")
    return proc.stdout.decode()


def _openssl_public(path: Path, passphrase: str) -> str:
    """``openssl pkey -pubout`` of a private key file: its SubjectPublicKeyInfo PEM."""
    proc = subprocess.run(
        [_program("openssl"), "pkey", "-in", str(path), "-passin", f"pass:{passphrase}", "-pubout"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def _key_part(line: str) -> str:
    """``type base64`` of an OpenSSH public line (the comment dropped)."""
    return " ".join(line.split()[:2])


def _show(ours: CLI, path: Path, *extra: str) -> dict[str, str]:
    """Our ``show`` as a dict of its ``name: value`` lines."""
    fields = {}
    for line in ours("show", path, *extra).out.splitlines():
        if not line.strip():
            break
        name, _, value = line.partition(":")
        fields[name] = value.strip()
    return fields


def _keygen_fingerprints(path: Path) -> tuple[str, str, str]:
    """``(bits, sha256, md5)`` as ``ssh-keygen -l -E sha256|md5 -f path`` prints them."""
    bits, sha256 = keygen("-l", "-E", "sha256", "-f", path).split()[:2]
    md5 = keygen("-l", "-E", "md5", "-f", path).split()[1]
    return bits, sha256, md5


# -- generate: ssh-keygen reads what we write ------------------------------------------------


def _formats(key_type: str) -> list[str]:
    return ["openssh", "pkcs8"] + ([] if key_type == "ssh-ed25519" else ["pem"])


CASES = [
    (key_type, fmt, encrypted)
    for key_type in TYPES
    for fmt in _formats(key_type)
    for encrypted in (False, True)
]


@pytest.mark.parametrize(
    ("key_type", "fmt", "encrypted"),
    CASES,
    ids=[f"{t}-{f}-{'enc' if e else 'plain'}" for t, f, e in CASES],
)
def test_ssh_keygen_reads_generated_keys(
    ours: CLI, tmp_path: Path, key_type: str, fmt: str, encrypted: bool
) -> None:
    path = tmp_path / "id"
    secret = ["-N", PASSPHRASE] if encrypted else ["-N", ""]
    rounds = ["--rounds", "2"] if fmt == "openssh" and encrypted else []
    result = ours(
        "generate",
        *TYPES[key_type],
        "-C",
        "made@ssh-wire",
        "-f",
        path,
        "--format",
        fmt,
        *secret,
        *rounds,
    )
    ours_pub = (tmp_path / "id.pub").read_text().strip()
    assert ours_pub.startswith(key_type + " ") and ours_pub.endswith(" made@ssh-wire")
    if key_type == "ssh-ed25519" and fmt == "pkcs8":
        # ssh-keygen 9.2 reads no Ed25519 PKCS#8 (OpenSSH 9.6 does); OpenSSL must.
        read_back = _openssl_public(path, PASSPHRASE if encrypted else "")
        assert read_back == ours("convert", tmp_path / "id.pub", "--to", "public-pem").out
    else:
        read_back = keygen("-y", "-f", path, "-P", PASSPHRASE if encrypted else "").strip()
        assert _key_part(read_back) == _key_part(ours_pub)
    if encrypted:
        denied = subprocess.run(
            [_program("ssh-keygen"), "-y", "-f", str(path), "-P", "wrong"]
            if (key_type, fmt) != ("ssh-ed25519", "pkcs8")
            else [_program("openssl"), "pkey", "-in", str(path), "-passin", "pass:wrong"],
            capture_output=True,
            check=False,
        )
        assert denied.returncode != 0, "a wrong passphrase must not open it"
    bits, sha256, _ = _keygen_fingerprints(tmp_path / "id.pub")
    assert f"{sha256} made@ssh-wire" in result.out.splitlines()
    assert _show(ours, tmp_path / "id.pub")["bits"] == bits


@pytest.mark.parametrize("cipher", sorted(OPENSSH_CIPHERS))
def test_ssh_keygen_reads_every_cipher(ours: CLI, tmp_path: Path, cipher: str) -> None:
    path = tmp_path / "id"
    ours("generate", "-f", path, "-N", PASSPHRASE, "--cipher", cipher, "--rounds", "2", "-q")
    read_back = keygen("-y", "-f", path, "-P", PASSPHRASE)
    assert _key_part(read_back) == _key_part((tmp_path / "id.pub").read_text())


def test_converted_keys_read_by_ssh_keygen(ours: CLI, tmp_path: Path) -> None:
    source = tmp_path / "src"
    ours("generate", "-t", "ecdsa", "-b", "384", "-f", source, "-N", PASSPHRASE, "--rounds", "2")
    expected = _key_part((tmp_path / "src.pub").read_text())
    for target in ("openssh", "pkcs8", "pem"):
        out = tmp_path / f"out-{target}"
        ours("convert", source, "-P", PASSPHRASE, "--to", target, "-N", "", "-o", out)
        assert _key_part(keygen("-y", "-f", out, "-P", "")) == expected
    rfc4716 = tmp_path / "out.rfc4716"
    ours("convert", source, "--to", "rfc4716", "-o", rfc4716)
    assert _key_part(keygen("-i", "-m", "RFC4716", "-f", rfc4716)) == expected
    pem = tmp_path / "out.pem"
    ours("convert", source, "--to", "public-pem", "-o", pem)
    assert _key_part(keygen("-i", "-m", "PKCS8", "-f", pem)) == expected


def test_puttygen_reads_generated_ppk(ours: CLI, tmp_path: Path) -> None:
    path = tmp_path / "id.ppk"
    ours("generate", "-t", "ed25519", "-f", path, "--format", "ppk", "-N", PASSPHRASE, "-q")
    pass_file = tmp_path / "pass"
    pass_file.write_text(PASSPHRASE + "\n")
    proc = subprocess.run(
        [
            _program("puttygen"),
            str(path),
            "--old-passphrase",
            str(pass_file),
            "-O",
            "public-openssh",
            "-o",
            "/dev/stdout",
        ],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert _key_part(proc.stdout) == _key_part((tmp_path / "id.ppk.pub").read_text())


# -- show: the fingerprints ssh-keygen prints -------------------------------------------------


@pytest.fixture(scope="module")
def keygen_keys(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One ssh-keygen key per type (plain; an encrypted ed25519 and RSA too), with .pub."""
    workdir = tmp_path_factory.mktemp("keygen-cli")
    made: dict[str, Path] = {}
    specs = {name: (args, "") for name, args in TYPES.items()}
    specs["ssh-ed25519-encrypted"] = (TYPES["ssh-ed25519"], PASSPHRASE)
    specs["ssh-rsa-encrypted-pem"] = ([*TYPES["ssh-rsa"], "-m", "PEM"], PASSPHRASE)
    for name, (args, secret) in specs.items():
        path = workdir / name
        keygen("-q", *args, "-N", secret, "-a", "2", "-C", f"{name} comment", "-f", path)
        made[name] = path
    return made


@pytest.mark.parametrize("name", [*TYPES, "ssh-ed25519-encrypted", "ssh-rsa-encrypted-pem"])
def test_show_fingerprints_equal_ssh_keygen(
    ours: CLI, keygen_keys: dict[str, Path], tmp_path: Path, name: str
) -> None:
    private = keygen_keys[name]
    public = Path(f"{private}.pub")
    bits, sha256, md5 = _keygen_fingerprints(public)
    exports = {"private": private, "public": public}
    # ssh-keygen 9.2 cannot export Ed25519 as PKCS8 ("unsupported key type").
    for mode in ("RFC4716", "PKCS8") if "ed25519" not in name else ("RFC4716",):
        path = tmp_path / f"export.{mode}"
        path.write_text(keygen("-e", "-m", mode, "-f", public))
        exports[mode] = path
    for form, path in exports.items():
        extra = ["-P", PASSPHRASE] if "encrypted" in name and form == "private" else []
        fields = _show(ours, path, *extra)
        assert (fields["bits"], fields["sha256"], fields["md5"]) == (bits, sha256, md5), form
        assert fields["type"].startswith(load_public_key(public).type)
    if "encrypted" in name and "pem" not in name:
        # without the passphrase: the openssh-key-v1 public part, same fingerprints
        fields = _show(ours, private)
        assert (fields["sha256"], fields["md5"]) == (sha256, md5)
    printed = ours("public", private, "-P", PASSPHRASE).out
    # PEM keeps no comment (ssh-keygen -y prints none either); openssh-key-v1 does.
    assert printed == (
        _key_part(public.read_text()) + "\n" if "pem" in name else public.read_text()
    )


# -- sign / verify: both directions ------------------------------------------------------------


@pytest.mark.parametrize("key_type", list(TYPES))
def test_signatures_both_ways(
    ours: CLI, keygen_keys: dict[str, Path], tmp_path: Path, key_type: str
) -> None:
    key = keygen_keys[key_type]
    allowed = tmp_path / "allowed_signers"
    allowed.write_text(f"signer@example.com {Path(f'{key}.pub').read_text()}")
    data = tmp_path / "message.txt"
    data.write_bytes(b"interop data\n" * 100)

    # ours -> ssh-keygen
    ours("sign", "-f", key, "-n", "file", data)
    sig = Path(f"{data}.sig")
    out = keygen(
        "-Y",
        "verify",
        "-f",
        allowed,
        "-I",
        "signer@example.com",
        "-n",
        "file",
        "-s",
        sig,
        stdin=data.read_bytes(),
    )
    assert out.startswith('Good "file" signature for signer@example.com')

    # ssh-keygen -> ours
    sig.unlink()
    keygen("-Y", "sign", "-f", key, "-n", "git", data)
    result = ours("verify", "-f", allowed, "-I", "signer@example.com", "-n", "git", "-s", sig, data)
    fingerprint = keygen("-l", "-f", f"{key}.pub").split()[1]
    assert result.out == (
        f'Good "git" signature for signer@example.com with {SHORT[key_type]} key {fingerprint}\n'
    )
    # and a bare public key file as -f, data on stdin (a tampered copy is refused)
    assert ours("verify", "-f", f"{key}.pub", "-n", "git", "-s", sig, data).status == 0
    data.write_bytes(b"tampered")
    assert ours("verify", "-f", f"{key}.pub", "-n", "git", "-s", sig, data, expect=1).status


def test_stdin_signature_verifies_with_ssh_keygen(
    ours: CLI, keygen_keys: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = keygen_keys["ssh-ed25519-encrypted"]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"from stdin")))
    monkeypatch.setenv(cli.ENV_PASSPHRASE, PASSPHRASE)
    sig = tmp_path / "stdin.sig"
    sig.write_text(ours("sign", "-f", key, "-n", "file").out)
    allowed = tmp_path / "allowed"
    allowed.write_text(f"me {Path(f'{key}.pub').read_text()}")
    out = keygen(
        "-Y", "verify", "-f", allowed, "-I", "me", "-n", "file", "-s", sig, stdin=b"from stdin"
    )
    assert out.startswith('Good "file" signature for me')


# -- certify: ssh-keygen -L lists what we issue ------------------------------------------------

CERT_CASES = [
    ("ssh-ed25519", "ecdsa-sha2-nistp256", []),
    ("ecdsa-sha2-nistp384", "ssh-ed25519", []),
    ("ssh-rsa", "ssh-rsa", []),
    ("ssh-rsa", "ssh-ed25519", ["-t", "rsa-sha2-256"]),
    ("ssh-dss", "ecdsa-sha2-nistp521", []),
]


@pytest.mark.parametrize(("ca_type", "subject_type", "extra"), CERT_CASES)
@pytest.mark.parametrize("host", [False, True], ids=["user", "host"])
def test_ssh_keygen_lists_our_certificates(
    ours: CLI,
    keygen_keys: dict[str, Path],
    tmp_path: Path,
    ca_type: str,
    subject_type: str,
    extra: list[str],
    host: bool,
) -> None:
    subject = tmp_path / "id.pub"
    shutil.copy(f"{keygen_keys[subject_type]}.pub", subject)
    options = [
        "-O",
        "no-pty",
        "-O",
        "force-command=/usr/bin/uptime",
        "-O",
        "source-address=10.0.0.0/8,::1/128",
        "-O",
        "extension:custom@example.com=value",
        "-O",
        "critical:crit@example.com",
    ]
    ours(
        "certify",
        "-s",
        keygen_keys[ca_type],
        "-I",
        f"id {ca_type}/{subject_type}",
        "-n",
        "alice,bob",
        "-V",
        "20200102030405Z:20991231235959Z",
        "-z",
        "4242",
        *(["-h"] if host else options),
        *extra,
        subject,
    )
    cert_file = tmp_path / "id-cert.pub"
    listing = [line.rstrip() for line in keygen("-L", "-f", cert_file).splitlines()]
    assert listing[0] == f"{cert_file}:"
    assert f'        Key ID: "id {ca_type}/{subject_type}"' in listing
    assert "        Serial: 4242" in listing
    at = listing.index("        Principals:")
    assert listing[at + 1 : at + 3] == ["                alice", "                bob"]
    assert "        Valid: from 2020-01-02T03:04:05 to 2099-12-31T23:59:59" in listing
    kind = "host" if host else "user"
    assert f"        Type: {subject_type}-cert-v01@openssh.com {kind} certificate" in listing
    # our show prints the same listing, line for line
    shown = ours("show", cert_file).out.split("\n\n", 1)[1]
    assert [line.rstrip() for line in shown.splitlines()] == listing
    cert = load_public_key(cert_file)
    assert isinstance(cert, SSHCertificate) and cert.verify_signature()
    assert cert.comment == f"{subject_type} comment"


def test_ssh_keygen_certificates_shown_like_ssh_keygen(
    ours: CLI, keygen_keys: dict[str, Path], tmp_path: Path
) -> None:
    subject = tmp_path / "host.pub"
    shutil.copy(f"{keygen_keys['ssh-rsa']}.pub", subject)
    keygen(
        "-q",
        "-s",
        keygen_keys["ssh-ed25519"],
        "-I",
        "web",
        "-h",
        "-n",
        "web.example",
        "-V",
        "+52w",
        subject,
    )
    cert_file = tmp_path / "host-cert.pub"
    listing = [line.rstrip() for line in keygen("-L", "-f", cert_file).splitlines()]
    shown = ours("show", cert_file).out
    assert [line.rstrip() for line in shown.split("\n\n", 1)[1].splitlines()] == listing
    bits, sha256, md5 = _keygen_fingerprints(cert_file)
    fields = _show(ours, cert_file)
    assert (fields["bits"], fields["sha256"], fields["md5"]) == (bits, sha256, md5)
    assert fields["ca signature"] == "good" and fields["valid now"] == "yes"
