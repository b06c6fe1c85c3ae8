"""What the library does today, shown against real OpenSSH programs on this machine.

Run with ``nox -s demo``. The demo starts a private sshd on 127.0.0.1 (its own host keys and
config in a temp dir; the system sshd is never touched), reads the KEXINIT it sends and
decodes it with the generated codecs, round-trips a few messages, asks OpenSSH's sftp-server
for its extensions, shows our keys and agent with OpenSSH's tools, then our own client's
handshake, login and commands against sshd, and OpenSSH's ssh logging in to our own server
and running a command there. The public asyncio Client/Server facades and SFTP are not built
yet, and the demo says so.
"""

from __future__ import annotations

import asyncio
import getpass
import hashlib
import os
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import ssh_agent
import ssh_engine
import ssh_sftp
import ssh_wire
import ssh_wire.reference
from ssh_engine._auth._client_flow import Credentials, authenticate
from ssh_engine._auth._server_flow import AuthContext, serve_authentication
from ssh_engine._errors import HostKeyRejected
from ssh_engine._session import ConnectionMux, ServerSession, SessionServer, run_command
from ssh_engine._transport import HostKeyReceived, KexCompleted, ServiceAccepted, TransportConfig
from ssh_engine._transport._driver import accept, connect
from ssh_engine._transport._stream import start_server
from ssh_wire import keys
from ssh_wire.messages import (
    ChannelData,
    KexInit,
    SftpInit,
    SftpVersion,
    UserauthPasswordRequest,
    UserauthPublickeyRequest,
    UserauthRequest,
)

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # reuse the interop tests' sshd and sftp-server launchers
    sys.path.insert(0, str(ROOT))

from tests.interop._sftp_server import SftpServerPipe  # noqa: E402
from tests.interop._sshd import (  # noqa: E402
    OpenSSHMissingError,
    read_server_kexinit,
    require_program,
    running_sshd,
)

KEXINIT_LISTS = (
    ("key exchange", "kex_algorithms"),
    ("host key", "server_host_key_algorithms"),
    ("cipher c->s", "encryption_algorithms_client_to_server"),
    ("cipher s->c", "encryption_algorithms_server_to_client"),
    ("mac c->s", "mac_algorithms_client_to_server"),
    ("mac s->c", "mac_algorithms_server_to_client"),
    ("compression c->s", "compression_algorithms_client_to_server"),
    ("compression s->c", "compression_algorithms_server_to_client"),
)


def section(title: str) -> None:
    """Print a section heading."""
    print(f"\n== {title} " + "=" * max(0, 76 - len(title)))


def hexdump(data: bytes, limit: int = 256) -> str:
    """Return data as offset / hex / ASCII lines, 16 bytes a line, at most limit bytes."""
    lines = []
    for offset in range(0, min(len(data), limit), 16):
        chunk = data[offset : offset + 16]
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        lines.append(f"  {offset:04x}  {chunk.hex(' '):<47}  |{text}|")
    if len(data) > limit:
        lines.append(f"  ... {len(data) - limit} more bytes")
    return "\n".join(lines)


def microseconds(fn: Callable[[], object], rounds: int = 2000) -> float:
    """Return the mean wall time of fn() in microseconds (indicative; see bench/ for more)."""
    start = time.perf_counter()
    for _ in range(rounds):
        fn()
    return (time.perf_counter() - start) / rounds * 1e6


