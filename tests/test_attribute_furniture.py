"""Page furniture (captions, credits, bylines, link labels) is never a statement; real sentences are."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from crosswire.annotate import annotate
from crosswire.attribute import extract_statements
from crosswire.attribute.furniture import is_furniture
from crosswire.models import Document

FURNITURE = [
    "(Photo provided by the city council)",
    "Photo: Jane Doe for The Evening Ledger",
    "PHOTO | Harbour Authority",
    "Video: Firefighters battle the warehouse blaze",
    "Image courtesy of the county sheriff's office",
    "File photo by Mark Stone",
    "Smoke rises over the market district on Tuesday. (AP Photo/Lena Park)",
    "Rescue workers search the rubble of the collapsed school. NEWSWIRE/Tom Baker",
    "A rescue worker carries a child out of the rubble. Harold Finch/Getty Images",
    "By Maria Lopez and Tom Hardy",
    "BY JOHN SMITH",
    "Read more: Storm leaves thousands without power",
    "Related: Council votes on new budget",
    "Related Posts",
    "Advertisement",
    "BREAKING NEWS",
    "WORLD | POLITICS",
    "Share this article",
    "Updated: March 4, 2019, 10:04 PM ET",
    "Posted Oct 26, 2011 8:57 AM CDT",
    "Published time : March 12 , 2013 02 : 03",
    "This article is based in part on wire service reports.",
    "This story has been updated with the latest figures.",
    "This article was originally published in Spanish.",
    "Jane Doe contributed reporting.",
    "The Evening Ledger contributed to this report.",
    "Reporting by Tom Hardy; Editing by Ann Lee",
    "An earlier version of this story misstated the number of injured.",
    "Editor's note: the names of the children have been changed.",
    "This is a developing story and will be updated.",
]

STATEMENTS = [
    "The council voted on Tuesday to close the harbour for two weeks.",
    "Police said three people were arrested after the match.",
    "Firefighters brought the blaze under control by midnight, the fire service said.",
    "The photo was taken by a neighbour, who said the fire started in the kitchen.",
    "Officials said the video showed the suspect leaving the building.",
    "By the time rescuers arrived, the roof had collapsed.",
    "Related charges were filed against two other men on Friday.",
    "He said the budget would be cut by 10 percent and/or delayed.",
    "Updated figures released on March 4 showed 12 deaths.",
    "On March 4, 2019 the bridge collapsed.",
    "This report said three people died in the fire.",
    "The report was based on interviews with 40 witnesses.",
    "The story was reported by a local radio station on Monday.",
    "Officials contributed to the confusion by releasing two different tolls.",
    "This version of the phone has a larger battery.",
    "This video shows the moment the bridge collapsed.",
    "Correction officers said the prisoner escaped at dawn.",
]


@pytest.mark.parametrize("text", FURNITURE)
def test_furniture_is_recognised_by_its_form(text):
    assert is_furniture(text)


@pytest.mark.parametrize("text", STATEMENTS)
def test_real_sentences_are_not_furniture(text):
    assert not is_furniture(text)


def _sentence_tokens(nlp, text):
    doc = Document(id="d", source="d", sha256="d", title="", text=text)
    ann = annotate([doc], nlp=nlp)[0]
    return doc, ann


@pytest.mark.parametrize("text,expected", [
    ("Residents clearing debris outside the damaged mosque in the old city", True),  # caption: no finite verb
    ("The minister at a news conference in the capital", True),
    ("A view of the flooded street", True),
    ("Crowds gather outside the stadium", False),                                      # a headline with a verb
    ("Three people were killed in the crash.", False),
    ("Man charged with arson over warehouse fire in the harbour", False),             # a headline
    ("Ten dead", True),
])
def test_verbless_fragments_are_furniture_when_parsed(nlp, text, expected):
    doc, ann = _sentence_tokens(nlp, text)
    assert is_furniture(text, ann.tokens) is expected


def test_statements_skip_furniture_but_keep_it_in_the_text(nlp):
    text = ("By Maria Lopez\n\nThe council voted on Tuesday to close the harbour for two weeks.\n\n"
            "(Photo provided by the harbour authority)\n\nRead more: Storm leaves thousands without power\n\n"
            "Officials said repairs would cost about 2 million dollars.")
    doc, ann = _sentence_tokens(nlp, text)
    statements = extract_statements(doc, ann, [])
    texts = [s.text for s in statements]
    assert texts == ["The council voted on Tuesday to close the harbour for two weeks.",
                     "Officials said repairs would cost about 2 million dollars."]
    assert all(doc.text[s.start:s.end] == s.text for s in statements)
    assert "(Photo provided by the harbour authority)" in doc.text


@given(st.text(max_size=200))
@settings(max_examples=200, deadline=None)
def test_furniture_never_raises(text):
    assert is_furniture(text) in (True, False)
