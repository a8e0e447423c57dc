"""untranslated on short leftovers: one or two ordinary source words left in the target's prose."""

from __future__ import annotations

from dataclasses import replace

import pytest

from editor.core.checks import Severity, build_context, get_check
from editor.core.checks.prose import RegisterStats
from editor.core.checks.stats import DocumentStats
from tests.core.checks._run import run
from tests.factories import make_document

# (source, target, target language): loanwords, terms, names, values and labels, kept on purpose
GOOD = [
    # a hyphenated compound the target language borrows ("check-in", "low-cost")
    (
        "Online check-in opens 24 hours before departure.",
        "O check-in online abre 24 horas antes da partida.",
        "pt",
    ),
    (
        "The low-cost airlines fly from the second terminal.",
        "Las aerolíneas low-cost salen de la segunda terminal.",
        "es",
    ),
    # a gloss, a command or a name filling brackets
    (
        "Set the load range of the device first.",
        "Stellen Sie zuerst den Ladebereich (load range) des Geräts ein.",
        "de",
    ),
    (
        "Work on the change (see also: git help everyday).",
        "An Änderungen arbeiten (siehe auch: git help everyday).",
        "de",
    ),
    # "à" of a range or a price, which Dutch and German write
    ("Plan on two or three days for the whole trip.", "Reken op twee à drie dagen voor de hele reis.", "nl"),
    ("Five boxes at 3 euros each were sold.", "Verkauft wurden fünf Kisten à drei Euro.", "de"),
    # loanwords the target language writes often
    (
        "The team put the new update online last night.",
        "Das Team hat das neue Update gestern online gestellt.",
        "de",
    ),
    # ... in the plural too, which a loanword takes from its own language ("skateboards")
    (
        "Access is free of charge and open to skateboards, scooters and bikes.",
        "L’accès est gratuit et ouvert aux skateboards, trottinettes et vélos.",
        "fr",
    ),
    # quoted, bracketed: a label or a gloss of the translated word
    (
        'Choose the "bundled" option in the settings menu.',
        "Scegli l'opzione «bundled» nel menu delle impostazioni.",
        "it",
    ),
    (
        "The pasta is drained and mixed into the warm sauce.",
        "La pasta se escurre (drained) y se mezcla con la salsa caliente.",
        "es",
    ),
    # one of a list of values the source gives too
    ("The valid modes are shared, private and none.", "Los modos válidos son shared, private y none.", "es"),
    # a label, not a sentence
    ("Shared mode", "Modo shared", "es"),
    # a lowercase word opening the source's sentence is an identifier
    (
        "stripped must be set before the build starts.",
        "stripped deve essere impostato prima della compilazione.",
        "it",
    ),
    # a word of the source's script among words of another
    (
        "The stripped function removes the spaces at the start of a line.",
        "Функция stripped удаляет пробелы в начале строки.",
        "ru",
    ),
    # first on its line: a term and its explanation, a command in a list
    (
        "Words used in this guide\nconnection - the link that the app keeps open to the server.",
        "In dieser Anleitung verwendete Begriffe\n"
        "connection - die Verbindung, die die App zum Server offen hält.",
        "de",
    ),
    # three words as the source writes them, quoted: a title or a label
    (
        "The film Through the Wall opens the festival this year in the main hall.",
        "Il film «through the wall» apre quest'anno il festival nella sala grande.",
        "it",
    ),
    # a command's name with its hyphenated words, among the words of another script
    (
        "Run the clean-up step command before you start the build again.",
        "Выполните команду clean-up step перед повторной сборкой.",
        "ru",
    ),
    # a third language's words among words of their own language, in a name, in Latin phrases,
    # as letters in a list
    (
        "We ate a big bowl of chili with bread at the market last night.",
        "We aten gisteravond op de markt een grote kom chili con carne met brood.",
        "nl",
    ),
    (
        "We visited the Prado museum in Madrid on the last day of the trip.",
        "Le dernier jour du voyage, nous avons visité le Museo del Prado à Madrid.",
        "fr",
    ),
    (
        "The study by Smith and colleagues compares income per person in ten countries.",
        "El estudio de Smith et al. compara la renta per cápita de diez países distintos.",
        "es",
    ),
    (
        "Plot the values of x, y and z on the same graph for each sample.",
        "Represente os valores de x, y e z no mesmo gráfico para cada amostra.",
        "pt",
    ),
    (
        "She sang the song with the line that means life is beautiful at the end.",
        "Al final cantó la canción con el verso la vita è bella de la letra original.",
        "es",
    ),
    # a gloss of the translated term, a type in a call's brackets
    ("Press the dead keys twice.", "Нажмите мёртвые клавиши (dead keys) дважды.", "ru"),
    (
        "Use the size of the type: sizeof(long double).",
        "Nutzen Sie die Größe des Typs: sizeof(long double).",
        "de",
    ),
    # three words of the source's with a function word the target language writes too, quoted
    # (a status's label) or in a label, not a sentence; a term with a word of the target's
    (
        "Set your status to 'out of office' before you go on holiday.",
        "Zet uw status op 'out of office' voordat u op vakantie gaat.",
        "nl",
    ),
    ("Reply when out of office", "Antwoord bij out of office", "nl"),
    (
        "Set your status to “away: out of office” before you go.",
        "Zet uw status op “afwezig: out of office” voordat u gaat.",
        "nl",
    ),
    (
        "Listen to the podcast in stereo at home tonight with friends.",
        "Luister vanavond thuis met vrienden naar de podcast in stereo.",
        "nl",
    ),
    # a request word of the source quoted, or in a name the source has too
    ("Press the Please Wait key.", "Appuyez sur « Please » pour continuer.", "fr"),
    ("The band Please played last night.", "Il gruppo Please ha suonato ieri sera.", "it"),
    # a gloss of the term before the brackets, a note after it
    (
        "Use the loading area for heavy items.",
        "Verwenden Sie den Ladebereich (load area, max. 5 kg) für schwere Gegenstände.",
        "de",
    ),
]

