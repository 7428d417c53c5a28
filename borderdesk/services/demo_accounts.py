"""The demo station's accounts: one per role, with a password the README names.

The demo station is protected like a real one (encrypted, signed in), so that a
new user sees the real start. Its passwords are public on purpose: it holds
generated data only. A real station is set up with ``borderdesk setup`` or the
first-run set-up, and its administrator chooses every password.
"""

from __future__ import annotations

from pathlib import Path

from borderdesk.core.i18n import tr
from borderdesk.security.keyfile import KeyFile, key_file_path
from borderdesk.security.policy import SecurityPolicy
from borderdesk.services.accounts import add_user
from borderdesk.services.protection import protect_station
from borderdesk.services.sign_in import sign_in

#: The password of every demo account (also in the README and the sign-in hint).
DEMO_PASSWORD = "demo station password"
#: The demo accounts: user name, display name, roles.
DEMO_ACCOUNTS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("officer", "Ana Kovačević", ("officer",)),
    ("supervisor", "Dragan Marković", ("supervisor", "officer")),
    ("analyst", "Jelena Nikolić", ("risk_analyst",)),
    ("trainer", "Milan Petrović", ("trainer",)),
)
DEMO_ADMIN = "admin"


def protect_demo_station(path: Path, *, policy: SecurityPolicy | None = None) -> None:
    """Protect the plain demo station at ``path`` and add one account per role."""
    protect_station(path, DEMO_ADMIN, DEMO_PASSWORD, display_name="Station administrator",
                    policy=policy)
    with sign_in(path, DEMO_ADMIN, DEMO_PASSWORD, policy=policy) as admin:
        for name, display_name, roles in DEMO_ACCOUNTS:
            add_user(admin, name, DEMO_PASSWORD, roles, display_name=display_name,
                     policy=policy, must_change_password=False)
    key_file = KeyFile.load(key_file_path(path))
    key_file.notice = tr(
        "Demo station (generated data). Sign in as officer, supervisor, analyst, trainer or "
        "admin; every demo password is: {password}", password=DEMO_PASSWORD)
    key_file.save()
