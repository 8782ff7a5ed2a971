"""Session 31.

Figures: a word after the people counted that tells how they were harmed and is no casualty word
there (قتل مسلح 6 أشخاص طعنا) leaves the number to the verb before it; for a part (بينهم 3 رجال طعنا)
to its head. A number conjoined after people (17 شخصا و12 جريحا) has its own counted noun; that noun
is not the first number's, whose word of harm stands before it (راح ضحية المجزرة). The feminine plural
"others" (وأصاب 14 أخريات) counts people as آخرين does.
"""

from __future__ import annotations

from marsad.pipeline import process
from tests.events_helpers import events, names, one_of


def _figures(text: str) -> list[tuple[int, str]]:
    return [(f["count"], f["outcome"]) for f in process(text, published="2018-05-01").layers["casualties"]]


def test_a_manner_word_after_the_people_leaves_the_count_to_the_verb_before() -> None:
    assert _figures("وقتل رجل من أصل مغربي 5 أشخاص طعنا في سوق المدينة.") == [(5, "killed")]


def test_a_part_with_a_manner_word_after_it_takes_its_heads_harm() -> None:
    assert _figures("وقتل المهاجم 7 أشخاص بينهم 4 نساء طعنا.") == [(7, "killed"), (4, "killed")]


def test_a_stabbing_verb_before_its_people_still_wounds() -> None:
    assert _figures("وطعن رجل 3 أشخاص في محطة القطار.") == [(3, "injured")]


def test_a_number_conjoined_with_its_own_counted_noun_keeps_it() -> None:
    assert _figures("وراح ضحية الهجوم 21 شخصا و 40 جريحا.") == [(21, "killed"), (40, "injured")]
    assert _figures("وراح ضحية الهجوم 21 شخصا و40 جريحا.") == [(21, "killed"), (40, "injured")]


def test_conjoined_numbers_still_share_the_verb_after_them() -> None:
    assert _figures("وأفاد المصدر بأن 9 رجال و 6 نساء قتلوا في القصف.") == [(9, "killed"), (6, "killed")]


def test_the_feminine_plural_others_counts_people() -> None:
    assert _figures("وقتل المسلح طالبتين وأصاب 11 أخريات.") == [(2, "killed"), (11, "injured")]


def test_a_part_beside_a_word_of_another_sense_takes_its_heads_harm() -> None:
    # اختناق counts cases only right after its number; the part after it is the injured's
    text = 'وأشار المتحدث إلى "230 إصابة بجراح مختلفة واختناق بالغاز من بينهم 9 بحالة خطيرة".'
    assert _figures(text) == [(230, "injured"), (9, "injured")]


def test_a_toll_reaches_its_number_over_a_day_in_its_phrase() -> None:
    text = "وبذلك يرتفع عدد القتلى الذين سقطوا منذ بدء المسيرات في 30 آذار/مارس الماضي إلى 61، بحسب الوزارة."
    assert _figures(text) == [(61, "killed")]


def _victims(text: str) -> list[tuple[int, str]]:
    return [(f["count"], f["victims"]) for f in process(text, published="2018-05-01").layers["casualties"]]


def test_the_agent_in_a_tolls_relative_clause_is_not_the_harmed() -> None:
    text = "وارتفع عدد القتلى الفلسطينيين الذين سقطوا برصاص الجيش الإسرائيلي إلى 61."
    assert _victims(text) == [(61, "unspecified")]
    assert _victims("وارتفع عدد القتلى من الجنود الذين سقطوا برصاص المسلحين إلى 14.") == [(14, "military")]


def test_a_part_under_half_the_whole_leaves_the_wholes_kind_untold() -> None:
    text = "وقتل نحو 12 ألف شخص في الحرب بينهم 2500 طفل."
    assert _victims(text) == [(12000, "unspecified"), (2500, "civilian")]


def test_a_part_of_most_of_the_whole_still_tells_its_kind() -> None:
    text = "وقتل 20 شخصا في الغارة بينهم 15 مدنيا."
    assert _victims(text) == [(20, "civilian"), (15, "civilian")]


