"""lost_list_item: a list of the source whose translation gives fewer items."""

from __future__ import annotations

import pytest

from editor.core.checks import Severity
from tests.core.checks._run import run

# (source, target, target language): every item there, or said in ways counted alike
GOOD = [
    (
        "The camp costs €385 per child, including travel, food, insurance and all activities.",
        "El campamento cuesta 385 € por niño e incluye el viaje, la comida, el seguro y "
        "todas las actividades.",
        "es",
    ),
    (
        "We assemble wardrobes, beds, desks, kitchen cabinets and children's furniture.",
        "Wij monteren kledingkasten, bedden, bureaus, keukenkastjes en kindermeubels.",
        "nl",
    ),
    # a clause, then two ways to pay, each a preposition's: no list of three
    (
        "Payment is due on completion of the work, by card or in cash; we never accept cheques.",
        "Die Zahlung erfolgt nach Abschluss der Arbeiten per Karte oder in bar; Schecks akzeptieren wir nie.",
        "de",
    ),
    # a list that fills a bracket, its last item joined by a conjunction in the translation;
    # a bracket of numbers; a bracket of one item at the list's place: another bracket
    (
        "Photo shoots (weddings, fashion, advertising) must be booked in advance.",
        "Fotoshootings (Hochzeiten, Mode und Werbung) müssen im Voraus gebucht werden.",
        "de",
    ),
    (
        "Call us on weekdays (9, 12, 15 or 18 h), please.",
        "Rufen Sie uns werktags an (9, 12 Uhr), bitte.",
        "de",
    ),
    (
        "Photo shoots (weddings, fashion, advertising) must be booked in advance.",
        "Fotoshoots voor bruiloften, mode en reclame (ook modeshows) boekt u vooraf.",
        "nl",
    ),
    # names of the source's "list" stand outside the translation's: another list was counted
    (
        "During the fit, your fitter, usually Maria Okafor or Tom Reyes, will measure your "
        "flexibility, saddle height and reach.",
        "Während des Fittings misst Ihr Fitter – in der Regel Maria Okafor oder Tom Reyes – Ihre "
        "Beweglichkeit, Sattelhöhe und Reichweite.",
        "de",
    ),
    # an opening clause before a comma is no item of the list, long or short
    (
        "Before you set off, check the brakes and the lights.",
        "Antes de salir, revise los frenos y las luces.",
        "es",
    ),
    (
        "All coaches have reclining seats, air conditioning and a toilet on board.",
        "Todos los autocares cuentan con asientos reclinables, aire acondicionado y aseo a bordo.",
        "es",
    ),
    (
        "Before you set off, check the brakes, bell, lights and tyre pressure.",
        "Prüfen Sie vor Fahrtantritt Bremsen, Klingel, Beleuchtung und Reifendruck.",
        "de",
    ),
    # an item of several words in the translation ("un masque de ski")
    (
        "Please bring the following to every lesson: a helmet, ski goggles, gloves, a snack and a drink.",
        "Merci d'apporter à chaque cours : un casque, un masque de ski, des gants, un en-cas et une boisson.",
        "fr",
    ),
    # the translation's list opens after a clause with a conjunction of its own
    (
        "The total cost is £165 per pupil, which covers travel, accommodation, all meals and entrance fees.",
        "O custo total é de 165 libras por aluno e inclui transporte, alojamento, todas as refeições e "
        "entradas.",
        "pt",
    ),
    # a phrase that opens the sentence before a comma is no item ("For your safety")
    (
        "For your safety, please keep bags, coats and umbrellas in the lockers at all times.",
        "Laissez sacs, manteaux et parapluies dans les casiers.",
        "fr",
    ),
    # a pair in a translation with a comma or two conjunctions is not read as a list's all
    (
        "Only organic methods: no chemical weedkillers, slug pellets or fertiliser.",
        "Alleen biologische methoden: geen onkruidbestrijdingsmiddelen en geen slakkenkorrels of kunstmest.",
        "nl",
    ),
    # two items joined by "and" are a pair, not a list; a list of numbers is the numbers' check's
    ("Bring your towel and your swimming cap to every lesson.", "Traiga su toalla a cada clase.", "es"),
    (
        "The lessons last 30, 45, 60 or 90 minutes, as you prefer.",
        "Le lezioni durano 30, 45 o 90 minuti, come preferite.",
        "it",
    ),
    # a first part joining two verbs that ends with the first item, counted on both sides
    (
        "A service costs £65 and includes cleaning, oiling and a report.",
        "Eine Wartung kostet 65 £ und umfasst Reinigung, Ölen sowie einen Bericht.",
        "de",
    ),
    # ... not after a pronoun: its verbs' objects are no list ("walked … and saw deer")
    (
        "We walked for hours and saw deer, foxes and owls.",
        "Nous avons marché pendant des heures et vu des cerfs, des renards et des hiboux.",
        "fr",
    ),
]

