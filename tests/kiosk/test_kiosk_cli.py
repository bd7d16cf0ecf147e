"""``cs-quiz kiosk-setup``: PIN asked twice and stored only as a hash, options checked and saved, exit codes."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import pytest

from cs_quiz.cli import kiosk as cli_kiosk
from cs_quiz.kiosk import pin as pins
from cs_quiz.kiosk import settings as ks
from cs_quiz.store.store import Store


def run(tmp_path: Path, *argv: str) -> int:
    parser = argparse.ArgumentParser(prog="cs-quiz")
    parser.add_argument("--data-dir", type=Path)
    cli_kiosk.add_commands(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["--data-dir", str(tmp_path), "kiosk-setup", *argv])
    return int(args.handler(args))


def answers(monkeypatch: pytest.MonkeyPatch, *typed: str) -> list[str]:
    prompts: list[str] = []
    it: Iterator[str] = iter(typed)

    def ask(prompt: str) -> str:
        prompts.append(prompt)
        try:
            return next(it)
        except StopIteration:
            raise EOFError from None

    monkeypatch.setattr(cli_kiosk, "ask_secret", ask)
    return prompts


def stored(tmp_path: Path) -> tuple[str | None, ks.KioskSettings]:
    with Store.open(tmp_path) as s:
        return pins.stored_hash(s), ks.load(s)


def test_first_run_asks_for_the_pin_twice_and_stores_only_its_hash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    prompts = answers(monkeypatch, "8642", "8642")
    assert run(tmp_path) == 0
    assert len(prompts) == 2
    h, _ = stored(tmp_path)
    assert h and pins.verify_pin("8642", h)
    out, err = capsys.readouterr()
    assert "8642" not in out + err


def test_different_pins_change_nothing_and_exit_1(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    answers(monkeypatch, "8642", "8643")
    assert run(tmp_path, "--idle", "60") == 1
    h, s = stored(tmp_path)
    assert h is None and s.idle_seconds == 90


def test_a_pin_that_is_not_digits_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    answers(monkeypatch, "abcd")
    assert run(tmp_path) == 1
    assert stored(tmp_path)[0] is None


def test_options_are_saved_without_asking_again_once_a_pin_is_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers(monkeypatch, "1357", "1357")
    assert run(tmp_path) == 0
    prompts = answers(monkeypatch)
    assert run(tmp_path, "--idle", "45", "--countdown", "10", "--results-time", "300", "--no-qr", "--print") == 0
    assert prompts == []
    _, s = stored(tmp_path)
    assert (s.idle_seconds, s.countdown_seconds, s.results_seconds, s.takeaway_qr, s.print_button) == (
        45,
        10,
        300,
        False,
        True,
    )
    assert run(tmp_path, "--discard-abandoned", "--bank", "csd-readiness", "--section", "full") == 0
    _, s = stored(tmp_path)
    assert (s.keep_abandoned, s.bank, s.section) == (False, "csd-readiness", "full")


def test_pin_option_replaces_the_pin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    answers(monkeypatch, "1357", "1357")
    run(tmp_path)
    answers(monkeypatch, "24680", "24680")
    assert run(tmp_path, "--pin") == 0
    h, _ = stored(tmp_path)
    assert h and pins.verify_pin("24680", h) and not pins.verify_pin("1357", h)


@pytest.mark.parametrize(
    "argv", [("--idle", "3"), ("--countdown", "100000"), ("--bank", "no-such-bank"), ("--section", "nope")]
)
def test_values_out_of_range_are_a_usage_mistake(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, argv: tuple[str, ...]
) -> None:
    answers(monkeypatch, "1357", "1357")
    assert run(tmp_path) == 0
    assert run(tmp_path, *argv) == 2
    assert stored(tmp_path)[1] == ks.KioskSettings()


def test_theme_and_text_size_are_set_and_a_bad_one_is_a_usage_mistake(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    answers(monkeypatch, "1357", "1357")
    assert run(tmp_path) == 0
    assert run(tmp_path, "--theme", "dark", "--text-size", "150") == 0
    _, s = stored(tmp_path)
    assert (s.theme, s.text_size) == ("dark", 150)
    capsys.readouterr()
    assert run(tmp_path, "--theme", "pink") == 2
    assert "light, dark, high-contrast" in capsys.readouterr().err
    assert run(tmp_path, "--text-size", "105") == 2
    with pytest.raises(SystemExit) as not_a_number:
        run(tmp_path, "--text-size", "big")
    assert not_a_number.value.code == 2
    _, s = stored(tmp_path)
    assert (s.theme, s.text_size) == ("dark", 150)  # nothing changed by the refused values


def test_the_cohort_label_is_set_cleared_and_bounded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    answers(monkeypatch, "1357", "1357")
    assert run(tmp_path, "--cohort", " Year 11   B ") == 0
    assert stored(tmp_path)[1].cohort == "Year 11 B"
    capsys.readouterr()
    assert run(tmp_path, "--cohort", "x" * 61) == 2
    assert "at most 60 characters" in capsys.readouterr().err
    assert stored(tmp_path)[1].cohort == "Year 11 B", "nothing changed by the refused label"
    assert run(tmp_path, "--cohort", "") == 0
    assert stored(tmp_path)[1].cohort == ""


def test_the_results_folder_is_kept_as_an_absolute_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    answers(monkeypatch, "1357", "1357")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "usb").mkdir()
    assert run(tmp_path, "--results-folder", "usb") == 0
    assert stored(tmp_path)[1].results_folder == str(tmp_path / "usb")
    capsys.readouterr()
    assert run(tmp_path, "--results-folder", "later") == 0
    assert "does not exist now" in capsys.readouterr().err
