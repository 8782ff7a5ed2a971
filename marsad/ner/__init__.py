"""Named entities: the ``mentions`` layer, from a CRF tagger shipped with the package.

:func:`annotate` tags the tokens of each sentence with IOB2 tags (PER, ORG, LOC, MISC) and turns
them into mentions ``{start, end, type, text}``. A mention starts at its first token's stem, so a
proclitic stays outside (لبوريل → بوريل, وباشينيان → باشينيان) while the article stays
inside (والاتحاد الأوروبي → الاتحاد الأوروبي), and ends at its last token's end,
or at its stem's end when a pronoun suffix was split off.

>>> from marsad.doc import Doc
>>> from marsad.text.segment import segment
>>> doc = Doc.build("قال الرئيس الفرنسي إيمانويل ماكرون في باريس")
>>> segment(doc); annotate(doc)
>>> [(m["type"], m["text"]) for m in doc.layers["mentions"]]
[('PER', 'إيمانويل ماكرون'), ('LOC', 'باريس')]

Two adjacent mentions of one type are one mention when the first ends in a word rare in news, as
the tagger may open a two-word place twice (ناغورنو كاراباخ as B-LOC B-LOC); "حثت فرنسا ألمانيا"
keeps its subject and object apart.
"""

from __future__ import annotations

from typing import Any

from marsad.doc import Doc, Token
from marsad.ner.conll import chunks
from marsad.text.vocab import counts

#: a word seen less often than this in news may be the first half of a two-word name
RARE = 100


def _mention(doc: Doc, toks: list[Token], typ: str) -> dict[str, Any]:
    first, last = toks[0], toks[-1]
    start = first.stem_start if first.stem_start < first.stem_end else first.start
    # the article belongs to the name (الاتحاد الأوروبي, والاتحاد → الاتحاد): keep it inside
    pre = doc.text[first.start : start]
    al = pre.rfind("ال")
    if al >= 0 and not pre[al + 2 :].strip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"):
        start = first.start + al
    # a split pronoun suffix stays outside; a split article/proclitic on the last token does not matter
    end = last.stem_end if last.stem_end < last.end and last.stem_end > max(last.stem_start, start) else last.end
    return {"start": start, "end": end, "type": typ, "text": doc.text[start:end]}


#: proclitics that start a new phrase inside what the tagger took for one person's name
PERSON_BREAKS = ("ل", "ب")


def _parts(doc: Doc, sent: list[Token], typ: str, a: int, b: int) -> list[tuple[str, int, int]]:
    """A person's name cut where an inner word takes ل or ب ("الرئيس الأرميني لبوريل": the tagger
    ran the adjective and the addressee together); a part made only of words with the article
    (الأرميني) is no name and is dropped.

    >>> from marsad.text.segment import segment
    >>> d = Doc.build("قال الأرميني لبوريل")
    >>> segment(d)
    >>> [(t, d.text[d.tokens[x].start:d.tokens[y - 1].end]) for t, x, y in _parts(d, d.tokens, "PER", 1, 3)]
    [('PER', 'لبوريل')]
    """
    if typ != "PER":
        return [(typ, a, b)]
    cuts = [k for k in range(a + 1, b) if doc.text[sent[k].start : sent[k].stem_start] in PERSON_BREAKS]
    out = []
    for x, y in zip([a, *cuts], [*cuts, b], strict=True):
        words = [t for t in sent[x:y] if t.is_word]
        if cuts and words and all(doc.text[t.start : t.end].startswith("ال") for t in words):
            continue
        out.append((typ, x, y))
    return out


def annotate(doc: Doc) -> None:
    """Fill ``doc.layers["mentions"]`` with the named entities the tagger finds in each sentence."""
    from marsad.ner.model import default

    sents: list[list[Token]] = []
    tokens = doc.tokens
    start = 0
    for i, tok in enumerate(tokens):
        if i + 1 == len(tokens) or tokens[i + 1].sent != tok.sent:
            sents.append(tokens[start : i + 1])
            start = i + 1
    text = doc.text
    tagged = default().tag_document([[text[t.start : t.end] for t in s] for s in sents])
    out: list[dict[str, Any]] = []
    for sent, tags in zip(sents, tagged, strict=True):
        prev_end = -1
        for typ, a, b in (p for chunk in chunks(tags) for p in _parts(doc, sent, *chunk)):
            # two names of one type with nothing between them are one name: the tagger may open
            # ناغورنو and كاراباخ as two places (B-LOC B-LOC); Arabic joins two names with و or ،
            m = _mention(doc, sent[a:b], typ)
            if (
                a == prev_end
                and out
                and out[-1]["type"] == typ
                and m["start"] == sent[a].start
                and counts().get(sent[a - 1].norm, 0) < RARE  # not فرنسا ألمانيا (subject, object)
            ):
                out[-1]["end"] = m["end"]
                out[-1]["text"] = text[out[-1]["start"] : m["end"]]
            else:  # (باكو وموسكو: a proclitic و between them keeps two)
                out.append(m)
            prev_end = b
    doc.layers["mentions"] = out
