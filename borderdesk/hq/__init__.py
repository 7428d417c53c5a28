"""The headquarters server: stations' records in, profiles and reference data out."""
