"""agreement: a determiner of one gender before a noun whose ending says the other."""

from __future__ import annotations

from dataclasses import replace

import pytest

from editor.core.checks import build_context, get_check
from editor.core.languages._text import gendered
from editor.core.model import Document
from tests.core.checks._run import run, spans
from tests.factories import make_document

# (source, target, target language): determiners and nouns that agree, and what looks alike
GOOD = [
    ("He found a new job.", "Encontró un trabajo nuevo.", "es"),
    # a verb and a noun make a masculine compound, which ends as its noun does
    ("Leave it in the cloakroom.", "Déjelo en el guardarropa.", "es"),
    ("The defibrillator is a lifesaver.", "Il defibrillatore è un salvavita.", "it"),
    ("She asked for a photo.", "Pidió una foto.", "es"),  # feminine, though it ends in "o"
    ("Raise your hand.", "Levante la mano.", "es"),
    ("I buy it on Mondays.", "La compro los lunes.", "es"),  # "la" is also "her": not listed
    ("These are the rules.", "Queste sono le regole.", "it"),  # a demonstrative as a pronoun
    # "esta" is left out: it is often "está" without its accent ("esta definido")
    ("The value is defined.", "El valor esta definido.", "es"),
    ("They left with their bags.", "Sono partiti con le loro borse.", "it"),
    ("They arrived with their luggage.", "Sono arrivati alla loro casa.", "it"),  # "loro" is invariable
    ("Leave the key at reception.", "Deixe a chave na receção.", "pt"),  # "-ção" ends in "o"
    ("A sub-transaction failed.", "Una sotto-transazione non è riuscita.", "it"),  # a compound's part
    ("The configuration is saved.", "La configuration est enregistrée.", "fr"),
    ("It is a new section.", "C'est une nouvelle section.", "fr"),
    ("The Fiat is parked outside.", "Una Fiat è parcheggiata fuori.", "it"),  # a name
    ("The size is wrong.", "Der Größe ist falsch.", "de"),  # no data for German articles
    # German: bare "ein", "kein" and the possessives before a masculine or neuter noun; a
    # masculine noun ending as feminine ones do; "ihr" the pronoun
    ("You have a lead.", "Sie haben einen Vorsprung, ein Team und Ihre Bestellung.", "de"),
    ("If you have experience, call us.", "Wenn ihr Erfahrung habt, ruft uns an.", "de"),
    ("Our order is ready.", "Unsere Bestellung ist fertig; unser Aufschwung hält an.", "de"),
    # "statt" as a preposition; a motion's case before a plural dative
    ("Bring it to the workshop, not the dealer.", "Bringen Sie es in die Werkstatt statt zum Händler.", "de"),
    ("The courses take place in the rooms.", "Die Kurse finden in den Räumen der Schule statt.", "de"),
    # a name and a noun written apart: the determiner is the noun's
    ("Between a Subversion repository and Git", "Zwischen einem Subversion Repository und Git", "de"),
    ("The history of the region and of the festival.", "Die Geschichte der Region und des Festivals.", "de"),
    ("It is for a customer with no problems.", "Es ist für einen Kunden mit keinen Problemen.", "de"),
    ("We want to unite the country.", "Wir wollen das Land zu einen versuchen.", "de"),  # "zu" + verb
    (
        "Each option and this thing.",
        "Elke mogelijkheid en elk ding, dit jaar, zodat vereniging slaagt.",
        "nl",
    ),
    ("Run it to follow a branch.", "Führen Sie es aus, um einem Branch zu folgen.", "de"),  # "um … zu"
    # masculine words with a feminine ending, a noun opening with a stressed "a", a pronoun
    ("That is a problem for the planet.", "Es un problema para el planeta.", "es"),
    ("Ask an artist one day.", "Pergunte a um artista num dia.", "pt"),
    ("The water is cold.", "El agua está fría.", "es"),
    ("He carries it.", "Lo porta lui.", "it"),
    ("One of the ten.", "Uno tra i dieci.", "it"),
    ("This means that you pay.", "Questo significa che paghi.", "it"),
    ("Press it to confirm.", "Confirme al pulsarla.", "es"),
    ("Open from noon.", "Abierto a partir del mediodía.", "es"),
    # a motion's case with a verb of motion, a verb of rest in another clause
    (
        "Pets must be taken to a separate room and stay there.",
        "Haustiere müssen in einen separaten Raum gebracht werden und dort bleiben.",
        "de",
    ),
    ("Put it in a box, it stays dry there.", "Legen Sie es in einen Karton, dort bleibt es trocken.", "de"),
    ("Store it in the cellar.", "Es muss ins Kellerabteil und wird dort gelagert.", "de"),
    # a possessive after its noun says nothing of the word after it ("on our part, will be")
    (
        "Appointments cancelled by us will be rescheduled.",
        "Gli appuntamenti annullati da parte nostra verranno riprogrammati.",
        "it",
    ),
]

