"""A new object and its new children stored with prepared INSERTs, outside the unit of work.

A report submission is the app's busiest write. Flushing a new report and its first version
through the ORM's unit of work (sorting what depends on what, cascading along each of the report's
ten relationships, building each INSERT's parameters afresh) cost about 1.3 ms of CPU; the same rows
sent as prepared INSERTs cost about half that. `insert_graph` is for an object built whole before it
is stored: it leaves the object and its children in the session as if they had been flushed and
loaded, so what follows (the audit event, the answer) sees no difference.

On PostgreSQL the object and all its children go in one statement (each child's INSERT a
data-modifying CTE that takes the parent's new key from the parent's), so a report with its first
version costs one round trip to the database instead of one per table; SQLite has no INSERT in a
CTE and gets one statement per table.

Another data-modifying statement can ride along (`RideAlong`): the audit chain's head, which a
submission must take anyway, is taken in the same round trip as the report it is about.
"""

import functools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import ONETOMANY, Mapper, make_transient_to_detached

from volunteers.extensions import db


@dataclass(frozen=True)
class _Plan:
    """How one mapped class is inserted: its attributes and columns, and the statement."""

    columns: tuple[tuple[str, sa.Column], ...]
    statement: sa.Insert


@functools.cache
def _plan(mapper: Mapper) -> _Plan:
    if mapper.inherits is not None or len(mapper.primary_key) != 1:
        raise TypeError(f"{mapper.class_.__name__}: only a single-table class with one primary key column")
    table, key = mapper.local_table, mapper.primary_key[0]
    columns = tuple(
        (mapper.get_property_by_column(column).key, column)
        for column in table.columns
        if column is not key or not column.autoincrement
    )
    for _, column in columns:
        if column.server_default is not None or (column.default is not None and column.default.is_clause_element):
            raise TypeError(f"{table.name}.{column.name}: a default the database computes is not read back")
    return _Plan(columns, sa.insert(table).returning(key, sort_by_parameter_order=True))


@dataclass(frozen=True)
class RideAlong:
    """A data-modifying statement returning one row, sent with the graph's own: on PostgreSQL as
    one more CTE of the same statement, on SQLite just before it. `receive` is given the values
    of the row it returned, and what it gives back is what `insert_graph` returns.

    `statement` must be the same object each time (build it once): statements are cached by it."""

    statement: sa.Insert
    parameters: Mapping[str, object]
    receive: Callable[[tuple], object]


def _values(obj, plan: _Plan) -> dict:
    """The row for an object, with each column's default where the object holds None (as the
    unit of work does). Every value is written back to the object, so that none is left to be
    loaded from the database later."""
    values = {}
    for attribute, column in plan.columns:
        value = obj.__dict__.get(attribute)
        if value is None and column.default is not None:
            value = column.default.arg(None) if column.default.is_callable else column.default.arg
        if value is not obj.__dict__.get(attribute) or attribute not in obj.__dict__:
            setattr(obj, attribute, value)
        values[column.key] = value
    return values


def _insert(objects: Sequence) -> None:
    """One statement for objects of one class, their new ids set on them in order."""
    plan = _plan(sa.inspect(objects[0]).mapper)
    rows = [_values(obj, plan) for obj in objects]
    ids = db.session.execute(plan.statement, rows).scalars().all()
    for obj, new_id in zip(objects, ids, strict=True):
        _set_key(obj, new_id)


def _bound(column: sa.Column, name: str) -> sa.BindParameter:
    return sa.bindparam(name, type_=column.type)


# Shapes (how many children of each kind) a statement is built for: few in practice, but a long
# report can name many targets, so the cache is bounded.
_GRAPH_SHAPES_KEPT = 128


def _linked_keys(relationship) -> dict[str, str]:
    """Each child column that takes its value from the parent, with the parent column it takes."""
    return {child.key: local.key for local, child in relationship.local_remote_pairs}


