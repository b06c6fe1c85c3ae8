"""known_hosts parsing, matching and checking (sshd(8) "SSH_KNOWN_HOSTS FILE FORMAT")."""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from pathlib import Path

import pytest

from ssh_engine._hostkeys import (
    KnownHosts,
    Marker,
    Verdict,
    add_entry,
    format_entry,
    hash_host_name,
    host_lookup_name,
    match_host_patterns,
    match_pattern,
)
from ssh_wire.keys import (
    CertificateType,
    SSHCertificate,
    SSHKey,
    generate_key,
    issue_certificate,
)

HOST_KEY = generate_key("ed25519").public_key()
OTHER_KEY = generate_key("ed25519").public_key()
ECDSA_KEY = generate_key("ecdsa").public_key()
CA = generate_key("ed25519")
OTHER_CA = generate_key("ed25519")


def line(hosts: str, key: SSHKey, marker: str = "", comment: str = "") -> str:
    text = f"{hosts} {key.type} {base64.b64encode(key.public_blob).decode()}"
    if marker:
        text = f"{marker} {text}"
    return f"{text} {comment}" if comment else text


def host_cert(
    principals: tuple[str, ...] = ("server.example.com",),
    ca: SSHKey = CA,
    cert_type: CertificateType = CertificateType.HOST,
    valid_after: int = 0,
    valid_before: int = 2**64 - 1,
    key: SSHKey = HOST_KEY,
) -> SSHCertificate:
    return issue_certificate(
        ca,
        key,
        cert_type=cert_type,
        key_id="host",
        principals=principals,
        valid_after=valid_after,
        valid_before=valid_before,
    )


# -- patterns -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "pattern", "expected"),
    [
        ("host", "host", True),
        ("host", "hos", False),
        ("host", "h*", True),
        ("host", "*", True),
        ("", "*", True),
        ("host", "h?st", True),
        ("hst", "h?st", False),
        ("a.b.example.com", "*.example.com", True),
        ("example.com", "*.example.com", False),
        ("abc", "a*b*c", True),
        ("abbbc", "a*b*c", True),
        ("ac", "a*b*c", False),
        ("aaaa", "a*a*a*a", True),
        ("10.0.0.7", "10.0.0.?", True),
        ("10.0.0.17", "10.0.0.?", False),
        ("[host]:2222", "[host]:2222", True),
        ("[host]:2222", "[h*]:22*", True),
    ],
)
def test_match_pattern(name: str, pattern: str, expected: bool) -> None:
    assert match_pattern(name, pattern) is expected


def test_pattern_lists_and_negation_precedence() -> None:
    assert match_host_patterns("a.example.com", "x,*.example.com")
    assert not match_host_patterns("a.example.com", "*.example.com,!a.example.com")
    # A negated match wins whatever the order.
    assert not match_host_patterns("a.example.com", "!a.example.com,*.example.com")
    assert match_host_patterns("b.example.com", "!a.example.com,*.example.com")
    # Negation alone never matches.
    assert not match_host_patterns("b.example.com", "!a.example.com")
    assert match_host_patterns("HOST.Example.COM", "host.example.com")
    assert match_host_patterns("host.example.com", "HOST.*")


def test_lookup_name() -> None:
    assert host_lookup_name("Host") == "host"
    assert host_lookup_name("host", None) == "host"
    assert host_lookup_name("host", 2222) == "[host]:2222"
    assert host_lookup_name("::1", 2222) == "[::1]:2222"


# -- lookup -------------------------------------------------------------------------------


