"""KeyStore: identities, constraints, lock, expiry, session bindings and destinations."""

from __future__ import annotations

import math
import random
import time
from typing import Any

import pytest
from _server_helpers import (
    add_request,
    bind_request,
    ca_key,
    cert_fields,
    confirm,
    hop,
    key,
    lifetime,
    maxsign,
    restrict,
    user_cert,
    userauth_data,
)

from ssh_agent._destinations import (
    DestinationConstraint,
    DestinationHop,
    HostKeySpec,
    SessionState,
    destinations_from_wire,
    match_pattern,
    parse_key_blob,
    parse_userauth_request,
)
from ssh_agent._errors import AgentFailure
from ssh_agent._store import KeyStore, key_from_wire
from ssh_wire import messages as m
from ssh_wire.keys import CertificateType, SSHKey, generate_key, issue_certificate

FAST_LOCK = 16  # scrypt N for tests: the real cost is a ~50 ms hash per attempt


class Clock:
    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def make_store(**kwargs: Any) -> KeyStore:
    kwargs.setdefault("lock_cost", FAST_LOCK)
    return KeyStore(**kwargs)


def is_locked(store: KeyStore) -> bool:
    return store.locked  # a call, so mypy does not carry an earlier narrowing over


def add_wire(store: KeyStore, *args: Any, session: SessionState | None = None, **kw: Any) -> None:
    store.add_from_wire(add_request(*args, **kw), session=session)


# -- identities ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["ed25519", "ecdsa256", "ecdsa384", "ecdsa521", "rsa", "dsa"])
def test_add_list_sign_every_key_type(name: str) -> None:
    store = make_store()
    private = key(name)
    add_wire(store, private, "my key")
    (view,) = store.identities()
    assert view.blob == private.public_blob
    assert view.comment == "my key"
    assert not view.key.is_private
    assert view.certificate is None
    sig = store.sign(private.public_blob, b"data")
    assert private.public_key().verify(b"data", sig)


@pytest.mark.parametrize("name", ["ed25519", "ecdsa384", "rsa", "dsa"])
def test_certificate_identity_is_listed_as_the_certificate_and_signs(name: str) -> None:
    store = make_store()
    private = key(name)
    cert = user_cert(private)
    add_wire(store, private, "c", cert=cert)
    (view,) = store.identities()
    assert view.blob == cert.blob
    assert view.certificate == cert
    sig = store.sign(cert.blob, b"data", m.AgentSignFlag.RSA_SHA2_256)
    assert private.verify(b"data", sig)
    # The plain key is another identity, not held here.
    with pytest.raises(AgentFailure):
        store.sign(private.public_blob, b"data")


def test_certificate_with_foreign_private_key_is_refused() -> None:
    cert = user_cert(key("ed25519", 0))
    fields = cert_fields(key("ed25519", 1), cert)
    with pytest.raises(AgentFailure, match="does not match"):
        key_from_wire(cert.type, fields)
    with pytest.raises(AgentFailure):
        key_from_wire(
            "ssh-ed25519-cert-v01@openssh.com", cert_fields(key("rsa"), user_cert(key("rsa")))
        )


def test_security_keys_and_public_keys_are_refused() -> None:
    sk = m.SkEd25519PrivateKey(b"\0" * 32, "ssh:", 1, b"handle", b"")
    with pytest.raises(AgentFailure):
        key_from_wire("sk-ssh-ed25519@openssh.com", sk)
    with pytest.raises(AgentFailure, match="public key"):
        make_store().add(key("ed25519").public_key())


def test_inconsistent_private_fields_are_refused_without_quoting_them() -> None:
    f = key("ed25519", 0).private_fields()
    assert isinstance(f, m.Ed25519PrivateKey)
    bad = m.Ed25519PrivateKey(key("ed25519", 1).public_blob[-32:], f.private_key)
    with pytest.raises(AgentFailure) as info:
        key_from_wire("ssh-ed25519", bad)
    assert f.private_key.hex() not in str(info.value)


