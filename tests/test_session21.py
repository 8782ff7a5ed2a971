"""Patterns found in session 21, from reading Marsad's output on unseen news articles.

Each test shows the Arabic a rule handles, and the near case it leaves alone. The sentences were
written for these tests.
"""

from __future__ import annotations

from tests.claims_helpers import said, short
from tests.events_helpers import events, kinds

# -- events: a taking of ground told with fighting between sides is a clash (spec: "a clash when it
#    tells of fighting between sides"); told alone, an attack


def test_a_taking_told_with_fighting_is_a_clash() -> None:
    # the word of fighting tells no event of its own here (a bare plural after إثر): the taking is the clash
    body = "وتمكنت القوات من السيطرة على مواقع جديدة في مديرية الشيخ، إثر مواجهات عنيفة ضد المسلحين."
    assert kinds(body) == [("clash", "السيطرة على")]
    # where the fighting is an event of its own, the taking joins it: one clash
    assert kinds("وسيطرت قوات الجيش على بلدة الرزمة شرقي تعز بعد مواجهات عنيفة مع المسلحين.") == [
        ("clash", "مواجهات")
    ]
    assert kinds("وأعلن الجيش تحرير قرى جديدة في ريف حماة بعد معارك عنيفة مع المسلحين.") == [("clash", "معارك")]
    # the side that took the place, named alone: an attack
    assert kinds("وسيطر الجيش التركي على مدينة عفرين الأحد.") == [("attack", "وسيطر")]


def test_a_taking_in_the_title_is_what_the_lead_tells() -> None:
    title = "الجيش يستعيد بلدة من المسلحين"
    body = "وأفادت مصادر عسكرية أن القوات استعادت البلدة بعد ساعات من سيطرة المسلحين عليها، وأن 6 مسلحين قتلوا في اشتباكات داخلها."
    assert [(e["type"], e["trigger"]["text"]) for e in events(body, title=title)] == [("clash", "يستعيد")]
    # a lead that tells no fight leaves the title's taking an attack
    body = "وأفادت مصادر عسكرية أن القوات استعادت البلدة من المسلحين."
    assert [(e["type"], e["trigger"]["text"]) for e in events(body, title=title)] == [("attack", "يستعيد")]


# -- events: a device found is no attack (lexicon class seized: وجد، اكتشف)


def test_a_device_found_is_no_attack() -> None:
    assert kinds("ولم تسمح السلطات للسكان بالعودة إلى منازلهم بعد أن وجد الجنود عبوات ناسفة، وألغاما في الشوارع.") == []
    assert kinds("وقالت الشرطة إنها وجدت عبوة ناسفة قرب المدرسة.") == []
    assert kinds("واكتشفت دورية للجيش عبوة ناسفة على الطريق الرئيسي.") == []
    # one that went off is
    assert kinds("وانفجرت عبوة ناسفة قرب المدرسة أمس.") == [("attack", "وانفجرت")]


# -- figures: a comma between a time phrase and إلى does not end a risen toll


def test_a_pause_before_ila_keeps_the_toll() -> None:
    body = "وارتفع عدد المتظاهرين الذين قتلوا برصاص الشرطة منذ بدء الاحتجاجات، إلى 87 على الأقل."
    assert [f[:2] for f in short(body)] == [(87, "killed")]
    # a comma that ends a clause of its own still ends it
    assert short("وارتفع عدد السياح هذا العام، إلى 87 ألفا.") == []


# -- figures: "one of them" after a verbal noun of harm is one harmed


def test_one_of_them_after_a_verbal_noun() -> None:
    body = "وأطلق المسلحون النار على المحتجين، الأمر الذي أدى إلى مقتل أحدهم."
    assert [f[:2] for f in short(body)] == [(1, "killed")]
    assert [f[:2] for f in short("وداهمت الشرطة منزل العائلة وأعلنت اعتقال أحدهم.")] == [(1, "captured")]
    # but not an arrest only hoped for, by what such information would bring
    assert short("وعرضت الحكومة مكافأة لمن يدلي بمعلومات تؤدي إلى اعتقال أحدهم.") == []


