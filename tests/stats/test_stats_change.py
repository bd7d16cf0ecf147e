"""Before and after: Student's sleep data through :func:`paired` and :func:`unpaired`, with real attempts of the
small test bank whose stored data scores are 50 + the extra hours of sleep (stored scores are what the change
reads; a shift of 50 changes no difference, SD or interval)."""

from __future__ import annotations

import math

import pytest
from stats_helpers import NICK, small_answers, small_bank, taken

from cs_quiz.scoring.results import to_dict
from cs_quiz.stats.change import difference, hedges_j, paired, unpaired
from cs_quiz.stats.sample import Taken

# Cushny & Peebles (1905) as Student (1908) used them; R's `sleep` data set. Extra hours of sleep per patient with
# drug 1 (group 1) and drug 2 (group 2); the same ten patients took both.
DRUG_1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0]
DRUG_2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4]


def sleep_attempts(first_cohort: str | None = None, second_cohort: str | None = None) -> list[Taken]:
    bank = small_bank()
    out = []
    for i, (one, two) in enumerate(zip(DRUG_1, DRUG_2, strict=True)):
        code = f"patient-{i + 1}"
        out.append(
            taken(
                bank,
                small_answers(),
                sections=("full",),
                code=code,
                cohort=first_cohort,
                minutes=i,
                scores={"data": 50 + one},
            )
        )
        out.append(
            taken(
                bank,
                small_answers(),
                sections=("full",),
                code=code.upper(),
                cohort=second_cohort,
                minutes=1000 + i,
                scores={"data": 50 + two},
            )
        )
    return out


def test_paired_sleep_data() -> None:
    # R: t.test(extra ~ group, data = sleep, paired = TRUE) -> mean difference -1.58 (group 1 - group 2),
    # t = -4.0621, df = 9, 95 % CI -2.4598858 to -0.7001142. After minus before is the other way round.
    # By hand: differences 1.2, 2.4, 1.3, 1.3, 0.0, 1.0, 1.8, 0.8, 4.6, 1.4; sum 15.8, mean 1.58;
    # squared deviations sum to 13.616, SD = sqrt(13.616 / 9) = 1.22999; d_z = 1.58 / 1.22999 = 1.2846.
    result = paired(sleep_attempts(), small_bank())
    assert not result.too_few and result.pairs == 10
    assert result.competencies is not None
    data, patience = result.competencies
    assert data.n == 10
    assert data.mean_before == pytest.approx(50.75) and data.mean_after == pytest.approx(52.33)
    assert data.mean_change == pytest.approx(1.58)
    assert data.sd == pytest.approx(math.sqrt(13.616 / 9))
    assert data.ci_low == pytest.approx(0.7001142, abs=1e-6)
    assert data.ci_high == pytest.approx(2.4598858, abs=1e-6)
    assert data.d_z == pytest.approx(1.2846, abs=1e-4)
    # patience: the same answers twice, no change at all: the interval is the point, and d_z is undefined
    assert (patience.mean_change, patience.sd, patience.ci_low, patience.ci_high, patience.d_z) == (
        0.0,
        0.0,
        0.0,
        0.0,
        None,
    )
    assert result.bands is not None and result.bands.same + result.bands.excluded == 10


def test_paired_by_cohort_labels() -> None:
    attempts = sleep_attempts("before", "after")
    by_label = paired(attempts, small_bank(), before="after", after="before")  # labels, not times, decide
    assert by_label.competencies is not None
    assert by_label.competencies[0].mean_change == pytest.approx(-1.58)
    with pytest.raises(ValueError):
        paired(attempts, small_bank(), before="before")


def test_first_and_last_attempt_of_a_code() -> None:
    bank = small_bank()
    attempts = sleep_attempts()
    middle = [
        taken(bank, small_answers(), sections=("full",), code=f"patient-{i + 1}", minutes=500, scores={"data": 0.0})
        for i in range(10)
    ]
    result = paired(attempts + middle, bank)
    assert result.competencies is not None and result.competencies[0].mean_change == pytest.approx(1.58)


