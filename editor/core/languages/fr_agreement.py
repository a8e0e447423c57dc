"""French gender and number agreement (``Agreement``), a table of ``fr``."""

from __future__ import annotations

from editor.core.agreement_data import Agreement
from editor.core.languages._text import gendered, words

AGREEMENT = Agreement(
    gendered_words=gendered(
        "premier première premiers premières; dernier dernière derniers dernières; "
        "prochain prochaine prochains prochaines"
    ),
    all_forms=("tout", "toute", "tous", "toutes"),
    subjects=((words("le un ce cet"), words("la une cette")), (words("les ces"), words("les ces"))),
    copulas=(
        words("est était sera reste semble demeure serait")
        | frozenset({"doit être", "peut être", "devra être", "pourra être", "doit rester"}),
        words("sont étaient seront restent semblent demeurent seraient")
        | frozenset({"doivent être", "peuvent être", "devront être", "pourront être", "doivent rester"}),
    ),
    singular_predicates=("é", "ée", "ble", "uit", "uite", "if", "ive"),
    plural_ending="s",
    depictives=words("seul seuls seule seules ensemble même mêmes"),
    adverb_ending="ment",
    predicate_adverbs=words(
        "ne n pas plus toujours très bien déjà trop peu encore jamais vivement fortement également "
        "aussi souvent entièrement"
    ),
    predicate_endings=(("é", "ée"), ("és", "ées")),
    plural_participles=("és", "ées"),
    adjective_endings=("", "e"),
    neutral_determiners=words("chaque"),
    of_words=words("de du"),  # ("une copie de l'attestation d'assurance doit être envoyée")
    verb_plurals=(("e", "ent"),),
    singular_verb_endings=("vient", "tient"),  # "survient", "obtient"
    singular_verbs=words(
        "doit peut a va coûte comprend inclut offre dure commence termine ouvre ferme paie reçoit"
    ),
    clitics=words("le la les"),
    both_genders=words("livre mode manche tour poste somme voile mémoire physique critique"),
    masculine=words("un le du au ce cet"),
    feminine_endings=("tion", "tions", "sion", "sions"),
    # ("-ier" first: the singular's ending a subject's gender is told by, "chaque atelier")
    masculine_endings=("ier", "iers", "ment", "ments", "isme", "ismes"),
    not_masculine=("jument", "juments"),
    exceptions=words("bastion bastions cation cations"),
)
