"""Confirmation through ``SSH_ASKPASS``, as OpenSSH's ssh-agent asks (readpass.c
ask_permission): the program gets the question as its argument and
``SSH_ASKPASS_PROMPT=confirm`` in its environment; it allows by exiting 0 after printing
nothing or ``yes``."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal

from ssh_wire.keys import SSHKey

__all__ = ["AskpassConfirm", "confirmation_prompt"]

log = logging.getLogger("ssh_agent.askpass")


def confirmation_prompt(
    key: SSHKey, comment: str, destination_info: str | None, fingerprint_hash: str = "sha256"
) -> str:
    """Returns the question ssh-agent asks before using a confirm-constrained key."""
    prompt = f"Allow use of key {comment}?\nKey fingerprint {key.fingerprint(fingerprint_hash)}."
    return prompt + (f"\n{destination_info}" if destination_info else "")


class AskpassConfirm:
    """A :data:`~ssh_agent.ConfirmCallback` that runs ``$SSH_ASKPASS`` (read at each call).

    Without SSH_ASKPASS every confirmation is refused.

    Args:
        fingerprint_hash: ``sha256`` or ``md5``, for the fingerprint in the question.
        timeout: seconds to wait for an answer before refusing (None: wait as long as it
            takes, like ssh-agent).
    """

    def __init__(self, fingerprint_hash: str = "sha256", timeout: float | None = None) -> None:
        self.fingerprint_hash = fingerprint_hash
        self.timeout = timeout

    async def __call__(self, key: SSHKey, comment: str, destination_info: str | None) -> bool:
        """Ask; returns True only when the program exits 0 answering nothing or ``yes``."""
        program = os.environ.get("SSH_ASKPASS")
        if not program:
            log.warning("SSH_ASKPASS is not set: use of %s refused", key.fingerprint())
            return False
        prompt = confirmation_prompt(key, comment, destination_info, self.fingerprint_hash)
        env = dict(os.environ, SSH_ASKPASS_PROMPT="confirm")
        try:
            proc = await asyncio.create_subprocess_exec(
                program,
                prompt,
                stdin=asyncio.subprocess.DEVNULL,
                stdout=asyncio.subprocess.PIPE,
                env=env,
                start_new_session=True,  # its own process group, so a timeout ends it all
            )
        except OSError as exc:
            log.warning("cannot run SSH_ASKPASS (%s): refused", exc.strerror)
            return False
        try:
            out, _ = await asyncio.wait_for(proc.communicate(), self.timeout)
        except TimeoutError:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(proc.pid, signal.SIGKILL)
            await proc.wait()
            log.warning("SSH_ASKPASS gave no answer in time: refused")
            return False
        if proc.returncode != 0:
            return False
        # readpass.c ssh_askpass keeps the answer up to the first CR or LF.
        answer = out.decode("utf-8", "replace").replace("\r", "\n").split("\n", 1)[0]
        return answer == "" or answer.lower() == "yes"
