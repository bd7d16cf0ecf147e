"""Sentences the core writes are translatable templates: English by default, any language through the GUI."""

from __future__ import annotations

import ast
import string
from pathlib import Path

from cs_quiz.scoring import messages
from cs_quiz.scoring.results import Flag, FlagKind, Text, to_dict


def test_text_is_english_by_default_and_nests() -> None:
    area = Text.of(messages.AREA, name="Data & metrics", score=82)
    text = Text.of(messages.STRONGEST_AREA, area=area)
    assert str(text) == "your strongest area for this role is Data & metrics (82)"


def test_render_translates_every_template_and_formats_numbers_for_the_locale() -> None:
    spanish = {
        messages.COMPETENCY_BELOW: "tu puntuación en {name} es {value}, menos de {limit}",
    }
    text = Text.of(messages.COMPETENCY_BELOW, name="Datos", value=49.6, limit=50)
    out = text.render(lambda t: spanish.get(t, t), lambda n: f"{n}".replace(".", ","))
    assert out == "tu puntuación en Datos es 49,6, menos de 50"


def test_json_keeps_plain_english_strings() -> None:
    flag = Flag(FlagKind.TOO_FAST, Text.of(messages.TOO_FAST, count=5, seconds=9, per=1.8, minimum=2))
    assert to_dict(flag)["message"].startswith("5 answers took 9 seconds in all, 1.8 seconds each")


def test_every_template_is_marked_for_lupdate_and_uses_only_named_fields() -> None:
    tree = ast.parse(Path(messages.__file__).read_text(encoding="utf-8"))
    marked = [
        node.args[1].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"
    ]
    constants = [v for k, v in vars(messages).items() if k.isupper() and k != "CONTEXT" and isinstance(v, str)]
    constants += list(messages.TO_PERSON.values())  # the notes said to the person, by flag kind
    assert sorted(marked) == sorted(constants), "every template must be written as QT_TRANSLATE_NOOP('Core', ...)"
    for template in constants:
        fields = [f for _, f, _, _ in string.Formatter().parse(template) if f is not None]
        assert all(f.isidentifier() for f in fields), template


def test_every_withholding_note_has_words_for_the_person() -> None:
    from cs_quiz.scoring.results import FlagKind

    said = set(messages.TO_PERSON) | {FlagKind.PROFILE_CONTRADICTION.value}  # its reason is the bank's own words
    assert said == {k.value for k in FlagKind}
