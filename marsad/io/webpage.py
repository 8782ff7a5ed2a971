"""Reading an HTML page: title, body and date taken out with trafilatura.

trafilatura (through htmldate) may return a date it did not find, e.g. ``2020-01-01`` for a page
whose date is only written in Arabic words (الخميس الثاني والعشرين من أكتوبر). A date is kept only
when the page itself holds it in numbers, in its metadata (``2020-10-22T08:00``) or its text
(``22/10/2020``, ``٢٢-١٠-٢٠٢٠``); otherwise ``published`` is left None.

>>> page = ('<html><head><title>عنوان الخبر</title>'
...         '<meta property="article:published_time" content="2021-03-04T10:00:00Z"></head>'
...         '<body><article><p>قال المتحدث باسم الوزارة إن المحادثات بين الطرفين مستمرة منذ أيام '
...         'من أجل التوصل إلى وقف لإطلاق النار في أقرب وقت.</p></article></body></html>')
>>> title, body, date = extract_html(page)
>>> title, date
('عنوان الخبر', '2021-03-04')
"""

from __future__ import annotations

import re

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def extract_html(page: str) -> tuple[str, str, str | None] | None:
    """``(title, body, published)`` of an HTML page, or None when it holds no article text."""
    import trafilatura

    doc = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False, include_tables=False)
    if doc is None or not (doc.text or "").strip():
        return None
    title = (doc.title or "").strip()
    body = doc.text.strip()
    first, _, rest = body.partition("\n")
    if not title:
        title, body = first.strip(), rest.strip()
    elif first.strip() == title:  # the page's <h1> repeats the title
        body = rest.strip()
    return title, body, trusted_date(doc.date, page)


def trusted_date(date: str | None, page: str) -> str | None:
    """``date`` (YYYY-MM-DD) if ``page`` writes it in numbers, else None.

    >>> trusted_date("2020-10-22", "<p>نشر في ٢٢/١٠/٢٠٢٠</p>")
    '2020-10-22'
    >>> trusted_date("2020-01-01", "<p>نشر يوم الخميس الثاني والعشرين من أكتوبر</p>") is None
    True
    """
    if not date or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date[:10]):
        return None
    y, m, d = date[:4], date[5:7], date[8:10]
    mm, dd = rf"0?{int(m)}", rf"0?{int(d)}"
    sep = r"\s*[-/.]\s*"
    forms = (
        rf"{y}{sep}{mm}{sep}{dd}(?!\d)",  # 2020-10-22, 2020/10/22
        rf"(?<!\d){dd}{sep}{mm}{sep}{y}",  # 22/10/2020
        rf"(?<!\d){mm}{sep}{dd}{sep}{y}",  # 10/22/2020
        rf"(?<!\d){y}{m}{d}(?!\d)",  # 20201022 (in URLs)
    )
    text = page.translate(_DIGITS)
    return date[:10] if re.search("|".join(forms), text) else None