def _prime(bits: int, rng: random.Random) -> int:
    while True:
        n = rng.getrandbits(bits) | (1 << (bits - 1)) | 1
        if all(pow(a, n - 1, n) == 1 for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)):
            return n


def test_small_rsa_keys_are_refused() -> None:
    rng = random.Random(768)
    e = 65537
    while True:
        p, q = _prime(384, rng), _prime(384, rng)
        phi = (p - 1) * (q - 1)
        if p != q and math.gcd(e, phi) == 1:
            break
    d = pow(e, -1, phi)
    fields = m.RsaPrivateKey(p * q, e, d, pow(q, -1, p), p, q)
    with pytest.raises(AgentFailure, match="1024"):
        key_from_wire("ssh-rsa", fields)


def test_huge_integers_are_refused_before_validation() -> None:
    f = key("rsa").private_fields()
    assert isinstance(f, m.RsaPrivateKey)
    huge = m.RsaPrivateKey(f.n, f.e, f.d, f.iqmp, f.p << 16000, f.q)
    started = time.perf_counter()
    with pytest.raises(AgentFailure, match="too large"):
        key_from_wire("ssh-rsa", huge)
    assert time.perf_counter() - started < 1
    with pytest.raises(AgentFailure):
        key_from_wire("ssh-rsa", b"not fields")


def test_keys_added_through_the_library_api() -> None:
    store = make_store()
    host = key("ecdsa256", 9)
    spec = HostKeySpec.from_key(host)
    dest = DestinationConstraint(DestinationHop(None, None, ()), DestinationHop(None, "h", (spec,)))
    store.add(
        key("ed25519"), "lib", lifetime=60, confirm=True, max_signatures=5, destinations=[dest]
    )
    (view,) = store.identities()
    assert (view.comment, view.confirm, view.max_signatures) == ("lib", True, 5)
    assert view.destinations == (dest,)
    assert HostKeySpec.from_key(host.public_blob, is_ca=True).key.blob == host.public_blob
    store.add(key("rsa"))
    assert store.identities()[-1].comment == key("rsa").comment == "rsa-0"
    with pytest.raises(AgentFailure):
        store.add(key("rsa"), lifetime=-1)
    with pytest.raises(AgentFailure):
        store.add(key("rsa"), max_signatures=-1)
    with pytest.raises(AgentFailure, match="another key"):
        store.add(key("rsa"), certificate=user_cert(key("ed25519")))


def test_re_adding_a_key_replaces_comment_and_constraints_in_place() -> None:
    store = make_store()
    add_wire(store, key("ed25519", 0), "first", constraints=[confirm()])
    add_wire(store, key("ecdsa256"), "second")
    add_wire(store, key("ed25519", 0), "again")
    views = store.identities()
    assert [v.comment for v in views] == ["again", "second"]
    assert not views[0].confirm
    assert len(store) == 2


def test_remove_and_remove_all() -> None:
    store = make_store()
    add_wire(store, key("ed25519"))
    add_wire(store, key("rsa"))
    store.remove(key("ed25519").public_blob)
    assert [v.blob for v in store.identities()] == [key("rsa").public_blob]
    with pytest.raises(AgentFailure, match="not found"):
        store.remove(key("ed25519").public_blob)
    with pytest.raises(AgentFailure):
        store.remove(b"garbage")
    store.remove(key("rsa"))  # an SSHKey works too
    add_wire(store, key("rsa"))
    assert store.remove_all() == 1
    assert store.identities() == []


def test_sign_unknown_or_garbage_key_fails_cleanly() -> None:
    store = make_store()
    add_wire(store, key("ed25519", 0))
    for blob in (key("ed25519", 1).public_blob, b"", b"\0\0\0\x07ssh-rsa", b"\xff" * 40):
        with pytest.raises(AgentFailure):
            store.sign(blob, b"data")


