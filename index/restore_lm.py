"""The restorer's language model: a Witten-Bell smoothed syllable bigram model with the case
of each syllable inside a sentence, learnt from what the `underthesea` wheel ships (the VLSP 2013
sample text, the Viet74K word list, its CRF taggers' word and pair attributes, its address
table's unit names), the province names, the domain lexicon's report terms (core/lexicon.tsv),
the genre's stock phrases (index/restore_phrases.txt), the fixed elements of an administrative
document's form and any extra clean texts; built once and cached on disk.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import json
import logging
import math
import os
import pickle
import re
import threading
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from core.lexicon import LEXICON, read_lexicon
from core.places import PROVINCES
from index.restore_syllables import is_valid, key_of, new_style, syllable_marks, word_class

log = logging.getLogger(__name__)

# Bump when decoding changes in a way the source hash would not show (it always shows code).
VERSION = "3"
VIET74K = "corpus/data/Viet74K.txt"
VLSP = "pipeline/pos_tag/models/pos_crf_vlsp2013_20230303/test_output.txt"
ADDRESS = "address/data/mapping.json"
BOS = 0

# ---------------------------------------------------------------------------------------------
# The model: inventory and a Witten-Bell bigram language model over syllables


@dataclass
class Model:
    """Syllable inventory, candidate index and bigram language model (log probabilities)."""

    words: list[str]  # id → syllable (0 is the sentence boundary)
    by_key: dict[str, tuple[int, ...]]  # ASCII key → syllable ids
    prefixes: frozenset[str]  # every prefix of every key, to prune candidate generation
    unigram: list[float]  # −log Pkn(w)
    gamma: list[float]  # −log backoff weight of a history
    bigram: dict[int, float]  # v·V + w → −log P(w|v), for seen pairs
    marks: list[tuple[str, frozenset[str]]]
    digest: str
    cap_yes: list[float]  # −log P(capitalised | syllable), inside a sentence
    cap_no: list[float]  # −log P(lowercase | syllable), inside a sentence
    trigram: dict[int, float]  # (u·V + v)·V + w → −log P(w|u v), for seen triples
    tri_gamma: dict[int, float]  # u·V + v → −log backoff weight, for seen histories

    def cost(self, v: int, w: int) -> float:
        """−log P(w | v)."""
        got = self.bigram.get(v * len(self.words) + w)
        return got if got is not None else self.gamma[v] + self.unigram[w]

    def cost3(self, u: int, v: int, w: int) -> float:
        """−log P(w | u v), backing off to the bigram for an unseen history."""
        n = len(self.words)
        h = u * n + v
        got = self.trigram.get(h * n + w)
        if got is not None:
            return got
        return self.tri_gamma.get(h, 0.0) + self.cost(v, w)


def underthesea_dir() -> Path:
    spec = importlib.util.find_spec("underthesea")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(
            "the restorer needs underthesea's word lists: "
            "pip install --no-deps underthesea==9.5.0 (make setup does)"
        )
    return Path(next(iter(spec.submodule_search_locations)))


def _sequences(text: str) -> Iterable[list[str]]:
    """Syllable runs of a clean text, lowercase but for a capitalised word's first letter;
    punctuation or a non-syllable ends a run."""
    for line in text.splitlines():
        run: list[str] = []
        for m in re.finditer(r"\S+", unicodedata.normalize("NFC", line)):
            word = m.group().lower()
            core = word.strip(",.;:!?()\"'“”…-–")
            cls = word_class(m.group().strip(",.;:!?()\"'“”…-–"))
            if core and (is_valid(core) or cls):
                shown = cls or new_style(core)
                if not cls and m.group().strip(",.;:!?()\"'“”…-–")[:1].isupper():
                    shown = shown[:1].upper() + shown[1:]
                run.append(shown)
                if core == word.strip("\"'“”-–("):
                    continue  # no punctuation after it: the run goes on
            if run:
                yield run
            run = []
        if run:
            yield run


def _resource_sequences() -> Iterable[tuple[list[str], float, bool]]:
    """(syllable run, weight, whether it is a sentence, bounded by <s>): VLSP sentences count
    fully; Viet74K's entries are words, not text, so they count little (they add pairs the
    sample lacks, not frequencies)."""
    base = underthesea_dir()
    sentence: list[str] = []
    with (base / VLSP).open(encoding="utf-8") as fh:
        for line in fh:
            word = line.split("\t", 1)[0].strip()
            if not word:
                yield from ((run, 1.0, True) for run in _sequences(" ".join(sentence)))
                sentence = []
                continue
            sentence.append(word if re.search(r"\w", word) else "|")
    yield from ((run, 1.0, True) for run in _sequences(" ".join(sentence)))
    with (base / VIET74K).open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.strip().lower().split()
            if parts and all(is_valid(p) for p in parts):
                yield [new_style(p) for p in parts], WORD_LIST_WEIGHT, False
    for name in PROVINCES:  # the 63 provinces, spelt as the reports spell them
        yield from ((run, 1.0, True) for run in _sequences(name))
        for body in PROVINCIAL_PRESS:  # each province's newspaper and broadcaster
            yield from ((run, 1.0, False) for run in _sequences(f"{body} {name}"))
    for name in AGENCIES:  # names and terms, not sentences: no boundary around them
        yield from ((run, 1.0, False) for run in _sequences(name))
    for line in DOCUMENT_FORM:  # lines of every report: bounded like sentences
        yield from ((run, 1.0, True) for run in _sequences(line))
    for line in domain_phrases():  # the genre's stock wording: pairs and triples
        yield from ((run, PHRASE_WEIGHT, False) for run in _sequences(line))
    for term in read_lexicon():  # the domain lexicon's report terms ("đăng tải", "báo chí"):
        for run in _sequences(term.vi):  # their pairs only, no triples (see LEXICON_WEIGHT)
            yield from ((run[i : i + 2], LEXICON_WEIGHT, False) for i in range(len(run) - 1))
    for name in _unit_names(base / ADDRESS):
        yield from ((run, 1.0, True) for run in _sequences(name))
    for phrase in crf_phrases(base):
        yield from ((run, CRF_WEIGHT, False) for run in _sequences(phrase))


PHRASES = Path(__file__).with_name("restore_phrases.txt")
# The phrases count twice, with their triples (the lexicon's terms once, pairs only): they
# are the genre's commonest wording. Clean report / gold: without them 3377 / 3423, at 0.5
# 3382 / 3431, 1 3386 / 3435, 2 3391 / 3437, 4 3392 / 3436.
PHRASE_WEIGHT = 2.0


def domain_phrases(path: Path = PHRASES) -> list[str]:
    """The stock phrases of a provincial report on administrative reform (one a line,
    `#` comments), which VLSP's news seldom says ("đạt tỷ lệ", "theo hướng dẫn của")."""
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


