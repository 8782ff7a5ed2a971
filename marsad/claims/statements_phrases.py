"""Reporting phrases: بحسب، وفقا لـ، نقلا عن، على لسان، بحسب ما أعلنت (helpers of
:mod:`marsad.claims.statements`).

``CLAUSE، بحسب X`` makes X the speaker of the clause, or, where the clause is already the content
of a statement and X is an outlet, the channel of that statement; ``بحسب X، CLAUSE`` reads the
other way round; ``بحسب ما نقلت وكالة X، نقلا عن Y`` has Y as the speaker and X as the channel.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from marsad.claims import statements_lexicon as lx
from marsad.claims.statements_sentence import (
    CLOSE_QUOTES,
    COMMAS,
    DASHES,
    OPEN_QUOTES,
    _content,
    _cue_at,
    _head,
    _in,
    _mention_ends,
    _named,
    _nisba,
    _outlets,
    _quote_close,
    _quote_words,
    _Sent,
    _span,
)
from marsad.claims.statements_speakers import (
    _anaphor,
    _chunk_end,
    _party,
    _Ref,
    _region,
    _relay,
    _resolve,
    _via_text,
)
from marsad.text.normalize import normalize


def _reports(s: _Sent, k: int) -> bool:
    """Token ``k`` is a reporting verb that can tell what is around it, not one whose object is
    never left out ("على ما وصفته", as she called it, names a thing) nor one with its own إن/أن."""
    form = _cue_at(s, k)
    if form is None or "obj_required" in lx.verb(form.lemma).flags:
        return False
    # "للاحتجاج على ما تقول إنه استضافة": a verb with its own إن/أن reports that, not what is around
    return not (k + 1 < len(s.ns) and s.ns[k + 1] in lx.COMPLEMENTIZERS)


def _phrase_at(s: _Sent, i: int) -> tuple[str, int] | None:
    """The reporting phrase at token ``i``: (kind, index of the first token after it)."""
    w = s.ns[i]
    if w not in _phrase_firsts():
        return None
    ph = lx.phrases()
    nxt = s.ns[i + 1] if i + 1 < len(s.ns) else ""
    two = f"{w} {nxt}"
    if two in ph.get("according_verb", ()) and i + 2 < len(s.ns) and _reports(s, k := _past_aux(s, i + 2)):
        return "according_verb", k
    if w in ph.get("according_verb", ()) and nxt and _reports(s, k := _past_aux(s, i + 1)):
        return "according_verb", k  # (حسبما كانت قد أعلنت النيابة: over كان and قد)
    not_source = ph.get("not_source", frozenset())
    if w in ph.get("according", ()) and _own_words(s, i, i + 1):
        return "according", i + 1  # "حسب قوله"، "وفق تعبيرها": the pronoun is the source
    if _in(nxt, ph.get("latest", frozenset())) and w in ph.get("according", ()) and i == 0 and i + 2 < len(s.ns):
        # وبحسب آخر حصيلة لوزارة الصحة، فإن: opening its sentence, the latest of what a source issued;
        # not بحسب آخر المعلومات, nor "…، وفق آخر حصيلة للغارة" after what a speaker said
        return None if _in(s.ns[i + 2], not_source) else ("according", i + 2)
    if _in(nxt, ph.get("latest", frozenset())) and w in ph.get("according", ()) and i + 3 < len(s.ns):
        # "…، وفق آخر حصيلة أوردها المرصد": after what is told, the latest a source issued, its verb
        # right after the toll
        form = _cue_at(s, i + 3)
        if form is not None and form.aspect == "perf" and not _in(s.ns[i + 2], not_source):
            return "according", i + 2
    if _in(nxt, not_source):
        return None  # بحسب التوقيت المحلي
    if two in ph.get("according", ()):
        # "تمت استنادا إلى معلومات استخباراتية": based on a thing, no source
        # (not "على حد تعبيره": the pronoun on the noun is the source)
        thing = i + 2 < len(s.ns) and _in(s.ns[i + 2], not_source) and two not in ph.get("pronoun_source", ())
        return None if thing else ("according", i + 2)
    if f"{w} ل" in ph.get("according", ()) and nxt.startswith("ل") and len(nxt) > 3:
        return None if _in(nxt[1:], not_source) else ("according", i + 1)  # وفقا لوزارة: the ل is on the next word
    if w in ph.get("according", ()):
        return "according", i + 1
    return None


def _past_aux(s: _Sent, k: int) -> int:
    """The first token from ``k`` on that is no auxiliary (كان، كانت، قد: statements_adjuncts kind aux)."""
    aux = lx.adjuncts().get("aux", frozenset())
    while k < len(s.ns) - 1 and s.ns[k] in aux:
        k += 1
    return k


@lru_cache(maxsize=1)
def _l_phrases() -> frozenset[str]:
    """Phrases whose ل is written on the next word: وفقا لوزارة، طبقا للجيش."""
    return frozenset(p.split()[0] for p in lx.phrases().get("according", ()) if p.endswith(" ل"))


@lru_cache(maxsize=1)
def _phrase_firsts() -> frozenset[str]:
    """The first words of the reporting phrases (بحسب، وفقا، نقلا…), a fast filter."""
    ph = lx.phrases()
    return frozenset(p.split()[0] for k in ("according", "according_verb") for p in ph.get(k, ()))


def _phrase_statements(s: _Sent, out: list[dict[str, Any]], refs: list[_Ref]) -> None:
    """Add to ``out`` the statements of the reporting phrases of a sentence (``، بحسب مصادر طبية``), or their channel to the statement they close (``، بحسب فرانس برس``)."""
    doc = s.doc
    ph = lx.phrases()
    not_source = ph.get("not_source", frozenset())
    particle = lx.adjuncts().get("particle", frozenset())
    outlets = _outlets()
    n = len(s.toks)
    consumed = -1
    firsts = _phrase_firsts()
    for i in range(n):
        if s.ns[i] not in firsts or s.inq[i] or i < consumed or not s.toks[i].is_word:
            continue
        hit = _phrase_at(s, i)
        if hit is None:
            continue
        kind, j = hit
        if j >= n:
            continue
        if kind == "according_verb" and i > 0 and s.ns[i - 1] in lx.adjuncts().get("negation", frozenset()):
            continue  # "رجل ليس كما يدعي": not as he claims, no one's report
        lead = all(s.ns[x] in particle or not s.toks[x].is_word for x in range(0, i))
        # "...، فبحسب الوزارة هناك خمسة": ف after a comma opens a clause the phrase leads
        lead = lead or (
            i > 0 and s.toks[i].prefix_len > 0 and doc.text[s.toks[i].start] == "ف" and s.toks[i - 1].text(doc) in COMMAS
        )
        host = next(
            (
                st
                for st in out
                if i > 0
                and s.toks[i - 1].end
                in ((st.get("cue_span") or {}).get("end"), ((st.get("speaker") or {}).get("span") or {}).get("end"))
            ),
            None,
        )
        if host is not None and _relayed_by(s, host, i, j, refs):
            consumed = j + 1
            continue  # "حيث قال وفقا لما نقلته وكالة الأنباء: ...": the agency is the channel
        at = s.toks[i].start
        if any((st.get("cue_span") or {}).get("end", at + 1) <= at < st["content_span"]["start"] for st in out):
            continue  # "ذكرت وسائل إعلام نقلا عن بيان للشرطة إن": in the speaker phrase of a statement
        if kind == "according_verb":
            own = [st for st in out if st["cue_span"] and st["cue_span"]["start"] == s.toks[j].start]
            gated = lx.verb(_cue_at(s, j).lemma).flags & {"comp_required", "comp_next", "comp_near"}
            if gated and not own:
                continue  # "كما جددت الطائرات قصف": a verb that reports only with its complement
            later = [st for st in out if st["_pos"] > s.toks[j].start]
            if lead and own and later and all(len(st["content"].split()) <= 2 for st in own):
                # "وبحسب ما أوردت "فرانس برس"، فقد أعرب الرئيس عن": the channel of the report after it
                for st in own:
                    out.remove(st)
                    later[0]["via"] = later[0]["via"] + [(st.get("speaker") or {}).get("name") or ""]
                continue
            also = s.ns[i] in ph.get("also_or_as", ()) and any(_own_report(s, j, st) for st in own)
            if own and (lead or also):
                # كما أعلن الجيش أن ...: the verb carries the statement; "، كما هددت بتنفيذ عمليات":
                # كما with a report of its own after it is "also", not "as"
                continue
            for st in own:  # حسبما أكدت الوزارة: the content is the clause before
                out.remove(st)
                refs[:] = [r for r in refs if r.pos != st["_pos"]]  # and its speaker is read again
        # the source phrase: up to the end of the sentence or the next comma not followed by نقلا عن
        k = j
        after = False  # the content follows the source: نقلا عن التحالف "هجوم ..."
        relayed = -1  # "بحسب ما نقلت وكالة أرمنبرس، نقلاً عن مكتب الرئيس": the relay goes on the source
        # "وقد أمضت الفرق - بحسب ما ذكرته وكالة الأناضول - 9 ساعات": an aside between dashes ends at the second
        dashed = i > 0 and s.toks[i - 1].text(doc) in DASHES
        while k < n:
            t = s.toks[k]
            if dashed and not t.is_word and t.text(doc) in DASHES:
                break
            if not t.is_word and t.text(doc) in COMMAS:
                if k + 2 < n and f"{s.ns[k + 1]} {s.ns[k + 2]}" in ph.get("relay", ()):
                    k += 1
                    relayed = k
                    continue
                break
            if (
                k in s.bounds
                and k > j
                and k != relayed
                and k + 1 < n
                and s.toks[k - 1].text(doc) in CLOSE_QUOTES
                and f"{s.ns[k]} {s.ns[k + 1]}" in ph.get("relay", ())
            ):
                relayed = k  # 'وفقا لما نقلته وكالة الأنباء "واس" نقلا عن المتحدث': after a quoted name, no comma
            if not t.is_word and t.text(doc) in ".!?؟" or (k in s.bounds and k > j and k != relayed):
                break
            if k > j and s.ns[k] in ph.get("passive_an", ()):
                break  # "بحسب ما قاله الضباط، ويرجح أن": another clause
            if (
                k > j + 1
                and s.toks[k - 1].text(doc) in CLOSE_QUOTES
                and s.ns[k] in lx.adjuncts().get("prep", ())
                and s.ns[k] not in lx.adjuncts().get("quoted_name_link", ())  # فرقة "سيلز" من البحرية: one name
            ):
                break  # 'وألحت، حسب صحيفة "صباح" على استعمال مواد': the quoted name ends, the verb's phrase goes on
            fa = s.ns[k][:1] == "ف" and s.ns[k][1:] in lx.COMPLEMENTIZERS  # ووفقا للشرطة فإن
            if k > j and (s.ns[k] in lx.COMPLEMENTIZERS or fa):
                # "، وبحسب المصادر فإن عشرات الجثث": after a comma and و, فإن opens the phrase's content
                lead = lead or fa and i > 0 and s.toks[i].prefix_len > 0 and s.toks[i - 1].text(doc) in COMMAS
                break  # أكدت روسيا على لسان وزير خارجيتها أن ...: the source ends at أن
            relay = f"{s.ns[i]} {s.ns[i + 1] if i + 1 < n else ''}" in ph.get("relay", ())
            if (
                (k == j + 1 or k == j + 2 and kind == "according_verb")  # (حسب ما ذكر موقع "...")
                and t.text(doc) in OPEN_QUOTES
                and not s.ns[k - 1].startswith("ال")
                and (_head(s.ns[k - 1]) or _in(s.ns[k - 1], lx.channels().get("outlet_head", frozenset())))
                and _quote_words(s, k) <= 5
                and (close := _quote_close(s, k)) < n - 1
            ):
                k = close + 1  # 'ووفقا لموقع "يو أس تودي"، فإن'، 'وطبقا لمنظمة "أطباء بلا حدود" فقد': a quoted name
                continue
            if (
                k > j
                and (lead or relay)
                and (t.text(doc) == ":" or t.text(doc) in OPEN_QUOTES and _quote_words(s, k) >= 3 and not _closing(s, j, k))
                and s.ns[k - 1] not in lx.adjuncts().get("naming", ())  # 'للتقرير الذي حمل عنوان "..." فإن': a title
                # (nor 'بحسب ما أفاد به مراسل "قناة الغد العربي"، فقد': the outlet whose reporter it is)
                and not _in(s.ns[k - 1], lx.channels().get("reporter", frozenset()))
            ):
                after = True
                break
            k += 1
        src_end = k
        consumed = src_end
        gender, number = "m", "s"
        via: list[str] = []
        if kind == "according_verb":
            form = _cue_at(s, j)
            gender, number = form.gender, form.number
            chunks, via = _region(s, j + 1, src_end)
            chunks, via = _split_relay(s, chunks, via)
            if lx.verb(form.lemma).flags & {"relay"}:
                chunks, via = _relay(s, chunks, via)
            if form.suffix and not chunks:
                gender, number = (
                    ("f", "s")
                    if form.suffix == "ها"
                    else ("m", "p")
                    if form.suffix in ("هم", "هما")
                    else ("m", "s")
                )
        else:
            first = s.ns[j][1:] if s.ns[j].startswith("ل") and s.ns[i] in _l_phrases() else s.ns[j]
            pron_ok = j - i == 2 and f"{s.ns[i]} {s.ns[i + 1]}" in ph.get("pronoun_source", ())
            if pron_ok and first not in ph.get("quote_noun", ()):
                continue  # "على حد سواء" (alike): only "على حد قوله / تعبير الوزير" reports
            if _in(first, not_source) and not pron_ok and not _own_words(s, i, j):
                continue
            # "بحسب حصيلة أوردتها اللجنة": the source is the subject of the verb inside
            naming = lx.adjuncts().get("naming", frozenset())
            inner = next(
                (
                    x
                    for x in range(j, src_end)
                    if s.toks[x].is_word
                    and (f := _cue_at(s, x))
                    and f.aspect == "perf"
                    and not (x + 1 < src_end and s.ns[x + 1] in naming)  # "التقرير الذي حمل عنوان": its title
                    # (not "بحسب المرصد السوري الذي أعلن أيضا مقتل": the relative is the verb's subject)
                    and s.ns[x - 1] not in lx.adjuncts().get("relative", frozenset())
                    and s.toks[x - 1].text(doc) != "("  # "وفق إدارة الكوارث (آفاد)": a name in brackets
                ),
                None,
            )  # (not "بحسب جماعة مراقبة تتابع تطورات الحرب": a present verb describes the source)
            if inner is not None and inner + 1 < src_end:
                chunks, via = _region(s, inner + 1, src_end)
            else:
                chunks, via = _region(s, j, src_end, keep_first=True)
            chunks, via = _split_relay(s, chunks, via)
            if chunks:
                h = _head(s.ns[chunks[0][0]])
                if h:
                    gender, number = h
                elif s.ns[chunks[0][1] - 1].endswith("ه"):
                    gender = "f"
        if kind == "according" and lead and not after:
            # "ووفق عبد الرحمن لم يعد هناك مناطق محاصرة": no comma; the source is one noun phrase and a
            # word that opens a clause follows it. Before a later comma, only an opener with ف does
            # ("ووفقا للمرصد فقد قتل 117 شخصا، من بينهم"; not "وبحسب مصادر لم يجر تسميتها، فإن")
            openers = lx.adjuncts().get("clause_opener", frozenset())
            e = _chunk_end(s, j)
            e = next((x for x in range(j + 1, e) if s.ns[x] in openers), e)  # (المرصد فقد: no construct)
            # (nor before a later أن: "وبحسب الوزارة جرى مسح 3366 منشأة، بينها ألف تم تصنيفها على أنها")
            far = src_end >= n - 1 or s.toks[src_end].is_word
            if j < e < n - 2 and s.ns[e] in openers and (far or s.ns[e].startswith("ف")):
                src_end = consumed = e
                chunks, via = _split_relay(s, *_region(s, j, e, keep_first=True))
        if kind == "according" and not lead and not after and chunks and chunks[0][0] == j:
            # "ويعيش هؤلاء حسب النقابة ظروف اختطاف": in mid-clause the source is one noun phrase; an
            # indefinite word after a definite one goes on with the clause
            e = _chunk_end(s, j)
            if (
                j < e < src_end
                and s.toks[e].is_word
                and s.ns[e - 1].startswith("ال")
                and not s.ns[e].startswith(("ال", "لل"))
                and not s.toks[e].prefix_len
                and s.toks[e].stem_end == s.toks[e].end  # (المصدر ذاته: a pronoun word goes with it)
                and s.ns[e] not in lx.adjuncts().get("prep", frozenset())
                and s.ns[e] not in lx.adjuncts().get("np_link", frozenset())
                and not _nisba(s.toks[e].text(doc))
                and not _named(s, e)
            ):
                src_end = consumed = e
                chunks, via = _split_relay(s, *_region(s, j, e, keep_first=True))
        if kind == "according" and not lead and not after and chunks and chunks[0][0] <= j + 1 and i > 0:
            # "وكان الهجوم بحسب "رويترز" قد أدى إلى مقتل"، "ونزح بحسب الأمم المتحدة لا يقل عن ألف": in
            # mid-clause the source is one name, and a word that opens a clause after it (lexicon class
            # clause_opener) opens what is reported
            quoted = s.toks[j].text(doc) in OPEN_QUOTES and _quote_words(s, j) <= QUOTED_NAME_WORDS
            e = _quote_close(s, j) + 1 if quoted else _chunk_end(s, j)
            openers = lx.adjuncts().get("clause_opener", frozenset())
            # (not "نقلا عن مصادر مستقلة لم يتسن تأكيدها": after an indefinite source, its relative clause)
            known = quoted or s.ns[e - 1].startswith("ال") or s.toks[j].start in _mention_ends(doc)
            if known and j < e <= src_end and e < n - 1 and s.toks[e].is_word and s.ns[e] in openers:
                chunks, via = _split_relay(s, *_region(s, j, e, keep_first=True))
                src_end, after = e - 1, True
                consumed = e
        pronoun = False
        own_words = kind == "according" and _own_words(s, i, j)
        if own_words:
            chunks, src_end = [], j + 1
        if not chunks and kind == "according" and j < src_end and (j - i == 2 or own_words):
            w = s.ns[j]  # "على حد قولها": the speaker is the pronoun on the verbal noun
            if (own_words or f"{s.ns[i]} {s.ns[i + 1]}" in ph.get("pronoun_source", ())) and w.endswith(lx.OBJECT_SUFFIXES):
                pronoun = True
                gender, number = (
                    ("f", "s") if w.endswith("ها") else ("m", "p") if w.endswith("هم") else ("m", "s")
                )
        if not chunks and kind != "according_verb" and not pronoun:
            continue
        # where the content is: before the phrase, or after it when the phrase opens the sentence
        if after:
            quote = s.toks[src_end].text(doc) in OPEN_QUOTES
            span = _content(s, src_end if quote else src_end + 1, quote)
        elif lead:
            if src_end >= n - 1:
                continue
            later = [st for st in out if st["_pos"] > s.toks[i].start]
            w = s.ns[src_end] if s.toks[src_end].is_word else s.ns[src_end + 1]
            if kind == "according" and (w in lx.COMPLEMENTIZERS or w[:1] == "ف" and w[1:] in lx.COMPLEMENTIZERS):
                later = []  # "ووفقا للصحيفة، فإن المحكمة تتهم": فإن opens the phrase's own clause
            if later:  # وحسب رويترز، أضاف ماكرون أن ...: the channel of that statement
                if chunks and any(_in(s.ns[x], outlets) for x in range(*chunks[0])):
                    later[0]["via"] = later[0]["via"] + via + [_via_text(s, chunks[0][0], chunks[0][1] - 1)]
                continue
            cstart = src_end if s.toks[src_end].is_word else src_end + 1  # وفقا للشرطة فإن / ، فإن
            span = _content(s, cstart, False)
        else:
            owner = next((st for st in out if st["_end"] == i or st["_end"] == i - 1), None)
            if owner is not None:
                names = [_via_text(s, a, b - 1) for a, b in chunks] if chunks else []
                is_outlet = chunks and any(_in(s.ns[x], outlets) for x in range(chunks[0][0], chunks[0][1]))
                if is_outlet or not chunks:
                    owner["via"] = owner["via"] + via + names[:1]
                    continue
            cstart = _clause_start(s, i, out)
            if cstart is None:
                continue
            span = _content(s, cstart, False)
            if span is not None:
                span = (span[0], s.toks[i - 1].end if i > 0 else span[1], i)
            # (a time word before the phrase is no word of the report: "وقتل الخميس، أيضا وفق المرصد، 8")
            timed = lx.adjuncts().get("time", frozenset())
            words = doc.text[span[0] : span[1]].split() if span is not None else []
            short = span is not None and len([w for w in words if normalize(w.strip("،,")) not in timed]) < 3
            prep = lx.adjuncts().get("prep", frozenset())
            if short and src_end < n - 3 and s.toks[src_end].text(doc) in COMMAS and not _in(s.ns[src_end + 1], prep):
                # "وتدور حاليا، وفق المرصد، اشتباكات عنيفة عند أطراف المدينة": the report goes on
                # after the phrase set off by commas
                span = _content(s, src_end + 1, s.toks[src_end + 1].text(doc) in OPEN_QUOTES) or span
            elif dashed and src_end < n - 3 and s.toks[src_end].text(doc) in DASHES:
                # "وأمر الملك - بحسب ما نقلته رويترز عن مسؤول - "ببدء تحقيق"": what is reported goes on
                # after the aside
                rest = _content(s, src_end + 1, s.toks[src_end + 1].text(doc) in OPEN_QUOTES)
                if rest is not None and len(doc.text[rest[0] : rest[1]].split()) >= 3:
                    span = rest
        if span is None:
            continue
        c = _span(doc, span[0], span[1])
        if len(c["text"].split()) < 2:
            continue
        speaker = _party(s, chunks) if chunks else _resolve(refs, s.toks[i].start, gender, number)
        if chunks and speaker:  # وفقا للمصدر → the source named before
            speaker = _anaphor(s, chunks, speaker, refs, s.toks[i].start)
        if chunks and speaker:  # a source after بحسب ranks below the subject of its sentence
            refs.append(_Ref(doc.sentences[s.index].start - 1, speaker, gender, number))
            refs.sort(key=lambda r: r.pos)
            nxt = _cue_at(s, src_end) if src_end < n else None
            if nxt is not None and nxt.aspect == "part":  # بحسب ما أفادت قناة X مشيرة إلى: X too
                for st in out:
                    if st["cue_span"] and st["cue_span"]["start"] == s.toks[src_end].start:
                        st["speaker"] = speaker
        tongue = i + 1 < n and f"{s.ns[i]} {s.ns[i + 1]}" in ph.get("tongue", ())
        if tongue and chunks and speaker and src_end < n and s.toks[src_end].text(doc) in COMMAS:
            # "أكدت الهيئة، على لسان الطبيب ريان العلي، الذي شارك في التشريح، أن": over the aside to أن
            src_end = next(
                (k for k in range(src_end, min(n, src_end + TONGUE_ASIDE)) if s.ns[k] in lx.COMPLEMENTIZERS), src_end
            )
        if kind == "according" and chunks and speaker and src_end < n and (s.ns[src_end] in lx.COMPLEMENTIZERS or tongue):
            at = s.toks[i].start
            host = next(
                (
                    st
                    for st in out
                    if st["_pos"] < at and st["content_span"]["start"] <= at < st["content_span"]["end"]
                ),
                None,
            )
            if host is not None and s.ns[src_end] in lx.COMPLEMENTIZERS and s.toks[src_end].start < host["content_span"]["end"]:
                # أكدت روسيا على لسان وزير خارجيتها أن ...: the minister said it
                form = lx.cue_form(host["cue"])
                if form is not None and "relay" in lx.verb(form.lemma).flags and (host.get("speaker") or {}).get("name"):
                    host["via"] = [*host["via"], host["speaker"]["name"]]  # ونقلت الوكالة على لسان العقيد أن
                host["speaker"] = speaker
                _content_from(doc, host, s.toks[src_end].start)
                continue
            if host is not None and tongue:
                # with no أن the host keeps its speaker, and its content starts after the name where a
                # word follows it ("أعلنت المديرية على لسان ناطقها عامر السرطاوي ارتفاع أعداد جرائم القتل";
                # not over an apposition set off by commas: "على لسان وزير خارجيتها، الشيخ عبدالله، عن")
                end = host["content_span"]["end"]
                rest = sum(1 for k in range(src_end, n) if s.toks[k].is_word and s.toks[k].end <= end)
                if s.toks[src_end].is_word and s.toks[src_end].start < end and rest >= MIN_TONGUE_CONTENT:
                    _content_from(doc, host, s.toks[src_end].start)
                continue
            if tongue and s.ns[src_end] in lx.COMPLEMENTIZERS and (after_span := _content(s, src_end, False)):
                # "ونقلت الوكالة على لسان العقيد المالكي أن ...": what he said follows him
                span = after_span
                c = _span(doc, span[0], span[1])
        said_kind = "indirect"
        if tongue and not lead and not after and chunks and speaker:
            k0 = next((k for k in range(n) if s.toks[k].start >= span[0]), n)
            head = _cue_at(s, k0) if k0 < i else None
            came = lx.phrases().get("came", frozenset())
            if k0 < i and any(0 <= x and s.ns[x].lstrip("وف") in came for x in (k0 - 1, k0)):
                continue  # "جاء ذلك في مؤتمر صحفي على لسان سامي العلي": it refers back to what was told
            e0 = chunks[0][1]
            if head is not None and "relay" in lx.verb(head.lemma).flags and e0 < n - 2 and s.ns[e0] in ph.get("quote_noun", ()):
                # "ونقلت الوكالة على لسان الوزير قوله: "الحكومة لن تسمح"": what he said follows him
                q = e0 + 1
                while q < n - 1 and s.toks[q].text(doc) == ":":
                    q += 1
                quoted = s.toks[q].text(doc) in OPEN_QUOTES
                said = _content(s, q, quoted)
                if said is None:
                    continue
                span, said_kind = said, "direct" if quoted else "indirect"
                via = [*via, _via_text(s, k0 + 1, i - 1)]  # the agency that relays him
                c = _span(doc, span[0], span[1])
        cue_end = s.toks[j].end if kind == "according_verb" else s.toks[j - 1].end
        sent = doc.sentences[s.index]
        out.append(
            {
                "speaker": speaker,
                "cue": doc.text[s.toks[i].start : cue_end],
                "cue_span": doc.span(s.toks[i].start, cue_end),
                "kind": said_kind,
                "content": c["text"],
                "content_span": c,
                "via": via,
                "evidence": doc.span(sent.start, sent.end),
                "_end": span[2],
                "_pos": s.toks[i].start,
            }
        )


def _own_words(s: _Sent, i: int, j: int) -> bool:
    """A one-word phrase at ``i`` and, at ``j`` right after it, a verbal noun of saying with a pronoun
    ("حسب قوله"، "وفق تعبيرها"): the speaker is the one the pronoun refers to."""
    w = s.ns[j] if j < len(s.ns) else ""
    return j - i == 1 and w in lx.phrases().get("quote_noun", ()) and w.endswith(lx.OBJECT_SUFFIXES)


def _closing(s: _Sent, j: int, k: int) -> bool:
    """The straight quote mark at ``k`` closes one opened after token ``j`` ('التحقيق هناك عمليات "بيع"
    مهاجرين': the mark after بيع opens nothing)."""
    return s.toks[k].text(s.doc) == '"' and sum(1 for x in range(j, k) if s.toks[x].text(s.doc) == '"') % 2 == 1


def _content_from(doc: Any, st: dict[str, Any], start: int) -> None:
    """Make the content of statement ``st`` start at offset ``start``, keeping its end."""
    cs = _span(doc, start, st["content_span"]["end"])
    st["content"], st["content_span"] = cs["text"], cs


#: how many tokens after the name that "على لسان" brings a relative aside may run before its أن
TONGUE_ASIDE = 12
#: how many words a statement's content keeps after the name that "على لسان" brings, with no أن
MIN_TONGUE_CONTENT = 3
#: how many words a quoted name after بحسب in mid-clause may hold ("بحسب "رويترز" قد أدى")
QUOTED_NAME_WORDS = 4


def _relayed_by(s: _Sent, host: dict[str, Any], i: int, j: int, refs: list[_Ref]) -> bool:
    """A reporting phrase right after the verb of ``host`` ("حيث قال وفقا لما نقلته وكالة الأنباء
    الفلسطينية: ...") names the outlet it came through: it goes into the host's ``via``, and the
    host's speaker, misread from the phrase, is the pronoun's referent."""
    end = next((k for k in range(j, len(s.toks)) if not s.toks[k].is_word), len(s.toks))
    chunks, via = _region(s, j + 1 if lx.phrases().get("according_verb") and _cue_at(s, j) else j, end)
    if not chunks or not any(_in(s.ns[x], _outlets()) or _in(s.ns[x], lx.channels().get("outlet_head", frozenset())) for x in range(*chunks[0])):
        return False
    host["via"] = host["via"] + via + [_via_text(s, chunks[0][0], chunks[0][1] - 1)]
    cs = host["content_span"]
    if cs["start"] <= s.toks[i].start < cs["end"] and end + 1 < len(s.toks):
        # "وقال الوزير وفقا لما نقلته الوكالة: "لن نتراجع"": the words come after the phrase
        after = end + 1 if s.toks[end + 1].is_word else end + 2
        if after < len(s.toks) and s.toks[after].start < cs["end"]:
            c = _span(s.doc, s.toks[after].start, cs["end"])
            host["content"], host["content_span"] = c["text"], c
            if s.toks[end].text(s.doc) == ":" or s.toks[after - 1].text(s.doc) in OPEN_QUOTES:
                host["kind"] = "direct"
    sp = host.get("speaker") or {}
    if (sp.get("span") or {}).get("start", -1) == s.toks[i].start:
        form = _cue_at(s, next(x for x in range(i - 1, -1, -1) if _cue_at(s, x)))
        refs[:] = [r for r in refs if r.party is not host["speaker"]]  # the misread name is no referent
        host["speaker"] = _resolve(refs, s.toks[i].start, form.gender, form.number)
    return True


def _own_report(s: _Sent, j: int, st: dict[str, Any]) -> bool:
    """The statement of the verb at ``j`` after كما reports something of its own: its content opens
    with إن/أن ("كما أعلن الجيش أن 3 جنود أصيبوا") or right after the verb ("كما هددت بتنفيذ
    عمليات"), not a clause of the outlet's after the speaker ("كما أعلن المتحدث فيما أصيب 1400")."""
    words = st["content"].split()
    if len(words) < 2:
        return False
    first = normalize(words[0])
    if first in lx.COMPLEMENTIZERS or first[1:] in lx.COMPLEMENTIZERS and first[:1] in "بو":
        return True
    start = st["content_span"]["start"]
    near = [x for x in range(j + 1, min(len(s.toks), j + 3)) if s.toks[x].start == start]
    complement = first in lx.adjuncts().get("prep", frozenset()) or (first[:1] == "ب" and not first.startswith("بين"))
    return bool(near) and complement  # not "كما يطالب المعارضون": the subject, not a complement


def _split_relay(
    s: _Sent, chunks: list[tuple[int, int]], via: list[str]
) -> tuple[list[tuple[int, int]], list[str]]:
    """``وكالة أرمنبرس، نقلا عن مكتب الرئيس``: the chunks before نقلا عن are channels."""
    for ci, (a, b) in enumerate(chunks):
        for k in range(a, b - 1):
            if f"{s.ns[k]} {s.ns[k + 1]}" in lx.phrases().get("relay", frozenset()):
                before = [(x, y) for x, y in chunks[:ci]] + ([(a, k)] if k > a else [])
                after = ([(k + 2, b)] if k + 2 < b else []) + chunks[ci + 1 :]
                return after, via + [_via_text(s, x, y - 1) for x, y in before]
    return chunks, via


def _clause_start(s: _Sent, i: int, out: list[dict[str, Any]]) -> int | None:
    """Where the clause that a trailing ``بحسب X`` closes begins."""
    particle = lx.adjuncts().get("particle", frozenset())
    start = 0
    for st in out:
        # (not a claim of responsibility: "في هجوم أعلن تنظيم داعش مسؤوليته عنه، وفق مسؤول" closes it all)
        if (
            st["_end"] <= i
            and st["evidence"]["start"] == s.doc.sentences[s.index].start
            and not lx.content_opens(st, "responsibility")
        ):
            start = max(start, st["_end"])
    # (a number is a word of the clause: "15 مدنيا لقوا حتفهم في القصف، بحسب ما أكدته مصادر طبية")
    while start < i and (not (s.toks[start].is_word or s.ns[start][:1].isdigit()) or s.ns[start] in particle):
        start += 1
    return start if start < i else None
