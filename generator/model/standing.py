"""A claim's standing: its status as the records support it, worked out by one function.

Every place that shows a status (pages, pictures, the map, CSV, JSON, JSON-LD, link
previews) and the check that refuses a hand-set status stronger than the records all
read it from here, so that no two of them can disagree:

- denied: a denial answers the claim, by the source's own statement;
- confirmed: a confirmation does, by the source's own statement (denied and confirmed at
  once: disputed);
- otherwise alleged, however many responses the editors *read* as answering it: such a
  claim carries those denials as general denials, which the site names for what they are.

An editor may set `status:` only where the records support it: disputed needs a response
the source says answers the claim, from someone other than the claimant; retracted needs
one from the claimant; confirmed and denied need what they would be derived from.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from .factbase import FactBase
from .records import AnswerLink, Claim, ClaimStatus, Response


@dataclass(frozen=True)
class Answer:
    """One response linked to one claim, with the link's basis."""

    response: Response
    link: AnswerLink

    @property
    def stated(self) -> bool:
        return self.link.basis == "stated"


@dataclass(frozen=True)
class Standing:
    """What the records say of a claim's status."""

    status: ClaimStatus  # what is shown: the editor's, where set (and supported), else derived
    derived: ClaimStatus  # what the records alone give
    answers: tuple[Answer, ...]  # every response linked to the claim, in the fact base's order

    @property
    def stated(self) -> tuple[str, ...]:
        """The responses the source says answer the claim."""
        return tuple(a.response.id for a in self.answers if a.stated)

    @property
    def read(self) -> tuple[str, ...]:
        """The responses only the editors' reading links to the claim."""
        return tuple(a.response.id for a in self.answers if not a.stated)

    @property
    def general_denials(self) -> tuple[Response, ...]:
        """Denials linked only by the editors' reading: shown as a general denial, never as
        the claim being denied."""
        if self.status != "alleged":
            return ()
        return tuple(
            a.response for a in self.answers if not a.stated and a.response.type == "denial"
        )

    @property
    def badge(self) -> str:
        """The status as a reader sees it: a claim with only general denials says so."""
        return "general-denial" if self.general_denials else self.status


def answers_of(facts: FactBase) -> dict[str, list[Answer]]:
    """Claim id -> the responses linked to it (a claim named twice by one response: once)."""
    found: dict[str, list[Answer]] = defaultdict(list)
    for response in facts.responses.values():
        seen: set[str] = set()
        for link in response.links():
            if link.claim in seen:
                continue
            seen.add(link.claim)
            found[link.claim].append(Answer(response, link))
    return found


def derive(answers: list[Answer] | tuple[Answer, ...]) -> ClaimStatus:
    denied = any(a.stated and a.response.type == "denial" for a in answers)
    confirmed = any(a.stated and a.response.type == "confirmation" for a in answers)
    if denied and confirmed:
        return "disputed"
    if denied:
        return "denied"
    if confirmed:
        return "confirmed"
    return "alleged"


def standings(facts: FactBase) -> dict[str, Standing]:
    """Every claim's standing, by claim id."""
    linked = answers_of(facts)
    result = {}
    for claim in facts.claims.values():
        answers = tuple(linked.get(claim.id, ()))
        derived = derive(answers)
        result[claim.id] = Standing(claim.status or derived, derived, answers)
    return result


def unsupported(claim: Claim, status: ClaimStatus, answers: tuple[Answer, ...]) -> str | None:
    """Why the records do not support a hand-set status (None: they do)."""
    stated = [a for a in answers if a.stated]
    read = [a for a in answers if not a.stated]

    def only_read(kind: str | None) -> str:
        shown = [a.response.id for a in read if kind is None or a.response.type == kind]
        if not shown:
            return ""
        names = ", ".join(f"'{r}'" for r in shown)
        return f" ({names} {'answers' if len(shown) == 1 else 'answer'} it only by the editors' reading)"

    if status == "denied" and not any(a.response.type == "denial" for a in stated):
        return "no denial answers this claim by the source's own statement" + only_read("denial")
    if status == "confirmed" and not any(a.response.type == "confirmation" for a in stated):
        return "no confirmation answers this claim by the source's own statement" + only_read(
            "confirmation"
        )
    if status == "disputed" and not any(a.response.by != claim.claimant for a in stated):
        return (
            "no response from anyone but the claimant answers this claim by the source's own "
            "statement" + only_read(None)
        )
    if status == "retracted" and not any(a.response.by == claim.claimant for a in stated):
        return f"no response by the claimant '{claim.claimant}' answers this claim by the source's own statement"
    return None