@pytest.mark.parametrize(
    ("flags", "algorithm"),
    [
        (0, "ssh-rsa"),
        (m.AgentSignFlag.RSA_SHA2_256, "rsa-sha2-256"),
        (m.AgentSignFlag.RSA_SHA2_512, "rsa-sha2-512"),
        (m.AgentSignFlag.RSA_SHA2_256 | m.AgentSignFlag.RSA_SHA2_512, "rsa-sha2-256"),
    ],
)
def test_rsa_signature_flags(flags: int, algorithm: str) -> None:
    store = make_store()
    add_wire(store, key("rsa"))
    sig = store.sign(key("rsa").public_blob, b"data", flags)
    assert m.decode_signature(sig).algorithm == algorithm
    assert key("rsa").verify(b"data", sig)


def test_flags_are_ignored_for_other_keys() -> None:
    store = make_store()
    add_wire(store, key("ed25519"))
    sig = store.sign(key("ed25519").public_blob, b"d", m.AgentSignFlag.RSA_SHA2_512)
    assert m.decode_signature(sig).algorithm == "ssh-ed25519"


# -- lock -----------------------------------------------------------------------------------------


def test_locked_store_refuses_everything_but_unlock() -> None:
    clock = Clock()
    store = make_store(clock=clock)
    add_wire(store, key("ed25519"))
    store.lock("hunter2")
    assert store.locked
    assert store.identities() == []
    with pytest.raises(AgentFailure):
        store.sign(key("ed25519").public_blob, b"data")
    with pytest.raises(AgentFailure):
        add_wire(store, key("rsa"))
    with pytest.raises(AgentFailure):
        store.remove(key("ed25519").public_blob)
    with pytest.raises(AgentFailure):
        store.remove_all()
    with pytest.raises(AgentFailure):
        store.lock("again")
    store.unlock("hunter2")
    assert not is_locked(store)
    assert len(store.identities()) == 1


def test_wrong_passphrase_and_backoff() -> None:
    clock = Clock()
    store = make_store(clock=clock)
    store.lock(b"right")
    with pytest.raises(AgentFailure, match="wrong"):
        store.unlock("wrong")
    with pytest.raises(AgentFailure, match="too soon"):
        store.unlock("right")  # within 0.1 s of the failure
    clock.now += 0.1
    with pytest.raises(AgentFailure, match="wrong"):
        store.unlock("wrong")
    clock.now += 0.15
    with pytest.raises(AgentFailure, match="too soon"):
        store.unlock("right")  # the second failure costs 0.2 s
    clock.now += 0.1
    store.unlock("right")
    assert not is_locked(store)


def test_empty_passphrase_and_unlock_when_unlocked_fail() -> None:
    store = make_store()
    with pytest.raises(AgentFailure):
        store.lock("")
    with pytest.raises(AgentFailure):
        store.unlock("x")
    store.lock("x")
    with pytest.raises(AgentFailure):
        store.unlock("")


def test_passphrase_is_kept_only_as_a_salted_hash() -> None:
    store = make_store()
    secret = "correct horse battery staple"
    store.lock(secret)
    state = store._lock
    assert state is not None
    assert secret.encode() not in (state.salt, state.digest)
    assert secret not in repr(store) and secret not in repr(state)
    other = make_store()
    other.lock(secret)
    assert other._lock is not None and other._lock.digest != state.digest  # salted


def test_default_lock_cost_is_slow_hash() -> None:
    store = KeyStore()
    started = time.perf_counter()
    store.lock("x")
    assert time.perf_counter() - started > 0.005  # scrypt N=2**14, not a plain hash


# -- lifetime -------------------------------------------------------------------------------------


