"""Session 29.

Events: people named by their nationality whom an arrest or a killing took (اعتقلت الشرطة 20
فلسطينيا) are whom it was done to, not who did it, in every telling of the event (a second trigger
after them, خلال حملة مداهمات, reads them as its subject).
"""

from __future__ import annotations

from tests.events_helpers import events, names


def test_people_of_a_nation_taken_by_an_arrest_are_its_targets_not_its_actors() -> None:
    ev = [e for e in events("واعتقلت الشرطة 20 أردنيا في مدينة إربد أمس.") if e["type"] == "arrest"]
    assert len(ev) == 1
    assert names(ev[0]["actors"]) == ["الشرطة"]
    assert "أردنيا" in names(ev[0]["targets"])


def test_a_second_telling_of_the_arrest_does_not_make_them_its_actors() -> None:
    text = "واعتقلت قوات الأمن 15 عراقيا خلال حملة مداهمات في محافظة ديالى."
    ev = [e for e in events(text) if e["type"] == "arrest"]
    assert len(ev) == 1 and len(ev[0]["triggers"]) == 2
    assert not {"عراقيا", "العراق"} & set(names(ev[0]["actors"]))
    assert "عراقيا" in names(ev[0]["targets"])


def test_people_of_a_nation_who_act_stay_its_actors() -> None:
    ev = [e for e in events("وتظاهر آلاف اللبنانيين في وسط بيروت مساء السبت.") if e["type"] == "protest"]
    assert len(ev) == 1
    assert "اللبنانيين" in names(ev[0]["actors"])
