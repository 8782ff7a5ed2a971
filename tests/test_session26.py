"""Session 26.

Figures and sources: the label of a headline line names the source when it is an organization the
tagger found, a medium ("الإذاعة الإسرائيلية: ...") or people who report ("نشطاء: ..."), and a hashtag
kicker ("#عاجل |") is no part of it; a verb in the first person after a colon (": أبلغنا عائلات 392")
names no one after it; unarmed people (غير مسلحين) are civilians; one captive "to" something (أسيرة
لروسيا) is a figure of speech; who mourns its dead (نعى) gives their number; a time word (حينها)
between a verb and its number is no subject; a toll of a body written with لل names the body (حصيلة
للصليب الأحمر); a source named by pointing back (بحسب المصدر) is the one named before; who declares
an act (أعلنت تركيا حالة الطوارئ) gives no figure told after it.

Statements: a phrase that closes a sentence after a claim of responsibility attributes the whole
sentence ("في هجوم أعلنت حركة الشباب مسؤوليتها عنه، وفق ضابط"); a leader (قيادي) heads a speaker;
"حسب قوله" (a phrase and a verbal noun of saying with a pronoun) is the statement of whom the pronoun
refers to; who is held responsible (حمّل X مسؤولية) is the object, not the speaker.

Events: two who discussed (ناقشا، سيناقشان) met or talked, and after و they go on with the meeting
told; a meeting verb's topic is no figure of speech (ناقشا الأوضاع); a verb of habit before an act
(دأبت على اعتقال) and encouraging one (يشجعها على تنفيذ هجمات) tell no occurrence; a platform spelled
with ج (تليجرام) is a channel, never an actor; a salvo of rockets (رشقة صاروخية) is an attack; who
mourns its dead did not kill them; a force that reports it killed people (أنها قتلت ثلاثة مسلحين) did
it, and so does one that says "إنه قتل تسعة"; a number opens at its qualifier (أسر أكثر من 12).

Entities: two parts of one place name the tagger split (خان + يونس) are one place."""

from __future__ import annotations

from tests.claims_helpers import figs, said, sources
from tests.events_helpers import events, names


def told(body: str, title: str | None = None) -> list[tuple[str, str]]:
    return [(e["type"], e["trigger"]["text"]) for e in events(body, title=title)]

# -- the label of a headline line (figures_source._title_label)


def test_a_medium_before_the_colon_of_a_headline_line_is_the_source() -> None:
    assert sources("الإذاعة الإسرائيلية: مقتل ضابط برتبة رائد في اشتباك قرب بيت حانون") == [
        "الإذاعة الإسرائيلية"
    ]
    assert sources("وسائل إعلام عبرية: إصابة ثلاثة مستوطنين بعملية دهس قرب الخليل") == ["وسائل إعلام عبرية"]


def test_an_organization_before_the_colon_is_the_source_and_a_place_is_not() -> None:
    assert sources("كتائب القسام: مقتل 5 من جنود الاحتلال في كمين شرق جباليا") == ["كتائب القسام"]
    assert sources("لبنان: مقتل 7 في غارات على بلدة عيتا الشعب") == [None]


def test_a_hashtag_kicker_is_no_part_of_the_label() -> None:
    assert sources("#عاجل | وزارة الصحة: ارتفاع عدد الجرحى إلى 61 في مخيم النصيرات") == ["وزارة الصحة"]
    # a label in a body sentence with a stop at its end is no headline
    assert sources("وقال شهود إن القصف تواصل. الإذاعة الإسرائيلية: مقتل جندي في خان يونس.") == [None]


def test_people_who_report_in_a_label_are_the_source() -> None:
    assert sources('نشطاء: "أكثر من 200 قتيل في قصف المدينة منذ بدء الحملة"') == ["نشطاء"]
    assert sources("شهود: مقتل 4 من عناصر الأمن في كمين قرب الحدود") == ["شهود"]


# -- a phrase that closes a sentence after a claim of responsibility (adjunct kind responsibility)


def test_a_closing_phrase_after_a_claim_of_responsibility_attributes_the_sentence() -> None:
    body = (
        "أسفر تفجير انتحاري عن مقتل خمسة جنود وإصابة سبعة آخرين في هجوم أعلنت حركة الشباب "
        "مسؤوليتها عنه، وفق ضابط في الجيش."
    )
    assert sources(body) == ["ضابط في الجيش", "ضابط في الجيش"]
    rows = said(body)
    assert ("حركة الشباب", "أعلنت", "مسؤوليتها عنه") in rows
    assert any(sp == "ضابط في الجيش" and cue == "وفق" and content.startswith("أسفر تفجير") for sp, cue, content in rows)