def test_lifetime_expiry_with_injected_clock() -> None:
    clock = Clock(50.0)
    store = make_store(clock=clock)
    add_wire(store, key("ed25519"), constraints=[lifetime(10)])
    add_wire(store, key("rsa"))
    (first, _) = store.identities()
    assert first.expires_at == 60.0
    assert store.expire() == 60.0
    clock.now = 59.99
    assert len(store.identities()) == 2
    clock.now = 60.0
    assert [v.blob for v in store.identities()] == [key("rsa").public_blob]
    assert len(store) == 1  # dropped, not hidden
    assert store.expire() is None


def test_now_argument_overrides_the_clock() -> None:
    store = make_store(clock=Clock(0.0))
    store.add(key("ed25519"), lifetime=5, now=100.0)
    assert store.identities(now=104.0)
    assert store.identities(now=105.0) == []


def test_default_lifetime_applies_when_no_lifetime_is_given() -> None:
    clock = Clock(0.0)
    store = make_store(clock=clock, default_lifetime=30)
    add_wire(store, key("ed25519"))
    add_wire(store, key("rsa"), constraints=[lifetime(100)])
    assert [v.expires_at for v in store.identities()] == [30.0, 100.0]
    with pytest.raises(ValueError):
        KeyStore(default_lifetime=-1)


def test_expired_key_cannot_complete_a_pending_signature() -> None:
    clock = Clock(0.0)
    store = make_store(clock=clock)
    add_wire(store, key("ed25519"), constraints=[lifetime(5), confirm()])
    pending = store.prepare_signature(key("ed25519").public_blob, b"d")
    clock.now = 6.0
    with pytest.raises(AgentFailure, match="no longer"):
        store.complete_signature(pending)


# -- confirm and maxsign --------------------------------------------------------------------------


def test_confirm_constraint_routes_to_the_callback() -> None:
    store = make_store()
    add_wire(store, key("ecdsa256"), "needs ok", constraints=[confirm()])
    blob = key("ecdsa256").public_blob
    with pytest.raises(AgentFailure, match="confirmation"):
        store.sign(blob, b"d")  # no callback: refused
    seen: list[tuple[SSHKey, str, str | None]] = []

    def allow(k: SSHKey, comment: str, info: str | None) -> bool:
        seen.append((k, comment, info))
        return True

    assert key("ecdsa256").verify(b"d", store.sign(blob, b"d", confirm=allow))
    ((k, comment, info),) = seen
    assert k.public_blob == blob and not k.is_private
    assert (comment, info) == ("needs ok", None)
    with pytest.raises(AgentFailure):
        store.sign(blob, b"d", confirm=lambda *a: False)
    with pytest.raises(AgentFailure):
        store.sign(blob, b"d", confirm=lambda *a: "yes")  # type: ignore[arg-type]


def test_prepare_reports_confirmation_needs() -> None:
    store = make_store()
    add_wire(store, key("ed25519"), "c", constraints=[confirm()])
    pending = store.prepare_signature(key("ed25519").public_blob, b"d")
    assert pending.confirm_required
    assert pending.comment == "c"
    assert "b'd'" not in repr(pending)
    assert key("ed25519").verify(b"d", store.complete_signature(pending))


def test_complete_after_removal_or_lock_is_refused() -> None:
    store = make_store()
    add_wire(store, key("ed25519"), constraints=[confirm()])
    pending = store.prepare_signature(key("ed25519").public_blob, b"d")
    store.lock("p")
    with pytest.raises(AgentFailure, match="locked"):
        store.complete_signature(pending)
    store.unlock("p")
    store.remove_all()
    add_wire(store, key("ed25519"), constraints=[confirm()])  # same key, new identity
    with pytest.raises(AgentFailure, match="no longer"):
        store.complete_signature(pending)


def test_maxsign_counts_signatures() -> None:
    store = make_store()
    add_wire(store, key("ed25519"), constraints=[maxsign(2)])
    blob = key("ed25519").public_blob
    store.sign(blob, b"1")
    store.sign(blob, b"2")
    with pytest.raises(AgentFailure, match="limit"):
        store.sign(blob, b"3")
    (view,) = store.identities()
    assert (view.max_signatures, view.signatures_made) == (2, 2)


