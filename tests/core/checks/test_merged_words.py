"""merged_token on two content words run together in lowercase, in languages that write their
compounds as separate words: a warning with the space as the fix; coinages, derivations,
closed compounds, software messages and the source's own tokens stay silent."""

from __future__ import annotations

import pytest

from editor.core.checks import Severity
from tests.core.checks._run import run, spans

# (source, target, target language)
GOOD = [
    # a participle of a verb made of the source's word ("apostilados": "apostille")
    (
        "Foreign documents must be translated into Portuguese and bear an apostille, except documents "
        "from EU countries.",
        "Os documentos estrangeiros têm de ser traduzidos para português e apostilados, exceto os "
        "documentos de países da UE.",
        "pt",
    ),
    # A Latin American ordinal's letters after its number ("4to", "2da").
    ("Extensions in the 4th level.", "Extensiones en el 4to nivel.", "es"),
    ("Go to the 2nd floor.", "Suba a la 2da planta.", "es"),
    # A coinage built with one of the language's prefixes, or a derivation with "-mente".
    (
        "The dialog opens in a subwindow of the main screen when you click.",
        "La finestra di dialogo si apre in una sottofinestra della schermata principale.",
        "it",
    ),
    (
        "Heel tips cost €8 for women's shoes and €12 for men's shoes.",
        "I sopratacchi costano 8 € per le scarpe da donna e 12 € per quelle da uomo.",
        "it",
    ),
    (
        "The mezzanine floor holds the office and a small meeting room.",
        "La entreplanta alberga la oficina y una pequeña sala de reuniones.",
        "es",
    ),
    (
        "The committee worked inclusively and openly on the new rules for members.",
        "Il comitato ha lavorato inclusivamente e apertamente alle nuove regole per i soci.",
        "it",
    ),
    (
        "The app offers automatic translation of all messages into French now.",
        "L'application propose désormais une autotraduction de tous les messages en français.",
        "fr",
    ),
    # Another form of a word the lists hold, however rare this one ("carroponte": plural
    # "carroponti"; "fiscalidade": "fiscalidades")
    (
        "The workshop has two overhead cranes and a large paint booth for the frames.",
        "L'officina ha due carroponti e una grande cabina di verniciatura per i telai.",
        "it",
    ),
    (
        "The report compares the tax systems of the member states in detail.",
        "O relatório compara em pormenor as fiscalidades dos Estados-Membros.",
        "pt",
    ),
    # A verb's stem and a noun: how Italian and Spanish name tools ("bloccaruota", "abrelatas").
    (
        "We strongly recommend fitting a wheel clamp and an alarm to your caravan.",
        "Consigliamo vivamente di installare un bloccaruota e un allarme sulla roulotte.",
        "it",
    ),
    (
        "Each flat has a kettle, a toaster and a tin opener in the kitchen drawer.",
        "Cada piso tiene hervidor, tostadora y un abrelatas en el cajón de la cocina.",
        "es",
    ),
    # German and Dutch write compounds closed: a word no list holds is no fusion there.
    (
        "The station has passenger-friendly waiting rooms on every platform today.",
        "Der Bahnhof hat heute auf jedem Bahnsteig fahrgastfreundlichen Wartebereiche.",
        "de",
    ),
    # A software message coins words and keeps identifiers: prose only.
    ("current account", "cuentacorriente", "es"),
    ("path name", "nomepercorso", "it"),
    (
        "The bank's website is www.bancocentrale.it and it is open every day.",
        "Il sito della banca è www.bancocentrale.it ed è sempre aperto.",
        "it",
    ),
    # Written as one word in both texts: a name.
    (
        "Our partner tarjetasbancarias handles every card payment made in the shop.",
        "Nuestro socio tarjetasbancarias gestiona todos los pagos con tarjeta en la tienda.",
        "es",
    ),
    # A form derived from a verb the lists hold ("renommer"), a variable, the source's word
    # in another form.
    (
        "The renames of the folder are recorded in the log file every day.",
        "Les renommages du dossier sont enregistrés chaque jour dans le journal.",
        "fr",
    ),
    (
        'Without an argument the command prints "$line $filename" for the current call.',
        'Sin argumento, la orden imprime "$linea $nombrearchivo" para la llamada actual.',
        "es",
    ),
    (
        "The office has two printservers, one on each floor of the building.",
        "L'ufficio ha due printserver, uno per ogni piano dell'edificio principale.",
        "it",
    ),
    # Each part shorter than a word: as often a prefix or an ending.
    (
        "The old path name is kept for all the files in the folder.",
        "Il vecchio nomepercorso resta per tutti i file della cartella.",
        "it",
    ),
    # An article before a word, written so in the source too: a name.
    (
        "Our shop losarmarios sells wardrobes and shelves for every room.",
        "Nuestra tienda losarmarios vende armarios y estanterías para cada habitación.",
        "es",
    ),
    # ... as it is of a word built with a prefix the lists lack ("ante-")
    (
        "The cache memory of the disk is emptied at every restart of the system.",
        "La antememoria del disco se vacía en cada reinicio del sistema.",
        "es",
    ),
    # An article before a short word: only an everyday one will do ("pala" is rarer), and a
    # token of six letters is too short to judge ("lacosa"): narrow, as a name may read so.
    (
        "For the snow in the yard you will need a shovel, a broom and salt.",
        "Para la nieve del patio necesitará unapala, una escoba y sal.",
        "es",
    ),
    ("It is the thing we liked most about the town.", "Es lacosa que más nos gustó del pueblo.", "es"),
    # ... written so in the source: a name
    (
        "Our studio unafoto prints passport pictures in ten minutes.",
        "Nuestro estudio unafoto imprime fotos de carné en diez minutos.",
        "es",
    ),
    # Where compounds are closed, a preposition glued to a rare word (see BAD):
    # Closed compounds that end in no preposition, however rare.
    (
        "A visit to the hospital is free for close family.",
        "Een ziekenhuisbezoek is gratis voor de naaste familie.",
        "nl",
    ),
    (
        "The visiting rules hang by the door of the ward.",
        "De bezoekregeling hangt bij de deur van de afdeling.",
        "nl",
    ),
    # Not judged without an article after it, which a preposition opens its phrase with.
    ("Put the hand gel back afterwards.", "Zet de handgelbij later terug.", "nl"),
    # A compound ending in a noun that is a function word too ("was": wax, "haar": hair).
    (
        "The use of resin (handball wax) is not permitted.",
        "Het gebruik van hars (handbalwas) is niet toegestaan.",
        "nl",
    ),
    # A compound whose last word ends in a preposition's letters ("Werkstatt", "Wegen").
    (
        "The boat workshop of the harbour repairs every kind of boat.",
        "Die Bootswerkstatt des Hafens repariert jede Art von Boot.",
        "de",
    ),
    (
        "On the forest hiking paths of the region dogs must be kept on a lead.",
        "Auf den Waldwanderwegen der Region müssen Hunde angeleint werden.",
        "de",
    ),
    # Not judged: a preposition of two letters, which too many words end in.
    ("The small shop in the village sells bread.", "De dorpswinkelin het dorp verkoopt brood.", "nl"),
    # Pronominal adverbs are words ("daarbij", "hiervoor").
    ("With it the hospital offers free parking.", "Daarbij biedt het ziekenhuis gratis parkeren.", "nl"),
]

