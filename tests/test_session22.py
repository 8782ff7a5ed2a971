"""Patterns found in session 22, from reading Marsad's output on unseen news articles.

Each test shows the Arabic a rule handles, and the near case it leaves alone. The sentences were
written for these tests.
"""

from __future__ import annotations

from tests.claims_helpers import figs, said, short, sources
from tests.events_helpers import events, kinds

# -- figures: سقط / سقوط (lexicon sense "fell"): people who fell were killed, unless a casualty word
#    after them says how they fell, or they fell to the ground


def test_people_who_fell_were_killed() -> None:
    assert short("وأدى القصف إلى سقوط 26 مقاتلا من القوات الحكومية.") == [(26, "killed", "military")]
    assert short("وسقط خمسة أطفال في الغارة على القرية.") == [(5, "killed", "civilian")]
    # "بالإضافة إلى سقوط 15 من المهاجمين": after a toll of its own
    assert short("وأسفر الهجوم عن مقتل 9 من رجال الأمن، بالإضافة إلى سقوط 4 من المسلحين.") == [
        (9, "killed", "military"),
        (4, "killed", "military"),
    ]
    # a harm of its own after them (وإصابة) leaves the fall a death
    assert short("وأدى القصف إلى سقوط 12 مدنيا وإصابة 20 آخرين.") == [(12, "killed", "civilian"), (20, "injured", "civilian")]


def test_a_casualty_word_after_the_fallen_says_how_they_fell() -> None:
    assert short("وأدى القصف إلى سقوط 17 جريحا في السوق.") == [(17, "injured", "unspecified")]
    assert short("وسقط 11 قتيلا و40 جريحا في الانفجار.") == [(11, "killed", "unspecified"), (40, "injured", "unspecified")]
    assert short("وسقط العشرات من عناصر الشرطة والجيش والحرس بين قتيل وجريح.") == [
        (10, "killed_or_injured", "military")
    ]


def test_a_fall_to_the_ground_or_of_things_is_no_death() -> None:
    assert short("وسمع دوي إطلاق نار وسقط أحد الرجال، وكان يبدو أعزل، على الأرض.") == []
    assert short("وسقط 3 متظاهرين أرضا بعد إطلاق الغاز عليهم.") == []
    assert short("وسقط 8 صواريخ في منطقة مفتوحة قرب الحدود.") == []


# -- figures: a plural verb after a comma belongs to a number whose people are named by a من-phrase


def test_a_plural_verb_after_a_comma_over_the_peoples_min_phrase() -> None:
    body = "وأعلن الجيش أن أكثر من 30 عنصرا من الجماعة المسلحة المتشددة، قتلوا أو أصيبوا خلال المعارك."
    assert short(body) == [(30, "killed_or_injured", "military")]
    assert short("وقال المصدر إن 7 جنود من الحرس الجمهوري، قتلوا في الكمين.") == [(7, "killed", "military")]
    # (since session 37 a place phrase after the people is theirs too: "7 جنود في المدينة القديمة،
    # قتلوا"; a comma before a verb with و still ends the number's reach)
    assert short("وقال المصدر إن 7 جنود في المدينة القديمة، قتلوا أمس.") == [(7, "killed", "military")]
    assert short("وقال المصدر إن 7 جنود في المدينة القديمة، وقتل مدني أمس.") == [(1, "killed", "civilian")]


# -- statements: وبيّن (بين, flag wa_perf_ms) reports with و and أن near, or a colon; a bare بين and a
#    بين said again ("بين X وبين Y") are the preposition


def test_bayyana_reports_after_wa() -> None:
    assert said("وبيّن مدير المستشفى في مؤتمر صحفي أن المصابين نقلوا إلى العاصمة.") == [
        ("مدير المستشفى", "وبيّن", "أن المصابين نقلوا إلى العاصمة")
    ]
    assert said('وبيّن: "لا حل دون حوار شامل بين الأطراف".')[0][1:] == ("وبيّن", "لا حل دون حوار شامل بين الأطراف")


def test_bayna_the_preposition_reports_nothing() -> None:
    assert said("ووقعت اشتباكات بين الجيش والمسلحين إن صح التعبير.") == []
    assert said("واقترحت الحكومة الفصل بين الملفين وبين إجراء محادثات منفصلة يمكن أن تنهي الأزمة.") == [
        ("الحكومة", "واقترحت", "الفصل بين الملفين وبين إجراء محادثات منفصلة يمكن أن تنهي الأزمة")
    ]
    # "بينه وبين": the preposition with its pronoun does not end a content
    assert said('وقالت الوزارة إن الصحفي توفي إثر "شجار" بينه وبين موظفين في السفارة.') == [
        ("الوزارة", "وقالت", 'إن الصحفي توفي إثر "شجار" بينه وبين موظفين في السفارة')
    ]


# -- statements: a quote after a word of naming (عنوان) inside a reporting phrase is a title, not the
#    content; and a verb whose object is a title (حمل عنوان) names no source


def test_a_titled_report_is_the_source() -> None:
    body = 'ووفقا للتقرير الذي حمل عنوان "في الظل والصمت" فإن بين الضحايا 60 طفلا.'
    assert sources(body) == ["التقرير"]
    assert said(body)[0][0] == "التقرير"


# -- figures: one toll told twice


def test_a_toll_told_again_by_its_source_in_the_same_sentence_is_one() -> None:
    body = "وقتل مدني وأصيب 4 آخرون في قصف على البلدة، وقالت مصادر طبية إن قذيفة أدت إلى مقتل مواطن وإصابة 4 أطفال."
    assert [(c["count"], c["outcome"], (c["source"] or {}).get("name")) for c in figs(body)] == [
        (1, "killed", "مصادر طبية"),
        (4, "injured", "مصادر طبية"),
    ]
    # fighters of two sides with the same count stay two
    assert sources("وقتل 5 جنود في الهجوم، وقال الجيش إن 5 مسلحين قتلوا في الرد.") == [None, "الجيش"]


