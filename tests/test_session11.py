"""Patterns found in session 11, from reading Marsad's output on unseen news articles.

Each test shows the Arabic a rule handles, and the near case it leaves alone.
"""

from __future__ import annotations

from tests.claims_helpers import figs, said, short
from tests.events_helpers import events

# -- figures: new


def test_the_same_period_as_a_total_makes_a_running_total() -> None:
    # role total (figures_cues.tsv): الفترة نفسها، الفترة ذاتها، ذات الفترة، هذه الفترة
    for body in (
        "وقتل 89 مسلحا خلال الفترة ذاتها.",
        "وخلال الفترة نفسها، قتل نحو 300 شخص بحسب وكالات أنباء.",
        "وقالت البعثة إنه خلال هذه الفترة سقط 5122 شخصا بين قتيل وجريح.",
    ):
        assert [c["new"] for c in figs(body)] == [False], body
    # a toll with no period is a single event's
    assert [c["new"] for c in figs("وقتل 89 مسلحا في الهجوم.")] == [None]


# -- figures: victims


def test_members_of_an_armed_wing_are_fighters() -> None:
    # victims column member (ناشط، ناشطين…) and cue role armed_wing (الجناح المسلح، الجناح العسكري)
    body = "والأحد، قتل ثلاثة ناشطين في سرايا القدس، الجناح المسلح لحركة الجهاد الإسلامي، في قصف."
    assert short(body) == [(3, "killed", "military")]
    body = "وقتل ثلاثة من ناشطي كتائب عز الدين القسام، الجناح العسكري لحماس."
    assert short(body) == [(3, "killed", "military")]
    # activists of no armed wing stay civilians
    assert short("واعتقلت الشرطة ثلاثة ناشطين في حقوق الإنسان.") == [(3, "captured", "civilian")]


# -- figures: not people


def test_animals_killed_are_no_casualties() -> None:
    # figures_units.tsv kind animal: تمساح، ماشية، خراف…
    assert figs("قتلت مجموعة من القرويين ما يقرب من 300 تمساح في محمية.") == []
    assert short("ونفق 40 رأسا من الماشية وقتل 3 أشخاص.") == [(3, "killed", "unspecified")]


# -- figures and statements: a time adverb of the moment


def test_just_now_is_no_name() -> None:
    # للتو، توا، لتوه: statements_adjuncts kind time; figures_attribution role skip
    assert [(c["source"] or {}).get("name") for c in figs("أعلنت الشرطة للتو مقتل فتاة في الحادث.")] == ["الشرطة"]
    assert [(c["source"] or {}).get("name") for c in figs("وأعلنت للتو الشرطة مقتل فتاة في الحادث.")] == ["الشرطة"]
    assert [c["source"] for c in figs("وأعلنا للتو مقتل فتاة في الحادث.")] == [None]
    assert [s[0] for s in said("أعلنت الشرطة للتو مقتل فتاة في الحادث.")] == ["الشرطة"]


def test_a_title_keeps_the_victim_it_is_named_by() -> None:
    # a person title (محامي، والد) before a victim noun (الضحية، القتيل): one source name
    src = [(c["source"] or {}).get("name") for c in figs("ووفق محامي الضحية فإن سيدتين أصيبتا بجروح في الحادثة.")]
    assert src == ["محامي الضحية"]
    assert [(c["source"] or {}).get("name") for c in figs("وقال والد القتيل إن 3 أشخاص أصيبوا في الحادث.")] == ["والد القتيل"]
    # a casualty noun after a title that is no victim noun still ends the name
    assert [(c["source"] or {}).get("name") for c in figs("وأعلن الوزير مقتل 3 أشخاص.")] == ["الوزير"]


def test_one_or_two_reported_after_fa_inna() -> None:
    # فإن after وفق/بحسب opens the reported clause as إن does
    assert short("وبحسب الشرطة فإن رجلا قتل في الحادث.") == [(1, "killed", "unspecified")]
    assert short("ووفق المحامي فإن سيدتين أصيبتا بجروح.") == [(2, "injured", "civilian")]