@pytest.mark.parametrize(
    "constraints",
    [
        [lifetime(1), lifetime(2)],
        [confirm(), confirm()],
        [maxsign(1), maxsign(2)],
        [restrict((hop(), hop("h", [key("ed25519", 3)])))] * 2,
    ],
    ids=["lifetime", "confirm", "maxsign", "restrict"],
)
def test_repeated_constraints_are_refused(constraints: list[m.AgentConstraint]) -> None:
    with pytest.raises(AgentFailure, match="twice"):
        add_wire(make_store(), key("ed25519"), constraints=constraints)


@pytest.mark.parametrize(
    "details",
    [
        ("sk-provider@openssh.com", m.AgentSkProvider("internal")),
        (
            "associated-certs-v00@openssh.com",
            m.AgentAssociatedCerts(False, m.AgentCertificateList(())),
        ),
    ],
    ids=["sk-provider", "associated-certs"],
)
def test_extension_constraints_for_tokens_are_refused(details: tuple[str, Any]) -> None:
    ext = m.AgentConstraint(
        m.AgentConstraintType.EXTENSION, m.AgentExtensionConstraint(details[0], details[1])
    )
    store = make_store()
    with pytest.raises(AgentFailure, match="not valid"):
        add_wire(store, key("ed25519"), constraints=[ext])
    assert len(store) == 0


# -- session bindings -----------------------------------------------------------------------------

SID = b"\x11" * 32
SID2 = b"\x22" * 32


def test_session_bind_records_verified_bindings() -> None:
    session = SessionState()
    host = key("ed25519", 5)
    assert session.bind(bind_request(host, SID, forwarding=True))
    assert not session.bind(bind_request(host, SID, forwarding=True))  # repeat: kept once
    assert session.bind(bind_request(host, SID2))  # the same host, a new session
    assert [b.forwarding for b in session.bindings] == [True, False]
    assert session.bindings[0].host_key.blob == host.public_blob
    with pytest.raises(AgentFailure, match="already bound"):
        session.bind(bind_request(key("ecdsa256", 5), b"\x33" * 32))


@pytest.mark.parametrize("name", ["rsa", "ecdsa521", "dsa"])
def test_session_bind_with_other_host_key_types(name: str) -> None:
    assert SessionState().bind(bind_request(key(name, 5), SID))


def test_session_bind_refusals_mark_the_connection() -> None:
    host = key("ed25519", 5)
    bad_sig = m.AgentSessionBind(host.public_blob, SID, host.sign(SID2), False)
    cases = [
        bad_sig,
        m.AgentSessionBind(host.public_blob, b"", host.sign(b""), False),
        m.AgentSessionBind(host.public_blob, b"x" * 129, host.sign(b"x" * 129), False),
        m.AgentSessionBind(b"garbage", SID, host.sign(SID), False),
    ]
    for request in cases:
        session = SessionState()
        with pytest.raises(AgentFailure):
            session.bind(request)
        assert session.bind_failed and not session.bindings


def test_session_id_bound_to_another_key_is_refused() -> None:
    session = SessionState()
    session.bind(bind_request(key("ed25519", 5), SID, forwarding=True))
    with pytest.raises(AgentFailure, match="another host key"):
        session.bind(bind_request(key("ed25519", 6), SID, forwarding=True))


def test_at_most_sixteen_bindings() -> None:
    session = SessionState()
    host = key("ed25519", 5)
    for i in range(16):
        session.bind(bind_request(host, bytes([i]) * 32, forwarding=True))
    with pytest.raises(AgentFailure, match="too many"):
        session.bind(bind_request(host, b"\xff" * 32, forwarding=True))


def test_session_bind_with_host_certificate() -> None:
    host = key("ed25519", 5)
    cert = issue_certificate(ca_key(), host, cert_type=CertificateType.HOST, key_id="h")
    request = m.AgentSessionBind(cert.blob, SID, host.sign(SID), False)
    session = SessionState()
    session.bind(request)
    assert session.bindings[0].host_key.certificate == cert


