"""The ``python -m ssh_wire.keys`` command line: every subcommand, passphrase sources, and
bad input that must end in a one-line message and exit status 1 or 2, never a traceback.

Most tests call ``main(argv)`` in-process; a few run ``python -m ssh_wire.keys`` as a
subprocess to check the module entry point and real exit statuses.
tests/interop/test_keys_cli.py checks the same commands against ssh-keygen.
"""

from __future__ import annotations

import base64
import getpass
import io
import os
import stat
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

import ssh_wire.keys._cli_keyfiles as cli
from ssh_wire.keys import (
    CertificateType,
    KeyEncryptedError,
    SSHCertificate,
    SSHKey,
    generate_key,
    issue_certificate,
    load_key,
    load_public_key,
    parse_key,
    parse_public_key,
    sshsig_sign,
    sshsig_verify,
)
from ssh_wire.keys._cli import (
    EXIT_FAILURE,
    EXIT_OK,
    EXIT_USAGE,
    CLIError,
    main,
    match_pattern_list,
    parse_cert_options,
    parse_validity,
)

DATA = Path(__file__).parent / "data" / "formats"
PASS = "secret1"  # the passphrase of the encrypted files in data/formats
FAST_ROUNDS = ["--rounds", "2"]  # bcrypt rounds for encrypted openssh files written here


@dataclass
class Run:
    """The outcome of one in-process ``main`` call."""

    status: int
    out: str
    err: str


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """No passphrase from the environment and no terminal, unless a test sets them."""
    monkeypatch.delenv(cli.ENV_PASSPHRASE, raising=False)
    monkeypatch.setattr(cli, "_interactive", lambda: False)


RunFn = Callable[..., Run]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> RunFn:
    """Returns a function running ``main(argv)`` and capturing its output."""

    def call(*argv: str | Path) -> Run:
        status = main([str(a) for a in argv])
        captured = capsys.readouterr()
        return Run(status, captured.out, captured.err)

    return call


