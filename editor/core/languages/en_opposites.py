"""English's words of things and their opposites (``Opposites``), a table of ``en``."""

from __future__ import annotations

from editor.core.languages._text import phrases, words
from editor.core.opposite_data import Opposites

OPPOSITES = Opposites(
    time_sides=(("after", "before"),),
    trailing_bounds=(
        ("or more", "or less"),
        ("or more", "or fewer"),
        ("or over", "or under"),
        ("and over", "and under"),
        ("or above", "or below"),
        ("and above", "and below"),
        ("or older", "or younger"),
        ("and older", "and younger"),
        ("or higher", "or lower"),
    ),
    inclusive_bounds=phrases(
        "at least; at most; no less than; no fewer than; a minimum of; a maximum of; minimum; maximum; "
        "up to; or more; or over; or older; and over; or less; or fewer; or younger; and under"
    ),
    exclusive_bounds=phrases("more than; less than; fewer than; older than; younger than"),
    choice_verbs=words(
        "decide decides decided deciding choose chooses chose choosing opt opts opted opting prefer "
        "prefers preferred elect elects elected"
    ),
    declining_words=words("against decline declining refrain"),
    permission_words=words("allowed permitted"),
    prohibition_words=words("forbidden prohibited banned"),
    required_words=words("must compulsory mandatory required obligatory"),
    surcharge_words=words("surcharge"),
    discount_words=words("discount reduction"),
    enabled_words=frozenset({"enabled", "activated", "switched on", "turned on", "on by default"}),
    disabled_words=frozenset({"disabled", "deactivated", "switched off", "turned off", "off by default"}),
    open_words=words("open"),
    closed_words=words("closed shut"),
    easy_words=words("easy easily easier easiest effortless"),
    hard_words=words("difficult"),
    more_words=words("more"),
    less_words=words("less fewer cheaper"),  # (cheaper: less to pay)
    morning_words=words("morning mornings"),
    evening_words=words("evening evenings"),
    left_words=words("left left-hand"),  # (also a verb: the opposite must stand near it)
    right_words=words("right right-hand"),
    behind_words=words("behind"),
    front_words=words("front"),  # ("in front of")
    inside_words=words("inside indoors indoor"),
    outside_words=words("outside outdoors outdoor"),
    exempt_words=words("exempt exempted"),
    subject_words=phrases("subject to; liable to"),
    above_words=words("above"),
    below_words=words("below"),
    lack_pairs=(
        ("no", "missing"),
        ("nothing", "missing"),
        ("none", "missing"),
        ("no", "absent"),
        ("no", "lacking"),
    ),
    hot_words=words("hot warm"),
    cold_words=words("cold"),
    half_words=words("half"),
    double_words=words("double twice"),
    high_words=words("tall high"),
    low_words=words("low"),
    other_words=words("other others another"),
    included_words=words("including included inclusive incl"),
    excluded_words=words("excluding excluded excl"),
    early_words=words("early"),
    late_words=words("late"),
    first_words=words("first"),
    last_words=words("last"),
    arrival_words=words("arrival arrivals"),
    departure_words=words("departure departures"),
    summer_words=words("summer"),
    winter_words=words("winter"),
    upstream_words=phrases("upstream; up-river; upriver"),
    downstream_words=phrases("downstream; down-river; downriver"),
    north_words=phrases("north; northern; northbound; northwards; northward"),
    south_words=phrases("south; southern; southbound; southwards; southward"),
    east_words=phrases("east; eastern; eastbound; eastwards; eastward"),
    west_words=phrases("west; western; westbound; westwards; westward"),
    advised_words=words("recommend advisable advised"),
    discouraged_words=words("discourag inadvisable"),
    participle_prefixes=("un", "non"),
    without_endings=("-free",),
    minimum_words=words("minimum minimal"),
    maximum_words=words("maximum maximal"),
    lacking_verbs=words("miss misses missed lacks failed fails"),
    prior_words=words("before"),
    after_words=words("after"),
    right_adverbs=words("properly correctly right"),
    wrong_adverbs=words("badly wrongly incorrectly improperly"),
    optional_words=words("optional optionally voluntary"),
    mandatory_words=words("mandatory compulsory obligatory required"),
    waiting_words=words("wait"),
    before_words=words("before"),
)
