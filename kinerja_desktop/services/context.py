"""Who is acting, and the role checks every service function starts with."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from kinerja_desktop.domain.errors import PermissionDenied
from kinerja_desktop.domain.roles import Role


@dataclass(frozen=True, slots=True)
class Actor:
    user_id: uuid.UUID | None
    username: str
    role: Role
    pegawai_id: uuid.UUID | None = None

    @property
    def is_admin(self) -> bool:
        return self.role is Role.ADMIN


# Set-up steps with no account yet (init, migrations, demo data made by `kinerja demo`).
SYSTEM = Actor(None, "sistem", Role.ADMIN, None)


def require_role(actor: Actor, action: str, *roles: Role) -> None:
    if actor.role not in roles:
        boleh = ", ".join(r.label for r in roles)
        raise PermissionDenied(
            f"Akun '{actor.username}' ({actor.role.label}) tidak boleh {action}; "
            f"hanya untuk: {boleh}."
        )
