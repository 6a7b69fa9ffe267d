"""Contrast: typed disagreements between documents, read from fact frames (quantity, polarity, state,
attribution, time).

requires: Claim with statements, Frame records, Document (published dates), Entity names
assigns:  Conflict(kind, topic, sides with exact statement spans, documents and origins), Claim.status = "contested"
"""

from crosswire.contrast.conflicts import headline
from crosswire.contrast.gather import find_conflicts

__all__ = ["find_conflicts", "headline"]