def _check_failure(result: Run, status: int, *words: str) -> None:
    """Assert a clean failure: the status, a short stderr naming ``words``, no traceback."""
    assert result.status == status, result
    assert "Traceback" not in result.err
    assert result.err.strip(), "a failure must say why"
    for word in words:
        assert word in result.err, (word, result.err)
    if status == EXIT_FAILURE:
        assert len(result.err.strip().splitlines()) == 1, result.err


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    """Replace standard input with ``data``."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


# -- generate -------------------------------------------------------------------------------

GENERATE_CASES = [
    ("ed25519", None, "ssh-ed25519", 256),
    ("ecdsa", None, "ecdsa-sha2-nistp256", 256),
    ("ecdsa", "384", "ecdsa-sha2-nistp384", 384),
    ("ecdsa", "521", "ecdsa-sha2-nistp521", 521),
    ("rsa", "1024", "ssh-rsa", 1024),
    ("dsa", None, "ssh-dss", 1024),
    ("ecdsa-sha2-nistp384", None, "ecdsa-sha2-nistp384", 384),
]


@pytest.mark.parametrize(("key_type", "bits", "ssh_type", "size"), GENERATE_CASES)
def test_generate_writes_private_and_public(
    run: RunFn, tmp_path: Path, key_type: str, bits: str | None, ssh_type: str, size: int
) -> None:
    path = tmp_path / "id"
    args = ["generate", "-t", key_type, "-C", "me@example", "-f", path, "-N", ""]
    result = run(*args, *(["-b", bits] if bits else []))
    assert result.status == EXIT_OK, result
    key = load_key(path)
    public = load_public_key(f"{path}.pub")
    assert isinstance(public, SSHKey) and key.equals(public)
    assert key.type == ssh_type and key.bits == size and key.comment == "me@example"
    assert _mode(path) == 0o600
    assert f"{key.fingerprint()} me@example" in result.out.splitlines()
    assert (tmp_path / "id.pub").read_text() == key.openssh_public_line() + "\n"


@pytest.mark.parametrize("fmt", ["openssh", "pkcs8", "pem", "ppk"])
def test_generate_formats_encrypted(run: RunFn, tmp_path: Path, fmt: str) -> None:
    path = tmp_path / "id"
    extra = FAST_ROUNDS if fmt == "openssh" else []
    # Spaces and "!" never occur in a base64 fingerprint, so this check cannot match by chance.
    secret = "not base64 at all!"
    result = run("generate", "-t", "ecdsa", "-f", path, "-N", secret, "--format", fmt, *extra)
    assert result.status == EXIT_OK, result
    with pytest.raises(KeyEncryptedError):
        load_key(path)
    assert load_key(path, secret).type == "ecdsa-sha2-nistp256"
    assert secret not in result.out + result.err


@pytest.mark.parametrize("cipher", ["aes256-gcm@openssh.com", "chacha20-poly1305@openssh.com"])
def test_generate_cipher_and_rounds(run: RunFn, tmp_path: Path, cipher: str) -> None:
    path = tmp_path / "id"
    result = run("generate", "-f", path, "-N", "pw", "--cipher", cipher, "--rounds", "3", "-q")
    assert result.status == EXIT_OK and result.out == ""
    assert load_key(path, "pw").type == "ssh-ed25519"
    from ssh_wire.keys._armor import find_pem_blocks

    body = base64.b64decode(b"".join(find_pem_blocks(path.read_bytes())[0].inner.split()))
    assert cipher.encode() in body


def test_generate_passphrase_file_and_environment(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret_file = tmp_path / "pass"
    secret_file.write_text("from file\nignored second line\n")
    result = run("generate", "-f", tmp_path / "a", "--passphrase-file", secret_file, *FAST_ROUNDS)
    assert result.status == EXIT_OK
    assert load_key(tmp_path / "a", "from file").type == "ssh-ed25519"
    monkeypatch.setenv(cli.ENV_PASSPHRASE, "from env")
    assert run("generate", "-f", tmp_path / "b", *FAST_ROUNDS).status == EXIT_OK
    assert load_key(tmp_path / "b", "from env").type == "ssh-ed25519"
    # -N '' beats the environment: an unencrypted key.
    assert run("generate", "-f", tmp_path / "c", "-N", "").status == EXIT_OK
    load_key(tmp_path / "c")


def test_generate_prompts_twice_on_a_terminal(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = iter(["typed", "typed", "one", "two"])
    prompts: list[str] = []

    def fake_getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return next(answers)

    monkeypatch.setattr(cli, "_interactive", lambda: True)
    monkeypatch.setattr(getpass, "getpass", fake_getpass)
    assert run("generate", "-f", tmp_path / "a", *FAST_ROUNDS).status == EXIT_OK
    assert load_key(tmp_path / "a", "typed").type == "ssh-ed25519"
    assert len(prompts) == 2 and "empty for no passphrase" in prompts[0]
    result = run("generate", "-f", tmp_path / "b")
    _check_failure(result, EXIT_FAILURE, "do not match")
    assert not (tmp_path / "b").exists()


def test_generate_without_passphrase_and_terminal_is_unencrypted(
    run: RunFn, tmp_path: Path
) -> None:
    assert run("generate", "-f", tmp_path / "id", "-t", "ecdsa", "-b", "521").status == EXIT_OK
    assert load_key(tmp_path / "id").bits == 521


def test_generate_refuses_to_overwrite(run: RunFn, tmp_path: Path) -> None:
    path = tmp_path / "id"
    (tmp_path / "id.pub").write_text("keep me\n")
    _check_failure(run("generate", "-f", path, "-N", ""), EXIT_FAILURE, "already exists", "--force")
    assert (tmp_path / "id.pub").read_text() == "keep me\n" and not path.exists()
    path.write_text("old private")
    path.chmod(0o644)
    assert run("generate", "-f", path, "-N", "", "--force").status == EXIT_OK
    assert _mode(path) == 0o600, "a replaced private key must not keep the old file's mode"
    public = load_public_key(tmp_path / "id.pub")
    assert isinstance(public, SSHKey) and load_key(path).equals(public)


def test_generate_default_file_is_in_home(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    assert run("generate", "-t", "ecdsa", "-N", "", "-q").status == EXIT_OK
    assert load_key(tmp_path / ".ssh" / "id_ecdsa").type == "ecdsa-sha2-nistp256"
    assert _mode(tmp_path / ".ssh") == 0o700


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["-t", "nope"], ["invalid choice"]),
        (["-t", "rsa", "-b", "512"], ["RSA keys are"]),
        (["-t", "ecdsa", "-b", "300"], ["ECDSA"]),
        (["-t", "ed25519", "--format", "pem"], ["ed25519", "PEM"]),
        (["--format", "pkcs8", "--cipher", "aes128-ctr"], ["--cipher"]),
        (["--format", "ppk", "--rounds", "4"], ["--rounds"]),
        (["--rounds", "0"], ["--rounds"]),
        (["--cipher", "rot13"], ["invalid choice"]),
        (["--format", "der"], ["invalid choice"]),
        (["-b", "many"], ["invalid int"]),
        (["-N", "a", "--passphrase-file", "f"], ["not allowed"]),
        (["-C", "two\nlines"], ["line break"]),
    ],
)
def test_generate_usage_errors(
    run: RunFn, tmp_path: Path, args: list[str], words: list[str]
) -> None:
    result = run("generate", "-f", tmp_path / "id", *args)
    _check_failure(result, EXIT_USAGE, *words)
    assert not (tmp_path / "id").exists()


# -- show / public --------------------------------------------------------------------------


def _fields(out: str) -> dict[str, str]:
    """The ``name: value`` lines of ``show`` output, up to the first blank line."""
    fields = {}
    for line in out.splitlines():
        if not line.strip():
            break
        name, _, value = line.partition(":")
        fields[name] = value.strip()
    return fields


def _known_fingerprints() -> dict[str, tuple[str, str]]:
    """ssh-keygen's ``-l -E sha256`` / ``-E md5`` output for the .pub files (fingerprints.txt)."""
    lines = (DATA / "fingerprints.txt").read_text().splitlines()
    return {name: (sha, md5) for name, sha, md5 in (line.split() for line in lines)}