# The standard bodies of a province, by their official names (the People's Committee's
# specialised agencies under Decrees 24/2014/NĐ-CP and 107/2020/NĐ-CP, and the one-stop and
# online service bodies every report of the kind names): the domain words VLSP's news lacks.
AGENCIES = (
    "Hội đồng nhân dân tỉnh", "Ủy ban nhân dân tỉnh", "Văn phòng Ủy ban nhân dân tỉnh",
    "Ủy ban nhân dân cấp huyện", "Ủy ban nhân dân cấp xã", "Sở Nội vụ", "Sở Tư pháp",
    "Sở Kế hoạch và Đầu tư", "Sở Tài chính", "Sở Công Thương",
    "Sở Nông nghiệp và Phát triển nông thôn", "Sở Giao thông vận tải", "Sở Xây dựng",
    "Sở Tài nguyên và Môi trường", "Sở Thông tin và Truyền thông",
    "Sở Lao động - Thương binh và Xã hội", "Sở Văn hóa, Thể thao và Du lịch",
    "Sở Khoa học và Công nghệ", "Sở Giáo dục và Đào tạo", "Sở Y tế", "Sở Ngoại vụ",
    "Thanh tra tỉnh", "Ban Dân tộc tỉnh", "Ban Quản lý khu kinh tế tỉnh", "Công an tỉnh",
    "Đài Phát thanh và Truyền hình tỉnh", "Trung tâm Phục vụ hành chính công tỉnh",
    "Bộ phận Tiếp nhận và Trả kết quả", "Bộ phận Một cửa", "Cổng Dịch vụ công quốc gia",
    "Cổng Dịch vụ công tỉnh", "Cổng thông tin điện tử tỉnh",
    "Hệ thống thông tin giải quyết thủ tục hành chính tỉnh",
    # The national administrative-reform programme's areas and measures (Resolution
    # 76/NQ-CP, 2021-2030) and its indices: the headings every such report follows.
    "Chương trình tổng thể cải cách hành chính nhà nước", "cải cách thể chế",
    "cải cách thủ tục hành chính", "cải cách tổ chức bộ máy hành chính nhà nước",
    "cải cách chế độ công vụ", "xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức",
    "cải cách tài chính công", "xây dựng và phát triển Chính phủ điện tử, Chính phủ số",
    "hiện đại hóa hành chính", "chuyển đổi số", "chính quyền điện tử", "chính quyền số",
    "cơ chế một cửa, một cửa liên thông", "dịch vụ công trực tuyến mức độ 3, mức độ 4",
    "dịch vụ công trực tuyến toàn trình", "chữ ký số", "hệ thống quản lý văn bản và điều hành",
    "Chỉ số cải cách hành chính", "Chỉ số hài lòng về sự phục vụ hành chính",
    "Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh", "Chỉ số năng lực cạnh tranh cấp tỉnh",
    "Thủ tướng Chính phủ", "Văn phòng Chính phủ", "Bộ Nội vụ", "Bộ Thông tin và Truyền thông",
)  # fmt: skip


