"""Patterns found in session 18, from reading Marsad's output on unseen news articles.

Each test shows the Arabic a rule handles, and the near case it leaves alone. The sentences were
written for these tests.
"""

from __future__ import annotations

from marsad.pipeline import process
from tests.claims_helpers import said, short
from tests.events_helpers import events

# -- figures: the attackers of a scene that strikes the public do not make its harmed fighters


def test_attackers_named_in_a_ramming_leave_its_victims_civilians() -> None:
    body = "قتل ثمانية أشخاص وأصيب 48 آخرون في عملية دهس وطعن نفذها ثلاثة مهاجمين في لندن."
    assert short(body) == [(8, "killed", "civilian"), (48, "injured", "civilian")]
    # soldiers named in the sentence still leave the class open
    body = "قتل ثمانية أشخاص بينهم جنديان في عملية دهس."
    assert short(body) == [(8, "killed", "unspecified"), (2, "killed", "military")]


# -- figures: a stabbing after the noun of its scene is a verbal noun, not the verb "stabbed"


def test_a_stabbing_named_as_a_scene_takes_no_number() -> None:
    assert short("وقع هجوم طعن نفذه ثلاثة مهاجمين.") == []
    # the verb still counts the people it stabbed
    assert short("وطعن المهاجم أربعة أشخاص في محطة القطار.") == [(4, "injured", "civilian")]


# -- figures: a single attacker after the verb is its subject when his victim follows


def test_a_gunman_who_killed_a_woman_is_not_the_one_killed() -> None:
    body = "وفي فبراير الماضي، قتل مسلح بسكين امرأة وجرح 12 آخرين في مركز تسوق."
    assert short(body) == [(1, "killed", "civilian"), (12, "injured", "civilian")]
    assert short("قتل مهاجم شرطيا في باريس.") == [(1, "killed", "military")]
    # with no victim after him, the gunman is the one killed
    assert short("قتل مسلح بنيران الشرطة.") == [(1, "killed", "military")]
    assert short("قتل مسلح فلسطيني برصاص الجيش.") == [(1, "killed", "military")]


# -- figures: a later sentence that opens with a date months back tells a past event


def test_a_past_event_told_for_background_keeps_its_own_figure() -> None:
    title = "مقتل 7 تلاميذ وإصابة 12 طعنا"
    body = (
        "قتل سبعة تلاميذ وجرح 12 آخرون في هجوم بسكين خارج مدرسة. وأوضحت الشرطة أن التحقيق جار. "
        "وفي فبراير/شباط الماضي، قتل مسلح بسكين امرأة وجرح 12 آخرين في مركز تسوق."
    )
    doc = process(body, title=title, published="2018-04-27", upto="casualties")
    got = [(c["count"], c["outcome"]) for c in doc.layers["casualties"]]
    assert got == [(7, "killed"), (12, "injured"), (1, "killed"), (12, "injured")]
    # a date of the last weeks is the same news: the toll is told once
    body = body.replace("وفي فبراير/شباط الماضي، قتل مسلح بسكين امرأة وجرح", "وفي الأسبوع الماضي، جرح")
    doc = process(body, title=title, published="2018-04-27", upto="casualties")
    assert [(c["count"], c["outcome"]) for c in doc.layers["casualties"]] == [(7, "killed"), (12, "injured")]


# -- figures: a second part set off by a comma and و


def test_a_second_part_after_a_comma_shares_the_verbal_noun() -> None:
    body = "أفادت مصادر، الاثنين، بمقتل 3 خبراء من ميليشيات حزب الله اللبناني، و4 يمنيين، في غارة جوية."
    assert [(c, o) for c, o, _ in short(body)] == [(3, "killed"), (4, "killed")]
    # with no comma, a part so far away is not read as one
    body = "أفادت مصادر بمقتل 3 خبراء من ميليشيات حزب الله اللبناني في صنعاء و4 سيارات."
    assert [(c, o) for c, o, _ in short(body)] == [(3, "killed")]


