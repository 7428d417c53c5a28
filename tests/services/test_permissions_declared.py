"""No service can forget its permission: every public function (or method) of
``borderdesk.services`` that takes a station session declares what it needs."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable, Iterator

import borderdesk.services
from borderdesk.security.permissions import Permission
from borderdesk.services.authz import declaration_of
from tests.services.test_permissions import RESERVED

#: The functions that check nothing themselves, and may stay so: the write transaction
#: and clock helpers inside checked calls, and the event log that records refusals. A
#: new exemption is a decision: add it here.
EXEMPT = {
    "seizures.case_transaction", "seizures.today", "evidence_steps.when_text",
    "evidence_steps.act_time", "security_log.record_event",
    # Accounts: checks of their own, or every user for themselves.
    "accounts.change_own_password", "accounts.unlock_user", "sign_in.confirm_password",
    "sign_in.record_lock_event", "protection_resume.add_first_admin",
    # Exercise mode: the guards, and the clock behind the scenario's.
    "exercise_guard.is_exercise", "exercise_guard.refuse_if_exercise", "training.real_clock",
    # Photo files: the session's own keys and folder, read by checked calls.
    "photo_files.attachment_keyring", "photo_files.data_folder",
    # Reference packs: installed for the administrator's import or headquarters' sync.
    "refpacks.install_pack", "sync.require_link",
}


#: Reads only an administrator may make: the security event log and the accounts.
ADMIN_READS = {"security_log.list_events", "accounts.list_users"}
#: Reads of the trainer console: the exercise sessions are the trainer's to see
#: (tests/training/test_console.py refuses them to every other role).
TRAINER_READS = {"training_console.list_packs", "training_console.list_progress"}


def _service_functions() -> Iterator[tuple[str, Callable[..., object]]]:
    """(module.name, function) of every public function and method defined in services
    (but the permission checks themselves)."""
    for info in pkgutil.iter_modules(borderdesk.services.__path__):
        if info.name == "authz":
            continue  # the checks themselves
        module = importlib.import_module(f"borderdesk.services.{info.name}")
        for name, value in vars(module).items():
            if name.startswith("_") or getattr(value, "__module__", None) != module.__name__:
                continue
            if inspect.isfunction(value):
                yield f"{info.name}.{name}", value
            elif inspect.isclass(value):
                for method_name, method in vars(value).items():
                    if not method_name.startswith("_") and inspect.isfunction(method):
                        yield f"{info.name}.{name}.{method_name}", method


def _takes_a_session(function: Callable[..., object]) -> bool:
    parameters = inspect.signature(function).parameters.values()
    return any("StationSession" in str(p.annotation) for p in parameters)


def test_every_service_function_taking_a_session_declares_its_permission() -> None:
    found = {name: declaration_of(function) for name, function in _service_functions()
             if _takes_a_session(function)}
    assert len(found) > 120  # the walk really found the services
    undeclared = sorted(name for name, declared in found.items() if declared is None)
    assert undeclared == [], "give these @requires(Permission.X) or @exempt(why)"
    exempt = {name for name, declared in found.items() if not isinstance(declared, Permission)}
    assert exempt == EXEMPT
    assert all(len(str(found[name])) > 20 for name in exempt)  # each says why


def test_reads_need_view_and_the_reserved_permissions_are_checked_nowhere() -> None:
    found = {name: declaration_of(function) for name, function in _service_functions()}
    used = {declared for declared in found.values() if isinstance(declared, Permission)}
    assert not used & RESERVED, "a service checks it now: give it a call in test_permissions"
    # 'amend' is checked inside the writes, where the case's status is known.
    assert used | RESERVED | {Permission.AMEND} == set(Permission)
    readers = ("get_", "list_", "find_")
    for name, declared in found.items():
        if name.rsplit(".", 1)[-1].startswith(readers) and declared is not None:
            assert declared is Permission.VIEW or name in ADMIN_READS | TRAINER_READS, name
