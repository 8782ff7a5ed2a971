"""Patterns found in session 20, from reading Marsad's output on unseen news articles.

Each test shows the Arabic a rule handles, and the near case it leaves alone. The sentences were
written for these tests.
"""

from __future__ import annotations

from marsad import extract
from tests.claims_helpers import said, short, sources
from tests.events_helpers import kinds

# -- figures: a casualty word before إن belongs to the speaker's words, not to the number after it


def test_a_casualty_word_before_inna_is_the_speakers() -> None:
    body = "وقالت جمعية لإسعاف الجرحى إن 9 مدنيين بينهم 3 أطفال لقوا حتفهم في القصف."
    assert short(body) == [(9, "killed", "civilian"), (3, "killed", "civilian")]
    # what the speaker spoke about is the number's: "about the wounded, four of them ..."
    assert [f[:2] for f in short("وقال طبيب عن الجرحى إن أربعة منهم في حالة خطرة.")] == [(4, "injured")]
    # a word that only looks like إن (الآن) ends nothing: "قتل فيها حتى الآن 40 شخصا"
    assert short("وهي الحرب التي قتل فيها حتى الآن 40 شخصا.") == [(40, "killed", "unspecified")]


# -- figures: the number after مقابل is the other side's toll, read with the toll before it


def test_the_other_sides_toll_after_muqabil() -> None:
    body = "وقتل في المواجهات 12 عنصرا من الشرطة، مقابل خمسة من المهاجمين."
    assert short(body) == [(12, "killed", "military"), (5, "killed", "military")]
    assert short("وأصيب 30 متظاهرا بجروح مقابل 4 في صفوف قوات الأمن.") == [
        (30, "injured", "unspecified"),
        (4, "injured", "military"),
    ]
    # arrests set against arrests too, where no one is freed in a swap; money is no toll
    assert short("واعتقلت الشرطة 8 متظاهرين مقابل 3 في الأسبوع الماضي.") == [
        (8, "captured", "unspecified"),
        (3, "captured", "unspecified"),
    ]
    assert short("وقتل 6 جنود مقابل 200 دولار.") == [(6, "killed", "military")]


# -- sources: a verb of reaching ends the name of a source


def test_a_verb_of_reaching_ends_a_source_name() -> None:
    body = "وقتل 20 مدنيا حسب مدير الدفاع المدني ليصل بذلك عدد القتلى إلى 140."
    assert sources(body)[0] == "مدير الدفاع المدني"


# -- numbers: an Arabic comma written between digits before a multiplier is a decimal point


def test_an_arabic_comma_between_digits_is_a_decimal_point() -> None:
    assert short("وأدى النزاع إلى تشريد 1،8 مليون شخص.") == [(1800000, "displaced", "unspecified")]
    # with a space after it, the comma parts two numbers
    assert short("وقتل 3، 4 أشخاص في القرية.")[0] == (3, "killed", "unspecified")


# -- figures: a dual joined to a casualty noun counts two of its own


def test_a_dual_after_a_toll_is_its_own_figure() -> None:
    assert short("وأعلن المستشفى استقبال 7 قتلى وجريحين.") == [
        (7, "killed", "unspecified"),
        (2, "injured", "unspecified"),
    ]
    # a plural joined to it still lumps the two
    assert short("وأعلن المستشفى استقبال 7 قتلى وجرحى.") == [(7, "killed_or_injured", "unspecified")]


# -- figures: a verb of bringing about after أن is a harm only feared


def test_a_harm_after_an_and_a_verb_of_causing_is_only_feared() -> None:
    assert short("ويخشى السكان أن يتسبب الفيضان في نزوح آلاف العائلات.") == []
    assert short("وقال إن الفيضان تسبب في نزوح آلاف الأشخاص.") == [(1000, "displaced", "unspecified")]


# -- figures: hundreds of metres are a distance


def test_hundreds_of_metres_are_no_people() -> None:
    assert short("وعثر على الجثث على بعد مئات الأمتار من القرية.") == []


# -- figures: one person marked as the object of a verb of hitting was wounded


def test_a_singular_object_of_asaba_is_one_injured() -> None:
    assert short("وقالت الشرطة إن رجلا أصاب ممرضة بجروح في المستشفى.") == [(1, "injured", "civilian")]
    # a thing hit, or one's own wife, is no figure
    assert short("وأصابت القذيفة مبنى البلدية.") == []
    assert short("وأقدم على طعن زوجها.") == []


# -- figures: wounds "to death" killed


