"""report.html: one self-contained page built from the same templates as the web app. All article text is
untrusted and is escaped by the templates (autoescape); every item links to its evidence in the page."""

from __future__ import annotations

from typing import Any

from crosswire.models import Story
from crosswire.render.json import story_to_dict
from crosswire.render.page import report_page


def to_html(story: Story | dict[str, Any]) -> str:
    """The report for a Story record or a story.json dict."""
    return report_page(story if isinstance(story, dict) else story_to_dict(story))
