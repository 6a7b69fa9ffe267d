"""A group's name alone ('Varnel') and the longer names that start with it."""

from resolve_helpers import cluster_found


def test_resolve_shortforms_a_name_and_a_common_noun_is_not_another_name_of_the_group(nlp):
    # 'the Varnel Plant' is a capitalised 'Varnel plant': 'Varnel' alone still goes to 'Varnel Foods'
    texts = {"a": "Varnel Foods said the plant would reopen. Varnel Foods employs 900 people at the plant.",
             "b": "A worker at the Varnel Plant was hurt. Varnel said the plant was safe.",
             "c": "Varnel Foods shares fell. The plant makes crackers. Inspectors visited the plant twice."}
    _m, cl, by = cluster_found(nlp, texts, r"Varnel(?: Foods| Plant)?", "ORG")
    assert cl.find(by["Varnel"]) == cl.find(by["Varnel Foods"])
    assert cl.find(by["Varnel Plant"]) != cl.find(by["Varnel Foods"])


def test_resolve_shortforms_a_place_tag_on_another_spelling_keeps_a_team_name_off_the_places(nlp):
    # 'Harons' (tagged a place) meets the team's 'Herons' by its consonants; the team is still named without
    # its city, and 'the Herons' still goes to 'San Morel Herons'
    texts = {"a": "The San Morel Herons won again. The Herons lead the league.",
             "b": "The Herons beat the Owls. Fans in San Morel cheered the Herons.",
             "c": "The Herons play in Harons next week. The Herons were rested."}
    _m, cl, by = cluster_found(
        nlp, texts, r"San Morel Herons|San Morel|Herons|Harons|Owls",
        lambda text: "GPE" if text in ("San Morel", "Harons") else "ORG",
        skip=lambda d, f: d.text[max(0, f.start() - 10):f.start()].endswith("San Morel "))
    assert cl.find(by["Herons"]) == cl.find(by["San Morel Herons"])
    assert cl.find(by["San Morel"]) != cl.find(by["San Morel Herons"])


def test_resolve_shortforms_acronyms_of_a_department_and_never_of_a_persons_initials(nlp):
    # 'KPD' is 'Kelton Police' (Department left out); 'AP' is no acronym of 'Andrew Pusar'
    texts = {"a": "Kelton Police said the road was closed. KPD officers stayed until noon.",
             "b": "Andrew Pusar scored twice. Andrew Pusar was named player of the week, AP reported."}
    labels = {"Kelton Police": "ORG", "KPD": "ORG", "Andrew Pusar": "PERSON", "AP": "ORG"}
    _m, cl, by = cluster_found(nlp, texts, r"Kelton Police|KPD|Andrew Pusar|AP\b", lambda text: labels[text])
    assert cl.find(by["KPD"]) == cl.find(by["Kelton Police"])
    assert cl.find(by["AP"]) != cl.find(by["Andrew Pusar"])


def test_resolve_shortforms_an_acronym_is_no_title_of_a_work(nlp):
    # 'AP' matches the news agency's initials and the film's; the film's name is no organisation's
    texts = {"a": "The star of Autumn Parade spoke to Arden Press on Monday. Autumn Parade opened in 1999.",
             "b": "She told AP she was fine. Autumn Parade made her famous."}
    labels = {"Autumn Parade": "WORK_OF_ART", "Arden Press": "ORG", "AP": "ORG"}
    _m, cl, by = cluster_found(nlp, texts, r"Autumn Parade|Arden Press|AP\b", lambda text: labels[text])
    assert cl.find(by["AP"]) == cl.find(by["Arden Press"])
    assert cl.find(by["Autumn Parade"]) != cl.find(by["Arden Press"])
