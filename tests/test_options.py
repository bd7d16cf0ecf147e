"""Settings are declared one way (cs_quiz.options.Option) for the desktop app and the kiosk: a value a person gives
is checked with a plain reason, and a stored value that does not fit reads as the default."""

from __future__ import annotations

import pytest

from cs_quiz.kiosk import settings as ks
from cs_quiz.options import Option
from cs_quiz.ui import settings as app  # the declarations only; no window is made


def test_both_front_ends_declare_their_settings_the_same_way() -> None:
    assert all(isinstance(o, Option) for o in (*ks.OPTIONS, *app.ALL))
    assert {o.key for o in ks.OPTIONS} == {"kiosk." + o.name for o in ks.OPTIONS}
    assert app.TEXT_SIZE.key == "choice/textSize" and app.GEOMETRY.key == "window/geometry"


@pytest.mark.parametrize(
    ("option", "stored", "read"),
    [
        (app.THEME, "purple", ""),  # not a theme: follow the system
        (app.THEME, "dark", "dark"),
        (app.TEXT_SIZE, "abc", 100),
        (app.TEXT_SIZE, "500", 100),  # out of range
        (app.TEXT_SIZE, "150", 150),
        (app.FULL_SCREEN, "true", True),
        (app.FULL_SCREEN, "maybe", False),
        (app.GEOMETRY, "not bytes", b""),
        (app.LAST_NICKNAME, None, ""),
    ],
)
def test_a_hand_edited_app_setting_reads_as_its_default(option: Option, stored: object, read: object) -> None:
    assert option.read(stored, as_text=True) == read


def test_a_kiosk_option_refuses_a_bad_value_with_a_reason_and_reads_a_bad_stored_one_as_default() -> None:
    idle = ks.BY_NAME["idle_seconds"]
    with pytest.raises(ValueError, match="from 15 to 3600"):
        idle.coerce(5)
    assert idle.read(5) == 90 and idle.read("120") == 90  # the kiosk's store keeps types: text is not a number
    assert idle.read(120) == 120
