"""German's words of things and their opposites (``Opposites``), a table of ``de``."""

from __future__ import annotations

from editor.core.languages._text import before_each, phrases, words
from editor.core.opposite_data import Opposites

# The names of a moment an event begins or ends at, with their articles, after "vor", "nach".
_MOMENTS = (
    "- dem der",
    "beginn ende ablauf abschluss start anfang ankunft abfahrt schluss eintreffen termin",
)

OPPOSITES = Opposites(
    time_sides=(("nach", "vor"),),
    trailing_bounds=(
        ("oder mehr", "oder weniger"),
        ("und mehr", "und weniger"),
        ("oder älter", "oder jünger"),
        ("und älter", "und jünger"),
    ),
    inclusive_bounds=phrases(
        "mindestens; höchstens; maximal; minimal; bis zu; oder mehr; und mehr; oder weniger"
    ),
    exclusive_bounds=phrases("mehr als; weniger als"),
    declining_words=words("gegen dagegen verzicht"),
    permission_words=words("erlaubt gestattet zulässig"),
    prohibition_words=words("verboten untersagt unzulässig"),
    required_words=words("pflicht vorgeschrieben obligatorisch muss müssen"),
    surcharge_words=words("aufschlag zuschlag aufpreis"),
    discount_words=words("rabatt ermäßigung nachlass preisnachlass"),
    enabled_words=words("aktiviert eingeschaltet angeschaltet"),
    disabled_words=words("deaktiviert ausgeschaltet abgeschaltet inaktiv"),
    open_words=words("offen offene geöffnet"),
    closed_words=words("geschlossen"),
    easy_words=words("leicht einfach mühelos problemlos"),
    hard_words=words("schwierig mühsam"),
    more_words=words("mehr höher höhere höheren höherer höheres"),
    less_words=words("weniger niedriger niedrigere niedrigeren niedrigerer geringer geringere"),
    morning_words=words("vormittag vormittags morgens frühmorgens"),
    evening_words=words("abend abends abendlich abendliche abendlichen"),
    left_words=words("links linke linken linker linkes linkem linksseitig"),
    right_words=words("rechts rechte rechten rechter rechtes rechtem rechtsseitig"),
    hot_words=words("heiß heiße heißem heißen heißer heißes warm warme warmem warmen warmer warmes"),
    cold_words=words("kalt kalte kaltem kalten kalter kaltes"),
    half_words=words("halb halbe halben halber halbes halbem hälfte"),
    double_words=words("doppelt doppelte doppelten doppelter doppeltes zweimal"),
    high_words=words("hoch hohe hohen hoher hohes"),
    low_words=words("niedrig niedrige niedrigen niedriger niedriges"),
    other_words=words("andere anderen anderer anderes anderem"),
    included_words=words("inklusive inkl einschließlich inbegriffen"),
    excluded_words=words("exklusive exkl ausgenommen zuzüglich zzgl"),
    early_words=words("früh frühe frühen früher frühzeitig frühzeitige"),
    late_words=words("spät späte späten später verspätet verspätete verspäteten"),
    first_words=words("erste ersten erster erstes erstem"),
    last_words=words("letzte letzten letzter letztes letztem"),
    arrival_words=words("ankunft anreise anreisetag"),
    departure_words=words("abfahrt abreise abreisetag abflug"),
    summer_words=words("sommer sommers"),
    winter_words=words("winter winters"),
    upstream_words=phrases("flussaufwärts; stromaufwärts"),
    downstream_words=phrases("flussabwärts; stromabwärts"),
    north_words=phrases("nord; norden; nördlich; nördliche; nördlichen; nördlicher"),
    south_words=phrases("süd; süden; südlich; südliche; südlichen; südlicher"),
    east_words=phrases("ost; osten; östlich; östliche; östlichen; östlicher"),
    west_words=phrases("west; westen; westlich; westliche; westlichen; westlicher"),
    advised_words=words("empfohlen empfehl ratsam"),
    discouraged_words=words("abgeraten abzuraten"),
    minimum_words=words("minimum minimal minimale minimalen mindest mindestens"),
    maximum_words=words("maximum maximal maximale maximalen höchstens"),
    right_adverbs=words("richtig korrekt ordnungsgemäß"),
    wrong_adverbs=words("falsch fehlerhaft"),
    optional_words=words("optional freiwillig fakultativ"),
    mandatory_words=words("pflicht obligatorisch verpflichtend vorgeschrieben"),
    waiting_words=words("warte warten wartet"),
    before_words=words("bevor ehe"),
    # ("vor" and "nach" alone are also "in front of", "ago", "to", "according to": only
    # before the name of a moment, "vor Beginn", "nach dem Ende")
    prior_words=words("bevor zuvor vorher vorab ehe") | before_each("vor", *_MOMENTS),
    after_words=words("nachdem") | before_each("nach", *_MOMENTS),
    behind_words=words("hinter hinterm hinters hinten"),
    front_words=words("vor vorm vors vorne"),
    inside_words=words("drinnen innen"),
    outside_words=words("draußen draussen außen aussen außerhalb ausserhalb"),
    exempt_words=words("befreit befreite befreiten"),
    subject_words=words("unterliegen unterliegt pflichtig"),
    above_words=words("oberhalb"),
    below_words=words("unterhalb"),
)