# (source, target, target language, the marked spans)
BAD = [
    ("The file has a size of 4 bytes.", "El archivo tiene una tamaño de 4 bytes.", "es", ["una tamaño"]),
    ("Pick a position.", "Elija el posición.", "es", ["el posición"]),
    # a verb's letters at a word's start make no compound where no common noun follows them
    ("Put it in the washing machine.", "Póngalo en el lavadora.", "es", ["el lavadora"]),
    ("The title of the dialog.", "Il titolo della dialogo.", "it", ["della dialogo"]),
    ("Similar to an action.", "Simili a un azione.", "it", ["un azione"]),
    ("Bring a coat.", "Traga uma casaco.", "pt", ["uma casaco"]),
    # a demonstrative that is never "is" without its accent
    ("That leaflet explains it.", "Aquela folheto explica tudo.", "pt", ["Aquela folheto"]),
    ("Display the status of that job.", "Muestra el estado de esa trabajo.", "es", ["esa trabajo"]),
    ("Return it to your unit.", "Devolva-o ao seu unidade.", "pt", ["seu unidade"]),
    # a noun with the open ending of most feminine nouns after a singular masculine determiner
    ("Fill in a form at the desk.", "Preencha um ficha no balcão.", "pt", ["um ficha"]),
    ("The table is not a member.", "El tabla no es un miembro.", "es", ["El tabla"]),
    ("Book a room now.", "Prenota un camera adesso.", "it", ["un camera"]),
    ("Visit our shop.", "Visitate la nostra negozio in centro.", "it", ["nostra negozio"]),  # before its noun
    ("The configuration is missing.", "Le configuration est manquante.", "fr", ["Le configuration"]),
    ("Your game master watches.", "Ihr Spielleitung beobachtet den Raum.", "de", ["Ihr Spielleitung"]),
    # a genitive of masculine or neuter before a noun of a feminine ending
    ("Beers from breweries of the region.", "Biere aus Brauereien des Region.", "de", ["des Region"]),
    ("The text of a version.", "Der Text eines Version.", "de", ["eines Version"]),
    # Dutch: a neuter determiner before a noun of a suffix only common nouns have
    ("Each option has a key.", "Elk mogelijkheid heeft een sleutel.", "nl", ["Elk mogelijkheid"]),
    # a determiner in a case its preposition never governs
    ("Leave it with a neighbour.", "Geben Sie es bei einen Nachbarn ab.", "de", ["bei einen"]),
    ("It is for a customer.", "Es ist für einem Kunden.", "de", ["für einem"]),
    # a motion's case before a verb of rest in its clause
    (
        "Pets must be kept in a separate room during the visit.",
        "Haustiere müssen während des Besuchs in einen separaten Raum bleiben.",
        "de",
        ["in einen"],
    ),
    ("Store the skis in the cellar.", "Die Skier werden ins Kellerabteil gelagert.", "de", ["ins"]),
    # the particle of "stattfinden" last in its clause; a dative determiner of masculine or neuter
    (
        "The exam takes place in Losse Street.",
        "Die Prüfung findet in die Lossestraße statt.",
        "de",
        ["in die"],
    ),
    (
        "Buy wood in our workshop.",
        "Holz können Sie in unserem Werkstatt kaufen.",
        "de",
        ["unserem Werkstatt"],
    ),
    (
        "No landing is planned.",
        "Kein Landung ist geplant, mein Meinung nach.",
        "de",
        ["Kein Landung", "mein Meinung"],
    ),
    (
        "Use an instruction and a section.",
        "Utilisez un instruction et un section.",
        "fr",
        ["un instruction", "un section"],
    ),
]


@pytest.mark.parametrize(("source", "target", "lang"), GOOD)
def test_agreeing_words_stay_silent(source: str, target: str, lang: str) -> None:
    assert run("agreement", source, target, "en", lang) == []


@pytest.mark.parametrize(("source", "target", "lang", "expected"), BAD)
def test_a_determiner_of_the_other_gender_is_marked(
    source: str, target: str, lang: str, expected: list[str]
) -> None:
    assert spans(run("agreement", source, target, "en", lang)) == expected


# (target, target language): predicates that agree with their subject, and what looks alike
PREDICATE_GOOD = [
    ("Chaque atelier est animé par notre cheffe chocolatière.", "fr"),
    # French "les": a noun whose ending tells no gender, a plural predicate of either
    ("Les chiens sont bienvenus, les poules sont bienvenues.", "fr"),
    ("Les annulations sont remboursées et les paiements sécurisés.", "fr"),
    ("Les réservations et paiements sont gratuits.", "fr"),  # two subjects
    ("Les frais sont modestes; les casiers sont libres.", "fr"),
    ("Les inscriptions sont possibles.", "fr"),
    ("Le visite con guida sono incluse; i corsi per bambini sono gratuiti.", "it"),
    ("Il biglietto va acquistato online; il treno va veloce.", "it"),
    ("As botijas de gás devem ser devolvidas ao fornecedor.", "pt"),
    ("La posición del campo no debe ser cero.", "es"),  # a number's word
    ("Il diritto di prenotazione verrà sospeso per un mese.", "it"),
    ("L'anticipo viene rimborsato; l'iscrizione è confermata; l'auto è parcheggiata.", "it"),
    ("Une copie du certificat doit être envoyée; le reste de la facture est payé sur place.", "fr"),
    ("Il saldo dell'anticipo viene versato all'arrivo.", "it"),
    # a subject after its verb that agrees; a time after the predicate ("la prima volta",
    # "la domenica"), an adverb ("proprio") or a predicate noun after "stato"
    ("Nella sala relax è obbligatorio il silenzio.", "it"),
    ("È proprio la stessa cosa.", "it"),
    ("Il ritardo è stato la causa del problema.", "it"),
    ("Il tasto è premuto la prima volta.", "it"),
    ("Il negozio è chiuso la domenica.", "it"),
    ("Il file viene eseguito una volta sola.", "it"),
    # an adverb that looks like an adjective of the other gender, before the predicate
    ("Ogni strumento viene prima esaminato gratuitamente.", "it"),
    ("Il documento viene prima firmato e poi spedito.", "it"),
    # a weekday before the verb is when, not the subject ("il lunedì": on Mondays)
    ("L’area è aperta dal martedì alla domenica; il lunedì è chiusa.", "it"),
    ("As taxas deverão ser pagas até sexta-feira.", "pt"),
    ("El número de plazas es limitado.", "es"),
    ("El casco no es obligatorio para los adultos.", "es"),
    ("Le bottiglie di vetro sono severamente vietate sul bordo vasca.", "it"),  # an adverb between
    ("La entrada es gratuita para los socios.", "es"),
    ("Los cascos son obligatorios en la pista.", "es"),
    # an adverb that ends as a predicate does ("cerca", not a form of "cerco"); a determiner
    ("El hotel está cerca del mar.", "es"),
    ("El problema es una cuestión de tiempo.", "es"),
    # the subject is not the determiner's noun: a complement's, after a verb or a preposition
    ("Le code de sortie de la commande est renvoyé.", "fr"),
    ("L'image du composant ayant le focus est affichée au centre.", "fr"),
    ("La localizzazione secondo il locale è disattivata.", "it"),
    # two subjects joined by "and" take the masculine plural
    ("El casco y las rodilleras son obligatorios.", "es"),
    # an invariable predicate ("obligatoire")
    ("Le casque est obligatoire pour tous les enfants.", "fr"),
    # Italian plurals both genders share ("disponibili", "presenti"), a noun ("case"), a verb
    ("Le intestazioni sono disponibili per tutte le pagine.", "it"),
    ("Quando le pagine di manuale non sono presenti, usate l'aiuto.", "it"),
    ("Le revisioni più recenti sono presenti nel registro.", "it"),  # "presentare": a verb's forms
    ("I nomi di segnale sono case insensitive.", "it"),
    ("Gli elenchi devono avere solo elementi consentiti.", "it"),
    ("Le famiglie ospitanti offrono la colazione e la cena.", "it"),
    ("Le bombole del gas devono essere rimosse prima del rimessaggio.", "it"),
    # a determiner of both genders before a noun whose ending tells nothing ("-a": "el
    # problema") or against its ending ("foto"), or one whose predicate agrees
    ("Cada problema es resuelto por el equipo.", "es"),
    ("Cada foto é revista pela equipa.", "pt"),
    ("Cada instrumento é inspecionado à chegada.", "pt"),
    ("Ogni prenotazione è confermata via email.", "it"),
    # a noun of both genders ("el guía", the person; "la guía", the book)
    ("No toque los telescopios salvo que un guía le invite a hacerlo.", "es"),
    # an adjective of the subject's gender with "-e" or without it; an attribute that agrees
    ("La visite est gratuite pour les enfants.", "fr"),
    ("Le musée est ouvert le dimanche.", "fr"),
    ("Le prix est juste.", "fr"),
    ("As aulas perdidas não são reembolsadas.", "pt"),
    ("A aula não é reembolsada.", "pt"),
]