def show_kexinit() -> None:
    """Start a private sshd, read its KEXINIT and show it decoded by both backends."""
    section("1. A private OpenSSH sshd and the KEXINIT it sends (RFC 4253 §7.1)")
    with running_sshd() as server:
        print(f"sshd listening on {server.host}:{server.port}, files in {server.tmpdir}")
        ident, payload = read_server_kexinit(server.host, server.port, timeout=10.0)
    print(f"server identification: {ident}")
    print(f"first packet payload: {len(payload)} bytes")
    print(hexdump(payload, limit=64))

    msg = ssh_wire.decode_message(payload)
    assert isinstance(msg, KexInit)
    print(f"\ndecoded by the generated fast codec as {type(msg).__name__}:")
    print(f"  cookie            {msg.cookie.hex()}")
    for label, attr in KEXINIT_LISTS:
        names: tuple[str, ...] = getattr(msg, attr)
        print(
            textwrap.fill(
                ", ".join(names) or "(none)",
                width=96,
                initial_indent=f"  {label:<17} ",
                subsequent_indent=" " * 20,
                break_on_hyphens=False,
            )
        )
    print(f"  first_kex_packet_follows={msg.first_kex_packet_follows} reserved={msg.reserved}")

    reference = ssh_wire.reference.decode_message(payload)
    same_bytes = ssh_wire.encode_message(msg) == payload
    print("\nconstruct reference decoder gives an equal object:", reference == msg)
    print("fast encoder writes the same bytes back:          ", same_bytes)
    fast_us = microseconds(lambda: ssh_wire.decode_message(payload))
    ref_us = microseconds(lambda: ssh_wire.reference.decode_message(payload), rounds=200)
    print(
        f"decode time, one rough run: fast {fast_us:.1f} us, construct {ref_us:.1f} us (see bench/)"
    )


def show_round_trips() -> None:
    """Encode a few messages, show their bytes, and decode them back."""
    section("2. Round trips through the codecs (RFC 4254 §5.2, RFC 4252 §7 and §8)")
    messages: list[object] = [
        ChannelData(recipient_channel=0, data=b"hello, sshd\n"),
        UserauthRequest(
            user_name="alice",
            service_name="ssh-connection",
            method_name="password",
            method=UserauthPasswordRequest(change=False, password="hunter2", new_password=None),
        ),
        UserauthRequest(
            user_name="alice",
            service_name="ssh-connection",
            method_name="publickey",
            method=UserauthPublickeyRequest(
                has_signature=False,
                algorithm="ssh-ed25519",
                public_key=b"\x00\x00\x00\x0bssh-ed25519" + b"\x00\x00\x00\x20" + bytes(32),
                signature=None,
            ),
        ),
    ]
    for msg in messages:
        wire = ssh_wire.encode_message(msg)
        back = ssh_wire.decode_message(memoryview(wire))
        print(f"\n{msg!r}")
        print(hexdump(wire))
        print(
            f"  decode(encode(msg)) == msg: {back == msg};"
            f" construct builds the same bytes: {ssh_wire.reference.encode_message(msg) == wire}"
        )
    print("\n(the password is a `secret` field: it is left out of repr())")


def show_sftp_server() -> None:
    """Send INIT v3 to OpenSSH's sftp-server over pipes and show its VERSION reply."""
    section("3. OpenSSH's sftp-server over pipes (draft-ietf-secsh-filexfer-02 §4)")
    init = ssh_wire.encode_message(SftpInit(version=3, extensions=()))
    with SftpServerPipe() as pipe:
        print(f"sftp-server pid {pipe.process.pid}; sending INIT: {init.hex(' ')}")
        pipe.send(init)
        payload = pipe.receive()
    msg = ssh_wire.decode_message(payload, "sftp")
    assert isinstance(msg, SftpVersion)
    print(f"VERSION {msg.version}, {len(msg.extensions)} extensions:")
    for ext in msg.extensions:
        print(f"  {ext.name:<34} {bytes(ext.data).decode(errors='replace')}")
    print("re-encodes to the same bytes:", ssh_wire.encode_message(msg) == payload)


def _keygen(*args: str, stdin: bytes | None = None) -> str:
    """Run ssh-keygen; returns its stdout (raises on failure)."""
    program = require_program("ssh-keygen")
    done = subprocess.run(
        [program, *args], input=stdin, capture_output=True, check=True, timeout=30
    )
    return done.stdout.decode()


