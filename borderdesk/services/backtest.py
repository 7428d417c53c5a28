"""Back-testing profiles on the station's stored declarations."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import tr
from borderdesk.core.progress import CancelToken, ProgressCallback, no_progress
from borderdesk.rules.backtest import BacktestResult, RuleFigures, backtest
from borderdesk.rules.history import PartyHistory
from borderdesk.rules.profile import Profile
from borderdesk.security.permissions import Permission
from borderdesk.services.assessments import station_watchlist, stored_facts
from borderdesk.services.authz import requires
from borderdesk.services.screening import open_profile, shipped_profiles
from borderdesk.services.station import StationSession
from borderdesk.services.sync_profiles import (
    INSTALLED_PREFIX,
    installed_profile,
    installed_profile_refs,
)


@requires(Permission.VIEW)
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


@requires(Permission.VIEW)
def profile_choices(session: StationSession) -> list[str]:
    """What a back-test may run: the shipped profiles' ids, then ``headquarters:NAME``
    for each profile installed from headquarters."""
    return shipped_profiles() + installed_profile_refs(session.database)


@requires(Permission.VIEW)
def open_choice(session: StationSession, ref: str) -> Profile:
    """The profile ``ref`` names: ``headquarters:NAME`` (its newest installed version),
    a shipped profile's id, or a profile file's path."""
    if ref.startswith(INSTALLED_PREFIX):
        return installed_profile(session.database, ref)
    return open_profile(ref)


@requires(Permission.BACKTEST)
def backtest_profiles(session: StationSession, profiles: list[Profile], *, date_from: date,
                      date_to: date, on_progress: ProgressCallback = no_progress,
                      cancel: CancelToken | None = None) -> list[BacktestResult]:
    """Each profile's figures over the stored declarations lodged in the period.

    ``on_progress(done, total)`` counts the profiles done; ``cancel`` is checked
    between them.
    """
    if date_to < date_from:
        raise UserInputError(tr("the period ends ({to}) before it starts ({start})",
                                to=date_to, start=date_from))
    facts = list(stored_facts(session).values())
    history = PartyHistory(facts)
    watch = station_watchlist(session)
    outcomes = inspection_outcomes(session)
    results = []
    on_progress(0, len(profiles))
    for profile in profiles:
        if cancel is not None:
            cancel.raise_if_cancelled()
        results.append(backtest(profile, facts, date_from=date_from, date_to=date_to,
                                history=history, watch=watch, outcomes=outcomes))
        on_progress(len(results), len(profiles))
    return results


@requires(Permission.VIEW)
def stored_period(session: StationSession) -> tuple[date, date] | None:
    """The first and last lodging dates (each in its own offset) of the stored
    declarations' latest versions, or None when the station has none."""
    # The queue holds each declaration's latest version; its lodging-time index finds
    # the first and last instants at once, and a local day can differ from the UTC one
    # by at most 14 hours, so only the rows within two days of them are looked at (the
    # window builds this on start: a scan of 100,000 rows took a third of a second).
    row = session.database.query_one(
        "SELECT (SELECT min(date(lodged_at_utc, lodged_at_offset_min || ' minutes'))"
        "   FROM declaration_queue"
        "   WHERE lodged_at_utc <= strftime('%Y-%m-%dT%H:%M:%fZ', first, '+2 days')),"
        " (SELECT max(date(lodged_at_utc, lodged_at_offset_min || ' minutes'))"
        "   FROM declaration_queue"
        "   WHERE lodged_at_utc >= strftime('%Y-%m-%dT%H:%M:%fZ', last, '-2 days'))"
        " FROM (SELECT (SELECT min(lodged_at_utc) FROM declaration_queue) AS first,"
        " (SELECT max(lodged_at_utc) FROM declaration_queue) AS last)")
    if row is None or row[0] is None:
        return None
    return date.fromisoformat(row[0]), date.fromisoformat(row[1])


@dataclass(frozen=True, slots=True)
class RuleComparison:
    """One rule's figures under two profiles (None where a profile has no such rule)."""

    rule: str
    title: str  # as written in the profile (rules/rule_texts.rule_text shows it)
    a: RuleFigures | None
    b: RuleFigures | None
    #: Whether the title comes from a profile borderdesk ships (it is then translated).
    shipped: bool = False


def precision(figures: RuleFigures | None) -> float | None:
    """The share of a rule's inspected hits that found something (None: none inspected)."""
    if figures is None or figures.inspected == 0:
        return None
    return figures.finds / figures.inspected


def compare_rules(a: BacktestResult, b: BacktestResult | None) -> list[RuleComparison]:
    """The rules of both results side by side: ``a``'s order, then rules only ``b`` has."""
    by_a = {r.rule: r for r in a.rules}
    by_b = {r.rule: r for r in b.rules} if b is not None else {}
    order = list(dict.fromkeys([*by_a, *by_b]))
    shipped_b = b is not None and b.shipped
    return [RuleComparison(rule, (by_a.get(rule) or by_b[rule]).title, by_a.get(rule),
                           by_b.get(rule), a.shipped if rule in by_a else shipped_b)
            for rule in order]
