"""The parts of a breakdown and their sibling families (levels of government, channels, who
applied, a dossier's state; kinds of money, grades, kinds of staff): data read by the question
(`question.py`) and by what it leaves out (`left_out.py`), so neither imports the other for it."""

from __future__ import annotations

# What tells the parts of a breakdown apart in these reports (folded): the level of government,
# the channel a dossier came through, who applied, the period, a dossier's state. A question
# naming one asks for that part; the stated figure must have it in its own item or head.
# Each family's parts are siblings: a figure said of "cap xa" is not the "cap huyen" one.
PART_FAMILIES: tuple[tuple[tuple[str, ...], ...], ...] = tuple(
    tuple(tuple(p.split()) for p in family)
    for family in (
        ("cap tinh", "cap huyen", "cap xa"),
        ("truc tuyen", "truc tiep", "buu chinh"),
        ("to chuc", "ca nhan", "doanh nghiep"),
        ("ton", "ky truoc", "moi tiep nhan"),
        ("dung han", "truoc han", "trong han", "qua han", "tre han", "dang giai quyet",
         "chua giai quyet"),
    )
)  # fmt: skip
PART_PHRASES: tuple[tuple[str, ...], ...] = tuple(p for f in PART_FAMILIES for p in f)
# The families whose parts are all there is of the whole (levels of government, carried over
# or new, a dossier's state): the part left when a question leaves out the others is what it
# asks (`left_out.remaining_part`). Not who applied (cơ quan and others too), nor staff.
EXHAUSTIVE_FAMILIES = (PART_FAMILIES[0], PART_FAMILIES[3], PART_FAMILIES[4])
# Kinds of money that the reports give side by side, one figure each: budget revenue and
# spending ("Tổng thu ngân sách … đạt 130%"; "Tổng chi ngân sách … đạt 128%"), funds a unit
# spends on its own account or not ("Kinh phí thực hiện tự chủ: …", "… không tự chủ: …"). A
# figure said of one is not the other; they are parts as a breakdown's are, though the reports
# break nothing down by them (so follow-up questions do not read them as parts: PART_PHRASES).
# So are a civil servant's grades ("ngạch chuyên viên" is not "ngạch chuyên viên chính"): a
# figure of appointments to one grade is not the other's. A grade is no state of a count: a
# label that names one carries no qualifier unasked (`ClauseScorer._figure_sites`).
GRADES = tuple(tuple(p.split()) for p in ("chuyen vien", "chuyen vien chinh", "chuyen vien cao cap"))
# A public investment project's figures, each its own label: the total investment ("Tổng mức
# đầu tư"), the capital disbursed ("Nguồn vốn đã giải ngân"), what is not yet disbursed ("còn
# … chưa giải ngân": what remains); a plan to disburse ("Kế hoạch giải ngân vốn …", a heading)
# is none of them. The outlets a report counts news items on (the provincial portal, the
# newspaper in print and online, the radio) are siblings too: the portal's 85 items are not
# the newspaper's 100. (Not the departments' websites, "trang thông tin điện tử": a clause
# that counts the communes having one would then name the asked outlet and outrank the
# figure of their news items, said a sentence after the websites.)
KIND_FAMILIES: tuple[tuple[tuple[str, ...], ...], ...] = tuple(
    tuple(tuple(p.split()) for p in family)
    for family in (
        ("thu ngan sach", "chi ngan sach"), ("tu chu", "khong tu chu"),
        ("tong muc dau tu", "giai ngan", "chua giai ngan", "ke hoach giai ngan"),
        ("cong thong tin dien tu", "bao in", "bao dien tu", "dai phat thanh", "truyen thanh co so"),
    )
) + (GRADES,)  # fmt: skip
# The kinds of staff a unit's positions ("biên chế") are for: civil servants ("biên chế công
# chức (59 biên chế)") and public employees ("viên chức (15 biên chế)"). Parts only of a count
# of positions and only one asked (`_asked_parts`): "bao nhiêu công chức được bổ nhiệm" counts
# civil servants, "công chức, viên chức" are all the staff; and no qualifier (`QUALIFIERS`):
# "14 công chức" says what it counts, not a state of the count.
STAFF: tuple[tuple[str, ...], ...] = (("cong", "chuc"), ("vien", "chuc"))
SIBLING_FAMILIES = PART_FAMILIES + KIND_FAMILIES + (STAFF,)
# Every part a question may ask, of every family.
ASKABLE_PARTS: tuple[tuple[str, ...], ...] = tuple(p for f in SIBLING_FAMILIES for p in f)