# (target, target language, the predicate marked, its fix)
PREDICATE_BAD = [
    # an Italian adjective of four forms ("ripido", "ripida", "ripidi", "ripide")
    ("Dopo la pioggia, i sentieri sono ripide e scivolosi.", "it", "ripide", "ripidi"),
    # after "all"; "estar" after a modal
    ("Todos os cães devem estar vacinadas e desparasitados.", "pt", "vacinadas", "vacinados"),
    ("Todos los perros tienen que estar vacunadas.", "es", "vacunadas", "vacunados"),
    # a subject with a complement of one word ("de gás"), a modal before "to be"
    ("As botijas de gás devem ser devolvidos ao fornecedor.", "pt", "devolvidos", "devolvidas"),
    ("La anchura del espacio debe ser positivo.", "es", "positivo", "positiva"),
    # a subject after its verb and predicate, its determiner and noun's ending one gender
    ("Nella sala relax è obbligatoria il silenzio.", "it", "obbligatoria", "obbligatorio"),
    ("Es necesario la reserva previa.", "es", "necesario", "necesaria"),
    ("É obrigatória o uso do capacete.", "pt", "obrigatória", "obrigatório"),
    # a participle of "to be" between the verb and the predicate
    ("La porta è stata chiuso ieri.", "it", "chiuso", "chiusa"),
    # a future modal, the passive's "venire"
    ("La cuota deberá ser pagado antes del lunes.", "es", "pagado", "pagada"),
    ("Il diritto di prenotazione verrà sospesa per un mese.", "it", "sospesa", "sospeso"),
    ("Le sale verranno puliti ogni sera.", "it", "puliti", "pulite"),
    ("El casco no es obligatoria para los adultos.", "es", "obligatoria", "obligatorio"),
    # an adverb of the language's ending between
    ("Le bottiglie di vetro sono severamente vietati sul bordo vasca.", "it", "vietati", "vietate"),
    ("El curso es totalmente gratuita para los socios.", "es", "gratuita", "gratuito"),
    ("Para confirmar, e o restante é paga no dia.", "pt", "paga", "pago"),
    ("Il casco è obbligatoria per tutti.", "it", "obbligatoria", "obbligatorio"),
    ("Il modulo viene compilata prima dal cliente.", "it", "compilata", "compilato"),
    ("%s: questa chiave non è valido!", "it", "valido", "valida"),
    ("La pagination n'est pas supporté sur cette machine.", "fr", "supporté", "supportée"),
    ("Le casque est vivement recommandée aux adultes.", "fr", "recommandée", "recommandé"),
    ("Las rodilleras son obligatorios en la pista.", "es", "obligatorios", "obligatorias"),
    # a clause of its own after "and"
    ("Il bar è chiuso e la piscina è aperto fino alle 20.", "it", "aperto", "aperta"),
    # a plural participle, after a complement of the noun ("del gas") and "must be"
    ("Le bombole del gas devono essere rimossi prima del rimessaggio.", "it", "rimossi", "rimosse"),
    ("Le bombole sono rimossi ogni inverno.", "it", "rimossi", "rimosse"),
    # a determiner of both genders ("cada", "ogni", "chaque"): the noun's ending tells
    ("Cada instrumento é inspecionada à chegada.", "pt", "inspecionada", "inspecionado"),
    ("Ogni prenotazione è confermato via email.", "it", "confermato", "confermata"),
    ("Chaque réservation est confirmé par courriel.", "fr", "confirmé", "confirmée"),
    ("Chaque atelier est animée par notre cheffe chocolatière.", "fr", "animée", "animé"),
    ("Cada instalación es revisado por un técnico.", "es", "revisado", "revisada"),
    # a French adjective without the feminine "-e", or with it after a masculine subject
    ("La visite est gratuit pour les enfants.", "fr", "gratuit", "gratuite"),
    ("Le musée est ouverte le dimanche.", "fr", "ouverte", "ouvert"),
    # a participle's other form, however rare ("reembolsadas"), after an attribute that agrees
    ("As aulas perdidas não são reembolsados.", "pt", "reembolsados", "reembolsadas"),
    ("A aula não é reembolsado.", "pt", "reembolsado", "reembolsada"),
    ("La visite guidée est gratuit.", "fr", "gratuit", "gratuite"),
    ("Il biglietto ridotto è valida.", "it", "valida", "valido"),
    # a complement of one word after another preposition than "of" ("per malattia")
    ("Le lezioni perse per malattia possono essere recuperati il sabato.", "it", "recuperati", "recuperate"),
    # ... a complement of two words, one after a preposition with its article; "andare" passive
    (
        "Le registrazioni di ogni programma vengono conservati per 3 settimane.",
        "it",
        "conservati",
        "conservate",
    ),
    ("La scritta sulla torta è gratuito.", "it", "gratuito", "gratuita"),
    ("Il modulo va compilata online.", "it", "compilata", "compilato"),
    # French "les", of both genders: the noun's ending tells the gender; a singular predicate
    ("Les annulations plus tardives ne sont pas remboursés.", "fr", "remboursés", "remboursées"),
    ("Les réservations sont gratuits le dimanche.", "fr", "gratuits", "gratuites"),
    ("Les casiers sont gratuites.", "fr", "gratuites", "gratuits"),
    ("Les frais de dossier ne sont pas remboursable.", "fr", "remboursable", "remboursables"),
    ("Les enfants doivent être accompagné d'un adulte.", "fr", "accompagné", "accompagnés"),
    # a French complement after "de", its words maybe elided ("de l'attestation d'assurance")
    ("Une copie de l'attestation d'assurance doit être envoyé avant le salon.", "fr", "envoyé", "envoyée"),
    # Italian "l'" of both genders: the noun's ending tells the gender
    ("In caso di disdetta, l'anticipo viene rimborsata entro 14 giorni.", "it", "rimborsata", "rimborsato"),
]