def test_wounds_to_death_are_killed() -> None:
    assert short("وطعن شاب 4 أشخاص حتى الموت في المحطة.") == [(4, "killed", "civilian")]
    assert short("وطعن شاب 4 أشخاص في المحطة.") == [(4, "injured", "civilian")]


# -- figures: soldiers lost with no one named who lost them went missing


def test_lost_soldiers_with_no_loser_are_missing() -> None:
    assert short("وخلال الحرب فقد نحو 800 جندي ولم يعثر عليهم.") == [(800, "missing", "military")]
    # a force that lost its fighters lost them dead: named, or a relative before the verb
    assert short("وفقد الجيش 40 جنديا في المعارك.") == [(40, "killed", "military")]
    assert short("وقال إن الكتيبة التي فقدت عشرات المقاتلين انسحبت.") == [(10, "killed", "military")]


# -- figures: a quoted people noun after a conjoined number still lets the first number reach the verb


def test_a_quoted_noun_after_a_conjoined_number() -> None:
    body = 'وقال البيان إن 3 من رجال الإطفاء و12 "عاملا أجنبيا" قتلوا في الحريق.'
    assert [f[:2] for f in short(body)] == [(3, "killed"), (12, "killed")]


# -- figures: one harmed told after the verb and where it befell him


def test_one_harmed_after_the_verb_and_its_place() -> None:
    assert short("وقتل في مدينة الرمادي شرطي وأصيب ثلاثة آخرون.") == [
        (1, "killed", "military"),
        (3, "injured", "military"),
    ]
    # not a doer in a clause of its own: who was killed is not told
    assert short("وقال إنه قتل في الهجوم الذي نفذه مسلح.") == []


# -- figures: "the third" after a count of two is one more


def test_the_third_after_two_is_one_more() -> None:
    body = "وأسفر الاشتباك عن مقتل اثنين من المهربين وإصابة الثالث."
    assert short(body) == [(2, "killed", "unspecified"), (1, "injured", "unspecified")]
    # after four, "the third" is one of them already counted
    assert short("وأسفر الاشتباك عن مقتل أربعة من المهربين وإصابة الثالث.") == [(4, "killed", "unspecified")]


# -- statements: "على ما" before a reporting verb is "according to what ... said"


def test_ala_ma_before_a_reporting_verb_attributes() -> None:
    body = "وانهار المبنى على السكان، على ما أفاد مسؤول في الدفاع المدني."
    assert said(body) == [("مسؤول في الدفاع المدني", "على ما أفاد", "وانهار المبنى على السكان")]
    # a verb with its own إن/أن reports that, and one of naming (وصف) reports nothing around it
    assert said("واستدعت الخارجية السفير للاحتجاج على ما تقول إنه تدخل في شؤونها.") == [
        ("الخارجية", "تقول", "إنه تدخل في شؤونها")
    ]
    assert said("وقصفت الطائرات مواقع على ما وصفته الحكومة بالأهداف الإرهابية.") == []
    assert said("وحصل الفريق على ما يريد في المباراة.") == []


# -- entities and statements: two plain words opening with a given name, before a title set off
# by commas, are a person, and the speaker of what follows


def test_a_name_of_common_words_before_an_apposed_title() -> None:
    body = "نشر سلام حجاب، وزير المالية، مقالا، تحدث فيه عن الموازنة."
    assert ("PER", "سلام حجاب") in [(e["type"], e["name"]) for e in extract(body)["entities"]]
    assert said(body) == [("سلام حجاب", "تحدث", "عن الموازنة")]
    # words that open with no given name stay out ("صحف عالمية")
    names = [e["name"] for e in extract("ونشرت صحف عالمية، رئيس الوزراء البريطاني")["entities"]]
    assert "صحف عالمية" not in names


# -- statements: a headline's subject with a و the tagger took in, and a subject after a count


def test_a_headline_subject_loses_its_wa() -> None:
    assert said("اشتباكات في الجنوب.. وروسيا تعلن إرسال مساعدات") == [("روسيا", "تعلن", "إرسال مساعدات")]
    # a name that begins with و keeps it once its conjunction goes
    assert said("ووليد جنبلاط يعلن دعمه للحكومة") == [("وليد جنبلاط", "يعلن", "دعمه للحكومة")]


def test_a_headline_subject_after_a_count_joined_by_wa() -> None:
    assert said("نحو 50 ألف لاجئ والمفوضية تطالب بتمويل عاجل") == [("المفوضية", "تطالب", "بتمويل عاجل")]


# -- figures: prisoners who managed to escape are no captives taken


