"""The ready-made ``SshdPolicy`` handler, with OpenSSH's ``ssh`` logging in to our server:
authorized_keys lines with options (their options reach ``ServerAuthResult.info``), a
``from=`` restriction, certificates from a TrustedUserCAKeys file with an
AuthorizedPrincipalsFile, passwords from a PasswordTable; and our client using the agent
named by ``SSH_AUTH_SOCK``.
"""

from __future__ import annotations

import asyncio
import subprocess
from collections.abc import Sequence
from pathlib import Path

import pytest

from ssh_engine._auth._authorized_keys import KeyOptions
from ssh_engine._auth._client_flow import authenticate
from ssh_engine._auth._methods import AgentAuth
from ssh_engine._auth._passwords import PasswordTable
from ssh_engine._auth._server_flow import ServerAuthResult
from ssh_engine._auth._sshd_policy import SshdPolicy
from ssh_engine._transport._driver import connect
from ssh_wire.keys import generate_key
from tests.interop._auth_users import generate_user_key, running_ssh_agent
from tests.interop._our_server import (
    OurServer,
    SshClient,
    clean_env,
    ssh_command,
    write_known_hosts,
)

USER = "carol"
PASSWORD = "correct horse battery staple"
HOST_KEY = generate_key("ed25519")


def _pub(private: Path) -> Path:
    return Path(f"{private}.pub")


def _keygen(*args: str) -> None:
    subprocess.run(["ssh-keygen", "-q", *args], check=True, capture_output=True, timeout=60)


async def _ssh(
    tmp: Path, policy: SshdPolicy, options: Sequence[str | Path], env: dict[str, str] | None = None
) -> tuple[int, str, ServerAuthResult | None]:
    known_hosts = write_known_hosts(tmp / "known_hosts", HOST_KEY)
    async with (
        asyncio.timeout(30),
        OurServer(policy, host_keys=(HOST_KEY,), failure_delay=0) as server,
    ):
        batch = env is None
        ssh = await SshClient.start(
            ssh_command(server.port, known_hosts, USER, *options, batch=batch),
            env=env or clean_env(),
        )
        record = await server.next_connection()
        result = await record.wait_authenticated()
        if result is not None:
            await ssh.wait_for_output("Authenticated to")
            code = await ssh.stop()
        else:
            code = await ssh.wait()
        await record.wait_finished()
        return code, ssh.stderr, result


def _policy(tmp: Path, **kwargs: object) -> SshdPolicy:
    return SshdPolicy(authorized_keys=lambda user: tmp / f"{user}.keys", **kwargs)  # type: ignore[arg-type]


def test_authorized_keys_line_with_options(tmp_path: Path) -> None:
    key = generate_user_key(tmp_path, "ed25519")
    line = f'from="127.0.0.1",no-pty,command="echo forced" {_pub(key).read_text().strip()}\n'
    (tmp_path / f"{USER}.keys").write_text(line)
    _code, stderr, result = asyncio.run(_ssh(tmp_path, _policy(tmp_path), ["-i", key]))
    assert result is not None and result.methods == ("publickey",)
    options = result.info
    assert isinstance(options, KeyOptions)
    assert options.command == "echo forced"
    assert not options.allows_pty
    assert 'using "publickey"' in stderr


def test_from_restriction_refuses(tmp_path: Path) -> None:
    key = generate_user_key(tmp_path, "ecdsa")
    (tmp_path / f"{USER}.keys").write_text(f'from="10.*" {_pub(key).read_text().strip()}\n')
    code, stderr, result = asyncio.run(_ssh(tmp_path, _policy(tmp_path), ["-i", key]))
    assert result is None
    assert code == 255 and "Permission denied (publickey" in stderr


@pytest.mark.parametrize("principal_file", [False, True])
def test_trusted_user_ca(tmp_path: Path, principal_file: bool) -> None:
    ca = tmp_path / "ca"
    _keygen("-t", "ed25519", "-N", "", "-f", str(ca))
    key = generate_user_key(tmp_path, "rsa")
    principal = "ops-team" if principal_file else USER
    _keygen("-s", str(ca), "-I", "carol@ops", "-n", principal, str(_pub(key)))
    certificate = Path(f"{key}-cert.pub")
    principals = tmp_path / f"{USER}.principals"
    principals.write_text("ops-team\n")
    policy = _policy(
        tmp_path,
        trusted_user_ca_keys=Path(f"{ca}.pub"),
        authorized_principals=(lambda user: principals) if principal_file else None,
    )
    options: list[str | Path] = ["-i", key, "-o", f"CertificateFile={certificate}"]
    _code, _stderr, result = asyncio.run(_ssh(tmp_path, policy, options))
    assert result is not None and isinstance(result.info, KeyOptions)
    assert "-cert-v01@openssh.com" in getattr(result.request, "algorithm", "")


def test_password_table(tmp_path: Path) -> None:
    table = PasswordTable.from_plain({USER: PASSWORD}, n=2**12)
    askpass = tmp_path / "askpass"
    askpass.write_text(f"#!/bin/sh\necho '{PASSWORD}'\n")
    askpass.chmod(0o700)
    env = clean_env(SSH_ASKPASS=str(askpass), SSH_ASKPASS_REQUIRE="force", DISPLAY=":0")
    options = ["-o", "PreferredAuthentications=password", "-o", "PubkeyAuthentication=no"]
    _code, _stderr, result = asyncio.run(
        _ssh(tmp_path, SshdPolicy(passwords=table), options, env=env)
    )
    assert result is not None and result.methods == ("password",)
    askpass.write_text("#!/bin/sh\necho wrong\n")
    once = [*options, "-o", "NumberOfPasswordPrompts=1"]
    _code, stderr, result = asyncio.run(_ssh(tmp_path, SshdPolicy(passwords=table), once, env=env))
    assert result is None and "Permission denied" in stderr


def test_our_client_uses_the_agent_named_by_ssh_auth_sock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = generate_user_key(tmp_path, "ed25519")
    (tmp_path / f"{USER}.keys").write_text(_pub(key).read_text())
    with running_ssh_agent(tmp_path) as agent:
        agent.add(key)
        monkeypatch.setenv("SSH_AUTH_SOCK", str(agent.socket))

        async def main() -> tuple[str, ServerAuthResult | None]:
            async with (
                asyncio.timeout(20),
                OurServer(_policy(tmp_path), host_keys=(HOST_KEY,), failure_delay=0) as server,
            ):
                conn, _ = await connect(server.host, server.port, host_key_verifier=lambda k: True)
                login = await authenticate(conn, USER, auth_handler=[AgentAuth(None)])
                record = await server.next_connection()
                result = await record.wait_authenticated()
                await conn.close()
                return login.method, result

        method, result = asyncio.run(main())
    assert method == "publickey"
    assert result is not None and result.methods == ("publickey",)