@pytest.mark.parametrize(("target", "lang"), PREDICATE_GOOD)
def test_a_predicate_that_agrees_is_silent(target: str, lang: str) -> None:
    assert run("agreement", "The text.", target, "en", lang) == []


@pytest.mark.parametrize(("target", "lang", "marked", "fixed"), PREDICATE_BAD)
def test_a_predicate_of_the_other_gender_is_marked(target: str, lang: str, marked: str, fixed: str) -> None:
    issues = run("agreement", "The text.", target, "en", lang)
    assert [(i.text, i.fix.replacement if i.fix else None) for i in issues] == [(marked, fixed)]


# (target, target language): a plural subject with a plural verb, or no subject of the verb
NUMBER_GOOD = [
    ("Tenzij anders afgesproken, geven wij een kind nooit mee.", "nl"),
    # a plural participle after a plural copula; a singular one after a singular copula
    ("Tous les enfants doivent être accompagnés d'un adulte.", "fr"),
    ("Le prix est fixé à 10 € et les frais sont remboursés.", "fr"),
    ("Laat we samen beginnen.", "nl"),
    # a word after a plural subject read as a verb only where its plural is about as common
    ("Los tiempos de espera son cortos.", "es"),
    ("I nomi devono cominciare con una lettera.", "it"),
    ("I prezzi sopra indicati sono validi.", "it"),
    ("Las personas entre 18 y 25 años pagan menos.", "es"),
    ("Los niños deben ir acompañados por un adulto.", "es"),
    ("Los lunes está cerrado todo el día.", "es"),  # a weekday: on Mondays
    ("Comprou todos os bilhetes ontem à noite.", "pt"),
    ("%i pacchetto può essere aggiornato.", "it"),  # a placeholder's letter is no article
    ("La direction dans les listes et les arborescences est inversée.", "fr"),  # a complement's
    ("Dann müssen wir die Rechnung bezahlen.", "de"),
    ("Er hat ihr Auto in die Werkstatt gebracht.", "de"),  # "ihr" is also "her"
    ("Is jullie kamer al klaar voor de gasten?", "nl"),  # "jullie" is also "your"
    ("Las cancelaciones posteriores cuestan el 50 % del precio.", "es"),
    ("Los sábados abre a las diez.", "es"),  # a weekday, with its verb's subject unsaid
    ("Le sessioni pomeridiane iniziano alle 15.", "it"),
    ("Les tarifs réduits comprennent la location.", "fr"),
    # phrases joined by "and" with a plural verb, by "or", as times, or not opening the sentence
    ("La piscina y el gimnasio están abiertos todo el año.", "es"),
    ("La piscina o el gimnasio está abierto cada día.", "es"),
    ("El lunes y el martes está cerrado por inventario.", "es"),
    ("La mattina e la sera apre solo la piscina.", "it"),
    ("Per la sala e la cucina costa 20 euro in più.", "it"),
    # a predicate after the second of two phrases joined by "and": no subject of its own
    ("La mattina e la sera è più tranquillo in piscina.", "it"),
    ("Per la sala e la cucina è previsto un supplemento.", "it"),
    # a plural participle after a plural copula, after the impersonal "si", or no participle
    # whose singular is a word ("estate": summer)
    ("Os telemóveis serão devolvidos ao pequeno-almoço.", "pt"),
    ("Si è passati a un nuovo ramo del progetto.", "it"),
    ("Ora è estate e la piscina è aperta tutto il giorno.", "it"),
    ("Las toallas están incluidas en el precio.", "es"),
    # a singular subject with a plural verb: a time ("last month, they arrived"), a subject
    # of two with "nor", a verb whose ending only looks plural ("tem", "survient"), a word of
    # the source's ("token")
    ("Il mese scorso sono arrivati dieci gruppi.", "it"),
    ("Nem a ligação nem o referente foram alterados.", "pt"),
    ("O ficheiro tem um cabeçalho inválido.", "pt"),
    ("Si une erreur survient, le client est prévenu.", "fr"),
    ("El primer token no es válido.", "es"),
    ("El saldo se abona a la llegada.", "es"),
    # an object said first and taken up by its pronoun: the subject follows the verb
    ("Las mesas las monta el personal del hotel.", "es"),
    ("Le torte le prepara lo chef ogni mattina.", "it"),
    ("As oficinas realizam-se de terça-feira a sábado.", "pt"),
    # Dutch: the subject after the verb; a noun in "-en" or "-s" that is no plural; an
    # adverb that ends as a plural does
    ("Fietsen mag je hier niet parkeren.", "nl"),
    ("Leerlingen is het niet toegestaan te roken.", "nl"),
    ("Onze molen is op zaterdag open; onze keuken is gesloten.", "nl"),
    ("Anders moet u een nieuwe afspraak maken.", "nl"),
    ("Alle deelnemers krijgen een medaille.", "nl"),
    # German: the object first, its subject after the verb; a feminine singular after "die"
    ("Die Rechnungen hat der Verein bezahlt, die Buchungen hat sie bestätigt.", "de"),
    ("Die Teilnehmende ist volljährig, und die Anmeldung wird bestätigt.", "de"),
    ("Die Teilnehmenden werden per E-Mail informiert.", "de"),
    # ... a subordinate clause's verb, last after a coordinator: its subject stands before
    ("Er kommt nicht, weil er die Tickets und die Anmeldungen hat.", "de"),
    ("Dit gebeurt wanneer de shell een signaal of andere gebeurtenissen ontvangt.", "nl"),
    # a relative clause's own "se" and subject; an impersonal "se" before an infinitive; a
    # second clause after "y"
    ("Los pedidos que no se recojan en 30 días se reciclarán sin aviso.", "es"),
    ("Los libros que se lleva cada alumno son suyos.", "es"),
    ("Los cursos que ofrecemos se recomienda reservarlos con antelación.", "es"),
    ("Las entradas que compre se envían por correo y se puede pagar con tarjeta.", "es"),
    # an adverb and preposition that ends as a verb does ("fora": outside; also "he had been")
    ("Os pedidos entregues fora do prazo não serão considerados.", "pt"),
    ("As crianças ficam fora.", "pt"),
]

