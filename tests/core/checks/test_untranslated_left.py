"""untranslated on words the target language has its own for: a unit's name after a number,
a range of short weekday names, a letter's salutation, an extension's sign."""

from __future__ import annotations

import pytest

from tests.core.checks._run import run

# (source, target, target language, expected spans): found first, then silent look-alikes
UNITS = [
    ("The scan takes 25 minutes.", "Сканирование занимает 25 minutes.", "ru", ["minutes"]),
    ("The walk takes 3 hours.", "Die Wanderung dauert 3 hours.", "de", ["hours"]),
    ("A fine of 80 pounds applies.", "Aplica-se uma multa de 80 pounds.", "pt", ["pounds"]),
    ("It costs 12 dollars.", "Cuesta 12 dollars.", "es", ["dollars"]),
    ("The board is 8 feet long.", "La planche fait 8 feet de long.", "fr", ["feet"]),
    ("The trail is 5 miles long.", "Тропа длиной 5 miles.", "ru", ["miles"]),
    ("The mast is 40 feet tall.", "De mast is 40 feet hoog.", "nl", ["feet"]),
    # the target language's own unit words, one it shares with English, a quoted label
    ("The scan takes 25 minutes.", "L'examen dure 25 minutes.", "fr", []),
    ("It costs 12 dollars.", "Het kost 12 dollars.", "nl", []),
    ("Prices rose 4 percent.", "De prijzen stegen 4 percent.", "nl", []),
    ("Click “5 minutes”.", "Klicken Sie auf „5 minutes“.", "de", []),
    ("The scan takes 25 minutes.", "Сканирование занимает 25 минут.", "ru", []),
    ("Version 2 days ago.", "Версия 2 дня назад.", "ru", []),
    # the names the target language writes for the imperial units
    ("The lake is 6 miles long.", "Le lac fait 6 miles (près de 10 km) de long.", "fr", []),
    ("The mast is 40 feet tall.", "De mast is 40 voet hoog.", "nl", []),
    ("A 27 inch screen and a 3 mile walk.", "Экран 27 дюймов и прогулка в 3 мили.", "ru", []),
]

COUNTED = [
    ("The last tram leaves at 12 midnight.", "Le dernier tram part à 12 midnight.", "fr", ["midnight"]),
    ("We rent a 6-room villa.", "Louons une villa 6-room.", "fr", ["room"]),
    ("A flat with 3 bedroom windows.", "Un piso con 3 bedroom ventanas.", "es", ["bedroom"]),
    ("Use a 30-stroke pump.", "Usare una pompa da 30 stroke.", "it", ["stroke"]),
    ("The flat is in a 4-storey block.", "Die Wohnung liegt in einem 4 storey Block.", "de", ["storey"]),
    # a name, a symbol, a word the target language shares or uses, a quoted label, a number
    # in an expression, a loanword in a compound of the target's
    ("Visit us at 10 Downing Street.", "Rendez-nous visite au 10 Downing Street.", "fr", []),
    ("The limit is 30 mph.", "La limite est de 30 mph.", "fr", []),
    ("The show lasts 90 minutes.", "Le spectacle dure 90 minutes.", "fr", []),
    ("Buy a 12-pack of cans.", "Kaufen Sie ein 12-Pack Dosen.", "de", []),
    ("An 8-inch screen.", "Een scherm van 8 inch.", "nl", []),
    ("Click “3 bedroom”.", "Cliquez sur « 3 bedroom ».", "fr", []),
    ("Skip to end+1 stroke.", "Passer à fin+1 stroke.", "fr", []),
    ("It changed in 9.2 beta.", "Это изменилось в версии 9.2 beta.", "ru", []),
    ("A 64-bit system.", "Ein 64-bit-System.", "de", []),
]

WEEKDAYS = [
    (
        "The desk is open Tue–Sat, 9 am to 5 pm.",
        "Der Schalter ist Tue–Sat, 9 bis 17 Uhr geöffnet.",
        "de",
        ["Tue–Sat"],
    ),
    ("Open Mon - Thu.", "Abierto Mon-Thu.", "es", ["Mon-Thu"]),
    # the target language's short names, a month range ("Mar" is Spanish too), a range the
    # source does not write
    ("Open Tue–Sat.", "Geöffnet Mo.–Fr.", "de", []),
    ("Open Mar–Jun.", "Abierto Mar–Jun.", "es", []),
    ("Open weekdays.", "Abierto Tue–Sat.", "es", []),
]

SALUTATIONS = [
    (
        "Dear Lina and Omar, thank you for writing.",
        "Dear Lina y Omar: gracias por escribirnos.",
        "es",
        ["Dear"],
    ),
    (
        "Dear Mrs Kovač, your order has shipped.",
        "Dear Frau Kovač, Ihre Bestellung ist unterwegs.",
        "de",
        ["Dear"],
    ),
    # the target language's salutation; an English word it uses itself; one not at the start
    ("Dear Lina, thank you.", "Querida Lina: gracias.", "es", []),
    ("Hi Lina, thanks.", "Hi Lina, danke.", "de", []),
    ("She wrote “Dear John” on it.", "Sie schrieb „Dear John“ darauf.", "de", []),
]