def test_a_qualifier_after_the_number_does_not_hide_the_partitive() -> None:
    # "على الأقل" (role at_least_after) between the number and "من أفراد الأمن" costs no reach
    assert short("أدى الهجوم إلى مقتل سبعة على الأقل من أفراد الأمن.") == [(7, "killed", "military")]
    assert short("أدى الهجوم إلى مقتل سبعة على الأقل من الجنود.") == [(7, "killed", "military")]


# -- figures: outcomes and parts


def test_killed_and_injured_with_others_besides_are_lumped() -> None:
    # a chain of casualty nouns holding both the killed and the injured: killed_or_injured
    body = "وتكبدت ميليشيات الحوثي عشرات القتلى والجرحى والأسرى بينهم قيادات ميدانية."
    assert short(body) == [(10, "killed_or_injured", "military")]
    assert [c["outcome"] for c in figs("سقط عشرات القتلى والجرحى والمفقودين في المدينة.")] == ["killed_or_injured"]
    # a chain with no injured gives no single outcome
    assert figs("وشهدت المدينة اعتقال وخطف واغتيال العشرات.") == []


def test_the_pair_after_the_number_names_the_harm() -> None:
    # "مقتل عشرات القتلى والجرحى": the lumped pair after the number, not مقتل before it
    assert [c["outcome"] for c in figs("قصفت الطائرات البلدة، مما أسفر عن مقتل عشرات القتلى والجرحى.")] == ["killed_or_injured"]
    assert short("أسفر الهجوم عن مقتل 5 جنود وإصابة 7 آخرين.") == [(5, "killed", "military"), (7, "injured", "military")]


def test_a_conjoined_number_after_a_quoted_name_shares_the_toll() -> None:
    # the quotes around "قوات سوريا الديمقراطية" do not count in the distance to the number before
    body = 'وأحصى المرصد ضحايا المعركة بنحو 176 من "قوات سوريا الديمقراطية" و325 من تنظيم الدولة.'
    assert [(c["count"], c["outcome"]) for c in figs(body)] == [(176, "killed"), (325, "killed")]


def test_the_whole_of_a_part_restated_is_no_new_figure() -> None:
    # "87 من الضحايا المئة": the hundred (definite, after the noun) was told before
    assert [c["count"] for c in figs("وأوضح المتحدث أن 87 من الضحايا المئة أعلنت وفاتهم.")] == [87]
    # a definite number after its noun with no part before it is still a figure
    assert [c["count"] for c in figs("وقالت الشرطة إن القتلى الثلاثة من عائلة واحدة.")] == [3]


def test_a_dual_after_a_breakdown_counts_two() -> None:
    # "من بينهم قياديان"، "بينهم طفلان": a part of two, with the whole's outcome
    assert short("قتل 14 شخصا بينهم طفلان.") == [(14, "killed", "unspecified"), (2, "killed", "civilian")]
    body = "وقال إن شخصين قتلا وأصيب سبعة بينهم طفلان إثر سقوط صاروخ."
    assert [(c["count"], c["outcome"]) for c in figs(body)] == [(2, "killed"), (7, "injured"), (2, "injured")]
    # a dual with its own number is read from the number, once
    assert [c["count"] for c in figs("ارتفع عدد القتلى إلى 41 شخصا بينهم صحافيان اثنان.")] == [41, 2]


# -- statements


def test_a_clause_opener_ends_a_lead_source_before_a_later_comma() -> None:
    # "فقد" (statements_adjuncts kind clause_opener) after "ووفقا للمرصد" opens the content
    assert said("ووفقا للمرصد فقد قتل 117 شخصا، من بينهم 16 ضابطا.") == [
        ("المرصد", "ووفقا", "فقد قتل 117 شخصا، من بينهم 16 ضابطا")
    ]
    assert said("وبحسب الشرطة قد يرتفع العدد.") == [("الشرطة", "وبحسب", "قد يرتفع العدد")]
    # before a later comma an opener with no ف describes the source ("مصادر لم يجر تسميتها")
    body = "وبحسب مصادر لم يجر تسميتها، فإن الولايات المتحدة أرسلت أكثر من 200 عسكري."
    assert said(body) == [("مصادر", "وبحسب", "فإن الولايات المتحدة أرسلت أكثر من 200 عسكري")]


