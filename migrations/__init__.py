"""Alembic migrations: the schema's only author. `upgrade()` runs them from code."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection
from sqlalchemy.schema import SchemaItem

SCRIPT_LOCATION = Path(__file__).resolve().parent


def alembic_config(database_url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(SCRIPT_LOCATION))
    # ConfigParser treats % as interpolation; a password may contain it.
    config.set_main_option("sqlalchemy.url", database_url.replace("%", "%%"))
    return config


def revision_module(file_name: str) -> ModuleType:
    """An earlier revision's script as a module: a later one reuses what it defined (the
    reporting views' SQL) rather than copying it, and the copy it reuses never changes."""
    path = SCRIPT_LOCATION / "versions" / file_name
    spec = importlib.util.spec_from_file_location(f"revision_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    """The revision the database is at; None when it has no schema yet."""
    return MigrationContext.configure(connection).get_current_revision()


def is_known_revision(revision: str) -> bool:
    """Whether this release's migrations include `revision` (a newer release's do not)."""
    scripts = ScriptDirectory.from_config(alembic_config("sqlite://"))
    return revision in {script.revision for script in scripts.walk_revisions()}


def upgrade(database_url: str, revision: str = "head") -> None:
    command.upgrade(alembic_config(database_url), revision)


def downgrade(database_url: str, revision: str) -> None:
    command.downgrade(alembic_config(database_url), revision)


def include_object_for(dialect: str) -> Callable[..., bool]:
    """Leave out of comparisons what the models create on another dialect only."""

    def include_object(
        obj: SchemaItem, name: str | None, type_: str, reflected: bool, compare_to: Any
    ) -> bool:
        ddl_if = getattr(obj, "_ddl_if", None)
        return not (ddl_if is not None and ddl_if.dialect and ddl_if.dialect != dialect)

    return include_object


def schema_diff(connection: Connection) -> list[Any]:
    """What autogenerate would change to make the database match the models: [] when equal."""
    from domain.models import Base

    context = MigrationContext.configure(
        connection,
        opts={
            "compare_type": True,
            "include_object": include_object_for(connection.dialect.name),
        },
    )
    return list(compare_metadata(context, Base.metadata))
