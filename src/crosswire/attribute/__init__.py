"""Attribute: who said what. Direct quotes with speaker, cue and channel; groups of the same utterance
across documents; statements with their attribution (named, anonymous, outlet, document, self; the
outlets a claim passed through) and certainty (asserted, likely, possible, reported, denied, disputed).

requires: Document.text, Annotation (tokens with dependency heads, sentences, paragraphs), Entity
assigns:  Quote, Statement
"""

from crosswire.attribute.groups import group_quotes
from crosswire.attribute.quotes import extract_quotes, quote_spans
from crosswire.attribute.statements import extract_statements

__all__ = ["extract_quotes", "extract_statements", "group_quotes", "quote_spans"]