CONJUNCTIONS = [
    # between two words of the translation, also where the source words it otherwise
    ("Both staff and guests may park.", "Mitarbeiterinnen or Mitarbeiter dürfen parken.", "de", ["or"]),
    ("Pick a colour: red, blue.", "Elige un color: rojo or azul.", "es", ["or"]),
    # one the source writes: a copied fragment, said as such by another rule
    ("Pick red or blue.", "Elige rojo or azul.", "es", []),
    # a phrase of the source language kept, acronyms, a language that has the word
    ("Play Trick or Treat.", "Spiele Trick or Treat.", "de", []),
    ("Save as PDF or PNG.", "Als PDF or PNG speichern.", "de", []),
    ("Gold or silver.", "De l'or ou de l'argent.", "fr", []),
    # a keyword named after a preposition
    ("else without matching if", "else sin if coincidente", "es", []),
]

ARTICLES = [
    (
        "Tickets are sold at the Corn Exchange.",
        "Karten gibt es bei the Corn Exchange.",
        "de",
        ["the"],
    ),
    ("Lunch is at the Mill Bakery.", "Le déjeuner a lieu chez the Mill Bakery.", "fr", ["the"]),
    ("Ask Ivo of Lark Farm.", "Fragen Sie Ivo von the Lark Farm.", "de", ["the"]),
    # a title capitalised with its article, the target language's own article, a phrase
    # copied whole, a lowercase word after the article
    ("He reads The Times daily.", "Er liest täglich The Times.", "de", []),
    ("Lunch is at the Mill Bakery.", "Le déjeuner a lieu à la Mill Bakery.", "fr", []),
    ("Ask for the Mill Bakery.", "Fragen Sie nach „Ask for the Mill Bakery“.", "de", []),
    ("at the end of the day", "am Ende the day", "de", []),
]

GREETINGS = [
    (
        "Welcome to Lark Farm, open daily.",
        "Welcome à la ferme Lark, ouverte tous les jours.",
        "fr",
        ["Welcome"],
    ),
    ("Thanks for waiting, we open soon.", "Thanks für Ihre Geduld, wir öffnen bald.", "de", ["Thanks"]),
    # a name after it, a loanword of the target language, the target language's own word
    ("Hello Ana, thanks.", "Hello Ana, danke.", "de", []),
    ("Hi Ana, thanks.", "Hi, danke Ana.", "de", []),
    ("No, the pool is closed.", "No, la piscina está cerrada.", "es", []),
]

HEADS = [
    (
        "Staff use the nursery area in the morning.",
        "Das Personal nutzt morgens das Nursery-Gelände.",
        "de",
        ["Nursery"],
    ),
    # loanwords the target language uses, a name the source writes capitalised
    ("Use the checkout area.", "Nutzen Sie den Checkout-Bereich.", "de", []),
    ("Book the team room online.", "Buchen Sie den Team-Raum online.", "de", []),
    ("Ask at Nursery Lane reception.", "Fragen Sie am Nursery-Lane-Empfang.", "de", []),
    ("Take the shuttle bus.", "Neem de shuttle-bus.", "nl", []),
]

AMONG = [
    ("She painted the gate on Sunday.", "В воскресенье она painted калитку.", "ru", ["painted"]),
    ("“It is late,” says Oleg.", "«Уже поздно», — says Олег.", "ru", ["says"]),
    # terms kept in Latin among the words of another script, a quoted label
    ("Run stat on the core file.", "Запустите stat для файла core.", "ru", []),
    ("Choose tail or cat output.", "Выберите вывод tail или cat.", "ru", []),
    ("Click “Shared with me”.", "Нажмите «Shared with me».", "ru", []),
]

EXTENSIONS = [
    ("Questions: Ms Ruiz (ext. 3120).", "Fragen: Frau Ruiz (ext. 3120).", "de", ["ext."]),
    ("Call ext. 204 for help.", "Appelez ext. 204 pour obtenir de l'aide.", "fr", ["ext."]),
    # the target language's own sign, one it writes like English, a file's extension
    ("Call ext. 204.", "Appelez le poste 204.", "fr", []),
    ("Call ext. 204.", "Llame a la ext. 204.", "es", []),
    ("Save it as name.ext. 2 copies are kept.", "Speichern Sie es als name.ext. 2 Kopien bleiben.", "de", []),
]


LEFT = (
    UNITS
    + COUNTED
    + WEEKDAYS
    + SALUTATIONS
    + EXTENSIONS
    + CONJUNCTIONS
    + ARTICLES
    + GREETINGS
    + HEADS
    + AMONG
)


@pytest.mark.parametrize(("source", "target", "lang", "expected"), LEFT)
def test_a_word_the_target_language_has_its_own_for(
    source: str, target: str, lang: str, expected: list[str]
) -> None:
    issues = run("untranslated", source, target, "en", lang)
    assert [i.text for i in issues if " the English " in i.message] == expected
