"""The permission matrix file: the shipped one loads and matches docs/security.md; a
broken one is refused naming its file, line and field."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from borderdesk.core.errors import DataFileError
from borderdesk.core.paths import resource_path
from borderdesk.security.permissions import Permission, default_matrix, load_matrix
from borderdesk.security.principal import ROLES

SHIPPED = resource_path("security", "permissions.yaml").read_text(encoding="utf-8")
DOCS = Path(__file__).resolve().parents[2] / "docs" / "security.md"


def test_the_shipped_matrix_describes_every_permission_and_role() -> None:
    matrix = default_matrix()
    assert [p.id for p in matrix.permissions] == list(Permission)
    assert [r.id for r in matrix.roles] == list(ROLES)
    assert matrix.role("supervisor").title == "supervisor"  # type: ignore[union-attr]
    assert [r.id for r in matrix.roles_with(Permission.SIGN_OFF)] == ["supervisor"]
    assert all(Permission.VIEW in r.may for r in matrix.roles)


def test_the_documented_table_is_the_matrix() -> None:
    matrix = default_matrix()
    lines = DOCS.read_text(encoding="utf-8").split("\n")
    header = next(i for i, line in enumerate(lines) if line.startswith("| Permission |"))
    titles = [cell.strip() for cell in lines[header].strip("|").split("|")][2:]
    assert titles == [r.title for r in matrix.roles]
    rows = {}
    for line in lines[header + 2:]:
        if not line.startswith("|"):
            break
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        rows[cells[0].strip("`")] = (cells[1], [cell == "✓" for cell in cells[2:]])
    assert list(rows) == [p.id.value for p in matrix.permissions]
    for info in matrix.permissions:
        covers, ticks = rows[info.id.value]
        assert covers.replace("`", "") == info.covers
        assert ticks == [info.id in role.may for role in matrix.roles], info.id


@given(st.sets(st.sampled_from([*ROLES, "cleaner"])), st.sampled_from(list(Permission)))
def test_a_user_may_what_any_of_their_roles_may(roles: set[str],
                                                permission: Permission) -> None:
    matrix = default_matrix()
    expected = any(matrix.role(r) is not None and permission in matrix.role(r).may  # type: ignore[union-attr]
                   for r in roles)
    assert matrix.allows(roles, permission) is expected


@pytest.mark.parametrize(("change", "line", "field", "words"), [
    (("    may: [view, run_exercises]", "    may: [view, run_exercise]"), 82, "may",
     "'run_exercise' is not a permission borderdesk checks"),
    (("    may: [view, administer, sync]", "    may: [administer, sync]"), 85, "may",
     "must also be allowed to 'view'"),
    (("    may: [view, run_exercises]", "    may: [view, run_exercises, view]"), 82, "may",
     "'view' appears twice"),
    (("  - id: trainer\n", "  - id: teacher\n"), 80, "id", "'teacher' is not a role"),
    (("  - id: backtest\n", "  - id: back_test\n"), 56, "id",
     "'back_test' is not a permission"),
    (("version: 1\n", "version: 1\nowner: hq\n"), 14, "owner", "unknown key"),
    (("  - id: backtest\n    action: back-test risk profiles\n    covers: running profiles"
      " on stored declarations and comparing them\n", ""), 16, "permissions",
     "these permissions are not described: backtest"),
    (("  - id: trainer\n    title: trainer\n    may: [view, run_exercises]\n", ""), 69,
     "roles", "these roles are not listed: trainer"),
    (("  - id: trainer\n", "  - id: officer\n"), 80, "roles", "'officer' appears twice"),
    (("    action: sign off seizure cases\n", "    action: ' '\n"), 39, "action",
     "must not be empty"),
])
def test_a_broken_matrix_is_refused_naming_file_line_and_field(
        tmp_path: Path, change: tuple[str, str], line: int, field: str, words: str) -> None:
    old, new = change
    assert old in SHIPPED
    path = tmp_path / "permissions.yaml"
    path.write_text(SHIPPED.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(DataFileError) as refused:
        load_matrix(path)
    assert (refused.value.path, refused.value.field) == (str(path), field)
    assert refused.value.line == line
    assert words in refused.value.problem


def test_a_missing_matrix_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match=r"permissions\.yaml: the data file is missing"):
        load_matrix(tmp_path / "permissions.yaml")
