"""The example banks in examples/ and the starters that ``cs-quiz new`` writes: valid, scored as published, usable.

The IPIP Big-Five bank is checked against the published key written out below, item by item, independently of the
bank file: the test never reads the keys or the wording from the bank to work out what the sums should be.

Sources for every item's wording, factor and key (read 2026-12-05, through stored copies of the pages):

1. The IPIP scoring key, "Big-Five Factor Markers", https://ipip.ori.org/newBigFive5broadKey.htm: the + keyed and
   - keyed items of each factor's 10-item scale. Extraversion and Agreeableness were read on the page itself; the
   other three factors through a repository copy that says it vendors the page verbatim (its Neuroticism signs are
   the page's Emotional Stability signs turned round, as they should be).
2. The IPIP's "Possible Questionnaire Format for Administering the 50-Item Set of IPIP Big-Five Factor Markers",
   https://ipip.ori.org/New_IPIP-50-item-scale.htm: the numbered order. Seen through two independent
   reproductions: a Qualtrics survey built "as it is on its website", with its R scoring notebook
   (github.com/jinjinjinjye/R-IPIP50: every item's wording in order, the reverse-keyed item numbers 2, 4, 6, 8, 10,
   12, 14, 16, 18, 20, 22, 24, 26, 28, 29, 30, 32, 34, 36, 38, 39, 44, 46, 49, and factor = item number mod 5), and a
   numbered list that cites the page (github.com/Umuzi-org/ACN-syllabus, scoring.txt; same numbering, though that
   copy rewords three items).
3. The Open-Source Psychometrics Project's codebook for its IPIP Big-Five data (items EXT1..EXT10, AGR1.., CSN1..,
   EST1.., OPN1..; "the order on page was EXT1, AGR1, CSN1, EST1, OPN1, EXT2, etc."): the wording and the order.
4. https://ipip.ori.org/newScoringInstructions.htm: + keyed answers count 1 to 5, - keyed 5 to 1, and a scale's
   score is their sum.

Every item's wording agrees in sources 1, 2 and 3, and every item's key agrees in sources 1 and 2.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from cs_quiz.bank.load import load_bank
from cs_quiz.bank.model import Bank, Kind, QuestionType
from cs_quiz.cli import starter
from cs_quiz.scoring.engine import evaluate
from readability import flesch_reading_ease, syllables, words

ROOT = Path(__file__).parent.parent
EXAMPLES = ROOT / "examples"
FIX = Path(__file__).parent / "fixtures" / "examples"
IPIP = EXAMPLES / "ipip-big-five.yaml"
QUIZ = EXAMPLES / "knowledge-quiz.yaml"
EXE = shutil.which("cs-quiz") or str(Path(sys.executable).with_name("cs-quiz"))

# ---- the published key -----------------------------------------------------------------------------------------------

# Published item number, factor, key, wording. Factors as the IPIP numbers them: I Extraversion, II Agreeableness,
# III Conscientiousness, IV Emotional Stability, V Intellect/Imagination.
PUBLISHED: list[tuple[int, str, str, str]] = [
    (1, "I", "+", "Am the life of the party."),
    (2, "II", "-", "Feel little concern for others."),
    (3, "III", "+", "Am always prepared."),
    (4, "IV", "-", "Get stressed out easily."),
    (5, "V", "+", "Have a rich vocabulary."),
    (6, "I", "-", "Don't talk a lot."),
    (7, "II", "+", "Am interested in people."),
    (8, "III", "-", "Leave my belongings around."),
    (9, "IV", "+", "Am relaxed most of the time."),
    (10, "V", "-", "Have difficulty understanding abstract ideas."),
    (11, "I", "+", "Feel comfortable around people."),
    (12, "II", "-", "Insult people."),
    (13, "III", "+", "Pay attention to details."),
    (14, "IV", "-", "Worry about things."),
    (15, "V", "+", "Have a vivid imagination."),
    (16, "I", "-", "Keep in the background."),
    (17, "II", "+", "Sympathize with others' feelings."),
    (18, "III", "-", "Make a mess of things."),
    (19, "IV", "+", "Seldom feel blue."),
    (20, "V", "-", "Am not interested in abstract ideas."),
    (21, "I", "+", "Start conversations."),
    (22, "II", "-", "Am not interested in other people's problems."),
    (23, "III", "+", "Get chores done right away."),
    (24, "IV", "-", "Am easily disturbed."),
    (25, "V", "+", "Have excellent ideas."),
    (26, "I", "-", "Have little to say."),
    (27, "II", "+", "Have a soft heart."),
    (28, "III", "-", "Often forget to put things back in their proper place."),
    (29, "IV", "-", "Get upset easily."),
    (30, "V", "-", "Do not have a good imagination."),
    (31, "I", "+", "Talk to a lot of different people at parties."),
    (32, "II", "-", "Am not really interested in others."),
    (33, "III", "+", "Like order."),
    (34, "IV", "-", "Change my mood a lot."),
    (35, "V", "+", "Am quick to understand things."),
    (36, "I", "-", "Don't like to draw attention to myself."),
    (37, "II", "+", "Take time out for others."),
    (38, "III", "-", "Shirk my duties."),
    (39, "IV", "-", "Have frequent mood swings."),
    (40, "V", "+", "Use difficult words."),
    (41, "I", "+", "Don't mind being the center of attention."),
    (42, "II", "+", "Feel others' emotions."),
    (43, "III", "+", "Follow a schedule."),
    (44, "IV", "-", "Get irritated easily."),
    (45, "V", "+", "Spend time reflecting on things."),
    (46, "I", "-", "Am quiet around strangers."),
    (47, "II", "+", "Make people feel at ease."),
    (48, "III", "+", "Am exacting in my work."),
    (49, "IV", "-", "Often feel blue."),
    (50, "V", "+", "Am full of ideas."),
]
# Factor -> (competency id in the bank, the IPIP's name, question id prefix). Question ids: prefix + the item's
# place within its factor (e2 is the second Extraversion item, published item 6).
FACTORS = {
    "I": ("extraversion", "Extraversion", "e"),
    "II": ("agreeableness", "Agreeableness", "a"),
    "III": ("conscientiousness", "Conscientiousness", "c"),
    "IV": ("emotional-stability", "Emotional Stability", "es"),
    "V": ("intellect", "Intellect/Imagination", "i"),
}


def item_id(number: int, factor: str) -> str:
    return f"{FACTORS[factor][2]}{(number - 1) // 5 + 1}"


def by_number(answers: dict[int, int | None]) -> dict[str, int | None]:
    """Answers keyed by published item number -> answers keyed by the bank's question ids."""
    return {item_id(n, f): answers[n] for n, f, _, _ in PUBLISHED if n in answers}


