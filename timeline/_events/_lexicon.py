"""The trigger lexicon: words that name events, grouped into event types (data: ``timeline/data/lexicon.yaml``).

Verbal triggers list their surface forms (the past forms separately: they set the clause's tense);
nominal triggers list singular and plural.  *Aspectual* verbs (launch, begin, end, last) do not name
an event themselves: they lend a time to the nominal trigger they govern ("launched an offensive on
Saturday" dates the offensive's start).  *Reporting* verbs (said, told) absorb the date of the
report, so that "officials said on Saturday" does not date whatever the officials talk about.

The same file lists the head nouns of generic actors ("government forces", "the rebels") used by
:mod:`._nouns`, and the capitalised words that never start a name.  Users extend it with their own
files of the same shape named by ``TIMELINE_LEXICON`` (``os.pathsep``-separated), read once at import.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from timeline._events._rx import trie_alternation

__all__ = [
    "ACTOR_MODIFIERS",
    "ANAPHOR_ONLY",
    "ASPECT",
    "ASPECT_PAST",
    "CAMPAIGN_NOUNS",
    "COMPOUND_HEADS",
    "LEXICON",
    "NOMINAL",
    "NOUN_MODIFIERS",
    "OFFENSIVE_FAMILY",
    "PHRASES",
    "REPORTING",
    "VERBAL",
    "NEEDS_BOTH",
    "WHOLE_SPAN",
    "Lexicon",
    "Phrase",
    "VerbEntry",
    "load_lexicon",
    "present_3sg",
    "trigger_pattern",
]


@dataclass(frozen=True)
class VerbEntry:
    """A verbal trigger: its event type, lemma, present forms and past forms."""

    type: str
    lemma: str
    forms: tuple[str, ...]
    past: tuple[str, ...]
    needs: str | None = None  # a regex the words right after the trigger must match
    before: str | None = None  # or a regex the words right before it match (its passive: "the flag was raised")


@dataclass(frozen=True)
class Phrase:
    """An event noun that is an event only in some wordings: a regex over the sentence whose group ``n`` (or
    ``n2``, ``n3``: the first that took part) is the trigger ("the crackdown on protesters"); optional groups
    ``obj`` (what it was done to), ``who`` (the person) and ``name`` (the act's own name, none of whose words
    is its actor: "Sunday's Unity and Freedom rally")."""

    type: str
    lemma: str
    pattern: str
    refers_back: bool = False  # only right after an act of its type (the sentence before tells one)


@dataclass
class Lexicon:
    """Everything ``lexicon.yaml`` says, merged over the user's files."""

    verbs: list[VerbEntry] = field(default_factory=list)
    aspect: dict[str, tuple[str, ...]] = field(default_factory=dict)  # relation -> forms
    aspect_past: set[str] = field(default_factory=set)
    reporting: set[str] = field(default_factory=set)
    nouns: dict[str, str] = field(default_factory=dict)  # form -> event type
    anaphor_only: set[str] = field(default_factory=set)
    campaign_nouns: set[str] = field(default_factory=set)
    offensive_family: set[str] = field(default_factory=set)
    actor_heads: dict[str, str] = field(default_factory=dict)  # head noun -> class
    actor_modifiers: set[str] = field(default_factory=set)
    heads_need_modifier: set[str] = field(default_factory=set)
    not_names: set[str] = field(default_factory=set)
    not_places: set[str] = field(default_factory=set)
    noun_modifiers: set[str] = field(default_factory=set)
    compound_heads: set[str] = field(default_factory=set)
    silent_modifiers: set[str] = field(default_factory=set)
    whole_span: set[str] = field(default_factory=set)  # lemmas whose 'needs' belongs to the trigger ("opened fire")
    needs_both: set[str] = field(default_factory=set)  # lemmas whose 'needs' AND 'before' must both hold
    phrases: list[Phrase] = field(default_factory=list)


def _words(v: Any, source: str, key: str) -> list[str]:
    if v is None:
        return []
    if isinstance(v, str):
        return v.split()
    if isinstance(v, list) and all(isinstance(x, str) for x in v):
        return list(v)
    raise ValueError(f"{source}: '{key}' must be a list of words")


