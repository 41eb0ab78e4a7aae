"""The command lines, called through main(argv): exit codes, JSON shape, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.__main__ import main as bot_main
from core.settings import Settings
from index.__main__ import main as index_main
from tests.conftest import REPO


def _config(tmp_path: Path, settings: Settings) -> Path:
    text = (REPO / "config.toml").read_text(encoding="utf-8")
    text = text.replace('dir = "data/index"', f'dir = "{settings.index.dir}"')
    text = text.replace(
        'metadata = "corpus/reports.toml"', f'metadata = "{settings.corpus.metadata}"'
    )
    text = text.replace('dir = "corpus/reports"', f'dir = "{settings.corpus.dir}"')
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_ask_prints_the_rendered_answer(
    seed_settings: Settings, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = _config(tmp_path, seed_settings)
    assert bot_main(["--config", str(cfg), "ask", "tuyen quang co bao nhieu dvc muc do 4"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("**1.044** (Tuyên Quang, tính đến 20/5/2022) [1]\n> ")
    # The source list is the renderer's, named by the one citation label.
    assert "\n\nNguồn:\n[1] 98/BC-STTTT, Sở Thông tin và Truyền thông Tuyên Quang, 23/5/2022; mục: " in out


def test_ask_json(
    seed_settings: Settings, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = _config(tmp_path, seed_settings)
    assert (
        bot_main(["--config", str(cfg), "ask", "tuyen quang co bao nhieu dvc muc do 4", "--json"])
        == 0
    )
    out = json.loads(capsys.readouterr().out)
    assert set(out) >= {"question", "answer", "abstained", "citations", "timings_ms"}
    assert out["abstained"] is False
    cit = out["citations"][0]
    assert set(cit) >= {
        "n",
        "report_id",
        "title",
        "number",
        "agency",
        "date",
        "section",
        "quote",
        "score",
    }
    assert cit["n"] == 1
    assert cit["number"] == "98/BC-STTTT"
    # The answer as data: what was asked, what the figure counts, the alternatives.
    assert out["intent"] == "figure"
    assert out["figure"] == "1.044"
    assert "1.044" in out["counts"]
    assert out["holds_for"].startswith("Tuyên Quang")
    assert out["candidates"]
    assert set(out["candidates"][0]) == {"figure", "counts", "holds_for", "citation"}
    assert out["candidates"][0]["citation"]["report_id"] == cit["report_id"]


def test_index_build_is_up_to_date(
    seed_settings: Settings, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = _config(tmp_path, seed_settings)
    assert index_main(["--config", str(cfg), "build", "--quiet"]) == 0
    assert "up to date" in capsys.readouterr().out


def test_empty_question_exit_code(
    seed_settings: Settings, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = _config(tmp_path, seed_settings)
    assert bot_main(["--config", str(cfg), "ask", "   "]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: the question is empty")
    assert "Traceback" not in err


def test_missing_index_exit_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], seed_settings: Settings
) -> None:
    cfg = _config(tmp_path, seed_settings)
    cfg.write_text(
        cfg.read_text("utf-8").replace(str(seed_settings.index.dir), str(tmp_path / "none")),
        "utf-8",
    )
    assert bot_main(["--config", str(cfg), "ask", "hello"]) == 3
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0
    assert "python -m index build" in err
    assert not (tmp_path / "none").exists() or not any((tmp_path / "none").iterdir())


def test_bad_config_exit_code(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text("[retrieval]\nmode = 3\n", encoding="utf-8")
    assert bot_main(["--config", str(cfg), "ask", "x"]) == 2
    assert "error:" in capsys.readouterr().err


def test_telegram_token_from_env_or_file(tmp_path: Path) -> None:
    from dataclasses import replace

    from bot.__main__ import telegram_token
    from core.errors import ConfigError
    from core.settings import load_settings

    from_env = load_settings(REPO / "config.toml", env={"HBC_TELEGRAM_TOKEN": " 1:abc "})
    assert telegram_token(from_env) == "1:abc"
    assert "1:abc" not in repr(from_env)  # read through Settings, masked like every secret
    settings = load_settings(REPO / "config.toml", env={})
    secret = tmp_path / "token"
    secret.write_text("2:def\n", encoding="utf-8")
    with_file = replace(settings, telegram=replace(settings.telegram, token_file=secret))
    assert telegram_token(with_file) == "2:def"
    with pytest.raises(ConfigError, match="no Telegram token"):
        telegram_token(settings)
    assert "1:abc" not in repr(
        load_settings(REPO / "config.toml", env={"HBC_ADMIN_PASSWORD": "1:abc"})
    )
    hook = load_settings(REPO / "config.toml", env={"HBC_TELEGRAM_WEBHOOK_SECRET": "s3cret"})
    assert hook.telegram_webhook_secret == "s3cret"
    assert "s3cret" not in repr(hook)


def test_web_logins() -> None:
    from bot.__main__ import web_logins
    from core.errors import ConfigError

    assert web_logins("") == []
    assert web_logins("an:p1, binh:p:2") == [("an", "p1"), ("binh", "p:2")]
    with pytest.raises(ConfigError, match="user:password"):
        web_logins("an")
