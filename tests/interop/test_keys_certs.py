"""OpenSSH certificates and SSH signatures against OpenSSH's own ssh-keygen, both directions.

Certificates ``ssh-keygen -s`` makes, for each CA key type and each certified key type, must
parse, verify and show the fields ``ssh-keygen -L`` prints; expired, not-yet-valid and wrongly
signed ones are refused. Certificates we issue must be accepted by ``ssh-keygen -L`` (which
checks the CA signature) and show the same fields. ``ssh-keygen -Y sign`` signatures verify
with ours and ours with ``ssh-keygen -Y verify``, for every key type.

Keys are made once per module (RSA 2048, DSA 1024). ``TZ=UTC`` makes ssh-keygen read ``-V``
and print validity in UTC. A missing ssh-keygen is a failure, not a skip; a build without DSA
skips only the DSA cases.
"""

from __future__ import annotations

import base64
import dataclasses
import os
import shutil
import subprocess
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography.utils import CryptographyDeprecationWarning

from ssh_wire.keys import SSHKey
from ssh_wire.keys._cert_issue import issue_certificate
from ssh_wire.keys._cert_options import CRITICAL_OPTIONS, FLAG_EXTENSIONS, option_string
from ssh_wire.keys._certificate import (
    FOREVER,
    CertificateCAError,
    CertificateExpiredError,
    CertificateNotYetValidError,
    CertificateOptionError,
    CertificateSignatureError,
    SSHCertificate,
    parse_certificate,
)
from ssh_wire.keys._sshsig import SSHSigNamespaceError, sshsig_sign, sshsig_verify
from ssh_wire.messages import CertificateType, decode_certificate, encode_certificate

pytestmark = pytest.mark.interop

# ssh-keygen -t/-b per SSH key type.
KINDS: dict[str, list[str]] = {
    "ssh-ed25519": ["-t", "ed25519"],
    "ecdsa-sha2-nistp256": ["-t", "ecdsa", "-b", "256"],
    "ecdsa-sha2-nistp384": ["-t", "ecdsa", "-b", "384"],
    "ecdsa-sha2-nistp521": ["-t", "ecdsa", "-b", "521"],
    "ssh-rsa": ["-t", "rsa", "-b", "2048"],
    "ssh-dss": ["-t", "dsa", "-b", "1024"],
}
CA_TYPES = ["ssh-ed25519", "ecdsa-sha2-nistp256", "ssh-rsa", "ssh-dss"]
SUBJECT_TYPES = ["ssh-ed25519", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ssh-rsa", "ssh-dss"]
SIG_TYPES = sorted(KINDS)
# ssh-keygen -l / -L short names.
SHORT = {
    "ssh-ed25519": "ED25519",
    "ecdsa-sha2-nistp256": "ECDSA",
    "ecdsa-sha2-nistp384": "ECDSA",
    "ecdsa-sha2-nistp521": "ECDSA",
    "ssh-rsa": "RSA",
    "ssh-dss": "DSA",
}
# Every CA signature algorithm ssh-keygen may produce; check() defaults refuse ssh-dss.
ALL_CA_ALGORITHMS = {"ssh-ed25519", "ecdsa-sha2-nistp256", "rsa-sha2-512", "ssh-dss"}
AFTER = int(datetime(2020, 1, 2, 3, 4, 5, tzinfo=UTC).timestamp())
BEFORE = int(datetime(2099, 12, 31, 23, 59, 59, tzinfo=UTC).timestamp())
VALIDITY = "20200102030405:20991231235959"
NOW = AFTER + 1000
DATA = b"interop signed data\n" * 50


@dataclass(frozen=True)
class Keygen:
    """ssh-keygen, its work directory and the keys it made (``ca-TYPE``, ``user-TYPE``)."""

    program: str
    workdir: Path
    keys: dict[str, SSHKey]

    def path(self, name: str) -> Path:
        """Returns the private key file of key ``name`` (the public one adds ``.pub``)."""
        return self.workdir / name

    def run(
        self, *args: str | Path, stdin: bytes | None = None, check: bool = True
    ) -> subprocess.CompletedProcess[bytes]:
        """Run ssh-keygen with ``TZ=UTC``; returns the completed process (bytes output)."""
        env = {**os.environ, "TZ": "UTC"}
        result = subprocess.run(
            [self.program, *map(str, args)],
            input=stdin if stdin is not None else b"",
            capture_output=True,
            env=env,
            timeout=60,
            check=False,
        )
        if check and result.returncode != 0:
            pytest.fail(f"ssh-keygen {args} failed: {result.stderr.decode(errors='replace')}")
        return result

    def key(self, name: str) -> SSHKey:
        """Returns key ``name``, skipping the test when ssh-keygen could not make it."""
        if name not in self.keys:
            pytest.skip(f"this ssh-keygen cannot make {name} keys")
        return self.keys[name]


def _load_private(path: Path) -> SSHKey:
    from cryptography.hazmat.primitives.serialization import load_ssh_private_key

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CryptographyDeprecationWarning)  # DSA
        key = load_ssh_private_key(path.read_bytes(), None)
    return SSHKey(key, path.name)