def _merge(lex: Lexicon, data: Any, source: str) -> None:
    if not isinstance(data, dict):
        raise ValueError(f"{source}: expected a mapping (verbs, nouns, actor_heads, ...)")
    for item in data.get("verbs") or []:
        if not isinstance(item, dict) or not all(isinstance(item.get(k), str) for k in ("type", "lemma")):
            raise ValueError(f"{source}: every verb needs a 'type' and a 'lemma'")
        needs, before = item.get("needs"), item.get("before")
        for key, pat in (("needs", needs), ("before", before)):
            if pat is not None:
                try:
                    re.compile(str(pat))
                except re.error as exc:
                    raise ValueError(f"{source}: verb {item['lemma']!r}: bad {key!r} regex ({exc})") from exc
        entry = VerbEntry(item["type"], item["lemma"], tuple(_words(item.get("forms"), source, "forms")),
                          tuple(_words(item.get("past"), source, "past")), None if needs is None else str(needs),
                          None if before is None else str(before) + "$")
        old = next((k for k, v in enumerate(lex.verbs) if v.lemma == entry.lemma), None)
        if old is None:
            lex.verbs.append(entry)
        else:
            v = lex.verbs[old]
            lex.verbs[old] = VerbEntry(entry.type, v.lemma, tuple(dict.fromkeys(v.forms + entry.forms)),
                                       tuple(dict.fromkeys(v.past + entry.past)), entry.needs or v.needs,
                                       entry.before or v.before)
    for item in data.get("phrases") or []:
        if not isinstance(item, dict) or not all(isinstance(item.get(k), str) for k in ("type", "lemma", "pattern")):
            raise ValueError(f"{source}: every phrase needs a 'type', a 'lemma' and a 'pattern'")
        try:
            groups = re.compile(item["pattern"]).groupindex
        except re.error as exc:
            raise ValueError(f"{source}: phrase {item['lemma']!r}: bad 'pattern' regex ({exc})") from exc
        if "n" not in groups:
            raise ValueError(f"{source}: phrase {item['lemma']!r}: its pattern needs a group 'n' (the trigger)")
        lex.phrases.append(Phrase(item["type"], item["lemma"], item["pattern"], bool(item.get("refers_back"))))
    for rel, forms in (data.get("aspect") or {}).items():
        if rel not in {"begins", "ends", "lasts"}:
            raise ValueError(f"{source}: aspect relation must be begins, ends or lasts, not {rel!r}")
        lex.aspect[rel] = tuple(dict.fromkeys(lex.aspect.get(rel, ()) + tuple(_words(forms, source, "aspect"))))
    for type_, forms in (data.get("nouns") or {}).items():
        for f in _words(forms, source, "nouns"):
            lex.nouns[f.lower()] = str(type_)
    for cls, heads in (data.get("actor_heads") or {}).items():
        for h in _words(heads, source, "actor_heads"):
            lex.actor_heads[h.lower()] = str(cls)
    for key in ("aspect_past", "reporting", "anaphor_only", "campaign_nouns", "offensive_family", "actor_modifiers",
                "heads_need_modifier", "not_names", "not_places", "noun_modifiers",
                "compound_heads", "silent_modifiers", "whole_span", "needs_both"):
        getattr(lex, key).update(_words(data.get(key), source, key))


#: The packaged files, in order: the lexicon, then the idioms of war news (phrasal verbs, light verbs with their
#: event nouns, verbs of violence with their result) whose verbs are tried after the lexicon's of the same form;
#: then the vocabulary of political crises, unrest and trials (arrests, charges, protests, strikes, curfews, states
#: of emergency, shutdowns, verdicts); then what crisis and war reporting tells after the fact (force used on
#: crowds, mass graves found and exhumed, a leader's visit to a place); then the naval and amphibious acts (ships
#: sailing, sunk, torpedoed or hit, landings from the sea); last disasters, accidents and rescues (a mine caving in,
#: a fire breaking out, a train derailing, people found alive, a rescue shaft bored, people brought out).
_PACKAGED = ("data/lexicon.yaml", "data/lexicon_war_idioms.yaml", "data/lexicon_civil.yaml",
             "data/lexicon_aftermath.yaml", "data/lexicon_naval.yaml", "data/lexicon_disaster.yaml")


