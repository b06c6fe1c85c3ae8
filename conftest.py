"""Settings shared by every test suite in the repository (per-package and cross-package).

Hypothesis profiles: ``dev`` (default) and ``ci`` (more examples, derandomized so a CI run is
reproducible). ``CI=true`` selects ``ci``; ``HYPOTHESIS_PROFILE`` overrides both. No deadline
in either: timing on a shared 2-core machine is noise, and speed is measured in ``bench/``.
"""

from __future__ import annotations

import os

try:
    from hypothesis import HealthCheck, settings
except ImportError:  # hypothesis is a test dependency; packages' smoke tests run without it
    pass
else:
    settings.register_profile(
        "dev", deadline=None, max_examples=30, suppress_health_check=[HealthCheck.too_slow]
    )
    settings.register_profile(
        "ci",
        deadline=None,
        # 840 codec properties run per example count: 100 keeps the whole suite in minutes.
        max_examples=100,
        derandomize=True,
        print_blob=True,
        suppress_health_check=[HealthCheck.too_slow],
    )
    _ci = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
    settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if _ci else "dev"))