# -- destination constraints ----------------------------------------------------------------------

HOST_A = key("ed25519", 10)
HOST_B = key("ecdsa256", 10)
USER_KEY = key("ed25519", 11)


def constrained_store(*pairs: Any) -> KeyStore:
    store = make_store()
    add_wire(store, USER_KEY, "restricted", constraints=[restrict(*pairs)])
    return store


def bound(*hosts: tuple[SSHKey, bytes, bool]) -> SessionState:
    session = SessionState()
    for host, sid, forwarding in hosts:
        session.bind(bind_request(host, sid, forwarding=forwarding))
    return session


def test_unconstrained_use_on_unbound_connection_lists_but_does_not_sign() -> None:
    store = constrained_store((hop(), hop("a", [HOST_A])))
    assert len(store.identities(session=SessionState())) == 1
    data = userauth_data(USER_KEY.public_blob, "ssh-ed25519", SID)
    with pytest.raises(AgentFailure, match="unbound"):
        store.sign(USER_KEY.public_blob, data, session=SessionState())
    with pytest.raises(AgentFailure, match="unbound"):
        store.sign(USER_KEY.public_blob, data)


def test_constrained_key_signs_userauth_for_the_bound_host() -> None:
    store = constrained_store((hop(), hop("a", [HOST_A])))
    session = bound((HOST_A, SID, False))
    assert len(store.identities(session=session)) == 1
    for data in (
        userauth_data(USER_KEY.public_blob, "ssh-ed25519", SID),
        userauth_data(USER_KEY.public_blob, "ssh-ed25519", SID, host_key=HOST_A),
    ):
        assert USER_KEY.verify(data, store.sign(USER_KEY.public_blob, data, session=session))


def test_confirm_prompt_gets_destination_info() -> None:
    store = make_store()
    add_wire(store, USER_KEY, constraints=[restrict((hop(), hop("a", [HOST_A]))), confirm()])
    session = bound((HOST_A, SID, False))
    data = userauth_data(USER_KEY.public_blob, "ssh-ed25519", SID, user="alice")
    pending = store.prepare_signature(USER_KEY.public_blob, data, session=session)
    assert pending.destination_info == (
        'public key authentication request for user "alice" to listed host'
    )


@pytest.mark.parametrize(
    "data",
    [
        b"not a userauth request",
        userauth_data(USER_KEY.public_blob, "ssh-ed25519", SID2),  # another session
        userauth_data(USER_KEY.public_blob, "ssh-ed25519", SID, host_key=HOST_B),  # other host
        userauth_data(USER_KEY.public_blob, "ssh-ed25519", SID, service="other"),
        userauth_data(USER_KEY.public_blob, "ssh-rsa", SID),  # wrong algorithm family
        userauth_data(key("ed25519", 12).public_blob, "ssh-ed25519", SID),  # another key
        userauth_data(USER_KEY.public_blob, "ssh-ed25519", SID) + b"\0",  # trailing bytes
    ],
    ids=["garbage", "sid", "hostkey", "service", "alg", "key", "trailing"],
)
def test_constrained_key_refuses_other_data(data: bytes) -> None:
    store = constrained_store((hop(), hop("a", [HOST_A])))
    with pytest.raises(AgentFailure):
        store.sign(USER_KEY.public_blob, data, session=bound((HOST_A, SID, False)))


def test_constrained_key_is_hidden_and_refused_elsewhere() -> None:
    store = constrained_store((hop(), hop("a", [HOST_A])))
    session = bound((HOST_B, SID, False))
    assert store.identities(session=session) == []
    data = userauth_data(USER_KEY.public_blob, "ssh-ed25519", SID)
    with pytest.raises(AgentFailure):
        store.sign(USER_KEY.public_blob, data, session=session)
    with pytest.raises(AgentFailure):
        store.remove(USER_KEY.public_blob, session=session)
    with pytest.raises(AgentFailure, match="not visible"):
        add_wire(store, USER_KEY, "replace", session=session)
    assert store.identities()[0].comment == "restricted"
    store.remove(USER_KEY.public_blob)  # from an unbound (local) connection it is allowed


