"""Classes of deeds: the same collapse, closure or inquiry told in other words."""

from __future__ import annotations

import pytest

from timeline_app.core.reconcile.deeds import deed_classes


@pytest.mark.parametrize(
    ("sentence", "deed"),
    [
        ("Late on Saturday it buckled and dropped into the river.", "collapse"),
        ("Families deserve to know why the structure gave way.", "collapse"),
        ("A pedestrian span came down during gales.", "collapse"),
        ("Police sealed off the road crossing on Sunday.", "close"),
        ("Engineers shut Kingsway to all traffic yesterday.", "close"),
        ("The ministry commissioned an independent investigation.", "investigate"),
        ("The minister ordered an inquiry.", "investigate"),
        ("The firm agreed to set up a fund to compensate residents.", "compensate"),
        ("Die Anwohner sollen eine Entschädigung erhalten.", "compensate"),
        ("Demonstrators demanded the closure of the mine.", "close"),
    ],
)
def test_paraphrases_share_their_class(sentence: str, deed: str) -> None:
    assert deed in deed_classes(sentence)


def test_different_deeds_and_no_deed() -> None:
    assert deed_classes("The new bridge opened to walkers.") == frozenset()
    assert "collapse" not in deed_classes("The harbour flooded after the storm.")
    assert "flood" in deed_classes("The harbour flooded after the storm.")
    assert "sign" not in deed_classes("According to the report, nothing was done.")


def test_a_structure_built_in_several_languages() -> None:
    for sentence in ("The levee, completed in 2016, cost 310 million.", "It was built in 2016.",
                     "Der Deich war im Jahr 2016 fertiggestellt worden.",
                     "El dique roto se había construido en 2016.",
                     "L'argine, inaugurato nel 2016, aveva ceduto.",
                     "Дамба была построена в 2016 году."):
        assert "build" in deed_classes(sentence), sentence
    assert "build" not in deed_classes("Police opened an inquiry.")
    assert "build" not in deed_classes("Construction is expected to start next spring.")


def test_a_form_that_ends_the_word_matches_no_longer_word() -> None:
    assert "meet" in deed_classes("She met the families in the sports hall.")
    assert "meet" not in deed_classes("Mud buried 200 metres of track.")
    assert "ban" not in deed_classes("The minister walked the banks of the river.")
    assert "report" in deed_classes("The survey said so in a report published on Thursday.")
    assert "report" not in deed_classes("A spokesman told reporters the line was closed.")


def test_a_landslide_in_several_languages() -> None:
    for sentence in ("A landslide swept onto the line.", "Der Erdrutsch verschüttete die Bahn.",
                     "Un glissement de terrain a coupé la route.",
                     "El deslizamiento de tierra sepultó la vía."):
        assert "slide" in deed_classes(sentence), sentence


def test_a_ship_aground_and_refloated_in_several_languages() -> None:
    for sentence in ("The cargo ship ran aground off the cape.", "The tanker struck the reef.",
                     "Der Frachter ist vor der Küste auf Grund gelaufen.",
                     "Le cargo s'est échoué près du port.", "El buque encalló frente a la costa."):
        assert "aground" in deed_classes(sentence), sentence
    for sentence in ("Tugs refloated the tanker at high tide.", "The ship floated free at dawn.",
                     "Der Frachter wurde freigeschleppt.", "Le cargo a été renfloué.",
                     "Reflotaron el buque."):
        assert "refloat" in deed_classes(sentence), sentence
    assert "rescue" in deed_classes("Lifeboats brought the crew ashore.")
    assert "protest" in deed_classes("Hundreds stood in the square with banners.")
    assert "build" in deed_classes("The ship entered service in 1999.")


def test_a_refloating_told_with_the_ship_as_a_pronoun_between_verb_and_particle() -> None:
    for sentence in ("Two tugs pulled her off the sandbank at dawn.",
                     "A salvage crew towed it off the shoal on Friday.",
                     "The tide rose and the tugs pulled it free."):
        assert "refloat" in deed_classes(sentence), sentence
    assert "refloat" not in deed_classes("The shop took it off the shelves.")


