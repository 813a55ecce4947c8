"""The exported page in a real headless Chromium, opened from disk with the network off.

Skipped (with the reason) only when there is no Chromium (Debian's ``chromium``, which ``.ci/run``
installs) or no Playwright.  One browser session, one page load: about 3 s, most of it parsing
the inlined plotly.js.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from export_timelines import campaign

from timeline._export.html import write_html, write_image
from timeline.model import Timeline

pytestmark = pytest.mark.browser


def _chromium() -> str | None:
    for cand in (os.environ.get("TIMELINE_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium")):
        if cand and os.path.isfile(cand) and os.access(cand, os.X_OK):
            return cand
    return None


CHROMIUM = _chromium()
# Keep Chromium from phoning home; the page must not need the network either.
ARGS = ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
        "--no-first-run", "--disable-dev-shm-usage", "--host-resolver-rules=MAP * ~NOTFOUND"]

# Every drawn point: (trace type, event id, pixel x, pixel y) from plotly's own axes.
_POINTS_JS = """() => {
  const gd = document.getElementById('timeline');
  const xa = gd._fullLayout.xaxis, ya = gd._fullLayout.yaxis;
  const box = gd.getBoundingClientRect();
  const out = [];
  gd._fullData.forEach((tr) => {
    (tr.customdata || []).forEach((cd, i) => {
      let x = tr.x[i];
      if (tr.type === 'bar') {
        const b = xa.d2l(tr.base[i]);
        x = b + tr.x[i] / 2;
      } else {
        x = xa.d2l(x);
      }
      out.push([tr.type, tr.name, cd[0], box.left + xa._offset + xa.l2p(x), box.top + ya._offset + ya.l2p(tr.y[i])]);
    });
  });
  return out;
}"""


@pytest.fixture(scope="module")
def browser() -> Any:
    if CHROMIUM is None:
        pytest.skip("no Chromium at /usr/bin/chromium (apt-get install chromium, or set TIMELINE_CHROMIUM)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install playwright)")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def test_page_in_headless_chromium_offline(browser: Any, tmp_path: Path) -> None:
    tl: Timeline = campaign()
    out = write_html(tl, tmp_path / "timeline.html")
    page = browser.new_page(viewport={"width": 1300, "height": 900})
    requests: list[str] = []
    dialogs: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    def on_dialog(d: Any) -> None:
        dialogs.append(d.message)
        d.dismiss()

    page.on("dialog", on_dialog)
    page.route("http*://**", lambda route: route.abort())
    page.goto(out.as_uri())
    page.wait_for_selector(".bars .point path", state="attached")

    # Every dated event is drawn: its id is on a bar or marker plotly rendered.
    points = page.evaluate(_POINTS_JS)
    drawn = {eid for _, _, eid, _, _ in points}
    assert drawn == {e.id for e in tl.events} - {"e-ghost"}
    n_bars = sum(1 for t, *_ in points if t == "bar")
    n_markers = sum(1 for t, *_ in points if t == "scatter")
    counts = page.evaluate("""() => {
      const main = (sel) => [...document.querySelectorAll(sel)].filter(e => !e.closest('.rangeslider-container'));
      return [main('.barlayer .point path').length, main('.scatterlayer .point').length];
    }""")
    assert counts == [n_bars, n_markers]

    # Hovering a bar shows its label, its date in words and its sentence with the expression.
    x, y = next((px, py) for t, _, eid, px, py in points if t == "bar" and eid == "e-siege")
    page.mouse.move(x, y)
    page.wait_for_selector(".hovertext", state="attached", timeout=3000)
    text = page.locator(".hovertext").first.text_content() or ""
    assert "Siege of the Old City" in text
    assert "began between 1 and 10 Jul 2017; until 31 Aug 2017" in text
    assert "early July" in text and "Levant Wire" in text
    # A label full of markup shows as the characters it is, and runs nothing.
    x, y = next((px, py) for t, n, eid, px, py in points if t == "scatter" and eid == "e-strike")
    page.mouse.move(x, y)
    page.wait_for_function(
        "() => [...document.querySelectorAll('.hovertext')].some(h => h.textContent.includes('alert(1)'))",
        timeout=3000,
    )
    text = " ".join(page.locator(".hovertext").all_text_contents())
    assert "$<b>\"Strike\"</b> & it's <script>alert(1)</script>$" in text

    # Clicking a marker opens its details, with a real link to its source.
    x, y = next((px, py) for t, n, eid, px, py in points if t == "scatter" and eid == "e-mishlab")
    page.mouse.move(x, y)
    page.wait_for_function(
        "() => [...document.querySelectorAll('.hovertext')].some(h => h.textContent.includes('Mishlab'))",
        timeout=3000,
    )
    page.mouse.click(x, y)
    page.wait_for_selector("#details h3", timeout=3000)
    assert page.locator("#details h3").text_content() == "Assault on Mishlab"
    assert page.locator('#details a[href^="https://levant.example/"]').count() == 1

    # The findings list matches the timeline's findings.
    codes = page.locator("#findings li.finding").evaluate_all("els => els.map(e => e.dataset.code)")
    assert codes == [f.code for f in tl.findings]
    messages = page.locator("#findings li.finding .message").all_text_contents()
    assert messages == [f.message for f in tl.findings]

    # Zoomed to hours, the two-hour raid is a real bar, hundreds of pixels wide.
    width = page.evaluate("""async () => {
      const gd = document.getElementById('timeline');
      await Plotly.relayout(gd, {'xaxis.range': ['2017-06-20 00:00', '2017-06-20 06:00']});
      const i = gd._fullData.findIndex(t => t.type === 'bar' && t.customdata.some(c => c[0] === 'e-raid'));
      const j = gd._fullData[i].customdata.findIndex(c => c[0] === 'e-raid');
      const traces = [...gd.querySelectorAll('.barlayer .trace.bars')].filter(e => !e.closest('.rangeslider-container'));
      const k = gd._fullData.filter(t => t.type === 'bar').indexOf(gd._fullData[i]);
      return traces[k].querySelectorAll('.point')[j].getBoundingClientRect().width;
    }""")
    assert width > 200
    # The note about events outside the default view goes once the reader zooms.
    assert page.evaluate("""() => document.getElementById('timeline').layout.annotations
      .filter(a => a.name === 'outside-note').every(a => a.visible === false)""")
    page.screenshot(path=str(tmp_path / "hours.png"))

    shot = tmp_path / "timeline.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 20_000
    keep = os.environ.get("TIMELINE_SCREENSHOTS")  # e.g. a CI artifacts directory
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, Path(keep) / "timeline-campaign.png")
    assert dialogs == []
    assert [u for u in requests if not u.startswith("file:")] == []
    page.close()


@pytest.mark.slow
def test_png_through_kaleido(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if CHROMIUM is None:
        pytest.skip("no Chromium at /usr/bin/chromium (apt-get install chromium)")
    pytest.importorskip("kaleido", reason="kaleido is not installed (pip install 'timeline[image]')")
    monkeypatch.setenv("BROWSER_PATH", CHROMIUM)
    png = write_image(campaign(), tmp_path / "t.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert sorted(os.listdir(tmp_path)) == ["t.png"]


@pytest.mark.slow
def test_example_corpus_page_offline(browser: Any, tmp_path: Path) -> None:
    """The bundled Raqqa corpus through the real pipeline: every placeable event drawn, hovers in words."""
    import timeline
    from timeline._export import _figure_layout as fl
    from timeline._export._figure_text import interval_words

    corpus = Path(__file__).resolve().parents[3] / "examples" / "corpus"
    if not corpus.exists():
        pytest.skip("examples/corpus is not here")
    tl = timeline.build([str(corpus)])
    out = write_html(tl, tmp_path / "raqqa.html")
    page = browser.new_page(viewport={"width": 1300, "height": 900})
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.route("http*://**", lambda route: route.abort())
    page.goto(out.as_uri())
    page.wait_for_selector(".scatterlayer .point, .barlayer .point path", state="attached")
    points = page.evaluate(_POINTS_JS)
    lay = fl.lay_out(tl)
    assert {eid for _, _, eid, _, _ in points} == {g.event.id for g in lay.glyphs}
    assert len(lay.glyphs) + len(lay.undated) == len(tl.events)
    by_id = {e.id: e for e in tl.events}
    left, right = page.evaluate("""() => {
      const gd = document.getElementById('timeline'), xa = gd._fullLayout.xaxis;
      const box = gd.getBoundingClientRect();
      return [box.left + xa._offset + 5, box.left + xa._offset + xa._length - 5];
    }""")
    # A marker inside the default view (some events may lie outside it, reachable with the slider).
    t, _, eid, x, y = next(p for p in points if p[0] == "scatter" and left < p[3] < right)
    page.mouse.move(x, y)
    page.wait_for_selector(".hovertext", state="attached", timeout=3000)
    text = " ".join(page.locator(".hovertext").all_text_contents())
    assert interval_words(by_id[eid].interval) in text
    assert page.locator("#findings li.finding").count() == len(tl.findings)
    page.screenshot(path=str(tmp_path / "raqqa.png"), full_page=True)
    assert [u for u in requests if not u.startswith("file:")] == []
    page.close()
