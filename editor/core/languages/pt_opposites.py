"""Portuguese's words of things and their opposites (``Opposites``), a table of ``pt``."""

from __future__ import annotations

from editor.core.languages._text import phrases, words
from editor.core.opposite_data import Opposites

OPPOSITES = Opposites(
    time_sides=(("depois de", "antes de"), ("depois das", "antes das"), ("depois", "antes")),
    trailing_bounds=(("ou mais", "ou menos"),),
    inclusive_bounds=phrases(
        "pelo menos; no mínimo; no máximo; um mínimo de; um máximo de; até; ou mais; ou menos"
    ),
    exclusive_bounds=phrases("mais de; menos de"),
    declining_words=words("renunci desist"),
    permission_words=words("permitid autorizad"),
    prohibition_words=words("proibid"),
    required_words=words("obrigatóri deve devem"),
    surcharge_words=words("sobretaxa acréscimo"),
    discount_words=words("desconto redução"),
    enabled_words=words("ativad habilitad"),
    disabled_words=words("desativad desabilitad desligad"),
    open_words=words("aberto aberta abertos abertas"),
    closed_words=words("fechad"),
    easy_words=words("fácil fáceis facilmente facilidade"),
    hard_words=words("difícil difíceis dificilmente dificuldade"),
    more_words=words("mais maior maiores superior"),
    less_words=words("menos menor menores inferior"),
    morning_words=words("manhã manhãs matinal"),
    evening_words=words("noite noites serão serões noturno noturna"),
    left_words=words("esquerda esquerdo esquerdas esquerdos"),
    right_words=words("direita direitas"),
    behind_words=words("atrás detrás"),
    front_words=words("frente"),  # ("em frente a", "à frente")
    inside_words=words("dentro interior interiores"),
    outside_words=words("fora exterior exteriores"),
    exempt_words=words("isento isenta isentos isentas dispensad"),
    subject_words=words("sujeito sujeita sujeitos sujeitas"),
    above_words=words("acima"),
    below_words=words("abaixo"),
    hot_words=words("quente quentes"),
    cold_words=words("frio fria frios frias"),
    half_words=words("metade meia"),
    double_words=words("dobro duplo dupla"),
    high_words=words("alto alta altos altas"),
    low_words=words("baixos baixas"),
    other_words=words("outro outra outros outras"),
    included_words=words("incluído incluída incluídos incluídas incluindo"),
    excluded_words=words("excluído excluída excluídos excluídas excluindo"),
    early_words=words(
        "cedo adiantado adiantada adiantados adiantadas antecedência "
        "antecipado antecipada antecipados antecipadas"
    ),
    late_words=words("atrasado atrasada atrasados atrasadas atraso tardio tardia tardios tardias"),
    first_words=words("primeiro primeira primeiros primeiras"),
    last_words=words("último última últimos últimas"),
    arrival_words=words("chegada chegadas"),
    departure_words=words("partida partidas"),
    summer_words=words("verão verões"),
    winter_words=words("inverno invernos"),
    upstream_words=phrases("a montante; rio acima"),
    downstream_words=phrases("a jusante; rio abaixo"),
    north_words=phrases("norte; setentrional"),
    south_words=phrases("sul; meridional"),
    east_words=phrases("leste; a este; oriental; orientais"),
    west_words=phrases("oeste; ocidental; ocidentais"),
    advised_words=words("recomend aconselh"),
    discouraged_words=words("desaconselh"),
    minimum_words=words("mínimo mínima mínimos mínimas"),
    maximum_words=words("máximo máxima máximos máximas"),
    prior_words=words("antes"),
    after_words=words("depois"),
    right_adverbs=words("corretamente"),
    wrong_adverbs=words("mal incorretamente"),
    optional_words=words("opcional opcionais facultativ"),
    mandatory_words=words("obrigatóri"),
    waiting_words=words("espere esperem esperar espera aguarde aguardem aguardar"),
    before_words=words("antes"),
)
