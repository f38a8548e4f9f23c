"""The domain core: pure Python rules with no Django, no I/O, no clock and no settings.

An import-linter contract (see pyproject.toml) fails the build when anything here
imports Django or one of the Django apps.
"""