# -- figures: a dual in a breakdown after "at least"


def test_a_dual_in_a_breakdown_after_at_least() -> None:
    body = "وتسبب القصف بمقتل أربعة مدنيين على الأقل بينهم طفلان."
    assert short(body) == [(4, "killed", "civilian"), (2, "killed", "civilian")]
    # a dual with a number of its own is read from that number
    body = "وتسبب القصف بمقتل أربعة مدنيين على الأقل بينهم طفلان اثنان."
    assert [c for c, _, _ in short(body)] == [4, 2]


# -- figures: parts told place by place after "of them"


def test_parts_of_a_toll_told_place_by_place_after_of_them() -> None:
    body = "خلف الإعصار 13 قتيلا، ستة منهم في هندوراس وأربعة في السلفادور وثلاثة في نيكاراغوا."
    assert [(c, o) for c, o, _ in short(body)] == [(13, "killed"), (6, "killed"), (4, "killed"), (3, "killed")]
    # a number after في is a place's count only where parts are told: here it is a date
    assert [c for c, _, _ in short("خلف الإعصار 13 قتيلا، ستة منهم في هندوراس في 2018.")] == [13, 6]


# -- figures: "days ago" between the verb and its number


def test_days_ago_between_the_verb_and_its_number() -> None:
    assert short("وقتل قبل أيام 45 مسلحا مواليا للنظام.") == [(45, "killed", "military")]
    assert short("وقتل قبل يومين 45 مسلحا.") == [(45, "killed", "military")]
    # قبل meaning "by" (من قبل) still names the doers
    assert short("واعتقل 12 شخصا من قبل الشرطة.") == [(12, "captured", "unspecified")]


# -- figures: a definite number after its noun in a breakdown


def test_a_definite_number_after_its_noun_in_a_breakdown() -> None:
    body = "وأسفرت المعارك عن مقتل 18 داعشيا، بينهم الانتحاريون العشرة."
    assert short(body) == [(18, "killed", "military"), (10, "killed", "military")]


# -- figures: the dual adjective of two attacks names no people


def test_two_suicide_attacks_name_no_fighters() -> None:
    body = "أعلنت مصادر أمنية مقتل عشرات الأشخاص في هجومين انتحاريين استهدفا مسجدا وسوقا."
    assert short(body) == [(10, "killed", "unspecified")]
    # suicide bombers counted are fighters
    assert short("أعلنت الشرطة مقتل أربعة انتحاريين في هجوم على مقرها.") == [(4, "killed", "military")]


# -- events: a lone armed doer is named with the man and the blade


def test_a_man_armed_with_a_knife_is_named_whole() -> None:
    body = "وفي يوليو الماضي، قتل شخصان وجرح تسعة آخرون على يد رجل مسلح بسكين في متجر."
    assert [a["name"] for a in events(body)[0]["actors"]] == ["رجل مسلح بسكين"]
    assert [a["name"] for a in events("وهاجم رجل مسلح بسكين التلاميذ أثناء عودتهم.")[0]["actors"]] == ["رجل مسلح بسكين"]
    # gunmen in the plural take neither: they are named as written
    body = "وهاجم مسلحون بسكاكين قرية في الشمال."
    assert [a["name"] for a in events(body)[0]["actors"]] == ["مسلحون"]


# -- statements: وكيل heads a speaker's title


def test_an_under_secretary_heads_the_speaker() -> None:
    assert said("وقال وكيل وزارة الصحة إن 20 شخصا قتلوا.")[0][0] == "وكيل وزارة الصحة"
    body = "ونقلت وكالة الأنباء الكويتية عن وكيل وزير الخارجية الكويتي تأكيده على استعداد بلاده."
    assert said(body)[0][0] == "وكيل وزير الخارجية الكويتي"


# -- statements: the one relayed, his title between commas, up to what he said


