"""The domain's abbreviations (folded), with the report wording each stands for, and the
reverse: the report wording that has a common abbreviation. Part of the question's glossary
(core/query.py `GLOSSARY`); used for lexical matching only."""

from __future__ import annotations

import re

from core import query_words

# Abbreviations (folded) staff and the reports write, with the report wording they stand for.
ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "dvc": ("dich vu cong",),
    "dvctt": ("dich vu cong truc tuyen",),
    "tthc": ("thu tuc hanh chinh",),
    "cchc": ("cai cach hanh chinh",),
    "cbcc": ("can bo cong chuc",),
    "cbccvc": ("can bo cong chuc vien chuc",),
    "pakn": ("phan anh kien nghi",),
    "bcci": ("buu chinh cong ich",),
    "cntt": ("cong nghe thong tin",),
    "ubnd": ("uy ban nhan dan",),
    "hdnd": ("hoi dong nhan dan",),
    "qppl": ("quy pham phap luat",),
    "lgsp": ("nen tang tich hop chia se",),
    "par index": ("chi so cai cach hanh chinh",),
    "sipas": ("chi so hai long",),
    # Further abbreviations the reports write (every capitalised abbreviation of a content
    # term in corpus/reports/, read off the reports: tests/index/test_query.py checks them).
    "csdl": ("co so du lieu",),
    "cqnn": ("co quan nha nuoc",),
    "dvsncl": ("don vi su nghiep cong lap",),
    "tmdt": ("thuong mai dien tu",),
    "attt": ("an toan thong tin",),
    "ttdt": ("thong tin dien tu",),
    "pbgdpl": ("pho bien giao duc phap luat",),
    "ccvc": ("cong chuc vien chuc",),
    "kstthc": ("kiem soat thu tuc hanh chinh",),
    "tbxh": ("thuong binh va xa hoi",),
    **query_words.ASKERS_SHORT_FORMS,  # written by askers, not by the reports (which spell them out)
}

# Vietnamese report wording that has a common abbreviation, for the reverse direction.
REVERSE = {v[0]: k for k, v in ABBREVIATIONS.items() if " " not in k}
REVERSE_RE = re.compile(
    r"(?<![a-z0-9])("
    + "|".join(re.escape(k) for k in sorted(REVERSE, key=len, reverse=True))
    + r")(?![a-z0-9])"
)
