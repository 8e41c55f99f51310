from interviewer.corpus.documents import load_documents
from interviewer.corpus.evaluate import load_labelled, recall_at_k, reciprocal_rank


def test_recall_at_k() -> None:
    assert recall_at_k(["a", "b", "c"], ["a", "c"], 2) == 0.5
    assert recall_at_k(["a", "b", "c"], ["a", "c"], 3) == 1.0
    assert recall_at_k([], ["a"], 5) == 0.0


def test_reciprocal_rank() -> None:
    assert reciprocal_rank(["x", "a"], ["a"]) == 0.5
    assert reciprocal_rank(["x"], ["a"]) == 0.0


def test_the_labelled_set_is_large_and_points_at_real_documents() -> None:
    queries = load_labelled()
    ids = {d.id for d in load_documents()}
    assert len(queries) >= 80
    assert len({q.id for q in queries}) == len(queries)
    for query in queries:
        assert set(query.relevant) <= ids, query.id
