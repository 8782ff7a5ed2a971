"""Session 34.

Statements: to estimate (قدّر) reports a figure: "وقدر مسؤولون عدد القتلى بنحو 40" and "وقدرت
الأمم المتحدة عدد النازحين بنحو" are what those named estimate; the verb takes an object (the number
estimated) before its complement بـ, so the object is no part of the speaker. The bare masculine
perfect قدر is a verb only after و or ف ("قدر الإمكان" is a noun), and not without a named speaker
after it ("وقدر عدد القتلى بـ" is the passive). "Each of" (كل من) before several subjects of a verb
that takes an object ends with the last of them: what follows up to the complement is the object
(واتهمت كل من روسيا وإيران الولايات المتحدة بـ); a quoted name joined by و is one of the subjects, no
quotation of words said. A short name in brackets or quotation marks right after a speaker
(حركة المقاومة الإسلامية (حماس)، منظمة الصحة العالمية (WHO)) is part of it, not the start of what
it said. Media that relay (نقلت) with أن and no عن say it themselves (ونقلت وسائل إعلام، في وقت
سابق، أن). According to (ووفقا للصحيفة) with فإن after its comma has its own clause, even with a
reporting verb inside it.

Events: a car or truck rigged with explosives (سيارة ملغومة، شاحنة مفخخة) is an attack, unless it
was found or seized. Throwing someone into prison (تم الزج به في السجن) is an arrest, the verbal noun
as the verb. Several (عدة هجمات) counts many acts, no one occurrence. A record broken (تحطم رقما قياسيا) is no crash; what looks as if (وكأنها ضربت
بزلزال) is no act; a visit counted in tourists or visitors (زار البلاد 11 مليون سائح) is a tally, no
meeting. The kind of a weapon (قذائف هاون، صاروخا من نوع كروز) is no party; a body or building a
protest stands in front of (تظاهروا أمام السفارة الأمريكية) is where it was, not who protested. A party with لـ after a verbal noun and its doer (قصف الجيش للمتشددين), or after the
noun with its pronoun (قصفه للمسلحين), is whom it hit; right after the bare noun (غارة لطائرات
التحالف) it is who did it. A day after the visitor's name, in a clause a verb of arriving opens
(وصل الرئيس، السبت، إلى أديس أبابا في زيارة), is the visit's.

Figures: the people right after a toll word and its casualty noun (حصيلة قتلى ميليشيا الحوثي،
عدد ضحايا المدنيين) are whom the figure counts.
"""

from __future__ import annotations

from marsad.pipeline import process
from tests.claims_helpers import counted as _sources
from tests.claims_helpers import spoken as _statements
from tests.events_helpers import events, names


def test_the_masculine_perfect_of_estimate_after_wa_reports_the_toll() -> None:
    text = "وقدر مسؤولون محليون عدد القتلى بنحو 40 وعدد الجرحى بالعشرات."
    assert _statements(text) == [("مسؤولون محليون", "عدد القتلى بنحو 40 وعدد الجرحى بالعشرات")]
    assert _sources(text) == [(40, "killed", "مسؤولون محليون"), (10, "injured", "مسؤولون محليون")]


def test_what_is_estimated_is_the_object_not_part_of_the_speaker() -> None:
    found = _statements('وقدرت الشرطة المحلية عدد المحتجين في الساحة بـ"مئات الأشخاص".')
    assert found == [("الشرطة المحلية", 'عدد المحتجين في الساحة بـ"مئات الأشخاص"')]


def test_the_object_after_a_titled_name_ends_the_speaker() -> None:
    found = _statements("وقدر قائد المجلس العسكري أحمد سليمان عدد المقاتلين في البلدة بالمئات.")
    assert found == [("قائد المجلس العسكري أحمد سليمان", "عدد المقاتلين في البلدة بالمئات")]


def test_the_passive_and_the_noun_are_no_report() -> None:
    assert _statements("وقدر عدد الذين قتلوا في المعارك بنحو 300 شخص.") == []
    assert _statements("وعمل الفريق قدر الإمكان على إجلاء السكان.") == []


def test_each_of_several_accusers_and_then_the_accused() -> None:
    found = _statements("واتهمت كل من روسيا وإيران الولايات المتحدة بتمويل الإرهاب.")
    assert found == [("روسيا وإيران", "الولايات المتحدة بتمويل الإرهاب")]