def show_keys() -> None:
    """Generate keys, certify one and sign a file, each checked by OpenSSH's ssh-keygen."""
    section("4. Keys, certificates and SSH signatures (ssh_wire.keys), checked by ssh-keygen")
    with tempfile.TemporaryDirectory(prefix="sshwire-keys-") as tmp:
        work = Path(tmp)
        for key_type, bits in (("ed25519", None), ("ecdsa", 384), ("rsa", 3072)):
            pair = keys.generate_key_pair(
                key_type, bits, comment=f"demo-{key_type}", passphrase="demo pass"
            )
            path = work / f"id_{key_type}"
            path.write_bytes(pair.private_file)
            path.chmod(0o600)
            theirs = _keygen("-l", "-E", "sha256", "-f", str(path), "-P", "demo pass").split()
            ours = pair.key.fingerprint()
            print(f"{pair.key.type:<22} {pair.key.bits:>4} bits  {ours}")
            print(f"{'':<28}ssh-keygen -l on our encrypted file agrees: {theirs[1] == ours}")
        ca = keys.generate_key("ed25519", comment="demo CA")
        user = keys.generate_key("ecdsa", 256, comment="alice")
        cert = keys.issue_certificate(
            ca,
            user.public_key(),
            cert_type=keys.CertificateType.USER,
            key_id="alice@demo",
            principals=("alice", "ops"),
            serial=42,
        )
        cert_path = work / "alice-cert.pub"
        cert_path.write_text(cert.openssh_public_line() + "\n")
        listing = _keygen("-L", "-f", str(cert_path))
        print("\nour certificate, as ssh-keygen -L prints it:")
        for line in listing.splitlines()[1:9]:
            print("  " + line.strip())
        data = b"release-1.0.tar.gz contents\n"
        signature = keys.sshsig_sign(user, data, namespace="file")
        (work / "allowed").write_text(f"alice {user.public_key().openssh_public_line()}\n")
        (work / "data.sig").write_text(signature)
        verdict = _keygen(
            "-Y", "verify", "-f", str(work / "allowed"), "-I", "alice", "-n", "file",
            "-s", str(work / "data.sig"), stdin=data,
        )  # fmt: skip
        print(f"\nSSHSIG made by us, ssh-keygen -Y verify says: {verdict.strip()}")


