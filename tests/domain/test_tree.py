"""domain.tree: subtrees and ancestor chains of unit trees (and atasan chains)."""

from __future__ import annotations

import uuid

from kinerja_desktop.domain.tree import ancestors, find_cycles, subtree

A, B, C, D, E, X = (uuid.UUID(int=i) for i in range(1, 7))
#   A ─┬─ B ── D
#      └─ C         E (alone)
TREE: dict[uuid.UUID, uuid.UUID | None] = {A: None, B: A, C: A, D: B, E: None}


def test_subtree_lists_parents_before_children_in_the_given_order() -> None:
    assert subtree(TREE, A) == [A, B, D, C]
    assert subtree(TREE, B) == [B, D]
    assert subtree(TREE, E) == [E]
    assert subtree(TREE, X) == [X]  # an unknown root is only itself


def test_ancestors_nearest_first() -> None:
    assert ancestors(TREE, D) == [D, B, A]
    assert ancestors(TREE, A) == [A]


def test_cycles_do_not_loop_forever() -> None:
    loop = {A: B, B: C, C: A}
    assert set(subtree(loop, A)) == {A, B, C}
    assert ancestors(loop, A) == [A, B, C]
    assert sorted(map(sorted, find_cycles(loop))) == [sorted([A, B, C])]
