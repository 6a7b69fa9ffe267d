"""Summarize: an extractive, evidence-linked summary of the story.

requires: Claim, Conflict, Document
assigns:  SummarySentence(text, claims, docs)
"""

from crosswire.summarize.sentences import summarize

__all__ = ["summarize"]
