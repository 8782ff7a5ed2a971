"""Session 35.

Statements: a clause that a trailing source closes may open with a number ("15 مدنيا لقوا حتفهم
في القصف، بحسب ما أكدته مصادر طبية"): the number is part of what was reported, and the figure in it
is the source's. بحسبما and وفقما, written as one word, open a source as بحسب ما does. A short
quotation right after a reporter (مراسل "قناة الغد") names the outlet he works for, also when فقد or
فإن opens what he reported ("وبحسب ما أفاد به مراسل "قناة الغد"، فقد"). A long phrase of where or
when the speaker spoke, before إن/أن ("أعلن الوزير خلال زيارته للمدينة … أن"), is no part of what
was said: the content opens at the complementizer, unless it is "بعد أن" or "إلا أن". A participle
counted by a number right before it ("يحاكم فيها 713 متهما"، "أحال 30 متهما") is a noun (defendants),
no one accusing. An asylum seeker or a student (طالب لجوء، طالب جامعي: lexicon class noun_phrase) is
no one demanding. "On the tongue of" (على لسان) after a verb of coming (جاء ذلك في بيان على لسان X)
refers back to what was told and reports nothing itself; after a verb that relays (ونقلت الوكالة على
لسان X قوله: "...") what X said follows his name, with the agency as the channel. A short quotation after the speaker's title and before a person's
name and أن (باسم قوات الائتلاف "ائتلاف حماية الساحل" العقيد فلان، أن) names the body he speaks for.

Events: security services (الأجهزة الأمنية، أجهزة الأمن، أجهزة الاستخبارات) are a party described by
their head noun and the words after it, as قوات الأمن is. An act dated to a day more than a month
before the article ("وفي 20 كانون الثاني/يناير الماضي، فتح مسلح النار على مقهى") is no retelling of
an act the article tells with no date, even in the same city.
"""

from __future__ import annotations

from marsad.pipeline import process
from tests.claims_helpers import counted as _sources
from tests.claims_helpers import spoken as _statements
from tests.events_helpers import events, names


def test_a_number_opening_the_clause_before_a_trailing_source_is_reported() -> None:
    text = "15 مدنيا على الأقل لقوا حتفهم في القصف على البلدة، بحسب ما أكدته مصادر طبية محلية."
    assert _statements(text) == [("مصادر طبية محلية", "15 مدنيا على الأقل لقوا حتفهم في القصف على البلدة")]
    assert _sources(text) == [(15, "killed", "مصادر طبية محلية")]


def test_a_number_in_eastern_digits_opens_the_clause_too() -> None:
    text = "٤٠ شخصا أصيبوا في الانفجار، وفقا للدفاع المدني."
    assert _statements(text) == [("الدفاع المدني", "٤٠ شخصا أصيبوا في الانفجار")]


def test_bihasbama_written_as_one_word_opens_a_source() -> None:
    text = "وجرح سبعة عمال في انهيار المبنى، بحسبما ذكرت هيئة الإسعاف."
    assert _statements(text) == [("هيئة الإسعاف", "وجرح سبعة عمال في انهيار المبنى")]
    assert _sources(text) == [(7, "injured", "هيئة الإسعاف")]


def test_wafqama_written_as_one_word_opens_a_source() -> None:
    text = "وتواصلت المعارك في أطراف المدينة طوال الليل، وفقما أفادت مصادر محلية."
    assert _statements(text) == [("مصادر محلية", "وتواصلت المعارك في أطراف المدينة طوال الليل")]


def test_a_quoted_outlet_after_a_reporter_before_faqad_is_his_employer() -> None:
    text = 'وبحسب ما أفاد به مراسل "قناة الغد العربي"، فقد شنت الطائرات غارات على مواقع المسلحين.'
    assert _statements(text) == [("مراسل قناة الغد العربي", "فقد شنت الطائرات غارات على مواقع المسلحين")]


def test_a_quoted_outlet_after_a_reporter_before_fa_inna_is_his_employer() -> None:
    text = 'وبحسب ما أفادت مراسلة "راديو البلد"، فإن المحتجين أغلقوا الطريق الرئيسي.'
    assert _statements(text) == [("مراسلة راديو البلد", "فإن المحتجين أغلقوا الطريق الرئيسي")]


def test_a_long_setting_before_an_is_no_part_of_what_was_said() -> None:
    text = (
        "أعلن وزير الداخلية خلال زيارته لمدينة الموصل السبت في إطار جولة تفقدية شملت مراكز الشرطة"
        " التي تضررت في المعارك الأخيرة مع المسلحين أن الحكومة ستعيد بناء المراكز خلال عام."
    )
    assert _statements(text) == [("وزير الداخلية", "أن الحكومة ستعيد بناء المراكز خلال عام")]