def _ssh_env(sock: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SSH_")}
    return env | {"SSH_AUTH_SOCK": str(sock), "PYTHONPATH": os.pathsep.join(sys.path)}


async def _list_with_our_client(sock: Path) -> list[str]:
    async with ssh_agent.OpenSSHAgent(str(sock)) as client:
        return [f"{key.type} {key.comment}" for key in await client.list_identities()]


def show_agent_and_login() -> None:
    """Run our agent, load it with OpenSSH's ssh-add, and log OpenSSH's ssh into a private
    sshd with a key that only our agent holds."""
    section("5. Our ssh-agent (python -m ssh_agent) serving ssh-add and an ssh login")
    with tempfile.TemporaryDirectory(prefix="sshwire-agent-") as tmp:
        work = Path(tmp)
        sock = work / "agent.sock"
        env = _ssh_env(sock)
        agent = subprocess.Popen(
            [sys.executable, "-m", "ssh_agent", "-D", "-a", str(sock)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            stdin=subprocess.DEVNULL,
            env=env,
        )
        try:
            assert agent.stdout is not None
            print("python -m ssh_agent -D says:", agent.stdout.readline().decode().strip())
            key = keys.generate_key("ed25519", comment="demo@agent")
            key_file = work / "id_demo"
            key_file.write_bytes(keys.export_private_key(key))
            key_file.chmod(0o600)
            ssh_add = require_program("ssh-add")
            added = subprocess.run(
                [ssh_add, str(key_file)], env=env, capture_output=True, text=True, timeout=30
            )
            print("ssh-add:", added.stderr.strip())
            key_file.unlink()  # from here on the key exists only inside our agent
            listed = subprocess.run(
                [ssh_add, "-l"], env=env, capture_output=True, text=True, timeout=30
            )
            print("ssh-add -l:", listed.stdout.strip())
            print("our AgentClient lists:", asyncio.run(_list_with_our_client(sock)))
            with running_sshd() as sshd:
                sshd.authorized_keys.write_text(key.openssh_public_line() + "\n")
                login = subprocess.run(
                    [
                        require_program("ssh"), "-F", "/dev/null",
                        "-o", "IdentitiesOnly=no", "-o", f"IdentityAgent={sock}",
                        "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
                        "-o", "BatchMode=yes", "-o", "ConnectTimeout=10",
                        "-p", str(sshd.port), f"{getpass.getuser()}@{sshd.host}",
                        "echo logged in as $(id -un) with a key held only by our agent",
                    ],
                    env=env, capture_output=True, text=True, timeout=60,
                )  # fmt: skip
                result = login.stdout.strip() or f"login failed: {login.stderr.strip()}"
                print(f"ssh -p {sshd.port} {sshd.host}: {result}")
        finally:
            agent.send_signal(signal.SIGTERM)
            agent.wait(timeout=10)


async def _our_handshake(host: str, port: int, known_hosts: Path, user_key: keys.SSHKey) -> None:
    conn, events = await connect(host, port, host_key_verifier=known_hosts, ready_timeout=20)
    try:
        for event in events:
            if isinstance(event, HostKeyReceived):
                print(
                    f"host key {event.algorithm}: {event.key.fingerprint()}, found in known_hosts"
                )
            elif isinstance(event, KexCompleted):
                n = event.negotiated
                print(f"kex {n.kex}, host key {n.srv_host_key}")
                print(f"  client->server {n.cs.cipher} {n.cs.mac or '(AEAD)'} {n.cs.compress}")
                print(f"  server->client {n.sc.cipher} {n.sc.mac or '(AEAD)'} {n.sc.compress}")
                print(f"  session id {event.session_id.hex()[:32]}...")
            elif isinstance(event, ServiceAccepted):
                print("sshd accepted our ssh-userauth service request over the encrypted link")
        login = await authenticate(conn, "root", Credentials(keys=[user_key]))
        print(f"logged in as {login.username} with {login.method} (tried {', '.join(login.tried)})")
        proven: list[keys.SSHKey] = []
        async with ConnectionMux(conn, "client", on_host_keys=proven.extend) as mux:
            result = await run_command(mux, "echo hello from $(uname -s); id -un; exit 3")
            print(f"$ echo ...; id -un; exit 3  ->  exit status {result.exit_status}")
            print(textwrap.indent(result.stdout.decode(errors="replace").rstrip(), "  "))
            data = os.urandom(8 * 1024 * 1024)
            started = time.perf_counter()
            digest = await run_command(mux, "sha256sum", data)
            elapsed = time.perf_counter() - started
            same = digest.stdout.split()[0].decode() == hashlib.sha256(data).hexdigest()
            print(
                f"8 MiB through sha256sum on the server in {elapsed * 1000:.0f} ms:"
                f" checksum {'equal' if same else 'DIFFERENT (a bug)'}"
            )
            await mux.rekey()
            print(f"rekeyed on demand ({mux.rekeys} key exchange(s) since login)")
            print(
                "sshd announced its host keys after login; proven by signatures: "
                + ", ".join(k.type for k in proven or mux.host_keys)
            )
    finally:
        await conn.close()
    wrong = known_hosts.with_name("wrong_known_hosts")
    other = keys.generate_key("ed25519")
    wrong.write_text(f"[{host}]:{port} {other.openssh_public_line()}\n")
    try:
        conn, _ = await connect(host, port, host_key_verifier=wrong, ready_timeout=20)
    except HostKeyRejected as exc:
        print(f"with a known_hosts that lists another key: refused, {exc}")
    else:
        await conn.close()
        print("with a known_hosts that lists another key: ACCEPTED (this is a bug)")


def show_our_handshake() -> None:
    """Our own client (ssh_engine) runs the handshake with sshd, logs in and runs commands."""
    section("6. Our client against sshd: handshake, login, commands")
    user_key = keys.generate_key("ed25519")
    with running_sshd(extra_config=["PermitRootLogin yes"]) as sshd:
        sshd.authorized_keys.write_text(user_key.openssh_public_line() + "\n")
        known_hosts = sshd.tmpdir / "known_hosts"
        lines = [
            f"[{sshd.host}]:{sshd.port} " + path.with_suffix(".pub").read_text().strip()
            for path in sshd.host_keys.values()
        ]
        known_hosts.write_text("\n".join(lines) + "\n")
        asyncio.run(_our_handshake(sshd.host, sshd.port, known_hosts, user_key))


async def _demo_session(session: ServerSession) -> int:
    """The demo server's 'shell': a few commands implemented in Python, no process spawned."""
    command = session.command or ""
    if command == "whoami":
        session.channel.write(b"served by ssh_engine's SessionServer\n")
        return 0
    session.channel.write(f"unknown command: {command}\n".encode(), 1)
    return 127


async def _our_server_and_ssh(workdir: Path) -> None:
    host_key = keys.generate_key("ed25519")
    user_key = keys.generate_key("ed25519")
    identity = workdir / "id_ed25519"
    identity.write_bytes(_as_bytes(keys.export_private_key(user_key, "openssh")))
    identity.chmod(0o600)
    known_hosts = workdir / "known_hosts"
    logins: list[str] = []

    async def decide(ctx: AuthContext) -> bool:
        if ctx.method == "publickey" and ctx.key == user_key.public_key():
            return True
        if ctx.method == "keyboard-interactive":
            answers = await ctx.prompt([("Demo code: ", True)], "demo", "type 42")
            return answers == ["42"]
        return False

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        conn, _ = await accept(reader, writer, TransportConfig(host_keys=(host_key,)))
        login = await serve_authentication(
            conn, decide, authentication_methods="publickey,keyboard-interactive"
        )
        logins.append(f"{login.username} by {' then '.join(login.methods)}")
        async with ConnectionMux(conn, "server", handlers=SessionServer(_demo_session)) as mux:
            await mux.wait_closed()

    server = await start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    known_hosts.write_text(f"[127.0.0.1]:{port} {host_key.public_key().openssh_public_line()}\n")
    askpass = workdir / "askpass"
    askpass.write_text("#!/bin/sh\necho 42\n")
    askpass.chmod(0o700)
    env = {**os.environ, "SSH_ASKPASS": str(askpass), "SSH_ASKPASS_REQUIRE": "force"}
    env.pop("SSH_AUTH_SOCK", None)
    command = [
        "ssh", "-F", "/dev/null", "-p", str(port), "-i", str(identity),
        "-o", "IdentitiesOnly=yes", "-o", f"UserKnownHostsFile={known_hosts}",
        "-o", "StrictHostKeyChecking=yes", "-o", "LogLevel=ERROR", "demo@127.0.0.1", "whoami",
    ]  # fmt: skip
    print(f"$ ssh -p {port} -i id_ed25519 ... demo@127.0.0.1 whoami")
    process = await asyncio.create_subprocess_exec(
        *command, env=env, stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, err = await asyncio.wait_for(process.communicate(), 30)
    print(textwrap.indent((out + err).decode(errors="replace").rstrip(), "  "))
    print(f"ssh exit status {process.returncode}; our server saw a login: {', '.join(logins)}")
    server.close()
    await server.wait_closed()


def _as_bytes(data: bytes | str) -> bytes:
    return data if isinstance(data, bytes) else data.encode()


def show_our_server() -> None:
    """OpenSSH's ssh logs in to our own server (two factors) and runs a command there."""
    section("7. OpenSSH's ssh logs in to our server (key + keyboard-interactive)")
    require_program("ssh")
    with tempfile.TemporaryDirectory() as workdir:
        asyncio.run(_our_server_and_ssh(Path(workdir)))


def show_status() -> None:
    """Say plainly which parts of the library exist and which do not yet."""
    section("8. What is built, and what is not yet")
    print(
        f"ssh_wire   {ssh_wire.__version__}: generated codecs for SSH, SFTP and agent messages"
        " (fast struct codec + construct reference), keys in every OpenSSH/PuTTY format,"
        " certificates, SSHSIG -- BUILT, shown above"
    )
    print(
        f"ssh_agent  {ssh_agent.__version__}: agent clients (OpenSSH, Cygwin, Pageant) and a"
        " drop-in agent with its key store -- BUILT, shown above"
    )
    print(
        f"ssh_engine {ssh_engine.__version__}: the transport (every kex, cipher, MAC and host"
        " key algorithm, strict kex, rekeying, known_hosts), user authentication in both roles"
        " and sessions (exec, channels with flow control) -- BUILT, shown above (internal"
        " modules); the public asyncio Client/Server facades, port forwarding, X11 and agent"
        " forwarding -- NOT BUILT YET"
    )
    print(f"ssh_sftp   {ssh_sftp.__version__}: SFTP v3 client and server -- NOT BUILT YET")


def main() -> int:
    """Run every section; return the process exit status."""
    try:
        show_kexinit()
        show_round_trips()
        show_sftp_server()
        show_keys()
        show_agent_and_login()
        show_our_handshake()
        show_our_server()
    except OpenSSHMissingError as exc:
        print(f"\ndemo needs OpenSSH: {exc}", file=sys.stderr)
        return 1
    show_status()
    return 0


if __name__ == "__main__":
    sys.exit(main())
