"""The protected-station fixture for the account tests."""

from tests.accounts.protected import station

__all__ = ["station"]