# -- figures: numbers joined with a qualifier share the casualty word after the last


def test_conjoined_numbers_over_a_qualifier() -> None:
    body = "وقالت الوزارة إن 12 طفلا وأكثر من 9 نساء بين القتلى."
    assert short(body) == [(12, "killed", "civilian"), (9, "killed", "civilian")]
    assert short("وتبين أن 7 رجال ونحو 5 نساء قتلوا في القصف.") == [(7, "killed", "civilian"), (5, "killed", "civilian")]


# -- figures: "one" after a singular noun is its adjective, no count between the parts of a breakdown


def test_one_after_a_noun_does_not_end_a_breakdown() -> None:
    body = "وأكدت المنظمة مقتل 24 شخصا بينهم طفل واحد و7 سيدات تحت التعذيب."
    assert [f[:2] for f in short(body)] == [(24, "killed"), (7, "killed")]
    # a number of its own between the parts still ends it
    assert [f[:2] for f in short("وأكدت المنظمة مقتل 24 شخصا في 3 مدن، و7 سيدات في السجن.")][:1] == [(24, "killed")]


# -- figures: هم after the people noun lists the group (lexicon role they_are)


def test_they_are_lists_the_group() -> None:
    body = "وخطف المسلحون معهم عشرين شخصا هم 8 نساء و12 من أطفالهن."
    assert [f[:2] for f in short(body)] == [(20, "captured"), (8, "captured"), (12, "captured")]
    # not away from the people noun
    assert [f[:2] for f in short("واعتقلت الشرطة عشرين شخصا، وقالت إنهم هم 8 نساء.")][:1] == [(20, "captured")]


def test_a_fight_still_to_come_makes_no_clash_of_a_taking() -> None:
    # lexicon class amid: the fighting must be the setting of the taking (إثر، بعد، في، بـ…)
    body = "وحررت القوات مناطق واسعة في الساحل، وسط إصرارها على استكمال المعركة حتى دحر المسلحين."
    assert ("attack", "وحررت") in kinds(body)
    assert kinds("وحررت القوات مناطق واسعة في الساحل بمعارك استمرت يومين.")[0][0] == "clash"


# -- events: a ceasefire reached, announced or in force is an agreement made (flag reach); a call for
#    one, or a failure to reach one, is none


def test_a_ceasefire_reached_is_an_agreement() -> None:
    assert kinds("وأعلنت الحركة التوصل إلى وقف لإطلاق النار في قطاع غزة.") == [("agreement", "وقف لإطلاق النار")]
    assert kinds("واتفق الطرفان على وقف إطلاق النار في مدينة الحديدة.") == [("agreement", "وقف إطلاق النار")]
    assert kinds("ودخل وقف إطلاق النار حيز التنفيذ في جنوب السودان منتصف الليل.") == [
        ("agreement", "وقف إطلاق النار")
    ]
    # called for, demanded, broken, or only hoped for: none made here
    assert kinds("ودعا مجلس الأمن إلى وقف إطلاق النار في قطاع غزة.") == []
    assert kinds("وطالب الوزير بوقف إطلاق النار في المدينة.") == []
    assert kinds("وشدد على ضرورة التوصل إلى وقف لإطلاق النار في المدينة.") == []
    # a failure to reach a deal (class failed) makes none; failed talks were still held
    assert kinds("وفشلت الأطراف في التوصل إلى اتفاق في جنيف.") == []
    assert kinds("وفشلت المفاوضات بين الحكومة والنقابات في عمان.") == [("meeting", "المفاوضات")]
    # what a step would allow has not happened (cancel: يسمح، تتيح)
    assert kinds("وأقر البرلمان قانونا يسمح للشرطة باحتجاز جثامين المهاجمين في المدينة.") == []
    assert kinds("وتم التوصل إلى اتفاقية مع الجانب الروسي في درعا.") == [("agreement", "اتفاقية")]


