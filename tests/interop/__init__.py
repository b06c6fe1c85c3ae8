"""Interop tests against real OpenSSH programs started on 127.0.0.1 by the tests themselves.

They fail, never skip, when OpenSSH is missing: ``.ci/run`` installs it.
"""
