"""The web UI's doors, tried as an attacker would: over plain HTTP, Gradio's client and Chromium."""

from __future__ import annotations

import logging
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from bot.admin import ServiceHolder
from bot.compose import make_service
from bot.web_admin import NO_SESSION
from bot.web_chat import HOST_FACTOR
from bot.web_conversations import IssuedAnswers
from bot.web_guard import AdminSessions, Throttle
from core.settings import Settings
from index.build import build_index
from index.embed import Embedder
from tests.conftest import REPO, make_settings
from tests.helpers.documents import text_pdf
from tests.helpers.web import PASSWORD, admin_cookie, call_event, dependencies, serve

ADMIN_EVENTS = {
    "do_enter", "load", "do_save", "do_read", "do_add", "do_remove", "do_reindex", "do_feedback",
}  # fmt: skip


@pytest.fixture(scope="module")
def small(
    tmp_path_factory: pytest.TempPathFactory, embedder: Embedder
) -> tuple[Settings, ServiceHolder, Path]:
    """A one-report index (fast to build), its settings and a folder for the web's files."""
    tmp = tmp_path_factory.mktemp("sec")
    (tmp / "reports").mkdir()
    shutil.copy(REPO / "corpus" / "reports" / "001_cfc09c4d7094a6ed.txt", tmp / "reports")
    settings = make_settings(tmp, tmp / "reports")
    build_index(settings, embedder)
    return settings, ServiceHolder(make_service(settings, embedder)), tmp


@pytest.fixture(scope="module")
def site(
    small: tuple[Settings, ServiceHolder, Path], embedder: Embedder
) -> Iterator[tuple[str, Path]]:
    settings, holder, tmp = small
    with serve(settings, embedder, holder, tmp / "site", max_upload_mb=1) as url:
        yield url, tmp / "site"


def test_admin_events_are_private_and_refuse_without_a_session(site: tuple[str, Path]) -> None:
    url, _ = site
    deps = {d["api_name"]: d for d in dependencies(url)}
    assert set(deps) >= ADMIN_EVENTS
    for name in ADMIN_EVENTS:
        assert deps[name]["api_visibility"] == "private", name
        # Called straight through the queue, as a script would, without the admin cookie.
        done = call_event(url, deps[name]["id"], [None] * len(deps[name]["inputs"]))
        if name == "do_enter":  # opening the panel says why it stays shut
            assert done["output"]["data"][0] == NO_SESSION
            assert done["output"]["data"][1]["visible"] is False
        else:
            assert done["success"] is False, name
            assert "admin session" in str(done["output"]), name
    # Gradio's own client lists and calls only the chat.
    from gradio_client import Client

    client = Client(url, verbose=False)
    assert list(client.view_api(print_info=False, return_format="dict")["named_endpoints"]) == [
        "/ask"
    ]
    with pytest.raises(ValueError, match="do_feedback"):
        client.predict(api_name="/do_feedback")


def test_admin_session_is_the_cookie_not_the_gradio_session_hash(
    site: tuple[str, Path], caplog: pytest.LogCaptureFixture
) -> None:
    url, _ = site
    fn = {d["api_name"]: d["id"] for d in dependencies(url)}["do_feedback"]
    cookie = admin_cookie(url)
    with caplog.at_level(logging.INFO, logger="bot.web_admin"):
        ok = call_event(url, fn, [], cookies=cookie, session_hash="shared-hash")
    assert ok["success"] is True
    # Another client reusing that session hash gets nothing.
    stolen = call_event(url, fn, [], session_hash="shared-hash")
    assert stolen["success"] is False
    assert "admin session" in str(stolen["output"])
    # Each admin action is one log line: what, from where, which session (never the token).
    lines = [r.getMessage() for r in caplog.records if "action=feedback" in r.getMessage()]
    assert len(lines) == 2
    assert lines[0].startswith("admin action=feedback target=- client=127.0.0.1 session=")
    assert lines[1] == "admin action=feedback refused: no session client=127.0.0.1"
    assert cookie["hbc_admin"] not in lines[0]


