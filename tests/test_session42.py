"""Session 42.

Figures: a definite dual people noun right after a verb of harm and its subject is a figure of its own,
with no class from the subject: "واعتقلت الشرطة الرجلين" = 2 captured, victims unspecified (the police
did the arresting; before, the dual was read as a definite number after the police, "الجنود الستة").
أخوين is a dual of brothers (figures_victims): "اعتقلت السلطات الأخوين" = 2 captured. أجلوا takes its
people on either side (sense persons): "إن 3100 شخص أجلوا من منازلهم" = 3100 displaced; "أجلوا
الاجتماع" (postponed) counts no one.

Statements: a record "صادر عن" a body is that body's (as "بيان للجيش" is the army's): "وقال بيان صادر
عن الإذاعة الرسمية إن" is the radio's, with the record's whole phrase among its names, and the body
after عن is no channel. A later "البيان" names the body that issued it: "وأكد البيان" after "بحسب بيان
صادر عن الديوان الملكي" is the court's.

A pronoun right before a verb is its subject: a pronoun lead with a pronoun suffix (لكنه، إنها،
أنهم) or a pronoun alone (adjunct kind subject_pronoun: هو، وهي). The noun after the verb is then
its object, not its speaker: "لكنه حث الزعيم الكوري الشمالي على" is his, not the leader's. لكن alone
carries no one ("لكن أكد القائد" is the captain's), nor does the end of a name.

A he named right after a she-verb is its object, so no referent for a later pronoun of hers: "وطردت
السفير الإسرائيلي، واعتبرته" is Turkey's, not the ambassador's; and a state right after a she-verb
is its subject, a referent ("قررت تركيا طرد السفير، واعتبرته"). A plural noun in ات is no she-verb
("تهديدات الرئيس الإيراني، حسن روحاني ... على حد وصفه" is still Rouhani's).

Figures: فقد right before a verb is فـ and قد, no verb of losing, wherever the people stand: "فقد
اعتقلت الشرطة رجلين" = 2 captured, no one missing (as "فقد حكم عليه" was already for a number). A
number set off by a comma does not swallow a casualty word after it: "وإلى جانب هؤلاء الثلاثة، اعتقل
رجل" = 1 captured. Generations are no people (figures_units: أجيال، جيلين): "ثلاثة أجيال من
الناشطات" counts none. The present of abducting (يختطف، تختطف، يختطفون) is a verb of capture:
"وتختطف العشرات" = 10 captured, at least.

Events: a verb of killing with its doer named reaches whom it killed over a day set off by commas
(or a day alone) and a dual of a word for people (events_context class victim_dual: شابين): "قتل الجيش
الإسرائيلي، الجمعة، شابين فلسطينيين" is the army's attack on that Friday.
"""

from __future__ import annotations

from marsad.pipeline import process
from tests.claims_helpers import figs, said, short, stmts


def test_a_definite_dual_after_the_police_takes_no_class_from_them() -> None:
    assert short("واعتقلت الشرطة الرجلين بعد مطاردة قصيرة.") == [(2, "captured", "unspecified")]


def test_a_definite_number_after_its_noun_still_reads_it() -> None:
    assert short("وقتل الجنود الستة في الكمين.") == [(6, "killed", "military")]


def test_two_brothers_are_two() -> None:
    assert short("اعتقلت السلطات الأخوين في خطوة مفاجئة.") == [(2, "captured", "civilian")]


def test_people_evacuated_before_the_passive_verb() -> None:
    out = figs("وقالت الوكالة إن 3100 شخص أجلوا من القرى المجاورة للبركان.")
    assert [(c["count"], c["outcome"]) for c in out] == [(3100, "displaced")]


def test_a_postponed_meeting_counts_no_one() -> None:
    assert short("وأجلوا الاجتماع الثالث إلى موعد لاحق.") == []


def test_a_record_issued_by_a_body_is_the_bodys() -> None:
    out = stmts("وصل الوفد. وقال بيان صادر عن الإذاعة الرسمية إن الخطوة ضرورية لوقف الاحتجاجات.")
    assert [s["speaker"]["name"] for s in out] == ["الإذاعة الرسمية"]
    assert "بيان صادر عن الإذاعة الرسمية" in out[0]["speaker"]["names"]
    assert out[0]["via"] == []


