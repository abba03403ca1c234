"""Measuring newsbrief against annotated data: ROUGE of highlights (beside lead-3 and the oracle), and the measures the quality gates use."""


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