def test_admin_login_is_throttled_and_logged(
    small: tuple[Settings, ServiceHolder, Path], embedder: Embedder,
    caplog: pytest.LogCaptureFixture,
) -> None:  # fmt: skip
    settings, holder, tmp = small
    with (
        serve(settings, embedder, holder, tmp / "throttle") as url,
        caplog.at_level(logging.WARNING, logger="bot.web_admin"),
    ):
        codes = [
            httpx.post(url + "hbc/admin/login", data={"password": f"guess{i}"}).status_code
            for i in range(7)
        ]
        # While blocked, even the right password waits.
        right = httpx.post(url + "hbc/admin/login", data={"password": PASSWORD})
    assert codes[:5] == [401] * 5
    assert codes[5] == 429
    assert right.status_code == 429
    assert "try again in" in right.json()["message"]
    failed = [r for r in caplog.records if "admin login failed" in r.getMessage()]
    assert len(failed) == 5  # one line per wrong password tried (the 6th and 7th were not)
    assert all(r.exc_info is None for r in failed)


def test_throttle_waits_grow_and_a_success_clears_them() -> None:
    now = [0.0]
    t = Throttle(free=5, base_s=2.0, max_s=60.0, clock=lambda: now[0])
    waits = [t.failed("a") for _ in range(9)]
    assert waits == [0, 0, 0, 0, 2, 4, 8, 16, 32]
    assert t.wait_s("a") == 32
    assert t.wait_s("b") == 0
    t.succeeded("a")
    assert t.wait_s("a") == 0


def test_admin_sessions_expire_when_idle() -> None:
    now = [0.0]
    sessions = AdminSessions(idle_s=1800, clock=lambda: now[0])
    token = sessions.open("127.0.0.1")
    now[0] = 1700
    assert sessions.check(token)  # used: its idle clock restarts
    now[0] = 3400
    assert sessions.check(token)
    now[0] = 5300
    assert not sessions.check(token)
    assert not sessions.check("made-up")
    assert not sessions.check(None)


def test_uploads_need_an_admin_session_stay_small_and_inside_data(
    site: tuple[str, Path],
) -> None:
    url, folder = site
    files = {"files": ("r.txt", b"bao cao " * 100, "text/plain")}
    assert httpx.post(url + "gradio_api/upload", files=files).status_code == 403
    cookie = admin_cookie(url)
    ok = httpx.post(url + "gradio_api/upload", files=files, cookies=cookie)
    assert ok.status_code == 200
    stored = Path(ok.json()[0])
    assert stored.is_relative_to(folder / "web-tmp")
    big = {"files": ("big.txt", b"x" * (2 * 1024 * 1024), "text/plain")}
    assert httpx.post(url + "gradio_api/upload", files=big, cookies=cookie).status_code == 413


def test_temp_folder_is_emptied_at_start(
    small: tuple[Settings, ServiceHolder, Path], embedder: Embedder
) -> None:
    settings, holder, tmp = small
    stale = tmp / "again" / "web-tmp" / "old-upload" / "secret.pdf"
    stale.parent.mkdir(parents=True)
    stale.write_bytes(b"%PDF-1.4")
    with serve(settings, embedder, holder, tmp / "again"):
        assert not stale.exists()