def hand_scores(answers: dict[int, int | None]) -> dict[str, tuple[int, int, int, float] | None]:
    """Competency id -> (sum, lowest, highest, percent) by the published key, or None when nothing was answered:
    + keyed answers count as given, - keyed as 6 - answer; the range is that of the items answered."""
    out: dict[str, tuple[int, int, int, float] | None] = {}
    for factor, (comp, _, _) in FACTORS.items():
        given = [(key, answers.get(n)) for n, f, key, _ in PUBLISHED if f == factor]
        keyed = [value if key == "+" else 6 - value for key, value in given if value is not None]
        if not keyed:
            out[comp] = None
            continue
        total, low, high = sum(keyed), len(keyed), 5 * len(keyed)
        out[comp] = (total, low, high, (total - low) / (high - low) * 100)
    return out


def test_the_key_table_is_the_published_shape() -> None:
    """Ten items per factor, in turns E A C ES I, and as many - keyed items per factor as the IPIP key lists."""
    assert [n for n, *_ in PUBLISHED] == list(range(1, 51))
    assert [f for _, f, _, _ in PUBLISHED] == ["I", "II", "III", "IV", "V"] * 10
    minus = {f: sum(1 for _, g, key, _ in PUBLISHED if g == f and key == "-") for f in FACTORS}
    assert minus == {"I": 5, "II": 4, "III": 4, "IV": 8, "V": 3}
    reversed_numbers = [n for n, _, key, _ in PUBLISHED if key == "-"]
    assert reversed_numbers == [
        2,
        4,
        6,
        8,
        10,
        12,
        14,
        16,
        18,
        20,
        22,
        24,
        26,
        28,
        29,
        30,
        32,
        34,
        36,
        38,
        39,
        44,
        46,
        49,
    ]


# ---- helpers ---------------------------------------------------------------------------------------------------------


def run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([EXE, *map(str, args)], capture_output=True, text=True, cwd=cwd, env=env, timeout=60)


