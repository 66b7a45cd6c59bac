"""The agreement figures come with a 95% bootstrap interval, so a figure on 36 pairs is
not read as if it were on 3,600."""

from __future__ import annotations

from domain.curriculum import Level
from domain.evaluation import (
    bootstrap_interval,
    exact_agreement,
    quadratic_weighted_kappa,
)

E, D, P, A = Level.EMERGING, Level.DEVELOPING, Level.PROFICIENT, Level.ADVANCED


def test_perfect_agreement_has_a_point_interval() -> None:
    truth = [E, D, P, A] * 5
    assert bootstrap_interval(truth, truth, exact_agreement) == (1.0, 1.0)


def test_the_interval_holds_the_figure_and_narrows_with_more_pairs() -> None:
    truth = [E, D, P, A, P, D, P, A, E, P]
    guess = [E, P, P, A, D, D, P, P, D, P]
    figure = exact_agreement(truth, guess)
    low, high = bootstrap_interval(truth, guess, exact_agreement)
    assert low <= figure <= high and high - low > 0.3
    wide_low, wide_high = bootstrap_interval(truth * 20, guess * 20, exact_agreement)
    assert wide_low <= figure <= wide_high
    assert wide_high - wide_low < (high - low) / 2


def test_the_interval_is_repeatable() -> None:
    truth = [E, D, P, A, P, D, P, A, E, P]
    guess = [E, P, P, A, D, D, P, P, D, P]
    first = bootstrap_interval(truth, guess, quadratic_weighted_kappa)
    assert first == bootstrap_interval(truth, guess, quadratic_weighted_kappa)
