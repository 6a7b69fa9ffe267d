"""Resolve: entity mentions across all documents → one Entity per real-world referent.

requires: Annotation.ents (spaCy NER), Document.text
assigns:  Entity(id, name, type, aliases, mentions, merges) — titles, possessives, romanisation variants,
          surnames, acronyms and aliases stated in the text merged (each merge recorded with its rule);
          types voted with context cues above the small model's tags; definite descriptions and pronouns
          attached within each document as mentions of kind "description" / "pronoun"
"""

from crosswire.resolve.entities import resolve_entities

__all__ = ["resolve_entities"]
