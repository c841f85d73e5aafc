"""Problems as authors and CI read them: `path:line:col: level: message`, sorted, counted in one summary line."""
from __future__ import annotations

from generator.base.errors import ERROR, INFO, WARNING, ContentError, Problem, has_errors, in_order, summarize


def test_a_problem_formats_as_editors_parse_it() -> None:
    assert Problem("content/jobs/a.md", 3, 7, ERROR, "bad").format() == "content/jobs/a.md:3:7: error: bad"


def test_content_error_sorts_every_problem_and_counts_only_errors() -> None:
    late = Problem("b.md", 1, 1, ERROR, "x")
    early = Problem("a.md", 9, 1, WARNING, "y")
    first = Problem("a.md", 2, 5, ERROR, "z")
    exc = ContentError([late, early, first])
    assert exc.problems == [first, early, late]
    assert exc.errors == [first, late]
    assert str(exc) == "2 error(s) in content"


def test_in_order_is_the_dataclass_order_field_by_field() -> None:
    # Ties on every leading field, so each field decides somewhere; the literal order pins it.
    a, b, c, d, e, f = (Problem("a.md", 2, 1, ERROR, "m"), Problem("a.md", 2, 1, ERROR, "n"),
                        Problem("a.md", 2, 1, WARNING, "a"), Problem("a.md", 2, 3, ERROR, "a"),
                        Problem("a.md", 10, 1, ERROR, "a"), Problem("b.md", 1, 1, ERROR, "a"))
    shuffled = [f, d, b, e, a, c]
    assert in_order(shuffled) == sorted(shuffled) == [a, b, c, d, e, f]


def test_has_errors_only_for_an_error() -> None:
    assert has_errors([Problem("a", 1, 1, WARNING, "w"), Problem("a", 1, 1, ERROR, "e")])
    assert not has_errors([Problem("a", 1, 1, WARNING, "w"), Problem("a", 1, 1, INFO, "i")])
    assert not has_errors([])


def test_summary_line() -> None:
    one = [Problem("a.md", 1, 1, ERROR, "e")]
    assert summarize(one) == "1 error, 0 warnings in 1 file"
    many = [Problem("a.md", 1, 1, ERROR, "e"), Problem("a.md", 2, 1, ERROR, "e"),
            Problem("b.md", 1, 1, WARNING, "w"), Problem("c.md", 1, 1, INFO, "i"), Problem("c.md", 2, 1, INFO, "i")]
    assert summarize(many) == "2 errors, 1 warning, 2 notes in 3 files"
    assert summarize([Problem("a.md", 1, 1, INFO, "i")]) == "0 errors, 0 warnings, 1 note in 1 file"


def test_a_problem_stays_on_one_line_whatever_its_file_is_called() -> None:
    """A file name may end in a newline (git and every file system allow it): the report must not split."""
    problem = Problem("content/jobs/acme/role\n.md", 2, 1, ERROR, "file name 'role\n.md' is not a valid slug")
    assert problem.format() == "content/jobs/acme/role\\n.md:2:1: error: file name 'role\\n.md' is not a valid slug"
    spoofed = Problem("a\r\u2028\u202e\x85\x7f.md", 1, 1, ERROR, "tab\there")
    assert spoofed.format() == "a\\r\\u2028\\u202e\\x85\\x7f.md:1:1: error: tab\\there"
    assert Problem("content/jobs/café/role.md", 1, 1, ERROR, "Überall — ok").format() == \
        "content/jobs/café/role.md:1:1: error: Überall — ok"
