"""Results written to disk as they come, so a part killed by its timeout still reports what it
measured: ``Recorder.put`` rewrites the part's JSON file (to a temporary name, then renamed)."""

from __future__ import annotations

import json
import math
import os
from pathlib import Path
from typing import Any


def jsonable(value: Any) -> Any:
    """Plain JSON values: NaN and infinities become None, tuples lists, unknown objects str."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if hasattr(value, "item") and getattr(value, "ndim", 1) == 0:
        return jsonable(value.item())
    return str(value)


def write_json(path: Path, data: Any) -> None:
    """Write ``data`` to ``path`` atomically (a reader never sees half a file)."""
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(jsonable(data), indent=2, sort_keys=False), encoding="utf-8")
    os.replace(tmp, path)


def read_json(path: Path) -> dict:
    """The JSON object in ``path``; {} when it is missing or unreadable."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


class Recorder:
    """One part's results: ``put(key, value)`` stores and writes them at once."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.data: dict[str, Any] = {}

    def put(self, key: str, value: Any) -> Any:
        self.data[key] = value
        write_json(self.path, self.data)
        return value

    def update(self, values: dict[str, Any]) -> None:
        self.data.update(values)
        write_json(self.path, self.data)
