"""The shipped questionnaire's scoring and caps at the boundary scores, definition checks,
and versions that never change once published."""

from __future__ import annotations

import copy
import itertools
import json
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from app.risk_questionnaire import (
    QuestionnaireError,
    QuestionnaireService,
    load_definition,
    score_answers,
    validate_definition,
)
from db.office import Office
from tests.app.risk_helpers import DEFINITION, answers_scoring, max_answers


def test_shipped_questionnaire_asks_the_common_questions() -> None:
    ids = [q["id"] for q in DEFINITION["questions"]]
    assert ids == ["age", "income", "share", "experience", "horizon", "loss", "objective"]
    for question in DEFINITION["questions"]:
        assert question["text"]["zh"] and question["text"]["en"]
        assert all(a["text"]["zh"] for a in question["answers"])


@pytest.mark.parametrize(
    ("total", "level"),
    [
        (5, "C1"),
        (10, "C1"),
        (11, "C2"),
        (20, "C2"),
        (21, "C3"),
        (30, "C3"),
        (31, "C4"),
        (40, "C4"),
        (41, "C5"),
        (48, "C5"),
    ],
)
def test_score_bands_at_their_boundaries(total: int, level: str) -> None:
    result = score_answers(DEFINITION, answers_scoring(total))
    assert (result.score, result.band_level, result.level, result.caps) == (
        total,
        level,
        level,
        (),
    )


def test_the_highest_answers_score_48_and_reach_c5() -> None:
    assert score_answers(DEFINITION, max_answers()).level == "C5"
    assert score_answers(DEFINITION, max_answers()).score == 48


def test_no_experience_caps_at_c3() -> None:
    answers = max_answers() | {"experience": "none"}
    result = score_answers(DEFINITION, answers)
    assert (result.score, result.band_level, result.level, result.caps) == (
        42,
        "C5",
        "C3",
        ("no_experience",),
    )


@pytest.mark.parametrize(
    ("total", "band", "level", "caps"),
    [
        (30, "C3", "C3", ()),  # the cap is not lower than the band: nothing applied
        (31, "C4", "C3", ("no_experience",)),
        (15, "C2", "C2", ()),
    ],
)
def test_no_experience_cap_at_the_c3_c4_boundary(
    total: int, band: str, level: str, caps: tuple[str, ...]
) -> None:
    answers = _with("experience", "none", total)
    result = score_answers(DEFINITION, answers)
    assert (result.score, result.band_level, result.level, result.caps) == (
        total,
        band,
        level,
        caps,
    )


def _with(question: str, answer: str, total: int) -> dict[str, str]:
    """Answers with `question` fixed to `answer` and the rest adjusted to add up to `total`."""
    fixed = {question: answer}
    others = [q for q in DEFINITION["questions"] if q["id"] != question]
    score = {
        a["id"]: a["score"]
        for q in DEFINITION["questions"]
        if q["id"] == question
        for a in q["answers"]
    }[answer]
    for combo in itertools.product(*[[(q["id"], a) for a in q["answers"]] for q in others]):
        if score + sum(a["score"] for _q, a in combo) == total and not any(
            (q, a["id"]) in (("experience", "none"), ("loss", "none")) for q, a in combo
        ):
            return fixed | {q: a["id"] for q, a in combo}
    raise AssertionError(total)


def test_no_loss_makes_the_client_c1_whatever_the_score() -> None:
    result = score_answers(DEFINITION, max_answers() | {"loss": "none"})
    assert (result.score, result.band_level, result.level, result.caps) == (
        38,
        "C4",
        "C1",
        ("no_loss",),
    )


def test_both_caps_apply_and_the_lowest_wins() -> None:
    result = score_answers(DEFINITION, max_answers() | {"loss": "none", "experience": "none"})
    assert (result.band_level, result.level, result.caps) == (
        "C4",
        "C1",
        ("no_experience", "no_loss"),
    )