# -- events: derailments, overturned buses and fireworks blasts are accidents


def test_derailments_and_fireworks_are_disasters() -> None:
    assert kinds("وخرج قطار عن السكة قرب مدينة القنيطرة صباح الثلاثاء.") == [("disaster", "وخرج قطار")]
    assert kinds("وقتل 12 شخصا في انقلاب حافلة بولاية أسيوط.") == [("disaster", "انقلاب حافلة")]
    assert kinds("وقتل 7 أشخاص في انفجار ألعاب نارية في سوق المدينة أمس.") == [("disaster", "انفجار ألعاب نارية")]
    # a blast with no such words stays an attack
    assert kinds("وقتل 7 أشخاص في انفجار في سوق المدينة أمس.") == [("attack", "انفجار")]


# -- statements: a two-word source phrase before a thing (not_source: معلومات) is "based on", no source,
#    and does not cut the content it stands in


def test_based_on_information_names_no_source() -> None:
    body = "وقال المتحدث إن الغارات تمت استنادا إلى معلومات استخباراتية بأن الحافلة كانت تقل قادة."
    assert said(body) == [("المتحدث", "وقال", "إن الغارات تمت استنادا إلى معلومات استخباراتية بأن الحافلة كانت تقل قادة")]
    # before people it names them as the source
    assert said("وقتل 5 أشخاص، استنادا إلى مصادر طبية.") == [("مصادر طبية", "استنادا إلى", "وقتل 5 أشخاص")]
    # and "على حد تعبيره" keeps its pronoun as the source
    assert said("وتوعد الوزير بأنها لن تمر دون حساب، على حد تعبيره.")[0][2] == "بأنها لن تمر دون حساب"


# -- figures: an official is a person (figures_victims: مسؤول), counted as any people noun


def test_an_official_is_a_person() -> None:
    assert [f[:2] for f in short("اعتقلت السلطات، الثلاثاء، مسؤولا في حزب المعارضة.")] == [(1, "captured")]
    assert [f[:2] for f in short("واعتقلت الشرطة 12 مسؤولا في البلدية.")] == [(12, "captured")]
    # the official who speaks is the source, not a harmed person
    assert [f[:2] for f in short("وقال مسؤول إن 5 أشخاص قتلوا في الهجوم.")] == [(5, "killed")]
    assert short("واعتبر الوزير الحكومة مسؤولة عن الأزمة.") == []
    # officials of a place, a plural of no size: no figure
    assert short("واعتقل المسلحون مسؤولي الأحياء واقتادوهم إلى السجن.") == []


# -- figures: a dual restated by اثنان joins the breakdown with its و


def test_a_restated_dual_joins_the_breakdown() -> None:
    body = "وقتل 10 أشخاص بينهم 3 نساء وطفلتان اثنتان، وعنصران اثنان من الدفاع المدني."
    assert [f[:2] for f in short(body)] == [(10, "killed"), (3, "killed"), (2, "killed"), (2, "killed")]


# -- figures: a four-digit count after a qualifier phrase, or before من and people, is no year


def test_a_count_after_a_qualifier_phrase_is_no_year() -> None:
    body = "وقال الجيش إن قواته قتلت أكثر من 2000 من المسلحين."
    assert [f[:2] for f in short(body)] == [(2000, "killed")]
    # a year after a plain noun stays a year
    assert short("وتذكر الأهالي أحداث 2011 في المدينة.") == []


# -- figures: a people noun in quotes still counts its conjoined number


def test_a_quoted_noun_counts_its_number() -> None:
    body = 'وخلال المداهمة، قتل 4 من رجال الأمن و3 "إرهابيين" واعتقل 5 أشخاص.'
    assert [f[:2] for f in short(body)] == [(4, "killed"), (3, "killed"), (5, "captured")]


# -- events: a word that refers back (الحادث) in another clause makes the sentence tell no second
#    event: the evidence stays the whole sentence, not the act's clause


