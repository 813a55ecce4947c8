"""The HTML page (no browser): self-contained, deterministic, atomic, escaped, findings listed."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from export_timelines import campaign, synthetic
from typer.testing import CliRunner

from timeline._cli import app
from timeline._export import html as html_export
from timeline._export.html import write_html, write_image
from timeline.model import Evidence, Finding, Timeline


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> str:
    out = tmp_path_factory.mktemp("page") / "t.html"
    write_html(campaign(), out)
    return out.read_text(encoding="utf-8")


def test_same_timeline_same_bytes(tmp_path: Path) -> None:
    a, b = tmp_path / "a.html", tmp_path / "b.html"
    write_html(campaign(), a)
    write_html(campaign(), b)
    assert a.read_bytes() == b.read_bytes()
    write_html(synthetic(120), a)
    write_html(synthetic(120), b)
    assert a.read_bytes() == b.read_bytes()


def test_write_is_atomic_and_leaves_no_temp_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "t.html"
    out.write_text("old page")
    assert write_html(campaign(), out) == out
    assert sorted(os.listdir(tmp_path)) == ["t.html"]
    assert out.read_bytes().startswith(b"<!DOCTYPE html>")

    out.write_text("old page")

    def boom(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        write_html(campaign(), out)
    assert out.read_text() == "old page"  # a failed write leaves the old file whole
    assert sorted(os.listdir(tmp_path)) == ["t.html"]


def test_page_is_self_contained(page: str) -> None:
    assert "<script src" not in page.lower() and "<link" not in page.lower()
    assert len(page) > 3_000_000  # plotly.js is inlined
    assert 'id="timeline"' in page
    # No uuid-like div id and no timestamps of the run.
    assert not re.search(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", page)


def test_findings_are_listed_in_order_and_escaped(page: str) -> None:
    tl = campaign()
    codes = re.findall(r'<li class="finding" id="finding-\d+" data-severity="(\w+)" data-code="([^"]+)"', page)
    assert codes == [(f.severity, f.code) for f in tl.findings]
    assert "cannot be both before and after &lt;the raid&gt;" in page
    assert "&#39;early July&#39; &amp; later" in page
    assert '<b>early July</b>' in page  # the evidence span is marked in its sentence


def test_user_text_never_becomes_markup(page: str) -> None:
    assert "<script>alert(1)" not in page and "<Coalition>" not in page
    assert "&lt;script&gt;alert(1)&lt;" in page
    assert 'href="javascript:' not in page
    assert 'href="https://levant.example/a?id=1&amp;x=&lt;2&gt;"' in page


def test_event_details_cover_every_event(page: str) -> None:
    m = re.search(r'<script type="application/json" id="event-details">(.*?)</script>', page, re.S)
    assert m is not None
    assert "<" not in m.group(1)  # nothing inside can close the script element
    details = json.loads(m.group(1))
    assert set(details) == {e.id for e in campaign().events}
    assert "Told by 2 articles" in details["e-mishlab"]


def test_undated_events_are_listed(page: str) -> None:
    assert '<section id="undated"><h2>Undated events (1)</h2>' in page
    assert "Talks somewhere" in page


def test_empty_timeline_page(tmp_path: Path) -> None:
    out = write_html(Timeline(), tmp_path / "empty.html")
    text = out.read_text()
    assert "0 events from 0 articles" in text and "Findings (0)" in text


def test_image_format_must_be_known(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError, match=r"x\.bmp: cannot tell the image format"):
        write_image(campaign(), tmp_path / "x.bmp")


def test_image_without_chromium_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    class ChromeNotFoundError(RuntimeError):
        pass

    def no_chrome(*args: object, **kwargs: object) -> bytes:
        raise ChromeNotFoundError("Kaleido requires Google Chrome to be installed.\n$ plotly_get_chrome")

    import plotly.graph_objects as go

    monkeypatch.setattr(go.Figure, "to_image", no_chrome)
    with pytest.raises(RuntimeError, match="needs Chromium") as info:
        write_image(campaign(), tmp_path / "x.png")
    assert "\n" not in str(info.value)
    assert not (tmp_path / "x.png").exists()


def test_cli_image_error_is_one_line(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "Fighters took the dam on Tuesday.", "published": "2017-05-10"}) + "\n")
    res = CliRunner().invoke(app, ["build", "--image", str(tmp_path / "x.bmp"), str(src)])
    assert res.exit_code == 2
    assert "cannot tell the image format" in res.output and res.output.count("\n") == 1


def test_cli_writes_the_page(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "Fighters took the dam on Tuesday.", "published": "2017-05-10"}) + "\n")
    out = tmp_path / "t.html"
    res = CliRunner().invoke(app, ["build", "--html", str(out), "--group-by", "document", str(src)])
    assert res.exit_code == 0, res.output
    assert out.read_bytes().startswith(b"<!DOCTYPE html>")
    assert "lanes by article" in out.read_text()


def test_public_names() -> None:
    assert set(html_export.__all__) >= {"to_figure", "write_html", "write_image"}


def test_metadata_evidence_is_shown_as_a_publication_date(tmp_path: Path) -> None:
    tl = campaign()
    meta = Evidence(doc="levant-01", text="2017-06-07", start=0, end=0, source="metadata")
    tl = tl.model_copy(update={"findings": (Finding(severity="error", code="DOCS", message="m", evidence=(meta,)),)})
    text = write_html(tl, tmp_path / "t.html").read_text()
    assert "publication date in the article's metadata:</span> <b>2017-06-07</b>" in text
