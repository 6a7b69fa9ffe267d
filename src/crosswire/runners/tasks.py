"""The units of work an executor runs: plain functions of plain records, the same wherever they run."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from crosswire.clean import clean_document
from crosswire.cluster import document_features
from crosswire.cluster.copies import signature_bytes, text_sha
from crosswire.config import Settings
from crosswire.date import date_documents
from crosswire.errors import InputProblem
from crosswire.models import Document, Problem, RawInput, Story
from crosswire.pipeline import analyze_documents, generator_name, story_title
from crosswire.render import story_to_dict, to_json

from crosswire.runners.records import document_to_dict


def prepare(raws: Sequence[RawInput], settings: Settings) -> list[dict | Problem]:
    """Clean, date and describe a chunk of inputs: one article dict (or a Problem) per input."""
    out: list[dict | Problem] = []
    for raw in raws:
        try:
            doc = clean_document(raw, settings)
        except InputProblem as exc:
            out.append(Problem(exc.source, exc.reason))
            continue
        doc = date_documents([doc], [None], {doc.id: raw})[0]
        features = document_features(doc)
        out.append({
            "id": doc.id, "sha256": raw.sha256, "text_sha256": text_sha(doc.text), "source": raw.source,
            "title": doc.title, "outlet": doc.outlet, "url": doc.url,
            "published": doc.published.value if doc.published else None, "text": doc.text,
            "document": document_to_dict(doc), "raw_format": raw.format, "raw_fields": dict(raw.fields),
            "raw_data": raw.data, "signature": signature_bytes(doc.text), "features": features.to_json(),
        })
    return out


def story_json(story_id: str, documents: Sequence[Document], raws: dict[str, RawInput], settings: Settings,
               analyze: bool) -> dict:
    """One story's story.json text (full analysis, or the documents alone) and what the store lists of it."""
    if analyze:
        story = analyze_documents(documents, raws, dataclasses.replace(settings, progress=False))
        story = dataclasses.replace(story, id=story_id)
    else:
        story = Story(id=story_id, title=story_title(documents), documents=tuple(documents),
                      generator=generator_name())
    return {
        "story_id": story_id, "json": to_json(story), "title": story.title,
        "event_date": story.event_date.value if story.event_date else None,
        "conflicts": len(story.conflicts), "claims": [(c.id, c.text) for c in story.claims],
        "contract_problems": len(_contract(story_to_dict(story))),
    }


def _contract(data: dict) -> list:
    from crosswire.render import contract_problems

    return contract_problems(data)
