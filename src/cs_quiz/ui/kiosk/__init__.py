"""Kiosk mode: a full-screen, locked window for a shared workshop machine (issue 6). Start it with
:func:`cs_quiz.ui.kiosk.launch.run_kiosk`; docs/kiosk.md tells a facilitator how to set a machine up.
"""