def test_each_of_several_who_demand_with_a_b_complement() -> None:
    found = _statements("وطالبت كل من ألمانيا وفرنسا وإيطاليا بإجراء تحقيق في مقتل الصحفي.")
    assert found[0][0] == "ألمانيا وفرنسا وإيطاليا"
    assert found[0][1].startswith("بإجراء تحقيق")


def test_a_quoted_name_joined_by_wa_is_one_of_the_accusers_not_a_quote() -> None:
    text = (
        'واتهم كل من الجيش الحر، و"تجمع الأطباء في المحافظة الشمالية" قوات الحكومة بقصف السوق، '
        "ما أدى إلى مقتل 12 مدنيا."
    )
    found = _statements(text)
    assert len(found) == 1 and found[0][0] == "الجيش الحر، تجمع الأطباء في المحافظة الشمالية"
    assert found[0][1].startswith("قوات الحكومة بقصف السوق")
    assert _sources(text) == [(12, "killed", found[0][0])]


def test_a_short_name_in_brackets_after_the_speaker_is_part_of_it() -> None:
    found = _statements("وأعلنت حركة المقاومة الإسلامية (حماس) مقتل ثلاثة من عناصرها في غارة.")
    assert found == [("حركة المقاومة الإسلامية (حماس)", "مقتل ثلاثة من عناصرها في غارة")]
    found = _statements('ودانت حركة المقاومة الإسلامية "حماس" الهجوم على الموكب.')
    assert found[0][1] == "الهجوم على الموكب"
    found = _statements("وأكدت منظمة الصحة العالمية (WHO) تسجيل 30 إصابة جديدة.")
    assert found == [("منظمة الصحة العالمية (WHO)", "تسجيل 30 إصابة جديدة")]


def test_a_quoted_object_after_the_speaker_stays_in_the_content() -> None:
    found = _statements('وانتقدت الحكومة "الصمت الدولي" إزاء الهجمات.')
    assert found[0][0] == "الحكومة"


def test_media_that_relay_with_an_and_no_an_source_say_it_themselves() -> None:
    found = _statements("ونقلت وسائل إعلام محلية، في وقت سابق، أن الجيش شن غارة على القرية.")
    assert found == [("وسائل إعلام محلية", "أن الجيش شن غارة على القرية")]
    assert _statements('ونقلت صحيفة "الغد" أن الحكومة ستستقيل.')[0][0] == "صحيفة الغد"


def test_a_transfer_is_no_report_even_with_an_later() -> None:
    assert _statements("وتم نقل الجرحى إلى المستشفى، وأكد الطبيب أن حالتهم مستقرة.") == [
        ("الطبيب", "أن حالتهم مستقرة")
    ]


def test_according_to_with_fa_inna_keeps_its_own_clause_over_a_verb_inside_it() -> None:
    found = _statements("ووفقا للصحيفة، فإن النيابة تتهم الشقيقين بالتخطيط للهجوم.")
    assert found[0] == ("الصحيفة", "فإن النيابة تتهم الشقيقين بالتخطيط للهجوم")


def test_according_to_before_a_verb_of_its_own_is_that_verbs_channel() -> None:
    found = _statements("وحسب رويترز، أضاف الوزير أن الهجوم مدان.")
    assert found == [("الوزير", "أن الهجوم مدان")]


def test_an_agency_that_relays_on_the_tongue_of_an_officer_is_the_channel() -> None:
    doc = process("ونقلت الوكالة الرسمية على لسان العقيد سامي الحربي أن الصاروخ أطلق من الحدود.", published="2018-05-01")
    [st] = doc.layers["statements"]
    assert st["speaker"]["name"] == "العقيد سامي الحربي"
    assert st["via"] == ["الوكالة الرسمية"]
    assert st["content"] == "أن الصاروخ أطلق من الحدود"


def test_a_rigged_car_or_truck_is_an_attack() -> None:
    [ev] = events("ودمر انتحاري بسيارة ملغومة مبنى البلدية في المدينة أمس.")
    assert ev["type"] == "attack" and ev["trigger"]["text"] == "بسيارة ملغومة"
    assert names(ev["actors"]) == ["انتحاري"]
    [ev] = events("وقتل خمسة جنود في هجوم بشاحنة مفخخة على قاعدة عسكرية.")
    assert ev["type"] == "attack"