def load_lexicon(paths: Sequence[str | Path] = ()) -> Lexicon:
    """The packaged lexicon extended by ``paths`` (each a YAML file of the same shape)."""
    lex = Lexicon()
    for name in _PACKAGED:
        text = resources.files("timeline").joinpath(name).read_text(encoding="utf-8")
        _merge(lex, yaml.safe_load(text), f"timeline/{name}")
    for p in paths:
        try:
            data = yaml.safe_load(Path(p).read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            raise ValueError(f"{p}: cannot read lexicon file ({exc.__class__.__name__})") from exc
        _merge(lex, data, str(p))
    return lex


def _from_env() -> Lexicon:
    env = [p for p in os.environ.get("TIMELINE_LEXICON", "").split(os.pathsep) if p.strip()]
    try:
        return load_lexicon(env)
    except ValueError as exc:  # a broken user file must not stop the build: say so once, use the packaged one
        import sys

        print(f"timeline: warning: {exc}; using the packaged lexicon", file=sys.stderr)
        return load_lexicon()


LEXICON = _from_env()
VERBAL: tuple[VerbEntry, ...] = tuple(LEXICON.verbs)
#: Aspectual verbs: relation -> (forms, relation) (the relation they give the nominal trigger they govern).
ASPECT: dict[str, tuple[tuple[str, ...], str]] = {rel: (forms, rel) for rel, forms in LEXICON.aspect.items()}
ASPECT_PAST = frozenset(LEXICON.aspect_past)
REPORTING: frozenset[str] = frozenset(LEXICON.reporting)
#: Nominal triggers: noun (singular and plural forms) -> event type.
NOMINAL: dict[str, str] = dict(LEXICON.nouns)
#: Nouns that only ever refer back ("The announcement came three days after ..."): a mention of
#: one that finds no earlier event of its type in the document is dropped, not made an event.
ANAPHOR_ONLY = frozenset(LEXICON.anaphor_only)
#: Nouns that, with a place ("the battle for Mosul", "the Raqqa offensive"), name a whole campaign.
CAMPAIGN_NOUNS = frozenset(LEXICON.campaign_nouns)
#: Event types an anaphor such as "the move" or "the operation" may refer back to.
OFFENSIVE_FAMILY = frozenset(LEXICON.offensive_family)
#: Lemmas of verbal triggers whose words after the verb belong to the trigger ("opened fire", "fired tear gas at").
WHOLE_SPAN = frozenset(LEXICON.whole_span)
#: Lemmas of verbal triggers that need both what follows and what precedes ("the president walked through the ruins").
NEEDS_BOTH = frozenset(LEXICON.needs_both)
#: Event nouns that are events only in some wordings ("the crackdown on protesters"), read a sentence at a time.
PHRASES: tuple[Phrase, ...] = tuple(LEXICON.phrases)
#: Lower-case nouns before a noun/verb form that make it a noun ("a car bomb", "suicide attacks").
NOUN_MODIFIERS = frozenset(LEXICON.noun_modifiers)
#: Lower-case words that may modify an actor head ("government forces", "the separatist push").
ACTOR_MODIFIERS = frozenset(LEXICON.actor_modifiers)
#: Nouns after an event noun that make it a modifier ("the conference centre", "attack helicopters").
COMPOUND_HEADS = frozenset(LEXICON.compound_heads)

_PRESENT_3SG = {v.lemma: next((f for f in v.forms if f != v.lemma.split()[0] and not f.endswith("ing")), "")
                for v in VERBAL}


def present_3sg(lemma: str) -> str:
    """The third-person present of a verbal trigger's lemma, for labels ("ISIS proclaims ...")."""
    head, _, rest = lemma.partition(" ")
    got = _PRESENT_3SG.get(lemma) or _IRREGULAR_3SG.get(head)
    if not got:
        if head.endswith("y") and len(head) > 2 and head[-2] not in "aeiou":
            got = head[:-1] + "ies"  # "flies", "carries"; not "stays"
        elif head.endswith(("s", "sh", "ch", "x", "z", "o")):
            got = head + "es"  # "pushes", "goes"
        else:
            got = head + "s"
    return f"{got} {rest}".strip()


_IRREGULAR_3SG = {"have": "has", "be": "is", "do": "does", "go": "goes"}


def trigger_pattern() -> re.Pattern[str]:
    """One compiled alternation over every trigger and aspectual/reporting form (longest first)."""
    forms: set[str] = set(NOMINAL)
    for v in VERBAL:
        forms.update(v.forms)
        forms.update(v.past)
    for fs, _ in ASPECT.values():
        forms.update(fs)
    forms.update(REPORTING)
    return re.compile(r"(?<![\w-])(?:" + trie_alternation({f.lower() for f in forms}) + r")(?![\w-])", re.IGNORECASE)