def test_a_relative_clause_is_no_part_of_the_speaker() -> None:
    # التي، الذي (kind relative) end the speaker's noun phrase
    assert [x[0] for x in said("واتهمت حماس التي تسيطر على القطاع إسرائيل بارتكاب مجزرة.")] == ["حماس"]
    assert [x[0] for x in said("وقالت الوزارة التي تشرف على الملف إن العمل مستمر.")] == ["الوزارة"]


def test_an_object_with_a_relative_clause_before_the_complement() -> None:
    # اتهم (flag obj_required): "حركة حماس التي ... بالسعي" is one phrase, the object; the pronoun speaks
    body = (
        "وتقول إسرائيل إنها تدافع عن حدودها، وتتهم حركة حماس التي خاضت معها ثلاث حروب منذ عام 2008 "
        "بالسعي إلى استخدام الاحتجاجات."
    )
    assert [x[0] for x in said(body)] == ["إسرائيل", "إسرائيل"]



def test_a_two_word_contrast_ends_the_subject_before_a_verb() -> None:
    # "في حين" (kind contrast): the verb after it has its subject after it, not the clause before
    body = 'ووجهت السلطات نداء للتبرع بالدم في حين أعلن تلفزيون "المسيرة" أن حصيلة القتلى بلغت 30 قتيلا.'
    # (the appeal before it is a statement of its own since session 38: وجّه نداء)
    assert [x[:2] for x in said(body)] == [("السلطات", "ووجهت"), ("تلفزيون المسيرة", "أعلن")]


def test_the_dual_of_a_member_noun_counts_two() -> None:
    # ناشطة (victims column member) still gives its dual ناشطتين
    body = "وقال المركز إن السلطات اعتقلت ناشطتين حقوقيتين بارزتين قبل يومين."
    assert short(body) == [(2, "captured", "civilian")]


# -- figures: qualifiers


def test_at_least_after_one_or_two_with_no_number() -> None:
    # "على الأقل" (role at_least_after) after a singular or dual harmed noun, its one/two and a force
    assert [c["qualifier"] for c in figs("قتل شخصان على الأقل وأصيب 20 آخرون في انفجار.")] == ["at_least", "exact"]
    assert [c["qualifier"] for c in figs("وقال إن رجلا واحدا على الأقل قتل في القصف.")] == ["at_least"]
    assert [c["qualifier"] for c in figs("أكدت مصادر طبية مقتل رقيب شرطة على الأقل.")] == ["at_least"]
    assert [c["qualifier"] for c in figs("قتل جندي في القصف.")] == ["exact"]


def test_at_least_set_off_by_commas() -> None:
    assert [c["qualifier"] for c in figs("وأشارت تقارير إلى مقتل متظاهر واحد، على الأقل، في المظاهرات.")] == ["at_least"]
    assert [c["qualifier"] for c in figs("أعلن مسؤولون مقتل خمسة أشخاص، على الأقل، في هجوم.")] == ["at_least"]


def test_one_noun_before_the_an_of_wasafa_is_its_object() -> None:
    # وصف (statements_verbs.tsv flag obj_required): "وصفت X بأنها" with one noun (and its nisba) is the object
    body = "وقالت منال إنها بريئة. ووصفت الحكومة الفرنسية بأنها تمثل الإرهاب الحقيقي."
    assert [x[0] for x in said(body)] == ["منال", "منال"]
    # two nouns, a channel between, or a title: the first speaks
    assert (said("وتتهم السلطات الصحيفة بأنها داعمة للانقلاب.")[0][0] or "").startswith("السلطات")
    assert [x[0] for x in said("ووصفت طالبان في بيانها جلال الدين حقاني بأنه محارب نموذجي.")] == ["طالبان"]
    assert [x[0] for x in said("ووصف الوزير الهجوم بأنه جريمة نكراء.")] == ["الوزير"]