def test_the_one_relayed_with_a_title_between_commas() -> None:
    body = (
        "ونقلت وكالة الأنباء عن نور الدين بيندوسينا لوموندوت، القنصل العام في السفارة، "
        "وصفه للبادرة الجديدة بأنها بداية جيدة."
    )
    speaker, _, content = said(body)[0]
    assert speaker.startswith("نور الدين بيندوسينا لوموندوت") and content.startswith("وصفه للبادرة")
    # with no verbal noun of what he said, the phrase after عن stays as the tagger reads it
    body = "ونقلت وكالة الأنباء عن وزير الخارجية أن بلاده مستعدة."
    assert said(body)[0][:2] == ("وزير الخارجية", "ونقلت")


# -- statements: the one relayed is a he or a she by the pronoun on what was said


def test_the_pronoun_on_what_was_said_tells_who_adds_more() -> None:
    body = (
        "ولا أحد يعرف عدد القتلى. ونقلت وكالة فرانس برس عن يوسف لطيف، المتحدث باسم الوكالة، قوله "
        '"نقدر أن مئة منزل قد دفنت". وأضاف "ما زلنا غير قادرين على تأكيد ذلك".'
    )
    assert [sp for sp, _, _ in said(body)] == ["يوسف لطيف", "يوسف لطيف"]


# -- statements: a noun in the accusative is no subject to refer back to


def test_a_predicate_in_the_accusative_is_no_referent() -> None:
    body = 'وقال كاتس "هذه لحظة الحقيقة بالنسبة للأسد". وبات يريد أن يكون رئيسا لسوريا كلها. وقال إن روسيا سترد.'
    assert [sp for sp, _, _ in said(body)] == ["كاتس", "كاتس"]
    # the same noun as the subject, in the nominative, is one
    body = 'وقال كاتس "هذه لحظة الحقيقة بالنسبة للأسد". واستقال رئيس الوزراء من منصبه. وقال إن روسيا سترد.'
    assert [sp for sp, _, _ in said(body)] == ["كاتس", "رئيس الوزراء"]


# -- figures: a verb with an object pronoun after a reported subject: the subject did it


def test_a_reported_subject_of_a_verb_with_its_object_did_the_harm() -> None:
    assert short('وصاح في المحكمة بأن الفتاة التي تمكنت من الهرب "قتلتهم جميعا".') == []
    assert short("وقالت الشرطة إن رجلا قتل في الهجوم.") == [(1, "killed", "unspecified")]


# -- figures: the suspects in the plural are no single person


def test_the_suspects_in_the_plural() -> None:
    assert short("ما دفعها إلى شن مداهمات واعتقال المشتبه بهم التي تتراوح أعمارهم بين 18 و21 عاما.") == []
    assert short("وتم القبض على المشتبه به.") == [(1, "captured", "unspecified")]


# -- statements and sources: a word of quantity opens the subject before its verb


def test_many_of_the_sources_before_their_verb() -> None:
    body = "لكن العديد من المصادر الأمنية أكدت مقتل 28 شخصا في الهجوم على مقر قيادة الجيش."
    assert said(body) == [("العديد من المصادر الأمنية", "أكدت", "مقتل 28 شخصا في الهجوم على مقر قيادة الجيش")]
    assert said("لكن بعض المصادر الأمنية أكدت مقتل 28 شخصا.")[0][0] == "بعض المصادر الأمنية"


# -- figures: the doer in the genitive of a verbal noun is not the harmed


def test_the_doer_after_a_verbal_noun_does_not_tell_the_victims() -> None:
    assert short("إلا أن الشرطة تحدثت عن اعتقال القوات الخاصة ستة أشخاص.") == [(6, "captured", "unspecified")]
    assert short("أعلن الجيش مقتل ثلاثة من الجنود.") == [(3, "killed", "military")]


# -- figures: a family that lost its own lost them dead


def test_a_mother_who_lost_two_of_her_children() -> None:
    assert short("امرأة يمنية فقدت اثنين من أطفالها في جبهات القتال.") == [(2, "killed", "civilian")]
    assert short("وقال إن 12 شخصا فقدوا في البحر.") == [(12, "missing", "unspecified")]


