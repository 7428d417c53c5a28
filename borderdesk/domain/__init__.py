"""Frozen dataclasses and enums for the nouns of the domain."""