def test_lookup_plain_ports_and_wildcards() -> None:
    kh = KnownHosts.parse(
        "\n".join(
            [
                "# a comment",
                "",
                "   ",
                line("server.example.com,10.0.0.1", HOST_KEY),
                line("[server.example.com]:2222", OTHER_KEY),
                line("*.corp,!bad.corp", ECDSA_KEY),
            ]
        )
    )
    assert kh.skipped_count == 0
    assert len(kh) == 3
    assert [e.key for e in kh.lookup("server.example.com")] == [HOST_KEY]
    assert [e.key for e in kh.lookup("10.0.0.1", 22)] == [HOST_KEY]
    assert [e.key for e in kh.lookup("server.example.com", 2222)] == [OTHER_KEY]
    assert kh.lookup("server.example.com", 2200) == []
    assert [e.key for e in kh.lookup("x.corp")] == [ECDSA_KEY]
    assert kh.lookup("bad.corp") == []
    assert kh.known_key_types("server.example.com") == ["ssh-ed25519"]


def test_hashed_entries() -> None:
    hashed = hash_host_name("server.example.com")
    hashed_port = hash_host_name("[server.example.com]:2222")
    kh = KnownHosts.parse(line(hashed, HOST_KEY) + "\n" + line(hashed_port, OTHER_KEY))
    assert kh.entries[0].is_hashed
    assert [e.key for e in kh.lookup("server.example.com")] == [HOST_KEY]
    assert [e.key for e in kh.lookup("SERVER.example.com")] == [HOST_KEY]
    assert [e.key for e in kh.lookup("server.example.com", 2222)] == [OTHER_KEY]
    assert kh.lookup("other.example.com") == []


def test_hash_host_name_known_vector() -> None:
    salt = bytes(range(20))
    digest = hmac.new(salt, b"host", hashlib.sha1).digest()
    expected = f"|1|{base64.b64encode(salt).decode()}|{base64.b64encode(digest).decode()}"
    assert hash_host_name("host", salt) == expected
    with pytest.raises(ValueError):
        hash_host_name("host", b"short")


def test_malformed_lines_are_skipped_and_counted() -> None:
    good = line("good", HOST_KEY)
    blob = base64.b64encode(HOST_KEY.public_blob).decode()
    text = "\n".join(
        [
            "only-a-host",
            "host ssh-ed25519",
            "host ssh-ed25519 !!!notbase64",
            f"host ssh-rsa {blob}",  # type mismatch
            "host ssh-ed25519 AAAA",  # corrupt blob
            f"@bogus host ssh-ed25519 {blob}",
            f"|1|abc|def ssh-ed25519 {blob}",  # bad hashed name
            f"! ssh-ed25519 {blob}",  # empty pattern list
            "@revoked",
            "1024 35 12345",  # SSH-1 style line without hosts
            good,
        ]
    )
    kh = KnownHosts.parse(text, source="f")
    assert [e.key for e in kh] == [HOST_KEY]
    assert kh.skipped_count == 10
    assert [s.line_number for s in kh.skipped] == list(range(1, 11))
    assert all(s.source == "f" and s.reason for s in kh.skipped)


def test_bytes_input_with_bad_utf8_and_crlf() -> None:
    data = b"\xff\xfe bad\r\n" + line("good", HOST_KEY).encode() + b"\r\n"
    kh = KnownHosts.parse(data)
    assert kh.skipped_count == 1
    assert [e.key for e in kh.lookup("good")] == [HOST_KEY]


def test_comment_kept_and_markers() -> None:
    kh = KnownHosts.parse(
        line("h", HOST_KEY, comment="my comment here")
        + "\n"
        + line("*", CA.public_key(), marker="@cert-authority")
        + "\n"
        + line("h", OTHER_KEY, marker="@revoked")
    )
    assert [e.marker for e in kh] == [Marker.NONE, Marker.CERT_AUTHORITY, Marker.REVOKED]
    assert kh.entries[0].comment == "my comment here"


def test_load_multiple_files_and_missing(tmp_path: Path) -> None:
    a = tmp_path / "a"
    b = tmp_path / "b"
    a.write_text(line("one", HOST_KEY) + "\n")
    b.write_text(line("two", OTHER_KEY) + "\nbroken\n")
    kh = KnownHosts.load([a, tmp_path / "missing", str(b)])
    assert kh.paths == [a, tmp_path / "missing", b]
    assert kh.check("one", 22, HOST_KEY) is Verdict.ACCEPTED
    assert kh.check("two", 22, OTHER_KEY) is Verdict.ACCEPTED
    assert kh.skipped[0].source == str(b)
    assert KnownHosts.load(a).check("one", 22, HOST_KEY) is Verdict.ACCEPTED


