"""Declarative base: naming convention, pinned type map, and the stamps of changeable rows."""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import TYPE_CHECKING, Any, ClassVar, cast

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, Mapper, declared_attr, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[datetime]):
    """A timestamp stored in UTC and always returned timezone-aware (SQLite drops the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("timestamps must be timezone-aware")
        return value.astimezone(timezone.utc)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    # Pinned so that autogenerate compares the same types on every SQLAlchemy 2.0.x release.
    type_annotation_map: ClassVar[dict[type, object]] = {
        str: String(200),
        int: Integer(),
        float: Float(),
        bool: Boolean(),
        date: Date(),
        datetime: UtcDateTime(),
    }
    if TYPE_CHECKING:
        # SQLAlchemy types it a FromClause (a class may be mapped on a join or a select);
        # every CalciTrack record is declared on one Table.
        __table__: ClassVar[Table]


class Stamped:
    """Who created and last changed a row, when, and its optimistic-locking version.

    The stamps are set in one place, the unit of work's flush hook (store/unit_of_work.py).
    """

    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    version: Mapped[int] = mapped_column(Integer(), nullable=False)

    @declared_attr
    def created_by_id(cls) -> Mapped[int]:
        return mapped_column(ForeignKey("users.id"), nullable=False)

    @declared_attr
    def updated_by_id(cls) -> Mapped[int]:
        return mapped_column(ForeignKey("users.id"), nullable=False)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, object]:
        return {"version_id_col": cls.version}


def mapped_table(mapper: Mapper[Any]) -> Table:
    """The Table ``mapper`` maps its class on (``mapper.local_table``)."""
    # SQLAlchemy types local_table a FromClause (a class may be mapped on a join or a select);
    # every CalciTrack record is declared on one Table.
    return cast(Table, mapper.local_table)


def in_clause(column: str, values: tuple[str, ...]) -> str:
    """SQL text of a CHECK that ``column`` holds one of ``values`` (codes, never user input)."""
    quoted = ", ".join(f"'{v}'" for v in values)
    return f"{column} IN ({quoted})"


__all__ = ["Base", "Stamped", "Text", "UtcDateTime", "in_clause"]