def test_web_auth_logins_are_throttled_and_originals_need_a_login(
    small: tuple[Settings, ServiceHolder, Path], embedder: Embedder
) -> None:
    settings, holder, tmp = small
    originals = settings.path(settings.ingest.originals)
    originals.mkdir(parents=True, exist_ok=True)
    text_pdf(originals / "001_cfc09c4d7094a6ed.pdf", ["Trang một.", "Trang hai."])
    with serve(settings, embedder, holder, tmp / "auth", logins=[("staff", "s3cret")]) as url:
        pdf = url + "hbc/original/001_cfc09c4d7094a6ed.pdf"
        assert httpx.get(pdf).status_code == 401
        with httpx.Client() as browser_like:
            r = browser_like.post(url + "login", data={"username": "staff", "password": "s3cret"})
            assert r.status_code == 200
            got = browser_like.get(pdf)
            assert got.status_code == 200
            assert got.headers["content-type"] == "application/pdf"
            assert got.content.startswith(b"%PDF")
            assert browser_like.get(url + "hbc/original/..%2Freports.toml").status_code == 404
        codes = [
            httpx.post(url + "login", data={"username": "staff", "password": f"g{i}"}).status_code
            for i in range(7)
        ]
        assert codes[:5] == [400] * 5
        assert codes[5:] == [429, 429]


@pytest.mark.slow
def test_password_is_not_kept_by_the_browser_and_no_api_link(
    site: tuple[str, Path],
    browser: object,
) -> None:
    url, _ = site
    page = browser.new_page()  # type: ignore[attr-defined]
    page.goto(url)
    page.wait_for_selector("#hbc-question textarea", timeout=30_000)
    assert page.get_by_text("Use via API").count() == 0
    page.get_by_role("tab", name="Quản trị / Admin").click()
    page.fill("#hbc-admin-pw", PASSWORD)
    page.press("#hbc-admin-pw", "Enter")
    page.wait_for_selector("#hbc-admin-msg >> text=✅", timeout=30_000)
    assert "001_cfc09c4d7094a6ed" in page.locator("#hbc-reports").inner_text()
    page.get_by_role("tab", name="Góp ý / Feedback").click()
    page.get_by_role("button", name="Tải góp ý / Load feedback").click()
    page.wait_for_timeout(1000)
    stored = page.evaluate(
        "JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage)])"
    )
    assert PASSWORD not in stored
    assert page.input_value("#hbc-admin-pw") == ""
    # The session cookie is HttpOnly: page scripts cannot read it.
    assert "hbc_admin" not in page.evaluate("document.cookie")
    page.close()


VI = "Tiếng Việt"
LIKE = {"index": 1, "value": "", "liked": True}


def _chat_events(url: str) -> dict[str, int]:
    return {d["api_name"]: d["id"] for d in dependencies(url)}


def _asked(url: str, fn: dict[str, int], hash_: str, store: dict[str, object]) -> None:
    """A page loaded with `store` as its localStorage that asked one question."""
    call_event(url, fn["on_load"], [store, VI, None], session_hash=hash_)
    asked = call_event(
        url, fn["ask"], ["Có bao nhiêu dịch vụ công?", [], None, None, VI, None],
        session_hash=hash_,
    )  # fmt: skip
    assert asked["success"] is True


def test_feedback_stores_what_was_answered_not_what_the_browser_sends(
    site: tuple[str, Path],
) -> None:
    url, folder = site
    fn = _chat_events(url)
    # A real question, then a thumb: the row holds the question and answer the server gave.
    _asked(url, fn, "real-page", {"client": "browser-real"})
    done = call_event(url, fn["on_like"], [None, VI, None], session_hash="real-page",
                      event_data=LIKE)  # fmt: skip
    assert done["success"] is True
    # A localStorage written by hand: an answer never given, under a made-up key.
    forged = {"client": "browser-forged", "current": "c", "items": {"c": {
        "title": "x", "ts": 1.0,
        "history": [{"role": "user", "content": "q"}, {"role": "assistant", "content": "a"}],
        "answers": {"1": {"key": "made-up", "question": "FORGED question",
                          "answer": "FORGED answer", "sources": []}},
    }}}  # fmt: skip
    call_event(url, fn["on_load"], [forged, VI, None], session_hash="forged-page")
    done = call_event(url, fn["on_like"], [None, VI, None], session_hash="forged-page",
                      event_data=LIKE)  # fmt: skip
    assert done["success"] is True
    with sqlite3.connect(folder / "fb.sqlite3") as db:
        rows = db.execute("SELECT question, answer, session FROM feedback").fetchall()
    assert [(q, s) for q, _, s in rows] == [("Có bao nhiêu dịch vụ công?", "browser-real")]
    assert "FORGED" not in rows[0][1]
    # A malformed stored source (or conversation) is ignored: the page still loads.
    forged["items"]["c"]["answers"]["1"]["sources"] = [{"n": "x"}, 3]  # type: ignore[index]
    forged["items"]["x"] = {"ts": "late", "history": 5}  # type: ignore[index]
    loaded = call_event(url, fn["on_load"], [forged, VI, None], session_hash="odd-page")
    assert loaded["success"] is True


