"""Cross-package test suites: golden vectors here, real-OpenSSH interop in ``interop/``."""
