"""YAML loading that remembers where every mapping and sequence came from.

The validator reports errors as ``file:line: message``; PyYAML's plain loaders drop the
line numbers, so mappings and sequences are built as :class:`LDict` / :class:`LList`, which
carry the 1-based line of their first token. Duplicate mapping keys are an error here
(PyYAML would silently keep the last one).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

__all__ = ["LDict", "LList", "SpecError", "load_yaml"]


class SpecError(Exception):
    """A spec file is not valid; the message starts with ``file:line:``."""

    def __init__(self, path: Path | str, line: int, message: str) -> None:
        super().__init__(f"{path}:{line}: {message}")
        self.path = str(path)
        self.line = line
        self.reason = message


class LDict(dict[Any, Any]):
    """A mapping from a spec file, with the line it started on."""

    line: int = 0


class LList(list[Any]):
    """A sequence from a spec file, with the line it started on."""

    line: int = 0


def _make_loader(path: Path) -> type[yaml.SafeLoader]:
    class Loader(yaml.SafeLoader):
        pass

    def construct_map(loader: yaml.SafeLoader, node: yaml.MappingNode) -> LDict:
        result = LDict()
        result.line = node.start_mark.line + 1
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if key in result:
                raise SpecError(path, key_node.start_mark.line + 1, f"duplicate key {key!r}")
            result[key] = loader.construct_object(value_node, deep=True)
        return result

    def construct_seq(loader: yaml.SafeLoader, node: yaml.SequenceNode) -> LList:
        result = LList(loader.construct_object(child, deep=True) for child in node.value)
        result.line = node.start_mark.line + 1
        return result

    Loader.add_constructor("tag:yaml.org,2002:map", construct_map)
    Loader.add_constructor("tag:yaml.org,2002:seq", construct_seq)
    return Loader


def load_yaml(path: Path) -> LDict:
    """Load one spec file.

    Returns:
        The top-level mapping.
    Raises:
        SpecError: the file is not YAML, holds duplicate keys, or is not a mapping.
    """
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_make_loader(path))
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else 1
        raise SpecError(path, line, f"not valid YAML: {exc.problem}") from None
    if not isinstance(data, LDict):
        raise SpecError(path, 1, "a spec file must be a mapping")
    return data
