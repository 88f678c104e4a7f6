"""Graphs where each node has at most one parent: atasan chains, unit trees."""

from __future__ import annotations

import uuid
from collections.abc import Mapping


def find_cycles(parent_of: Mapping[uuid.UUID, uuid.UUID | None]) -> list[list[uuid.UUID]]:
    """Every cycle (each as the list of its nodes), found in one pass."""
    state: dict[uuid.UUID, int] = {}  # 1 = on the current path, 2 = done
    found: list[list[uuid.UUID]] = []
    for start in parent_of:
        if start in state:
            continue
        path: list[uuid.UUID] = []
        node: uuid.UUID | None = start
        while node is not None and node not in state:
            state[node] = 1
            path.append(node)
            node = parent_of.get(node)
        if node is not None and state.get(node) == 1:
            found.append(path[path.index(node):])
        for n in path:
            state[n] = 2
    return found
