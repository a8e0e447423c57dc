"""Sentence and paragraph splitting: what sentencex does and the rules we add."""

from __future__ import annotations

import pytest

from editor.core.segmentation import split_paragraphs, split_sentences

SENTENCES = [
    # an address ends a sentence before a capitalised word; a short abbreviation before a
    # telephone number does not ("Tel. +386"), a short word before another number may
    (
        "it",
        "Scrivete a info@camp.it. Grazie mille. Visitate www.camp.it. Ciao.",
        ["Scrivete a info@camp.it.", "Grazie mille.", "Visitate www.camp.it.", "Ciao."],
    ),
    (
        "en",
        "Manager: Matej Kranjc · Tel. +386 4 574 21 90 · Fax. 04 574 21 91. Welcome.",
        ["Manager: Matej Kranjc · Tel. +386 4 574 21 90 · Fax. 04 574 21 91.", "Welcome."],
    ),
    ("en", "We went to Rio. 25 people came.", ["We went to Rio.", "25 people came."]),
    (
        "en",
        "He went to the U.S. in Jan. 2024. Dr. Smith agreed.",
        ["He went to the U.S. in Jan. 2024.", "Dr. Smith agreed."],
    ),
    ("en", "It works (see above.) Then it stopped.", ["It works (see above.)", "Then it stopped."]),
    ("en", "Is it? Yes! Fine.", ["Is it?", "Yes!", "Fine."]),
    ("en", "“Go now.” Then he left.", ["“Go now.”", "Then he left."]),
    # An opening quote after a sentence's end starts a sentence, even after a quote left open.
    (
        "de",
        "„Nie gesehen, sagte sie, als es begann. „Die Kunden fragen.“",
        ["„Nie gesehen, sagte sie, als es begann.", "„Die Kunden fragen.“"],
    ),
    ("fr", "Il a parlé. « Bon », dit-il.", ["Il a parlé.", "« Bon », dit-il."]),
    ("de", "Er sagte: „Gut.“ Dann ging er.", ["Er sagte: „Gut.“", "Dann ging er."]),
    # Initials are one abbreviation, not sentences.
    (
        "fr",
        "Si les dépenses dans l’I.A. ralentissaient. Bon.",
        ["Si les dépenses dans l’I.A. ralentissaient.", "Bon."],
    ),
    ("fr", "Il a dit A. Puis il est parti.", ["Il a dit A.", "Puis il est parti."]),
    # A clock time's mark and its time zone are one sentence; an acronym after it may start one.
    (
        "en",
        "It opens at 8:00 a.m. CEST and closes at 2 p.m. ET daily.",
        ["It opens at 8:00 a.m. CEST and closes at 2 p.m. ET daily."],
    ),
    ("en", "It ends at 5 p.m. NASA said so.", ["It ends at 5 p.m.", "NASA said so."]),
    (
        "en",
        "A call at 8:00 a.m. Eastern Time (14:00 CEST) today.",
        ["A call at 8:00 a.m. Eastern Time (14:00 CEST) today."],
    ),
    ("en", "It ends at 5 p.m. The rest waits.", ["It ends at 5 p.m.", "The rest waits."]),
    # A one-letter unit's full stop before a capitalised word ends a sentence; before a
    # lowercase one it does not.
    ("en", "The wall is 12 m. Workers left.", ["The wall is 12 m.", "Workers left."]),
    ("de", "Es sind 4 l. Mehr geht nicht.", ["Es sind 4 l.", "Mehr geht nicht."]),
    ("en", "It is 12 m. wide and 4 m. Tall ones fall.", ["It is 12 m. wide and 4 m.", "Tall ones fall."]),
    # So does a longer SI symbol's, which never takes an abbreviation's stop; a German "Min."
    # is an abbreviation before a noun
    ("fr", "La carte fait 63 mm. Les boîtes suivent.", ["La carte fait 63 mm.", "Les boîtes suivent."]),
    # a person's title is no sentence's end, before a name; a street's "St." may be one
    (
        "fr",
        "Entrée avec l'autorisation du gardien, M. Benoît Ravel. Les taxis attendent.",
        ["Entrée avec l'autorisation du gardien, M. Benoît Ravel.", "Les taxis attendent."],
    ),
    ("de", "Rufen Sie Dr. Huber an. Er hilft.", ["Rufen Sie Dr. Huber an.", "Er hilft."]),
    ("en", "He lives on Main St. The shop opens at 9.", ["He lives on Main St.", "The shop opens at 9."]),
    ("de", "Die Datei hat 20 MB. Sie lädt schnell.", ["Die Datei hat 20 MB.", "Sie lädt schnell."]),
    ("de", "Es dauert 5 Min. Pause machen Sie danach.", ["Es dauert 5 Min. Pause machen Sie danach."]),
    ("de", "Das ist z. B. gut. Dr. Müller kam.", ["Das ist z. B. gut.", "Dr. Müller kam."]),
    ("de", "Er kam am 3. Jan. 2024 an. Gut.", ["Er kam am 3. Jan. 2024 an.", "Gut."]),
    # a sentence that ends before a date's ordinal, the next one opening with it
    (
        "de",
        "Am 4. Mai spielt Anna Brahms. 18. Mai: Chorkonzert.",
        ["Am 4. Mai spielt Anna Brahms.", "18. Mai: Chorkonzert."],
    ),
    ("de", "Das Fest ist am 3. Mai. 4. Mai: Ruhetag.", ["Das Fest ist am 3. Mai.", "4. Mai: Ruhetag."]),
    # ... not after an abbreviation
    ("de", "Wir öffnen ca. 16. Juli wieder.", ["Wir öffnen ca. 16. Juli wieder."]),
    (
        "de",
        "Am 3. Oktober war es so. Der 1. Platz ging an ihn.",
        ["Am 3. Oktober war es so.", "Der 1. Platz ging an ihn."],
    ),
    (
        "de",
        "Sie belegte Platz 3. Der Sieger kam aus Rom.",
        ["Sie belegte Platz 3.", "Der Sieger kam aus Rom."],
    ),
    ("de", "Er sagte: „Das ist gut.“ Dann ging er.", ["Er sagte: „Das ist gut.“", "Dann ging er."]),
    (
        "de",
        "Es lief gut (siehe oben.) Danach ging es weiter.",
        ["Es lief gut (siehe oben.)", "Danach ging es weiter."],
    ),
    # A lost boundary stays one sentence: the aligner, not the splitter, deals with it.
    (
        "de",
        "Es wurde gebracht Im vergangenen Monat kam es.",
        ["Es wurde gebracht Im vergangenen Monat kam es."],
    ),
    ("fr", "Il est venu. « Bien », dit-elle.", ["Il est venu.", "« Bien », dit-elle."]),
    # a quotation left open (or closed with another mark): its opening mark stays with it
    (
        "it",
        "Non lo riceveranno. «Il nostro scopo è semplice”, afferma lei.",
        ["Non lo riceveranno.", "«Il nostro scopo è semplice”, afferma lei."],
    ),
    (
        "fr",
        "Il est venu. « Notre but est simple ”, dit-elle.",
        ["Il est venu.", "« Notre but est simple ”, dit-elle."],
    ),
    # An ordinary word that sentencex's lists hold as an abbreviation ends a sentence written
    # in lowercase; the same letters capitalised may be a title, and before a number an
    # article's abbreviation.
    ("de", "Das freut mich. Wir kommen morgen.", ["Das freut mich.", "Wir kommen morgen."]),
    ("de", "Heute kommt Mag. Huber vorbei.", ["Heute kommt Mag. Huber vorbei."]),
    ("nl", "Ik weet dat. Wij komen morgen.", ["Ik weet dat.", "Wij komen morgen."]),
    ("es", "Todo salió bien. Volvemos mañana.", ["Todo salió bien.", "Volvemos mañana."]),
    ("it", "I capi sono pronti in 24 ore. Vi preghiamo.", ["I capi sono pronti in 24 ore.", "Vi preghiamo."]),
    ("it", "Non succede mai. «Bene», dice.", ["Non succede mai.", "«Bene», dice."]),
    ("pt", "Nunca o vi. Voltamos amanhã.", ["Nunca o vi.", "Voltamos amanhã."]),
    ("fr", "Voir art. 5 du code. Merci.", ["Voir art. 5 du code.", "Merci."]),
    ("it", "Vedi le ore. non sono finite.", ["Vedi le ore. non sono finite."]),
    ("en", "", []),
    ("en", "   ", []),
    ("en", "no final stop", ["no final stop"]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SENTENCES)
def test_split_sentences(lang: str, text: str, expected: list[str]) -> None:
    spans = split_sentences(text, lang)
    assert [s.text(text) for s in spans] == expected
    # Spans are in order and do not overlap.
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:], strict=False))