def test_a_closing_phrase_after_any_other_report_still_gives_nothing_of_its_own() -> None:
    # the phrase closes the statement before it: no second statement, and the figure stays the verb's
    body = "وقال الجيش إن مسلحين قتلوا جنديين في الهجوم، وفق ما نقلت وكالة الأنباء الرسمية."
    assert [cue for _, cue, _ in said(body)] == ["وقال"]
    assert sources(body) == ["الجيش"]


# -- a leader (قيادي) heads a speaker phrase (statements_speakers.tsv)


def test_a_leader_after_announced_is_its_speaker_not_its_object() -> None:
    assert said("أعلن قيادي كردي، اعتقال قوات كردية شمال سوريا لمسلح أجنبي.") == [
        ("قيادي كردي", "أعلن", "اعتقال قوات كردية شمال سوريا لمسلح أجنبي")
    ]


# -- two who discussed (events_triggers.tsv: ناقشا، تباحثا، يناقشان… with flag joined)


def test_two_who_discussed_met_or_talked() -> None:
    evs = events("وقال البيت الأبيض إن بايدن ونتنياهو ناقشا الأوضاع في المنطقة.")
    assert [(e["type"], e["trigger"]["text"]) for e in evs] == [("meeting", "ناقشا")]
    assert "بايدن" in names(evs[0]["actors"])
    evs = events("وقال المتحدث إن الوزيرين سيناقشان الملف النووي في جنيف الأسبوع المقبل.")
    assert [(e["type"], e["status"]) for e in evs] == [("meeting", "planned")]


def test_searching_and_one_who_discussed_are_no_meeting() -> None:
    assert told("وواصل رجال الإنقاذ عملهم بحثا عن ناجين تحت الأنقاض.") == []
    assert told("وبحث المجلس مشروع القرار دون أن يصوت عليه.") == []


def test_after_and_the_dual_goes_on_with_the_meeting_told() -> None:
    evs = events(
        "وصل الرئيس الروسي إلى دمشق حيث استقبله نظيره السوري.",
        title="بوتين يلتقي الأسد في دمشق.. ويناقشان الخطوات التالية",
    )
    assert [e["type"] for e in evs] == ["meeting"]
    assert [e["trigger"]["text"] for e in evs] == ["يلتقي"]


# -- unarmed (figures_cues.tsv role not_class)


def test_unarmed_people_are_civilians() -> None:
    assert [(c["count"], c["victims"]) for c in figs("قتل ثلاثة متظاهرين غير مسلحين برصاص الشرطة.")] == [
        (3, "civilian")
    ]
    assert [c["victims"] for c in figs("استشهد شاب غير مسلح برصاص الجنود قرب الحاجز.")] == ["civilian"]
    # armed ones stay fighters
    assert [c["victims"] for c in figs("قتل أربعة مسلحين في اشتباك مع الشرطة.")] == ["military"]


# -- captive to (figures_singular._captive_to)


def test_captive_to_something_is_a_figure_of_speech() -> None:
    assert figs("وقال الرئيس إن ألمانيا أصبحت أسيرة لروسيا في ملف الطاقة.") == []
    assert figs("وقالت المغنية إنها تشعر أنها أسيرة لهاتفها.") == []


def test_one_held_by_a_group_or_of_a_nationality_is_still_captured() -> None:
    assert [(c["count"], c["outcome"]) for c in figs("ولا يزال جندي أسير لدى الحركة منذ عامين.")] == [(1, "captured")]
    assert [(c["count"], c["outcome"]) for c in figs("وأفرجت السلطات عن أسير لبناني بعد عشرين عاما.")] == [
        (1, "captured")
    ]


# -- "we" after a colon or a quotation mark (figures_source._we_said)


def test_a_verb_in_the_first_person_after_a_colon_is_the_labels_words() -> None:
    assert sources("المتحدث باسم الحكومة: أبلغنا عائلات 392 من الجنود الذين قتلوا منذ بدء الحرب") == [
        "المتحدث باسم الحكومة"
    ]
    assert sources('وقال المتحدث باسم الجيش: "أبلغنا عائلات 12 جنديا قتلوا في المعارك".') == ["المتحدث باسم الجيش"]
    # the first person as the object ("told us") keeps the one who told
    assert sources("وقال مدير المستشفى إن مصادر أبلغتنا بمقتل 12 شخصا.") == ["مدير المستشفى"]