def new(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    """``cs-quiz new ...`` in this process, through the command's own parser: (exit code, stdout, stderr)."""
    parser = argparse.ArgumentParser(prog="cs-quiz")
    starter.add_commands(parser.add_subparsers())
    args = parser.parse_args(["new", *map(str, argv)])
    code = args.handler(args)
    out = capsys.readouterr()
    return code, out.out, out.err


def scores(bank: Bank, answers: dict[str, Any]) -> dict[str, Any]:
    ev, problems = evaluate(bank, answers)
    assert not problems, problems
    return {c.competency: c for c in ev.score.competencies}


@pytest.fixture(scope="module")
def ipip() -> Bank:
    result = load_bank(IPIP)
    assert result.bank is not None, result.errors
    return result.bank


@pytest.fixture(scope="module")
def quiz() -> Bank:
    result = load_bank(QUIZ)
    assert result.bank is not None, result.errors
    return result.bank


def read_answers(path: Path) -> dict[str, Any]:
    import yaml

    answers: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))["answers"]
    return answers


# ---- every example and starter is valid ------------------------------------------------------------------------------


def test_the_examples_validate_strictly() -> None:
    out = run("validate", "--strict", EXAMPLES)
    assert out.returncode == 0, out.stderr
    for name in ("ipip-big-five.yaml", "knowledge-quiz.yaml", "starter.yaml"):
        assert f"{name}: ok" in out.stdout
    assert "warning" not in out.stderr


@pytest.mark.parametrize("kind", starter.KINDS)
def test_each_starter_template_validates_strictly(kind: str) -> None:
    out = run("validate", "--strict", ROOT / "src" / "cs_quiz" / "starters" / f"{kind}.yaml")
    assert out.returncode == 0, out.stderr
    assert ": ok - starter 1.0" in out.stdout


# ---- the IPIP Big-Five inventory -------------------------------------------------------------------------------------


def test_ipip_items_are_worded_keyed_and_ordered_as_published(ipip: Bank) -> None:
    expected = [item_id(n, f) for n, f, _, _ in PUBLISHED]
    assert list(ipip.questions) == expected
    assert list(ipip.sections) == ["all"] and ipip.sections["all"].questions == tuple(expected)
    for n, factor, key, text in PUBLISHED:
        q = ipip.questions[item_id(n, factor)]
        assert q.type is QuestionType.LIKERT
        assert q.text == text, f"item {n}"
        assert q.competency == FACTORS[factor][0], f"item {n}"
        assert q.reverse is (key == "-"), f"item {n} is keyed {key}"
        assert q.weight == 1
        scale = ipip.scales[q.scale or ""]
        assert [p.value for p in scale.points] == [1, 2, 3, 4, 5] and not scale.not_yet
        assert scale.points[0].label == "Very inaccurate" and scale.points[-1].label == "Very accurate"


def test_ipip_is_a_profile_of_five_traits_shown_as_sums(ipip: Bank) -> None:
    assert [(c.id, c.name, c.kind) for c in ipip.competencies.values()] == [
        (comp, name, Kind.TRAIT) for comp, name, _ in FACTORS.values()
    ]
    assert ipip.bands == () and not ipip.gives_readiness
    assert not ipip.rules and not ipip.caps and not ipip.stages
    assert ipip.settings.show == "sum"
    assert ipip.settings.min_answered_fraction == 0  # the published key scores whatever was answered
    assert "not a diagnosis" in ipip.meta.description
    assert any(s.url.startswith("https://ipip.ori.org/") for s in ipip.meta.sources)