# (source, target, target language, [(flagged text, severity)])
BAD = [
    # an item between commas of a list in brackets, the others translated: no gloss
    (
        "A cat visit (feeding, litter tray, fresh water and play) costs €14.",
        "Uma visita a um gato (alimentação, litter tray, água fresca e brincadeira) custa 14 €.",
        "pt",
        [("litter tray", Severity.WARNING)],
    ),
    # ... or the last after a comma
    (
        "Full service (cleaning, adjustment of brakes and gears, wheel truing): €65",
        "Puesta a punto (limpieza, ajuste de frenos y cambios, wheel truing): 65 €",
        "es",
        [("wheel truing", Severity.WARNING)],
    ),
    # ... or the last after a conjunction, with words of the translation's own before it
    (
        '"Brillance" (Express plus wheel cleaning and foam polish): €14.90.',
        "« Brillance » (Express avec nettoyage des jantes et foam polish) : 14,90 €.",
        "fr",
        [("foam polish", Severity.WARNING)],
    ),
    # a compound of the source written apart
    (
        "Prices for made-to-measure suits are quoted individually after a first consultation.",
        "Los precios de los trajes made to measure se presupuestan de forma individual tras una "
        "primera consulta.",
        "es",
        [("made to measure", Severity.WARNING)],
    ),
    # a list in brackets whose other words are translated; words joined by "and" that are
    # no borrowed pair
    (
        "Group classes (yoga, spinning, body pump and swimming) must be booked through the app.",
        "Les cours (yoga, spinning, body pump et natation) doivent être réservés via l’application.",
        "fr",
        [("spinning, body pump", Severity.WARNING)],
    ),
    (
        "Please keep the keys and return them to the front desk before you leave the house.",
        "Si prega di tenere le chiavi and return them alla reception prima di lasciare la casa.",
        "it",
        [("and return them", Severity.WARNING)],
    ),
    # the last item of a list in brackets is the translation's own prose, not a gloss
    (
        "Please do not bring (food, drinks or chewing gum) into the pool area.",
        "Bitte bringen Sie keine (Speisen, Getränke oder chewing gum) in den Badebereich mit.",
        "de",
        [("chewing gum", Severity.WARNING)],
    ),
    # a verb form with the function word the source writes after it: a phrase left as it was
    (
        "She stirred in the cream and served the soup at once.",
        "Ha stirred in la panna e ha servito subito la zuppa.",
        "it",
        [("stirred in", Severity.WARNING)],
    ),
    # a verb form: languages borrow words, not their inflections
    (
        "Serve the smoked fish with toasted bread and lemon.",
        "Sirva el pescado smoked con pan tostado y limón.",
        "es",
        [("smoked", Severity.WARNING)],
    ),
    (
        "Serve the oven-baked potatoes with a green salad.",
        "Servez les pommes de terre oven-baked avec une salade verte.",
        "fr",
        [("oven-baked", Severity.WARNING)],
    ),
    # an ordinary word the target language hardly writes, left in an everyday text
    (
        "Top the pancakes with custard and sliced pears.",
        "Cubra as panquecas com custard e peras às fatias.",
        "pt",
        [("custard", Severity.WARNING)],
    ),
    # ... but a measure may keep its unit
    (
        "The boats reach at most 4 mph on the river.",
        "Os barcos atingem no máximo 4 mph no rio.",
        "pt",
        [("mph", Severity.INFO)],
    ),
    # a request word of the source opening a sentence: no loanword, with its next word or alone
    (
        "Please remember that parking is free after six.",
        "Please remember que el aparcamiento es gratuito después de las seis.",
        "es",
        [("Please remember", Severity.WARNING)],
    ),
    (
        "Please ring the bell twice.",
        "Please, suonate il campanello due volte.",
        "it",
        [("Please", Severity.WARNING)],
    ),
    # capitalised only as the sentence's first word, in a language that capitalises nouns
    (
        "Garden chairs are stacked beside the terrace door.",
        "Garden chairs stehen gestapelt neben der Terrassentür.",
        "de",
        [("Garden chairs", Severity.WARNING)],
    ),
    # three words as the source writes them with a preposition the target language never uses
    (
        "The bus goes slowly through narrow streets to the old harbour.",
        "L'autobus procede lento through narrow streets fino al porto vecchio.",
        "it",
        [("through narrow streets", Severity.WARNING)],
    ),
    # ... or with one the target language writes too, between two foreign words: the
    # source's phrase whole, not two terms joined by a word of the translation
    (
        "The lift is out of order until Monday morning at the earliest.",
        "De lift is tot maandagochtend out of order, op zijn vroegst.",
        "nl",
        [("out of order", Severity.WARNING)],
    ),
    # ... also inside a quotation of someone's words, which is prose, not a label
    (
        "A customer wrote: “Two wardrobes, one bed, done before lunch.”",
        "Een klant schreef: “Twee kledingkasten, één bed, done before lunch.”",
        "nl",
        [("done before lunch", Severity.WARNING)],
    ),
    (
        "Each group is led by a mechanic in training and a teacher.",
        "Ogni gruppo è guidato da un mechanic in training e da un insegnante.",
        "it",
        [("mechanic in training", Severity.WARNING)],
    ),
    (
        "Please book your table two days in advance for groups.",
        "Bitte reservieren Sie den Tisch für Gruppen zwei days in advance.",
        "de",
        [("days in advance", Severity.WARNING)],
    ),
    # two words of the source's after an article or a possessive of the translation, one of
    # which the target language never writes: no loanword (alone, or beside a borrowed word)
    (
        "Leave your garden clippings in a bag beside the brown bin.",
        "Deje sus garden clippings en una bolsa junto al contenedor marrón.",
        "es",
        [("garden clippings", Severity.WARNING)],
    ),
    (
        "In the third lesson we practise chain degreasing with a brush and a rag.",
        "Nella terza lezione ci esercitiamo con il chain degreasing usando una spazzola e uno straccio.",
        "it",
        [("chain degreasing", Severity.WARNING)],
    ),
    # German writes a loanword with a capital: lowercase, one it writes far less than English
    # is left as it was, however often it is borrowed ("die Connection")
    (
        "The tablet also comes with a mobile connection for travel.",
        "Das Tablet gibt es auch mit mobile connection für unterwegs.",
        "de",
        [("mobile connection", Severity.WARNING)],
    ),
    # a hyphenated compound alone, which the target language's texts hardly write
    (
        "Off-peak members may use the sauna on weekdays before 4 pm.",
        "I soci con abbonamento off-peak possono usare la sauna nei giorni feriali prima delle 16.",
        "it",
        [("off-peak", Severity.WARNING)],
    ),
    # a compound of source-language words is as foreign as they are ("drop-off point")
    (
        "Buses leave every hour from the drop-off point near the harbour.",
        "Busse fahren stündlich vom drop-off point am Hafen ab.",
        "de",
        [("drop-off point", Severity.WARNING)],
    ),
    # a function word of a third language, neither the source's nor the target's
    (
        "Leave the charger plugged in but unplug it at night.",
        "Laat de oplader in het stopcontact aber haal hem er 's nachts uit.",
        "nl",
        [("aber", Severity.WARNING)],
    ),
    # ... only information where the target language writes the word often too (Dutch "es",
    # an ash tree)
    (
        "The quotation covers the removal of the dead ash by the garage and a new hedge.",
        "De offerte omvat het verwijderen van de dode es bij de garage en een nieuwe haag.",
        "nl",
        [("es", Severity.INFO)],
    ),
    (
        "The museum opens at ten, but the garden opens an hour later.",
        "O museu abre às dez horas, pero o jardim só abre uma hora mais tarde.",
        "pt",
        [("pero", Severity.WARNING)],
    ),
    (
        "Mix the flour with the butter and leave the dough to rest for an hour.",
        "Mescolate la farina avec il burro e lasciate riposare l'impasto per un'ora.",
        "it",
        [("avec", Severity.WARNING)],
    ),
    (
        "Wash the lettuce and dry it well before you dress the salad.",
        "Lavate bene la lattuga y poi asciugatela prima di condire l'insalata.",
        "it",
        [("y", Severity.WARNING)],
    ),
    # a preposition with its noun, in a text of another script, also bracketed as the source
    # brackets it: no gloss of a term
    (
        "The room costs 90 euros (excluding breakfast) per night.",
        "Номер стоит 90 евро (excluding breakfast) за ночь.",
        "ru",
        [("excluding breakfast", Severity.WARNING)],
    ),
    # (Japanese writes no space between its words and Latin ones)
    (
        "The room costs 9000 yen (excluding breakfast).",
        "部屋は9000円(excluding breakfast)です。",
        "ja",
        [("excluding breakfast", Severity.WARNING)],
    ),
    (
        "The ticket including parking costs 12 euros.",
        "Το εισιτήριο including parking κοστίζει 12 ευρώ.",
        "el",
        [("including parking", Severity.WARNING)],
    ),
    (
        "The room costs 90 euros (sea view) per night.",
        "Das Zimmer kostet 90 Euro (sea view) pro Nacht.",
        "de",
        [("sea view", Severity.WARNING)],
    ),
]