# The fixed elements of an administrative document's form (Decree 30/2020/NĐ-CP, Appendix I:
# national name and motto, number and symbol, place and date, recipients, signing authority),
# which every report repeats in its header and footer.
DOCUMENT_FORM = (
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số:", "V/v:",
    "ngày tháng năm", "BÁO CÁO", "Kính gửi:", "Nơi nhận:", "Như trên;", "Lưu: VT.",
    "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "CHỦ TỊCH", "KT. GIÁM ĐỐC",
    "PHÓ GIÁM ĐỐC", "GIÁM ĐỐC", "CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG",
)  # fmt: skip


# Every province has a Party newspaper and a broadcaster named after it ("Báo Hà Tĩnh", "Đài
# Phát thanh và Truyền hình Đồng Tháp"): the reports cite them as sources of their news.
PROVINCIAL_PRESS = ("Báo", "Đài Phát thanh và Truyền hình")


def _unit_names(path: Path) -> list[str]:
    """The provinces' and districts' full names ("Tỉnh Hà Giang", "Huyện Phong Điền"), old and
    new, from underthesea's address table (vietnamadminunits)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for table in ("province_names", "old_province_names"):
        names.update(v["name"] for v in data.get(table, {}).values())
    names.update(row.get("old_district", "") for row in data.get("ward_mapping", []))
    return sorted(n for n in names if n)


CRF_WEIGHT = 0.2  # type-level evidence: a pair seen, not a count (measured best of 0.1-1.0)
# The CRF word segmenter's and POS taggers' models: their attribute dictionaries hold every
# word, word pair and syllable pair the taggers saw in training (VLSP 2013, far larger than the
# sample text), as "T[-1,0]=các tỉnh": which pairs occur, not how often.
CRF_MODELS = (
    "pipeline/word_tokenize/models/ws_crf_vlsp2013_20230727/models.bin",
    "pipeline/pos_tag/models/pos_crf_vlsp2013_20230303/models.bin",
    "pipeline/pos_tag/pos_crf_2017_10_11.bin",
    "pipeline/chunking/chunk_crf_2017_10_12.bin",
    "pipeline/ner/ner_crf_2017_10_12.bin",
)
_ATTR = re.compile(rb"T\[(?:-?\d|-2,-1|-1,0|0,1|1,2)\](?:\.lower)?=([^\x00]+)\x00")  # adjacent


def crf_phrases(base: Path) -> list[str]:
    """Distinct texts of the CRF models' word and pair attributes (as cased: "UBND tỉnh")."""
    found: set[str] = set()
    for rel in CRF_MODELS:
        path = base / rel
        if not path.exists():
            continue
        for m in _ATTR.finditer(path.read_bytes()):
            with contextlib.suppress(UnicodeDecodeError):
                found.add(m.group(1).decode("utf-8"))
    return sorted(found)


