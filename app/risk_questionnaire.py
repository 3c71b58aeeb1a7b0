"""The risk questionnaire as data: its definition, its versions, and how answers are scored.

A definition (JSON, see resources/risk/default_questionnaire.json) holds the questions with
their answers and scores, the score bands that map a total to a level C1..C5, and capping
rules ("no investment experience: at most C3", "can bear no loss: C1"). Texts are
bilingual inside the definition, because the office edits them, not the programmers.

Versions are append-only (a trigger refuses changes): the office publishes a new version
and every assessment names the version it was scored with, so an old assessment can always
be re-read with the words and scores the client saw. The shipped default is published as
version 1 the first time the office needs a questionnaire.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models_risk import RiskQuestionnaire

LEVELS = ("C1", "C2", "C3", "C4", "C5")
DEFAULT_PATH = (
    Path(__file__).resolve().parents[1] / "resources" / "risk" / "default_questionnaire.json"
)


class QuestionnaireError(ValueError):
    """A definition that cannot be used, or answers that do not fit it; says what and where."""


@dataclass(frozen=True)
class Score:
    """What a set of answers comes to: the total, the level of its band, the caps applied
    (rule ids, in definition order) and the final level."""

    score: int
    band_level: str
    level: str
    caps: tuple[str, ...]


@dataclass(frozen=True)
class Questionnaire:
    """One published version, ready to show and to score."""

    id: int
    version: int
    title: str
    definition: dict[str, Any]
    published_at: dt.datetime  # aware, UTC
    published_by: str

    @property
    def questions(self) -> list[dict[str, Any]]:
        return list(self.definition["questions"])

    def text(self, texts: dict[str, str], chinese: bool) -> str:
        return texts.get("zh" if chinese else "en") or texts.get("en") or ""

    def cap_text(self, cap_id: str, chinese: bool) -> str:
        for cap in self.definition.get("caps", []):
            if cap["id"] == cap_id:
                return self.text(cap["text"], chinese)
        return cap_id

    def score(self, answers: dict[str, str]) -> Score:
        return score_answers(self.definition, answers)


# ---- the definition -----------------------------------------------------------------------


def _texts(value: Any, where: str) -> None:
    if not isinstance(value, dict) or not str(value.get("en") or "").strip():
        raise QuestionnaireError(f"{where} needs a text with at least an English version.")


def validate_definition(definition: Any) -> dict[str, Any]:
    """Check a definition; returns it unchanged, or raises QuestionnaireError naming the part."""
    if not isinstance(definition, dict):
        raise QuestionnaireError("The questionnaire must be a JSON object.")
    _texts(definition.get("title"), "The questionnaire")
    questions = definition.get("questions")
    if not isinstance(questions, list) or not questions:
        raise QuestionnaireError("The questionnaire has no questions.")
    answer_ids: dict[str, set[str]] = {}
    for n, question in enumerate(questions, 1):
        if not isinstance(question, dict) or not str(question.get("id") or "").strip():
            raise QuestionnaireError(f"Question {n} has no id.")
        qid = str(question["id"])
        if qid in answer_ids:
            raise QuestionnaireError(f"Two questions have the id {qid!r}.")
        _texts(question.get("text"), f"Question {qid!r}")
        answers = question.get("answers")
        if not isinstance(answers, list) or len(answers) < 2:
            raise QuestionnaireError(f"Question {qid!r} needs at least two answers.")
        ids: set[str] = set()
        for m, answer in enumerate(answers, 1):
            if not isinstance(answer, dict) or not str(answer.get("id") or "").strip():
                raise QuestionnaireError(f"Answer {m} of question {qid!r} has no id.")
            aid = str(answer["id"])
            if aid in ids:
                raise QuestionnaireError(f"Question {qid!r} has two answers with the id {aid!r}.")
            ids.add(aid)
            _texts(answer.get("text"), f"Answer {aid!r} of question {qid!r}")
            score = answer.get("score")
            if not isinstance(score, int) or isinstance(score, bool) or score < 0:
                raise QuestionnaireError(
                    f"Answer {aid!r} of question {qid!r} needs a whole-number score of 0 or more."
                )
        answer_ids[qid] = ids
    bands = definition.get("bands")
    if not isinstance(bands, list) or [b.get("level") for b in bands if isinstance(b, dict)] != [
        *LEVELS
    ]:
        raise QuestionnaireError("The score bands must be C1, C2, C3, C4, C5, in that order.")
    mins = [b.get("min") for b in bands]
    if any(not isinstance(m, int) or isinstance(m, bool) for m in mins) or mins[0] != 0:
        raise QuestionnaireError("Each score band needs a whole-number minimum; C1 starts at 0.")
    if any(b <= a for a, b in itertools.pairwise(mins)):
        raise QuestionnaireError("The score bands' minimums must rise from C1 to C5.")
    cap_ids: set[str] = set()
    for n, cap in enumerate(definition.get("caps", []), 1):
        if not isinstance(cap, dict) or not str(cap.get("id") or "").strip():
            raise QuestionnaireError(f"Capping rule {n} has no id.")
        cid = str(cap["id"])
        if cid in cap_ids:
            raise QuestionnaireError(f"Two capping rules have the id {cid!r}.")
        cap_ids.add(cid)
        qid = cap.get("question")
        if qid not in answer_ids:
            raise QuestionnaireError(f"Capping rule {cid!r} names an unknown question {qid!r}.")
        chosen = cap.get("answers")
        if not isinstance(chosen, list) or not chosen or not set(chosen) <= answer_ids[qid]:
            raise QuestionnaireError(f"Capping rule {cid!r} must name answers of question {qid!r}.")
        if cap.get("max_level") not in LEVELS:
            raise QuestionnaireError(f"Capping rule {cid!r} needs a max_level from C1 to C5.")
        _texts(cap.get("text"), f"Capping rule {cid!r}")
    return definition


def canonical_sha256(definition: dict[str, Any]) -> str:
    text = json.dumps(definition, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def load_definition(path: Path) -> dict[str, Any]:
    """Read and validate a definition file (for publishing a new version)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError:
        raise QuestionnaireError(
            f"{Path(path).name} cannot be read; check that it exists."
        ) from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise QuestionnaireError(
            f"{Path(path).name} is not valid JSON ({getattr(exc, 'msg', 'bad encoding')}"
            f"{f', line {exc.lineno}' if isinstance(exc, json.JSONDecodeError) else ''})."
        ) from None
    return validate_definition(data)