@pytest.fixture(scope="module")
def keygen(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Keygen]:
    """Every key type made by ssh-keygen, twice: a CA set and a subject set."""
    program = shutil.which("ssh-keygen")
    if program is None:
        pytest.fail("ssh-keygen (OpenSSH) is not installed", pytrace=False)
    workdir = tmp_path_factory.mktemp("keygen")
    keys: dict[str, SSHKey] = {}
    for role in ("ca", "user"):
        for key_type, args in KINDS.items():
            name = f"{role}-{key_type}"
            made = subprocess.run(
                [program, "-q", "-N", "", "-C", name, *args, "-f", str(workdir / name)],
                capture_output=True,
                check=False,
            )
            if made.returncode != 0:
                assert key_type == "ssh-dss", made.stderr  # only DSA may be compiled out
                continue
            keys[name] = _load_private(workdir / name)
            public = (workdir / f"{name}.pub").read_text().split()
            assert public[0] == key_type and base64.b64decode(public[1]) == keys[name].public_blob
    yield Keygen(program, workdir, keys)


# -- ssh-keygen -L, rendered from our parse ------------------------------------------------


def _listing(keygen: Keygen, cert_file: Path) -> list[str]:
    """``ssh-keygen -L`` output, lines stripped, without the file name line."""
    out = keygen.run("-L", "-f", cert_file).stdout.decode()
    return [line.strip() for line in out.splitlines()[1:]]


def _when(value: int) -> str:
    return datetime.fromtimestamp(value, UTC).strftime("%Y-%m-%dT%H:%M:%S")


def _validity(cert: SSHCertificate) -> str:
    # sshkey.c sshkey_format_cert_validity
    if cert.valid_after == 0 and cert.valid_before == FOREVER:
        return "forever"
    if cert.valid_after == 0:
        return f"before {_when(cert.valid_before)}"
    if cert.valid_before == FOREVER:
        return f"after {_when(cert.valid_after)}"
    return f"from {_when(cert.valid_after)} to {_when(cert.valid_before)}"


def _options(cert: SSHCertificate, critical: bool) -> list[str]:
    # ssh-keygen.c show_options
    lines = []
    section = cert.critical_options if critical else cert.extensions
    for name, data in section.items():
        if critical and name in ("force-command", "source-address"):
            lines.append(f"{name} {option_string(name, data)}")
        elif name in (CRITICAL_OPTIONS if critical else FLAG_EXTENSIONS) and not data:
            lines.append(name)
        elif not data:
            lines.append(f"{name} UNKNOWN FLAG OPTION")
        else:
            lines.append(f"{name} UNKNOWN OPTION: {data.hex()} (len {len(data)})")
    return lines


def _render(cert: SSHCertificate) -> list[str]:
    """What ``ssh-keygen -L`` prints for ``cert``, as :func:`_listing` returns it."""
    plain = cert.key.type
    kind = "user" if cert.cert_type is CertificateType.USER else "host"
    lines = [
        f"Type: {cert.type} {kind} certificate",
        f"Public key: {SHORT[plain]}-CERT {cert.fingerprint()}",
        f"Signing CA: {SHORT[cert.signature_key.type]} {cert.signature_key.fingerprint()}"
        f" (using {cert.signature_algorithm})",
        f'Key ID: "{cert.key_id}"',
        f"Serial: {cert.serial}",
        f"Valid: {_validity(cert)}",
    ]
    for title, items in (
        ("Principals:", list(cert.principals)),
        ("Critical Options:", _options(cert, critical=True)),
        ("Extensions:", _options(cert, critical=False)),
    ):
        lines += [title, *items] if items else [f"{title} (none)"]
    return lines