PARAGRAPHS = [
    ("A.\n\nB.\n", ["A.", "B."], "", ("\n\n", "\n")),
    ("A.\nB.\n", ["A.", "B."], "", ("\n", "\n")),  # no blank line: one paragraph per line
    ("\n\nA b.\nc d.\n\n\n  E.  \n\nG", ["A b.\nc d.", "  E.  ", "G"], "\n\n", ("\n\n\n", "\n\n", "")),
    ("A.\r\n\r\nB.", ["A.", "B."], "", ("\r\n\r\n", "")),
    ("A.\n \t\nB.", ["A.", "B."], "", ("\n \t\n", "")),  # whitespace-only line is blank
    # One CRLF (or CR) line end is a line break inside the paragraph, never a blank line.
    ("A b\r\nc d.\r\n\r\nE.\r\n", ["A b\r\nc d.", "E."], "", ("\r\n\r\n", "\r\n")),
    ("A b\rc d.\r\rE.\r", ["A b\rc d.", "E."], "", ("\r\r", "\r")),
    ("A b\r\nc d.\n\r\nE.\rF.", ["A b\r\nc d.", "E.\rF."], "", ("\n\r\n", "")),  # mixed
    ("A b\r\nc d.\r \t\nE.", ["A b\r\nc d.", "E."], "", ("\r \t\n", "")),
    ("A.\r\nB.\r\n", ["A.", "B."], "", ("\r\n", "\r\n")),  # no blank line: one per line
    ("A.\rB.\nC.", ["A.", "B.", "C."], "", ("\r", "\n", "")),
]


@pytest.mark.parametrize(("text", "paragraphs", "head", "separators"), PARAGRAPHS)
def test_split_paragraphs(text: str, paragraphs: list[str], head: str, separators: tuple[str, ...]) -> None:
    split = split_paragraphs(text)
    assert [s.text(text) for s in split.spans] == paragraphs
    assert split.head == head
    assert split.separators == separators
    rebuilt = split.head + "".join(
        s.text(text) + sep for s, sep in zip(split.spans, split.separators, strict=True)
    )
    assert rebuilt == text