# A realistic mixed person: answers to items 1 to 50 (tests/fixtures/examples/ipip-mixed.yaml).
MIXED: dict[int, int | None] = dict(enumerate([
    3, 2, 4, 4, 4, 2, 4, 2, 3, 2, 4, 1, 4, 4, 5, 3, 5, 2, 2, 1, 4, 2, 2, 3, 4,
    2, 4, 3, 3, 1, 3, 1, 4, 3, 4, 4, 4, 1, 2, 3, 2, 4, 3, 3, 5, 4, 4, 3, 2, 4,
], start=1))  # fmt: skip
BLANK = {6, 16, 23, 29, 45}
PATTERNS = {
    "all 1s": ({n: 1 for n in range(1, 51)}, {"extraversion": 30, "agreeableness": 26, "conscientiousness": 26,
                                               "emotional-stability": 42, "intellect": 22}),
    "all 5s": ({n: 5 for n in range(1, 51)}, {"extraversion": 30, "agreeableness": 34, "conscientiousness": 34,
                                               "emotional-stability": 18, "intellect": 38}),
    # Worked by hand in tests/fixtures/examples/ipip-mixed.yaml's order, e.g. Extraversion: items 1, 11, 21, 31, 41
    # as given (3 + 4 + 4 + 3 + 2) and 6, 16, 26, 36, 46 turned round (4 + 3 + 4 + 2 + 2) = 31.
    "a realistic mixed person": (MIXED, {"extraversion": 31, "agreeableness": 43, "conscientiousness": 36,
                                         "emotional-stability": 29, "intellect": 43}),
    # The same person leaving items 6 and 16 (E, - keyed: 4 and 3), 23 (C +: 2), 29 (ES -: 3) and 45 (I +: 5) blank.
    "some unanswered": ({n: (None if n in BLANK else v) for n, v in MIXED.items()},
                        {"extraversion": 24, "agreeableness": 43, "conscientiousness": 34,
                         "emotional-stability": 26, "intellect": 38}),
}  # fmt: skip