# -- check --------------------------------------------------------------------------------


def test_accepted_changed_unknown() -> None:
    kh = KnownHosts.parse(line("h", HOST_KEY) + "\n" + line("[h]:2222", OTHER_KEY))
    assert kh.check("h", 22, HOST_KEY) is Verdict.ACCEPTED
    changed = kh.check_key("h", 22, OTHER_KEY)
    assert changed.verdict is Verdict.CHANGED
    assert HOST_KEY.fingerprint() in changed.reason
    # A key of another type for a known host is also a change (stricter than ssh).
    assert kh.check("h", 22, ECDSA_KEY) is Verdict.CHANGED
    assert kh.check("h", 2222, OTHER_KEY) is Verdict.ACCEPTED
    assert kh.check("h", 2222, HOST_KEY) is Verdict.CHANGED
    assert kh.check("nobody", 22, HOST_KEY) is Verdict.UNKNOWN
    assert kh.check("h", 2200, HOST_KEY) is Verdict.UNKNOWN


def test_negated_entry_does_not_make_host_known() -> None:
    kh = KnownHosts.parse(line("*.corp,!h.corp", HOST_KEY))
    assert kh.check("x.corp", 22, HOST_KEY) is Verdict.ACCEPTED
    assert kh.check("h.corp", 22, OTHER_KEY) is Verdict.UNKNOWN


def test_revoked_key_refused_even_if_listed() -> None:
    kh = KnownHosts.parse(line("h", HOST_KEY) + "\n" + line("*", HOST_KEY, marker="@revoked"))
    assert kh.check("h", 22, HOST_KEY) is Verdict.REVOKED
    assert kh.check("elsewhere", 22, HOST_KEY) is Verdict.REVOKED
    assert kh.check("h", 22, OTHER_KEY) is Verdict.CHANGED


def test_cert_authority() -> None:
    kh = KnownHosts.parse(line("*.example.com", CA.public_key(), marker="@cert-authority"))
    cert = host_cert()
    assert kh.check("server.example.com", 22, cert) is Verdict.ACCEPTED
    # ssh(1) looks [host]:2222 up, which *.example.com does not match.
    assert kh.check("server.example.com", 2222, cert) is Verdict.UNKNOWN
    ported = KnownHosts.parse(line("[*.example.com]:2222", CA.public_key(), "@cert-authority"))
    assert ported.check("server.example.com", 2222, cert) is Verdict.ACCEPTED
    # The CA key itself is not a host key, and a plain key is unknown.
    assert kh.check("server.example.com", 22, CA.public_key()) is Verdict.UNKNOWN
    assert kh.check("server.example.com", 22, HOST_KEY) is Verdict.UNKNOWN
    # CA trusted only for *.example.com.
    assert kh.check("server.other.org", 22, host_cert(("server.other.org",))) is Verdict.UNKNOWN


