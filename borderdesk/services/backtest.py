"""Back-testing profiles on the station's stored declarations."""

from __future__ import annotations

from datetime import date

from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import tr
from borderdesk.rules.backtest import BacktestResult, backtest
from borderdesk.rules.history import PartyHistory
from borderdesk.rules.profile import Profile
from borderdesk.services.assessments import station_watchlist, stored_facts
from borderdesk.services.station import StationSession


def inspection_outcomes(session: StationSession) -> dict[str, str]:
    """The inspection outcome of each inspected declaration, by declaration id."""
    tables = {row[0] for row in session.database.query(
        "SELECT name FROM sqlite_schema WHERE type = 'table'")}
    if "inspections" not in tables:
        return {}
    # Several inspections of one declaration: the strongest outcome counts (a later
    # physical search that found firearms outweighs an earlier document check).
    strength = {"nothing_found": 0, "irregularity": 1, "seizure": 2}
    outcomes: dict[str, str] = {}
    for declaration_id, outcome in session.database.query(
            "SELECT d.declaration_id, i.outcome FROM inspections i"
            " JOIN declarations d ON d.id = i.declaration_ref WHERE i.outcome IS NOT NULL"
            " ORDER BY i.rowid"):
        known = outcomes.get(declaration_id)
        if known is None or strength.get(outcome, 0) > strength.get(known, 0):
            outcomes[declaration_id] = outcome
    return outcomes


def backtest_profiles(session: StationSession, profiles: list[Profile], *, date_from: date,
                      date_to: date) -> list[BacktestResult]:
    """Each profile's figures over the stored declarations lodged in the period."""
    if date_to < date_from:
        raise UserInputError(tr("the period ends ({to}) before it starts ({start})",
                                to=date_to, start=date_from))
    facts = list(stored_facts(session).values())
    history = PartyHistory(facts)
    watch = station_watchlist(session)
    outcomes = inspection_outcomes(session)
    return [backtest(profile, facts, date_from=date_from, date_to=date_to, history=history,
                     watch=watch, outcomes=outcomes) for profile in profiles]