def test_user_patterns() -> None:
    store = constrained_store((hop(), hop("a", [HOST_A], user="al*")))
    session = bound((HOST_A, SID, False))
    ok = userauth_data(USER_KEY.public_blob, "ssh-ed25519", SID, user="alice")
    store.sign(USER_KEY.public_blob, ok, session=session)
    bad = userauth_data(USER_KEY.public_blob, "ssh-ed25519", SID, user="bob")
    with pytest.raises(AgentFailure, match="not permitted"):
        store.sign(USER_KEY.public_blob, bad, session=session)


def test_forwarding_chain() -> None:
    two_hops = ((hop(), hop("a", [HOST_A])), (hop("a", [HOST_A]), hop("b", [HOST_B])))
    store = constrained_store(*two_hops)
    session = bound((HOST_A, SID, True), (HOST_B, SID2, False))
    assert len(store.identities(session=session)) == 1
    hostbound = userauth_data(USER_KEY.public_blob, "ssh-ed25519", SID2, host_key=HOST_B)
    store.sign(USER_KEY.public_blob, hostbound, session=session)
    # Past the first hop the signed data must name the host key.
    plain = userauth_data(USER_KEY.public_blob, "ssh-ed25519", SID2)
    with pytest.raises(AgentFailure, match="without a bound host key"):
        store.sign(USER_KEY.public_blob, plain, session=session)
    # Only allowed up to A: hidden once forwarded to A, and unusable at B.
    first_only = constrained_store(two_hops[0])
    assert first_only.identities(session=bound((HOST_A, SID, True))) == []
    assert len(store.identities(session=bound((HOST_A, SID, True)))) == 1
    with pytest.raises(AgentFailure):
        first_only.sign(USER_KEY.public_blob, hostbound, session=session)


def test_signing_on_a_forwarding_binding_is_refused() -> None:
    store = constrained_store((hop(), hop("a", [HOST_A])), (hop("a", [HOST_A]), hop("b", [HOST_B])))
    session = bound((HOST_A, SID, True))
    data = userauth_data(USER_KEY.public_blob, "ssh-ed25519", SID, host_key=HOST_A)
    with pytest.raises(AgentFailure):
        store.sign(USER_KEY.public_blob, data, session=session)


def test_failed_bind_hides_constrained_keys() -> None:
    store = constrained_store((hop(), hop("a", [HOST_A])))
    add_wire(store, key("rsa"))
    session = SessionState()
    with pytest.raises(AgentFailure):
        session.bind(m.AgentSessionBind(HOST_A.public_blob, SID, b"bad", False))
    assert [v.blob for v in store.identities(session=session)] == [key("rsa").public_blob]


def _host_cert(principals: list[str], cert_type: CertificateType, **kw: Any) -> Any:
    return issue_certificate(
        ca_key(), HOST_A, cert_type=cert_type, key_id="h", principals=principals, **kw
    )


@pytest.mark.parametrize(
    ("principals", "cert_type", "extra", "allowed"),
    [
        (["a.example"], CertificateType.HOST, {}, True),
        (["*.example"], CertificateType.HOST, {}, True),
        ([], CertificateType.HOST, {}, True),
        (["b.example"], CertificateType.HOST, {}, False),
        (["a.example"], CertificateType.USER, {}, False),
        (["a.example"], CertificateType.HOST, {"valid_before": 1000}, False),
    ],
    ids=["principal", "wildcard", "any", "other-host", "user-cert", "expired"],
)
def test_host_certificates_match_ca_keyspecs(
    principals: list[str], cert_type: CertificateType, extra: dict[str, Any], allowed: bool
) -> None:
    store = constrained_store((hop(), hop("a.example", [ca_key()], ca=True)))
    cert = _host_cert(principals, cert_type, **extra)
    session = SessionState()
    session.bind(m.AgentSessionBind(cert.blob, SID, HOST_A.sign(SID), False))
    assert bool(store.identities(session=session)) is allowed


