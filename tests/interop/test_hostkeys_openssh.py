"""OpenSSH host key rotation (PROTOCOL §2.5: hostkeys-00@openssh.com and
hostkeys-prove-00@openssh.com) against real OpenSSH, both ways.

* ``ssh -o UpdateHostKeys=yes`` logs in to our server, which announces its three host keys
  after authentication; ssh asks for proofs of the two it does not know, checks them and
  writes them to its known_hosts ("Learned new hostkey"). Run with ed25519 negotiated
  (our RSA proof is rsa-sha2-512) and with rsa-sha2-256 negotiated (the RSA proof must then
  use rsa-sha2-256, which ssh checks).
* Our client logs in to sshd, which announces its host keys; our client proves them and
  reports them through ``on_host_keys`` (the seed's ``hostkeys`` event).
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from ssh_engine._auth._client_flow import Credentials, authenticate
from ssh_engine._auth._server_flow import serve_authentication
from ssh_engine._errors import DisconnectError
from ssh_engine._session import ConnectionMux, ServerSession, SessionServer
from ssh_engine._transport import TransportConfig
from ssh_engine._transport._driver import accept, connect
from ssh_wire.keys import (
    SSHCertificate,
    SSHKey,
    export_private_key,
    generate_key,
    load_public_key,
    parse_public_key,
)
from tests.interop._our_server import SshClient, clean_env, ssh_command, write_known_hosts
from tests.interop._sshd import SshdServer, running_sshd

_HOST_KEYS = {
    "ed25519": generate_key("ed25519"),
    "ecdsa": generate_key("ecdsa", 256),
    "rsa": generate_key("rsa", 2048),
}
_USER_KEY = generate_key("ed25519")


async def _idle_session(session: ServerSession) -> int:
    return 0


def _write_user_key(tmp_path: Path) -> Path:
    path = tmp_path / "id_ed25519"
    data = export_private_key(_USER_KEY, "openssh")
    path.write_bytes(data if isinstance(data, bytes) else data.encode())
    path.chmod(0o600)
    return path


@pytest.mark.parametrize(
    ("known", "host_key_algorithm"),
    [("ed25519", "ssh-ed25519"), ("rsa", "rsa-sha2-256")],
)
def test_ssh_learns_our_other_host_keys(
    tmp_path: Path, known: str, host_key_algorithm: str
) -> None:
    """ssh knows one of our keys; after login it has proven and recorded the other two."""
    known_hosts = write_known_hosts(tmp_path / "known_hosts", _HOST_KEYS[known])
    identity = _write_user_key(tmp_path)
    algorithms = ",".join(
        [host_key_algorithm, "ssh-ed25519", "ecdsa-sha2-nistp256", "rsa-sha2-512"]
    )
    errors: list[BaseException] = []

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            conn, _ = await accept(
                reader, writer, TransportConfig(host_keys=tuple(_HOST_KEYS.values()))
            )
            await serve_authentication(conn, lambda ctx: ctx.key == _USER_KEY.public_key())
            async with ConnectionMux(conn, "server", handlers=SessionServer(_idle_session)) as mux:
                await mux.wait_closed()
                error = mux.error  # ssh's DISCONNECT (BY_APPLICATION) or EOF is a clean end
                clean = isinstance(error, ConnectionError) or (
                    isinstance(error, DisconnectError) and error.reason == 11
                )
                if error is not None and not clean:
                    errors.append(error)
        except Exception as exc:  # recorded for the assertion below
            errors.append(exc)

    async def main() -> str:
        server = await asyncio.start_server(handle, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        command = ssh_command(
            port, known_hosts, "alice",
            "-o", "UpdateHostKeys=yes", "-o", f"HostKeyAlgorithms={algorithms}", "-i", identity,
        )  # fmt: skip
        ssh = await SshClient.start(command, env=clean_env())
        try:
            async with asyncio.timeout(20):
                while len(known_hosts.read_text().splitlines()) < len(_HOST_KEYS):
                    await asyncio.sleep(0.05)
        finally:
            await ssh.stop()
            server.close()
            await server.wait_closed()
        return ssh.stderr

    stderr = asyncio.run(main())
    assert "Authenticated to" in stderr
    learned = {
        _blob(parse_public_key(line.split(" ", 1)[1]))
        for line in known_hosts.read_text().splitlines()
    }
    assert learned == {key.public_blob for key in _HOST_KEYS.values()}
    for kind, key in _HOST_KEYS.items():
        if kind != known:
            label = "ED25519" if kind == "ed25519" else kind.upper()
            assert f"Learned new hostkey: {label} {key.fingerprint()}" in stderr
    assert not errors, errors


def test_our_client_proves_sshd_host_keys(tmp_path: Path) -> None:
    """sshd announces its host keys after login; our client has them proven and reports
    exactly sshd's keys through ``on_host_keys``."""
    with running_sshd(tmp_path, extra_config=["PermitRootLogin yes"]) as sshd:
        sshd.authorized_keys.write_text(_USER_KEY.openssh_public_line() + "\n")
        reported = asyncio.run(_login_and_collect(sshd))
        expected = {_blob(load_public_key(Path(f"{path}.pub"))) for path in sshd.host_keys.values()}
    assert {key.public_blob for key in reported} == expected


def _blob(key: SSHKey | SSHCertificate) -> bytes:
    assert isinstance(key, SSHKey), "a plain key, not a certificate"
    return key.public_blob


async def _login_and_collect(sshd: SshdServer) -> list[SSHKey]:
    async with asyncio.timeout(20):
        conn, _ = await connect(sshd.host, sshd.port, host_key_verifier=lambda key: True)
        await authenticate(conn, "root", Credentials(keys=[_USER_KEY]))
        reported: asyncio.Future[list[SSHKey]] = asyncio.get_running_loop().create_future()
        async with ConnectionMux(conn, "client", on_host_keys=reported.set_result) as mux:
            keys = await reported
            assert mux.host_keys == keys
            return keys
