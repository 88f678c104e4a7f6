"""Errors a user can act on. Messages are Indonesian and name what and where."""

from __future__ import annotations


class UserError(Exception):
    """Bad input or environment: shown to the user as is, nothing was changed."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(UserError):
    """One or more fields are invalid."""


class NotFoundError(UserError):
    """A referenced record does not exist."""


class PermissionDenied(UserError):
    """The acting user's role or data scope does not allow the action."""


class ConflictError(UserError):
    """The record changed or already exists."""
