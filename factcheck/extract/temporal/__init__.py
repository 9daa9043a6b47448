"""Temporal expressions: recognition, normalization against the publication date, events, order."""

from .events import event_for
from .order import find_orders
from .joins import combine, combine_offsets
from .tagger import DocState, Timex, tag

__all__ = ["DocState", "Timex", "combine", "combine_offsets", "event_for", "find_orders", "tag"]
