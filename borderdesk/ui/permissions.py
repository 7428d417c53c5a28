"""What the signed-in user may do, for the window: the actions and buttons of what their
roles do not allow are hidden (or disabled, where the window shows why).

Only a convenience: the services check every call themselves
(:mod:`borderdesk.services.authz`) and refuse in words whatever the window lets through.
On an unprotected station (no user signed in) everything is shown.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from borderdesk.core.i18n import tr
from borderdesk.security.permissions import Permission, default_matrix
from borderdesk.services.authz import permitted
from borderdesk.services.station import StationSession

__all__ = ["Permission", "hide_unless", "needs_role", "permitted"]


def hide_unless(session: StationSession, permission: Permission,
                *targets: QWidget | QAction) -> bool:
    """Hide ``targets`` when the user may not do what ``permission`` covers (a hidden
    action's shortcut does not fire either); whether the user may."""
    allowed = permitted(session, permission)
    if not allowed:
        for target in targets:
            target.setVisible(False)
    return allowed


def needs_role(permission: Permission) -> str:
    """Which roles may, in words, for the tip of a control left disabled."""
    roles = [tr(role.title) for role in default_matrix().roles_with(permission)]
    if len(roles) == 1:
        return tr("This needs the {role} role.", role=roles[0])
    return tr("This needs one of the roles {roles}.", roles=", ".join(roles))
