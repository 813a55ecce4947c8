"""The TempEval-3 measures on toy cases computed by hand."""

from __future__ import annotations

import pytest

from timeline._timeml import Counts, Span, align, count, inline_spans


def S(start: int, end: int, value: str = "2000", type: str = "DATE", mod: str | None = None) -> Span:
    return Span(start, end, type, value, mod)


def test_perfect() -> None:
    g = [S(0, 5), S(10, 15, "P1D", "DURATION")]
    c = count([(g, list(g))])
    assert (c.relaxed_f1, c.strict_f1, c.value_f1, c.type_accuracy) == (1.0, 1.0, 1.0, 1.0)


def test_hand_computed_case() -> None:
    # gold: A[0,10) B[20,25) C[30,40) D[50,55)
    gold = [S(0, 10, "2000-01-01"), S(20, 25, "P2D", "DURATION"), S(30, 40, "2000-02"), S(50, 55, "2001")]
    system = [
        S(0, 10, "2000-01-01"),          # A: strict, right value
        S(22, 30, "P2D", "DATE"),         # B: relaxed only, right value, wrong type
        S(30, 40, "2000-03"),             # C: strict, wrong value
        S(60, 65, "1999"),                # false positive
        S(70, 72, "1999"),                # false positive
    ]
    c = count([(gold, system)])
    assert (c.gold, c.system, c.relaxed, c.strict, c.value_ok, c.type_ok) == (4, 5, 3, 2, 2, 2)
    assert c.relaxed_p == pytest.approx(3 / 5)
    assert c.relaxed_r == pytest.approx(3 / 4)
    assert c.relaxed_f1 == pytest.approx(2 * 0.6 * 0.75 / 1.35)  # 0.6667
    assert c.strict_p == pytest.approx(2 / 5)
    assert c.strict_r == pytest.approx(2 / 4)
    assert c.strict_f1 == pytest.approx(2 * 0.4 * 0.5 / 0.9)  # 0.4444
    assert c.value_accuracy == pytest.approx(2 / 3)
    assert c.type_accuracy == pytest.approx(2 / 3)
    # TempEval-3 attribute F1 = accuracy x relaxed F1 = 2V/(S+G) = 4/9
    assert c.value_f1 == pytest.approx(4 / 9)
    assert c.value_p == pytest.approx(2 / 5) and c.value_r == pytest.approx(2 / 4)
    vp, vr = c.value_p, c.value_r
    assert c.value_f1 == pytest.approx(2 * vp * vr / (vp + vr))


def test_one_to_one_alignment() -> None:
    # one long system span over two gold expressions: it pairs with the first, the second is missed
    gold = [S(0, 6, "2000-01-07"), S(7, 12, "2000-01-07T10:00", "TIME")]
    system = [S(0, 12, "2000-01-07")]
    pairs, missed, spurious = align(gold, system)
    assert len(pairs) == 1 and pairs[0].gold == gold[0] and not pairs[0].strict
    assert missed == [gold[1]] and spurious == []
    # two system spans inside one gold span: the first to begin pairs, the other is a false positive
    pairs, missed, spurious = align([S(0, 20)], [S(2, 5), S(6, 20)])
    assert len(pairs) == 1 and missed == [] and spurious == [S(6, 20)]
    assert pairs[0].system == S(2, 5)


def test_a_span_pairs_with_the_one_open_where_it_begins() -> None:
    # gold A[0,10) B[10,14); system X[2,14) begins inside A, Y[10,14) begins inside B (X is taken)
    gold = [S(0, 10), S(10, 14)]
    system = [S(2, 14), S(10, 14)]
    pairs, missed, spurious = align(gold, system)
    assert {(p.gold.start, p.system.start) for p in pairs} == {(0, 2), (10, 10)}
    assert sum(p.strict for p in pairs) == 1 and not missed and not spurious
    # a gold span beginning inside a system span pairs with it too (either side may begin first)
    pairs, _, _ = align([S(5, 9)], [S(0, 12)])
    assert len(pairs) == 1


def test_touching_spans_do_not_overlap() -> None:
    c = count([([S(0, 5)], [S(5, 9)])])
    assert (c.relaxed, c.system, c.gold) == (0, 1, 1)
    assert c.relaxed_f1 == 0.0 and c.value_f1 == 0.0


def test_micro_average_over_documents_and_merge() -> None:
    docs = [([S(0, 4)], [S(0, 4)]), ([S(0, 4), S(5, 9)], [])]
    c = count(docs)
    assert c.relaxed_r == pytest.approx(1 / 3) and c.relaxed_p == 1.0  # not the mean of per-document scores
    a, b = Counts(), Counts()
    a.add(*docs[0])
    b.add(*docs[1])
    a.merge(b)
    assert a.as_dict() == c.as_dict()


def test_empty_corpus_scores_zero_not_error() -> None:
    c = count([])
    assert (c.relaxed_f1, c.value_f1, c.type_accuracy) == (0.0, 0.0, 0.0)


def test_mod_accuracy_counts_pairs_with_a_mod() -> None:
    c = count([([S(0, 4, mod="APPROX"), S(5, 9), S(10, 14, mod="START")],
                [S(0, 4, mod="APPROX"), S(5, 9, mod="END"), S(10, 14)])])
    assert (c.mod_pairs, c.mod_ok) == (3, 1)


def test_inline_spans_drop_overlaps() -> None:
    spans = [S(5, 9), S(0, 4), S(0, 12), S(12, 12), S(12, 15)]
    assert inline_spans(spans) == [S(0, 12), S(12, 15)]


def test_by_gold_type() -> None:
    c = count([([S(0, 4), S(5, 9, "P1D", "DURATION")], [S(0, 4, "1999")])])
    assert c.as_dict()["by_gold_type"] == {
        "DATE": {"gold": 1, "found": 1, "value_correct": 0},
        "DURATION": {"gold": 1, "found": 0, "value_correct": 0},
    }
