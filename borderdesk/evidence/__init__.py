"""Seizure cases, evidence steps, custody and photos: the evidence a court relies on (no Qt)."""
