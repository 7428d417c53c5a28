"""Printed and exported documents: seizure reports, labels, trace packets, summaries, IAFQ tables (no Qt)."""