def test_the_record_named_again_is_its_issuers() -> None:
    out = said(
        "أجرى رئيس الوزراء تعديلا في حكومته، بحسب بيان صادر عن الديوان الملكي. "
        'وأكد البيان "الموافقة على التعديل الجديد".'
    )
    assert [x[0] for x in out] == ["الديوان الملكي", "الديوان الملكي"]


def test_a_pronoun_lead_is_the_subject_before_an_object() -> None:
    out = said("قال ترامب إن القمة ألغيت، لكنه حث الزعيم الكوري الشمالي على أن يتصل به.")
    assert [x[0] for x in out] == ["ترامب", "ترامب"]
    out = said("وقالت الوزيرة إن الوضع صعب. وهي دعت الحكومة إلى الحوار.")
    assert [x[0] for x in out] == ["الوزيرة", "الوزيرة"]


def test_but_alone_carries_no_one() -> None:
    assert said("لكن أكد القائد المهدي بنعطية أن الفريق جاهز للمباراة.")[0][0] == "القائد المهدي بنعطية"


def test_a_he_after_a_she_verb_is_no_referent() -> None:
    out = said("قالت تركيا إن القرار نهائي. وطردت السفير الإسرائيلي، واعتبرته شخصا غير مرغوب فيه.")
    assert [x[0] for x in out] == ["تركيا", "تركيا"]


def test_a_state_after_a_she_verb_is_a_referent() -> None:
    out = said("قررت تركيا، الثلاثاء، طرد السفير الإسرائيلي، واعتبرته شخصا غير مرغوب فيه.")
    assert [x[0] for x in out] == ["تركيا"]


def test_a_plural_in_at_is_no_she_verb() -> None:
    out = said(
        'فلم تغير تهديدات الرئيس الإيراني، حسن روحاني، بأن "الحرب مع إيران ستكون أم كل الحروب" '
        "شيئا من موقف واشنطن، على حد وصفه."
    )
    assert [x[0] for x in out] == ["الرئيس الإيراني، حسن روحاني"]


def test_fa_qad_before_a_verb_loses_no_one() -> None:
    assert short("وبناء على ذلك، فقد اعتقلت الشرطة رجلين.") == [(2, "captured", "unspecified")]


def test_a_force_that_lost_two_still_lost_them() -> None:
    assert short("فقد الجيش جنديين في المعركة.") == [(2, "missing", "military")]


def test_a_number_before_a_comma_leaves_the_casualty_word_after_it() -> None:
    assert short("وإلى جانب هؤلاء الثلاثة، اعتقل رجل من أصل إيراني في فرنسا.") == [(1, "captured", "unspecified")]


def test_generations_are_no_people() -> None:
    assert short("ويشمل المعتقلات ثلاثة أجيال من الناشطات.") == []
    assert short("واعتقلت الشرطة ثلاثة من الناشطات.") == [(3, "captured", "civilian")]


def test_the_present_of_abducting() -> None:
    out = figs("ميليشيا الحوثي تقتحم جامعة صنعاء وتختطف العشرات")
    assert [(c["count"], c["outcome"], c["qualifier"]) for c in out] == [(10, "captured", "at_least")]


def test_a_killer_over_a_day_between_commas_is_an_attack() -> None:
    doc = process("قتل الجيش الإسرائيلي، الجمعة، شابين فلسطينيين شرق القطاع.", published="2018-08-17")
    out = [(e["type"], e["trigger"]["text"], e["date"]) for e in doc.layers["events"]]
    assert [(t, w) for t, w, _ in out] == [("attack", "قتل")]
    assert out[0][2] == "2018-08-17"
    assert "الجيش الإسرائيلي" in [a["name"] for a in doc.layers["events"][0]["actors"]]


def test_a_killer_with_no_one_after_it_is_still_no_attack() -> None:
    doc = process("قتل الجيش، الجمعة، في المدينة.", published="2018-08-17")
    assert [e["type"] for e in doc.layers["events"]] == []
