"""The lines of an answer about a report's own facts (bot/report_facts.py): one field's value
quoted, or the fields of a report one per line, a field the report does not carry said to be
missing."""

from __future__ import annotations

from core.result import Citation

# How an answer names each field, in Vietnamese and in English.
LABELS = {
    "number": ("số hiệu", "number"),
    "agency": ("cơ quan ban hành", "issuing agency"),
    "date": ("ngày ban hành", "date"),
    "signer": ("người ký", "signer"),
    "title": ("tiêu đề", "title"),
    "period": ("kỳ báo cáo", "period"),
    "province": ("tỉnh", "province"),
    "role": ("ký với tư cách", "signed as"),
    "recipients": ("nơi nhận", "recipients"),
}


def one_field(field: str, value: str, name: str, cit: Citation, role: str, en: bool) -> str:
    """A report's answer to a one-field question: the value quoted, or that the report does
    not give it (with the signature block's capacity when it has one)."""
    label = LABELS[field][1 if en else 0]
    names = [v.strip() for v in value.split(";") if v.strip()] if field == "recipients" else []
    if len(names) >= 2:  # a list of recipients: one per line, as a list answer shows its items
        rows = "\n".join(f"- {n}" for n in names)
        return f"**{label[:1].upper()}{label[1:]}** — {name} [{cit.n}]:\n{rows}\n> {cit.quote}"
    if value:
        return f"**{value}** — {label}, {name} [{cit.n}]\n> {cit.quote}"
    line = (
        f"{name}: the report does not give its {label} [{cit.n}]."
        if en
        else f"{name}: báo cáo không ghi {label} [{cit.n}]."
    )
    if role:  # the signature block still says in what capacity it is signed
        line += f" Its signature block reads: {role}." if en else f" Phần chữ ký ghi: {role}."
    return line


def field_list(
    fields: tuple[str, ...], values: dict[str, str], name: str, cit: Citation, en: bool
) -> str:
    """A report's answer to a several-field question: one line per field, "not given" for a
    field the report does not carry."""
    rows = [f"{name} [{cit.n}]"]
    missing_text = "not given" if en else "không ghi"
    for f in fields:
        v = values[f]
        label = LABELS[f][1 if en else 0]
        rows.append(f"- {label}: {f'**{v}**' if v else missing_text}")
    return "\n".join(rows)
