"""Session 28.

Events: a taking of ground told as a noun in construct (سيطرة المسلحين على مدينة الرقة) is an attack
by its doer; the person named after an arrest verb or the force that arrests (واعتقلت باباي، اعتقلت
السلطات الإيرانية محمد علي), or right before it (إن حداد اعتقل), is whom it took; one person taken,
told twice, is one arrest; names after a word of sequence and another act are not protesters;
readying (بتحضيرهما لهجوم) and aims (تهدف العملية إلى تحرير) are no acts, nor is a protest lodged
with an office (احتج لدى الخارجية); who holds the ground (تحت سيطرة الحوثيين) is whom it is taken
from; غداة dates the act a day before the sentence; a meeting told in the present on a weekday read as
past is the coming one; a speaker's own pronoun (وأوضحت أنها قبضت) makes it the actor; a regime with its
nationality (النظام السوري) is a party; battles of words are figures of speech.
Figures: a number with the article (المصابين الـ 220) points back; a dual before a passive verb and a
date counts two. Statements: وصف X بـ Y reports. Text: ليلى is one word.
"""

from __future__ import annotations

from tests.claims_helpers import said
from tests.events_helpers import events, names


def test_a_taking_of_ground_in_construct_is_an_attack_by_its_doer() -> None:
    ev = events("وفر آلاف السكان من المنطقة بعد سيطرة المسلحين على مدينة الرقة في الصيف الماضي.")
    att = [e for e in ev if e["type"] == "attack"]
    assert len(att) == 1
    assert att[0]["trigger"]["text"] == "سيطرة"
    assert "المسلحين" in names(att[0]["actors"])
    assert any("الرقة" in n for n in names(att[0]["places"]))


def test_a_construct_with_no_place_after_its_preposition_or_with_the_article_is_not_it() -> None:
    # under someone's control is a state, not an act: no على and a place after it
    assert [e for e in events("ويعيش السكان في مناطق خاضعة لسيطرة الجيش منذ سنوات.") if e["type"] == "attack"] == []
    # control over a fire is no taking of ground
    assert [e for e in events("وأعلن الدفاع المدني سيطرة فرق الإطفاء على الحريق.") if e["type"] == "attack"] == []
    # with لل it is what forces aim at, not what they did
    assert [e for e in events("وتحشد القوات تعزيزات عسكرية للسيطرة على مدينة الرقة.") if e["type"] == "attack"] == []


def _arrest(text: str) -> dict:
    ev = [e for e in events(text) if e["type"] == "arrest"]
    assert len(ev) == 1
    return ev[0]


def test_the_person_named_right_after_an_arrest_verb_is_whom_it_took() -> None:
    # a feminine verb before a woman's name is a passive: she was arrested, she arrested no one
    ev = _arrest("واعتقلت مريم حسن وهي صحفية في شهر آذار بسبب مقال نشرته.")
    assert "مريم حسن" in names(ev["targets"])
    assert "مريم حسن" not in names(ev["actors"])
    # a plural verb has its subject in itself: the name after it is its object
    ev = _arrest("وداهم عناصر الأمن المنزل واعتقلوا سامي يوسف قرب الحدود.")
    assert "سامي يوسف" in names(ev["targets"])
    assert "سامي يوسف" not in names(ev["actors"])


def test_the_person_named_after_the_force_that_arrests_is_whom_it_took() -> None:
    ev = _arrest("واعتقلت قوات الأمن التركية رجل الأعمال سليم داود في إسطنبول.")
    assert any("سليم داود" in n for n in names(ev["targets"]))
    assert not any("سليم داود" in n for n in names(ev["actors"]))
    assert "قوات الأمن التركية" in names(ev["actors"])
    # the force is no person: it stays the actor
    ev = _arrest("واعتقلت السلطات الإيرانية كريم نادري في طهران.")
    assert "كريم نادري" in names(ev["targets"])
    assert "السلطات الإيرانية" in names(ev["actors"])


def test_layla_is_a_name_not_li_and_a_word() -> None:
    # ليلى is one word, not ل + يلى (lexicon clitic_exceptions): the name keeps its first letter
    from marsad import extract

    rec = extract("وقالت ليلى حسن إن الوضع في المدينة صعب.", title=None, published="2018-05-01", id="t")
    assert [e["name"] for e in rec["entities"] if e["type"] == "PER"] == ["ليلى حسن"]


def test_readying_for_an_attack_is_no_attack() -> None:
    # تحضير with لـ after it (lexicon class prepare): the attack was not made
    ev = events("وأوقفت الشرطة الفرنسية شابين يشتبه بتحضيرهما لهجوم على كنيسة.")
    assert [e["type"] for e in ev] == ["arrest"]


def test_a_protest_lodged_with_an_office_is_no_protest() -> None:
    # لدى right after a protest word (lexicon class lodged): a complaint, no one marched
    assert [e for e in events("وقال السفير إنه احتج لدى الخارجية الأميركية على طرد الدبلوماسيين.") if e["type"] == "protest"] == []
    # لدى further on is a time (upon arrival): the protest was made
    ev = events("واحتج المئات أمام السفارة لدى وصول الوزير إلى المدينة.")
    assert [e["type"] for e in ev] == ["protest"]


