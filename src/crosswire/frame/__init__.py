"""Frame: statements → fact frames (holder, attribute, value, each with its span).

requires: Document.text, Annotation (tokens with dependencies, sentences), Statement, Entity
assigns: Frame records (quantity, state, time, agent)
"""

from crosswire.frame.extract import extract_frames
from crosswire.frame.values import compatible

__all__ = ["compatible", "extract_frames"]