def test_a_seized_rigged_truck_is_no_attack() -> None:
    assert events("وضبطت الشرطة شاحنة ملغومة على مدخل المدينة.") == []


def test_a_record_broken_is_no_crash() -> None:
    assert events("الملكة إليزابيث الثانية تحطم رقما قياسيا في اعتلاء العرش.") == []
    assert events("وتحطم الرقم القياسي للبطولة أمس.") == []
    assert [e["type"] for e in events("وتحطمت طائرة ركاب قرب المطار.")] == ["disaster"]


def test_what_only_looks_like_an_act_is_none() -> None:
    assert events("وبدت المدينة وكأنها تعرضت لقصف عنيف.") == []
    assert events("وبدا الحي كأنه تعرض لغارة جوية.") == []


def test_a_visit_counted_in_tourists_is_no_meeting() -> None:
    assert events("وزار البلاد قرابة 11 مليون سائح العام الماضي.") == []
    assert events("ويزور المعرض 80 ألف زائر كل عام.") == []
    [ev] = events("وزار وزير السياحة المنتجع أمس والتقى السياح.")
    assert ev["type"] == "meeting"


def test_the_kind_of_a_weapon_is_no_party() -> None:
    [ev] = events("وسقطت قذائف هاون داخل المنطقة الخضراء في بغداد.")
    assert names(ev["actors"]) == []
    [ev] = events("وأطلق الرئيس ترامب 59 صاروخا من نوع كروز على القاعدة الجوية.")
    assert names(ev["actors"]) == ["ترامب"]


def test_a_building_a_protest_stands_before_is_its_place() -> None:
    [ev] = events("وتظاهر المئات أمام السفارة الأمريكية في عمان.")
    assert "السفارة الأمريكية" in names(ev["places"])
    assert "السفارة الأمريكية" not in names(ev["actors"])


def test_a_lam_party_after_the_doer_of_a_verbal_noun_is_its_target() -> None:
    [ev] = events("وأدى قصف الجيش للمتشددين في البلدة إلى مقتل عشرة.")
    assert names(ev["actors"]) == ["الجيش"] and names(ev["targets"]) == ["المتشددين"]
    [ev] = events("وقال الجيش إن قصفه للمسلحين أدى إلى مقتل عشرة منهم.")
    assert names(ev["targets"]) == ["المسلحين"]


def test_a_lam_party_right_after_the_bare_noun_did_it() -> None:
    [ev] = events("وقتل قائد ميداني في غارة لطائرات التحالف.")
    assert names(ev["targets"]) == []


def test_a_day_after_the_visitors_name_dates_the_visit_he_arrived_on() -> None:
    [ev] = events("وصل الرئيس الإريتري، السبت، إلى أديس أبابا في زيارة تاريخية.", published="2018-07-14")
    assert ev["type"] == "meeting" and ev["date"] == "2018-07-14"


def test_a_day_after_a_speakers_name_still_dates_only_his_words() -> None:
    [ev] = events("وقال الرئيس الإريتري السبت إن زيارته إلى أديس أبابا كانت تاريخية.", published="2018-07-14")
    assert ev["date"] is None


def _victims(text: str) -> list[tuple[int, str]]:
    return [(f["count"], f["victims"]) for f in process(text, published="2018-05-01").layers["casualties"]]


def test_the_people_after_a_toll_and_its_casualty_noun_are_the_victims() -> None:
    assert _victims("وارتفعت حصيلة قتلى ميليشيا الحوثي إلى 68 قتيلا.") == [(68, "military")]
    assert _victims("وارتفعت حصيلة قتلى قوات النظام إلى 40 قتيلا.") == [(40, "military")]
    assert _victims("وارتفعت حصيلة قتلى الهجوم إلى 40 قتيلا.") == [(40, "unspecified")]


def test_throwing_into_prison_as_a_verbal_noun_is_an_arrest() -> None:
    [ev] = events("وتم الزج بالصحفي عام 2015 في السجن بتهمة نشر أخبار كاذبة.")
    assert ev["type"] == "arrest"
    assert events("وحذر من الزج بالجيش في السياسة.") == []


def test_several_attacks_are_a_tally() -> None:
    assert events("والجماعة مسؤولة عن عدة هجمات في العاصمة.") == []
    assert events("ونفذت القوات الجوية عدة ضربات جوية منذ العام الماضي ضد مواقع التنظيم.") == []
