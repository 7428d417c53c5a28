"""The demo station: realistic declarations generated from data files."""
