"""Web pages: main text with its title, the page date from tags (never the footer), no network."""

from __future__ import annotations

import datetime as dt
import shutil
import socket
from pathlib import Path

import pytest

import anchors
from timeline._ingest import read_inputs

PAGES = Path(__file__).parent / "pages"


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kw: object) -> None:
        raise AssertionError("ingestion tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_published_time_tag_wins_over_footer_and_modified_time() -> None:
    [doc], problems = read_inputs([PAGES / "published.html"])
    assert problems == []
    assert doc.id == "published" and doc.title == "Engineers reopen the northern bridge"
    assert doc.html_date == dt.datetime(2016, 10, 25, 9, 40)
    assert doc.html_date_text is not None and "article:published_time" in doc.html_date_text
    assert doc.url == "https://courier.example/2016/engineers-reopen-bridge"
    assert doc.text.startswith("Engineers reopen the northern bridge\n")
    assert "detour through the hills" in doc.text
    for furniture in ("Last updated", "All rights reserved", "Home", "Sign up"):
        assert furniture not in doc.text
    a, findings = anchors.find_anchor(doc)
    assert (a.source, a.value) == ("html", dt.datetime(2016, 10, 25)) and findings == []


def test_footer_and_update_stamps_are_not_a_page_date() -> None:
    [doc], problems = read_inputs([PAGES / "footer-only.html"])
    assert problems == [] and doc.html_date is None
    a, _ = anchors.find_anchor(doc)
    assert (a.source, a.value) == ("none", None)


def test_without_date_tags_the_dateline_in_the_main_text_anchors() -> None:
    [doc], _ = read_inputs([PAGES / "dateline.html"])
    assert doc.html_date is None
    a, _ = anchors.find_anchor(doc)
    assert (a.source, a.value, a.text) == ("dateline", dt.datetime(2016, 11, 3), "3 November 2016")
    assert doc.text[a.start or 0:a.end or 0] == "3 November 2016"


def test_time_element_is_a_page_date() -> None:
    [doc], _ = read_inputs([PAGES / "time-element.html"])
    assert doc.html_date == dt.datetime(2016, 11, 11, 16, 20)
    assert doc.html_date_text == '<time datetime="2016-11-11T16:20:00">'


def test_htm_suffix_and_uppercase(tmp_path: Path) -> None:
    shutil.copy(PAGES / "published.html", tmp_path / "Copy.HTM")
    [doc], _ = read_inputs([tmp_path])
    assert doc.id == "Copy" and doc.html_date == dt.datetime(2016, 10, 25, 9, 40)


@pytest.mark.parametrize(("body", "fatal", "kept"), [
    (b"", False, False),
    (b"plain words, no markup at all, about the convoy", False, True),
    (b"http://courier.example/2016/10/25/story", False, True),
    (b"<html><head><meta property='article:published_time' content='2016-02-30T25:61:00'>"
     b"<meta name='date' content='9999-99-99'></head><body><article><p>Troops entered the old city on "
     b"Saturday after a week of shelling.</p></article></body></html>", False, True),
    (b"<html><<<>>><p>\x00\xff</p>", True, False),
])
def test_hostile_pages_never_raise(tmp_path: Path, body: bytes, fatal: bool, kept: bool) -> None:
    p = tmp_path / "page.html"
    p.write_bytes(body)
    docs, problems = read_inputs([p])
    assert bool(docs) == kept
    assert any(q.fatal for q in problems) == fatal
    for d in docs:
        assert d.html_date is None


def test_json_ld_date_published_not_date_modified() -> None:
    [doc], _ = read_inputs([PAGES / "json-ld.html"])
    assert doc.html_date == dt.datetime(2016, 11, 2, 7, 15)
    assert doc.html_date_text == "page source: 2016-11-02"
    assert "Last updated" not in doc.text