def test_cert_authority_refusals() -> None:
    kh = KnownHosts.parse(line("*", CA.public_key(), marker="@cert-authority"))
    name = "server.example.com"
    expired = host_cert(valid_before=int(time.time()) - 10)
    assert kh.check(name, 22, expired) is Verdict.INVALID_CERTIFICATE
    future = host_cert(valid_after=int(time.time()) + 3600)
    assert kh.check(name, 22, future) is Verdict.INVALID_CERTIFICATE
    assert kh.check(name, 22, expired, now=time.time() - 3600) is Verdict.ACCEPTED
    wrong_principal = host_cert(("other.example.com",))
    result = kh.check_key(name, 22, wrong_principal)
    assert result.verdict is Verdict.INVALID_CERTIFICATE
    assert "principal" in result.reason
    user_cert = host_cert(cert_type=CertificateType.USER)
    assert kh.check(name, 22, user_cert) is Verdict.INVALID_CERTIFICATE
    wrong_ca = host_cert(ca=OTHER_CA)
    assert kh.check(name, 22, wrong_ca) is Verdict.UNKNOWN
    # Host certificate principals may be wildcards (ssh(1) since OpenSSH 8.5).
    assert kh.check(name, 22, host_cert(("*.example.com",))) is Verdict.ACCEPTED
    assert kh.check("example.com", 22, host_cert(("*.example.com",))) is not Verdict.ACCEPTED
    assert kh.check(name, 22, host_cert(("SERVER.example.com",))) is not Verdict.ACCEPTED
    # An empty principal list means any host, as in ssh(1).
    assert kh.check(name, 22, host_cert(())) is Verdict.ACCEPTED


def test_cert_from_unknown_ca_falls_back_to_plain_key() -> None:
    kh = KnownHosts.parse(line("h", HOST_KEY))
    assert kh.check("h", 22, host_cert(("h",), ca=OTHER_CA)) is Verdict.ACCEPTED
    kh2 = KnownHosts.parse(line("h", OTHER_KEY))
    assert kh2.check("h", 22, host_cert(("h",), ca=OTHER_CA)) is Verdict.CHANGED


def test_revoked_ca_and_revoked_certified_key() -> None:
    ca_line = line("*", CA.public_key(), marker="@cert-authority")
    cert = host_cert()
    revoked_ca = KnownHosts.parse(ca_line + "\n" + line("*", CA.public_key(), marker="@revoked"))
    result = revoked_ca.check_key("server.example.com", 22, cert)
    assert result.verdict is Verdict.REVOKED
    assert "CA" in result.reason
    revoked_key = KnownHosts.parse(ca_line + "\n" + line("*", HOST_KEY, marker="@revoked"))
    assert revoked_key.check("server.example.com", 22, cert) is Verdict.REVOKED


def test_in_memory_add() -> None:
    kh = KnownHosts()
    kh.add("H", 2222, generate_key("ed25519"))
    assert len(kh.lookup("h", 2222)) == 1
    assert kh.lookup("h", 2222)[0].key.is_private is False


# -- add_entry ----------------------------------------------------------------------------


@pytest.mark.parametrize("hashed", [True, False])
@pytest.mark.parametrize("port", [22, 2222])
def test_add_entry_round_trip(tmp_path: Path, hashed: bool, port: int) -> None:
    path = tmp_path / "known_hosts"
    written = add_entry(path, "Server.Example.com", port, HOST_KEY, hashed=hashed)
    add_entry(path, "second", None, OTHER_KEY, hashed=hashed)
    text = path.read_text()
    assert text.endswith("\n")
    assert text.splitlines()[0] == written
    fields = written.split(" ")
    assert len(fields) == 3
    assert fields[1] == "ssh-ed25519"
    if hashed:
        assert fields[0].startswith("|1|")
    else:
        assert fields[0] == host_lookup_name("server.example.com", port)
    kh = KnownHosts.load(path)
    assert kh.skipped_count == 0
    assert kh.check("server.example.com", port, HOST_KEY) is Verdict.ACCEPTED
    assert kh.check("second", 22, OTHER_KEY) is Verdict.ACCEPTED


def test_add_entry_fixes_missing_final_newline(tmp_path: Path) -> None:
    path = tmp_path / "known_hosts"
    path.write_text(line("a", HOST_KEY))
    add_entry(path, "b", 22, OTHER_KEY, hashed=False)
    kh = KnownHosts.load(path)
    assert kh.skipped_count == 0
    assert len(kh) == 2


def test_add_entry_refuses_certificate() -> None:
    with pytest.raises(ValueError):
        format_entry("h", 22, host_cert())  # type: ignore[arg-type]