# (target, target language, the verb marked)
NUMBER_BAD = [
    # Dutch: a plural subject told by its noun's ending or a determiner of the plural
    ("Leerlingen moet minstens 18 jaar oud zijn.", "nl", "moet"),
    ("Onze medewerkers zet het buffet op.", "nl", "zet"),
    ("Bij regen: alle deelnemers krijgt een poncho.", "nl", "krijgt"),
    ("Deze kazen blijft zes weken goed.", "nl", "blijft"),
    # German "die" (feminine too) before a noun of a plural's ending; a clause after "und"
    ("Der Kurs fällt aus und die Teilnehmerinnen wird per Post informiert.", "de", "wird"),
    ("Die Anmeldungen muss bis Freitag eingehen.", "de", "muss"),
    # the verb with "se" after the subject's relative clause, last in its clause, however rare
    ("Las piezas que traiga usted mismo se monta bajo su responsabilidad.", "es", "monta"),
    ("Los pedidos que no se recojan en un plazo de 30 días se reciclará sin aviso.", "es", "reciclará"),
    ("Las entradas que cancele con menos de 48 horas de antelación no se reembolsa.", "es", "reembolsa"),
    # a singular verb by its ending, its plural a word about as common
    ("I nostri volontari non ripara le cose al posto vostro.", "it", "ripara"),
    ("Os alunos almoça em dois turnos.", "pt", "almoça"),
    ("As oficinas realiza-se de terça-feira a sábado.", "pt", "realiza"),  # a pronoun hyphened on
    ("Los niños juega en el jardín.", "es", "juega"),
    ("Todos os utentes deve usar capacete na pista.", "pt", "deve"),
    ("Los niños debe ir acompañados por un adulto.", "es", "debe"),
    (" [los símbolos tiene un prefijo _]", "es", "tiene"),
    ("I bambini deve essere accompagnati da un adulto.", "it", "deve"),
    ("Les enfants doit être accompagnés d'un adulte.", "fr", "doit"),
    # a common verb, after an adjective of the plural's ending
    ("Las cancelaciones posteriores cuesta el 50 % del precio.", "es", "cuesta"),
    ("As sessões abertas começa às 10h00.", "pt", "começa"),
    ("Les tarifs réduits comprend la location.", "fr", "comprend"),
    ("I biglietti costa 5 euro.", "it", "costa"),
    # a subject of phrases joined by "and", maybe with a complement before the verb
    ("Il locale asciugatura, la sala giochi e la cucina per gli ospiti è a disposizione.", "it", "è"),
    ("La piscina y el gimnasio está abierto todo el año.", "es", "está"),
    ("A piscina e o ginásio fecha às 22h00.", "pt", "fecha"),
    ("La piscine et le gymnase est ouvert toute l'année.", "fr", "est"),
    # a singular verb before a plural pronoun (an inverted sentence)
    ("Bij regen moet wij de rondleiding afzeggen.", "nl", "moet"),
    ("Tenzij anders afgesproken, geeft wij een kind nooit mee.", "nl", "geeft"),
    ("Danach muss wir die Rechnung bezahlen.", "de", "muss"),
    # a singular copula right before a plural participle: marked from the one to the other
    ("Têm de ser entregues todas as noites e será devolvidos ao pequeno-almoço.", "pt", "será devolvidos"),
    ("Las columnas de identidad no está soportadas en tablas tipadas.", "es", "está soportadas"),
    ("La modifica di sezioni di array non è ancora implementate.", "it", "è ancora implementate"),
    ("Tout patient de moins de 18 ans doit être accompagnés d'un parent.", "fr", "doit être accompagnés"),
    # a plural verb after a singular subject, maybe with a reflexive pronoun between
    ("Il saldo devono essere versato all'arrivo.", "it", "devono"),
    ("El resto se abonan en la recogida.", "es", "abonan"),
    ("Por cada 10 alunos, um professor acompanhante entram gratuitamente.", "pt", "entram"),
    ("Os frascos têm 1 kg, e cada rótulo devem indicar o lote.", "pt", "devem"),
    ("Le client paient à l'arrivée.", "fr", "paient"),
]