def test_one_person_arrested_told_again_is_one_arrest() -> None:
    body = (
        "واندلعت احتجاجات في المدينة بعد اعتقال المعارض البارز سمير حداد في ألمانيا الجمعة. "
        "وقالت الشرطة الألمانية إن حداد اعتقل من قبل دورية في ولاية بافاريا."
    )
    arrests = [e for e in events(body) if e["type"] == "arrest"]
    assert len(arrests) == 1
    assert any("حداد" in n for n in names(arrests[0]["targets"]))
    # an arrest told as before the one in the news (كانت قد) stays its own
    body = (
        "وأعلنت الشرطة اعتقال المعارض البارز سمير حداد في العاصمة. "
        "يذكر أن السلطات كانت قد أوقفت حداد قبل عامين بتهمة التحريض."
    )
    assert len([e for e in events(body) if e["type"] == "arrest"]) == 2


def test_a_person_right_before_an_arrest_verb_was_taken() -> None:
    ev = _arrest("وقال مدعون إن نادر هاشمي ألقي القبض عليه الاثنين في المطار.")
    assert "نادر هاشمي" in names(ev["targets"])
    assert "نادر هاشمي" not in names(ev["actors"])
    ev = _arrest("وكان سليم داود قد احتجز لمدة ثلاثة أشهر في الرياض.")
    assert "سليم داود" not in names(ev["actors"])


def test_whom_the_act_after_a_word_of_sequence_took_did_not_protest() -> None:
    ev = [e for e in events("واندلعت احتجاجات في المدينة بعد اعتقال المعارض البارز سمير حداد.") if e["type"] == "protest"]
    assert len(ev) == 1
    assert "سمير حداد" not in names(ev[0]["actors"])
    # a name before the word of sequence is still the protest's own
    ev = [e for e in events("ونظم حزب العمال احتجاجات في المدينة بعد اعتقال المعارض البارز سمير حداد.") if e["type"] == "protest"]
    assert "حزب العمال" in names(ev[0]["actors"])


def test_a_number_with_the_article_points_back_to_the_figure_told_before() -> None:
    # "المصابين الـ 220": the 220 told before, now with its source; one figure, not two
    from marsad import extract

    body = (
        "تشهد المنطقة الحدودية توترا منذ أسابيع. "
        "ويطالب السكان برفع الحصار المفروض عليهم. "
        "وتجري مفاوضات غير مباشرة بين الطرفين في القاهرة. "
        "وكان شاب قد قتل برصاص الجنود، بينما أصيب 220 آخرون في احتجاجات قرب الحدود الجمعة. "
        "وقال الجيش إن قواته ردت على إلقاء الحجارة. "
        "وأضاف أن آلاف الأشخاص شاركوا في الاحتجاجات. "
        "وقال مسؤول صحي في المدينة إن 90 شخصا من المصابين الـ 220 جرحوا بالرصاص الحي."
    )
    rec = extract(body, title="احتجاجات عند الحدود", published="2018-08-04", id="t")
    twenty = [c for c in rec["casualties"] if c["count"] == 220]
    assert len(twenty) == 1
    assert twenty[0]["outcome"] == "injured"
    assert twenty[0]["source"]["name"] == "مسؤول صحي في المدينة"


def test_a_dual_before_a_passive_verb_and_a_date_counts_two() -> None:
    # "بشخصين اعتقلا العام الماضي": the date after the verb shows it has no object of its own
    from marsad import extract

    rec = extract("وتتعلق القضية بشخصين اعتقلا العام الماضي قرب الحدود.", title=None, published="2018-10-09", id="t")
    assert [(c["count"], c["outcome"]) for c in rec["casualties"]] == [(2, "captured")]


def test_what_an_operation_aims_at_is_not_done() -> None:
    # تهدف/يهدف/الرامية إلى (lexicon class cancel): an aim
    assert [e for e in events("وتهدف العملية إلى تحرير المناطق الواقعة شرق المدينة.") if e["trigger"]["text"] == "تحرير"] == []
    assert [e for e in events("وبدأ الجيش العملية العسكرية الرامية إلى السيطرة على مدينة الحديدة.") if e["trigger"]["text"] == "السيطرة على"] == []


def test_who_holds_the_ground_is_whom_it_is_taken_from() -> None:
    # تحت سيطرة X، الخاضعة لسيطرة X (lexicon class holder): X holds it, X did not take it
    ev = [e for e in events("وحررت القوات الحكومية المناطق الخاضعة لسيطرة الحوثيين في المديرية.") if e["type"] == "attack"]
    assert len(ev) == 1
    assert "الحوثيين" not in names(ev[0]["actors"])
    assert "الحوثيين" in names(ev[0]["targets"])
    assert "القوات الحكومية" in names(ev[0]["actors"])