# (source, target, target language, the translation's list marked)
BAD = [
    # the list opens at "including": what it details is no item
    (
        "The camp costs €385 per child, including travel, food, insurance and all activities.",
        "El campamento cuesta 385 € por niño e incluye el viaje, el seguro y todas las actividades.",
        "es",
        "viaje, el seguro y todas las actividades",
    ),
    (
        "We assemble wardrobes, beds, desks, kitchen cabinets and children's furniture.",
        "Wij monteren kledingkasten, bedden, keukenkastjes en kindermeubels.",
        "nl",
        "kledingkasten, bedden, keukenkastjes en kindermeubels",
    ),
    (
        "Please bring the following to every lesson: a helmet, ski goggles, gloves, a snack and a drink.",
        "Vi chiediamo di portare a ogni lezione quanto segue: casco, guanti, una merenda e qualcosa da bere.",
        "it",
        "casco, guanti, una merenda e qualcosa da bere",
    ),
    # two items joined by a conjunction, no comma in the translation
    (
        "Only organic methods are allowed: no chemical weedkillers, slug pellets or fertiliser.",
        "Alleen biologische methoden: geen chemische onkruidbestrijdingsmiddelen of kunstmest.",
        "nl",
        "onkruidbestrijdingsmiddelen of kunstmest",
    ),
    # the last item's words run on into the clause, with a number after the list
    (
        "Avoid lakes, the sea, hot tubs and saunas for at least 2 weeks after the treatment.",
        "Évitez les lacs, la mer et les saunas pendant au moins 2 semaines après le soin.",
        "fr",
        "lacs, la mer et les saunas pendant au moins 2 semaines après le soin",
    ),
    (
        "Towels, food and glass bottles are not allowed in the steam room.",
        "Asciugamani e bottiglie di vetro non sono ammessi nel bagno turco.",
        "it",
        "Asciugamani e bottiglie",
    ),
    # the list's first item ends the clause's first part, too long to be an item itself
    (
        "All coaches have reclining seats, air conditioning and a toilet on board.",
        "Todos los autocares cuentan con asientos reclinables y aseo a bordo.",
        "es",
        "reclinables y aseo",
    ),
    # a short sentence of an everyday text
    (
        "Bring towels, soap and flip-flops.",
        "Traga toalhas e chinelos.",
        "pt",
        "toalhas e chinelos",
    ),
    # a list that fills a bracket with commas alone
    (
        "Photo shoots for commercial purposes (weddings, fashion, advertising) must be booked in advance.",
        "Fotoshoots voor commerciële doeleinden (bruiloften, mode) moeten vooraf worden geboekt.",
        "nl",
        "bruiloften, mode",
    ),
    # a list closed by "ni" ("nor")
    (
        "These never go in the blue bin: shredded paper, kitchen roll, tissues or boxes.",
        "Nunca eche en el contenedor azul: papel triturado, papel de cocina ni cajas.",
        "es",
        "triturado, papel de cocina ni cajas",  # (from the first item's last word)
    ),
    # the list's first item at the end of a first part with a conjunction of its own; "sowie"
    (
        "A standard service costs £65 and includes cleaning, oiling, tension adjustment and a report.",
        "Eine Wartung kostet 65 £ und umfasst Reinigung, Einstellen der Spannung sowie ein Protokoll.",
        "de",
        "Reinigung, Einstellen der Spannung sowie ein Protokoll",
    ),
]


@pytest.mark.parametrize(("source", "target", "lang"), GOOD)
def test_every_item_kept_is_silent(source: str, target: str, lang: str) -> None:
    assert run("lost_list_item", source, target, "en", lang) == []


@pytest.mark.parametrize(("source", "target", "lang", "marked"), BAD)
def test_a_list_with_fewer_items_is_marked(source: str, target: str, lang: str, marked: str) -> None:
    issues = run("lost_list_item", source, target, "en", lang)
    assert [(i.side, i.text, i.severity) for i in issues] == [("target", marked, Severity.WARNING)]