@pytest.mark.parametrize("pattern", list(PATTERNS))
def test_ipip_sums_follow_the_published_key(ipip: Bank, pattern: str) -> None:
    answers, worked_by_hand = PATTERNS[pattern]
    got = scores(ipip, by_number(answers))
    expected = hand_scores(answers)
    assert {comp: e[0] for comp, e in expected.items() if e} == worked_by_hand
    for comp, e in expected.items():
        assert e is not None
        total, low, high, percent = e
        c = got[comp]
        assert (c.sum, c.sum_min, c.sum_max) == (total, low, high), comp
        assert c.score == pytest.approx(percent), comp
        assert c.score == pytest.approx((c.sum - c.sum_min) / (c.sum_max - c.sum_min) * 100)
        assert c.answered == (high // 5)


def test_ipip_partial_sums_keep_the_range_of_the_answers_given(ipip: Bank) -> None:
    got = scores(ipip, by_number(PATTERNS["some unanswered"][0]))
    e = got["extraversion"]
    assert (e.sum, e.sum_min, e.sum_max, e.answered, e.available) == (24, 8, 40, 8, 10)
    assert e.score == pytest.approx(50.0)
    c = got["conscientiousness"]
    assert (c.sum, c.sum_min, c.sum_max) == (34, 9, 45) and c.score == pytest.approx(25 / 36 * 100)


def test_ipip_factor_with_no_answer_has_no_score(ipip: Bank) -> None:
    answers = {n: v for n, v in MIXED.items() if n % 5 != 1}  # every Extraversion item left out
    got = scores(ipip, by_number(answers))
    assert got["extraversion"].score is None and got["extraversion"].sum is None
    assert hand_scores(answers)["extraversion"] is None
    assert got["agreeableness"].sum == 43


def test_ipip_answers_file_on_the_command_line(ipip: Bank) -> None:
    """The fixtures are the patterns above, and `cs-quiz score` prints and exports the published sums."""
    assert read_answers(FIX / "ipip-mixed.yaml") == by_number(MIXED)
    assert read_answers(FIX / "ipip-some-blank.yaml") == by_number(PATTERNS["some unanswered"][0])
    out = run("score", IPIP, FIX / "ipip-mixed.yaml")
    assert out.returncode == 0, out.stderr
    for name, total in (("Extraversion", 31), ("Agreeableness", 43), ("Emotional Stability", 29)):
        line = next(line for line in out.stdout.splitlines() if line.strip().startswith(name))
        assert f"{total} on a scale of 10 to 50" in line
    assert "Readiness" not in out.stdout and "Strengths" not in out.stdout
    data = json.loads(run("score", "--json", IPIP, FIX / "ipip-some-blank.yaml").stdout)
    comps = {c["competency"]: c for c in data["score"]["competencies"]}
    assert (comps["extraversion"]["sum"], comps["extraversion"]["sum_min"], comps["extraversion"]["sum_max"]) == (
        24,
        8,
        40,
    )
    assert data["score"]["readiness"]["band"] is None


# ---- the knowledge quiz ----------------------------------------------------------------------------------------------

RIGHT = {
    "measures": "b",
    "csat": "a",
    "feedback": "d",
    "reports-to": "c",
    "path": "b",
    "years": "d",
    "licence": "a",
    "ccxp-issuer": "c",
    "ccxp-exam": "d",
    "duties": "b",
}


def test_quiz_has_one_right_answer_per_question_and_feedback_on_every_option(quiz: Bank) -> None:
    assert 8 <= len(quiz.questions) <= 10
    places = []
    for q in quiz.questions.values():
        assert q.type is QuestionType.SINGLE and q.shuffled
        right = [o.id for o in q.options if o.scores]
        assert right == [RIGHT[q.id]], q.id
        assert q.option(RIGHT[q.id]).scores == {"knowledge": 1}  # type: ignore[union-attr]
        assert all(o.feedback.strip() for o in q.options), q.id
        places.append([o.id for o in q.options].index(RIGHT[q.id]))
    assert max(places.count(p) for p in set(places)) <= 4  # the right answer is not always in one place
    longest = [q.id for q in quiz.questions.values() if max(q.options, key=lambda o: len(o.text)).id == RIGHT[q.id]]
    assert len(longest) <= 4, f"the right answer is the longest in {longest}"
    assert quiz.bands == () and quiz.settings.show == "sum"


def test_quiz_all_right_is_full_marks(quiz: Bank) -> None:
    k = scores(quiz, RIGHT)["knowledge"]
    assert (k.sum, k.sum_min, k.sum_max, k.score) == (10, 0, 10, 100)


def test_quiz_typical_person_sees_seven_of_ten(quiz: Bank) -> None:
    k = scores(quiz, read_answers(FIX / "quiz-typical.yaml"))["knowledge"]
    assert (k.sum, k.sum_max) == (7, 10) and k.score == pytest.approx(70)
    out = run("score", QUIZ, FIX / "quiz-typical.yaml")
    assert out.returncode == 0, out.stderr
    assert "7 of 10" in out.stdout


def test_quiz_wrong_answers_score_nothing(quiz: Bank) -> None:
    wrong = {q.id: next(o.id for o in q.options if not o.scores) for q in quiz.questions.values()}
    k = scores(quiz, wrong)["knowledge"]
    assert (k.sum, k.score) == (0, 0)


SHORT_TEXT_WORDS = 8  # as tests/test_bundled_bank.py: the formula means nothing on fewer words
MIN_EASE = 50


def plain_english_problems(bank: Bank) -> list[str]:
    problems = []
    for q in bank.questions.values():
        texts = [(q.id, f"{q.situation} {q.text}".strip())]
        texts += [(f"{q.id}/{o.id}", o.text) for o in q.options]
        texts += [(f"{q.id}/{o.id} feedback", o.feedback) for o in q.options if o.feedback]
        texts += [(f"{q.id} rationale", q.key.rationale)] if q.key and q.key.rationale else []
        for where, text in texts:
            if len(words(text)) >= SHORT_TEXT_WORDS and flesch_reading_ease(text) < MIN_EASE:
                problems.append(f"{where}: reading ease {flesch_reading_ease(text):.0f}: {text}")
            elif len(words(text)) < SHORT_TEXT_WORDS and any(syllables(w) > 5 for w in words(text)):
                problems.append(f"{where}: a very long word in a short text: {text}")
    return problems


@pytest.mark.parametrize("path", [QUIZ, *(ROOT / "src" / "cs_quiz" / "starters").glob("*.yaml")], ids=lambda p: p.name)
def test_what_students_read_is_plain_english(path: Path) -> None:
    bank = load_bank(path).bank
    assert bank is not None
    problems = plain_english_problems(bank)
    assert not problems, "\n".join(problems)


# ---- cs-quiz new -----------------------------------------------------------------------------------------------------

ANSWERS = {kind: FIX / f"starter-{kind}.yaml" for kind in starter.KINDS}


@pytest.mark.parametrize("kind", starter.KINDS)
def test_new_writes_a_bank_that_validates_and_scores(kind: str, tmp_path: Path, capsys: Any) -> None:
    target = tmp_path / f"my-{kind}.yaml"
    code, out, err = new(capsys, target, "--kind", kind)
    assert code == 0 and not err
    assert f"Now run: cs-quiz preview {target}" in out
    assert f"cs-quiz validate {target}" in out
    assert f"bank id my-{kind}" in out
    assert os.listdir(tmp_path) == [target.name]  # no temporary file left beside it
    checked = run("validate", "--strict", target)
    assert checked.returncode == 0, checked.stderr
    assert f"ok - my-{kind} 1.0" in checked.stdout
    scored = run("score", target, ANSWERS[kind])
    assert scored.returncode == 0, scored.stderr
    expected = {"readiness": "Readiness: 88 / 100", "inventory": "13 on a scale of 3 to 15", "quiz": "2 of 3"}
    assert expected[kind] in scored.stdout


def test_new_without_kind_writes_the_readiness_starter(tmp_path: Path, capsys: Any) -> None:
    code, _, _ = new(capsys, tmp_path / "starter.yaml")
    assert code == 0
    assert (tmp_path / "starter.yaml").read_text(encoding="utf-8") == starter.template("readiness")


def test_examples_starter_is_what_new_writes(tmp_path: Path, capsys: Any) -> None:
    assert new(capsys, tmp_path / "starter.yaml", "--kind", "readiness")[0] == 0
    assert (tmp_path / "starter.yaml").read_bytes() == (EXAMPLES / "starter.yaml").read_bytes()
    # Under another name only the bank id and the file named in the two commands differ.
    assert new(capsys, tmp_path / "Year 10 check.yaml")[0] == 0
    mine = (tmp_path / "Year 10 check.yaml").read_text(encoding="utf-8").splitlines()
    example = (EXAMPLES / "starter.yaml").read_text(encoding="utf-8").splitlines()
    changed = [(a, b) for a, b in zip(example, mine, strict=True) if a != b]
    assert [(a.replace("starter.yaml", "NAME"), b.replace('"Year 10 check.yaml"', "NAME")) for a, b in changed] == [
        ("# After each change, check the file:   cs-quiz validate NAME",) * 2,
        ("# It lists every problem with its line number. Then try it as a person would:   cs-quiz preview NAME",) * 2,
        ("  id: starter", "  id: year-10-check"),
    ]


def test_new_never_overwrites(tmp_path: Path, capsys: Any) -> None:
    mine = tmp_path / "mine.yaml"
    mine.write_text("my own work\n", encoding="utf-8")
    code, out, err = new(capsys, mine, "--kind", "quiz")
    assert code == 1 and not out
    assert str(mine) in err and "already exists" in err
    assert mine.read_text(encoding="utf-8") == "my own work\n"
    (tmp_path / "folder.yaml").mkdir()
    assert new(capsys, tmp_path / "folder.yaml")[0] == 1
    assert sorted(os.listdir(tmp_path)) == ["folder.yaml", "mine.yaml"]


@pytest.mark.skipif(os.name != "posix", reason="symbolic links need privileges on Windows")
def test_new_does_not_follow_a_link_that_points_nowhere(tmp_path: Path, capsys: Any) -> None:
    (tmp_path / "link.yaml").symlink_to(tmp_path / "elsewhere.yaml")
    assert new(capsys, tmp_path / "link.yaml")[0] == 1
    assert not (tmp_path / "elsewhere.yaml").exists()


def test_a_name_taken_while_writing_is_not_replaced(tmp_path: Path) -> None:
    """The last step links the finished file into place, which fails rather than replaces."""
    taken = tmp_path / "taken.yaml"
    taken.write_text("written by someone else meanwhile\n", encoding="utf-8")
    with pytest.raises(FileExistsError):
        starter.write_new_file(taken, "new text\n")
    assert taken.read_text(encoding="utf-8") == "written by someone else meanwhile\n"
    assert os.listdir(tmp_path) == ["taken.yaml"]


def test_new_refuses_a_name_that_is_not_yaml_and_a_missing_folder(tmp_path: Path, capsys: Any) -> None:
    code, _, err = new(capsys, tmp_path / "notes.txt")
    assert code == 2 and "notes.yaml" in err
    code, _, err = new(capsys, tmp_path / "no-such-folder" / "quiz.yaml")
    assert code == 1 and "does not exist" in err
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize(
    ("name", "ident"),
    [
        ("my-bank.yaml", "my-bank"),
        ("Customer Quiz (2027).yaml", "customer-quiz-2027"),
        ("Préparation_été.yml", "preparation_ete"),
        ("--x--.yaml", "x"),
        ("日本語.yaml", "my-bank"),
        ("a" * 80 + ".yaml", "a" * 64),
    ],
)
def test_the_bank_id_comes_from_the_file_name(name: str, ident: str) -> None:
    assert starter.bank_id_for(Path(name)) == ident