def default_definition() -> dict[str, Any]:
    return load_definition(DEFAULT_PATH)


# ---- scoring ------------------------------------------------------------------------------


def score_answers(definition: dict[str, Any], answers: dict[str, str]) -> Score:
    """Total the answers' scores, find the band, then apply every capping rule that matches
    (the lowest cap wins). Every question must be answered with one of its answers."""
    total = 0
    for question in definition["questions"]:
        qid = question["id"]
        chosen = answers.get(qid)
        if chosen is None:
            raise QuestionnaireError(f"Question {qid!r} is not answered.")
        scores = {a["id"]: a["score"] for a in question["answers"]}
        if chosen not in scores:
            raise QuestionnaireError(f"{chosen!r} is not an answer to question {qid!r}.")
        total += scores[chosen]
    unknown = set(answers) - {q["id"] for q in definition["questions"]}
    if unknown:
        raise QuestionnaireError(f"{sorted(unknown)[0]!r} is not a question of this version.")
    band = LEVELS[0]
    for entry in definition["bands"]:
        if total >= entry["min"]:
            band = entry["level"]
    level = band
    applied: list[str] = []
    for cap in definition.get("caps", []):
        if answers.get(cap["question"]) in cap["answers"]:
            if LEVELS.index(cap["max_level"]) < LEVELS.index(level):
                level = cap["max_level"]
            if LEVELS.index(cap["max_level"]) < LEVELS.index(band):
                applied.append(cap["id"])
    return Score(total, band, level, tuple(applied))


# ---- versions -----------------------------------------------------------------------------


def _plain(row: RiskQuestionnaire) -> Questionnaire:
    published = row.published_at
    if published.tzinfo is None:
        published = published.replace(tzinfo=dt.UTC)
    return Questionnaire(
        row.id, row.version, row.title, row.definition, published, row.published_by
    )


class QuestionnaireService:
    """Publishes versions and hands out the current one (the caller owns the Session)."""

    def __init__(self, session: Session, actor: str = "advisor") -> None:
        self.session = session
        self.actor = actor

    def current(self) -> Questionnaire:
        """The latest published version; publishes the shipped default when there is none."""
        row = self.session.scalar(
            select(RiskQuestionnaire).order_by(RiskQuestionnaire.version.desc()).limit(1)
        )
        if row is None:
            return self._publish(default_definition())  # the shipped one, on first use
        return _plain(row)

    def get(self, questionnaire_id: int) -> Questionnaire:
        row = self.session.get(RiskQuestionnaire, questionnaire_id)
        if row is None:
            raise LookupError(f"Questionnaire {questionnaire_id} does not exist.")
        return _plain(row)

    def versions(self) -> list[Questionnaire]:
        rows = self.session.scalars(select(RiskQuestionnaire).order_by(RiskQuestionnaire.version))
        return [_plain(r) for r in rows]

    def publish(self, definition: dict[str, Any]) -> Questionnaire:
        """Publish `definition` as the next version; an identical one is not published twice.
        An office setting: the admin's (app/access.py)."""
        from app import access

        access.require(self.session, access.SETTINGS)
        return self._publish(definition)

    def _publish(self, definition: dict[str, Any]) -> Questionnaire:
        validate_definition(definition)
        digest = canonical_sha256(definition)
        latest = self.session.scalar(
            select(RiskQuestionnaire).order_by(RiskQuestionnaire.version.desc()).limit(1)
        )
        if latest is not None and latest.sha256 == digest:
            raise QuestionnaireError(
                f"This questionnaire is the same as version {latest.version}; nothing to publish."
            )
        version = int(self.session.scalar(select(func.max(RiskQuestionnaire.version))) or 0) + 1
        row = RiskQuestionnaire(
            version=version,
            title=str(definition["title"]["en"])[:200],
            definition=definition,
            sha256=digest,
            published_by=self.actor[:100],
        )
        self.session.add(row)
        self.session.flush()
        return _plain(row)
