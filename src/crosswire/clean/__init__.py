"""Clean: raw input → Document with an article body, title, byline, outlet, cited sources and the
list of what was removed and why.

requires: RawInput (decoded by ingest)
assigns:  Document(id, source, sha256, title, text, removed, outlet, byline, language, cites, url)
"""

from crosswire.clean.document import clean_document, clean_documents, detect_language

__all__ = ["clean_document", "clean_documents", "detect_language"]
