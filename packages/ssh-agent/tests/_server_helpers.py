"""Helpers shared by the agent server's unit tests: keys, wire requests, reply parsing."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

from ssh_agent._framing import FrameDecoder, frame
from ssh_wire import decode_message, encode_message
from ssh_wire import messages as m
from ssh_wire.keys import CertificateType, SSHCertificate, SSHKey, generate_key, issue_certificate

KEY_SPECS: dict[str, tuple[str, int | None]] = {
    "ed25519": ("ed25519", None),
    "ecdsa256": ("ecdsa", 256),
    "ecdsa384": ("ecdsa", 384),
    "ecdsa521": ("ecdsa", 521),
    "rsa": ("rsa", 2048),
    "dsa": ("dsa", None),
}


@functools.cache
def key(name: str, index: int = 0) -> SSHKey:
    """A private key per (type name, index), generated once per test session."""
    family, bits = KEY_SPECS[name]
    return generate_key(family, bits, comment=f"{name}-{index}")


@functools.cache
def ca_key() -> SSHKey:
    return generate_key("ed25519", comment="ca")


def user_cert(subject: SSHKey, ca: SSHKey | None = None) -> SSHCertificate:
    return issue_certificate(
        ca or ca_key(), subject, cert_type=CertificateType.USER, key_id="u", principals=["u"]
    )


def cert_fields(private: SSHKey, cert: SSHCertificate) -> Any:
    """The private fields of a *-cert-v01 ADD_IDENTITY, as ssh-add sends them."""
    f = private.private_fields()
    if isinstance(f, m.Ed25519PrivateKey):
        return m.Ed25519CertPrivateKey(cert.blob, f.public_key, f.private_key)
    if isinstance(f, m.RsaPrivateKey):
        return m.RsaCertPrivateKey(cert.blob, f.d, f.iqmp, f.p, f.q)
    if isinstance(f, m.EcdsaPrivateKey):
        return m.EcdsaCertPrivateKey(cert.blob, f.d)
    assert isinstance(f, m.DssPrivateKey)
    return m.DssCertPrivateKey(cert.blob, f.x)


def add_request(
    private: SSHKey,
    comment: str = "",
    *,
    cert: SSHCertificate | None = None,
    constraints: Sequence[m.AgentConstraint] = (),
    constrained: bool | None = None,
) -> m.AgentAddIdentity | m.AgentAddIdConstrained:
    key_type = cert.type if cert is not None else private.type
    fields = cert_fields(private, cert) if cert is not None else private.private_fields()
    if constrained or (constrained is None and constraints):
        return m.AgentAddIdConstrained(key_type, fields, comment, tuple(constraints))
    return m.AgentAddIdentity(key_type, fields, comment)


def lifetime(seconds: int) -> m.AgentConstraint:
    return m.AgentConstraint(m.AgentConstraintType.LIFETIME, m.AgentLifetimeConstraint(seconds))


def confirm() -> m.AgentConstraint:
    return m.AgentConstraint(m.AgentConstraintType.CONFIRM, None)


def maxsign(count: int) -> m.AgentConstraint:
    return m.AgentConstraint(m.AgentConstraintType.MAXSIGN, m.AgentMaxsignConstraint(count))


def hop(
    hostname: str = "", keys: Sequence[SSHKey | bytes] = (), user: str = "", *, ca: bool = False
) -> m.AgentDestinationHop:
    specs = tuple(m.AgentHostKey(k.public_blob if isinstance(k, SSHKey) else k, ca) for k in keys)
    return m.AgentDestinationHop(user, hostname, b"", specs)


def restrict(*pairs: tuple[m.AgentDestinationHop, m.AgentDestinationHop]) -> m.AgentConstraint:
    entries = tuple(
        m.AgentDestinationConstraintEntry(m.AgentDestinationConstraint(src, dst, b""))
        for src, dst in pairs
    )
    ext = m.AgentExtensionConstraint(
        "restrict-destination-v00@openssh.com",
        m.AgentRestrictDestination(m.AgentDestinationConstraints(entries)),
    )
    return m.AgentConstraint(m.AgentConstraintType.EXTENSION, ext)


def bind_request(host: SSHKey, sid: bytes, *, forwarding: bool = False) -> m.AgentSessionBind:
    """A session-bind@openssh.com body signed by ``host`` (PROTOCOL.agent §1)."""
    return m.AgentSessionBind(host.public_blob, sid, host.sign(sid), forwarding)


def userauth_data(
    blob: bytes,
    algorithm: str,
    sid: bytes,
    user: str = "root",
    host_key: SSHKey | None = None,
    service: str = "ssh-connection",
) -> bytes:
    """What ssh asks the agent to sign for publickey (or hostbound) userauth."""
    if host_key is None:
        return encode_message(m.PublickeySignedData(sid, user, service, algorithm, blob))
    return encode_message(
        m.HostboundSignedData(sid, user, service, algorithm, blob, host_key.public_blob)
    )


def framed(msg: Any) -> bytes:
    return frame(encode_message(msg))


def replies(data: bytes) -> list[Any]:
    """Decode every framed agent reply in ``data``."""
    return [decode_message(p, "agent") for p in FrameDecoder().feed(data)]