@pytest.mark.parametrize(("target", "lang"), NUMBER_GOOD)
def test_a_verb_of_the_subjects_number_is_silent(target: str, lang: str) -> None:
    assert run("agreement", "The text.", target, "en", lang) == []


@pytest.mark.parametrize(("target", "lang", "marked"), NUMBER_BAD)
def test_a_verb_of_the_other_number_than_its_subject_is_marked(target: str, lang: str, marked: str) -> None:
    issues = run("agreement", "The text.", target, "en", lang)
    assert [i.text for i in issues] == [marked]


# (target, target language): a word of each gender and number beside an article of its own
FORMS_GOOD = [
    ("Reserve la primera clase y todos los asientos.", "es"),
    ("Durante los 3 primeros meses le llamaremos.", "es"),  # a number between
    ("Feche todas as janelas no último dia.", "pt"),
    ("Toda el agua del depósito se cambia.", "es"),  # "el" before a stressed "a"
    ("Todos las conocen desde hace años.", "es"),  # a subject and an object pronoun
    ("Les cellules ont toutes la même largeur.", "fr"),  # a plural "all" floats off its subject
    ("Chiamateci il prima possibile.", "it"),  # "prima" is also "before"
    ("La première fois, tout le monde attend.", "fr"),
    ("Ninguna de las aguas del club es privada.", "es"),
    ("Nessuno dei locali è libero.", "it"),
    ("Nenhuma das janelas abre.", "pt"),
    ("O cartão não pode ser emprestado a terceiros.", "pt"),  # "a" is "to" there
    ("Los niños las ven cada mañana.", "es"),  # a subject and another's pronoun, a plural verb
]

# (target, target language, marked)
FORMS_BAD = [
    ("Reserve el primera clase en línea.", "es", "el primera"),
    ("Feche todos as janelas antes de sair.", "pt", "todos as"),
    ("Cierre todas los ventanas por la noche.", "es", "todas los"),
    ("La premier fois, appelez-nous.", "fr", "La premier"),
    ("Portate tutte i documenti.", "it", "tutte i"),
    ("Durante las 3 primeros meses le llamaremos.", "es", "las 3 primeros"),  # a number between
    # a pronoun of a part of the other gender than its group
    ("Ninguno de las aguas del club es privada.", "es", "Ninguno de las"),
    ("Nessuna dei locali è libero.", "it", "Nessuna dei"),
    # an object said first, taken up by a pronoun of the other gender
    ("Las mesas los monta el personal del hotel.", "es", "los"),
]


@pytest.mark.parametrize(("target", "lang"), FORMS_GOOD)
def test_gendered_words_beside_their_articles_are_silent(target: str, lang: str) -> None:
    assert run("agreement", "The text.", target, "en", lang) == []


@pytest.mark.parametrize(("target", "lang", "marked"), FORMS_BAD)
def test_a_gendered_word_beside_an_article_of_another_form_is_marked(
    target: str, lang: str, marked: str
) -> None:
    issues = run("agreement", "The text.", target, "en", lang)
    assert [i.text for i in issues] == [marked]


def test_gendered_words_need_four_forms() -> None:
    with pytest.raises(ValueError, match="four forms"):
        gendered("primero primera primeros")


# (target, target language): a noun given one gender throughout, or one the data says has two
GENDER_GOOD = [
    ("Lasciate la sauna se vi sentite male; la sauna chiude alle 21.", "it"),
    ("El agua del lago está fría; esta agua no es potable.", "es"),  # "el" before a stressed "a"
    ("Cambie el orden de las páginas si la orden del jefe lo pide.", "es"),  # two nouns
    ("Vous pouvez la retirer, puis le retirer du four.", "fr"),  # pronouns, not determiners
    ("Les processus sont lents; un processus bloque.", "fr"),  # "les" is both genders
    ("Il problema è noto: il problema si ripete.", "it"),
]

# (target, target language, the determiner and noun marked)
GENDER_BAD = [
    ("Uscite subito dal sauna se vi sentite male e non usate la sauna da soli.", "it", "dal sauna"),
    ("Abra el ventana del baño y cierre la ventana de la cocina.", "es", "el ventana"),
    ("Cole uma etiqueta na caixa e escreva o nome do etiqueta.", "pt", "do etiqueta"),
]


@pytest.mark.parametrize(("target", "lang"), GENDER_GOOD)
def test_a_noun_of_one_gender_is_silent(target: str, lang: str) -> None:
    assert run("agreement", "The text.", target, "en", lang) == []


