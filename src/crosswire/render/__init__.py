"""Render: Story → story.json (the contract), report.md and report.html (self-contained, escaped)."""

from crosswire.render.contract import contract_problems
from crosswire.render.html import to_html
from crosswire.render.json import story_to_dict, to_json
from crosswire.render.markdown import to_markdown

__all__ = ["contract_problems", "story_to_dict", "to_html", "to_json", "to_markdown"]