@pytest.mark.parametrize(("source", "target", "lang"), GOOD)
def test_kept_on_purpose_is_silent(source: str, target: str, lang: str) -> None:
    assert run("untranslated", source, target, "en", lang) == []


@pytest.mark.parametrize(("source", "target", "lang", "expected"), BAD)
def test_short_leftover_is_found(
    source: str, target: str, lang: str, expected: list[tuple[str, Severity]]
) -> None:
    issues = run("untranslated", source, target, "en", lang)
    assert [(i.text, i.severity) for i in issues] == expected


def test_a_word_the_other_translations_keep_is_a_term() -> None:
    """A word the document's translations keep everywhere is a term kept on purpose; alone,
    in an everyday text, it is left untranslated."""
    first = (
        "Run the checkout before you edit the files in the folder.",
        "Ejecute el checkout antes de editar los archivos de la carpeta.",
    )
    second = (
        "The checkout takes a few minutes on a slow network.",
        "El checkout tarda unos minutos en una red lenta.",
    )
    check = get_check("untranslated")
    alone = make_document([first], "en", "es")
    found = list(check.check(alone.segments[0], build_context(alone)))
    assert [(i.text, i.severity) for i in found] == [("checkout", Severity.WARNING)]
    both = make_document([first, second], "en", "es")
    context = build_context(both)
    assert [list(check.check(s, context)) for s in both.segments] == [[], []]


@pytest.mark.parametrize(
    ("source", "target", "lang"),
    [
        # both words written in the target language's texts too (loanwords, perhaps)
        (
            "Bring your walking boots for the long hike on Sunday morning.",
            "Apportez vos walking boots pour la longue randonnée de dimanche matin.",
            "fr",
        ),
        # in a translation of another script, whose lists lack most Latin words
        (
            "Leave your garden clippings in a bag beside the brown bin.",
            "Оставьте garden clippings в мешке рядом с коричневым баком.",
            "ru",
        ),
    ],
)
def test_two_copied_content_words_the_target_may_write_are_information(
    source: str, target: str, lang: str
) -> None:
    issues = run("untranslated", source, target, "en", lang)
    assert [(i.severity, "loanword" in i.message) for i in issues] == [(Severity.INFO, True)]