# (source, target, target language, [flagged text], fix)
BAD = [
    (
        "We opened a current account at the bank last spring.",
        "Abrimos una cuentacorriente en el banco la primavera pasada.",
        "es",
        ["cuentacorriente"],
        "cuenta corriente",
    ),
    # two long words, the second a rarer form of a verb
    (
        "If you see someone in difficulty, tell a lifeguard at once.",
        "Si vous voyez quelqu'un en difficultéprévenez immédiatement un maître-nageur.",
        "fr",
        ["difficultéprévenez"],
        "difficulté prévenez",
    ),
    (
        "The railway station is closed during the weekend for maintenance work.",
        "La stazioneferroviaria è chiusa durante il fine settimana per lavori di manutenzione.",
        "it",
        ["stazioneferroviaria"],
        "stazione ferroviaria",
    ),
    (
        "The public transport network will be extended next year in the city.",
        "Le réseau de transportspublics sera étendu l'année prochaine dans la ville.",
        "fr",
        ["transportspublics"],
        "transports publics",
    ),
    (
        "The city council approved the new budget for public schools this week.",
        "A câmara aprovou esta semana o novo orçamento para as escolaspúblicas.",
        "pt",
        ["escolaspúblicas"],
        "escolas públicas",
    ),
    # an article glued to its noun
    (
        "Coats can be hung in the wardrobes by the entrance.",
        "Los abrigos pueden colgarse en losarmarios junto a la entrada.",
        "es",
        ["losarmarios"],
        "los armarios",
    ),
    # a determiner of four letters glued to its noun, a fusion the web's word lists hold
    (
        "Clean your lenses every day with the cloth provided.",
        "Pulisca le lenti ognigiorno con il panno fornito.",
        "it",
        ["ognigiorno"],
        "ogni giorno",
    ),
    # an article before an everyday word of four letters
    (
        "Please send us a photo of the damaged part with your claim.",
        "Por favor, envíenos unafoto de la pieza dañada con su reclamación.",
        "es",
        ["unafoto"],
        "una foto",
    ),
    # a short second word that is an everyday word, after a long first one
    (
        "Please pay the electricity bill by Friday at the latest, thank you.",
        "La preghiamo di pagare la bollettaluce entro venerdì al più tardi, grazie.",
        "it",
        ["bollettaluce"],
        "bolletta luce",
    ),
    # In a language that writes compounds closed, a preposition glued to a rare word, an article after it.
    (
        "Clean your hands with the hand gel at the door of the ward.",
        "Reinig uw handen met de handgelbij de deur van de afdeling.",
        "nl",
        ["handgelbij"],
        "handgel bij",
    ),
    (
        "Take the medicine cabinet out of the room before cleaning.",
        "Haal het medicijnkastjeuit de kamer voor het schoonmaken.",
        "nl",
        ["medicijnkastjeuit"],
        "medicijnkastje uit",
    ),
    (
        "Please use the hand gel at the entrance of the station.",
        "Bitte benutzen Sie das Handgelbei dem Eingang der Station.",
        "de",
        ["Handgelbei"],
        "Handgel bei",
    ),
]


@pytest.mark.parametrize(("source", "target", "lang"), GOOD)
def test_good_is_silent(source: str, target: str, lang: str) -> None:
    assert spans(run("merged_token", source, target, "en", lang)) == []


@pytest.mark.parametrize(("source", "target", "lang", "expected", "fix"), BAD)
def test_bad_is_a_warning_with_the_space_as_fix(
    source: str, target: str, lang: str, expected: list[str], fix: str
) -> None:
    issues = run("merged_token", source, target, "en", lang)
    assert spans(issues) == expected
    assert [i.severity for i in issues] == [Severity.WARNING]
    assert [i.suggestion for i in issues] == [fix]


def test_a_participle_no_source_word_opens_is_still_two_words() -> None:
    """Without the source's "apostille", "apostilados" reads as "apostila dos"."""
    issues = run(
        "merged_token",
        "Foreign documents must be translated into Portuguese and bear a stamp, except documents "
        "from EU countries.",
        "Os documentos estrangeiros têm de ser traduzidos para português e apostilados, exceto os "
        "documentos de países da UE.",
        "en",
        "pt",
    )
    assert [(i.text, i.suggestion) for i in issues] == [("apostilados", "apostila dos")]