# -- a habit before the act (events_context.tsv class habit_before) and encouraging an act (cancel)


def test_a_habit_before_the_act_is_no_occurrence() -> None:
    assert told("ودأبت الحكومة على اعتقال المعارضين في العاصمة.") == []
    # after the act the verb of habit belongs to another clause
    assert told("وشن المسلحون هجوما على القرية، واعتادت القوات على قصف المنطقة.") == [("attack", "وشن")]


def test_encouraging_attacks_is_no_attack() -> None:
    assert told("وتتهم أنقرة واشنطن بأنها تدعم المسلحين وتشجعهم على تنفيذ هجمات في تركيا.") == []


# -- platforms spelled with ج (statements_channels.tsv)


def test_a_platform_spelled_with_jim_is_a_channel_not_an_actor() -> None:
    evs = events("وقالت سرايا القدس عبر قناتها على «تليجرام»، صباح الاثنين، إنها قصفت موقع كيسوفيم العسكري.")
    assert [e["type"] for e in evs] == ["attack"]
    assert "تليجرام" not in names(evs[0]["actors"])
    st = said("وقال المتحدث في منشور على تليجرام إن القوات قصفت مواقع للعدو.")
    assert st == [("المتحدث", "وقال", "إن القوات قصفت مواقع للعدو")]


# -- a salvo of rockets (events_triggers.tsv: رشقة صاروخية، أطلق رشقة)


def test_a_salvo_of_rockets_is_an_attack() -> None:
    evs = events("أطلقت الفصائل رشقة صاروخية باتجاه مستوطنات الغلاف مساء اليوم.")
    assert [e["type"] for e in evs] == ["attack"]
    assert "الفصائل" in names(evs[0]["actors"])
    assert [e["type"] for e in events("وتعرضت المدينة لرشقات صاروخية مكثفة مساء أمس.")] == ["attack"]


# -- mourning (figures_attribution.tsv verb نعى; events_context.tsv class mourn)


def test_who_mourns_its_dead_gives_their_number_and_did_not_kill_them() -> None:
    body = "نعى حزب الله ثلاثة من عناصره قضوا في غارة إسرائيلية استهدفت سيارة في بلدة الناقورة."
    assert sources(body) == ["حزب الله"]
    evs = events(body)
    assert [e["type"] for e in evs] == ["attack"]
    assert "حزب الله" not in names(evs[0]["actors"])
    assert "إسرائيل" in names(evs[0]["actors"])


# -- a time word between the verb and its number (figures_cues.tsv verb_adjunct: حينها، وقتها)


def test_a_time_word_between_a_verb_and_its_number_is_no_subject() -> None:
    assert [(c["count"], c["outcome"]) for c in figs("وبلغت الاحتجاجات ذروتها في أيار، إذ قتل حينها 61 فلسطينيا.")] == [
        (61, "killed")
    ]
    assert [(c["count"], c["outcome"]) for c in figs("وأصيب وقتها ثلاثة جنود بجروح طفيفة.")] == [(3, "injured")]


# -- a toll of a body whose name opens with لل (figures_source._li, statements_speakers._issued_doc)


def test_a_toll_of_a_body_written_with_lil_names_the_body() -> None:
    body = "وقتل 55 مدنيا في قصف استهدف مدينة الحديدة، بحسب حصيلة للصليب الأحمر."
    assert sources(body) == ["الصليب الأحمر"]
    assert [sp for sp, _, _ in said(body)] == ["الصليب الأحمر"]


# -- a source named only by pointing back (figures_source._pointed)


def test_the_source_pointed_back_to_is_the_one_named_before() -> None:
    body = (
        "قتل الجيش أربعة فلسطينيين على الأقل قرب السياج، بحسب ما أعلنت وزارة الصحة في القطاع. "
        "وأصيب مسعفان بالرصاص الحي، بحسب المصدر."
    )
    assert sources(body) == ["وزارة الصحة في القطاع", "وزارة الصحة في القطاع"]
    # where the statements layer resolved it to the source it heads, that one
    body = "وقال مصدر أمني إن الوضع هادئ في المدينة. وقتل ثلاثة مدنيين في قصف ليلي، وفقا للمصدر."
    assert sources(body) == ["مصدر أمني"]


# -- "حسب قوله": a one-word phrase and a verbal noun of saying with a pronoun (statements_phrases._own_words)


