"""A record as a person reads it in a terminal (``marsad extract --format text``)."""

from __future__ import annotations

from typing import Any

_OUTCOME = {
    "killed": "قتلى",
    "injured": "جرحى",
    "killed_or_injured": "قتلى وجرحى",
    "missing": "مفقودون",
    "captured": "أسرى/معتقلون",
    "displaced": "نازحون",
}


def _name(party: dict[str, Any] | None) -> str:
    return party["name"] if party else "—"


def render_text(rec: dict[str, Any]) -> str:
    """Title, headline, then figures, statements, entities and events, one line each."""
    lines = [f"== {rec.get('id') or ''}  {rec.get('published') or ''}", rec.get("title") or ""]
    if rec.get("headline"):
        lines.append(f"» {rec['headline']}")
    figs = rec.get("casualties") or []
    lines.append(f"\nFigures ({len(figs)}):")
    for c in figs:
        n = f"{c['count']}" + (f"-{c['count_max']}" if c.get("count_max") else "")
        extra = [c["qualifier"], c["victims"]]
        if c.get("new") is not None:
            extra.append("new" if c["new"] else "total")
        if c.get("since"):
            extra.append(f"since {c['since']}")
        lines.append(f"  {n:>7} {c['outcome']:<17} ({_OUTCOME.get(c['outcome'], '')}) "
                     f"[{', '.join(extra)}]  source: {_name(c.get('source'))}")
    sts = rec.get("statements") or []
    lines.append(f"\nStatements ({len(sts)}):")
    for s in sts:
        via = f" via {', '.join(s['via'])}" if s.get("via") else ""
        content = s["content"] if len(s["content"]) <= 90 else s["content"][:87] + "…"
        lines.append(f"  {_name(s.get('speaker'))} — {s.get('cue') or ''} ({s['kind']}{via}): {content}")
    ents = rec.get("entities") or []
    lines.append(f"\nEntities ({len(ents)}):")
    for e in ents:
        roles = f" — {'، '.join(e['roles'])}" if e.get("roles") else ""
        lines.append(f"  {e['type']:<4} {e['name']} ×{len(e['mentions'])}{roles}")
    evs = rec.get("events") or []
    if evs:
        lines.append(f"\nEvents ({len(evs)}):")
        for ev in evs:
            actors = "، ".join(a["name"] for a in ev.get("actors") or [])
            places = "، ".join(p["name"] for p in ev.get("places") or [])
            lines.append(f"  {ev['type']:<9} {ev['trigger']['text']} | {actors or '—'} | {places or '—'} | "
                         f"{ev.get('date') or '—'} | {ev['status']}")
    return "\n".join(lines)