def _read_cert(path: Path) -> SSHCertificate:
    kind, b64, comment = path.read_text().strip().split(" ", 2)
    cert = parse_certificate(base64.b64decode(b64), comment)
    assert cert.type == kind
    return cert


def _keygen_cert(keygen: Keygen, ca_type: str, subject_type: str, *extra: str) -> Path:
    """Certify ``user-SUBJECT`` with ``ca-CA`` using ssh-keygen -s; returns the cert file."""
    keygen.key(f"ca-{ca_type}")
    keygen.key(f"user-{subject_type}")
    subdir = keygen.workdir / f"s-{ca_type}-{subject_type}-{len(list(keygen.workdir.iterdir()))}"
    subdir.mkdir()
    public = subdir / "id.pub"
    shutil.copy(keygen.path(f"user-{subject_type}.pub"), public)
    keygen.run("-q", "-s", keygen.path(f"ca-{ca_type}"), *extra, public)
    return subdir / "id-cert.pub"


# -- certificates made by ssh-keygen -------------------------------------------------------


@pytest.mark.parametrize("subject_type", SUBJECT_TYPES)
@pytest.mark.parametrize("ca_type", CA_TYPES)
def test_ssh_keygen_user_certificates(keygen: Keygen, ca_type: str, subject_type: str) -> None:
    cert_file = _keygen_cert(
        keygen,
        ca_type,
        subject_type,
        *("-I", f"user {ca_type}/{subject_type}", "-n", "p1,p2", "-V", VALIDITY, "-z", "4242"),
        *("-O", "force-command=/bin/echo hi", "-O", "source-address=10.0.0.0/8,::1/128"),
        *("-O", "no-pty", "-O", "extension:custom@example.com=value"),
        *("-O", "extension:flag@example.com", "-O", "critical:crit@example.com=v"),
    )
    cert = _read_cert(cert_file)
    ca, subject = keygen.keys[f"ca-{ca_type}"], keygen.keys[f"user-{subject_type}"]
    assert cert.key.equals(subject) and cert.signature_key.equals(ca)
    assert cert.comment == f"user-{subject_type}"
    assert cert.cert_type is CertificateType.USER
    assert cert.key_id == f"user {ca_type}/{subject_type}" and cert.serial == 4242
    assert cert.principals == ("p1", "p2")
    assert (cert.valid_after, cert.valid_before) == (AFTER, BEFORE)
    assert cert.force_command == "/bin/echo hi"
    assert cert.source_address == ("10.0.0.0/8", "::1/128")
    assert not cert.permit_pty and cert.permit_x11_forwarding and cert.permit_user_rc
    assert cert.extensions["custom@example.com"] == b"\0\0\0\x05value"
    assert cert.verify_signature()
    assert _render(cert) == _listing(keygen, cert_file)
    # Our issuing writes the same sections byte for byte (sorting, value encoding).
    ours = issue_certificate(
        ca,
        subject,
        cert_type=CertificateType.USER,
        key_id=cert.key_id,
        critical_options={"force-command": "/bin/echo hi", "crit@example.com": "v",
                          "source-address": "10.0.0.0/8,::1/128"},
        extensions={**dict.fromkeys(["permit-X11-forwarding", "permit-agent-forwarding",
                                     "permit-port-forwarding", "permit-user-rc",
                                     "flag@example.com"]), "custom@example.com": "value"},
    )  # fmt: skip
    theirs = decode_certificate(cert.blob)
    mine = decode_certificate(ours.blob)
    assert (mine.critical_options, mine.extensions) == (theirs.critical_options, theirs.extensions)
    assert ours.signature_algorithm == cert.signature_algorithm
    # Valid, but its unknown critical option must be refused.
    algorithms = ALL_CA_ALGORITHMS
    with pytest.raises(CertificateOptionError, match=r"crit@example\.com"):
        cert.check("p1", now=NOW, ca_keys=[ca], ca_signature_algorithms=algorithms)


