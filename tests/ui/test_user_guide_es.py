"""Help › User guide in Spanish (resources/guide/user-guide.es.md): with the interface in Spanish, Alt+U, G opens the
Spanish guide, not the English one; its links reach its own headings; it has the English guide's shape; and every
label it names in bold is one the Spanish interface really shows (resources/i18n/cs_quiz_es.ts)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import focused, press
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from cs_quiz.packaged import read_resource
from cs_quiz.ui import language, theme
from cs_quiz.ui.user_guide import UserGuideDialog, slug

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "cs_quiz_es.ts"
SPANISH_BANK = ROOT / "questions" / "csd-readiness.es.yaml"

HEADING = re.compile(r"^(#{1,6}) +(.+?) *$", re.M)
LINK = re.compile(r"\]\(#([^)]*)\)")
CONTENTS_LINK = re.compile(r"^- \[[^]]+\]\(#([^)]+)\)$", re.M)
BOLD = re.compile(r"\*\*(.+?)\*\*", re.S)

# Words the Spanish guide bolds for emphasis, as the English guide does ("**bank**", "**readiness score**", the
# lead-ins "**In a class.**"): they name an idea, not a menu, button or screen, so the interface need not show them.
EMPHASIS = {
    "puntuación de preparación",  # the English "readiness score": the results show the number, not this label
    "banco de preguntas",  # the term being defined (the interface writes it capitalised: "Banco de preguntas")
    "En una clase.",
    "En un quiosco compartido.",
}


def guide(lang: str = "es") -> str:
    return read_resource("guide", "user-guide.md" if lang == "en" else f"user-guide.{lang}.md")


def headings(text: str) -> list[str]:
    return [m.group(2) for m in HEADING.finditer(text)]


def contents_links(text: str) -> list[str]:
    """The anchors of the "On this page" list: the link lines before the first section."""
    before_first_section = text.split("\n## ", 1)[0]
    return CONTENTS_LINK.findall(before_first_section)


def spanish_labels() -> set[str]:
    """Every Spanish text of the interface, without its '&' (the Alt+key marker; '&&' is a literal '&')."""
    labels: set[str] = set()
    for translation in ET.parse(TS).getroot().iter("translation"):
        forms = [n.text or "" for n in translation.iter("numerusform")] or [translation.text or ""]
        labels.update(f.replace("&&", "\0").replace("&", "").replace("\0", "&").strip() for f in forms)
    return labels - {""}


def section_titles() -> set[str]:
    """The section buttons' words come from the Spanish bank, not from the .ts ("Prueba rápida")."""
    found = re.findall(r"^  - id: \S+\n    title: (.+)$", SPANISH_BANK.read_text(encoding="utf-8"), re.M)
    assert found, "no section titles in the Spanish bank"
    return {t.strip().strip("\"'") for t in found}


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    """Whatever a test does in Spanish, the next test starts in English with the usual look."""
    locale = QLocale()
    try:
        yield
    finally:
        language.remove_translators(qapp)
        QLocale.setDefault(locale)
        theme.apply(qapp, "light", theme.NORMAL_SIZE)


