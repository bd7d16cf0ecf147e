"""The main window's menus and keys: File (start page, open a bank in the preview, save, print, quit), View (full
screen, theme, text size) and Help (user guide, keyboard shortcuts, about).

Texts are in the ``MainWindow`` translation context (they were written there first) and are set again on a
language change by :meth:`WindowMenus.retranslate`. The text-size keys all hold Ctrl, so text fields keep every key
they use (digits, +, -, =).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, cast

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QMenuBar, QWidget

from cs_quiz.ui.theme import TEXT_SIZES, Appearance

THEME_IDS = ("light", "dark", "high-contrast")


def _texts() -> dict[str, str]:
    translate = QCoreApplication.translate  # spelled out below: lupdate finds only translate(...) calls by name
    return {
        "file": translate("MainWindow", "&File"),
        "home": translate("MainWindow", "Start &page"),
        "open": translate("MainWindow", "&Open bank…"),
        "help": translate("MainWindow", "&Help"),
        "guide": translate("MainWindow", "&User guide"),
        "keys": translate("MainWindow", "&Keyboard shortcuts"),
        "about": translate("MainWindow", "&About cs-quiz"),
        "save": translate("MainWindow", "&Save report as PDF…"),
        "print": translate("MainWindow", "&Print report…"),
        "class": translate("MainWindow", "&Class results…"),
        "quit": translate("MainWindow", "&Quit"),
        "view": translate("MainWindow", "&View"),
        "full": translate("MainWindow", "&Full screen"),
        "theme": translate("MainWindow", "&Theme"),
        "light": translate("MainWindow", "&Light"),
        "dark": translate("MainWindow", "&Dark"),
        "high-contrast": translate("MainWindow", "&High contrast"),
        "size": translate("MainWindow", "Te&xt size"),
        "larger": translate("MainWindow", "&Larger"),
        "smaller": translate("MainWindow", "&Smaller"),
        "reset": translate("MainWindow", "&Reset"),
    }


class MenuHost(Protocol):
    """What the menus need of their window (the main window), so this module does not import it."""

    appearance: Appearance

    def menuBar(self) -> QMenuBar: ...  # noqa: N802 - Qt's name
    def addAction(self, action: QAction) -> None: ...  # noqa: N802 - Qt's name
    def save_report(self) -> None: ...
    def print_report(self) -> None: ...
    def toggle_full_screen(self) -> None: ...
    def close(self) -> bool: ...
    def choose_theme(self, theme_id: str) -> None: ...
    def go_home(self) -> None: ...
    def open_bank(self) -> None: ...
    def show_shortcuts(self) -> None: ...
    def open_class_results(self) -> None: ...
    def show_about(self) -> None: ...
    def change_size(self, step: Callable[[], None]) -> None: ...


class WindowMenus:
    def __init__(self, window: MenuHost) -> None:
        self.window = w = window
        self.owner = cast(QObject, window)  # a QMainWindow: the actions' parent
        self.home = self._action("Ctrl+Home", w.go_home)
        self.open_bank = self._action(QKeySequence.StandardKey.Open, w.open_bank)
        self.open_bank.setObjectName("openBankAction")
        self.save = self._action(QKeySequence.StandardKey.Save, w.save_report)
        self.print = self._action(QKeySequence.StandardKey.Print, w.print_report)
        self.full = self._action("F11", w.toggle_full_screen)
        self.quit = self._action(QKeySequence.StandardKey.Quit, w.close)
        self.class_results = self._action("Ctrl+Shift+R", w.open_class_results)
        self.class_results.setObjectName("classResultsAction")
        for a in (self.save, self.print):
            a.setEnabled(False)
        self.file_menu = w.menuBar().addMenu("")
        self.file_menu.addActions([self.home, self.open_bank])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.save, self.print])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.class_results)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit)
        self.view_menu = w.menuBar().addMenu("")
        self.view_menu.addAction(self.full)

        self.theme_menu: QMenu = self.view_menu.addMenu("")
        group = QActionGroup(self.owner)
        group.setExclusive(True)
        self.themes: dict[str, QAction] = {}
        for theme_id in THEME_IDS:
            a = QAction(group)
            a.setCheckable(True)
            a.setObjectName(f"theme-{theme_id}")
            a.triggered.connect(lambda _=False, t=theme_id: w.choose_theme(t))
            self.theme_menu.addAction(a)
            self.themes[theme_id] = a

        self.size_menu: QMenu = self.view_menu.addMenu("")
        appearance = w.appearance
        self.larger = self._action("Ctrl++", lambda: w.change_size(appearance.larger))
        self.larger.setShortcuts([QKeySequence(k) for k in ("Ctrl++", "Ctrl+=", "Ctrl+Shift++")])
        self.smaller = self._action("Ctrl+-", lambda: w.change_size(appearance.smaller))
        self.reset = self._action("Ctrl+0", lambda: w.change_size(appearance.reset))
        self.size_menu.addActions([self.larger, self.smaller, self.reset])
        self.keys = self._action(QKeySequence.StandardKey.HelpContents, w.show_shortcuts)
        self.about = self._action("", w.show_about)
        self.guide = self._action("", self.show_guide)  # no key of its own: F1 is the keys list; Alt+H, U
        self.guide.setObjectName("userGuideAction")
        self.guide_dialog: QDialog | None = None
        self.help_menu = w.menuBar().addMenu("")
        self.help_menu.addActions([self.guide, self.keys, self.about])
        self.retranslate()
        self.show_appearance()

    def _action(self, key: QKeySequence | QKeySequence.StandardKey | str, slot: Callable[[], Any]) -> QAction:
        a = QAction(self.owner)
        a.setShortcut(QKeySequence(key))
        a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        a.triggered.connect(slot)
        self.window.addAction(a)  # the keys work with the menu bar hidden (full screen) too
        return a

    def retranslate(self) -> None:
        text = _texts()
        for name, action in (
            ("home", self.home),
            ("open", self.open_bank),
            ("guide", self.guide),
            ("keys", self.keys),
            ("about", self.about),
            ("save", self.save),
            ("print", self.print),
            ("class", self.class_results),
            ("quit", self.quit),
            ("full", self.full),
            ("larger", self.larger),
            ("smaller", self.smaller),
            ("reset", self.reset),
            *self.themes.items(),
        ):
            action.setText(text[name])
        for name, menu in (
            ("file", self.file_menu),
            ("view", self.view_menu),
            ("theme", self.theme_menu),
            ("size", self.size_menu),
            ("help", self.help_menu),
        ):
            menu.setTitle(text[name])

    def show_guide(self) -> None:
        """Help › User guide: the guide over the window (ui/user_guide.py), in the interface language."""
        from cs_quiz.ui.user_guide import UserGuideDialog

        if self.guide_dialog is not None:
            self.guide_dialog.deleteLater()  # a fresh one: the language may have changed since
        self.guide_dialog = UserGuideDialog(cast(QWidget, self.window))
        self.guide_dialog.open()

    def show_appearance(self) -> None:
        """Check the theme in use; offer Larger and Smaller only while there is a step left."""
        appearance = self.window.appearance
        self.themes[appearance.theme_id].setChecked(True)
        self.larger.setEnabled(appearance.size < TEXT_SIZES[-1])
        self.smaller.setEnabled(appearance.size > TEXT_SIZES[0])