@pytest.mark.parametrize("name", sorted(_known_fingerprints()))
def test_show_matches_ssh_keygen_fingerprints(run: RunFn, name: str) -> None:
    sha256, md5 = _known_fingerprints()[name]
    stem = name.removesuffix(".pub")
    for variant in (name, f"{stem}.key", f"{stem}.rfc4716", f"{stem}.p8.der"):
        if not (DATA / variant).exists():
            continue
        result = run("show", DATA / variant)
        assert result.status == EXIT_OK, (variant, result)
        fields = _fields(result.out)
        assert (fields["sha256"], fields["md5"]) == (sha256, md5), variant


@pytest.mark.parametrize(
    ("name", "kind", "bits"),
    [
        ("ed25519.key", "private key", "256"),
        ("ed25519.pub", "public key", "256"),
        ("ecdsa521.rfc4716", "public key", "521"),
        ("dsa.p8.der", "private key", "1024"),
        ("rsa1024.spki.pem", "public key", "1024"),
        ("rsa1024.pkcs1pub.pem", "public key", "1024"),
        ("ed25519.cert", "user certificate", "256"),
    ],
)
def test_show_kinds(run: RunFn, name: str, kind: str, bits: str) -> None:
    result = run("show", DATA / name)
    assert result.status == EXIT_OK, result
    fields = _fields(result.out)
    assert fields["kind"] == kind and fields["bits"] == bits


def test_show_encrypted_ppk_reads_the_clear_public_part(run: RunFn, tmp_path: Path) -> None:
    key = generate_key("ed25519", comment="putty key")
    path = tmp_path / "key.ppk"
    path.write_bytes(key.export("ppk", "pw"))
    fields = _fields(run("show", path).out)
    assert fields["sha256"] == key.fingerprint() and fields["comment"] == "putty key"
    assert "public part only" in fields["kind"]


def test_show_encrypted_openssh_without_passphrase_uses_public_part(run: RunFn) -> None:
    path = DATA / "ed25519-aes256-ctr.key"
    key = parse_key(path.read_bytes(), PASS)
    result = run("show", path)
    assert result.status == EXIT_OK, result
    fields = _fields(result.out)
    assert fields["sha256"] == key.fingerprint() and "public part only" in fields["kind"]
    assert "stored encrypted" in fields["comment"]
    with_pass = _fields(run("show", path, "-P", PASS).out)
    assert with_pass["comment"] == key.comment and with_pass["kind"] == "private key"