# (source, target, target language, the span): words the target language hardly writes, left
# in an everyday text, where nothing is kept on purpose
EVERYDAY = [
    (
        "Taxis charge a flat fare of 56 euros.",
        "Los taxis aplican una flat fare de 56 euros.",
        "es",
        "flat fare",
    ),
    (
        "Hire a van for garden clippings and other green waste on Saturdays.",
        "Noleggiate un furgone per rifiuti garden clippings e altri scarti verdi il sabato.",
        "it",
        "garden clippings",
    ),
    (
        "Please switch off the vacuum cleaner before you open the window.",
        "Veuillez éteindre le vacuum cleaner avant d’ouvrir la fenêtre.",
        "fr",
        "vacuum cleaner",
    ),
    (
        "Ask a neighbour to feed the cat while you are away.",
        "Vraag een neighbour om de kat te voeren terwijl u weg bent.",
        "nl",
        "neighbour",
    ),
    # the plural of an ordinary word is an ordinary word ("apron" is, "aprons" less so)
    (
        "We provide aprons and towels for every student.",
        "Le proporcionamos aprons y toallas a cada alumno.",
        "es",
        "aprons",
    ),
    # two words the target language writes, each far less often than the source language
    (
        "Cancellations made later are not refunded, but you may send someone else in your place.",
        "Bij latere annuleringen volgt geen terugbetaling, maar u mag wel someone else in uw plaats sturen.",
        "nl",
        "someone else",
    ),
    (
        "Orders are ready within three working days of the fitting.",
        "Gli ordini sono pronti entro tre working days dalla prova.",
        "it",
        "working days",
    ),
    # a phrase whose first word the sentence translates where it stands alone
    (
        "The hall hosts meetings and classes, and the small meeting room seats 25.",
        "La salle accueille des réunions et des cours, et la petite meeting room compte 25 places.",
        "fr",
        "meeting room",
    ),
    (
        "Bring dry food for your dog; we provide no food.",
        "Apportez de la dry food pour votre chien ; nous ne fournissons aucune nourriture.",
        "fr",
        "dry food",
    ),
]


@pytest.mark.parametrize(
    ("source", "target", "lang"),
    [
        # a phrase the target language borrows: its words are written there nearly as often
        (
            "We serve fast food and cold drinks all day in the garden.",
            "Nous servons du fast food et des boissons fraîches toute la journée dans le jardin.",
            "fr",
        ),
        (
            "The bar has a happy hour every evening from six to seven.",
            "Il bar offre un happy hour ogni sera dalle sei alle sette.",
            "it",
        ),
        # two borrowed words joined by "and" ("bed and breakfast")
        (
            "Welcome to our family-run bed and breakfast in the historic centre of the town.",
            "Benvenuti nel nostro bed and breakfast a conduzione familiare nel centro storico della città.",
            "it",
        ),
        # a list of names in brackets, each kept as the source writes it
        (
            "Group classes (yoga, spinning, body pump and aquagym) must be booked through the app.",
            "Les cours (yoga, spinning, body pump et aquagym) doivent être réservés via l’application.",
            "fr",
        ),
        # ... kept wherever the paragraph says it
        (
            "The bar has a happy hour every evening. Our happy hour ends at seven.",
            "Il bar offre un happy hour ogni sera. Il nostro happy hour finisce alle sette.",
            "it",
        ),
    ],
)
def test_a_borrowed_phrase_is_only_information(source: str, target: str, lang: str) -> None:
    issues = run("untranslated", source, target, "en", lang)
    assert all(i.severity is Severity.INFO for i in issues)


# Sources of a software text: placeholders, options, markup
_SOFTWARE = [
    ("Could not open %s for writing.", "Kon %s niet openen om te schrijven."),
    ("Use --force to overwrite the file.", "Gebruik --force om het bestand te overschrijven."),
    ("Press <b>Save</b> to keep the changes.", "Druk op <b>Opslaan</b> om te bewaren."),
]


@pytest.mark.parametrize(("source", "target", "lang", "span"), EVERYDAY)
def test_words_left_in_an_everyday_text_are_warnings(source: str, target: str, lang: str, span: str) -> None:
    issues = run("untranslated", source, target, "en", lang)
    assert [(i.text, i.severity) for i in issues] == [(span, Severity.WARNING)]


@pytest.mark.parametrize(("source", "target", "lang", "span"), EVERYDAY)
def test_words_left_in_a_software_text_may_be_its_terms(
    source: str, target: str, lang: str, span: str
) -> None:
    """Software is localised with terms kept in the source language on purpose: in a document
    whose sources hold code, a word left as it was is only a hint."""
    document = make_document([(source, target), *_SOFTWARE], "en", lang)
    issues = list(get_check("untranslated").check(document.segments[0], build_context(document)))
    assert [(i.text, i.severity) for i in issues] == [(span, Severity.INFO)]


@pytest.mark.parametrize(
    ("text", "severity"),
    [
        # a product's or a keyboard layout's name, beside a model's code or another name
        ("Genius KKB-2050HS", Severity.INFO),
        ("Filipino (Capewell-Dvorak, Baybayin)", Severity.INFO),
        # a copyright notice, kept as written
        ("Copyright (C) 1993-2021 Werner Almesberger and Craig Small", Severity.INFO),
        # a label or a sentence of ordinary words left as it was
        ("Opening Hours", Severity.WARNING),
        ("Please close the door.", Severity.ERROR),
    ],
)
def test_a_target_that_is_the_source_is_information_where_it_is_a_name(text: str, severity: Severity) -> None:
    issues = run("untranslated", text, text, "en", "fr")
    assert [(i.message, i.severity) for i in issues] == [
        ("The target is the source text, untranslated", severity)
    ]


