"""Date: publication dates, time expressions resolved against the right anchor, the event date, the timeline.

requires: Document (text, removed page-date lines), RawInput (HTML metadata, JSON 'published'), Annotation
assigns:  Document.published / page_date / 'republished' flag, Story.event_date, Story.timeline
"""

from crosswire.date.documents import date_documents
from crosswire.date.story import build_timeline, event_date, resolve_timexes, story_timexes
from crosswire.date.timex import Timex, find_timexes, resolve

__all__ = ["Timex", "build_timeline", "date_documents", "event_date", "find_timexes", "resolve", "resolve_timexes",
           "story_timexes"]
