"""Domain tests: property tests without an explicit example count take the same cut
under mutation testing as those with one (``tests.domain.examples``)."""

from __future__ import annotations

from hypothesis import settings

from tests.domain.examples import examples

settings.register_profile("domain", max_examples=examples(100))
settings.load_profile("domain")
