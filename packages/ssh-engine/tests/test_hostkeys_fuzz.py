"""Hypothesis: any known_hosts text parses without an exception (bad lines are only
counted), and any host name, port and key can be looked up and checked."""

from __future__ import annotations

import base64
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ssh_engine._hostkeys import (
    KnownHosts,
    Verdict,
    hash_host_name,
    host_lookup_name,
    match_pattern,
)
from ssh_wire.keys import generate_key

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

KEY = generate_key("ed25519").public_key()
KEY_LINE = f"ssh-ed25519 {base64.b64encode(KEY.public_blob).decode()}"

TOKENS = st.sampled_from(
    [
        "@cert-authority",
        "@revoked",
        "@x",
        "*",
        "?",
        "!",
        ",",
        "|1|",
        "[",
        "]:",
        "2222",
        "host",
        "#",
        " ",
        "\t",
        "\r",
        "\n",
        KEY_LINE,
        "ssh-rsa",
        "AAAA",
        "=",
    ]
)
TEXT = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(TOKENS, st.text(max_size=8)), max_size=40).map("".join),
)
HOSTS = st.one_of(st.text(max_size=40), st.from_regex(r"[a-z0-9.*?!\[\]:-]{0,30}", fullmatch=True))


@SETTINGS
@given(TEXT, st.binary(max_size=200))
def test_random_text_never_raises(text: str, data: bytes) -> None:
    for source in (text, data, text.encode("utf-8", "surrogatepass")):
        kh = KnownHosts.parse(source)
        lines = source.split(b"\n" if isinstance(source, bytes) else "\n")  # type: ignore[arg-type]
        assert len(kh) + kh.skipped_count <= len(lines)


@SETTINGS
@given(text=TEXT, host=HOSTS, port=st.integers(min_value=0, max_value=65535))
def test_random_hosts_never_crash_lookup(text: str, host: str, port: int) -> None:
    kh = KnownHosts.parse(f"{text}\n* {KEY_LINE}\n{hash_host_name('h')} {KEY_LINE}")
    kh.lookup(host, port)
    assert kh.check(host, port, KEY) in (Verdict.ACCEPTED, Verdict.REVOKED)
    other = generate_key("ed25519").public_key() if not host else KEY
    assert isinstance(kh.check(host, port, other), Verdict)


def _regex_for(pattern: str) -> str:
    return "".join(".*" if c == "*" else "." if c == "?" else re.escape(c) for c in pattern)


@SETTINGS
@given(
    name=st.text(alphabet="ab.*?", max_size=12),
    pattern=st.text(alphabet="ab.*?", max_size=8),
)
def test_match_pattern_agrees_with_a_regex(name: str, pattern: str) -> None:
    expected = re.fullmatch(_regex_for(pattern), name, re.DOTALL) is not None
    assert match_pattern(name, pattern) is expected


@SETTINGS
@given(host=st.text(max_size=30), port=st.integers(min_value=1, max_value=65535))
def test_hashed_name_matches_its_host(host: str, port: int) -> None:
    name = host_lookup_name(host, port)
    try:
        hashed = hash_host_name(name)
    except UnicodeEncodeError:
        return
    kh = KnownHosts.parse(f"{hashed} {KEY_LINE}")
    if "\n" in hashed:
        return
    assert kh.check(host, port, KEY) is Verdict.ACCEPTED