def open_guide_in_spanish(qtbot: Any, window: Any) -> UserGuideDialog:
    """Alt+U opens Ayuda ("Ay&uda"), G its Guía de uso ("&Guía de uso"), as a Spanish keyboard user does."""
    menus = window.menus
    assert menus.help_menu.title() == "Ay&uda" and menus.guide.text() == "&Guía de uso", "not the Spanish menus"
    qtbot.keyClick(focused(), Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is menus.help_menu)
    qtbot.keyClick(menus.help_menu, Qt.Key.Key_G)
    qtbot.waitUntil(lambda: menus.guide_dialog is not None and menus.guide_dialog.isVisible())
    dialog = menus.guide_dialog
    assert isinstance(dialog, UserGuideDialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def test_alt_u_g_opens_the_spanish_guide_in_spanish(qtbot: Any, make_window: Any, spanish: None) -> None:
    window = make_window(lang="es")
    dialog = open_guide_in_spanish(qtbot, window)
    assert dialog.windowTitle() == "Guía de uso"
    text = dialog.browser.toPlainText()
    spanish_headings, english_headings = headings(guide("es")), headings(guide("en"))
    assert text.startswith(spanish_headings[0]), text[:80]
    for heading in spanish_headings:
        assert heading in text
    shown = [line.strip() for line in text.splitlines()]
    assert not [h for h in english_headings if h in shown], "an English heading in the Spanish guide"
    assert dialog.sections == [slug(h) for h in spanish_headings]
    assert focused() is dialog.browser
    press(qtbot, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_spanish_link_goes_to_its_section_by_keyboard(qtbot: Any, make_window: Any, spanish: None) -> None:
    """The third link of "En esta página" is Historial: Tab three times and Enter scroll to that section."""
    window = make_window(lang="es", size=(1024, 600))
    dialog = open_guide_in_spanish(qtbot, window)
    bar = dialog.browser.verticalScrollBar()
    press(qtbot, Qt.Key.Key_Tab, times=3)
    assert dialog.browser.textCursor().selectedText() == "Historial"
    press(qtbot, Qt.Key.Key_Return)
    document = dialog.browser.document()
    block = document.begin()
    while block.isValid() and not (block.text() == "Historial" and block.blockFormat().headingLevel()):
        block = block.next()
    assert block.isValid(), "no heading Historial"
    want = min(bar.maximum(), int(document.documentLayout().blockBoundingRect(block).top()))
    qtbot.waitUntil(lambda: abs(bar.value() - want) <= 2)
    assert bar.value() > 0


def test_every_link_of_the_spanish_guide_names_one_of_its_headings(qtbot: Any) -> None:
    dialog = UserGuideDialog(language="es")
    qtbot.addWidget(dialog)
    text = guide("es")
    links = LINK.findall(text)
    assert links, "the Spanish guide has no internal links"
    assert set(links) <= set(dialog.sections), sorted(set(links) - set(dialog.sections))
    assert set(links) <= {slug(h) for h in headings(text)}, "a link the file's own headings do not give"
    assert len(dialog.sections) == len(set(dialog.sections)), "two headings with the same anchor"
    assert dialog.browser.toPlainText().startswith(headings(text)[0])


def test_the_spanish_guide_has_the_shape_of_the_english_one() -> None:
    english, spanish_text = guide("en"), guide("es")
    en_headings, es_headings = list(HEADING.finditer(english)), list(HEADING.finditer(spanish_text))
    assert [len(m.group(1)) for m in es_headings] == [len(m.group(1)) for m in en_headings], "same headings, levels"
    assert len(contents_links(spanish_text)) == len(contents_links(english)) == len(en_headings) - 1
    in_order = [slug(m.group(2)) for m in es_headings[1:]]
    assert contents_links(spanish_text) == in_order, "the contents list names the sections in their order"
    for name, pattern in (("numbered", r"^ *\d+\. "), ("bulleted", r"^ *- "), ("code", r"`[^`]+`")):
        assert len(re.findall(pattern, spanish_text, re.M)) == len(re.findall(pattern, english, re.M)), name


def test_every_bold_label_of_the_spanish_guide_is_shown_by_the_spanish_interface() -> None:
    known = spanish_labels() | section_titles()
    bold = [" ".join(b.split()) for b in BOLD.findall(guide("es"))]
    assert len(bold) >= 20, bold
    unknown = [part for term in bold if term not in EMPHASIS for part in term.split(" › ") if part not in known]
    assert not unknown, f"bold words the Spanish interface does not show: {unknown}"
    assert not EMPHASIS - set(bold), "an allowed emphasis the guide no longer uses: drop it from EMPHASIS"


def test_the_spanish_guide_keeps_the_glossary() -> None:
    """docs/translations.md: servicio al cliente, never atención al cliente; the Spanish keys and menus, not the
    English ones."""
    text = guide("es")
    assert "servicio al cliente" in text and "atención al cliente" not in text.lower()
    assert "director/a de servicio al cliente" in text
    for english in ("Enter", "Backspace", "Shift", "Help ›", "View ›", "File ›"):
        assert english not in text, english


def test_the_spanish_guide_reads_easily() -> None:
    """Plain Spanish for a 16-year-old: Fernández-Huerta 70 or more ("fairly easy", age 12) for the prose, as
    tests/readability_es.py scores the Spanish bank (the guide scores about 86 when written)."""
    from readability_es import fernandez_huerta

    prose = re.sub(r"`[^`]*`|\]\([^)]*\)|[#*\[\]]", " ", guide("es"))
    assert fernandez_huerta(prose) >= 70
