"""Fixtures of the report tests (the seizure report's case: tests/reports/report_fixtures.py)."""

from tests.reports.report_fixtures import built, case, station

__all__ = ["built", "case", "station"]
