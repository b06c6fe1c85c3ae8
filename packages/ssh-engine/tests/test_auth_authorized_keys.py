"""Unit tests for the authorized_keys / TrustedUserCAKeys checkers (sshd(8) semantics)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ssh_engine._auth._authorized_keys import (
    AuthorizedKey,
    AuthorizedKeys,
    AuthorizedKeysError,
    ForcedCommandConflictError,
    KeyOptions,
    TrustedUserCAKeys,
    from_allows,
    parse_authorized_principals,
    parse_key_options,
)
from ssh_wire.keys import (
    CertificateType,
    SSHCertificate,
    SSHKey,
    generate_key,
    issue_certificate,
    parse_certificate,
)

NOW = datetime(2030, 6, 1, 12, 0, tzinfo=UTC)
T = int(NOW.timestamp())
ADDR = "192.0.2.10"


@pytest.fixture(scope="module")
def user() -> SSHKey:
    return generate_key("ed25519")


@pytest.fixture(scope="module")
def ca() -> SSHKey:
    return generate_key("ed25519")


@pytest.fixture(scope="module")
def other_ca() -> SSHKey:
    return generate_key("ecdsa", 256)


def line(key: SSHKey, options: str = "", comment: str = "") -> str:
    text = key.public_key().openssh_public_line()
    text = f"{options} {text}" if options else text
    return f"{text} {comment}" if comment else text


def cert(
    ca: SSHKey,
    key: SSHKey,
    principals: tuple[str, ...] = ("alice",),
    *,
    kind: CertificateType = CertificateType.USER,
    after: int = T - 3600,
    before: int = T + 3600,
    critical: dict[str, str | None] | None = None,
    extensions: dict[str, str | None] | None = None,
) -> SSHCertificate:
    return issue_certificate(
        ca,
        key,
        cert_type=kind,
        key_id="test",
        principals=principals,
        valid_after=after,
        valid_before=before,
        critical_options=dict(critical or {}),
        extensions=None if extensions is None else dict(extensions),
    )


# -- option parsing ---------------------------------------------------------------------------


def test_defaults_permit_everything() -> None:
    opts = parse_key_options("")
    assert opts == KeyOptions()
    assert opts.allows_pty and opts.allows_port_forwarding and opts.allows_agent_forwarding
    assert opts.allows_x11_forwarding and opts.allows_user_rc
    assert opts.command is None and opts.principals is None and opts.expiry is None


@pytest.mark.parametrize(
    ("flag", "prop"),
    [
        ("pty", "allows_pty"),
        ("port-forwarding", "allows_port_forwarding"),
        ("agent-forwarding", "allows_agent_forwarding"),
        ("X11-forwarding", "allows_x11_forwarding"),
        ("user-rc", "allows_user_rc"),
    ],
)
def test_negatable_flags(flag: str, prop: str) -> None:
    assert getattr(parse_key_options(f"no-{flag}"), prop) is False
    assert getattr(parse_key_options(f"NO-{flag.upper()}"), prop) is False
    assert getattr(parse_key_options(f"restrict,{flag}"), prop) is True
    # Options apply in order: restrict after the positive one switches it off again.
    assert getattr(parse_key_options(f"{flag},restrict"), prop) is False
    assert getattr(parse_key_options(f"no-{flag},{flag}"), prop) is True


def test_restrict_turns_everything_off() -> None:
    opts = parse_key_options("restrict")
    assert opts.restricted
    assert not any(
        (
            opts.allows_pty,
            opts.allows_port_forwarding,
            opts.allows_agent_forwarding,
            opts.allows_x11_forwarding,
            opts.allows_user_rc,
        )
    )


def test_plain_flags() -> None:
    opts = parse_key_options("Cert-Authority,verify-required,no-touch-required")
    assert opts.cert_authority and opts.verify_required and opts.no_touch_required


def test_command_quoting() -> None:
    opts = parse_key_options(r'command="echo \"a b\" \\n, done"')
    assert opts.command == r'echo "a b" \\n, done'
    assert parse_key_options('COMMAND=""').command == ""


def test_environment_first_wins_and_validates() -> None:
    opts = parse_key_options('environment="A=1",environment="B_2=x=y",environment="A=2"')
    assert opts.environment == (("A", "1"), ("B_2", "x=y"))
    for bad in ('environment="=x"', 'environment="A-B=1"', 'environment="NOEQUALS"'):
        with pytest.raises(AuthorizedKeysError):
            parse_key_options(bad)


def test_expiry_time_forms() -> None:
    assert parse_key_options('expiry-time="20300102Z"').expiry == datetime(2030, 1, 2, tzinfo=UTC)
    assert parse_key_options('expiry-time="203001020304z"').expiry == datetime(
        2030, 1, 2, 3, 4, tzinfo=UTC
    )
    assert parse_key_options('expiry-time="20300102030405UTC"').expiry == datetime(
        2030, 1, 2, 3, 4, 5, tzinfo=UTC
    )
    local = datetime(2030, 1, 2, 3, 4).astimezone().astimezone(UTC)
    assert parse_key_options('expiry-time="203001020304"').expiry == local
    # Repeated: the earliest wins.
    both = parse_key_options('expiry-time="20310101Z",expiry-time="20300101Z"')
    assert both.expiry == datetime(2030, 1, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    "value", ["2030010", "2030010203", "20301301Z", "20300230", "abcdefgh", "Z", "19700101Z", ""]
)
def test_expiry_time_invalid(value: str) -> None:
    with pytest.raises(AuthorizedKeysError):
        parse_key_options(f'expiry-time="{value}"')


def test_permitopen_and_permitlisten() -> None:
    opts = parse_key_options(
        'permitopen="host:22",permitopen="[::1]:*",permitopen="10.0.0.1/80",'
        'permitlisten="8080",permitlisten="localhost:*",permitlisten="[::1]:22000"'
    )
    assert opts.permit_open == (("host", 22), ("::1", None), ("10.0.0.1", 80))
    assert opts.permit_listen == (("*", 8080), ("localhost", None), ("::1", 22000))
    assert opts.permits_open("host", 22) and not opts.permits_open("host", 23)
    assert opts.permits_open("::1", 5) and not opts.permits_open("HOST", 22)
    assert opts.permits_listen("anything", 8080) and opts.permits_listen("localhost", 1)
    assert not opts.permits_listen("other", 1)
    assert not parse_key_options('no-port-forwarding,permitopen="h:1"').permits_open("h", 1)
    assert parse_key_options("").permits_open("x", 1)


@pytest.mark.parametrize(
    "bad",
    [
        'permitopen="host"',
        'permitopen="host:0"',
        'permitopen="host:65536"',
        'permitopen="host:http"',
        'permitopen="[::1"',
        'permitopen="[::1]x:1"',
        'permitlisten="0"',
    ],
)
def test_permit_invalid(bad: str) -> None:
    with pytest.raises(AuthorizedKeysError):
        parse_key_options(bad)


def test_tunnel_principals_from() -> None:
    assert parse_key_options('tunnel="0"').tunnel == 0
    assert parse_key_options('tunnel="ANY"').tunnel is None
    for bad in ('tunnel="-1"', 'tunnel="x"', 'tunnel="2147483646"'):
        with pytest.raises(AuthorizedKeysError):
            parse_key_options(bad)
    assert parse_key_options('principals="a,b"').principals == ("a", "b")
    assert parse_key_options('from="*.example.com,!bad.example.com"').from_patterns == (
        "*.example.com",
        "!bad.example.com",
    )


@pytest.mark.parametrize(
    "bad",
    [
        'listen="80"',  # sshd has only permitlisten
        "bogus",
        "pty=yes",
        "command",
        "command=unquoted",
        'command="unterminated',
        'command="a",command="b"',
        'principals="a",principals="b"',
        'from="a",from="b"',
        'from="x"junk',
        "pty,",
        "pty;no-pty",
        "rest rict",  # stops at the blank: "rest" is unknown
    ],
)
def test_invalid_options(bad: str) -> None:
    with pytest.raises(AuthorizedKeysError):
        parse_key_options(bad)


def test_empty_options_are_passed_over() -> None:
    # As sshd, which only looks for a comma after each option.
    assert not parse_key_options(",no-pty").allows_pty
    assert not parse_key_options("pty,,no-pty").allows_pty
    assert not parse_key_options("no-pty, rest-of-line").allows_pty


# -- file parsing -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "bits"), [("ed25519", None), ("ecdsa", 256), ("ecdsa", 384), ("ecdsa", 521)]
)
def test_key_types(kind: str, bits: int | None) -> None:
    key = generate_key(kind, bits)
    parsed = AuthorizedKeys.parse(line(key, "no-pty", "me@host") + "\n")
    assert not parsed.problems
    (entry,) = parsed.entries
    assert entry.key.equals(key) and not entry.key.is_private
    assert entry.comment == "me@host" and entry.line_number == 1
    assert not entry.options.allows_pty


def test_rsa_key() -> None:
    key = generate_key("rsa", 2048)
    parsed = AuthorizedKeys.parse(line(key))
    assert parsed.match(key.public_key(), username="u", client_address=ADDR) is not None


def test_comments_blank_and_bad_lines(user: SSHKey, ca: SSHKey) -> None:
    text = "\n".join(
        [
            "# comment",
            "",
            "   ",
            "\t# indented comment",
            line(user, 'command="ls"'),
            line(user, "bogus-option"),
            "ssh-ed25519 not-base64!",
            'command="unterminated ' + line(user),
            line(ca, "cert-authority", "the CA"),
            cert(ca, user).openssh_public_line(),
            "  " + line(user) + "\r",
        ]
    )
    parsed = AuthorizedKeys.parse(text, source="ak")
    assert [e.line_number for e in parsed.entries] == [5, 9, 11]
    assert [n for n, _ in parsed.problems] == [6, 7, 8, 10]
    assert "unknown key option" in parsed.problems[0][1]
    assert parsed.entries[1].options.cert_authority and parsed.entries[1].comment == "the CA"
    assert "ak" in repr(parsed) and len(parsed) == 3


def test_load_and_bytes(tmp_path: Path, user: SSHKey) -> None:
    path = tmp_path / "authorized_keys"
    path.write_bytes(line(user).encode() + b"\n\xff\xfe junk\n")
    parsed = AuthorizedKeys.load(path)
    assert len(parsed.entries) == 1 and parsed.problems[0][0] == 2
    assert parsed.source == str(path)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_parse_never_raises(text: str) -> None:
    parsed = AuthorizedKeys.parse(text)
    assert len(parsed.entries) + len(parsed.problems) <= text.count("\n") + 1
    assert all(isinstance(o, KeyOptions) for _, o in parse_authorized_principals(text))
    try:
        opts = parse_key_options(text)
    except AuthorizedKeysError:
        return
    assert isinstance(opts, KeyOptions)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["pty", "no-pty", "restrict"]), min_size=1, max_size=6))
def test_pty_follows_last_relevant_option(flags: list[str]) -> None:
    assert parse_key_options(",".join(flags)).allows_pty == (flags[-1] == "pty")


# -- plain key matching ---------------------------------------------------------------------


def test_plain_key_match(user: SSHKey, ca: SSHKey) -> None:
    other = generate_key()
    parsed = AuthorizedKeys.parse(line(ca, "cert-authority") + "\n" + line(user, "no-pty"))
    found = parsed.match(user.public_key(), username="u", client_address=ADDR, now=NOW)
    assert isinstance(found, AuthorizedKey) and found.line_number == 2
    assert parsed.match(other, username="u", client_address=ADDR) is None
    # A CA line never admits the CA key itself.
    assert parsed.match(ca.public_key(), username="u", client_address=ADDR) is None


def test_first_acceptable_line_wins(user: SSHKey) -> None:
    text = "\n".join(
        [line(user, 'from="10.0.0.0/8",command="a"'), line(user, 'command="b"'), line(user)]
    )
    found = AuthorizedKeys.parse(text).match(user, username="u", client_address=ADDR)
    assert found is not None and found.options.command == "b"


def test_principals_on_plain_line_denies(user: SSHKey) -> None:
    parsed = AuthorizedKeys.parse(line(user, 'principals="u"'))
    assert parsed.match(user, username="u", client_address=ADDR) is None


def test_expiry_matching(user: SSHKey) -> None:
    parsed = AuthorizedKeys.parse(line(user, 'expiry-time="20300601120000Z"'))
    assert parsed.match(user, username="u", client_address=ADDR, now=NOW) is not None
    later = NOW + timedelta(seconds=1)
    assert parsed.match(user, username="u", client_address=ADDR, now=later) is None
    assert parsed.match(user, username="u", client_address=ADDR, now=T + 1) is None
    assert parsed.entries[0].options.is_expired(later)
    # Without "now" the current time is used: a date in 2000 has passed.
    old = AuthorizedKeys.parse(line(user, 'expiry-time="20000101Z"'))
    assert old.match(user, username="u", client_address=ADDR) is None


@pytest.mark.parametrize(
    ("patterns", "address", "host", "expected"),
    [
        ("192.0.2.0/24", "192.0.2.10", None, True),
        ("192.0.2.0/25,!192.0.2.10", "192.0.2.10", None, False),
        ("!192.0.2.0/24,*", "192.0.2.10", None, False),
        ("!10.0.0.0/8,*", "192.0.2.10", None, True),
        ("192.0.2.*", "192.0.2.10", None, True),
        ("192.0.2.?", "192.0.2.10", None, False),
        ("192.0.2.1/24", "192.0.2.10", None, False),  # host bits set: invalid, denies
        ("192.0.2.0/33", "192.0.2.10", None, False),  # not CIDR: a literal pattern
        ("", "192.0.2.10", None, False),
        ("a,,b", "192.0.2.10", None, False),
        ("2001:db8::/32", "2001:db8::1", None, True),
        ("2001:db8::/32", "192.0.2.10", None, False),
        ("::1", "::1", None, True),
        ("*.example.com", "192.0.2.10", "Host.EXAMPLE.com", True),
        ("*.example.com,!bad.example.com", "192.0.2.10", "bad.example.com", False),
        ("*.example.com", "192.0.2.10", None, False),
        ("192.0.2.10,!*.evil.org", "192.0.2.10", "x.evil.org", False),
        ("192.0.2.10", "not-an-ip", "not-an-ip", False),
    ],
)
def test_from_patterns(
    user: SSHKey, patterns: str, address: str, host: str | None, expected: bool
) -> None:
    parsed = AuthorizedKeys.parse(line(user, f'from="{patterns}"'))
    found = parsed.match(user, username="u", client_address=address, client_hostname=host)
    assert (found is not None) == expected
    assert from_allows(tuple(patterns.split(",")), address, host or address) == expected


# -- certificates via cert-authority ------------------------------------------------------


def test_cert_authority_uses_username(user: SSHKey, ca: SSHKey) -> None:
    parsed = AuthorizedKeys.parse(line(ca, "cert-authority"))
    good = cert(ca, user, ("alice", "bob"))
    assert parsed.match(good, username="bob", client_address=ADDR, now=NOW) is not None
    assert parsed.match(good, username="carol", client_address=ADDR, now=NOW) is None
    # sshd: a certificate without principals is valid for any user of a cert-authority line.
    anyone = cert(ca, user, ())
    assert parsed.match(anyone, username="carol", client_address=ADDR, now=NOW) is not None


def test_cert_authority_with_principals(user: SSHKey, ca: SSHKey) -> None:
    parsed = AuthorizedKeys.parse(line(ca, 'cert-authority,principals="ops,admin"'))
    ops = cert(ca, user, ("alice", "ops"))
    found = parsed.match(ops, username="root", client_address=ADDR, now=NOW)
    assert found is not None and found.options.principals == ("ops", "admin")
    for refused in (cert(ca, user, ("root",)), cert(ca, user, ())):
        assert parsed.match(refused, username="root", client_address=ADDR, now=NOW) is None


def test_certificate_refusals(user: SSHKey, ca: SSHKey, other_ca: SSHKey) -> None:
    parsed = AuthorizedKeys.parse(line(ca, "cert-authority") + "\n" + line(user))
    refused = {
        "expired": cert(ca, user, after=T - 7200, before=T),
        "not yet valid": cert(ca, user, after=T + 1, before=T + 7200),
        "host cert": cert(ca, user, kind=CertificateType.HOST),
        "other CA": cert(other_ca, user),
        "source-address": cert(ca, user, critical={"source-address": "10.0.0.0/8"}),
        "bad source-address": cert(ca, user, critical={"source-address": "example.com"}),
        "unknown critical": cert(ca, user, critical={"no-such-option": None}),
    }
    for why, bad in refused.items():
        assert parsed.match(bad, username="alice", client_address=ADDR, now=NOW) is None, why
    # Signature broken by flipping a byte in the signature blob.
    good = cert(ca, user)
    blob = bytearray(good.blob)
    blob[-5] ^= 1
    tampered = parse_certificate(bytes(blob))
    assert parsed.match(tampered, username="alice", client_address=ADDR, now=NOW) is None
    assert parsed.match(good, username="alice", client_address=ADDR, now=NOW) is not None


def test_certificate_does_not_match_plain_line_of_its_key(user: SSHKey, ca: SSHKey) -> None:
    parsed = AuthorizedKeys.parse(line(user))
    assert parsed.match(cert(ca, user), username="alice", client_address=ADDR, now=NOW) is None


def test_source_address_accepts(user: SSHKey, ca: SSHKey) -> None:
    parsed = AuthorizedKeys.parse(line(ca, "cert-authority"))
    limited = cert(ca, user, critical={"source-address": "192.0.2.0/24,2001:db8::/32"})
    found = parsed.match(limited, username="alice", client_address=ADDR, now=NOW)
    assert found is not None
    assert found.options.source_address == ("192.0.2.0/24", "2001:db8::/32")
    assert parsed.match(limited, username="alice", client_address="2001:db8::5", now=NOW)
    assert parsed.match(limited, username="alice", client_address="198.51.100.1", now=NOW) is None


def test_cert_line_options_still_apply(user: SSHKey, ca: SSHKey) -> None:
    good = cert(ca, user)
    for options in ('cert-authority,from="10.0.0.0/8"', 'cert-authority,expiry-time="20300101Z"'):
        parsed = AuthorizedKeys.parse(line(ca, options))
        assert parsed.match(good, username="alice", client_address=ADDR, now=NOW) is None


def test_forced_command_conflict_moves_on(user: SSHKey, ca: SSHKey) -> None:
    forced = cert(ca, user, critical={"force-command": "backup"})
    text = line(ca, 'cert-authority,command="other"') + "\n" + line(ca, "cert-authority")
    found = AuthorizedKeys.parse(text).match(forced, username="alice", client_address=ADDR, now=NOW)
    assert found is not None and found.line_number == 2 and found.options.command == "backup"
    same = AuthorizedKeys.parse(line(ca, 'cert-authority,command="backup"'))
    assert same.match(forced, username="alice", client_address=ADDR, now=NOW) is not None


# -- merging ---------------------------------------------------------------------------------


def test_merge_rules(user: SSHKey, ca: SSHKey) -> None:
    no_pty = cert(
        ca,
        user,
        critical={"verify-required": None},
        extensions={"permit-port-forwarding": None, "no-touch-required": None},
    )
    merged = parse_key_options("no-port-forwarding,no-touch-required").merged_with_certificate(
        no_pty
    )
    assert not merged.allows_pty  # not granted by the certificate
    assert not merged.allows_port_forwarding  # refused by the key
    assert not merged.allows_agent_forwarding and not merged.allows_user_rc
    assert merged.no_touch_required  # on both
    assert merged.verify_required  # from the certificate
    assert not KeyOptions().merged_with_certificate(no_pty).no_touch_required
    assert (
        parse_key_options("verify-required").merged_with_certificate(cert(ca, user)).verify_required
    )
    full = KeyOptions().merged_with_certificate(cert(ca, user))
    assert full.allows_pty and full.allows_x11_forwarding and full.command is None


def test_merge_force_command(user: SSHKey, ca: SSHKey) -> None:
    forced = cert(ca, user, critical={"force-command": "a"})
    assert KeyOptions().merged_with_certificate(forced).command == "a"
    assert parse_key_options('command="a"').merged_with_certificate(forced).command == "a"
    assert parse_key_options('command="k"').merged_with_certificate(cert(ca, user)).command == "k"
    with pytest.raises(ForcedCommandConflictError):
        parse_key_options('command="b"').merged_with_certificate(forced)
    with pytest.raises(AuthorizedKeysError):
        KeyOptions().merged_with_certificate(cert(ca, user, critical={"source-address": "x"}))


def test_merge_keeps_key_restrictions(user: SSHKey, ca: SSHKey) -> None:
    opts = parse_key_options('environment="A=1",permitopen="h:1",tunnel="3",from="192.0.2.*"')
    merged = opts.merged_with_certificate(cert(ca, user))
    assert merged.environment == (("A", "1"),) and merged.permit_open == (("h", 1),)
    assert merged.tunnel == 3 and merged.from_patterns == ("192.0.2.*",)


# -- TrustedUserCAKeys and principals files -------------------------------------------------


def test_trusted_user_ca_keys(user: SSHKey, ca: SSHKey, other_ca: SSHKey) -> None:
    trusted = TrustedUserCAKeys.parse(f"# CAs\n\n{line(ca)}\nnonsense\n{line(user, 'no-pty')}\n")
    assert len(trusted.keys) == 1 and [n for n, _ in trusted.problems] == [4, 5]
    restricted = cert(ca, user, ("alice",), extensions={"permit-pty": None})
    opts = trusted.match(restricted, username="alice", client_address=ADDR, now=NOW)
    assert opts is not None and opts.allows_pty and not opts.allows_port_forwarding
    assert trusted.match(restricted, username="bob", client_address=ADDR, now=NOW) is None
    for bad in (
        cert(ca, user, ()),  # TrustedUserCAKeys refuses certificates without principals
        cert(other_ca, user),
        cert(ca, user, kind=CertificateType.HOST),
        cert(ca, user, after=T - 7200, before=T - 1),
        cert(ca, user, critical={"source-address": "10.0.0.0/8"}),
    ):
        assert trusted.match(bad, username="alice", client_address=ADDR, now=NOW) is None
    assert trusted.match(user, username="alice", client_address=ADDR) is None  # type: ignore[arg-type]


def test_trusted_with_authorized_principals(user: SSHKey, ca: SSHKey) -> None:
    trusted = TrustedUserCAKeys.parse(line(ca))
    ops = cert(ca, user, ("alice", "ops"), critical={"force-command": "run"})
    opts = trusted.match(
        ops, username="root", client_address=ADDR, now=NOW, authorized_principals=["ops"]
    )
    assert opts is not None and opts.command == "run"
    assert (
        trusted.match(
            ops, username="alice", client_address=ADDR, now=NOW, authorized_principals=["x"]
        )
        is None
    )
    listed = parse_authorized_principals(
        '# c\n\nnobody\nno-pty,from="192.0.2.0/24" ops\ncommand="other" alice\n'
    )
    opts = trusted.match(
        ops, username="root", client_address=ADDR, now=NOW, authorized_principals=listed
    )
    assert opts is not None and not opts.allows_pty
    outside = trusted.match(
        ops, username="root", client_address="10.0.0.1", now=NOW, authorized_principals=listed
    )
    assert outside is None
    # The first listed principal found in the certificate decides; a conflicting command
    # there refuses.
    conflict = parse_authorized_principals('command="other" alice\nops\n')
    assert (
        trusted.match(
            ops, username="root", client_address=ADDR, now=NOW, authorized_principals=conflict
        )
        is None
    )
    for bad in ("cert-authority ops", 'principals="ops" ops'):
        assert (
            trusted.match(
                ops,
                username="root",
                client_address=ADDR,
                now=NOW,
                authorized_principals=parse_authorized_principals(bad),
            )
            is None
        )


def test_parse_authorized_principals() -> None:
    parsed = parse_authorized_principals(
        '  alice  \n#x\n\nno-pty,command="a b" bob\nrestrict\tcarol\nbogus dave\n'
    )
    assert [name for name, _ in parsed] == ["alice", "bob", "carol"]
    assert parsed[0][1] == KeyOptions()
    assert parsed[1][1].command == "a b" and not parsed[1][1].allows_pty
    assert parsed[2][1].restricted


def test_trusted_load(tmp_path: Path, ca: SSHKey) -> None:
    path = tmp_path / "ca.pub"
    path.write_text(line(ca) + "\n")
    trusted = TrustedUserCAKeys.load(path)
    assert trusted.keys[0].equals(ca) and str(path) in repr(trusted)