def test_question_box_opens_only_once_the_page_load_has_run(site: tuple[str, Path]) -> None:
    # The load brings back the browser's chat; an answer that came before it finished was
    # overwritten by the restored chat, so the box and its button start closed.
    url, _ = site
    config = httpx.get(url + "config", timeout=10).json()
    props = {c["props"].get("elem_id"): c["props"] for c in config["components"]}
    box_id = next(
        c["id"] for c in config["components"] if c["props"].get("elem_id") == "hbc-question"
    )
    assert props["hbc-question"]["interactive"] is False
    load = _chat_events(url)["on_load"]
    dep = next(d for d in config["dependencies"] if d["id"] == load)
    assert box_id in dep["outputs"]
    loaded = call_event(url, load, [{"client": "b"}, VI, None], session_hash="opening-page")
    opened = loaded["output"]["data"][dep["outputs"].index(box_id)]
    assert opened["interactive"] is True


@pytest.mark.slow  # end to end: a loopback server, its timeouts or a fresh index
def test_feedback_is_limited_by_address_as_well_and_comments_count(
    small: tuple[Settings, ServiceHolder, Path], embedder: Embedder
) -> None:
    settings, holder, tmp = small
    with serve(settings, embedder, holder, tmp / "limited", feedback_per_minute=1) as url:
        fn = _chat_events(url)
        # One browser: its thumb passes, a comment within the same minute does not.
        _asked(url, fn, "page-0", {"client": "browser-0"})
        rated = call_event(url, fn["on_like"], [None, VI, None], session_hash="page-0",
                           event_data=LIKE)  # fmt: skip
        assert "Cảm ơn" in rated["output"]["data"][1]
        # (the rated row and the browser id are the page's server-side state: sent as None)
        said = call_event(url, fn["on_comment"], [None, "sai", VI, None], session_hash="page-0")
        assert "⏳" in said["output"]["data"][1]
        # A new browser id each time: the address's own limit (10 x 1) still stops it.
        statuses = []
        for i in range(1, HOST_FACTOR + 1):
            _asked(url, fn, f"page-{i}", {"client": f"browser-{i}"})
            done = call_event(url, fn["on_like"], [None, VI, None], session_hash=f"page-{i}",
                              event_data=LIKE)  # fmt: skip
            statuses.append(done["output"]["data"][1])
        assert ["⏳" in s for s in statuses] == [False] * (HOST_FACTOR - 2) + [True, True]
    with sqlite3.connect(tmp / "limited" / "fb.sqlite3") as db:
        assert db.execute("SELECT count(*), max(comment) FROM feedback").fetchone() == (9, "")


def test_issued_answers_forget_the_oldest_beyond_their_bound() -> None:
    issued = IssuedAnswers(limit=2)
    keys = [issued.issue(f"q{i}", f"a{i}", []) for i in range(3)]
    assert issued.get(keys[0]) is None
    assert issued.get(keys[2]) == {"question": "q2", "answer": "a2", "sources": []}
    assert issued.get(["not", "a", "key"]) is None
