"""Host verification policies: fail closed, known_hosts, accept-new, seed-style callbacks."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import pickle
from collections.abc import Awaitable
from pathlib import Path

import pytest

from ssh_engine._hostkeys import (
    HostKeyRejected,
    HostKeyVerifier,
    KnownHosts,
    Verdict,
    adapt_host_verifier,
    add_entry,
    host_key_hash,
    make_host_verifier,
)
from ssh_wire import SSHError
from ssh_wire.keys import CertificateType, SSHCertificate, SSHKey, generate_key, issue_certificate

HOST_KEY = generate_key("ed25519").public_key()
OTHER_KEY = generate_key("ed25519").public_key()
CA = generate_key("ed25519")


def run(awaitable: Awaitable[None]) -> None:
    async def main() -> None:
        await awaitable

    asyncio.run(main())


def rejected(verifier: HostKeyVerifier, host: str, port: int, key: SSHKey | SSHCertificate) -> str:
    with pytest.raises(HostKeyRejected) as info:
        run(verifier(host, port, key))
    err = info.value
    assert err.host == host and err.port == port and err.key is key
    assert key.fingerprint() in str(err) and key.type in str(err) and host in str(err)
    return err.reason


def test_rejected_is_an_ssh_error_and_pickles() -> None:
    err = HostKeyRejected(HOST_KEY, "h", 2222, "unknown", "why")
    assert isinstance(err, SSHError)
    assert "[h]:2222" in str(err) and "SHA256:" in str(err)
    copy = pickle.loads(pickle.dumps(err))
    assert (copy.host, copy.port, copy.reason, copy.detail) == ("h", 2222, "unknown", "why")
    assert copy.key == HOST_KEY


def test_no_verifier_fails_closed_with_help() -> None:
    for verifier in (adapt_host_verifier(None), make_host_verifier()):
        with pytest.raises(HostKeyRejected) as info:
            run(verifier("h", 22, HOST_KEY))
        assert info.value.reason == "no-verifier"
        assert "host_verifier=" in str(info.value)
    with pytest.raises(ValueError):
        make_host_verifier(accept_new=True)


def test_known_hosts_path_verifier(tmp_path: Path) -> None:
    path = tmp_path / "known_hosts"
    add_entry(path, "h", 22, HOST_KEY)
    verifier = make_host_verifier(path)
    run(verifier("h", 22, HOST_KEY))
    assert rejected(verifier, "h", 22, OTHER_KEY) == "changed"
    assert rejected(verifier, "new", 22, HOST_KEY) == "unknown"
    # The file is re-read on every check.
    add_entry(path, "new", 22, HOST_KEY)
    run(verifier("new", 22, HOST_KEY))
    with pytest.raises(HostKeyRejected, match="CHANGED"):
        run(verifier("h", 22, OTHER_KEY))
    # A plain path through adapt_host_verifier behaves the same.
    run(adapt_host_verifier(str(path))("h", 22, HOST_KEY))


def test_accept_new_records_hashed_and_refuses_changes(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "known_hosts"
    path.parent.mkdir()
    verifier = make_host_verifier([path], accept_new=True)
    run(verifier("fresh", 2222, HOST_KEY))
    text = path.read_text()
    assert text.startswith("|1|")
    assert KnownHosts.load(path).check("fresh", 2222, HOST_KEY) is Verdict.ACCEPTED
    run(verifier("fresh", 2222, HOST_KEY))
    assert len(path.read_text().splitlines()) == 1
    assert rejected(verifier, "fresh", 2222, OTHER_KEY) == "changed"


def test_accept_new_plain_and_revoked(tmp_path: Path) -> None:
    path = tmp_path / "known_hosts"
    blob = base64.b64encode(OTHER_KEY.public_blob).decode()
    path.write_text(f"@revoked * ssh-ed25519 {blob}\n")
    verifier = make_host_verifier(path, accept_new=True, hash_new=False)
    assert rejected(verifier, "h", 22, OTHER_KEY) == "revoked"
    run(verifier("h", 22, HOST_KEY))
    assert path.read_text().splitlines()[1].startswith("h ssh-ed25519 ")


def test_known_hosts_object_accept_new_in_memory() -> None:
    kh = KnownHosts()
    verifier = make_host_verifier(kh, accept_new=True)
    run(verifier("h", 22, HOST_KEY))
    assert kh.check("h", 22, HOST_KEY) is Verdict.ACCEPTED
    assert rejected(verifier, "h", 22, OTHER_KEY) == "changed"
    assert rejected(adapt_host_verifier(kh), "h", 22, OTHER_KEY) == "changed"


def test_invalid_certificate_refused() -> None:
    blob = base64.b64encode(CA.public_key().public_blob).decode()
    kh = KnownHosts.parse(f"@cert-authority * ssh-ed25519 {blob}")
    good = issue_certificate(
        CA, HOST_KEY, cert_type=CertificateType.HOST, key_id="k", principals=["h"]
    )
    bad = issue_certificate(
        CA, HOST_KEY, cert_type=CertificateType.HOST, key_id="k", principals=["x"]
    )
    verifier = make_host_verifier(kh, accept_new=True)
    run(verifier("h", 22, good))
    assert rejected(verifier, "h", 22, bad) == "invalid-certificate"


def test_callback_for_unknown_hosts(tmp_path: Path) -> None:
    path = tmp_path / "known_hosts"
    add_entry(path, "h", 22, HOST_KEY)
    seen: list[object] = []

    async def ask(key: SSHKey) -> bool:
        seen.append(key)
        return key == OTHER_KEY

    verifier = make_host_verifier(path, callback=ask)
    run(verifier("h", 22, HOST_KEY))
    assert seen == []  # known hosts are not asked about
    assert rejected(verifier, "h", 22, OTHER_KEY) == "changed"  # nor changed ones
    assert rejected(verifier, "new", 22, HOST_KEY) == "rejected"
    run(verifier("new", 22, OTHER_KEY))  # accepted and recorded
    assert seen == [HOST_KEY, OTHER_KEY]
    assert KnownHosts.load(path).check("new", 22, OTHER_KEY) is Verdict.ACCEPTED


@pytest.mark.parametrize("answer", [True, False])
def test_seed_forms_sync_and_async(answer: bool) -> None:
    def sync(key: SSHKey) -> bool:
        assert key is HOST_KEY
        return answer

    async def asynchronous(key: SSHKey) -> bool:
        await asyncio.sleep(0)
        return answer

    for callback in (sync, asynchronous):
        verifier = adapt_host_verifier(callback)
        if answer:
            run(verifier("h", 22, HOST_KEY))
        else:
            assert rejected(verifier, "h", 22, HOST_KEY) == "rejected"
        via_make = make_host_verifier(callback=callback)
        if answer:
            run(via_make("h", 22, HOST_KEY))
        else:
            assert rejected(via_make, "h", 22, HOST_KEY) == "rejected"


def test_seed_host_hash() -> None:
    expected = hashlib.sha256(HOST_KEY.public_blob).hexdigest()
    got: list[str] = []

    def check(digest: str) -> bool:
        got.append(digest)
        return digest == expected

    run(adapt_host_verifier(check, host_hash="sha256")("h", 22, HOST_KEY))
    assert got == [expected]
    assert rejected(adapt_host_verifier(check, host_hash="md5"), "h", 22, HOST_KEY) == "rejected"
    assert got[1] == hashlib.md5(HOST_KEY.public_blob).hexdigest()


def test_host_key_hash() -> None:
    assert host_key_hash(HOST_KEY) == hashlib.sha256(HOST_KEY.public_blob).hexdigest()
    assert host_key_hash(HOST_KEY, "SHA512") == hashlib.sha512(HOST_KEY.public_blob).hexdigest()
    assert host_key_hash(HOST_KEY, "md5") == hashlib.md5(HOST_KEY.public_blob).hexdigest()
    cert = issue_certificate(CA, HOST_KEY, cert_type=CertificateType.HOST, key_id="k")
    assert host_key_hash(cert, "sha1") == hashlib.sha1(cert.blob).hexdigest()
    for bad in ("nope", "shake_128"):
        with pytest.raises(ValueError):
            host_key_hash(HOST_KEY, bad)
        with pytest.raises(ValueError):
            adapt_host_verifier(lambda k: True, host_hash=bad)


def test_callback_misbehaviour_fails_closed() -> None:
    def boom(key: SSHKey) -> bool:
        raise RuntimeError("boom")

    def not_bool(key: SSHKey) -> object:
        return 1

    with pytest.raises(HostKeyRejected) as info:
        run(adapt_host_verifier(boom)("h", 22, HOST_KEY))
    assert info.value.reason == "callback-error"
    assert isinstance(info.value.__cause__, RuntimeError)
    assert rejected(adapt_host_verifier(not_bool), "h", 22, HOST_KEY) == "callback-error"


def test_adapt_passes_verifiers_through_and_rejects_junk() -> None:
    verifier = make_host_verifier(callback=lambda key: True)
    assert adapt_host_verifier(verifier) is verifier
    with pytest.raises(TypeError):
        adapt_host_verifier(42)
    with pytest.raises(TypeError):
        adapt_host_verifier(verifier, host_hash="sha256")
    with pytest.raises(TypeError):
        adapt_host_verifier(None, host_hash="sha256")