@pytest.mark.parametrize(("target", "lang", "marked"), GENDER_BAD)
def test_a_noun_given_two_genders_is_marked_where_the_paragraph_disagrees(
    target: str, lang: str, marked: str
) -> None:
    assert spans(run("agreement", "The text.", target, "en", lang)) == [marked]


def test_the_paragraphs_other_sentences_tell_the_nouns_gender() -> None:
    pairs = [
        ("Leave the sauna at once.", "Uscite subito dal sauna."),
        ("Ask before using the sauna.", "Chiedete prima di usare la sauna."),
    ]
    document = make_document(pairs, "en", "it")
    document = Document("en", "it", [replace(s, paragraph=1) for s in document.segments])
    context = build_context(document)
    check = get_check("agreement")
    found = [i.text for s in document.segments for i in check.check(s, context)]
    assert found == ["dal sauna"]


# (target, target language): adjectives that agree with the noun before them, adverbs and
# nouns that end alike, and a masculine noun's verb
ATTRIBUTE_GOOD = [
    # ... but a complement's noun: the adjective may be its head's ("documento … válido")
    ("Precisa de um documento de identificação válido e do formulário de inscrição preenchido.", "pt"),
    ("Entréguenselo con instrucciones escritas.", "es"),
    # a relative determiner agrees with what follows it ("cuyos hijos"), not the noun before
    ("La asistencia es obligatoria para las familias cuyos hijos vayan por primera vez.", "es"),
    ("Os sócios cujas quotas estejam pagas podem votar.", "pt"),
    # "a" before "cada" is the preposition ("after each station")
    ("Deite os copos nos contentores a seguir a cada posto.", "pt"),
    # a preposition that ends as an adjective does, before its noun phrase's article
    ("La lingua secondo il locale è disattivata.", "it"),
    # ... or that opens a preposition of two words ("junto a", "vicino alla": next to, near)
    ("A bilheteira junto à entrada principal está aberta das 10h00 às 23h00.", "pt"),
    ("La mesa junto a la ventana está reservada.", "es"),
    ("La fermata vicino alla stazione è chiusa.", "it"),
    # a noun feminine by its ending ("-zione", "-ción"), an elided determiner joined to it
    ("I gruppi necessitano di un'autorizzazione scritta della reception.", "it"),
    ("Traiga una canción corta para la fiesta.", "es"),
    ("Las bolsas negras van en el contenedor gris.", "es"),
    ("Las bolsas solo van en el contenedor gris.", "es"),  # "solo" is an adverb here
    ("Deje las llaves dentro del buzón.", "es"),  # "dentra" is no word
    ("El documento termina en la página cinco.", "es"),  # a verb after a masculine noun
    ("Una volta finito il corso, riceverete un attestato.", "it"),  # "once finished"
    ("Uma vez terminado o prazo, não há reembolso.", "pt"),  # said of "o prazo"
    ("Há uma sala reservada a famílias com crianças.", "pt"),
    # a masculine plural participle after a masculine noun; a feminine one after a feminine noun
    ("No escale los bloques marcados con una cruz.", "es"),
    ("Não escale os blocos marcados com uma cruz vermelha.", "pt"),
    ("Os grupos reservados e as mesas reservadas ficam na sala.", "pt"),
    ("Los datos de las salidas programadas no cambian.", "es"),
    # an adjective that describes the subject, after an object
    ("Não poderá conduzir uma visita sozinho enquanto a formação não estiver concluída.", "pt"),
    ("Vous ne pourrez pas mener une visite seul avant la fin de la formation.", "fr"),
]

# (target, target language, the adjective marked, its fix)
ATTRIBUTE_BAD = [
    # a noun with no determiner, its ending only feminine nouns have
    ("Entréguenselo en su envase original y con instrucciones escritos.", "es", "escritos", "escritas"),
    ("Envie o pedido com autorização assinado pelo encarregado.", "pt", "assinado", "assinada"),
    ("I gruppi necessitano di un'autorizzazione scritto della reception.", "it", "scritto", "scritta"),
    ("Traiga una canción corto para la fiesta.", "es", "corto", "corta"),
    ("Las bolsas negros van en el contenedor gris.", "es", "negros", "negras"),
    ("Lasciate la porta aperto quando uscite dalla sauna.", "it", "aperto", "aperta"),
    ("Deixe a janela aberto durante a limpeza.", "pt", "aberto", "aberta"),
    ("A caixa cheio de livros fica na entrada.", "pt", "cheio", "cheia"),  # no preposition with "de"
    # a feminine plural participle, which no verb form ends as, after a masculine noun
    ("Não escale os blocos marcadas com uma cruz vermelha.", "pt", "marcadas", "marcados"),
    # a participle before the preposition "a" (not the article: it is masculine)
    ("Há uma sala reservado a famílias com crianças.", "pt", "reservado", "reservada"),
    ("Los grupos reservadas para el viernes se reúnen en la entrada.", "es", "reservadas", "reservados"),
]


@pytest.mark.parametrize(("target", "lang"), ATTRIBUTE_GOOD)
def test_an_adjective_that_agrees_is_silent(target: str, lang: str) -> None:
    assert run("agreement", "The text.", target, "en", lang) == []


@pytest.mark.parametrize(("target", "lang", "marked", "fixed"), ATTRIBUTE_BAD)
def test_an_adjective_of_the_other_gender_is_marked(target: str, lang: str, marked: str, fixed: str) -> None:
    issues = run("agreement", "The text.", target, "en", lang)
    assert [(i.text, i.fix.replacement if i.fix else None) for i in issues] == [(marked, fixed)]