def test_the_lowest_answers_score_zero_and_c1() -> None:
    lowest = {
        q["id"]: min(q["answers"], key=lambda a: a["score"])["id"] for q in DEFINITION["questions"]
    }
    result = score_answers(DEFINITION, lowest)
    assert (result.score, result.band_level, result.level, result.caps) == (0, "C1", "C1", ())


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda a: a.pop("horizon"), "'horizon' is not answered"),
        (lambda a: a.__setitem__("age", "99"), "'99' is not an answer to question 'age'"),
        (lambda a: a.__setitem__("pets", "cat"), "'pets' is not a question"),
    ],
)
def test_answers_that_do_not_fit_are_refused(change, message: str) -> None:  # type: ignore[no-untyped-def]
    answers = max_answers()
    change(answers)
    with pytest.raises(QuestionnaireError, match=message):
        score_answers(DEFINITION, answers)


def _broken(path: str, value: object) -> dict:
    definition = copy.deepcopy(DEFINITION)
    target = definition
    keys = path.split(".")
    for key in keys[:-1]:
        target = target[int(key)] if key.isdigit() else target[key]
    last = keys[-1]
    if value is KeyError:
        del target[last]
    elif last.isdigit():
        target[int(last)] = value
    else:
        target[last] = value
    return definition


@pytest.mark.parametrize(
    ("definition", "message"),
    [
        ([], "must be a JSON object"),
        (_broken("questions", []), "has no questions"),
        (_broken("questions.1.id", "age"), "Two questions have the id 'age'"),
        (_broken("questions.0.answers.0.score", -1), "score of 0 or more"),
        (_broken("questions.0.answers.0.score", 1.5), "whole-number score"),
        (_broken("questions.0.answers.1.id", "under_30"), "two answers with the id"),
        (_broken("questions.2.text", {"zh": "只有中文"}), "at least an English version"),
        (_broken("bands.4.level", "C6"), "C1, C2, C3, C4, C5"),
        (_broken("bands.0.min", 1), "C1 starts at 0"),
        (_broken("bands.3.min", 21), "must rise"),
        (_broken("caps.0.question", "pets"), "unknown question 'pets'"),
        (_broken("caps.0.answers", ["lots"]), "must name answers"),
        (_broken("caps.1.max_level", "C0"), "max_level from C1 to C5"),
    ],
)
def test_bad_definitions_say_what_is_wrong(definition: object, message: str) -> None:
    with pytest.raises(QuestionnaireError, match=message):
        validate_definition(definition)


def test_definition_files_that_cannot_be_used(tmp_path: Path) -> None:
    with pytest.raises(QuestionnaireError, match="cannot be read"):
        load_definition(tmp_path / "missing.json")
    bad = tmp_path / "bad.json"
    bad.write_text('{"title": ', encoding="utf-8")
    with pytest.raises(QuestionnaireError, match="not valid JSON"):
        load_definition(bad)


def test_the_default_is_published_once_and_versions_never_change(office: Office) -> None:
    with office.transaction() as s:
        first = QuestionnaireService(s, "Li Na").current()
        assert first.version == 1
        assert QuestionnaireService(s).current().id == first.id
    edited = copy.deepcopy(DEFINITION)
    edited["bands"][4]["min"] = 42
    with office.transaction() as s:
        with pytest.raises(QuestionnaireError, match="same as version 1"):
            QuestionnaireService(s).publish(copy.deepcopy(DEFINITION))
        second = QuestionnaireService(s, "Li Na").publish(edited)
    with office.session() as s:
        service = QuestionnaireService(s)
        assert [q.version for q in service.versions()] == [1, 2]
        assert service.current().id == second.id
        assert service.get(first.id).definition == DEFINITION
    for sql in (
        "UPDATE risk_questionnaire SET title = 'x'",
        "DELETE FROM risk_questionnaire",
    ):
        with pytest.raises(IntegrityError, match="publish a new version"):
            with office.transaction() as s:
                s.execute(text(sql))
    with office.session() as s:
        assert len(QuestionnaireService(s).versions()) == 2
    assert json.dumps(edited)  # the edited copy is still plain JSON
