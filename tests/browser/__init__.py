"""Browser tests of the built site (pytest -m browser)."""