def test_a_part_told_by_a_word_of_many_still_tells_the_wholes_kind() -> None:
    text = "وتكبد المسلحون خلال المعارك الأخيرة في محيط المدينة الساحلية نحو 800 قتيل وجريح، بينهم عشرات من الجنود."
    assert _victims(text) == [(800, "military"), (10, "military")]


def test_a_nationality_of_descent_is_no_country_that_acted() -> None:
    ev = one_of("وهاجم رجل مغربي الأصل المارة بسكين في مدينة ليون.", "attack")
    assert names(ev["actors"]) == ["رجل مغربي الأصل"]
    ev = one_of("وأطلق شاب من أصول صومالية النار على المصلين في مسجد بالمدينة.", "attack")
    assert names(ev["actors"]) == ["شاب من أصول صومالية"]


def test_one_of_descent_taken_is_no_actor() -> None:
    ev = one_of("واعتقل رجل من أصل تونسي في مدينة نيس على خلفية الهجوم.", "arrest")
    assert "تونس" not in names(ev["actors"])
    assert "رجل من أصل تونسي" not in names(ev["actors"])


def test_a_nationality_without_descent_still_gives_its_country() -> None:
    ev = one_of("وأطلق شاب صومالي النار على المصلين في مسجد بالمدينة.", "attack")
    assert names(ev["actors"]) == ["شاب صومالي", "الصومال"]


def test_one_harmed_by_a_shooting_is_no_actor_of_it() -> None:
    ev = one_of("إصابة فلسطيني بإطلاق نار مستوطن في الضفة الغربية", "attack")
    assert "فلسطين" not in names(ev["actors"])
    assert "فلسطين" in names(ev["targets"])


def test_the_teller_of_deaths_by_strikes_stays_their_actor() -> None:
    ev = one_of("أعلن الجيش التركي، الثلاثاء، مقتل 26 مسلحا بضربات جوية في شمال العراق.", "attack")
    assert "الجيش التركي" in names(ev["actors"])


def test_what_the_harmed_did_with_a_light_verb_keeps_them_its_actors() -> None:
    ev = one_of("وأدى ذلك إلى مقتل جميع المهاجمين الذين قام بعضهم بتفجير أحزمة ناسفة.", "attack")
    assert "المهاجمين" in names(ev["actors"])


def _statements(text: str, field: str = "kind") -> list[tuple[str | None, str, str]]:
    """(speaker, cue, and ``field``: kind or content) of each statement of ``text``."""
    doc = process(text, published="2018-05-01")
    return [((s.get("speaker") or {}).get("name"), s["cue"], s[field]) for s in doc.layers["statements"]]


def test_a_verb_after_without_reports_nothing() -> None:
    text = 'وأكد الوزير - دون أن يقدم دليلا - أن خصومه "كانوا سيشعلون حربا".'
    assert [cue for _, cue, _ in _statements(text)] == ["وأكد"]
    text = "وقال المتحدث إن الحريق أخمد، من دون أن يؤكد خبرا أوردته وسائل إعلام محلية."
    assert "يؤكد" not in [cue for _, cue, _ in _statements(text)]


def test_a_verb_and_its_manner_stay_one_act_over_a_channel_and_a_day() -> None:
    text = 'وغرد الرئيس الأمريكي دونالد ترامب على تويتر يوم الاثنين قائلا "إن الاتفاق جيد للجميع".'
    assert _statements(text) == [("الرئيس الأمريكي دونالد ترامب", "وغرد", "direct")]


def test_the_content_before_a_manner_word_keeps_its_own_statement() -> None:
    text = 'وشددت منظمة أطباء بلا حدود على ضرورة وقف العنف، قائلة: "ندعو إلى وقف إطلاق النار".'
    assert [cue for _, cue, _ in _statements(text)] == ["وشددت", "قائلة"]


def test_a_day_that_ends_the_period_is_no_start_of_the_toll() -> None:
    text = "وقال مدير المرصد إن حصيلة القتلى منذ اندلاع النزاع منتصف آذار/مارس 2011 حتى اليوم بلغت 353 ألف شخص."
    figs = process(text, published="2018-03-12").layers["casualties"]
    assert [(f["count"], f["new"], f["since"]) for f in figs] == [(353000, False, None)]
    figs = process("وقتل 50 شخصا منذ 3 أيار حتى اليوم.", published="2018-05-20").layers["casualties"]
    assert [(f["count"], f["since"]) for f in figs] == [(50, "2018-05-03")]