# (source, target, target language, the span): three words and more copied in a row, each
# commoner in the source language and one foreign, though the target language writes the others
LEANING = [
    (
        "Proceeds go to the local mountain rescue team.",
        "De opbrengst gaat naar het plaatselijke mountain rescue team.",
        "nl",
        "mountain rescue team",
    ),
]


@pytest.mark.parametrize(("source", "target", "lang", "span"), LEANING)
def test_a_run_of_words_leaning_to_the_source_language_is_a_warning(
    source: str, target: str, lang: str, span: str
) -> None:
    issues = run("untranslated", source, target, "en", lang)
    assert [(i.text, i.severity) for i in issues] == [(span, Severity.WARNING)]


@pytest.mark.parametrize(
    ("source", "target", "lang"),
    [
        # quoted as the source's own words
        (
            "Proceeds go to the local mountain rescue team.",
            "De opbrengst gaat naar het plaatselijke 'mountain rescue team'.",
            "nl",
        ),
        # words the target language writes as often as the source language ("team", "hut")
        ("The team meets in the hut.", "Het team komt samen in de hut.", "nl"),
    ],
)
def test_a_run_quoted_or_of_the_target_languages_words_is_no_warning(
    source: str, target: str, lang: str
) -> None:
    issues = run("untranslated", source, target, "en", lang)
    assert all(i.severity is Severity.INFO for i in issues)


@pytest.mark.parametrize(("source", "target", "lang", "span"), LEANING)
def test_a_leaning_run_in_a_software_text_is_no_warning(
    source: str, target: str, lang: str, span: str
) -> None:
    document = make_document([(source, target), *_SOFTWARE], "en", lang)
    issues = list(get_check("untranslated").check(document.segments[0], build_context(document)))
    assert all(i.severity is Severity.INFO for i in issues)


# (source, target, target language, the span): rarer words of the source language, which the
# target language hardly ever writes, left in an everyday text
RARER = [
    (
        "Please note that the quoted price does not include electrical work, tiling or the "
        "disposal of your old appliances.",
        "Bitte beachten Sie, dass der angebotene Preis keine Elektroarbeiten, tiling oder die "
        "Entsorgung Ihrer Altgeräte umfasst.",
        "de",
        "tiling",
    ),
    (
        "In an emergency at sea, call the coastguard before you call the club.",
        "Bel bij een noodgeval op zee eerst de coastguard en daarna de club.",
        "nl",
        "coastguard",
    ),
    # rarer than an ordinary word in the source language too ("bibs" 2.5), or one the
    # target language's lists lack ("strimmers": "strimmer" 1.4; "non-refundable")
    (
        "Referees are volunteers, often parents, and wear yellow bibs.",
        "Scheidsrechters zijn vrijwilligers, vaak ouders, en dragen gele bibs.",
        "nl",
        "bibs",
    ),
    (
        "The shed holds wheelbarrows, a rotavator and two strimmers, which members may borrow.",
        "Im Schuppen stehen Schubkarren, eine Bodenfräse und zwei strimmers, die Mitglieder "
        "ausleihen dürfen.",
        "de",
        "strimmers",
    ),
    (
        "A non-refundable inspection fee of £15 applies if you decide not to go ahead.",
        "Se decidir não avançar, é cobrada uma taxa de inspeção non-refundable de 15 £.",
        "pt",
        "non-refundable",
    ),
]


def test_a_loanword_plural_in_the_sources_form_is_left_where_the_language_makes_no_such_plural() -> None:
    """French writes "des skateboards" (see GOOD); Italian keeps a loanword as it is in the
    plural ("gli host"), so "i vostri hosts" is English left in the text."""
    source = "Your hosts, Ms Pucci and Mr Nowicki, will be happy to recommend wine cellars."
    target = "I vostri hosts, la signora Pucci e il signor Nowicki, saranno lieti di consigliarvi cantine."
    assert [(i.text, i.severity) for i in run("untranslated", source, target, "en", "it")] == [
        ("hosts", Severity.WARNING)
    ]


def test_a_web_address_of_the_source_is_no_leftover() -> None:
    """A web address keeps the source's words ("fretwork-repairs.co.uk"): no prose."""
    source = "Book online at fretwork-repairs.co.uk or call us on the number above."
    target = "Marque online em fretwork-repairs.co.uk ou ligue-nos para o número acima."
    assert run("untranslated", source, target, "en", "pt") == []


@pytest.mark.parametrize(("source", "target", "lang", "span"), RARER)
def test_a_rarer_word_left_in_an_everyday_text_is_a_warning(
    source: str, target: str, lang: str, span: str
) -> None:
    issues = run("untranslated", source, target, "en", lang)
    assert [(i.text, i.severity) for i in issues] == [(span, Severity.WARNING)]


@pytest.mark.parametrize(("source", "target", "lang", "span"), RARER)
def test_a_rarer_word_left_in_a_software_text_is_its_term(
    source: str, target: str, lang: str, span: str
) -> None:
    document = make_document([(source, target), *_SOFTWARE], "en", lang)
    assert list(get_check("untranslated").check(document.segments[0], build_context(document))) == []


@pytest.mark.parametrize(
    ("segments", "software", "technical"),
    [
        (0, 0, False),
        (3, 3, True),
        (30, 3, True),  # one in ten
        (31, 3, False),
        (20, 2, False),  # a tenth, but two may be prose ("we refund 50%.")
        (100, 60, True),
    ],
)
def test_a_document_is_software_text_when_a_tenth_of_its_sources_hold_code(
    segments: int, software: int, technical: bool
) -> None:
    assert RegisterStats(segments, software).technical() is technical