@pytest.mark.parametrize(("deed", "sentence"), [
    ("emergency", "The province declared a state of emergency on Monday."),
    ("emergency", "Die Regierung rief am Montag den Notstand aus."),
    ("emergency", "La préfecture avait décrété l'état d'urgence le matin même."),
    ("emergency", "El gobierno declaró el estado de emergencia el lunes."),
    ("emergency", "La regione ha dichiarato lo stato di emergenza lunedì."),
    ("emergency", "O governo decretou estado de emergência na segunda-feira."),
    ("celebrate", "The mayor cut a cake to mark the 20th anniversary of the bridge."),
    ("celebrate", "Le 5 mai, le village avait fêté les vingt ans de son pont."),
    ("celebrate", "Am Sonntag wurde das Jubiläum der Brücke gefeiert."),
    ("celebrate", "El pueblo celebró el aniversario del puente."),
    ("celebrate", "Il paese ha festeggiato i vent'anni del ponte."),
    ("visit", "La ministre s'est rendue jeudi à l'hôpital de Tresk."),
    ("visit", "Il ministro si è recato martedì al porto."),
    ("visit", "La ministra se desplazó el martes a la zona inundada."),
])
def test_an_emergency_an_anniversary_and_a_visit_in_several_languages(deed: str,
                                                                        sentence: str) -> None:
    assert deed in deed_classes(sentence)


def test_an_emergency_department_declares_nothing() -> None:
    assert "emergency" not in deed_classes("Ambulances reached the emergency department.")


def test_an_italian_flood_and_a_wall_that_gave_way() -> None:
    said = deed_classes("Il muro, costruito nel 1990, aveva ceduto durante la piena di marzo.")
    assert {"flood", "collapse"} <= said
    assert "flood" not in deed_classes("Il sindaco ha espresso piena fiducia nei tecnici.")


def test_a_refloating_told_with_the_ship_named_between_verb_and_particle() -> None:
    assert "refloat" in deed_classes("Salvors lifted the ship free at dawn.")
    assert "refloat" in deed_classes("Two tugs pulled the vessel free on the evening tide.")


@pytest.mark.parametrize(
    ("sentence", "deed"),
    [
        ("Le toit du hangar s'est effondré dans la nuit.", "collapse"),
        ("L'effondrement de l'immeuble a fait trois morts.", "collapse"),
        ("El techo del polideportivo se hundió el martes.", "collapse"),
        ("Tras el derrumbe del puente, la carretera sigue cortada.", "collapse"),
        ("Der Einsturz der Halle wird untersucht.", "collapse"),
        ("Il crollo del viadotto ha isolato la valle.", "collapse"),
        ("O teto da igreja desabou durante a missa.", "collapse"),
        ("Part of the roof fell in during the night shift.", "collapse"),
        ("The last climber was winched to safety at dawn.", "rescue"),
        ("Die Verschütteten wurden nach oben geholt.", "rescue"),
        ("Os pescadores foram resgatados ao largo.", "rescue"),
        ("Gli escursionisti sono stati tratti in salvo.", "rescue"),
        ("The school, opened in 1962, will close.", "open"),
        ("La gare, ouverte en 1901, sera rénovée.", "open"),
        ("El estadio, abierto en 1957, será demolido.", "open"),
        ("Die Brücke ist seit 1930 in Betrieb.", "open"),
        ("Engineers had warned of cracks in March.", "warn"),
        ("Os técnicos tinham alertado a câmara.", "warn"),
        ("La società era stata avvertita dagli ispettori.", "warn"),
        ("At the hearing, senators asked why.", "hear"),
        ("Die Anhörung im Ausschuss dauerte drei Stunden.", "hear"),
        ("Rescuers made contact with the cavers on Friday.", "contact"),
        ("Les plongeurs ont trouvé des signes de vie.", "contact"),
        ("Los equipos establecieron contacto con los atrapados.", "contact"),
        ("La police a perquisitionné le siège du club.", "search"),
        ("Die Polizei durchsuchte die Büros der Firma.", "search"),
    ],
)
def test_collapse_rescue_opening_warning_hearing_contact_search(sentence: str, deed: str) -> None:
    assert deed in deed_classes(sentence)


def test_other_meanings_of_the_new_words_tell_no_deed() -> None:
    assert "collapse" not in deed_classes("Prices fell on Tuesday after the fall in demand.")
    assert "open" not in deed_classes("The hole opened into the chamber.")
    assert "rescue" not in deed_classes("The question was brought up in the debate.")
    assert "contact" not in deed_classes("Media contact: press office.")
    assert "warn" not in deed_classes("The ferry sails late because of storm warnings.")
