"""One reader a format: plain text, JSON, JSON Lines and HTML, from bytes or a byte stream.

Each reader yields :class:`~marsad.io.Article` objects and raises (whole input) or yields (one
line of JSON Lines) :class:`~marsad.io.ReadError`-ready :class:`BadInput` errors.

>>> arts = list(read_text("عنوان الخبر\\n\\nقال المتحدث إن المحادثات مستمرة.".encode(), "a.txt", "a"))
>>> arts[0].title, arts[0].body
('عنوان الخبر', 'قال المتحدث إن المحادثات مستمرة.')
>>> obj = {"id": 7, "title": "عنوان", "body": "نص الخبر", "published": "2020-10-22", "url": "http://x"}
>>> a = article_from_obj(obj, "b")
>>> a.id, a.published, a.meta
('7', '2020-10-22', {'url': 'http://x'})
"""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Iterator
from typing IMPORT_PLACEHOLDER
