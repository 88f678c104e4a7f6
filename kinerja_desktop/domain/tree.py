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


def subtree(parent_of: Mapping[uuid.UUID, uuid.UUID | None], root: uuid.UUID
            ) -> list[uuid.UUID]:
    """``root`` and every node below it, parents before their children (safe on cycles).

    Children come in the order of ``parent_of``: give it sorted (e.g. by unit kode) for
    a display order."""
    children: dict[uuid.UUID, list[uuid.UUID]] = {}
    for node, parent in parent_of.items():
        if parent is not None:
            children.setdefault(parent, []).append(node)
    out: list[uuid.UUID] = []
    seen: set[uuid.UUID] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if node in seen:
            continue
        seen.add(node)
        out.append(node)
        stack.extend(reversed(children.get(node, [])))
    return out


def ancestors(parent_of: Mapping[uuid.UUID, uuid.UUID | None], node: uuid.UUID
              ) -> list[uuid.UUID]:
    """``node`` and the nodes above it, nearest first (stops at a cycle)."""
    out: list[uuid.UUID] = []
    current: uuid.UUID | None = node
    while current is not None and current not in out:
        out.append(current)
        current = parent_of.get(current)
    return out