@functools.lru_cache(maxsize=_GRAPH_SHAPES_KEPT)
def _graph_statement(mapper: Mapper, shape: tuple[tuple[str, int], ...], along: sa.Insert | None = None) -> sa.Select:
    """`WITH parent AS (INSERT ... RETURNING id), c0_0 AS (INSERT ... SELECT parent.id, ...
    RETURNING id), ... SELECT` the parent's key, then each child's, for a parent with `shape`'s
    count of children in each named collection, then what `along` returns. One CTE per child row
    keeps each returned key beside the row it belongs to (the order of a multi-row INSERT's
    RETURNING is not promised)."""
    plan, key = _plan(mapper), mapper.primary_key[0]
    parent = (
        sa.insert(mapper.local_table)
        .values({column.key: _bound(column, f"p_{column.key}") for _, column in plan.columns})
        .returning(key)
        .cte("parent")
    )
    keys = [parent.c[key.key]]
    for number, (name, count) in enumerate(shape):
        relationship = mapper.relationships[name]
        child_plan, child_key = _plan(relationship.mapper), relationship.mapper.primary_key[0]
        from_parent = {child: parent.c[local] for child, local in _linked_keys(relationship).items()}
        columns = [column for _, column in child_plan.columns]
        for row in range(count):
            values = [
                from_parent[c.key] if c.key in from_parent else _bound(c, f"c{number}_{row}_{c.key}") for c in columns
            ]
            child = (
                sa.insert(relationship.mapper.local_table)
                .from_select(columns, sa.select(*values))
                .returning(child_key)
                .cte(f"c{number}_{row}")
            )
            keys.append(child.c[child_key.key])
    if along is not None:
        keys.extend(along.cte("along").c)
    # Each CTE returns one row: a scalar subquery apiece reads them without a join.
    return sa.select(*(sa.select(key).scalar_subquery() for key in keys))


def _insert_in_one_statement(obj, groups: list[tuple[str, list]], along: RideAlong | None) -> tuple:
    """The parent and its children (and what rides along) in one statement; keys set on them,
    children linked. Returns what the statement that rode along returned."""
    mapper = sa.inspect(obj).mapper
    parameters = {f"p_{column}": value for column, value in _values(obj, _plan(mapper)).items()}
    for number, (name, children) in enumerate(groups):
        from_parent = _linked_keys(mapper.relationships[name])
        for row, child in enumerate(children):
            values = _values(child, _plan(sa.inspect(child).mapper))
            parameters |= {f"c{number}_{row}_{column}": v for column, v in values.items() if column not in from_parent}
    shape = tuple((name, len(children)) for name, children in groups)
    if along is not None:
        parameters |= along.parameters
    returned = db.session.execute(_graph_statement(mapper, shape, along and along.statement), parameters).one()
    keys = iter(returned)
    _set_key(obj, next(keys))
    for name, children in groups:
        _link_children(obj, name)
        for child in children:
            _set_key(child, next(keys))
    return tuple(keys)


def _set_key(obj, value) -> None:
    mapper = sa.inspect(obj).mapper
    setattr(obj, mapper.get_property_by_column(mapper.primary_key[0]).key, value)


def _link_children(parent, relationship_name: str) -> list:
    """The new children in one of the parent's collections, each given the parent's key."""
    parent_mapper = sa.inspect(parent).mapper
    relationship = parent_mapper.relationships[relationship_name]
    children = list(getattr(parent, relationship_name))
    for child in children:
        child_mapper = sa.inspect(child).mapper
        for parent_column, child_column in relationship.local_remote_pairs:
            value = getattr(parent, parent_mapper.get_property_by_column(parent_column).key)
            setattr(child, child_mapper.get_property_by_column(child_column).key, value)
    return children


def insert_graph(obj, children: Sequence[str] = (), along: RideAlong | None = None):
    """Insert a new object and the new objects in its one-to-many collections named in
    `children`, and add them all to the session as persistent; send `along` with them and return
    what its `receive` makes of the row it returned (None without one).

    Other relationships go through the unit of work as usual: existing objects the new one took
    (a report's photos) are updated at the next flush."""
    if sa.inspect(obj).key is not None:
        raise ValueError("insert_graph stores new objects only")
    if any(sa.inspect(child).key is not None for name in children for child in getattr(obj, name)):
        raise ValueError("insert_graph stores new children only")
    groups = [(name, list(getattr(obj, name))) for name in children]
    # Existing objects pointing at the new one wait for it to be in the session to be flushed.
    with db.session.no_autoflush:
        if db.session.get_bind().dialect.name == "postgresql":
            returned = _insert_in_one_statement(obj, groups, along)
        else:
            returned = tuple(db.session.execute(along.statement, along.parameters).one()) if along else None
            _insert([obj])
            for name, _ in groups:
                if _link_children(obj, name):
                    _insert(getattr(obj, name))
    stored = [obj, *(child for _, each in groups for child in each)]
    _known_empty(stored)
    for each in stored:
        make_transient_to_detached(each)
    db.session.add(obj)
    return along.receive(returned) if along else None


def _known_empty(objects: Sequence) -> None:
    """A new row has no children but those it was given: what refers to it and was never set
    (a collection, or a one-to-one such as a report's summary) is made empty, so that reading it
    later is not a query for what cannot be there."""
    for obj in objects:
        for relationship in sa.inspect(obj).mapper.relationships:
            if relationship.direction is ONETOMANY and relationship.key not in obj.__dict__:
                setattr(obj, relationship.key, [] if relationship.uselist else None)