def test_the_register_counts_sources_with_code() -> None:
    plain = [("The shop opens at nine.", "Der Laden öffnet um neun.")] * 4
    document = make_document(plain + _SOFTWARE, "en", "nl")
    stats = DocumentStats.build(document)
    assert (stats.register.segments, stats.register.software) == (7, 3)
    assert stats.register.technical()
    # an edit of a target keeps the register; a source changed changes it
    old = document.segments[4]
    stats.update(old, replace(old, target="Kon het bestand niet openen."))
    assert (stats.register.segments, stats.register.software) == (7, 3)
    stats.update(old, replace(old, source="Could not open the file."))
    assert (stats.register.segments, stats.register.software) == (7, 2)


def test_a_word_never_written_that_the_other_translations_keep_is_a_term() -> None:
    """A word the target language's lists lack but the document's translations keep
    elsewhere is a term kept on purpose: the phrase is only a hint."""
    first = (
        "Leave your garden clippings in a bag beside the brown bin.",
        "Deje sus garden clippings en una bolsa junto al contenedor marrón.",
    )
    second = (
        "Clippings are collected on Mondays.",
        "Los clippings se recogen los lunes.",
    )
    document = make_document([first, second], "en", "es")
    context = build_context(document)
    found = list(get_check("untranslated").check(document.segments[0], context))
    assert [(i.text, i.severity) for i in found] == [("garden clippings", Severity.INFO)]


