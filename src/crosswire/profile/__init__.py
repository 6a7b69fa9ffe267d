"""Profile: per-outlet signals measured on this story.

requires: Document (shares, removed, outlet), Claim, Statement (attribution, certainty)
assigns:  SourceProfile(name, docs, signals)
"""

from crosswire.profile.sources import profile_sources

__all__ = ["profile_sources"]
