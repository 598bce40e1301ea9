"""Frozen dataclasses <-> plain JSON values, driven by the type hints, so a plan written by one
process (a server's front) is read back exactly by another (a worker).

Handles what the configs use: nested dataclasses, ``tuple[X, ...]`` and fixed tuples, ``X | None``,
``Literal[...]`` (the value is checked), ``int``/``float``/``str``/``bool``. Unknown keys are an
error (a plan from another version must not be half-read); missing keys take the field's default.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints


class SerialError(ValueError):
    """The data does not fit the type it is read as; the message names the path."""


def to_jsonable(obj: Any) -> Any:
    """A dataclass (or tuple/list/primitive) -> dicts, lists and primitives."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_jsonable(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, (tuple, list)):
        return [to_jsonable(v) for v in obj]
    if isinstance(obj, dict):
        return {str(k): to_jsonable(v) for k, v in obj.items()}
    return obj


def from_jsonable(hint: Any, data: Any, path: str = "", overrides: dict | None = None) -> Any:
    """``data`` (as ``to_jsonable`` wrote it) read back as ``hint`` (a dataclass or a type hint).
    ``overrides`` maps field names of a top-level dataclass to the type to read them as (a
    subclass of the declared one)."""
    origin = get_origin(hint)
    if dataclasses.is_dataclass(hint):
        return _dataclass(hint, data, path, overrides or {})
    if origin is Literal:
        if data not in get_args(hint):
            raise SerialError(f"{path or 'value'}: {data!r} is not one of {get_args(hint)}")
        return data
    if origin in (Union, types.UnionType):
        args = get_args(hint)
        if data is None and type(None) in args:
            return None
        errors = []
        for arg in args:
            if arg is type(None):
                continue
            try:
                return from_jsonable(arg, data, path)
            except SerialError as exc:
                errors.append(str(exc))
        raise SerialError("; ".join(errors) or f"{path}: {data!r} fits none of {args}")
    if origin is tuple:
        if not isinstance(data, (list, tuple)):
            raise SerialError(f"{path}: expected a list, got {type(data).__name__}")
        args = get_args(hint)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(from_jsonable(args[0], v, f"{path}[{i}]") for i, v in enumerate(data))
        if len(args) != len(data):
            raise SerialError(f"{path}: expected {len(args)} values, got {len(data)}")
        return tuple(from_jsonable(a, v, f"{path}[{i}]") for i, (a, v) in enumerate(zip(args, data)))
    if hint is float:
        if isinstance(data, bool) or not isinstance(data, (int, float)):
            raise SerialError(f"{path}: expected a number, got {data!r}")
        return float(data)
    if hint in (int, str, bool):
        if not isinstance(data, hint) or (hint is int and isinstance(data, bool)):
            raise SerialError(f"{path}: expected {hint.__name__}, got {data!r}")
        return data
    if hint is Any or hint is typing.Any:
        return data
    raise SerialError(f"{path}: cannot read type {hint!r}")


def _dataclass(cls: type, data: Any, path: str, overrides: dict) -> Any:
    if not isinstance(data, dict):
        raise SerialError(f"{path or cls.__name__}: expected an object, got {type(data).__name__}")
    hints = {**get_type_hints(cls), **overrides}
    names = {f.name for f in dataclasses.fields(cls) if f.init}
    unknown = set(data) - names
    if unknown:
        raise SerialError(f"{path or cls.__name__}: unknown fields {sorted(unknown)}")
    kwargs = {k: from_jsonable(hints[k], v, f"{path}.{k}" if path else k) for k, v in data.items()}
    try:
        return cls(**kwargs)
    except (TypeError, ValueError) as exc:
        raise SerialError(f"{path or cls.__name__}: {exc}") from None