def test_after_an_is_a_clause_of_time_not_the_content() -> None:
    text = "وأكد قائد الطائرة بعد أن هبطت بسلام في المطار سلامة جميع الركاب."
    said = _statements(text)
    assert said and all(not content.startswith("أن") for _, content in said)


def test_the_security_services_are_who_made_the_arrest() -> None:
    (ev,) = events("وألقت الأجهزة الأمنية القبض على خمسة مطلوبين في مدينة الزرقاء.")
    assert ev["type"] == "arrest" and names(ev["actors"]) == ["الأجهزة الأمنية"]


def test_the_security_services_after_an_are_who_made_the_arrest() -> None:
    (ev,) = events("وأكد المتحدث أن أجهزة الاستخبارات اعتقلت ثلاثة مشتبه بهم.")
    assert ev["type"] == "arrest" and names(ev["actors"])[0] == "أجهزة الاستخبارات"


def test_an_act_dated_months_back_is_not_the_undated_news_of_the_day() -> None:
    body = (
        "هاجم مسلحون فندقا في العاصمة نيامي. "
        "وفي 20 كانون الثاني/يناير الماضي، فتح مسلح النار على مقهى في العاصمة نيامي."
    )
    evs = events(body, published="2018-06-05")
    assert [(e["type"], e.get("date")) for e in evs] == [("attack", None), ("attack", "2018-01-20")]


def test_an_act_dated_days_back_still_retells_the_undated_one() -> None:
    body = "هاجم مسلحون فندقا في العاصمة نيامي. وكان المسلحون قد فتحوا النار الأحد على الفندق في العاصمة نيامي."
    evs = events(body, published="2018-06-05")
    assert len(evs) == 1 and evs[0]["type"] == "attack"


def test_a_participle_counted_by_a_number_is_a_noun_not_a_report() -> None:
    assert _statements("وأحالت النيابة العامة 42 متهما إلى محكمة الجنايات في القاهرة.") == []
    assert _statements("وقضت المحكمة بسجن 12 متهما في القضية التي يحاكم فيها 60 متهما.") == []


def test_a_participle_of_accusing_after_its_object_still_reports() -> None:
    # (since session 36 the participle with its object and complement is a report of its own)
    assert _statements("وانتقد الوزير الحكومة السابقة متهما إياها بإهدار المال العام.") == [
        ("الوزير", "الحكومة السابقة"),
        ("الوزير", "إياها بإهدار المال العام"),
    ]


def test_an_asylum_seeker_is_no_one_demanding() -> None:
    assert _statements("واعتقلت الشرطة طالب لجوء سوري بعد الهجوم على محطة القطار.") == []
    assert _statements("وأصيب طالب جامعي برصاصة في الرأس خلال المظاهرة.") == []


def test_a_demand_by_a_named_speaker_still_reports() -> None:
    assert _statements("وطالب الرئيس الحكومة بإجراء تحقيق مستقل.") == [("الرئيس", "الحكومة بإجراء تحقيق مستقل")]


def _full(text: str) -> list[tuple[str | None, str, str, list[str]]]:
    doc = process(text, published="2018-05-01")
    return [((s.get("speaker") or {}).get("name"), s["kind"], s["content"], s["via"]) for s in doc.layers["statements"]]


def test_what_came_on_the_tongue_of_someone_refers_back() -> None:
    text = 'جاء ذلك في مؤتمر صحفي على لسان سامي العلي، المتحدث باسم الحركة، حيث قال: "لن نتراجع عن مطالبنا".'
    assert [content for _, _, content, _ in _full(text)] == ["لن نتراجع عن مطالبنا"]


def test_an_agency_relaying_on_the_tongue_of_a_minister_quotes_him() -> None:
    text = 'ونقلت الوكالة الوطنية للإعلام على لسان الوزير قوله: "الحكومة لن تسمح بانهيار الليرة".'
    assert _full(text) == [("الوزير", "direct", "الحكومة لن تسمح بانهيار الليرة", ["الوكالة الوطنية للإعلام"])]


def test_a_quoted_body_before_the_spokesman_and_an_is_part_of_the_speaker() -> None:
    text = (
        'قال المتحدث الرسمي باسم قوات الائتلاف "ائتلاف حماية الساحل في الجنوب" العقيد الركن سامر الخطيب،'
        " أن الدفاعات اعترضت صاروخا."
    )
    said = _statements(text)
    assert [content for _, content in said] == ["أن الدفاعات اعترضت صاروخا"]
    assert "سامر الخطيب" in (said[0][0] or "")