WORD_LIST_WEIGHT = 0.2
# The lexicon's terms are the reports' own phrases ("đăng tải", "tin bài", "báo chí"): their
# syllable pairs count once, like the agencies' names, but not their triples, which outweighed a
# sentence's ("nhiệm vụ trọng tâm" read "các nhiệm vụ trong Kế hoạch" as "trọng Kế hoạch"); from 2
# on, pairs did too ("trọng tổng số"), and at 6 "chia sẻ", "chuyển đổi số" read "cơ sở" as "cơ sẻ",
# "Sở" as "Số" across a report. Clean report / gold: without it (nor the form) 95.9 / 95.6 %, now
# 96.8 / 96.1 (the lexicon was drawn from all five reports, the clean one too: optimistic there).
LEXICON_WEIGHT = 1.0
# The extra texts are the corpus's clean reports: in-domain text, scarce next to VLSP's news, so
# each counts several times (measured on the gold sample: 1 → 93.9 %, 4 → 94.1, 8 → 94.3, 16 → 94.3,
# 32 → 94.2).
EXTRA_WEIGHT = 8.0
CASE_PRIOR = 2.0  # pseudo-count pulling P(capital | w) towards the overall rate


_Counts = defaultdict[str, float]


@dataclass
class _Tally:
    """Weighted counts over the training runs."""

    uni: _Counts = field(default_factory=lambda: defaultdict(float))
    big: defaultdict[tuple[str, str], float] = field(default_factory=lambda: defaultdict(float))
    tri: defaultdict[tuple[str, str, str], float] = field(
        default_factory=lambda: defaultdict(float)
    )
    capital: _Counts = field(default_factory=lambda: defaultdict(float))  # inside, capitalised
    inside: _Counts = field(default_factory=lambda: defaultdict(float))  # inside, either way


def _counts(extra: tuple[str, ...]) -> _Tally:
    """Weighted syllable counts over the resource runs and the `extra` texts: unigrams,
    bigrams and trigrams (with sentence bounds), and inside a sentence how often each is
    capitalised and seen at all."""
    t = _Tally()
    seqs = list(_resource_sequences())
    for text in extra:
        seqs.extend((run, EXTRA_WEIGHT, True) for run in _sequences(text))
    for seq, weight, sentence in seqs:  # a word-list entry has no sentence boundaries
        low = [shown.lower() for shown in seq]
        for i, shown in enumerate(seq):
            if i and sentence:  # a run's first word is capitalised for the sentence's sake
                t.inside[low[i]] += weight
                if shown[:1] != low[i][:1]:
                    t.capital[low[i]] += weight
            t.uni[low[i]] += weight
        padded = ["<s>", *low, "<s>"] if sentence else low
        for a, b in zip(padded, padded[1:], strict=False):
            t.big[(a, b)] += weight
        for a, b, c in zip(padded, padded[1:], padded[2:], strict=False):
            t.tri[(a, b, c)] += weight
    return t