def test_whose_offices_were_burnt_are_the_targets() -> None:
    ev = one_of("وأحرق متظاهرون مكاتب حزب الدعوة في محافظة ميسان.", "attack")
    assert names(ev["actors"]) == ["متظاهرون"]
    assert names(ev["targets"]) == ["حزب الدعوة في محافظة ميسان"]


def test_a_reporting_phrase_between_dashes_ends_at_the_second_dash() -> None:
    text = "وقد أمضت فرق التحقيق - بحسب ما ذكرته وكالة الأناضول للأنباء - تسع ساعات كاملة داخل مبنى القنصلية."
    assert _statements(text, "content") == [
        ("وكالة الأناضول للأنباء", "بحسب ما ذكرته", "تسع ساعات كاملة داخل مبنى القنصلية")
    ]


def test_a_reporting_phrase_between_commas_is_read_as_before() -> None:
    text = "وتدور حاليا، وفق المرصد، اشتباكات عنيفة عند أطراف المدينة."
    assert _statements(text, "content") == [("المرصد", "وفق", "اشتباكات عنيفة عند أطراف المدينة")]


def test_a_dual_head_after_the_verb_is_its_speaker() -> None:
    text = "وقال الوزير إن الوضع خطير. واتهم الجيشان الروسي والسوري طائرات حربية إسرائيلية بتنفيذ ضربات على القاعدة."
    assert [s for s, _, _ in _statements(text)] == ["الوزير", "الجيشان الروسي والسوري"]
    assert [s for s, _, _ in _statements("وأكد الوزيران أن المحادثات كانت مثمرة.")] == ["الوزيران"]


def test_a_participle_after_kana_reports_nothing() -> None:
    assert _statements("وقد عارضه نائبان في البرلمان وكان متوقعا أن يحصل على 47 صوتا.") == []


def test_acts_counted_over_months_or_a_year_are_a_tally_no_event() -> None:
    assert events('وأضاف أنه تم تسجيل "54 هجوما مؤكدا" على المستشفيات في كانون الثاني/يناير وشباط/فبراير.') == []
    assert events("وقد شهدت المملكة منذ 2016 أربعة اعتداءات أدت إلى سقوط عدد من عناصر الأمن.") == []
    assert events("ونفذت الطائرات 300 غارة خلال عام 2017 على مواقع التنظيم.") == []


def test_acts_counted_on_one_day_stay_an_event() -> None:
    assert [e["type"] for e in events("وشن التحالف 22 غارة على صنعاء الاثنين.")] == ["attack"]


def test_a_year_or_an_anniversary_before_a_noun_counts_no_acts() -> None:
    text = "وفي اسكتلندا نظمت أسر ضحايا حادث مدرسة دونبلان عام 1996 تجمعا حاشدا أمام القنصلية."
    assert "protest" in [e["type"] for e in events(text)]


def test_a_person_after_the_subject_of_an_attack_verb_is_its_target() -> None:
    ev = one_of("واغتال مسلحون القيادي سالم الحداد في مدينة عدن.", "attack")
    assert names(ev["actors"]) == ["مسلحون"]
    assert [n.split()[0] for n in names(ev["targets"])] == ["سالم"]


def test_people_who_remained_held_after_a_comma_are_captured() -> None:
    text = "ووجهت السلطات تهما رسمية لأكثر من 40 ألف شخص، ظلوا رهن الاحتجاز قيد المحاكمة."
    assert _figures(text) == [(40000, "captured")]
    assert _figures("وبقي 12 شخصا رهن الاعتقال.") == [(12, "captured")]


def test_their_families_far_from_a_number_are_no_captives() -> None:
    assert _figures("وقد بلغ عددهم وأسرهم حاليا في فرنسا نحو نصف مليون شخص.") == []
    assert _figures("وأعلن الجيش أسر 5 مسلحين.") == [(5, "captured")]
