"""Users of the clinic's workstations, their roles and their sign-in state."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from calcitrack.domain.clinic.accounts import LANGUAGE_PREFERENCES
from calcitrack.domain.codes import Role
from calcitrack.i18n.languages import SYSTEM
from calcitrack.store.base import Base, in_clause


class UserRecord(Base):
    __tablename__ = "users"
    __table_args__ = (
        CheckConstraint(in_clause("language", LANGUAGE_PREFERENCES), name="language"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(60), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    active: Mapped[bool] = mapped_column(default=True)
    password_hash: Mapped[str | None] = mapped_column(String(200))
    """argon2id, with its parameters; None: the account cannot sign in (made before accounts)."""
    failed_logins: Mapped[int] = mapped_column(default=0, server_default="0")
    """Failed sign-ins in a row since the last success (or unlock)."""
    locked_until: Mapped[datetime | None]
    password_changed_at: Mapped[datetime | None]
    language: Mapped[str] = mapped_column(String(10), default=SYSTEM, server_default=SYSTEM)
    """The account's language preference ("system": the operating system's languages)."""

    roles: Mapped[list[UserRoleRecord]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="UserRoleRecord.role"
    )


class UserRoleRecord(Base):
    __tablename__ = "user_roles"
    __table_args__ = (CheckConstraint(in_clause("role", Role.codes()), name="role"),)

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    role: Mapped[str] = mapped_column(String(20), primary_key=True)
