"""A briefing as GitHub-flavoured Markdown; article text is escaped so that none of it becomes markup."""

from __future__ import annotations

import re

from briefings.briefing import Briefing

# Characters that can start markup anywhere in a line, and those that do so only at its start.
_INLINE = re.compile(r"([\\`*_\[\]<>|~!&])")
_LINE_START = re.compile(r"^(\s*)([#>+=-]|\d+[.)])")
_AUTOLINK = re.compile(r"(?i)(https?|ftp|mailto)(:)|(www)(\.)")


def escape(text: str) -> str:
    """Text that renders as itself: one line, every markup character escaped, no autolinks."""
    flat = " ".join(text.split())
    escaped = _INLINE.sub(r"\\\1", flat)
    escaped = _AUTOLINK.sub(lambda m: f"{m.group(1) or m.group(3)}\\{m.group(2) or m.group(4)}", escaped)
    return _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), escaped)


def _number(value: float | None) -> str:
    return "—" if value is None else f"{value:,.6g}" if abs(value) < 1e6 else f"{value:,.0f}"


def briefing_markdown(briefing: Briefing) -> str:
    """The briefing's sections; each item ends with a footnote quoting the passage it cites."""
    article = briefing.article
    notes: list[str] = []

    def cite(start: int, end: int) -> str:
        notes.append(escape(article.text[start:end]))
        return f"[^{len(notes)}]"

    meta = " · ".join(
        escape(part)
        for part in (
            article.outlet,
            article.author,
            article.published.isoformat() if article.published else None,
            article.path,
        )
        if part
    )
    lines = [f"# {escape(article.display_title)}", "", meta, ""]
    lines += ["## Summary", ""] + [f"- {escape(s.text)} {cite(s.cite.start, s.cite.end)}" for s in briefing.summary] + [""]
    lines += ["## Key figures", "", "| Figure | Value | Qualifier | Subject |", "| --- | --- | --- | --- |"]
    for f in briefing.figures:
        value = _number(f.value) + (f"–{_number(f.high)}" if f.high is not None else "") + (f" {f.unit}" if f.unit else "")
        lines.append(
            f"| {escape(f.text)} {cite(f.cite.start, f.cite.end)} | {escape(value)} | {escape(f.qualifier or '')} "
            f"| {escape(f.subject or '')} |"
        )
    lines += ["", "## FAQ", ""]
    for q in briefing.faq:
        lines += [f"**{escape(q.question)}**", "", f"{escape(q.answer)} {cite(q.cite.start, q.cite.end)}", ""]
    lines += ["## Caveats", ""]
    lines += [f"- {c.kind.value}: *{escape(c.cue)}* — {escape(c.text)} {cite(c.cite.start, c.cite.end)}" for c in briefing.caveats]
    lines += ["", "## Entities", ""]
    lines += [f"- {escape(e.name)} ({e.kind.value}, {e.count})" for e in briefing.entities]
    lines += ["", "## Timeline", ""]
    lines += [f"- {t.date.isoformat()}: {escape(t.text)} {cite(t.cite.start, t.cite.end)}" for t in briefing.timeline]
    lines += ["", "## Sources", "", f"- {escape(article.path)}", ""]
    lines += [f"[^{n}]: {quote}" for n, quote in enumerate(notes, start=1)]
    return "\n".join(lines) + "\n"
