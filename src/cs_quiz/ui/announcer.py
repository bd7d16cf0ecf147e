"""Say something to a screen reader without moving focus: progress, saving problems, errors, text size.

Call it as ``announcer.announce(widget, text)`` (through the module, not an imported name) so tests can replace
:func:`announce` with a recorder: Qt gives Python no way to watch accessibility events (installUpdateHandler is not
bound), and offscreen they go nowhere.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Announce ``text`` on behalf of ``widget``; ``assertive`` interrupts (problems), polite waits (progress)."""
    if not text:
        return
    # Imported here: QAccessible's enums cost ~1.5 ms to load, and nothing is announced before the first paint.
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive if assertive else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)
