"""Events: who speaks and who acts (marsad.events): a speaker who tells of its own act, speakers
named far from their verb, outlets, described subjects and parties bound to what follows them.

Each rule is shown with a sentence written for these tests (none is copied from a data set).
"""

from __future__ import annotations

import pytest

from marsad.pipeline import process


def only(body: str) -> dict:
    evs = process(body, published="2021-03-10").layers["events"]
    assert len(evs) == 1, [(e["type"], e["trigger"]["text"]) for e in evs]
    return evs[0]


def names(parties: list[dict]) -> list[str]:
    return [p["name"] for p in parties]


# -- a pronoun of أن/إن right before the act refers to the speaker: it did it itself -------------


@pytest.mark.parametrize(
    "sentence, actor",
    [
        ("وأعلنت الشرطة الفرنسية أنها اعتقلت ثلاثة أشخاص في باريس.", "الشرطة الفرنسية"),
        ("وأعلنت إسرائيل أنها قصفت مواقع في غزة.", "إسرائيل"),
        ("وذكرت وزارة الدفاع التركية أنها نفذت غارات على مواقع في شمال العراق.", "وزارة الدفاع التركية"),
        ("وجاء في بيان صادر عن قوى الأمن الداخلي أنها أوقفت ثلاثة أشخاص في بيروت.", "قوى الأمن الداخلي"),
    ],
)
def test_speaker_who_did_it(sentence: str, actor: str) -> None:
    ev = only(sentence)
    assert names(ev["actors"])[0] == actor
    assert actor not in names(ev["places"])


def test_speaker_stance_is_no_act() -> None:
    # إنها تدين الهجوم: the government condemns an attack, it did not make it
    ev = only("وقالت الحكومة إنها تدين الهجوم على السفارة في كابول.")
    assert "الحكومة" not in names(ev["actors"])


# -- a speaker named far from its verb of reporting, and the outlet it spoke to ---------------------


def test_speaker_far_from_its_verb() -> None:
    ev = only("وقال مساعد المتحدث باسم وزارة الدفاع العراقية، أحمد كريم، لوكالة رويترز إن انفجارا وقع في سوق ببغداد.")
    assert ev["actors"] == []
    assert "بغداد" in names(ev["places"])


def test_name_in_the_speakers_words_is_no_speaker() -> None:
    # a name after إن is what the speaker tells of: it stays a party
    ev = only("وقال السفير في بيان نشره أمس إن إسرائيل شنت غارات على مواقع في سوريا.")
    assert names(ev["actors"])[0] == "إسرائيل"


# -- the subject of an active verb described by a nationality: هاجم شاب نمساوي ---------------------


def test_described_subject_of_verb() -> None:
    ev = only("هاجم شاب نمساوي حارسا بسكين أمام السفارة في فيينا.")
    assert "شاب نمساوي" in names(ev["actors"])


def test_nationality_after_ala_is_the_target() -> None:
    ev = only("وأطلق شرطي إسرائيلي النار على فلسطيني قرب الخليل.")
    assert "شرطي إسرائيلي" in names(ev["actors"])
    assert "فلسطين" in names(ev["targets"])
    assert "فلسطين" not in names(ev["actors"])


def test_bound_head_alone_is_no_party() -> None:
    # كل القوى: قوى makes a party only with the words after it
    assert process("ندعو كل القوى إلى المشاركة في المعركة الفاصلة.").layers["events"] == []


# -- another of its kind in a round-up was done by the same hands ---------------------------------


def test_round_up_takes_the_actors_before() -> None:
    evs = process(
        "وشنت طائرات التحالف غارات على مواقع للمتمردين في صعدة. كذلك استهدفت غارات أخرى مخازن سلاح قرب الميناء.",
        published="2021-03-10",
    ).layers["events"]
    assert len(evs) == 2
    assert names(evs[1]["actors"])[0] == "طائرات التحالف"


def test_round_up_keeps_its_own_actors() -> None:
    evs = process(
        "وشنت طائرات التحالف غارات على مواقع في صعدة. وشن الجيش الأمريكي ضربات أخرى على مواقع قرب الميناء.",
        published="2021-03-10",
    ).layers["events"]
    assert "طائرات التحالف" not in names(evs[-1]["actors"])


def test_owner_of_the_target_is_no_actor() -> None:
    # على مواقع للحوثيين: the Houthis own what was hit
    ev = only("وشنت طائرات التحالف غارات على مواقع للحوثيين في صعدة.")
    assert "الحوثيين" not in names(ev["actors"])
    assert names(ev["actors"])[0] == "طائرات التحالف"


# -- a dual told part by part with ordinals is two events ---------------------------------------


def test_dual_told_by_ordinals_is_two_events() -> None:
    evs = process(
        "ووقع في العاصمة انفجاران أمس، الأول في سوق الخضار والثاني قرب مسجد الحي، وأسفرا عن سقوط ضحايا.",
        published="2021-03-10",
    ).layers["events"]
    attacks = [e for e in evs if e["type"] == "attack"]
    assert len(attacks) == 2
    assert attacks[0]["evidence"]["text"].startswith("الأول في سوق")
    assert attacks[1]["evidence"]["text"].startswith("والثاني قرب")


def test_ordinals_describing_a_noun_split_nothing() -> None:
    evs = process("وشنت الطائرات غارتين على مواقع الصفين الأول والثاني في المدينة.").layers["events"]
    assert len(evs) == 1
