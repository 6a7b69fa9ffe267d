"""Contrast: typed disagreements between claims (quantity, state, polarity, attribution, time).

requires: Claim with statements, Document (published dates)
assigns:  Conflict(kind, topic, sides with exact statement spans), Claim.status = "contested"
"""

from crosswire.contrast.conflicts import find_conflicts
from crosswire.contrast.rules import blamed_agents, compatible, harm_state, quantities

__all__ = ["blamed_agents", "compatible", "find_conflicts", "harm_state", "quantities"]