def test_plain_host_key_does_not_match_a_ca_keyspec() -> None:
    store = constrained_store((hop(), hop("a", [HOST_A], ca=True)))
    assert store.identities(session=bound((HOST_A, SID, False))) == []


@pytest.mark.parametrize(
    ("src", "dst"),
    [
        (hop(user="u"), hop("a", [HOST_A])),
        (hop("x"), hop("a", [HOST_A])),
        (
            m.AgentDestinationHop("", "", b"", (m.AgentHostKey(HOST_A.public_blob, False),)),
            hop("a", [HOST_A]),
        ),
        (hop(), hop("", [HOST_A])),
        (hop(), hop("a")),
        (hop(), hop("a", [b"garbage"])),
        (
            hop(),
            m.AgentDestinationHop("", "a", b"ext", (m.AgentHostKey(HOST_A.public_blob, False),)),
        ),
    ],
    ids=[
        "from-user",
        "from-host-no-keys",
        "from-keys-no-host",
        "to-no-host",
        "to-no-keys",
        "bad-key",
        "reserved",
    ],
)
def test_inconsistent_destinations_are_refused(src: Any, dst: Any) -> None:
    constraint = restrict((src, dst))
    ext = constraint.body
    assert isinstance(ext, m.AgentExtensionConstraint)
    assert isinstance(ext.details, m.AgentRestrictDestination)
    with pytest.raises(AgentFailure):
        destinations_from_wire(ext.details)


# -- helpers --------------------------------------------------------------------------------------


def test_parse_userauth_request_accepts_rsa_sha2_names() -> None:
    rsa = parse_key_blob(key("rsa").public_blob)
    for alg in ("ssh-rsa", "rsa-sha2-256", "rsa-sha2-512"):
        parsed = parse_userauth_request(userauth_data(rsa.blob, alg, SID, user="u"), rsa)
        assert parsed is not None and parsed.user == "u" and parsed.host_key is None
    cert = user_cert(key("rsa"))
    pcert = parse_key_blob(cert.blob)
    data = userauth_data(cert.blob, "rsa-sha2-512-cert-v01@openssh.com", SID)
    assert parse_userauth_request(data, pcert) is not None
    assert parse_userauth_request(userauth_data(cert.blob, "rsa-sha2-512", SID), pcert) is None


def test_parse_key_blob_canonicalises_plain_keys() -> None:
    parsed = parse_key_blob(key("ecdsa256").public_blob)
    assert parsed.type == "ecdsa-sha2-nistp256"
    cert = user_cert(key("ecdsa256"))
    assert parse_key_blob(cert.blob).type == cert.type


@pytest.mark.parametrize(
    ("text", "pattern", "result"),
    [
        ("alice", "alice", True),
        ("alice", "al*", True),
        ("alice", "a?ice", True),
        ("alice", "*", True),
        ("alice", "bob", False),
        ("alice", "Alice", False),
        ("a.b", "a?b", True),
        ("a+b", "a+b", True),
        ("ab", "a[b]", False),
    ],
)
def test_match_pattern(text: str, pattern: str, result: bool) -> None:
    assert match_pattern(text, pattern) is result


def test_repr_never_shows_private_material() -> None:
    store = make_store()
    private = generate_key("ed25519")
    store.add(private, "c")
    f = private.private_fields()
    assert isinstance(f, m.Ed25519PrivateKey)
    text = repr(store) + repr(store._identities) + repr(store.identities())
    assert f.private_key.hex() not in text
    assert "1 identities" in repr(store)