# -- figures: a plan to abduct and kill, and weeks spent planning


def test_a_plan_to_abduct_and_kill_is_no_killing() -> None:
    assert short("وقال المدعي إن المتهم قضى أسابيع يخطط لاختطاف وقتل الفتاتين.") == []
    assert short("وأسفر الهجوم عن مقتل وإصابة 20 شخصا.") == [(20, "killed_or_injured", "unspecified")]
    assert short("وقضى طفل في الحريق.") == [(1, "killed", "civilian")]


# -- figures: an ordinal after a people noun tells one more person, not a number


def test_an_ordinal_after_a_people_noun_is_one_more_person() -> None:
    assert short("ولاحقا، توفيت امرأة خامسة متأثرة بجروحها في المستشفى.") == [(1, "killed", "civilian")]
    assert [(c, o) for c, o, _ in short("وأفادت الوكالة بإصابة شخص ثالث في الانفجار ذاته.")] == [(1, "injured")]
    # one already known by a possessive pronoun, and named, is no figure of its own
    assert short("فيما ظل مصير طفلها الثاني رمزي مجهولا.") == []


# -- figures: a verbal noun with their pronoun after و tells what was done to them


def test_their_execution_after_the_number() -> None:
    body = 'ولفت إلى أنه "يوم أمس، تم إطلاق النار على 10 أشخاص وإعدامهم".'
    assert [(c, o) for c, o, _ in short(body)] == [(10, "killed")]
    # a verb after و opens a clause of its own
    assert [(c, o) for c, o, _ in short("وصل 10 أشخاص واعتقل 5.")] == [(5, "captured")]


# -- statements: the ل of "according to" stays off the name the tagger read with it


def test_the_l_of_according_to_is_not_part_of_the_name() -> None:
    body = "وأدى ذلك إلى إعادته إلى الشركة، وفقا لديليب كومار، المدير المحلي لشركة الشحن."
    assert said(body)[0][0] == "ديليب كومار"
    # a name that starts with ل keeps it
    assert said("وقال لوران فابيوس إن الاتفاق جيد.")[0][0] == "لوران فابيوس"


# -- events: "وأدى" (and it led) is no valley (وادي) to name a place by


def test_and_it_led_is_no_valley() -> None:
    evs = events("وأدى الزلزال الذي ضرب إقليم جزر سوندا الغربية إلى مقتل 20 شخصا.")
    assert evs and all(not p["name"].startswith("وأدى") for e in evs for p in e["places"])
    assert [p["name"] for p in events("وقصفت الطائرات وادي بردى.")[0]["places"]] == ["وادي بردى"]


# -- figures: a dual after a verb of other senses, and أيضا after the verb


def test_a_dual_after_a_verb_of_other_senses_and_likewise() -> None:
    body = "وأوردت الوزارة أن المهاجم، الذي أصاب أيضا عنصرين في قوات الأمن، قتل."
    assert [(c, o, v) for c, o, v in short(body)] == [(2, "injured", "military")]
    assert short("وقتل أيضا جندي في الهجوم.") == [(1, "killed", "military")]
    # a singular after such a verb is still no figure: it may be what was hit
    assert short("أصابت البصقة الفتاة.") == []
    assert short("وأصاب الصاروخ الهدف.") == []


# -- figures: a year before a comma is no number that counts the harmed word after it


def test_a_year_before_the_casualty_verb() -> None:
    body = "وفي يوليو/تموز 2017، قتل شخصان وجرح تسعة آخرون على يد رجل مسلح بسكين في متجر."
    assert [(c, o) for c, o, _ in short(body)] == [(2, "killed"), (9, "injured")]
    # a count before the casualty noun is still read from its number
    assert [(c, o) for c, o, _ in short("وسقط 5 قتلى في الهجوم.")] == [(5, "killed")]