# (target, target language): adjectives declined as their determiner asks, and what looks alike
DECLENSION_GOOD = [
    ("Der Pächter erhält einen schriftlichen Hinweis und eine schriftliche Abmahnung.", "de"),
    ("Mit dem nächsten Programmstart gehen die Daten verloren.", "de"),
    ("Eine zweite Person muss die Leiter immer festhalten.", "de"),
    ("Das ist eine der neuen Regeln, keine einen Tag alte.", "de"),
    # a relative pronoun after a comma, with or without a preposition
    ("Das ist der Mann, den schöne Dinge nicht interessieren.", "de"),
    ("Der Punkt, bis zu dem neue Daten geladen werden, ist fest.", "de"),
    # a function word after the determiner; an extended attribute
    ("Der Winkel um den die Beschriftung rotiert wird.", "de"),
    ("Wir reparieren den einige Jahre alten Wagen.", "de"),
    # Dutch: "een" with the bare adjective before a diminutive, "-e" before a common noun;
    # an adjective that ends in "e" itself; "een kleine" for about
    ("Ze dragen een zwart balletpakje en een zwarte broek.", "nl"),
    ("Een oranje balletpakje past bij een kleine tas.", "nl"),
    ("Het kost een kleine 10 euro per maand.", "nl"),
]

# (target, target language, the adjective marked, its fix)
DECLENSION_BAD = [
    (
        "Der Pächter erhält einen schriftliche Abmahnung und hat 28 Tage Zeit.",
        "de",
        "schriftliche",
        "schriftlichen",
    ),
    ("Die Daten gehen mit dem nächste Programmstart verloren.", "de", "nächste", "nächsten"),
    # after "eine" the adjective takes "-e", not "-en"
    ("Eine zweiten Person muss die Leiter immer festhalten.", "de", "zweiten", "zweite"),
    # ... after a preposition the determiner's case may be the slip: no fix
    ("Die Pakete brauchen eine Aktualisierung zu eine neueren Version.", "de", "neueren", None),
    ("Wir danken allen neue Mitgliedern für ihre Geduld.", "de", "neue", "neuen"),
    # a Dutch diminutive is neuter: "een" before it takes the bare adjective, as written alone
    ("Leerlingen dragen een zwarte balletpakje.", "nl", "zwarte", "zwart"),
    ("Ze kreeg een grote cadeautje.", "nl", "grote", "groot"),
    ("Elk kind krijgt een lieve briefje mee.", "nl", "lieve", "lief"),
]


@pytest.mark.parametrize(("target", "lang"), DECLENSION_GOOD)
def test_an_adjective_declined_as_its_determiner_asks_is_silent(target: str, lang: str) -> None:
    assert run("agreement", "The text.", target, "en", lang) == []


@pytest.mark.parametrize(("target", "lang", "marked", "fixed"), DECLENSION_BAD)
def test_an_adjective_declined_against_its_determiner_is_marked(
    target: str, lang: str, marked: str, fixed: str | None
) -> None:
    issues = run("agreement", "The text.", target, "en", lang)
    assert [(i.text, i.fix.replacement if i.fix else None) for i in issues] == [(marked, fixed)]


@pytest.mark.parametrize(
    ("target", "lang", "marked", "fixed"),
    [
        # a masculine title before a woman's first name
        ("La giuria è presieduta dal maestro vetraio Giovanna Ferri.", "it", "dal maestro", "maestra"),
        (
            "Il nostro istruttore capo, Benedetta Galli, vi accoglie.",
            "it",
            "Il nostro istruttore",
            "istruttrice",
        ),
        ("O júri é presidido pelo escultor Rosalina Barros.", "pt", "pelo escultor", "escultora"),
        ("El taller lo dirige nuestro maestro artesano, Rosalía Méndez.", "es", "nuestro maestro", "maestra"),
        # a man's name of a woman's ending, a feminine title, a noun whose other form is a verb's
        ("Il corso è tenuto dal maestro Andrea Costa.", "it", None, None),
        ("Il corso è tenuto dalla maestra Giovanna Ferri.", "it", None, None),
        ("Il progetto Arianna Bianchi è iniziato nel 2020.", "it", None, None),
        ("O júri é presidido pela escultora Rosalina Barros.", "pt", None, None),
        # a key's name, not a woman's: its "surname" is a common English word
        ("Premere il tasto Kana Lock per scrivere in katakana.", "it", None, None),
        # a firm's name of common words
        ("El catering de nuestro colaborador Cocina Lucero cuesta 89 € por persona.", "es", None, None),
    ],
)
def test_a_masculine_title_before_a_womans_name(
    target: str, lang: str, marked: str | None, fixed: str | None
) -> None:
    issues = [i for i in run("agreement", "The text.", target, "en", lang) if "first name" in i.message]
    assert [(i.text, i.message.rsplit("'", 2)[-2]) for i in issues] == ([(marked, fixed)] if marked else [])


@pytest.mark.parametrize(
    ("target", "marked"),
    [
        # a common determiner before a singular neuter noun, or a compound of one
        ("De kleine kaasmuseum is op de eerste verdieping.", "De kleine kaasmuseum"),
        ("Onze proeflokaal is op zaterdag open.", "Onze proeflokaal"),
        ("Stuur de ondertekende reserveringsformulier terug.", "de ondertekende reserveringsformulier"),
        # the neuter article, a plural, a common noun that ends alike ("huur" is no "uur")
        ("Het kleine kaasmuseum en onze proeflokalen zijn open.", None),
        ("De huur van de zaal is inclusief het gebruik van de keuken.", None),
        ("Kinderen die museum en kasteel bezoeken, betalen niets.", None),  # "die": who
    ],
)
def test_a_common_determiner_before_a_neuter_noun(target: str, marked: str | None) -> None:
    issues = [i for i in run("agreement", "The text.", target, "en", "nl") if "is neuter" in i.message]
    assert [i.text for i in issues] == ([marked] if marked else [])