def test_according_to_his_words_is_the_last_speakers_statement() -> None:
    body = "وقال المتحدث باسم الوزارة إن القوات ستواصل عملياتها. وأصيب 12 شخصا بجروح، حسب قوله."
    assert said(body)[1] == ("المتحدث باسم الوزارة", "حسب", "وأصيب 12 شخصا بجروح")
    assert sources(body) == ["المتحدث باسم الوزارة"]
    # right after a statement it is no statement of its own, and no part of the content
    assert said("وقال الرئيس إن العلاقات ليست جيدة، حسب تعبيره.") == [("الرئيس", "وقال", "إن العلاقات ليست جيدة")]


# -- held responsible (statements_verbs.tsv: حمّل takes its object always, obj_required)


def test_who_is_held_responsible_is_the_object_not_the_speaker() -> None:
    body = "وأصدرت اللجنة تقريرها الرابع، وحملت ميليشيا الحوثي مسؤولية مقتل 370 مدنيا."
    rows = said(body)
    assert rows[-1][1:] == ("وحملت", "ميليشيا الحوثي مسؤولية مقتل 370 مدنيا")
    assert rows[-1][0] == "اللجنة"
    assert sources(body) == ["اللجنة"]
    # with its speaker named, the speaker comes first
    assert said("وحملت الحكومة اليمنية الحوثيين مسؤولية مقتل 12 مدنيا في القصف.")[0][0] == "الحكومة اليمنية"


# -- a declaration (statements_adjuncts.tsv kind declared; figures_source._declares)


def test_who_declares_an_emergency_gives_no_figure_told_after_it() -> None:
    body = "وأعلنت تركيا حالة الطوارئ وشنت حملة قمع واسعة عقب الانقلاب، نتج عنها اعتقال 50 ألف شخص."
    assert sources(body) == [None]
    # the declaration is still a statement
    assert [cue for _, cue, _ in said(body)] == ["وأعلنت"]
    # a report with أن is no declaration, whatever word follows it
    assert sources("وأعلنت وزارة الصحة أن حالة خمسة من الجرحى خطيرة بعد مقتل 12 شخصا.") == ["وزارة الصحة"] * 2


# -- two parts of one place name the tagger split (entities._place_part)


def test_two_parts_of_one_place_name_are_one_place() -> None:
    from marsad.pipeline import process

    doc = process("وقتل ثلاثة مواطنين في غارة على منزل في خان يونس.")  # tagged خان + يونس
    assert ("خان يونس", "LOC") in [(e["name"], e["type"]) for e in doc.layers["entities"]]
    assert "خان يونس" in names(doc.layers["events"][0]["places"])
    # two places side by side stay two
    doc = process("وقصفت الطائرات سوريا العراق أمس.")
    assert "سوريا العراق" not in [e["name"] for e in doc.layers["entities"]]


# -- who reports it killed them did it (events._killer_before with a pronoun of أن)


def test_a_force_that_reports_it_killed_people_did_it() -> None:
    evs = events("وأعلنت الشرطة أنها قتلت ثلاثة مسلحين في اشتباك قرب الحدود.")
    attacks = [e for e in evs if e["type"] == "attack"]
    assert [e["trigger"]["text"] for e in attacks] == ["قتلت"]
    assert "الشرطة" in names(attacks[0]["actors"])
    # a toll with no one who did it is still only a figure
    assert told("وقالت المصادر إن ثلاثة أشخاص قتلوا في الحادث.") == []


def test_a_number_opens_at_its_qualifier() -> None:
    # (events: _Ctx.number_starts holds where a qualified number's qualifier starts)
    evs = events("ويقول الجيش إن قواته قتلت أكثر من 2000 من المسلحين منذ بدء العملية.")
    assert [e["trigger"]["text"] for e in evs if e["type"] == "attack"] == ["قتلت"]
    evs = events("وأفاد مصدر عسكري أنه تم أسر أكثر من 12 عنصرا من المسلحين.")
    assert [e["type"] for e in evs] == ["arrest"]


def test_a_bare_stem_after_a_pronoun_of_the_speaker_is_the_verb() -> None:
    # (events._verb_or_noun: قتل after إنه, with people counted after it)
    evs = events("وقال الحرس الثوري إنه قتل تسعة معارضين خلال عملية أمنية قرب الحدود.")
    attacks = [e for e in evs if e["type"] == "attack"]
    assert [e["trigger"]["text"] for e in attacks][:1] == ["قتل"]
    assert "الحرس الثوري" in names(attacks[0]["actors"])
    # no one counted after it: the noun, as before
    assert told("وقالت الحكومة إنه قتل خلال الاشتباكات.") == []
