"""Accessibility and theme tests (a package, so this folder's conftest and helpers do not shadow the others')."""
