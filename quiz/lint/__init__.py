"""Checks on generated (or hand-written) packs that the pack format cannot express."""