def test_prisoners_who_escaped_are_not_captured() -> None:
    assert short("بينما تمكن 5 سجناء من الفرار ليلا.") == []
    assert short("وتمكنت الشرطة من اعتقال 5 سجناء فارين.") == [(5, "captured", "unspecified")]


# -- figures: one already named is no figure, however far back his name stands in the sentence


def test_a_person_named_before_in_the_sentence_is_no_figure() -> None:
    assert short("وكان المخرج سامي يوسف، الناقد للحكومة، قد أردي قتيلا بالرصاص أمام منزله.") == []
    assert short("وكان الناشط سامي يوسف أحد أبرز وجوه الحراك في المدينة، ولقي حتفه في انفجار سيارة.") == []
    # so is one named after a possessed title
    assert short("وأعلنت الجماعة أن الشرطة ألقت القبض على نائبه خالد عمر.") == []
    # with no name, one person is a figure
    assert short("وأعلنت الجماعة أن الشرطة ألقت القبض على نائبه.") == [(1, "captured", "civilian")]


# -- statements and sources: the head before a relative clause closed by a comma is the speaker


def test_the_head_of_a_relative_clause_before_the_verb_speaks() -> None:
    body = "ويذكر أن الجيش الذي يقاتل في الشمال، أعلن في وقت متأخر من الليل، أن صاروخا سقط على القرية، فيما أسفر القصف عن مقتل 3 مدنيين."
    assert said(body) == [("الجيش", "أعلن", "أن صاروخا سقط على القرية")]
    # and a figure after the reported words has it for source, not the time after the verb
    assert sources(body) == ["الجيش"]


# -- figures: a verb joined by و keeps its own number past a qualifier and قد


def test_a_joined_verb_keeps_its_own_number_past_a_qualifier() -> None:
    assert short("وكان 12 شخصا على الأقل قد قتلوا وجرح المئات في المواجهات.") == [
        (12, "killed", "unspecified"),
        (100, "injured", "unspecified"),
    ]


# -- figures: "في الـ19" after one person is his age


def test_a_number_with_al_after_fi_and_one_person_is_an_age() -> None:
    assert short("واندلعت الاحتجاجات إثر مقتل شاب في الـ19 برصاص الشرطة.") == [(1, "killed", "unspecified")]


# -- figures: the sick of a disease named before the verb are no injured


def test_those_a_disease_struck_are_not_injured() -> None:
    assert short("وضرب البلاد وباء الحصبة الذي أصاب نحو 5 آلاف طفل.") == []
    # a clause of its own after a comma is another matter
    assert short("وتوفي 3 أشخاص بالفيروس، وأصيب 40 شخصا في حادث سير.")[-1][:2] == (40, "injured")


# -- figures: killed or captured, which not told, is no figure; killed or missing reads as killed


def test_killed_or_captured_is_no_figure() -> None:
    assert short("وأعلن الجيش مقتل أو اعتقال 30 مسلحا في العملية.") == []
    assert short("ويعتقد أن 200 ألف شخص قتلوا أو فقدوا منذ بدء الحرب.") == [(200000, "killed", "unspecified")]


# -- statements: a record that demands or accuses, right after its verb of issuing, speaks for its issuer


def test_a_record_speaks_for_who_issued_or_read_it() -> None:
    body = "ثم قرأت ثماني دول أوروبية بيانا يطالب إسرائيل بضبط النفس."
    assert said(body)[0][:2] == ("ثماني دول أوروبية", "يطالب")
    assert said("ووزعت الولايات المتحدة بيانا يدعو إلى وقف العنف.")[0][:2] == ("الولايات المتحدة", "يدعو")


# -- events: a channel's name is no march



def test_a_channel_named_masira_is_no_march() -> None:
    assert kinds("وقالت قناة المسيرة إن مقاتلين استهدفوا سفينة.") == [("attack", "استهدفوا")]
    assert kinds("وانطلقت المسيرة من ساحة التحرير.") == [("protest", "المسيرة")]


# -- figures: a verb of hitting after a killing, its number closed by the attack it was done in


def test_wounded_after_a_killing_in_an_attack() -> None:
    body = "وقتل المسلحون خمسة أشخاص وأصابوا العشرات في هجوم ليلي."
    assert short(body) == [(5, "killed", "unspecified"), (10, "injured", "unspecified")]
    # not where the verb's other sense may hold (a place, no attack)
    assert short("وقتل المسلحون خمسة أشخاص وأصابوا العشرات في المدينة.") == [(5, "killed", "unspecified")]