def _witten_bell(
    counts: dict[int, float], n: int, lower: Callable[[int, int], float]
) -> tuple[dict[int, float], dict[int, float]]:
    """Witten-Bell interpolation of n-gram counts keyed history·n + word over a lower-order
    cost `lower(history, word)`: (−log P of each seen n-gram, −log backoff weight of each
    seen history)."""
    types: Counter[int] = Counter()
    mass: defaultdict[int, float] = defaultdict(float)
    for key, c in counts.items():
        types[key // n] += 1
        mass[key // n] += c
    gamma = {h: -math.log(types[h] / (mass[h] + types[h])) for h in types}
    probs: dict[int, float] = {}
    for key, c in counts.items():
        h, w = divmod(key, n)
        p_lower = math.exp(-lower(h, w))
        probs[key] = -math.log((c + types[h] * p_lower) / (mass[h] + types[h]))
    return probs, gamma


def _build(extra: tuple[str, ...], digest: str) -> Model:
    """Witten-Bell interpolated trigram model over weighted syllable runs."""
    t = _counts(extra)
    words = ["<s>", *sorted(t.uni)]
    ids = {w: i for i, w in enumerate(words)}
    n = len(words)
    # The sentence end is a word too, as often as sentences end: left at a pseudo-count, it
    # cost ~13 nats after any word not seen before one ("hồ sơ (" read "hồ sở").
    ends = sum(c for (_, b), c in t.big.items() if b == "<s>")
    total = sum(t.uni.values()) + ends
    p_uni = [(ends + 0.5) / (total + 0.5 * n)]
    p_uni += [(t.uni[w] + 0.5) / (total + 0.5 * n) for w in words[1:]]
    unigram = [-math.log(p) for p in p_uni]
    pairs = {ids[a] * n + ids[b]: c for (a, b), c in t.big.items()}
    bigram, gammas = _witten_bell(pairs, n, lambda _h, w: unigram[w])
    gamma = [gammas.get(v, 0.0) for v in range(n)]

    def bigram_cost(v: int, w: int) -> float:
        got = bigram.get(v * n + w)
        return got if got is not None else gamma[v] + unigram[w]

    triples = {(ids[a] * n + ids[b]) * n + ids[c]: k for (a, b, c), k in t.tri.items()}
    trigram, tri_gamma = _witten_bell(triples, n, lambda h, w: bigram_cost(h % n, w))
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, w in enumerate(words[1:], start=1):
        by_key[key_of(w)].append(i)
    # P(capitalised | syllable) inside a sentence: "Sở", "Cổng", "Quý" head names of offices,
    # portals and quarters; "số", "công", "quy" rarely do. Smoothed towards the overall rate.
    rate = (sum(t.capital.values()) + 1.0) / (sum(t.inside.values()) + 2.0)
    p_cap = [rate] + [
        (t.capital[w] + CASE_PRIOR * rate) / (t.inside[w] + CASE_PRIOR) for w in words[1:]
    ]
    return Model(
        words=words,
        by_key={k: tuple(v) for k, v in by_key.items()},
        prefixes=frozenset(k[:j] for k in by_key for j in range(len(k) + 1)),
        unigram=unigram,
        gamma=gamma,
        bigram=bigram,
        marks=[syllable_marks(w) for w in words],
        digest=digest,
        cap_yes=[-math.log(p) for p in p_cap],
        cap_no=[-math.log(1.0 - p) for p in p_cap],
        trigram=trigram,
        tri_gamma=tri_gamma,
    )


def _cache_dir() -> Path:
    root = os.environ.get("HBC_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "hbc"
    )
    return Path(root)


@lru_cache(maxsize=1)
def _code_digest() -> str:
    """Hash of the restorer's code (every `index/restore*.py`) and VERSION."""
    sources = sorted(Path(__file__).parent.glob("restore*.py"))
    code = b"".join(p.read_bytes() for p in sources)
    return hashlib.sha256(code + VERSION.encode()).hexdigest()[:12]


_models: dict[str, Model] = {}
_lock = threading.Lock()


def load_model(extra: tuple[str, ...] = ()) -> Model:
    """The model for the given extra clean texts, built once and cached on disk (~1 s to load)."""
    h = hashlib.sha256(_code_digest().encode())
    base = underthesea_dir()
    for rel in (VLSP, VIET74K, ADDRESS, *CRF_MODELS):
        path = base / rel
        h.update(str(path.stat().st_size if path.exists() else -1).encode())
    h.update(LEXICON.read_bytes())
    h.update(PHRASES.read_bytes())
    for t in extra:
        h.update(b"\x00" + t.encode("utf-8"))
    digest = h.hexdigest()[:16]
    with _lock:
        if digest in _models:
            return _models[digest]
        path = _cache_dir() / f"restore-{digest}.pkl"
        model: Model | None = None
        if path.exists():
            try:
                with path.open("rb") as fh:
                    model = pickle.load(fh)
            except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
                model = None
        if model is None:
            model = _build(extra, digest)
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                tmp = path.with_suffix(f".{os.getpid()}.tmp")
                with tmp.open("wb") as fh:
                    pickle.dump(model, fh, protocol=pickle.HIGHEST_PROTOCOL)
                tmp.replace(path)
            except OSError as e:  # a read-only cache only costs the rebuild next time
                log.warning("restore model not cached: %s", e)
        _models[digest] = model
        return model
