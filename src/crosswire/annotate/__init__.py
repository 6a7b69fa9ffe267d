"""Annotate: one spaCy pass per document (en_core_web_sm 3.8.0), copied out into plain records.

requires: Document.text (clean, paragraphs separated by blank lines)
assigns:  Annotation(tokens with tags and dependency heads, sentences, entity mentions, paragraphs)
"""

from crosswire.annotate.model import load_pipeline, check_meta
from crosswire.annotate.run import annotate, annotate_texts, iter_annotations, paragraph_spans

__all__ = ["annotate", "annotate_texts", "check_meta", "iter_annotations", "load_pipeline", "paragraph_spans"]
