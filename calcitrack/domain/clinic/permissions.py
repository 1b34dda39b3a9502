"""Who may do what: the one table of permissions per role, enforced by the services.

- A nurse records: patients, visits with their measurements, labs and medication changes as
  recorded, deletion of an unsigned visit (with a reason), PDF summaries and exports.
- A physician does all of that, and signs visits and amends signed ones.
- An admin manages users, the clinic's settings and thresholds, backups and the move to a shared
  server, and reads the audit trail; an admin edits no clinical data unless the account also has
  a clinical role. Every role may read charts (an admin needs to see what a backup or a move
  holds, and the audit trail names patients).

A user may hold several roles (an admin who is also a physician); the permissions add up.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum
from types import MappingProxyType

from calcitrack.domain.codes import Role
from calcitrack.i18n.catalogue import N_, _


class Permission(Enum):
    READ_CHARTS = N_("read patients' charts")
    EDIT_PATIENTS = N_("add or change patients")
    RECORD_VISITS = N_("record, edit or delete unsigned visits")
    SIGN_VISITS = N_("sign visits")
    AMEND_VISITS = N_("amend signed visits")
    IMPORT_CHARTS = N_("import patients")
    EXPORT_CHARTS = N_("export patients or PDF summaries")
    READ_AUDIT = N_("read or export the audit trail")
    EDIT_CLINIC_SETTINGS = N_("change the clinic's settings and thresholds")
    MANAGE_USERS = N_("manage users")
    BACKUP = N_("back up or move the clinic's database")

    @property
    def description(self) -> str:
        """What the permission allows, in the current language (the value stays English)."""
        return _(str(self.value))


_CLINICAL = frozenset(
    {
        Permission.READ_CHARTS,
        Permission.EDIT_PATIENTS,
        Permission.RECORD_VISITS,
        Permission.IMPORT_CHARTS,
        Permission.EXPORT_CHARTS,
    }
)

ROLE_PERMISSIONS: MappingProxyType[Role, frozenset[Permission]] = MappingProxyType(
    {
        Role.NURSE: _CLINICAL,
        Role.PHYSICIAN: _CLINICAL
        | {Permission.SIGN_VISITS, Permission.AMEND_VISITS, Permission.READ_AUDIT},
        Role.ADMIN: frozenset(
            {
                Permission.READ_CHARTS,
                Permission.READ_AUDIT,
                Permission.EDIT_CLINIC_SETTINGS,
                Permission.MANAGE_USERS,
                Permission.BACKUP,
            }
        ),
    }
)
"""The table: every permission of each role. Tests check every service against it."""


def permissions_of(roles: Iterable[Role]) -> frozenset[Permission]:
    granted: frozenset[Permission] = frozenset()
    for role in roles:
        granted |= ROLE_PERMISSIONS[role]
    return granted


def roles_with(permission: Permission) -> list[Role]:
    """The roles that hold ``permission``, in the order of ``Role``."""
    return [role for role in Role if permission in ROLE_PERMISSIONS[role]]


class PermissionDeniedError(PermissionError):
    """The acting user's roles do not allow the action; the message says which role would."""

    def __init__(self, who: str, permission: Permission) -> None:
        # TRANSLATORS: joins the names of the roles that may do something ("nurse or physician")
        allowed = _(" or ").join(role.label.lower() for role in roles_with(permission))
        super().__init__(
            # TRANSLATORS: {who} is a user's name and roles; {action} what the roles allow
            # ("sign visits"); {roles} the roles that would allow it ("physician")
            _("{who} may not {action}: that needs the {roles} role").format(
                who=who, action=permission.description, roles=allowed
            )
        )
        self.permission = permission
