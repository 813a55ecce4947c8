"""``--anchors FILE``: known events stated by the user, ``[{name, aliases, start, end}]``.

YAML (``.yaml``/``.yml``, or any other suffix) or JSON (``.json``).  Either a list of events or a
mapping with an ``anchors`` (or ``events``) list.  ``start``/``end`` are ``YYYY-MM-DD`` or ISO 8601
datetimes, either may be missing; ``aliases`` is a list of strings (or one string).  A bad entry is
a problem naming the file and the entry's line (YAML) or number (JSON); the good entries are kept.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from timeline._ingest._dates import parse_point
from timeline._ingest._files import decode, read_bytes
from timeline._ingest._problems import InputProblem, Problems, display, scrub
from timeline.model import UserAnchor

__all__ = ["read_user_anchors"]

_KEYS = frozenset({"name", "aliases", "start", "end"})


def _loader() -> type[Any]:
    """SafeLoader, except that an unquoted impossible date (``2016-02-30``, ``0000-01-01``) stays a string.

    yaml's timestamp constructor raises ``ValueError`` on those; kept as text, the entry is refused
    by :func:`_entry` with its line, like the same value in a JSON file, and the other entries are kept.
    """
    import yaml

    class _Loader(yaml.SafeLoader):
        pass

    def timestamp(loader: yaml.SafeLoader, node: yaml.Node) -> object:
        try:
            return yaml.SafeLoader.construct_yaml_timestamp(loader, node)  # type: ignore[arg-type]
        except (ValueError, OverflowError):
            return loader.construct_scalar(node)  # type: ignore[arg-type]

    _Loader.add_constructor("tag:yaml.org,2002:timestamp", timestamp)
    return _Loader


def _load(text: str, path: str, shown: str, problems: Problems) -> tuple[Any, list[int | None]]:
    """The parsed file and, per top-level list item, its line (YAML only)."""
    if path.lower().endswith(".json"):
        try:
            return json.loads(text), []
        except (ValueError, RecursionError) as e:
            line = e.lineno if isinstance(e, json.JSONDecodeError) else None
            problems.add(shown, f"not valid JSON: {getattr(e, 'msg', e)}", line)
            return None, []
    import yaml

    try:
        data = yaml.load(text, Loader=_loader())  # a SafeLoader subclass: safe
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        problems.add(shown, f"not valid YAML: {getattr(e, 'problem', None) or e}",
                     mark.line + 1 if mark is not None else None)
        return None, []
    except RecursionError:
        problems.add(shown, "not valid YAML: nested too deeply")
        return None, []
    except (ValueError, OverflowError) as e:  # a constructor refusing a value: never an internal error
        problems.add(shown, f"not valid YAML: {e}")
        return None, []
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if isinstance(k, yaml.ScalarNode) and k.value in ("anchors", "events"):
                node = v
                break
    lines: list[int | None] = []
    if isinstance(node, yaml.SequenceNode):
        lines = [item.start_mark.line + 1 for item in node.value]
    return data, lines


def _entry(item: object, where: str) -> tuple[UserAnchor | None, str | None, list[str]]:
    """An anchor, or the reason it is refused; plus warnings."""
    if not isinstance(item, dict):
        return None, f"{where} is not a mapping of name, aliases, start, end", []
    warnings = [f"{where}: unknown key '{k}' ignored" for k in sorted(map(str, item)) if k not in _KEYS]
    name = item.get("name")
    if not isinstance(name, str) or not name.strip():
        return None, f"{where} has no 'name'", warnings
    aliases = item.get("aliases") or []
    if isinstance(aliases, str):
        aliases = [aliases]
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        return None, f"{where} ('{name}'): 'aliases' must be a list of strings", warnings
    points = {}
    for key in ("start", "end"):
        raw = item.get(key)
        point = None if raw is None or raw == "" else parse_point(raw)
        if raw not in (None, "") and point is None:
            return None, f"{where} ('{name}'): '{key}' {raw!r:.40} is not a date (want YYYY-MM-DD or ISO 8601)", warnings
        points[key] = point
    start, end = points["start"], points["end"]
    if start is not None and end is not None and end < start:
        return None, f"{where} ('{name}'): end {end.date()} is before start {start.date()}", warnings
    anchor = UserAnchor(name=scrub(name.strip()), aliases=tuple(scrub(a.strip()) for a in aliases if a.strip()),
                        start=start, end=end)
    return anchor, None, warnings


def read_user_anchors(path: Path | str) -> tuple[list[UserAnchor], list[InputProblem]]:
    """Read ``--anchors FILE.yaml|.json``: a list of ``{name, aliases, start, end}``.

    Never raises: an unreadable file or a bad entry is an :class:`InputProblem` (fatal), unknown
    keys and an empty file are warnings.
    """
    problems = Problems()
    name = str(path)
    shown = display(name)
    data = read_bytes(name, True, problems)
    text = decode(data, shown, problems) if data is not None else None
    if text is None:
        return [], problems.finish()
    if not text.strip():
        problems.warn(shown, "empty file, no anchors")
        return [], problems.finish()
    loaded, lines = _load(text, name, shown, problems)
    if isinstance(loaded, dict):
        loaded = loaded.get("anchors", loaded.get("events"))
    if loaded is None and problems.items:
        return [], problems.finish()
    if not isinstance(loaded, list):
        problems.add(shown, "want a list of {name, aliases, start, end}")
        return [], problems.finish()
    out: list[UserAnchor] = []
    for i, item in enumerate(loaded):
        line = lines[i] if i < len(lines) else None
        where = f"entry {i + 1}"
        anchor, error, warnings = _entry(item, where)
        for w in warnings:
            problems.warn(shown, w, line)
        if error is not None:
            problems.add(shown, error, line)
        elif anchor is not None:
            out.append(anchor)
    return out, problems.finish()