def test_band_moves() -> None:
    bank = small_bank()
    moves = [(1, 5), (1, 5), (5, 5), (5, 1), (3, 3), (1, 1)]  # data answers before and after
    attempts = []
    for i, (a, b) in enumerate(moves):
        attempts.append(taken(bank, small_answers(data=a, patience=4), sections=("full",), code=f"c{i}", minutes=i))
        attempts.append(taken(bank, small_answers(data=b, patience=4), sections=("full",), code=f"c{i}", minutes=99))
    bands = [b.id for b in bank.bands]
    expected = {"up": 0, "same": 0, "down": 0}
    for i in range(len(moves)):
        step = bands.index(attempts[2 * i + 1].band or "") - bands.index(attempts[2 * i].band or "")
        expected["up" if step > 0 else "down" if step < 0 else "same"] += 1
    assert expected["up"] and expected["down"]  # the example does move bands both ways
    result = paired(attempts, bank)
    assert result.bands is not None
    assert (result.bands.up, result.bands.same, result.bands.down, result.bands.excluded) == (
        expected["up"],
        expected["same"],
        expected["down"],
        0,
    )


def test_too_few_pairs_give_counts_only() -> None:
    attempts = sleep_attempts()[:8]  # four patients
    result = paired(attempts, small_bank())
    assert result.too_few and result.pairs == 4 and result.competencies is None and result.bands is None
    assert NICK not in repr(to_dict(result))


def test_unpaired_sleep_data_welch() -> None:
    # R: t.test(extra ~ group, data = sleep) (Welch) -> t = -1.8608, df = 17.776,
    # 95 % CI -3.3654832 to 0.2054832, means 0.75 and 2.33. Group 2 minus group 1 flips the interval.
    # Hedges' g by hand: SDs 1.789010 and 2.002249, pooled sqrt((3.200556 + 4.009000) / 2) = 1.898625,
    # d = 1.58 / 1.898625 = 0.832181; J(18) = Γ(9) / (3 Γ(8.5)) = 40320 / (3 × 14034.407) = 0.957646; g = 0.79693.
    attempts = sleep_attempts("one", "two")
    a = [t for t in attempts if t.cohort == "one"]
    b = [t for t in attempts if t.cohort == "two"]
    result = unpaired(a, b, small_bank())
    assert not result.too_few and (result.finished_a, result.finished_b) == (10, 10)
    assert result.competencies is not None
    data = result.competencies[0]
    assert (data.n_a, data.n_b) == (10, 10)
    assert data.mean_a == pytest.approx(50.75) and data.mean_b == pytest.approx(52.33)
    assert data.difference == pytest.approx(1.58)
    assert data.df == pytest.approx(17.776, abs=5e-4)
    assert data.ci_low == pytest.approx(-0.2054832, abs=1e-6)
    assert data.ci_high == pytest.approx(3.3654832, abs=1e-6)
    assert data.hedges_g == pytest.approx(0.79693, abs=1e-5)
    patience = result.competencies[1]  # no variation in either group
    assert patience.difference == 0 and patience.ci_low is None and patience.hedges_g is None


def test_hedges_j() -> None:
    assert hedges_j(18) == pytest.approx(40320 / (3 * 14034.407293483413), rel=1e-12)
    for m in (20, 50, 200):  # the usual approximation, good to 1e-4 from 20 degrees of freedom
        assert hedges_j(m) == pytest.approx(1 - 3 / (4 * m - 1), abs=1e-4)


def test_unpaired_too_few() -> None:
    attempts = sleep_attempts("one", "two")
    result = unpaired(attempts[:8:2], attempts[1::2], small_bank())
    assert result.too_few and (result.finished_a, result.finished_b) == (4, 10) and result.competencies is None
    few = difference("data", "Data", [1.0, 2.0, 3.0], [4.0, 5.0, 6.0, 7.0, 8.0])
    assert few.n_a == 3 and few.mean_a is None