def test_the_morning_after_dates_the_act_a_day_before_the_sentence() -> None:
    # غداة (lexicon class next_day): the sentence's Thursday is the day after the attack
    ev = [
        e
        for e in events("أعلنت الشركة الخميس أنها علقت شحناتها عبر المضيق غداة هجوم للمسلحين استهدف ناقلتي نفط.", published="2018-07-26")
        if e["type"] == "attack"
    ]
    assert len(ev) == 1
    assert ev[0]["date"] == "2018-07-25"


def test_a_meeting_in_the_present_on_a_weekday_is_to_come() -> None:
    # the body tells days past in the past tense: تستضيف ... الأحد is next Sunday
    ev = events("وتستضيف القاهرة الأحد اجتماعا لوزراء الخارجية العرب لبحث الأزمة.", published="2018-05-01")
    meetings = [e for e in ev if e["type"] == "meeting"]
    assert meetings and all(e["status"] == "planned" and e["date"] == "2018-05-06" for e in meetings)
    # the past tense keeps the Sunday before
    ev = events("والتقى الرئيس الأحد نظيره الفرنسي في باريس.", published="2018-05-01")
    assert [(e["status"], e["date"]) for e in ev if e["type"] == "meeting"] == [("occurred", "2018-04-29")]


def test_describing_something_as_something_is_a_statement() -> None:
    # وصف X بـ Y: a verb of saying with its object and its ب complement (statements_verbs.tsv)
    assert said("ووصفت الخارجية الروسية الاتهامات البريطانية بالكذب الصارخ.") == [
        ("الخارجية الروسية", "ووصفت", "الاتهامات البريطانية بالكذب الصارخ")
    ]
    # its complement right after it, with no object between, is a passive: no one spoke
    assert said("وأصيب سبعة أشخاص بجروح وصفت بالطفيفة خلال الاقتحام.") == []
    # the present is a report only with إن/أن, a colon or a quote (يصف جهازا معطوبا: describes a thing)
    assert said("ويصف الكاتب في روايته بيتا قديما بجدران عالية.") == []


def test_a_meeting_held_in_the_present_on_a_weekday_is_to_come() -> None:
    # a light verb in the present (lexicon class support_now) before the meeting noun
    ev = events("ويعقد وزراء الخارجية الأحد اجتماعا في القاهرة لبحث الأزمة.", published="2018-05-01")
    assert [(e["status"], e["date"]) for e in ev if e["type"] == "meeting"] == [("planned", "2018-05-06")]
    # with لـ it tells the purpose of a past visit: the Monday before
    ev = events("وزار الرئيس موسكو الإثنين الماضي ليعقد القمة التاسعة مع نظيره.", published="2018-05-03")
    assert all(e["status"] == "occurred" for e in ev if e["type"] == "meeting")


def test_who_reports_by_a_pronoun_that_it_made_the_arrest_made_it() -> None:
    # وأوضحت أنها قبضت: the verb's own pronoun is the police the statements layer resolved
    body = "وقالت الشرطة إن الوضع هادئ في المدينة. وأوضحت أنها قبضت على فتاة في السابعة عشرة من العمر."
    ev = [e for e in events(body, published="2018-03-15") if e["type"] == "arrest"]
    assert len(ev) == 1
    assert names(ev[0]["actors"])[:1] == ["الشرطة"]
    # a pronoun of another gender is no speaker's own act: "أكدت أنه" is "that it was"
    body = "وقالت الصحيفة إن التحقيق مستمر. وأكدت أنه اعتقل في المطار."
    ev = [e for e in events(body, published="2018-03-15") if e["type"] == "arrest"]
    assert all("الصحيفة" not in names(e["actors"]) for e in ev)


def test_a_regime_with_its_nationality_or_name_is_a_party() -> None:
    # نظام (events_parties role regime): a party only with a nationality or a name after it
    ev = [e for e in events("واتهم النظام السوري بشن هجوم بالأسلحة الكيميائية على بلدة دوما.") if e["type"] == "attack"]
    assert "النظام السوري" in names(ev[0]["actors"])
    # a system is no party, nor is a definite noun after the regime its name
    ev = events("وأسقط نظام الدفاع الجوي صاروخا فوق المدينة.")
    assert all(not any(n.startswith("نظام") for n in names(e["actors"])) for e in ev)
    ev = events("وقال المصدر إنه لا يمكن للنظام القول إن الغارات استهدفت المدينة.")
    assert all("النظام القول" not in names(e["actors"]) for e in ev)


def test_battles_of_words_and_cyber_attacks_are_figures_of_speech() -> None:
    # lexicon class figurative: خطابية، لفظية، سيبرانية، نفسية، دعائية after the trigger
    assert events("وتعد الأزمة الأحدث في مسلسل المعارك الخطابية بين البلدين.") == []
    assert events("وتعرضت المواقع الحكومية لهجمات سيبرانية الأحد.") == []
    assert events("واندلعت مواجهات لفظية بين النواب في البرلمان.") == []
