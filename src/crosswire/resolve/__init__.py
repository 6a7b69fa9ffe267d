"""Resolve: entity mentions across all documents → one Entity per real-world referent.

requires: Annotation.ents (spaCy NER), Document.text
assigns:  Entity(id, name, type, aliases, mentions) — titles, possessives, transliterations, surnames,
          acronyms and the small model's type errors handled by voting across mentions and documents
"""

from crosswire.resolve.cluster import resolve_entities

__all__ = ["resolve_entities"]