@pytest.mark.parametrize("ca_type", CA_TYPES)
def test_ssh_keygen_host_certificates(keygen: Keygen, ca_type: str) -> None:
    cert_file = _keygen_cert(
        keygen, ca_type, "ssh-ed25519", "-h", "-I", "host", "-n", "h.example", "-V", VALIDITY
    )
    cert = _read_cert(cert_file)
    ca = keygen.keys[f"ca-{ca_type}"]
    assert cert.cert_type is CertificateType.HOST and cert.principals == ("h.example",)
    assert dict(cert.critical_options) == {} and dict(cert.extensions) == {}
    assert _render(cert) == _listing(keygen, cert_file)
    algorithms = ALL_CA_ALGORITHMS
    cert.check("h.example", NOW, CertificateType.HOST, [ca], ca_signature_algorithms=algorithms)
    with pytest.raises(CertificateCAError):
        cert.check("h.example", NOW, CertificateType.HOST, [keygen.keys["user-ssh-ed25519"]],
                   ca_signature_algorithms=algorithms)  # fmt: skip


def test_ssh_keygen_validity_forms_and_sha256_rsa(keygen: Keygen) -> None:
    for validity, bounds in [
        ("always:forever", (0, FOREVER)),
        ("always:20300101", (0, int(datetime(2030, 1, 1, tzinfo=UTC).timestamp()))),
        ("20200101:forever", (int(datetime(2020, 1, 1, tzinfo=UTC).timestamp()), FOREVER)),
    ]:
        cert_file = _keygen_cert(keygen, "ssh-rsa", "ssh-ed25519", "-I", "v", "-V", validity)
        cert = _read_cert(cert_file)
        assert (cert.valid_after, cert.valid_before) == bounds
        assert cert.signature_algorithm == "rsa-sha2-512"
        assert _render(cert) == _listing(keygen, cert_file)
    cert_file = _keygen_cert(keygen, "ssh-rsa", "ssh-ed25519", "-I", "x", "-t", "rsa-sha2-256")
    cert = _read_cert(cert_file)
    assert cert.signature_algorithm == "rsa-sha2-256" and cert.verify_signature()
    cert.check(ca_keys=[keygen.keys["ca-ssh-rsa"]])


def test_expired_not_yet_valid_and_wrongly_signed_are_refused(keygen: Keygen) -> None:
    ca = keygen.keys["ca-ssh-ed25519"]
    expired = _read_cert(
        _keygen_cert(keygen, "ssh-ed25519", "ssh-rsa", "-I", "old", "-V", "20000101:20010101")
    )
    assert expired.verify_signature()
    with pytest.raises(CertificateExpiredError):
        expired.check(ca_keys=[ca])
    future = _read_cert(
        _keygen_cert(keygen, "ssh-ed25519", "ssh-rsa", "-I", "new", "-V", "20900101:20910101")
    )
    with pytest.raises(CertificateNotYetValidError):
        future.check(ca_keys=[ca])
    # Re-signed by another key while still naming the CA: we and ssh-keygen both refuse it.
    good_file = _keygen_cert(keygen, "ssh-ed25519", "ssh-rsa", "-I", "good", "-n", "u")
    good = _read_cert(good_file)
    good.check("u", ca_keys=[ca])
    impostor = keygen.keys["user-ssh-ed25519"]
    forged_blob = good.signed_data + _string(impostor.sign(good.signed_data))
    forged = parse_certificate(forged_blob)
    assert not forged.verify_signature()
    with pytest.raises(CertificateSignatureError):
        forged.check("u", ca_keys=[ca])
    forged_file = good_file.with_name("forged-cert.pub")
    forged_file.write_text(forged.openssh_public_line() + "\n")
    assert keygen.run("-L", "-f", forged_file, check=False).returncode != 0


def _string(data: bytes) -> bytes:
    return len(data).to_bytes(4, "big") + data


# -- certificates we issue, read by ssh-keygen ---------------------------------------------


