"""Session 32.

Events: the dateline that opens an article's body (عمّان، الأردن (CNN) -- ) names where the report
was written: its city and country are no place of the events its first sentence tells, and the
evidence starts after all of its dashes.
"""

from __future__ import annotations

from tests.events_helpers import events, names, only


def test_a_datelines_city_and_country_are_no_place_of_the_act() -> None:
    ev = only("عمّان، الأردن (CNN) -- قصفت طائرات حربية مواقع للمسلحين في ريف حلب، الأحد.")
    assert names(ev["places"]) == ["ريف حلب"]
    assert ev["evidence"]["text"].startswith("قصفت طائرات")


def test_a_dateline_alone_gives_no_place() -> None:
    ev = only("بيروت (رويترز) - اعتقلت الشرطة خمسة أشخاص يشتبه بانتمائهم إلى خلية مسلحة.")
    assert ev["type"] == "arrest"
    assert ev["places"] == []


def test_brackets_and_a_dash_later_in_the_body_are_no_dateline() -> None:
    evs = events(
        "أعلنت الشرطة اعتقال رجلين في باريس، الأحد.\n"
        "وقصفت طائرات (روسية) - بحسب المرصد - مواقع في إدلب."
    )
    attack = [e for e in evs if e["type"] == "attack"]
    assert len(attack) == 1
    assert names(attack[0]["places"]) == ["إدلب"]


def test_the_subject_after_kana_did_the_act_of_the_verb() -> None:
    ev = only("وكانت تركيا قد قصفت مواقع للمسلحين في شمال العراق.")
    assert names(ev["actors"])[:1] == ["تركيا"]
    assert "تركيا" not in names(ev["places"])


def test_names_joined_after_kana_all_did_it_with_or_without_qad() -> None:
    for body in (
        "وكانت روسيا وإيران قد شنت ضربات على مواقع في إدلب.",
        "وكانت روسيا وإيران شنت ضربات على مواقع في إدلب.",
    ):
        ev = only(body)
        assert names(ev["actors"])[:2] == ["روسيا", "إيران"], body


def test_a_passive_after_kana_keeps_its_subject_out_of_the_actors() -> None:
    ev = only("وكان الصحفي جون سميث قد اعتقل في سوريا عام 2016.")
    assert "جون سميث" not in names(ev["actors"])


def test_the_subject_of_a_reporting_verb_after_kana_is_not_the_subject_of_the_act() -> None:
    ev = only("وكانت روسيا قد أكدت الأحد شن طائرات النظام غارة على ريف حماة.")
    assert names(ev["actors"])[:1] != ["روسيا"]


def test_rioters_are_a_described_party() -> None:
    ev = only("وهاجم مشاغبون متجرا في وسط المدينة.")
    assert names(ev["actors"]) == ["مشاغبون"]