# -- events


def test_a_meeting_struck_is_no_meeting() -> None:
    # events_context.tsv class struck (استهدف، قصف، هاجم) right before a meeting word
    assert [e["type"] for e in events("وأكد المتحدث أن القصف استهدف اجتماعا لقيادات الحزب شرقي أربيل.")] == ["attack"]
    assert [e["type"] for e in events("وعقد الوزير اجتماعا مع نظيره في أربيل.")] == ["meeting"]


def test_a_light_verb_of_purpose_makes_an_aim() -> None:
    # لشن، لتنفيذ (class aim) right before the trigger: the act is aimed at, not done
    assert events("وكان يمكن استخدام النفق لشن هجمات.") == []
    assert events("وأرسلت الحكومة قوات لشن هجوم على المدينة.") == []
    assert [e["type"] for e in events("وشن الجيش هجوما على المدينة.")] == ["attack"]


# -- figures, from held-out set 21 (read after it was measured)


def test_arrests_that_reached_people_count_them() -> None:
    # اعتقالات (captured noun) and طالت/شملت (cue role affect) between the harm and its number
    assert short("شنت القوات الأمنية حملة اعتقالات طالت عشرات الأشخاص.") == [(10, "captured", "unspecified")]
    body = "شنت القوات حملة اعتقالات طالت، وفق ناشطين، عشرات الأشخاص."
    assert [(c["count"], c["outcome"]) for c in figs(body)] == [(10, "captured")]
    assert figs("وشملت المساعدات 30 ألف شخص.") == []


def test_another_after_a_second_verb_is_its_own_subject() -> None:
    # "قتلوا وأصيب آخر": the injured one is not lumped with the killed
    body = "وقال المتحدث إن 17 من عناصر الأمن على الأقل قتلوا وأصيب آخر بجروح."
    assert [(c["count"], c["outcome"]) for c in figs(body)] == [(17, "killed"), (1, "injured")]


def test_a_clause_after_the_number_has_its_own_harm() -> None:
    # بعدما (role far_stop) after the number: the casualty verb after it is another clause's
    body = "اعتقلت السلطات ثلاثة أشخاص بعدما أصيب 71 شخصا بالإعياء."
    assert [(c["count"], c["outcome"]) for c in figs(body)] == [(3, "captured"), (71, "injured")]


def test_a_long_group_name_between_the_partitive_and_its_verb() -> None:
    body = "وذكر المرصد أن 1500 من مقاتلي وحدات حماية الشعب الكردي وقوات الدفاع الذاتي قضوا منذ بدء العملية."
    assert short(body) == [(1500, "killed", "military")]
    # a comma or a number in the run ends it
    assert figs("وقال إن 1500 من مقاتلي الوحدات، والقوات الأخرى قضوا.") == []


def test_tadad_is_a_toll_word() -> None:
    # تعداد القتلى (TOLL_WORDS, cue role total_before) as عدد القتلى
    body = "مع ارتفاع تعداد القتلى في صفوف القوات التركية والفصائل الموالية لأنقرة إلى 496."
    assert [(c["count"], c["new"]) for c in figs(body)] == [(496, False)]


def test_a_toll_raised_to_a_total() -> None:
    # يرفع (cue role rise): "ما يرفع حصيلة القتلى إلى 25" — the 18 more are an addition, the 25 a total
    body = "وأعلنت السلطات مقتل 18 شخصا آخرين، ما يرفع حصيلة القتلى إلى 25."
    assert [(c["count"], c["new"]) for c in figs(body)] == [(18, True), (25, False)]


def test_a_documented_toll_is_a_running_total() -> None:
    # وثق، أحصى (cue role total); وثق also reports (statements_verbs.tsv)
    body = "ووثق المرصد السوري مقتل 289 مدنيا بينهم 43 طفلا."
    assert [(c["count"], c["new"]) for c in figs(body)] == [(289, False), (43, False)]
    assert [x[:2] for x in said(body)] == [("المرصد السوري", "ووثق")]
    # "لا تحصى" (countless) is no count of a toll
    assert [c["new"] for c in figs("وأدى الهجوم الذي عرض أعدادا لا تحصى للخطر إلى إصابة ثلاثة أشخاص.")] == [None]