def test_a_word_referring_back_keeps_the_whole_sentence() -> None:
    body = "لقي 29 شخصا حتفهم، إثر غرق عبارة قرب جزيرة سولاويسي، بينما تبحث فرق الإنقاذ عن الركاب بعد يوم من وقوع الحادث."
    assert [e["evidence"]["text"] for e in events(body)] == [body]
    # two acts told in one long sentence still give each its clause
    body = "وقتل 3 أشخاص في قصف على مدينة إدلب، بينما اعتقلت قوات الأمن 20 شخصا في مدينة حماة بعد اشتباكات."
    assert events(body)[0]["evidence"]["text"] == "وقتل 3 أشخاص في قصف على مدينة إدلب"


# -- events: a bare plural of acts told over a stretch of time (منذ عام، خلال الأشهر) is a tally,
#    even with people harmed in it


def test_acts_over_a_stretch_of_time_are_a_tally() -> None:
    assert kinds("وقتل الجنود أكثر من 40 مسلحا خلال الشهور الأربعة الماضية في هجمات جوية وبرية.") == []
    assert kinds("ومنذ عام 2015، قتل عشرات الجنود في هجمات نفذها مسلحون.") == []
    # a day anchors them, and so do people harmed with no stretch of time
    assert kinds("وقتل 5 أشخاص في هجمات على قرى الأحد.") == [("attack", "هجمات")]
    assert kinds("وقتل 12 شخصا في اشتباكات بين الشرطة والمتظاهرين.") == [("clash", "اشتباكات")]


# -- events: with one attack in the title and none other told, a verb of attack with no place, day or
#    word of "another" of its own narrates it (no word of "when" needed); a title that sums up many
#    acts (a plural) is no one act to narrate


def test_a_placeless_verb_narrates_the_title_attack() -> None:
    title = "مقتل 12 شخصا في هجوم انتحاري على مفوضية الانتخابات في ليبيا"
    body = (
        "قتل 12 شخصا على الأقل في هجوم انتحاري استهدف مقر المفوضية في العاصمة طرابلس. "
        "وقد فجر انتحاري واحد على الأقل نفسه، ليقتحم عدد من المسلحين المبنى ويشعلوا النيران فيه."
    )
    assert [(e["type"], e["trigger"]["text"]) for e in events(body, title=title)] == [("attack", "هجوم")]
    # a verb with a described place of its own (على منطقة السودانية) tells another act
    title = "مقتل امرأة وطفلتها في قصف إسرائيلي على غزة"
    body = "قتلت امرأة وطفلتها في قصف إسرائيلي على حي في مدينة غزة. وأغارت الطائرات الحربية على منطقة السودانية شمال غرب المدينة."
    assert [(e["type"], e["trigger"]["text"]) for e in events(body, title=title)] == [("attack", "قصف"), ("attack", "وأغارت")]
    title = "مقتل حوثيين بغارات للتحالف على البيضاء وصنعاء"
    body = "قتل 10 حوثيين في غارات للتحالف على محافظة البيضاء. في غضون ذلك، شنت طائرات التحالف غارات استهدفت مواقع المتمردين."
    assert len(events(body, title=title)) == 2


# -- events: a call or a meeting with reporters is an interview (class press), no meeting


def test_a_call_with_reporters_is_no_meeting() -> None:
    assert kinds("وقال متحدث عسكري في مكالمة هاتفية مع مراسلين إن الرجل فارق الحياة.") == []
    assert kinds("وقال الوزير خلال لقاء مع الصحفيين في بغداد إن الوضع مستقر.") == []
    assert kinds("والتقى الوزير نظيره الفرنسي في باريس.") == [("meeting", "والتقى")]


# -- figures: families displaced are counted (نزحت, the feminine verb, is a word of displacement)


