"""Themes and text sizes as plain data, and the contrast checks every theme passes (Qt-free)."""