def test_a_body_and_the_part_of_it_that_speaks_are_one_source() -> None:
    body = (
        "أعلن الجيش الباكستاني، اليوم الأحد، مقتل 9 مسلحين في هجمات على مواقع حدودية. "
        'ووفق بيان الجناح الإعلامي للجيش الباكستاني فإن "الرد أدى إلى مقتل 9 إرهابيين".'
    )
    assert sources(body) == ["الجيش الباكستاني"]


# -- events


def test_two_rockets_that_fell_are_an_attack() -> None:
    assert kinds("وسقط صاروخان قرب مطار المدينة فجر اليوم.") == [("attack", "وسقط صاروخان")]


def test_the_act_word_after_a_verb_ends_its_doer() -> None:
    (ev,) = events("وألقت قوات الأمن المحلية القبض على 12 مطلوبا في المدينة.")
    assert ev["type"] == "arrest"
    assert ev["actors"][0]["name"] == "قوات الأمن المحلية"


# -- statements: "، غير أن X قال" (lexicon class but_an; and لكن, clause_link): a reporting verb after
#    the subject of a "but" opens a report of its own, and ends the one before


def test_a_report_after_but_and_its_subject_is_its_own() -> None:
    assert said("ونفت الحكومة قصف المستشفى، غير أن منظمة محلية قالت إن 4 مرضى قتلوا في القصف.") == [
        ("الحكومة", "ونفت", "قصف المستشفى"),
        ("منظمة محلية", "قالت", "إن 4 مرضى قتلوا في القصف"),
    ]
    assert said("وقال الوزير إن الوضع هادئ، لكن سكانا محليين أكدوا أن الاشتباكات مستمرة.") == [
        ("الوزير", "وقال", "إن الوضع هادئ"),
        ("سكانا محليين", "أكدوا", "أن الاشتباكات مستمرة"),
    ]
    # with no report after it, the "but" goes on with the speaker's words
    assert said("وقال الوزير إن الوضع هادئ، غير أن القوات ما زالت تنتشر في المدينة.") == [
        ("الوزير", "وقال", "إن الوضع هادئ، غير أن القوات ما زالت تنتشر في المدينة")
    ]
    # nor does a verb right after "إلا أنه": the same speaker goes on
    assert said("وقال الوزير إن الحل صعب كما قال، إلا أنه دعا إلى الهدوء.")[-1] == ("الوزير", "دعا", "إلى الهدوء")


def test_single_people_in_quotes_after_a_word_of_harm() -> None:
    assert short('وأعلن الجيش مقتل "ضابط وجندي وإصابة مجند" في الهجوم.') == [
        (1, "killed", "military"),
        (1, "killed", "military"),
        (1, "injured", "military"),
    ]
    # one named in the quotes is no figure
    assert short('وأعلن الجيش مقتل "الضابط سامي عبد الله" في الهجوم.') == []


def test_a_verbal_noun_with_the_article_governs_no_number_after_it() -> None:
    body = "وطالت جرائم التعذيب في السجون وأماكن الاحتجاز 17 شخصا توفوا تحت التعذيب العام الماضي."
    assert [(c, o) for c, o, _ in short(body)] == [(17, "killed")]
    # without the article the noun governs it: "احتجاز 17 شخصا"
    assert [(c, o) for c, o, _ in short("وأعلنت الشرطة احتجاز 17 شخصا في المدينة.")] == [(17, "captured")]


def test_a_name_in_brackets_is_no_reporting_verb() -> None:
    # راي (the channel Rai) reads as رأى (he saw, he opined)
    body = 'وأعلن الوزير لقناة (راي 1) التلفزيونية: "لن نتراجع عن القرار"، مضيفا أنه سيطلب غرامات كبيرة.'
    assert [(sp, cue) for sp, cue, _ in said(body)] == [("الوزير", "وأعلن"), ("الوزير", "مضيفا")]


def test_people_taken_into_hospital_were_injured() -> None:
    body = "وقال مسعف إن أربعين شخصا على الأقل قد أدخلوا المستشفى بعد إصابتهم في الانفجار."
    assert short(body) == [(40, "injured", "unspecified")]
    # one taken into hospital with no word of harm is no figure
    assert short("وأدخل الرئيس المستشفى لإجراء فحوص روتينية.") == []


def test_it_turned_out_is_no_ones_report() -> None:
    # "وتبين أن": it turned out (lexicon passive_an), not a report of the speaker before
    assert said("وأوقفت الشرطة امرأة في المطار. وتبين أن جواز سفرها مزيف.") == []
    # with a subject of its own, تبيّن (it shows) reports
    assert said("وتبين الوثائق التي نشرتها الصحيفة أن الوزير كان على علم.") == [
        ("الوثائق", "وتبين", "أن الوزير كان على علم")
    ]


def test_what_a_quake_struck_is_no_attack() -> None:
    # ضربها reads as ضربة (a strike) with its pronoun; a quake right after it struck the place
    body = "ووصل رجال الإنقاذ ببطء إلى المناطق النائية التي ضربها زلزال قوي فجر الجمعة."
    assert [t for t, _ in kinds(body)] == ["disaster"]
    assert [t for t, _ in kinds("وغمرت المياه الأنفاق بعد اجتياح إعصار مايكل الولاية.")] == ["disaster"]
