"""The spec compiler: ``specs/*.yaml`` -> validated IR -> Jinja2 templates -> ``ssh_wire``.

Run ``python -m codegen generate`` (or ``nox -s codegen``) after editing a spec.
"""