def test_in_contrast_is_no_part_of_a_name() -> None:
    # "في المقابل" (statements manner_phrase; figures_attribution skip)
    body = "ووثق المرصد في المقابل مقتل أكثر من 400 عنصر من الفصائل."
    assert [(c["source"] or {}).get("name") for c in figs(body)] == ["المرصد"]
    assert [x[0] for x in said(body)] == ["المرصد"]


def test_detected_is_no_tally() -> None:
    # رصد also means "detected" (not of role total): the crew arrested after it is a single event's
    body = "وقالت الشرطة إنها رصدت مسار القارب، واعتقلت كل طاقمه المكون من تسعة أشخاص."
    assert [(c["count"], c["new"]) for c in figs(body)] == [(9, None)]


def test_a_war_between_the_verb_and_its_number_makes_a_running_total() -> None:
    # الحرب (cue role total_agent) after the verb and before the number
    assert [c["new"] for c in figs("وقتل في الحرب اليمنية 10 آلاف شخص.")] == [False]
    assert [c["new"] for c in figs("وقتل 5 أشخاص في غارة على المدينة.")] == [None]


def test_tadamman_reports_in_the_perfect_only() -> None:
    # تضمن (statements_verbs.tsv, strict, no imperfect): "وتضمن بيان ... أن"; تتضمن "includes"
    body = 'وتضمن بيان للأمن الداخلي الإسرائيلي "الشين بيت"، أن السلطات اعتقلت تسعة أشخاص.'
    assert [x[1] for x in said(body)] == ["وتضمن"]
    assert said("وتتضمن الحصيلة السائق الذي قتل نفسه.") == []


def test_auxiliaries_between_a_reporting_phrase_and_its_verb() -> None:
    # كان، قد (statements_adjuncts kind aux) after حسبما: the verb and its subject still report
    body = "وتم ضبط 36 قطعة سلاح خلال حملة المداهمات التي أدت إلى اعتقال العشرة، حسبما كانت قد أعلنت النيابة العامة."
    assert [x[:2] for x in said(body)] == [("النيابة العامة", "حسبما كانت قد أعلنت")]
    assert [(c["source"] or {}).get("name") for c in figs(body)] == ["النيابة العامة"]


def test_the_source_after_a_reporting_phrase_is_not_the_victims() -> None:
    # بحسب، حسبما، وفق (figures_attribution role phrase) end the search for the harmed people after the figure
    assert short("وقتل 5 أشخاص بحسب الشرطة.") == [(5, "killed", "unspecified")]
    assert short("وقتل 5 أشخاص حسبما أعلنت الشرطة.") == [(5, "killed", "unspecified")]
    assert short("وقتل 5 جنود بحسب الجيش.") == [(5, "killed", "military")]


def test_a_wall_smashed_or_waterboarding_is_no_disaster() -> None:
    # class part (جدار) right after تحطم; class compound (الإيهام) right before بالغرق
    assert [e["type"] for e in events("وتحطم جدار ومنزل لدى وقوع الانفجار في المدينة.")] == ["attack"]
    assert events("وانتقد النواب أساليب الاستجواب مثل الإيهام بالغرق.") == []
    assert [e["type"] for e in events("وتحطمت طائرة عسكرية قرب المطار.")] == ["disaster"]


def test_a_relative_clause_between_commas_after_the_speaker_is_skipped() -> None:
    # "، الذي ... ،" after the subject: the object after it is the content
    body = "وأعلن المرصد، الذي يتخذ من بريطانيا مقرا له ويتابع مجريات الحرب، مقتل 20 طفلا."
    assert said(body) == [("المرصد", "وأعلن", "مقتل 20 طفلا")]
    # a comma with no relative pronoun after it opens the content as before
    assert said("وأعلن المرصد، مقتل 20 طفلا في القصف.") == [("المرصد", "وأعلن", "مقتل 20 طفلا في القصف")]