@pytest.mark.parametrize("subject_type", ["ssh-ed25519", "ecdsa-sha2-nistp521", "ssh-rsa"])
@pytest.mark.parametrize("ca_type", CA_TYPES)
def test_our_certificates_read_by_ssh_keygen(
    keygen: Keygen, ca_type: str, subject_type: str
) -> None:
    ca = keygen.key(f"ca-{ca_type}")
    subject = keygen.key(f"user-{subject_type}").public_key()
    user = issue_certificate(
        ca,
        subject,
        cert_type=CertificateType.USER,
        key_id=f"ours {ca_type}",
        principals=["alice", "bob"],
        valid_after=AFTER,
        valid_before=BEFORE,
        serial=2**63 + 5,
        critical_options={
            "source-address": "192.0.2.0/24",
            "force-command": "internal-sftp",
            "verify-required": None,
            "zz@example.com": b"\x01\x02",
        },
        extensions={
            "permit-pty": None,
            "no-touch-required": None,
            "x@example.com": "text",
            "a@example.com": None,
        },
        comment="our cert",
    )
    host = issue_certificate(
        ca,
        subject,
        cert_type=CertificateType.HOST,
        key_id="",
        valid_before=BEFORE,
    )
    for n, cert in enumerate((user, host)):
        path = keygen.workdir / f"ours-{ca_type}-{subject_type}-{n}-cert.pub"
        path.write_text(cert.openssh_public_line() + "\n")
        assert _render(cert) == _listing(keygen, path)
    # The serial changed after signing: ssh-keygen refuses it as we do.
    fields = decode_certificate(user.blob)
    bad = parse_certificate(encode_certificate(dataclasses.replace(fields, serial=1)))
    assert not bad.verify_signature()
    path = keygen.workdir / f"bad-{ca_type}-{subject_type}-cert.pub"
    path.write_text(bad.openssh_public_line() + "\n")
    assert keygen.run("-L", "-f", path, check=False).returncode != 0
    assert encode_certificate(decode_certificate(user.blob)) == user.blob


# -- SSHSIG ---------------------------------------------------------------------------------


def _allowed_signers(keygen: Keygen, key: SSHKey, name: str) -> Path:
    path = keygen.workdir / f"allowed-{name}"
    public = key.public_key()
    public.comment = ""
    path.write_text(f'signer@example namespaces="file" {public.openssh_public_line()}\n')
    return path


@pytest.mark.parametrize("key_type", SIG_TYPES)
def test_ssh_keygen_signatures_verify_with_ours(keygen: Keygen, key_type: str) -> None:
    key = keygen.key(f"user-{key_type}")
    for hash_args, hash_name in (((), "sha512"), (("-O", "hashalg=sha256"), "sha256")):
        path = keygen.path(f"user-{key_type}")
        armored = keygen.run("-Y", "sign", "-f", path, "-n", "file", *hash_args, stdin=DATA).stdout
        signer = sshsig_verify(armored, DATA, "file", allowed_keys=[key])
        assert signer.equals(key)
        with pytest.raises(SSHSigNamespaceError):
            sshsig_verify(armored, DATA, "git")
        if key_type in ("ssh-ed25519", "ssh-rsa"):
            # Deterministic signatures: ours is byte for byte ssh-keygen's.
            assert sshsig_sign(key, DATA, "file", hash_name) == armored.decode()


@pytest.mark.parametrize("key_type", SIG_TYPES)
def test_our_signatures_verify_with_ssh_keygen(keygen: Keygen, key_type: str) -> None:
    key = keygen.key(f"user-{key_type}")
    allowed = _allowed_signers(keygen, key, key_type)
    for hash_name in ("sha512", "sha256"):
        sig = keygen.workdir / f"ours-{key_type}-{hash_name}.sig"
        sig.write_text(sshsig_sign(key, DATA, "file", hash_name))
        verify = ("-Y", "verify", "-f", allowed, "-I", "signer@example", "-n", "file", "-s", sig)
        result = keygen.run(*verify, stdin=DATA)
        assert b'Good "file" signature for signer@example' in result.stdout
        assert keygen.run(*verify, stdin=DATA + b"x", check=False).returncode != 0
    wrong_namespace = keygen.workdir / f"ours-{key_type}-git.sig"
    wrong_namespace.write_text(sshsig_sign(key, DATA, "git"))
    base = ("-Y", "verify", "-f", allowed, "-I", "signer@example", "-n", "file")
    assert keygen.run(*base, "-s", wrong_namespace, stdin=DATA, check=False).returncode != 0