def test_families_displaced_are_counted() -> None:
    body = "وأعلنت الحكومة أن أكثر من 1800 أسرة نزحت بسبب الاشتباكات في جنوب العاصمة."
    assert [f[:2] for f in short(body)] == [(1800, "displaced")]
    assert [f[:2] for f in short("ونزحت 300 أسرة من البلدة.")] == [(300, "displaced")]
    assert short("ونزحت العائلات من البلدة.") == []


# -- figures: those a body "lost" are killed where their own plural verb of killing follows


def test_lost_then_killed_are_killed() -> None:
    body = 'وتابع "للأسف فقدنا ثلاثة من الموظفين قتلوا في انفجار السيارة".'
    assert [f[:2] for f in short(body)] == [(3, "killed")]
    # lost at sea, or in a sinking, stay missing
    assert [f[:2] for f in short("وفقد 180 شخصا على الأقل في غرق عبارة سياحية.")] == [(180, "missing")]


# -- events: a reception and a call to a named person are meetings; a consul summoned is an envoy;
#    a call one is told to make is none (class instruct)


def test_receptions_and_calls_are_meetings() -> None:
    body = "وقال الرئيس خلال استقباله ممثلة الأمين العام للأمم المتحدة بيرنيل كارديل إن بلاده ملتزمة بالقرار."
    assert kinds(body) == [("meeting", "استقباله")]
    body = "وأجرى وزير الخارجية مايك بومبيو اتصالا مع ولي العهد السعودي محمد بن سلمان."
    assert kinds(body) == [("meeting", "اتصالا")]
    assert kinds("وأعلنت الخارجية في بيان أنها استدعت القنصل التركي.") == [("meeting", "استدعت")]
    # receiving refugees, a lost contact, a call one is told to make: no meeting
    assert kinds("ودعت المنظمة إلى استقبال اللاجئين.") == []
    assert kinds("وانقطع الاتصال مع الطائرة.") == []
    assert kinds("وقالت إنه أخبرها بالاتصال بمستشار للرئيس التركي رجب طيب أردوغان.") == []


# -- figures: a friend is a person (figures_victims: صديق، صديقة، صديقته)


def test_a_friend_is_a_person() -> None:
    assert short("فرنسا تحقق في مقتل ضابط وصديقته طعنا") == [(1, "killed", "military"), (1, "killed", "civilian")]
    # a friend who speaks is the source
    assert [f[:2] for f in short("وقال صديق الضحية إن 3 أشخاص قتلوا.")] == [(3, "killed")]


# -- statements: "على لسان X" inside a statement (phrase kind tongue) names who spoke for its speaker:
#    before أن, X is the speaker and أن opens the content; with no أن the speaker stays and the content
#    starts after X; never a second statement made of the host's words


def test_on_the_tongue_of_names_the_speaker() -> None:
    body = "وكانت مديرية الأمن العام أعلنت خلال الشهر الجاري على لسان ناطقها الإعلامي المقدم عامر السرطاوي ارتفاع أعداد جرائم القتل."
    assert said(body) == [("مديرية الأمن العام", "أعلنت", "ارتفاع أعداد جرائم القتل")]
    body = "وأعربت الجامعة العربية على لسان المتحدث باسمها محمود عفيفي، عن تضامنها مع المملكة المغربية."
    assert [x[:2] for x in said(body)] == [("الجامعة العربية", "وأعربت")]
    body = "إلا أن هيئة شؤون الأسرى أكدت، على لسان الطبيب ريان العلي، الذي شارك في التشريح، أن الشاب توفي."
    assert said(body) == [("الطبيب ريان العلي", "أكدت", "أن الشاب توفي")]
    body = "ونقلت وكالة الأنباء الرسمية على لسان العقيد تركي المالكي أن الصاروخ أطلق من صعدة."
    assert said(body) == [("العقيد تركي المالكي", "ونقلت", "أن الصاروخ أطلق من صعدة")]
    # a trailing بحسب stays a source of its own clause
    assert said("وقتل 5 أشخاص، بحسب مصادر طبية.") == [("مصادر طبية", "بحسب", "وقتل 5 أشخاص")]