def test_suspended_from_work_is_not_held() -> None:
    # cue role suspended (عن العمل، عن ممارسة…) after أوقف or after its number's people
    body = "وقد اعتقل أكثر من 50 ألف شخص وطرد نحو 150 ألف شخص من وظائفهم أو أوقفوا عن ممارسة أعمالهم."
    assert [(c["count"], c["outcome"]) for c in figs(body)] == [(50000, "captured")]
    assert figs("وأوقفت السلطات 100 قاض عن العمل.") == []
    assert [c["count"] for c in figs("وأوقفت الشرطة 5 أشخاص في المدينة.")] == [5]


def test_a_toll_between_two_years_is_a_tally() -> None:
    # "بين عامي" (cue role total)
    assert [c["new"] for c in figs("وتحققت المنظمة من مقتل نحو 2500 طفل بين عامي 2014 و2017.")] == [False]


def test_a_day_before_a_count_of_people_is_no_label() -> None:
    # "اليوم" is a date (dates layer) and a time unit; before a number with people after it, it dates the toll
    assert short("وقتل اليوم 60 شخصا في غزة.") == [(60, "killed", "unspecified")]
    assert [c["count"] for c in figs("وشيع سكان قطاع غزة اليوم 60 قتيلا سقطوا أمس.")] == [60]
    assert figs("واستمر القصف يوما واحدا في المدينة.") == []


def test_a_relative_clause_with_its_own_accuser_reports() -> None:
    # اتهم (flag obj) with the relative's pronoun and its subject named after it, then its complement
    body = "وتستهدف العملية أنصار شبكة تتهمها الحكومة التركية بالتخطيط لمحاولة الانقلاب."
    assert [x[:2] for x in said(body)] == [("الحكومة التركية", "تتهمها")]
    body = "وتستهدف العملية أنصار جماعة غولن التي تتهمها أنقرة بالتخطيط لمحاولة الانقلاب."
    assert [x[:2] for x in said(body)] == [("أنقرة", "تتهمها")]
    # a clause describing a noun, with no complement, is no report
    assert said("وبلغت الحصيلة التي أوردها المرصد 50 قتيلا.") == []


def test_the_accuser_after_the_verb_speaks_not_the_noun_before() -> None:
    body = "واعتقل القس لاتهامه بالارتباط بحركة جماعة غولن، التي تتهمها تركيا بتنظيم انقلاب فاشل في عام 2016."
    assert [x[:2] for x in said(body) if x[1] == "تتهمها"] == [("تركيا", "تتهمها")]


# -- figures, from held-out set 23 (read after it was measured)


def test_a_model_number_after_a_hyphen_is_no_count() -> None:
    assert figs("وكانت طائرته الميراج-2005 فقدت قرب الجزيرة.") == []


def test_a_breakdown_set_off_by_commas_before_the_verb() -> None:
    body = "وقالت المنظمة إن أكثر من 230 مدنيا، من بينهم 35 طفلا، قتلوا، وأصيب 688 آخرون."
    assert [(c["count"], c["outcome"]) for c in figs(body)] == [(230, "killed"), (35, "killed"), (688, "injured")]


def test_qad_between_a_singular_subject_and_its_verb() -> None:
    assert [(c["count"], c["outcome"]) for c in figs("وكان فتى فلسطيني قد قتل برصاص الجيش.")] == [(1, "killed")]


def test_the_head_of_a_family_is_a_civilian() -> None:
    # رب أسرة (victims, civilian sg)
    body = "وأدى سقوط قذيفة على القرية إلى مقتل رب أسرة وإصابة 4 من أفراد أسرته."
    assert short(body) == [(1, "killed", "civilian"), (4, "injured", "civilian")]


def test_neutralised_fighters_are_counted_killed() -> None:
    # تحييد (figures_outcomes.tsv, killed)
    assert short("وتم تحييد 12 مسلحا.") == [(12, "killed", "military")]
    assert short('وذكر بيان للحكومة إنه تم "تحييد" أربعة مسلحين.') == [(4, "killed", "military")]
