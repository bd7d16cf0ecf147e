"""The main window's pages after the welcome, each built the first time it is needed (start-up builds only what the
first screen needs) and wired to the window's intents here, so the window itself stays about the attempt."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtWidgets import QWidget

from cs_quiz.ui.common import Pages

if TYPE_CHECKING:
    from cs_quiz.ui.past_results import PastResults


class PageHost(Protocol):
    """What the pages need of the main window."""

    stack: Pages

    @property
    def past(self) -> PastResults: ...

    def answer(self, value: Any) -> None: ...
    def _move(self, step: Callable[[Any], bool]) -> None: ...
    def show_review(self) -> None: ...
    def show_question(self) -> None: ...
    def finish(self) -> None: ...
    def save_report(self) -> None: ...
    def print_report(self) -> None: ...
    def show_history(self) -> None: ...
    def go_home(self) -> None: ...
    def delete_attempt(self, attempt_id: str) -> None: ...


def build_page(w: PageHost, name: str) -> QWidget:
    """The page ``name`` ("question", "review", "results" or "history"), added to the window's stack."""
    page: QWidget
    if name == "question":
        from cs_quiz.ui.question_page import QuestionPage

        q = page = QuestionPage(w.stack)
        q.answered.connect(w.answer)
        q.next_requested.connect(lambda: w._move(lambda s: s.next()))
        q.back_requested.connect(lambda: w._move(lambda s: s.back() or True))
        q.skip_requested.connect(lambda: w._move(lambda s: s.skip()))
        q.flag_requested.connect(lambda: w._move(lambda s: s.toggle_flag() or True))
        q.review_requested.connect(w.show_review)
    elif name == "review":
        from cs_quiz.ui.review_page import ReviewPage

        review = page = ReviewPage(w.stack)
        review.jump_requested.connect(lambda i: w._move(lambda s: s.revisit(i) or True))
        review.back_requested.connect(w.show_question)
        review.finish_requested.connect(w.finish)
    elif name == "results":
        from cs_quiz.ui.results_page import ResultsPage

        results = page = ResultsPage(w.stack, review=True)  # the kiosk's own never offers the keys
        results.save_requested.connect(w.save_report)
        results.print_requested.connect(w.print_report)
        results.history_requested.connect(w.show_history)
        results.home_requested.connect(w.go_home)
    else:
        from cs_quiz.ui.history_page import HistoryPage

        history = page = HistoryPage(w.stack)
        history.home_requested.connect(w.go_home)
        history.delete_requested.connect(w.delete_attempt)
        history.open_requested.connect(w.past.open)
        history.export_requested.connect(w.past.ask_export)
    w.stack.addWidget(page)
    return page
