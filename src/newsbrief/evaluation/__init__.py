"""Evaluation of highlights: ROUGE against reference highlights, beside lead-3 and the greedy oracle."""

from .oracle import greedy_oracle
from .report import print_report
from .rouge import MEASURES, Interval, bootstrap, rouge
from .run import EvalReport, SystemScore, evaluate

__all__ = [
    "MEASURES",
    "EvalReport",
    "Interval",
    "SystemScore",
    "bootstrap",
    "evaluate",
    "greedy_oracle",
    "print_report",
    "rouge",
]