@pytest.mark.parametrize(
    ("source", "target", "lang", "expected"),
    [
        # a month's or a weekday's name of the source left in a date, with the target's name
        (
            "The offer runs from Friday, 3 July, to Monday, 6 July 2026.",
            "Das Angebot gilt von Freitag, 3. Juli, bis Montag, 6. July 2026.",
            "de",
            [("July", "Juli")],
        ),
        (
            "Pick up your pass on Thursday 9 April or Friday 10 April.",
            "Recoja su pase el jueves 9 de abril o el Friday 10 de abril.",
            "es",
            [("Friday", "viernes")],
        ),
        (
            "Doors open on 2 May at noon.",
            "Les portes ouvrent le 2 May à midi.",
            "fr",
            [("May", "mai")],
        ),
        # no date, but the translation's own name of another month or weekday beside it
        (
            "You can pick plums from June to September.",
            "U kunt van June tot en met september pruimen plukken.",
            "nl",
            [("June", "juni")],
        ),
        (
            "The café opens on Monday and Friday.",
            "El café abre el lunes y el Friday.",
            "es",
            [("Friday", "viernes")],
        ),
        # names the languages share, the verb "may", a name's word, no date beside it
        ("The fair runs from 3 to 6 August.", "Die Messe läuft vom 3. bis 6. August.", "de", []),
        ("Results may vary by 5 percent.", "Les résultats may varier de 5 pour cent.", "fr", []),
        ("Black Friday 2025 broke records.", "Der Black Friday 2025 brach Rekorde.", "de", []),
        ("Every Friday we meet.", "Jeden Friday treffen wir uns.", "de", []),
        ("June Carter sang in March.", "June Carter sang im März.", "de", []),
        ("Ask June, or Mia in May.", "Frag June oder Mia im Mai.", "de", []),
    ],
)
def test_a_month_or_weekday_left_in_a_date(
    source: str, target: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    issues = [i for i in run("untranslated", source, target, "en", lang) if "name of the" in i.message]
    assert [(i.text, i.suggestion) for i in issues] == expected


@pytest.mark.parametrize(
    ("source", "target", "lang", "expected"),
    [
        # an ordinal ending or an abbreviation of the source language left as it was
        ("The fair opens for the 12th time.", "La fiera apre per la 12th volta.", "it", ["12th"]),
        ("It is his 3rd book.", "Es ist sein 3rd Buch.", "de", ["3rd"]),
        ("Bring proof, e.g. a bill.", "Apportez un justificatif, e.g. une facture.", "fr", ["e.g."]),
        ("Pay the fee, i.e. the full amount.", "Pague la tasa, i.e. el importe total.", "es", ["i.e."]),
        # one of initials the source spelled out: the MT abbreviated it in the wrong language
        ("Bring a proof, for example a bill.", "Apportez un justificatif, e.g. une facture.", "fr", ["e.g."]),
        # endings the target language writes too (French "2nd"), a name's part, a code, an
        # abbreviation both languages write, one quoted
        ("Go to the 2nd floor.", "Allez au 2nd étage.", "fr", []),
        ("Walk along 5th Avenue.", "Camminate lungo la 5th Avenue.", "it", []),
        ("Set ~2st here.", "Réglez ~2st ici.", "fr", []),
        ("Pens, paper etc. are free.", "Stifte, Papier etc. sind gratis.", "de", []),
        ("Type 'e.g.' to start.", "Tapez 'e.g.' pour commencer.", "fr", []),
        # one with a single full stop the source does not write ("approx." in a code's name)
        ("Open the settings file.", "Ouvrez le fichier approx.cfg.", "fr", []),
        # an acronym or an abbreviation the target language writes its own way
        ("Rooms cost €80 incl. breakfast.", "Zimmer kosten 80 € incl. Frühstück.", "de", ["incl."]),
        ("All fares include VAT at 20%.", "Tous les tarifs incluent la VAT de 20 %.", "fr", ["VAT"]),
        ("The shop opens 8-20 hrs.", "Der Laden öffnet von 8-20 hrs.", "de", ["hrs"]),
        ("Start time TBC, venue TBA.", "Heure TBC, lieu TBA.", "fr", ["TBC", "TBA"]),
        ("Read the T&Cs first.", "Leggi prima i T&Cs.", "it", ["T&Cs"]),
        # one the target language writes too, the translation's own with the source's as a gloss
        ("The shop opens 8-20 hrs.", "La tienda abre de 8 a 20 hrs.", "es", []),
        ("Start time TBC.", "Heure à confirmer.", "fr", []),
        ("Rooms cost €80 incl. breakfast.", "Las habitaciones cuestan 80 € incl. desayuno.", "es", []),
        ("All fares include VAT at 20%.", "Tous les tarifs incluent la TVA (VAT) de 20 %.", "fr", []),
        ("Under the GDPR, users may object.", "Ai sensi del GDPR gli utenti possono opporsi.", "it", []),
    ],
)
def test_an_ordinal_ending_or_abbreviation_left(
    source: str, target: str, lang: str, expected: list[str]
) -> None:
    issues = [
        i
        for i in run("untranslated", source, target, "en", lang)
        if "ordinal" in i.message or "abbreviation" in i.message
    ]
    assert [i.text for i in issues] == expected


@pytest.mark.parametrize(
    ("source", "target", "lang", "expected"),
    [
        # a title of courtesy before a name, the sign for "number" before a numeral, the
        # possessive "'s" on a name the sources write bare too
        ("Ask Ms Oduya Brandt at the desk.", "Pregunte a Ms Oduya Brandt en recepción.", "es", ["Ms"]),
        ("Talk to Mr. Halvorsen first.", "Parlez d'abord à Mr. Halvorsen.", "fr", ["Mr."]),
        ("Decree No. 7/2031 applies.", "Es gilt der Erlass No. 7/2031.", "de", ["No."]),
        ("Decree No. 7/2031 applies.", "Действует постановление No. 7/2031.", "ru", ["No."]),
        (
            "Tomas is here. Tomas's coat is wet.",
            "Tomas está aquí. El abrigo de Tomas's está mojado.",
            "es",
            ["Tomas's"],
        ),
        (
            "Tomas is here. Tomas's coat is wet.",
            "Tomas ist hier. Tomas's Mantel ist nass.",
            "de",
            ["Tomas's"],
        ),
        # the target language's own forms, a title it writes too, one quoted (a work's title),
        # "No" as a word, a sign it writes too, a possessive in a language that has one, a
        # name with "'s" in every use (a shop's), a clitic of the target language
        ("Ask Ms Oduya Brandt at the desk.", "Pregunte a la Sra. Oduya Brandt en recepción.", "es", []),
        ("Ask Mr Visser.", "Vraag het mr Visser.", "nl", []),
        ("We watched Mr Pemberton.", "Wir sahen „Mr Pemberton“.", "de", []),
        ("No 5-star hotel is near.", "No hay ningún hotel de 5 estrellas cerca.", "es", []),
        ("Law No. 45 of 2029.", "Ley No. 45 de 2029.", "es", []),
        ("Decree No. 7/2031 applies.", "Es gilt der Erlass Nr. 7/2031.", "de", []),
        ("Tomas is here. Tomas's coat is wet.", "Tomas is hier. Tomas's jas is nat.", "nl", []),
        ("Lunch at Hallam's today.", "Almuerzo en Hallam's hoy.", "es", []),
        ("So it goes.", "So geht's.", "de", []),
    ],
)
def test_a_short_form_left(source: str, target: str, lang: str, expected: list[str]) -> None:
    issues = [i for i in run("untranslated", source, target, "en", lang) if "English" in i.message]
    assert [i.text for i in issues] == expected


def test_a_possessive_on_a_name_the_other_sources_write_bare() -> None:
    """A name the document's other sources write bare is a person's: "'s" on it is the
    source's possessive; a name with "'s" in every use is a shop's or a brand's."""
    first = ("We met Marisol at the gate.", "Conocimos a Marisol en la puerta.")
    second = ("Her bag was lost.", "Se perdió la bolsa de Marisol's.")
    shop = ("We ate at Tennant's.", "Comimos en Tennant's.")
    check = get_check("untranslated")
    document = make_document([first, second, shop, shop], "en", "es")
    context = build_context(document)
    found = [[i.text for i in check.check(s, context)] for s in document.segments]
    assert found == [[], ["Marisol's"], [], []]


def test_a_number_word_of_the_source_left_is_a_warning() -> None:
    source = "Choose one of the three plans for your home."
    issues = run("untranslated", source, "Wählen Sie einen der three Tarife für Ihr Zuhause.", "en", "de")
    assert [(i.text, i.severity) for i in issues] == [("three", Severity.WARNING)]


@pytest.mark.parametrize(
    ("source", "target", "lang", "expected"),
    [
        # a function word of the source alone between two words of the translation
        (
            "Every guest or their partner must sign the register at the desk.",
            "Jeder Gast or seine Begleitung muss sich am Empfang in die Liste eintragen.",
            "de",
            ["or"],
        ),
        (
            "Glass and paper go into separate bins behind the house.",
            "Glas and papier gaan in aparte containers achter het huis.",
            "nl",
            ["and"],
        ),
        # a word of the target language too, a value beside another, a word the source names
        (
            "The goal of the game is simple and clear for all players.",
            "Le but du jeu est simple et clair pour tous les joueurs.",
            "fr",
            [],
        ),
        # a quoted title, also where the paragraph's quotation marks do not pair up
        (
            "The new programme for Europe starts in May with ten partners.",
            "Das „neue Programm „Compute for Europe“ beginnt im Mai mit zehn Partnern.",
            "de",
            [],
        ),
        (
            "The valid byte orders are be or le in this mode.",
            "Gli ordini validi sono be o le in questo modo.",
            "it",
            [],
        ),
        (
            "Oops, this is an invalid default insertion of and!",
            "Ups, l'inserimento predefinito di and non è valido.",
            "it",
            [],
        ),
    ],
)
def test_a_function_word_of_the_source_left_alone(
    source: str, target: str, lang: str, expected: list[str]
) -> None:
    issues = [
        i for i in run("untranslated", source, target, "en", lang) if "copied from the source" in i.message
    ]
    assert [i.text for i in issues] == expected


# (source, target, target language, the pair marked): two lowercase words as the source writes
# them, in a language that writes a loanword as a noun or one in which they are foreign words
LOWERCASE_BAD = [
    (
        "Refer these callers to a licensed pest controller or to the Regional Bee Inspector.",
        "Verweisen Sie diese Anrufer an einen zugelassenen pest controller oder an den Bieneninspektor.",
        "de",
        "pest controller",
    ),
    (
        "Bring your booking reference and a photo ID to the front desk on arrival.",
        "Bringen Sie Ihre booking reference und einen Lichtbildausweis zur Rezeption mit.",
        "de",
        "booking reference",
    ),
    # a word the source writes in lowercase, capitalised as a German noun, which German never writes
    (
        "Bring your own secateurs if you have them.",
        "Bringen Sie, falls vorhanden, Ihre eigenen Secateurs mit.",
        "de",
        "Secateurs",
    ),
    # (a word its texts know, less common: "lint")
    (
        "Please clean the lint filter of the dryer after each use.",
        "Bitte reinigen Sie nach jeder Benutzung den lint filter des Trockners.",
        "de",
        "lint filter",
    ),
    # after a hyphenated word's end, which no run of copied words takes in ("Pre-exam")
    ("Pre-exam test drive: €65.", "Pre-exam test drive: 65 €.", "de", "test drive"),
    # a phrase of running words the source quotes, quoted as it writes them
    (
        'The path is called "the old mill" by everyone in the village.',
        "Iedereen in het dorp noemt het pad “the old mill”.",
        "nl",
        "the old mill",
    ),
    (
        'Visitors must stay on the marked walkway ("the yellow route") at all times.',
        "Bezoekers moeten altijd op de gemarkeerde loopbrug (“the yellow route”) blijven.",
        "nl",
        "the yellow route",
    ),
    # ... or in one that writes nouns in lowercase, each word commoner in the source language
    (
        "Ask our staff at the welcome desk about the touch tour before the performance.",
        "Pregunte a nuestro personal de acogida por la touch tour antes de la función.",
        "es",
        "touch tour",
    ),
]
LOWERCASE_GOOD = [
    # a name the source capitalises; a loanword German writes
    ("Ask Secateurs Ltd for a quote.", "Fragen Sie Secateurs Ltd nach einem Angebot.", "de"),
    ("Bring your own workshop material.", "Bringen Sie Ihr eigenes Workshop-Material mit.", "de"),
    # a loanword the target language writes about as often as the source ("leader" in Italian)
    (
        "If you need help during the day, please ask the team leader of your group.",
        "Se avete bisogno di aiuto durante la giornata, chiedete al team leader del vostro gruppo.",
        "it",
    ),
    # a loanword written as a noun, or words of the target language's own
    (
        "Refer these callers to a licensed pest controller or to the Regional Bee Inspector.",
        "Verweisen Sie diese Anrufer an einen zugelassenen Pest Controller oder an den Bieneninspektor.",
        "de",
    ),
    ("The trains run fast and often in the summer.", "Die Züge fahren im Sommer schnell und oft.", "de"),
    # quoted as the source's words
    (
        "Ask for the form called 'booking reference' at the desk.",
        "Fragen Sie am Empfang nach dem Formular „booking reference“.",
        "de",
    ),
    # a quoted label or a title, with no function word of the source's
    (
        'Ask for the form called "booking reference" at the desk.',
        "Pregunte en recepción por el formulario «booking reference».",
        "es",
    ),
    (
        'We celebrate "Green Sunday" on the first Sunday of May.',
        "Celebriamo la «Green Sunday» la prima domenica di maggio.",
        "it",
    ),
]


@pytest.mark.parametrize(("source", "target", "lang", "span"), LOWERCASE_BAD)
def test_two_lowercase_words_copied_from_the_source_are_marked(
    source: str, target: str, lang: str, span: str
) -> None:
    issues = run("untranslated", source, target, "en", lang)
    assert [(i.text, i.severity) for i in issues] == [(span, Severity.WARNING)]


@pytest.mark.parametrize(("source", "target", "lang"), LOWERCASE_GOOD)
def test_a_loanword_written_as_a_noun_or_quoted_is_no_lowercase_copy(
    source: str, target: str, lang: str
) -> None:
    assert run("untranslated", source, target, "en", lang) == []


@pytest.mark.parametrize(("source", "target", "lang", "span"), LOWERCASE_BAD[:1])
def test_lowercase_copies_in_a_software_text_are_its_terms(
    source: str, target: str, lang: str, span: str
) -> None:
    document = make_document([(source, target), *_SOFTWARE], "en", lang)
    issues = list(get_check("untranslated").check(document.segments[0], build_context(document)))
    assert span not in [i.text for i in issues if i.severity is Severity.WARNING]


# A word alone in brackets: a gloss of the term before it is kept on purpose, but one the
# source brackets alike was copied (in an everyday text; software brackets its names).
BRACKETED = [
    (
        "Lockers require a €1 coin (refundable).",
        "Las taquillas funcionan con una moneda de 1 € (refundable).",
        "es",
        ["refundable"],
    ),
    (
        "Lockers require a €1 coin (refundable).",
        "Las taquillas funcionan con una moneda de 1 € (reembolsable).",
        "es",
        [],
    ),
    (
        "Lockers require a €1 coin that you get back.",
        "Las taquillas funcionan con una moneda de 1 € (refundable) que se devuelve.",
        "es",
        [],
    ),
]


@pytest.mark.parametrize(("source", "target", "lang", "spans"), BRACKETED)
def test_a_word_the_source_brackets_alike_was_copied(
    source: str, target: str, lang: str, spans: list[str]
) -> None:
    assert [i.text for i in run("untranslated", source, target, "en", lang)] == spans