def test_show_encrypted_pem_needs_the_passphrase(
    run: RunFn, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = DATA / "ecdsa256-enc.pem"
    _check_failure(run("show", path), EXIT_FAILURE, "encrypted", "-P", cli.ENV_PASSPHRASE)
    _check_failure(run("show", path, "-P", "wrong"), EXIT_FAILURE, "incorrect passphrase")
    monkeypatch.setenv(cli.ENV_PASSPHRASE, PASS)
    assert run("show", path).status == EXIT_OK


def test_show_prompts_on_a_terminal(run: RunFn, monkeypatch: pytest.MonkeyPatch) -> None:
    answers = iter(["bad", PASS])
    monkeypatch.setattr(cli, "_interactive", lambda: True)
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": next(answers))
    result = run("show", DATA / "ecdsa256-enc.pem")
    assert result.status == EXIT_OK and "Incorrect passphrase" in result.err
    answers = iter(["x", "y", "z"])
    result = run("show", DATA / "ecdsa256-enc.pem")
    assert result.status == EXIT_FAILURE and "Traceback" not in result.err
    assert result.err.splitlines()[-1].endswith("incorrect passphrase (3 attempts)")
    answers = iter([""])
    _check_failure(run("show", DATA / "ecdsa256-enc.pem"), EXIT_FAILURE, "no passphrase")


def _certificate(tmp_path: Path, **changes: object) -> tuple[Path, SSHCertificate, SSHKey]:
    ca = generate_key("ed25519", comment="ca")
    subject = generate_key("ecdsa", comment="subject@host")
    options: dict[str, object] = {
        "cert_type": CertificateType.USER,
        "key_id": "alice's key",
        "principals": ["alice", "root"],
        "valid_after": datetime(2020, 1, 2, 3, 4, 5, tzinfo=UTC),
        "valid_before": datetime(2099, 1, 1, tzinfo=UTC),
        "serial": 99,
        "critical_options": {"force-command": "/bin/true"},
        "comment": "subject@host",
    }
    options.update(changes)
    cert = issue_certificate(ca, subject, **options)  # type: ignore[arg-type]
    path = tmp_path / "id-cert.pub"
    path.write_text(cert.openssh_public_line() + "\n")
    return path, cert, ca


@pytest.fixture
def utc() -> Iterator[None]:
    """Local time is UTC during the test (ssh-keygen -L style times are local)."""
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


@pytest.mark.usefixtures("utc")
def test_show_certificate(run: RunFn, tmp_path: Path) -> None:
    path, cert, ca = _certificate(tmp_path)
    result = run("show", path)
    assert result.status == EXIT_OK, result
    fields = _fields(result.out)
    assert fields["kind"] == "user certificate"
    assert fields["type"] == "ecdsa-sha2-nistp256-cert-v01@openssh.com (ECDSA-CERT)"
    assert fields["sha256"] == cert.key.fingerprint() and fields["comment"] == "subject@host"
    assert fields["ca signature"] == "good" and fields["valid now"] == "yes"
    listing = result.out.split("\n\n", 1)[1].splitlines()
    assert listing == [
        f"{path}:",
        "        Type: ecdsa-sha2-nistp256-cert-v01@openssh.com user certificate",
        f"        Public key: ECDSA-CERT {cert.key.fingerprint()}",
        f"        Signing CA: ED25519 {ca.fingerprint()} (using ssh-ed25519)",
        '        Key ID: "alice\'s key"',
        "        Serial: 99",
        "        Valid: from 2020-01-02T03:04:05 to 2099-01-01T00:00:00",
        "        Principals: ",
        "                alice",
        "                root",
        "        Critical Options: ",
        "                force-command /bin/true",
        "        Extensions: ",
        "                permit-X11-forwarding",
        "                permit-agent-forwarding",
        "                permit-port-forwarding",
        "                permit-pty",
        "                permit-user-rc",
    ]


def test_show_certificate_bad_signature_and_expired(run: RunFn, tmp_path: Path) -> None:
    path, cert, _ = _certificate(tmp_path, valid_before=1_000_000_000, valid_after=0)
    blob = bytearray(cert.blob)
    blob[-1] ^= 1
    path.write_text(f"{cert.type} {base64.b64encode(bytes(blob)).decode()}\n")
    result = run("show", path)
    assert result.status == EXIT_FAILURE
    fields = _fields(result.out)
    assert fields["ca signature"].startswith("BAD") and fields["valid now"] == "no (expired)"


def test_show_several_files(run: RunFn) -> None:
    result = run("show", DATA / "ed25519.pub", DATA / "ecdsa256.pub")
    assert result.status == EXIT_OK and result.out.count("sha256:") == 2


@pytest.mark.parametrize(
    ("name", "private"),
    [
        ("ed25519.key", True),
        ("ecdsa256.pem", True),
        ("ed25519.rfc4716", False),
        ("dsa.spki.pem", False),
    ],
)
def test_public_prints_the_openssh_line(run: RunFn, name: str, private: bool) -> None:
    raw = (DATA / name).read_bytes()
    key = parse_key(raw) if private else parse_public_key(raw)
    result = run("public", DATA / name)
    assert result.status == EXIT_OK
    assert result.out == key.openssh_public_line() + "\n"


def test_public_of_a_certificate_and_stdin(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, cert, _ = _certificate(tmp_path)
    assert run("public", path).out == cert.openssh_public_line() + "\n"
    _stdin(monkeypatch, (DATA / "ed25519.pub").read_bytes())
    assert run("public", "-").out == (DATA / "ed25519.pub").read_text()


# -- bad input never ends in a traceback ----------------------------------------------------


def _bad_files(tmp_path: Path) -> dict[str, Path]:
    good = (DATA / "ed25519.key").read_bytes()
    flipped = bytearray(good)
    flipped[len(good) // 2] ^= 0x04
    cases = {
        "empty": b"",
        "random": os.urandom(512),
        "text": b"hello world\n",
        "truncated": good[: len(good) // 2],
        "bit-flipped": bytes(flipped),
        "bad-base64": b"ssh-ed25519 AAAA**** comment\n",
        "bad-blob": b"ssh-ed25519 " + base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519") + b"\n",
        "binary-zero": b"\x00" * 64,
        "der-junk": b"\x30\x82\x01" + os.urandom(40),
        "ppk-junk": b"PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\n",
    }
    paths = {}
    for name, data in cases.items():
        paths[name] = tmp_path / name
        paths[name].write_bytes(data)
    paths["missing"] = tmp_path / "does-not-exist"
    paths["directory"] = tmp_path
    return paths


@pytest.mark.parametrize(
    "command",
    [
        ["show"],
        ["public"],
        ["convert", "--to", "pkcs8"],
        ["convert", "--to", "rfc4716"],
        ["sign", "-n", "file", "-f"],
        ["certify", "-I", "x", "-s"],
    ],
)
def test_bad_files_fail_cleanly(run: RunFn, tmp_path: Path, command: list[str]) -> None:
    data = tmp_path / "data.txt"
    data.write_text("data")
    for name, path in _bad_files(tmp_path).items():
        if command[0] == "sign":
            argv = [*command, path, data]
        elif command[0] == "certify":
            argv = [*command, path, DATA / "ed25519.pub"]
        else:
            argv = [*command[:1], path, *command[1:]]
        result = run(*argv)
        assert result.status == EXIT_FAILURE, (name, result)
        _check_failure(result, EXIT_FAILURE)
        assert str(path.name) in result.err or str(path) in result.err, (name, result.err)


def test_bad_file_messages(run: RunFn, tmp_path: Path) -> None:
    files = _bad_files(tmp_path)
    _check_failure(run("show", files["empty"]), EXIT_FAILURE, "empty file")
    _check_failure(run("show", files["random"]), EXIT_FAILURE, "unknown format")
    _check_failure(run("show", files["text"]), EXIT_FAILURE, "unknown format")
    _check_failure(run("show", files["truncated"]), EXIT_FAILURE, "truncated", "END")
    _check_failure(run("show", files["missing"]), EXIT_FAILURE, "No such file")
    _check_failure(run("show", files["bad-base64"]), EXIT_FAILURE, "base64")


def test_wrong_passphrase_everywhere(run: RunFn, tmp_path: Path) -> None:
    enc = DATA / "ed25519-aes256-ctr.key"
    data = tmp_path / "d"
    data.write_text("x")
    for argv in (
        ["public", enc, "-P", "nope"],
        ["convert", enc, "--to", "pkcs8", "-P", "nope"],
        ["sign", "-f", enc, "-n", "file", "-P", "nope", data],
        ["certify", "-s", enc, "-I", "id", "-P", "nope", DATA / "ecdsa256.pub"],
    ):
        _check_failure(run(*argv), EXIT_FAILURE, "incorrect passphrase")
        assert "nope" not in run(*argv).err


def test_private_key_required(run: RunFn, tmp_path: Path) -> None:
    result = run("convert", DATA / "ed25519.pub", "--to", "openssh")
    _check_failure(result, EXIT_FAILURE, "public key", "private key is needed")


def test_no_command_and_help(run: RunFn) -> None:
    _check_failure(run(), EXIT_USAGE, "COMMAND")
    result = run("--help")
    assert result.status == EXIT_OK and "generate" in result.out
    result = run("certify", "--help")
    assert result.status == EXIT_OK and "-h, --host" in result.out


def test_unexpected_exception_is_one_line(run: RunFn, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(_path: str, _explicit: bytes | None) -> object:
        raise RuntimeError("boom")

    monkeypatch.setattr(cli, "load_any", boom)
    _check_failure(run("public", DATA / "ed25519.pub"), EXIT_FAILURE, "internal error", "boom")


# -- convert --------------------------------------------------------------------------------


@pytest.mark.parametrize("target", ["openssh", "pkcs8", "pem", "ppk"])
def test_convert_private_targets_keep_the_passphrase(
    run: RunFn, tmp_path: Path, target: str
) -> None:
    source = DATA / "ecdsa256-enc.pem"
    original = parse_key(source.read_bytes(), PASS)
    out = tmp_path / "out"
    extra = FAST_ROUNDS if target == "openssh" else []
    result = run("convert", source, "--to", target, "-P", PASS, "-o", out, *extra)
    assert result.status == EXIT_OK, result
    assert _mode(out) == 0o600
    with pytest.raises(KeyEncryptedError):
        load_key(out)
    assert load_key(out, PASS).equals(original)


def test_convert_new_passphrase_and_decrypt(run: RunFn, tmp_path: Path) -> None:
    source = DATA / "ed25519-aes256-ctr.key"
    original = parse_key(source.read_bytes(), PASS)
    result = run(
        "convert",
        source,
        "-P",
        PASS,
        "--to",
        "openssh",
        "-N",
        "new",
        *FAST_ROUNDS,
        "-o",
        tmp_path / "a",
    )
    assert result.status == EXIT_OK
    assert load_key(tmp_path / "a", "new").equals(original)
    assert load_key(tmp_path / "a", "new").comment == original.comment
    result = run("convert", tmp_path / "a", "-P", "new", "--to", "pkcs8", "-N", "")
    assert result.status == EXIT_OK
    assert parse_key(result.out).equals(original)


def test_convert_cipher_and_ppk_version(run: RunFn, tmp_path: Path) -> None:
    source = DATA / "ed25519.key"
    args = [
        "convert",
        source,
        "--to",
        "openssh",
        "-N",
        "pw",
        "--cipher",
        "aes128-cbc",
        *FAST_ROUNDS,
    ]
    assert parse_key(run(*args).out, "pw").equals(parse_key(source.read_bytes()))
    result = run("convert", source, "--to", "ppk", "--ppk-version", "2")
    assert result.out.startswith("PuTTY-User-Key-File-2: ssh-ed25519")


@pytest.mark.parametrize(
    ("target", "start"),
    [
        ("rfc4716", "---- BEGIN SSH2 PUBLIC KEY ----"),
        ("public-pem", "-----BEGIN PUBLIC KEY-----"),
        ("public-openssh", "ssh-rsa "),
    ],
)
def test_convert_public_targets(run: RunFn, target: str, start: str) -> None:
    for source in (DATA / "rsa1024.key", DATA / "rsa1024.pub", DATA / "rsa1024-enc.p8"):
        result = run("convert", source, "--to", target, "-P", PASS)
        assert result.status == EXIT_OK and result.out.startswith(start), result
        public = parse_public_key(result.out)
        assert isinstance(public, SSHKey) and not public.is_private
        assert public == parse_public_key((DATA / "rsa1024.pub").read_bytes())


def test_convert_certificate(run: RunFn, tmp_path: Path) -> None:
    path, cert, _ = _certificate(tmp_path)
    assert run("convert", path, "--to", "public-openssh").out.startswith(cert.type)
    _check_failure(run("convert", path, "--to", "rfc4716"), EXIT_FAILURE, "certificate")


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--to", "pkcs8", "--cipher", "aes128-ctr"], ["--cipher"]),
        (["--to", "pem", "--ppk-version", "2"], ["--ppk-version"]),
        (["--to", "rfc4716", "-N", "x"], ["public key"]),
        (["--to", "pem"], ["ed25519", "PEM"]),
        (["--to", "x509"], ["invalid choice"]),
        ([], ["--to"]),
    ],
)
def test_convert_usage_errors(run: RunFn, args: list[str], words: list[str]) -> None:
    _check_failure(run("convert", DATA / "ed25519.key", *args), EXIT_USAGE, *words)


def test_convert_refuses_to_overwrite(run: RunFn, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.write_text("keep")
    _check_failure(
        run("convert", DATA / "ed25519.key", "--to", "pkcs8", "-o", out),
        EXIT_FAILURE,
        "already exists",
    )
    assert out.read_text() == "keep"
    assert run("convert", DATA / "ed25519.key", "--to", "pkcs8", "-o", out, "--force").status == 0
    assert load_key(out).type == "ssh-ed25519"


# -- sign / verify --------------------------------------------------------------------------


@pytest.fixture
def signer(tmp_path: Path) -> tuple[Path, SSHKey]:
    key = generate_key("ecdsa", comment="signer@example")
    path = tmp_path / "signer"
    path.write_bytes(key.export("openssh", "pw", rounds=2))
    (tmp_path / "signer.pub").write_text(key.openssh_public_line() + "\n")
    return path, key


def test_sign_files_and_verify(run: RunFn, tmp_path: Path, signer: tuple[Path, SSHKey]) -> None:
    path, key = signer
    files = [tmp_path / "a.txt", tmp_path / "b.bin"]
    files[0].write_text("hello\n")
    files[1].write_bytes(os.urandom(200_000))
    result = run("sign", "-f", path, "-P", "pw", "-n", "file", *files)
    assert result.status == EXIT_OK, result
    for f in files:
        sig = Path(f"{f}.sig").read_text()
        assert sshsig_verify(sig, f.read_bytes(), "file").equals(key)
        result = run("verify", "-f", f"{path}.pub", "-n", "file", "-s", f"{f}.sig", f)
        assert result.status == EXIT_OK, result
        assert result.out == f'Good "file" signature with ECDSA key {key.fingerprint()}\n'
    # tampered data, wrong namespace, wrong key
    files[0].write_text("hello!\n")
    _check_failure(
        run("verify", "-f", f"{path}.pub", "-n", "file", "-s", f"{files[0]}.sig", files[0]),
        EXIT_FAILURE,
        "does not verify",
    )
    _check_failure(
        run("verify", "-f", f"{path}.pub", "-n", "git", "-s", f"{files[1]}.sig", files[1]),
        EXIT_FAILURE,
        "namespace",
    )
    _check_failure(
        run("verify", "-f", DATA / "ed25519.pub", "-n", "file", "-s", f"{files[1]}.sig", files[1]),
        EXIT_FAILURE,
        "not an allowed signer",
    )


def test_sign_stdin_to_stdout(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, signer: tuple[Path, SSHKey]
) -> None:
    path, key = signer
    monkeypatch.setenv(cli.ENV_PASSPHRASE, "pw")
    _stdin(monkeypatch, b"piped data")
    result = run("sign", "-f", path, "-n", "git", "--hash", "sha256")
    assert result.status == EXIT_OK and result.out.startswith("-----BEGIN SSH SIGNATURE-----")
    assert sshsig_verify(result.out, b"piped data", "git").equals(key)
    sig = tmp_path / "sig"
    sig.write_text(result.out)
    _stdin(monkeypatch, b"piped data")
    assert run("verify", "-f", f"{path}.pub", "-n", "git", "-s", sig).status == EXIT_OK


def test_sign_refuses_to_overwrite_signature(
    run: RunFn, tmp_path: Path, signer: tuple[Path, SSHKey]
) -> None:
    path, _ = signer
    data = tmp_path / "d"
    data.write_text("x")
    Path(f"{data}.sig").write_text("old")
    _check_failure(
        run("sign", "-f", path, "-P", "pw", "-n", "file", data), EXIT_FAILURE, "already exists"
    )
    assert run("sign", "-f", path, "-P", "pw", "-n", "file", "--force", data).status == EXIT_OK
    _check_failure(run("sign", "-f", path, "-P", "pw", "-n", "", data), EXIT_USAGE, "namespace")


def test_verify_allowed_signers(run: RunFn, tmp_path: Path) -> None:
    key = generate_key("ed25519")
    other = generate_key("ed25519")
    data = tmp_path / "data"
    data.write_bytes(b"signed")
    sig = tmp_path / "data.sig"
    sig.write_text(sshsig_sign(key, b"signed", "git"))
    pub = key.openssh_public_line()
    allowed = tmp_path / "allowed_signers"
    allowed.write_text(
        "# comment line\n\n"
        f"bob@example.com {other.openssh_public_line()}\n"
        f'"alice@example.com,*@corp.example" namespaces="git,file",valid-after=20000101 {pub}\n'
    )

    def verify(*extra: str) -> Run:
        return run("verify", "-f", allowed, "-n", "git", "-s", sig, *extra, data)

    result = verify("-I", "alice@example.com")
    assert result.status == EXIT_OK
    assert result.out.startswith('Good "git" signature for alice@example.com with ED25519 key')
    assert verify("-I", "carol@corp.example").status == EXIT_OK
    assert verify().out.startswith('Good "git" signature for alice@example.com,*@corp.example')
    _check_failure(verify("-I", "bob@example.com"), EXIT_FAILURE, "not an allowed signer")
    # namespaces= restricts; valid-before in the past refuses
    sig.write_text(sshsig_sign(key, b"signed", "email"))
    _check_failure(
        run("verify", "-f", allowed, "-n", "email", "-s", sig, data),
        EXIT_FAILURE,
        "not an allowed signer",
    )
    allowed.write_text(f"alice valid-before=20010101Z {pub}\n")
    sig.write_text(sshsig_sign(key, b"signed", "git"))
    _check_failure(verify(), EXIT_FAILURE, "not an allowed signer")
    allowed.write_text(f"alice cert-authority {pub}\n")
    _check_failure(verify(), EXIT_FAILURE, "not an allowed signer")
    allowed.write_text(f"alice frobnicate {pub}\n")
    _check_failure(verify(), EXIT_FAILURE, "unknown allowed signers option")
    allowed.write_text("alice not-a-key\n")
    _check_failure(verify(), EXIT_FAILURE, "allowed signers")
    sig.write_text("not a signature")
    allowed.write_text(pub + "\n")
    _check_failure(verify(), EXIT_FAILURE, "verification failed")


def test_verify_with_rfc4716_public_key(run: RunFn, tmp_path: Path) -> None:
    key = generate_key("ecdsa", 384)
    pub = tmp_path / "key.rfc4716"
    pub.write_bytes(key.export_public("rfc4716"))
    data = tmp_path / "d"
    data.write_text("d")
    sig = tmp_path / "d.sig"
    sig.write_text(sshsig_sign(key, b"d", "file"))
    assert run("verify", "-f", pub, "-n", "file", "-s", sig, data).status == EXIT_OK


def test_match_pattern_list() -> None:
    assert match_pattern_list("alice@corp.example", "*@corp.example")
    assert match_pattern_list("a", "b,a")
    assert match_pattern_list("ab", "a?")
    assert not match_pattern_list("abc", "a?")
    assert not match_pattern_list("root@corp.example", "*@corp.example,!root@*")
    assert not match_pattern_list("a.b", "a[.]b")


# -- certify --------------------------------------------------------------------------------


@pytest.fixture
def ca(tmp_path: Path) -> tuple[Path, SSHKey]:
    key = generate_key("ecdsa", comment="ca")
    path = tmp_path / "ca"
    path.write_bytes(key.export("openssh"))
    return path, key


def test_certify_user(run: RunFn, tmp_path: Path, ca: tuple[Path, SSHKey]) -> None:
    ca_path, ca_key = ca
    subject = generate_key("ed25519", comment="alice@laptop")
    pub = tmp_path / "id_ed25519.pub"
    pub.write_text(subject.openssh_public_line() + "\n")
    result = run(
        "certify",
        "-s",
        ca_path,
        "-I",
        "alice",
        "-n",
        "alice,admin",
        "-z",
        "12",
        "-V",
        "20200101:20300101Z",
        "-O",
        "no-pty",
        "-O",
        "force-command=uptime",
        "-O",
        "source-address=10.0.0.0/8,::1",
        "-O",
        "extension:x@example.com=v",
        "-O",
        "critical:c@example.com",
        pub,
    )
    assert result.status == EXIT_OK, result
    assert "Signed user key" in result.err and 'id "alice" serial 12 for alice,admin' in result.err
    cert = load_public_key(tmp_path / "id_ed25519-cert.pub")
    assert isinstance(cert, SSHCertificate)
    assert cert.key.equals(subject) and cert.signature_key.equals(ca_key)
    assert cert.comment == "alice@laptop" and cert.key_id == "alice" and cert.serial == 12
    assert cert.principals == ("alice", "admin") and cert.cert_type == CertificateType.USER
    assert cert.valid_before == int(datetime(2030, 1, 1, tzinfo=UTC).timestamp())
    assert cert.force_command == "uptime" and cert.source_address == ("10.0.0.0/8", "::1")
    assert not cert.permit_pty and cert.permit_agent_forwarding
    assert "c@example.com" in cert.critical_options and "x@example.com" in cert.extensions
    assert cert.verify_signature()


def test_certify_host_and_rsa_algorithm(
    run: RunFn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ca_key = generate_key("rsa", 1024)
    ca_path = tmp_path / "ca"
    ca_path.write_bytes(ca_key.export("pkcs8", "capass"))
    monkeypatch.setenv(cli.ENV_PASSPHRASE, "capass")
    pub = tmp_path / "host_key"  # no .pub suffix: host_key-cert.pub
    pub.write_text(generate_key("ecdsa").openssh_public_line() + "\n")
    result = run(
        "certify",
        "-s",
        ca_path,
        "-I",
        "web",
        "-h",
        "-n",
        "web.example",
        "-t",
        "rsa-sha2-256",
        "-O",
        "no-pty",
        pub,
    )
    assert result.status == EXIT_OK, result
    assert "ignored for host certificates" in result.err
    cert = load_public_key(tmp_path / "host_key-cert.pub")
    assert isinstance(cert, SSHCertificate)
    assert cert.cert_type == CertificateType.HOST and not cert.extensions
    assert cert.signature_algorithm == "rsa-sha2-256" and cert.verify_signature()


@pytest.mark.parametrize(
    ("args", "status", "words"),
    [
        (["-V", "soon"], EXIT_USAGE, ["life specification"]),
        (["-V", "+1x"], EXIT_USAGE, ["relative"]),
        (["-V", "20300101:20200101"], EXIT_USAGE, ["empty"]),
        (["-V", "2020:forever"], EXIT_USAGE, ["invalid time"]),
        (["-z", "-1"], EXIT_USAGE, ["serial"]),
        (["-z", "abc"], EXIT_USAGE, ["serial"]),
        (["-O", "permit-everything"], EXIT_USAGE, ["unknown certificate option"]),
        (["-O", "source-address=nowhere"], EXIT_USAGE, ["source-address"]),
        (["-O", "force-command=a", "-O", "force-command=b"], EXIT_USAGE, ["more than once"]),
        (["-n", "a,,b"], EXIT_USAGE, ["principal"]),
        (["-t", "rsa-sha2-256"], EXIT_FAILURE, ["cannot certify"]),
    ],
)
def test_certify_errors(
    run: RunFn, ca: tuple[Path, SSHKey], args: list[str], status: int, words: list[str]
) -> None:
    ca_path, _ = ca
    result = run("certify", "-s", ca_path, "-I", "x", *args, DATA / "ed25519.pub")
    _check_failure(result, status, *words)


def test_parse_validity() -> None:
    now = 1_700_000_030
    after, before = parse_validity("+52w", now)
    assert after == ((now - 59) // 60) * 60 and before == now + 52 * 604800
    assert parse_validity("-1d:+1w2d", now) == (now - 86400, now + 9 * 86400)
    assert parse_validity("always:forever", now) == (0, 2**64 - 1)
    utc = int(datetime(2020, 1, 2, 3, 4, 5, tzinfo=UTC).timestamp())
    assert parse_validity("20200102030405Z:forever", now) == (utc, 2**64 - 1)
    assert parse_validity("202001020304Z:20200103Z", now) == (
        utc - 5,
        int(datetime(2020, 1, 3, tzinfo=UTC).timestamp()),
    )
    for bad in ("", ":", "+", "x:y", "20201301:forever", "always:", "+1h:"):
        with pytest.raises(CLIError) as info:
            parse_validity(bad, now)
        assert info.value.status == EXIT_USAGE


def test_parse_cert_options() -> None:
    critical, extensions = parse_cert_options([])
    assert critical == {} and set(extensions) == {
        "permit-X11-forwarding",
        "permit-agent-forwarding",
        "permit-port-forwarding",
        "permit-pty",
        "permit-user-rc",
    }
    critical, extensions = parse_cert_options(
        ["clear", "permit-pty", "PERMIT-X11-FORWARDING", "verify-required", "no-touch-required"]
    )
    assert critical == {"verify-required": None}
    assert extensions == {
        "permit-pty": None,
        "permit-X11-forwarding": None,
        "no-touch-required": None,
    }


# -- as a program ---------------------------------------------------------------------------


def _program(
    *args: str | Path, stdin: bytes = b"", cwd: Path | None = None
) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if k != cli.ENV_PASSPHRASE}
    return subprocess.run(
        [sys.executable, "-m", "ssh_wire.keys", *map(str, args)],
        input=stdin,
        capture_output=True,
        timeout=120,
        check=False,
        env=env,
        cwd=cwd,
    )


def test_python_dash_m(tmp_path: Path) -> None:
    made = _program("generate", "-t", "ecdsa", "-C", "prog", "-f", tmp_path / "k", "-N", "")
    assert made.returncode == 0, made.stderr
    key = load_key(tmp_path / "k")
    shown = _program("show", tmp_path / "k")
    assert shown.returncode == 0 and key.fingerprint("md5").encode() in shown.stdout
    signed = _program("sign", "-f", tmp_path / "k", "-n", "file", stdin=b"data")
    assert signed.returncode == 0 and sshsig_verify(signed.stdout, b"data", "file").equals(key)


def test_python_dash_m_failures(tmp_path: Path) -> None:
    (tmp_path / "junk").write_bytes(os.urandom(100))
    for args, status in (
        (["show", tmp_path / "junk"], 1),
        (["show", tmp_path / "missing"], 1),
        (["show", DATA / "ed25519-aes256-ctr.key", "-P", "wrong"], 1),
        (["convert", DATA / "ed25519.key", "--to", "der"], 2),
        (["frobnicate"], 2),
        ([], 2),
    ):
        done = _program(*args)
        assert done.returncode == status, (args, done.stderr)
        assert b"Traceback" not in done.stderr and done.stderr.strip()
