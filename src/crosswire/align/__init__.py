"""Align: shared passages between documents, and statements across documents aligned into claims with
their number of independent origins.

requires: Document.text, Statement (with attribution), a sentence embedder
assigns:  Document.shares, Claim(statements, docs, independent_sources, status, origins)
"""

from crosswire.align.claims import (AlignmentPlan, WordPlan, align_claims, content_words, independent_origins,
                                   plan_alignment, plan_words)
from crosswire.align.shares import Links, find_shares, shared_passages

__all__ = ["AlignmentPlan", "Links", "WordPlan", "align_claims", "content_words", "find_shares",
           "independent_origins", "plan_alignment", "plan_words", "shared_passages"]
