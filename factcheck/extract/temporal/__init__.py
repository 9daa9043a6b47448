"""Temporal expressions: recognition, normalization against the publication date, events, order."""

from .events import event_for
from .order import find_orders
from .tagger import DocState, Timex, combine_offsets, tag

__all__ = ["DocState", "Timex", "combine_offsets", "event_for", "find_orders", "tag"]
