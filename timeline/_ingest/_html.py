"""Web pages: the main text (trafilatura) and the publication date from the page's tags (htmldate).

No network: both libraries get an already parsed tree, never a string they could take for a URL.
The date is looked for with ``original_date=True`` (publication, not modification) and
``extensive_search=False`` on a copy of the page stripped of its furniture -- footers, navigation,
sidebars, comment and share blocks, and any short element labelled "Last updated", "Modified" or
"Copyright" -- because htmldate otherwise falls back to a footer's "Last updated: ..." when the page
has no date tag.  A page with no date left is dated by its dateline, if any (:mod:`anchors`).
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from typing import Any

from timeline._ingest._dates import parse_point
from timeline._ingest._problems import Problems, scrub
from timeline.model import Document

__all__ = ["parse_html"]

_FURNITURE_TAGS = frozenset({"footer", "nav", "aside", "form", "noscript", "iframe"})
_FURNITURE_ATTR = re.compile(
    r"footer|copyright|updated|modified|comment|related|sidebar|widget|cookie|consent|newsletter|subscri|promo"
    r"|breadcrumb|share|social|caption|credit|advert|banner|popup|signup|donat|most-?read|trending",
    re.IGNORECASE,
)
_FURNITURE_TEXT = re.compile(r"\s*(?:last\s+)?(?:update[sd]?|modified|edited|revised)\b|\s*(?:©|\(c\)|copyright)",
                             re.IGNORECASE)
_MODIFIED_META = re.compile(r"modif|updat|revis|edit", re.IGNORECASE)
_TAGS = re.compile(r"<[^>]*>")
#: Bounds for htmldate's plausibility check, fixed so that the result never depends on the clock.
_MIN_DATE, _MAX_DATE = "1990-01-01", "2099-12-31"


def _prune(tree: Any) -> Any:
    """A copy of ``tree`` without the elements that carry page furniture (see the module doc)."""
    pruned = copy.deepcopy(tree)
    doomed = []
    for el in pruned.iter():
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _FURNITURE_TAGS:
            doomed.append(el)
        elif tag == "meta":
            names = " ".join(el.get(a, "") for a in ("property", "name", "itemprop", "http-equiv"))
            if _MODIFIED_META.search(names):
                doomed.append(el)
        elif _FURNITURE_ATTR.search(f"{el.get('class', '')} {el.get('id', '')}") and tag not in ("html", "body"):
            doomed.append(el)
        elif tag and tag not in ("html", "body", "head", "article", "main"):
            text = el.text_content() if hasattr(el, "text_content") else ""
            if len(text) < 200 and _FURNITURE_TEXT.match(text):
                doomed.append(el)
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()
    return pruned


def _where(tree: Any, day: str) -> str:
    """Which tag stated the date ``day`` (YYYY-MM-DD), for ``Document.html_date_text``."""
    for el in tree.iter("meta"):
        content = el.get("content", "") or ""
        if content.strip().startswith(day):
            for attr in ("property", "name", "itemprop", "http-equiv"):
                if el.get(attr):
                    return f'<meta {attr}="{el.get(attr)}" content="{content.strip()}">'[:200]
    for el in tree.iter("time"):
        value = el.get("datetime", "") or ""
        if value.strip().startswith(day):
            return f'<time datetime="{value.strip()}">'[:200]
    return "page text"


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _confirm(source: str, text: str, tree: Any, day: dt.date) -> str | None:
    """Where the page states ``day`` in full, or ``None`` when it does not.

    htmldate repairs what it finds (a malformed ``2016-02-30T25:61`` comes back as ``2016-02-01``);
    a date the page never states in full is not a publication date.
    """
    iso = day.isoformat()
    tag = _where(tree, iso)
    if tag != "page text":
        return tag
    compact = (iso, f"{day.year}/{day.month:02d}/{day.day:02d}", f"{day.year}{day.month:02d}{day.day:02d}")
    for form in compact:
        if form in source:
            return f"page source: {form}"
    month = _MONTHS[day.month - 1]
    d, y = rf"0?{day.day}(?:st|nd|rd|th)?", rf"{day.year}(?!\d)"
    spelled = re.compile(rf"(?<!\d){d}\s+(?:of\s+)?{month}[a-z]*\.?,?\s+{y}|\b{month}[a-z]*\.?\s+{d},?\s+{y}",
                         re.IGNORECASE)
    m = spelled.search(text)
    return m.group(0) if m else None


def _page_date(source: str, tree: Any) -> tuple[dt.datetime | None, str | None]:
    import htmldate

    pruned = _prune(tree)
    found = htmldate.find_date(copy.deepcopy(pruned), extensive_search=False, original_date=True,
                               outputformat="%Y-%m-%dT%H:%M:%S", min_date=_MIN_DATE, max_date=_MAX_DATE)
    point = parse_point(found) if isinstance(found, str) else None
    if point is None:
        return None, None
    where = _confirm(source, " ".join(pruned.itertext()), pruned, point.date())
    return (point, where) if where is not None else (None, None)


def _canonical(tree: Any) -> str | None:
    for el in tree.iter("link"):
        if (el.get("rel") or "").lower() == "canonical" and el.get("href"):
            return str(el.get("href")).strip() or None
    for el in tree.iter("meta"):
        if el.get("property") == "og:url" and el.get("content"):
            return str(el.get("content")).strip() or None
    return None


def parse_html(text: str, shown: str, stem: str, problems: Problems) -> Document | None:
    """One document from the page ``text``: title + main text, page date, canonical URL."""
    try:
        import htmldate  # noqa: F401  (imported here so a broken install is one problem, not a crash)
        import trafilatura
        from trafilatura.utils import load_html
    except ImportError as e:  # e.g. lxml without lxml_html_clean: lose this page, not the corpus
        problems.add(shown, f"cannot read web pages here ({str(e).splitlines()[0]}); "
                            "pip install trafilatura htmldate lxml_html_clean")
        return None

    try:
        tree = load_html(text)
    except Exception:  # the parser is third-party code fed hostile bytes: any failure is "not HTML"
        tree = None
    if tree is None:
        body = scrub(_TAGS.sub(" ", text)).strip()
        if not body:
            problems.warn(shown, "no text in the page, no document")
            return None
        problems.warn(shown, "not parsable as HTML, read as plain text")
        return Document(id=stem, text=body, path=shown)
    try:
        meta = trafilatura.extract_metadata(copy.deepcopy(tree))
        title = scrub(meta.title).strip() if meta is not None and meta.title else None
        main = trafilatura.extract(copy.deepcopy(tree), include_comments=False, include_tables=True)
        if not main:
            main = trafilatura.html2txt(copy.deepcopy(tree))
        published, where = _page_date(text, tree)
        url = _canonical(tree)
    except Exception as e:  # as above: a library failure on one page must not lose the corpus
        problems.add(shown, f"cannot extract the page ({type(e).__name__})")
        return None
    main = scrub(main or "").strip()
    if title and not main.startswith(title):
        main = f"{title}\n\n{main}" if main else title
    if not main:
        problems.warn(shown, "no text in the page, no document")
        return None
    return Document(id=stem, text=main, title=title, url=url, path=shown, html_date=published, html_date_text=where)
