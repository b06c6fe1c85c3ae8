"""Algorithm configuration: defaults, exact lists, append/prepend/remove, OpenSSH strings."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

import pytest

from ssh_engine._algorithms import (
    CATEGORIES,
    HOST_KEY_ALGORITHMS,
    AlgorithmConfig,
    build_algorithm_config,
    default_names,
    resolve_algorithms,
    supported_names,
)
from ssh_engine._errors import LocalProtocolError
from ssh_engine._kex import MLKEM_AVAILABLE
from ssh_wire import decode_message, encode_message
from ssh_wire.messages import KexInit


def test_defaults_follow_openssh_9() -> None:
    config = AlgorithmConfig.default()
    assert config == build_algorithm_config()
    assert config == build_algorithm_config({})
    if MLKEM_AVAILABLE:
        assert config.kex[0] == "mlkem768x25519-sha256"
    assert config.kex.index("curve25519-sha256") < config.kex.index("ecdh-sha2-nistp256")
    assert "diffie-hellman-group1-sha1" not in config.kex
    assert "diffie-hellman-group14-sha1" not in config.kex
    assert config.server_host_key[0] == "ssh-ed25519-cert-v01@openssh.com"
    certs = [n for n in config.server_host_key if "-cert-" in n]
    assert config.server_host_key[: len(certs)] == tuple(certs)  # certificates first
    assert "ssh-rsa" not in config.server_host_key and "ssh-dss" not in config.server_host_key
    assert config.cipher[0] == "chacha20-poly1305@openssh.com"
    assert not any(n.endswith("-cbc") for n in config.cipher)
    assert config.mac[0] == "hmac-sha2-256-etm@openssh.com"
    assert config.compress[0] == "none"
    for category in CATEGORIES:
        assert set(default_names(category)) <= set(supported_names(category))


def test_config_is_frozen_tuples() -> None:
    config = AlgorithmConfig.default()
    with pytest.raises(dataclasses.FrozenInstanceError):
        config.kex = ()  # type: ignore[misc]
    assert all(isinstance(getattr(config, c), tuple) for c in CATEGORIES)


def test_none_is_not_configurable() -> None:
    assert "none" not in supported_names("cipher")
    assert "none" not in supported_names("mac")
    with pytest.raises(LocalProtocolError, match="unsupported cipher algorithm 'none'"):
        build_algorithm_config({"cipher": ["none"]})


def test_exact_list_replaces_default_and_dedupes() -> None:
    config = build_algorithm_config(
        {"cipher": ["aes256-ctr", "aes128-cbc", "aes256-ctr"], "kex": ["curve25519-sha256"]}
    )
    assert config.cipher == ("aes256-ctr", "aes128-cbc")
    assert config.kex == ("curve25519-sha256",)
    assert config.mac == default_names("mac")


def test_seed_category_names_accepted() -> None:
    config = build_algorithm_config({"serverHostKey": ["ssh-rsa"], "hmac": ["hmac-sha1"]})
    assert config.server_host_key == ("ssh-rsa",)
    assert config.mac == ("hmac-sha1",)


def test_unknown_name_names_the_name_and_category() -> None:
    with pytest.raises(LocalProtocolError, match=r"unsupported mac algorithm 'hmac-sha3'"):
        build_algorithm_config({"hmac": ["hmac-sha3"]})
    with pytest.raises(LocalProtocolError, match=r"unsupported kex algorithm 'nope'"):
        build_algorithm_config({"kex": {"append": "nope"}})
    with pytest.raises(LocalProtocolError, match=r"server_host_key algorithm 'ssh-foo'"):
        build_algorithm_config({"server_host_key": {"remove": ["ssh-foo"]}})


def test_markers_are_rejected_with_a_hint() -> None:
    with pytest.raises(LocalProtocolError, match="transport adds"):
        build_algorithm_config({"kex": {"append": "ext-info-c"}})
    with pytest.raises(LocalProtocolError, match="transport adds"):
        build_algorithm_config({"kex": ["kex-strict-c-v00@openssh.com"]})


def test_unknown_category_and_operation() -> None:
    with pytest.raises(LocalProtocolError, match="unknown algorithm category 'ciphers'"):
        build_algorithm_config({"ciphers": ["aes128-ctr"]})
    with pytest.raises(LocalProtocolError, match="unknown operation 'insert'"):
        build_algorithm_config({"cipher": {"insert": ["aes128-ctr"]}})


def test_bad_spec_types() -> None:
    with pytest.raises(LocalProtocolError, match="names only"):
        build_algorithm_config({"cipher": [re.compile("ctr")]})  # type: ignore[list-item]
    with pytest.raises(LocalProtocolError, match="must be a list"):
        build_algorithm_config({"cipher": 42})  # type: ignore[dict-item]
    with pytest.raises(LocalProtocolError, match="entries must be"):
        build_algorithm_config({"cipher": {"append": [1]}})  # type: ignore[list-item]
    with pytest.raises(LocalProtocolError, match="entries must be"):
        build_algorithm_config({"cipher": {"append": 1}})  # type: ignore[dict-item]
    with pytest.raises(LocalProtocolError, match="entries must be"):
        bytes_pattern: Any = re.compile(b"ctr")
        build_algorithm_config({"cipher": {"append": bytes_pattern}})


def test_empty_result_rejected() -> None:
    with pytest.raises(LocalProtocolError, match="no compress algorithms left"):
        build_algorithm_config({"compress": []})
    with pytest.raises(LocalProtocolError, match="no cipher algorithms left"):
        build_algorithm_config({"cipher": {"remove": re.compile(".")}})


def test_append_names_and_regex() -> None:
    cipher = resolve_algorithms(
        "cipher", {"append": ["aes128-cbc", re.compile(r"-cbc$"), "aes128-ctr"]}
    )
    defaults = default_names("cipher")
    assert cipher[: len(defaults)] == defaults
    extra = cipher[len(defaults) :]
    assert extra[:3] == ("aes128-cbc", "aes192-cbc", "aes256-cbc")
    assert all(n.endswith("-cbc") for n in extra)
    assert len(set(cipher)) == len(cipher)


def test_prepend_moves_to_front_in_given_order() -> None:
    mac = resolve_algorithms("mac", {"prepend": ["hmac-sha1", "hmac-md5"]})
    assert mac[:2] == ("hmac-sha1", "hmac-md5")
    assert mac.count("hmac-sha1") == 1
    kex = resolve_algorithms("kex", {"prepend": re.compile("^ecdh-")})
    assert kex[:3] == ("ecdh-sha2-nistp256", "ecdh-sha2-nistp384", "ecdh-sha2-nistp521")


def test_remove_names_and_regex() -> None:
    kex = resolve_algorithms(
        "kex", {"remove": [re.compile("^diffie-hellman"), "curve25519-sha256@libssh.org"]}
    )
    assert not any(n.startswith("diffie-hellman") for n in kex)
    assert "curve25519-sha256@libssh.org" not in kex
    assert "curve25519-sha256" in kex
    # Removing a supported name that is not listed is fine.
    assert resolve_algorithms("kex", {"remove": "diffie-hellman-group1-sha1"}) == default_names(
        "kex"
    )


def test_regex_matching_nothing_is_not_an_error() -> None:
    assert resolve_algorithms("mac", {"append": re.compile("umac")}) == default_names("mac")


def test_operations_apply_in_mapping_order() -> None:
    # remove then append: the appended name stays.
    a = resolve_algorithms("cipher", {"remove": re.compile("ctr"), "append": "aes128-ctr"})
    assert a[-1] == "aes128-ctr" and "aes256-ctr" not in a
    # append then remove: it is gone.
    b = resolve_algorithms("cipher", {"append": "aes128-ctr", "remove": re.compile("ctr")})
    assert not any("ctr" in n for n in b)


def test_openssh_string_syntax() -> None:
    assert resolve_algorithms("cipher", "aes128-ctr,aes256-gcm@openssh.com") == (
        "aes128-ctr",
        "aes256-gcm@openssh.com",
    )
    plus = resolve_algorithms("cipher", "+aes128-cbc")
    assert plus == (*default_names("cipher"), "aes128-cbc")
    minus = resolve_algorithms("mac", "-*sha1*")
    assert not any("sha1" in n for n in minus) and minus
    caret = resolve_algorithms("server_host_key", "^ssh-rsa,ssh-ed25519")
    assert caret[:2] == ("ssh-rsa", "ssh-ed25519")
    wild = resolve_algorithms("kex", "ecdh-sha2-nistp*")
    assert wild == ("ecdh-sha2-nistp256", "ecdh-sha2-nistp384", "ecdh-sha2-nistp521")
    with pytest.raises(LocalProtocolError, match="empty name"):
        resolve_algorithms("cipher", "aes128-ctr,,aes256-ctr")
    with pytest.raises(LocalProtocolError, match="unsupported cipher algorithm 'rot13'"):
        resolve_algorithms("cipher", "+rot13")


def test_host_key_registry() -> None:
    assert HOST_KEY_ALGORITHMS["ssh-dss"] is False
    assert HOST_KEY_ALGORITHMS["ssh-rsa"] is False
    assert HOST_KEY_ALGORITHMS["rsa-sha2-512"] is True
    config = build_algorithm_config({"serverHostKey": {"append": ["ssh-rsa", "ssh-dss"]}})
    assert config.server_host_key[-2:] == ("ssh-rsa", "ssh-dss")


def test_kex_init_carries_the_config() -> None:
    config = build_algorithm_config({"cipher": ["aes128-ctr"], "mac": ["hmac-sha2-256"]})
    msg = config.kex_init(
        b"\x01" * 16,
        kex_markers=["ext-info-c", "kex-strict-c-v00@openssh.com"],
        server_host_key=["ssh-ed25519"],
        first_kex_packet_follows=True,
    )
    assert msg.kex_algorithms == (*config.kex, "ext-info-c", "kex-strict-c-v00@openssh.com")
    assert msg.server_host_key_algorithms == ("ssh-ed25519",)
    assert msg.encryption_algorithms_client_to_server == ("aes128-ctr",)
    assert msg.mac_algorithms_server_to_client == ("hmac-sha2-256",)
    assert msg.languages_client_to_server == ()
    assert msg.first_kex_packet_follows is True
    decoded = decode_message(encode_message(msg))
    assert isinstance(decoded, KexInit) and decoded == msg
