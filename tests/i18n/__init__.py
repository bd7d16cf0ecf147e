"""Language tests (a package, so this folder's conftest and helpers do not shadow the other folders' ones)."""
