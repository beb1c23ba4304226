"""The records editors write, as typed models: the single source of truth for validation
and for the JSON Schema of content files.

Field descriptions are written for editors (they show in editors through the JSON
Schema). Rules that span several fields or records live in checks.py, where they
can point at the exact field.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    StringConstraints,
    Tag,
)
from pydantic_core import PydanticCustomError

from .. import dates

ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"


def _not_blank(value: str) -> str:
    if not value.strip():
        raise PydanticCustomError(
            "blank_text",
            "the text has only spaces or line breaks",
            {"hint": "write the text, or remove the field"},
        )
    return value


def _valid_edtf(value: str) -> str:
    try:
        dates.parse(value)
    except dates.DateError as error:
        hint = error.hint
        if "".join(value.split()) != value and not _is_edtf("".join(value.split())):
            hint = dates.FORMAT_HINT  # "remove the spaces" would not be enough: '4 March 2024'
        raise PydanticCustomError("invalid_date", error.message, {"hint": hint}) from None
    return value


def _is_edtf(value: str) -> bool:
    try:
        dates.parse(value)
    except dates.DateError:
        return False
    return True


NonBlank = Annotated[str, Field(strict=True, min_length=1), AfterValidator(_not_blank)]
Id = Annotated[
    str,
    StringConstraints(strict=True, pattern=ID_PATTERN, max_length=80),
    Field(
        description="A readable id: lower-case Latin letters, digits, single hyphens (kirby, "
        "shoigu-pyongyang-visit). / Αναγνωριστικό με πεζά λατινικά, ψηφία και παύλες.",
        examples=["kirby"],
    ),
]
EdtfText = Annotated[
    str,
    Field(
        strict=True,
        description="An EDTF date: 2023-08-30, 2023-03, 2023, 2023-07?, 2022-10~/2022-12~, "
        "../2023-08-30. / Ημερομηνία EDTF (~ κατά προσέγγιση, ? αβέβαιη, / διάστημα).",
        examples=["2023-08-30", "2022-10~/2022-12~"],
    ),
    AfterValidator(_valid_edtf),
]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Text(Strict):
    """A text readers see, per language: Greek required, English optional."""

    el: NonBlank = Field(
        description="The text in Greek (required). / Το κείμενο στα ελληνικά (υποχρεωτικό).",
        examples=["Τζον Κίρμπι"],
    )
    en: NonBlank | None = Field(
        default=None,
        description="The text in English (optional). / Το κείμενο στα αγγλικά (προαιρετικό).",
        examples=["John Kirby"],
    )


class Prose(Text):
    """A text that may use *emphasis*, **strong** and [links](https://…), nothing else."""


class Translation(Strict):
    """The editors' translation of a quote, per language: shown beside the verbatim quote on
    the pages of an edition in another language than the source's, marked as theirs."""

    el: NonBlank | None = Field(
        default=None,
        description="The editors' translation into Greek. / Η μετάφραση της σύνταξης στα ελληνικά.",
    )
    en: NonBlank | None = Field(
        default=None,
        description="The editors' translation into English. / Η μετάφραση της σύνταξης στα "
        "αγγλικά.",
        examples=["after Shoigu’s visit"],
    )


class Citation(Strict):
    source: Id = Field(
        description="The id of the source quoted, as in sources:. / Το id της πηγής του αποσπάσματος, "
        "όπως στο sources:.",
        examples=["article"],
    )
    quote: NonBlank = Field(
        description="Words copied exactly from the source's text file; only spaces and line breaks "
        "may differ. / Λέξεις αντιγραμμένες αυτούσιες από το κείμενο της πηγής· μόνο τα κενά και "
        "οι αλλαγές γραμμής μπορούν να διαφέρουν.",
        examples=["μετά την επίσκεψη του Σοϊγκού"],
    )
    occurrence: Annotated[int, Field(strict=True, ge=1)] | None = Field(
        default=None,
        description="Which occurrence of the quote is meant (1 for the first), when the same "
        "words occur more than once in the source's text; leave it out otherwise. / Ποια "
        "εμφάνιση του αποσπάσματος εννοείται (1 για την πρώτη), όταν οι ίδιες λέξεις υπάρχουν "
        "περισσότερες από μία φορές στο κείμενο της πηγής· αλλιώς παραλείπεται.",
        examples=[1],
    )
    translation: Translation | None = Field(
        default=None,
        description="The editors' translation of the quote, for editions in another language "
        "than the source's: shown beside the quote, marked as the editors' translation; the "
        "quote itself stays verbatim. / Η μετάφραση της σύνταξης, για εκδόσεις σε άλλη γλώσσα "
        "από της πηγής· το απόσπασμα μένει αυτούσιο.",
    )


Cites = Annotated[
    list[Citation],
    Field(
        min_length=1,
        description="One or more verbatim quotes that support this record. "
        "/ Ένα ή περισσότερα αυτούσια αποσπάσματα που τεκμηριώνουν την εγγραφή.",
    ),
]

Basis = Literal["stated", "relative", "inferred", "not-stated"]

OutsideCites = Annotated[
    list[Citation],
    Field(
        description="The passages the value rests on, quoted like any other: an inferred value "
        "must cite a source other than the story's primary source (optional otherwise). / Τα "
        "αποσπάσματα στα οποία στηρίζεται η τιμή· μια τιμή που συνάγεται (inferred) πρέπει να "
        "παραπέμπει σε πηγή άλλη από την κύρια πηγή της ιστορίας.",
    ),
]


class When(Strict):
    """A date and how we know it."""

    edtf: EdtfText | None = Field(
        default=None,
        description='The date in EDTF, in quotes: "2023-08-30", "2023-03", "2023"; ~ approximate, '
        "? uncertain, A/B from A to B, ../B before B. Leave it out when basis is not-stated. / Η "
        "ημερομηνία σε EDTF, σε εισαγωγικά· ~ κατά προσέγγιση, ? αβέβαιη, Α/Β από Α έως Β, ../Β πριν "
        "από Β. Παραλείπεται όταν basis: not-stated.",
        examples=["2023-08-30", "2023-07-25/2023-07-27", "2022-10~/2022-12~"],
    )
    basis: Basis = Field(
        description="How the date is known: stated (the source gives it), relative (the source's "
        "words, in wording, counted from its publication date), inferred (worked out elsewhere: "
        "reasoning is required), not-stated (no edtf). / Πώς είναι γνωστή: stated (τη δίνει η "
        "πηγή), relative (από τις λέξεις της πηγής, στο wording, σε σχέση με τη δημοσίευσή της), "
        "inferred (συνάγεται από αλλού: απαιτείται reasoning), not-stated (χωρίς edtf).",
        examples=["relative"],
    )
    wording: Text | None = Field(
        default=None,
        description="The source's own words for the date; required when basis is relative. / Οι "
        "λέξεις της πηγής για την ημερομηνία· υποχρεωτικές όταν basis: relative.",
        examples=[{"el": "την Τετάρτη", "en": "on Wednesday"}],
    )
    reasoning: Prose | None = Field(
        default=None,
        description="How the date was worked out; required when basis is inferred. / Πώς προέκυψε "
        "η ημερομηνία· υποχρεωτικό όταν basis: inferred.",
    )
    cite: OutsideCites = Field(default_factory=list)


class Stated(Strict):
    """A fact about a source that it may state, that we may infer, or that is not stated."""

    basis: Literal["stated", "inferred", "not-stated"] = Field(
        description="stated: the source gives it (write value); inferred: worked out elsewhere "
        "(value and reasoning); not-stated: unknown (no value). / stated: το δίνει η πηγή (γράψτε "
        "value)· inferred: συνάγεται από αλλού (value και reasoning)· not-stated: άγνωστο (χωρίς value).",
        examples=["not-stated"],
    )
    value: NonBlank | None = Field(
        default=None,
        description="The value: a name, or for url an http(s) address. / Η τιμή: ένα όνομα, ή για "
        "το url μια διεύθυνση http(s).",
        examples=["https://example.org/article"],
    )
    reasoning: Prose | None = Field(
        default=None,
        description="How the value was worked out; required when basis is inferred. / Πώς "
        "προέκυψε η τιμή· υποχρεωτικό όταν basis: inferred.",
    )
    cite: OutsideCites = Field(default_factory=list)


class Point(Strict):
    text: Prose = Field(
        description="The point, a sentence or two; may use *emphasis*, **strong** and "
        "[links](https://…). / Το σημείο, μία-δυο προτάσεις· επιτρέπονται *έμφαση*, **έντονα** "
        "και [σύνδεσμοι](https://…).",
    )
    claim: Id | None = Field(
        default=None,
        description="The id of the claim this point reports, if it reports one (optional). / Το "
        "id του ισχυρισμού που μεταφέρει το σημείο, αν μεταφέρει (προαιρετικό).",
        examples=["biden-dependence-argument"],
    )
    cite: Cites


class Story(Strict):
    title: Text = Field(description="The story's title. / Ο τίτλος της ιστορίας.")
    primary_source: Id = Field(
        description="The id of the source the story is told from. / Το id της κύριας πηγής.",
        examples=["article"],
    )
    intro: list[Point] = Field(
        default_factory=list,
        description="A few points that open the home page, each with its quotes. / Λίγα σημεία "
        "που ανοίγουν την αρχική σελίδα, το καθένα με τα αποσπάσματά του.",
    )


class Source(Strict):
    id: Id
    kind: Literal["news-article", "statement", "report", "transcript", "other"] = Field(
        description="What the source is. / Τι είδους πηγή είναι (άρθρο, δήλωση, έκθεση, "
        "απομαγνητοφώνηση, άλλο).",
        examples=["news-article"],
    )
    title: Text = Field(
        description="The source's title, as published. / Ο τίτλος της πηγής, όπως δημοσιεύτηκε."
    )
    language: Annotated[str, StringConstraints(strict=True, pattern=r"^[a-z]{2}$")] = Field(
        description="The language of the text file, as a two-letter ISO 639-1 code: el, en, ru. "
        "/ Η γλώσσα του αρχείου κειμένου, ως κωδικός ISO 639-1 δύο γραμμάτων: el, en, ru.",
        examples=["el"],
    )
    text_file: NonBlank = Field(
        description="The archived text: a UTF-8 file below content/; quotes are checked against it. "
        "/ Το αρχειοθετημένο κείμενο: αρχείο UTF-8 κάτω από το content/· τα αποσπάσματα ελέγχονται "
        "σε αυτό.",
        examples=["sources/article.el.txt"],
    )
    archive: Literal["full", "excerpt"] = Field(
        description="What the text file holds: full (the whole text, as published or received) or "
        "excerpt (only the passages quoted, separated by a line […]). / Τι περιέχει το αρχείο: "
        "full (ολόκληρο το κείμενο) ή excerpt (μόνο τα αποσπάσματα που παραθέτουμε, χωρισμένα με "
        "μια γραμμή […]).",
        examples=["full"],
    )
    sha256: Annotated[str, StringConstraints(strict=True, pattern=r"^[0-9a-f]{64}$")] | None = (
        Field(
            default=None,
            description="The SHA-256 of the text file (UTF-8, line ends LF, no byte-order mark: "
            "what sha256sum gives for the file as committed), in lower-case hex. explainer check "
            "verifies it, so that a changed archive is noticed, and prints the value to copy. / "
            "Το SHA-256 του αρχείου κειμένου (UTF-8, αλλαγές γραμμής LF), σε πεζά δεκαεξαδικά· το "
            "explainer check το επαληθεύει και τυπώνει την τιμή που πρέπει να αντιγραφεί.",
            examples=["3b1f…"],
        )
    )
    outlet: Stated = Field(
        description="The outlet that published it (newspaper, site). / Το μέσο που τη δημοσίευσε.",
        examples=[{"basis": "stated", "value": "Η Καθημερινή"}, {"basis": "not-stated"}],
    )
    url: Stated = Field(
        description="The address where it was published. / Η διεύθυνση όπου δημοσιεύτηκε.",
        examples=[
            {"basis": "stated", "value": "https://example.org/article"},
            {"basis": "not-stated"},
        ],
    )
    author: Stated = Field(
        description="Who wrote it. / Ποιος τη συνέταξε.", examples=[{"basis": "not-stated"}]
    )
    published: When = Field(
        description="When it was published; relative dates are counted from it. / Πότε "
        "δημοσιεύτηκε· οι σχετικές ημερομηνίες υπολογίζονται από αυτήν.",
        examples=[{"edtf": "2023-08-30", "basis": "stated"}],
    )
    retrieved: EdtfText | None = Field(
        default=None,
        description="The day the text was retrieved from its address; required when the source "
        "has a url. / Η ημέρα που ανακτήθηκε το κείμενο από τη διεύθυνσή του· υποχρεωτική όταν η "
        "πηγή έχει url.",
        examples=["2026-12-01"],
    )
    note: Prose | None = Field(
        default=None,
        description="What readers should know about the source (optional). / Ό,τι πρέπει να "
        "ξέρουν οι αναγνώστες για την πηγή (προαιρετικό).",
    )


class Role(Strict):
    title: Text = Field(
        description="The role, in the source's words. / Ο ρόλος, με τα λόγια της πηγής.",
        examples=[{"el": "εκπρόσωπος του Εθνικού Συμβουλίου Ασφαλείας"}],
    )
    of: Id | None = Field(
        default=None,
        description="The id of the actor (state, organisation) the role is held in (optional). / "
        "Το id του φορέα (κράτους, οργανισμού) όπου ασκείται ο ρόλος (προαιρετικό).",
        examples=["us-nsc"],
    )
    date: When = Field(
        description="When the source attests the role: roles change. / Πότε βεβαιώνει τον ρόλο η "
        "πηγή: οι ρόλοι αλλάζουν.",
        examples=[{"edtf": "2023-08-30", "basis": "stated"}],
    )
    cite: Cites


class Actor(Strict):
    id: Id
    type: Literal["person", "organisation", "state", "group"] = Field(
        description="What the actor is. / Τι είναι: πρόσωπο, οργανισμός, κράτος ή ομάδα.",
        examples=["person"],
    )
    name: Text = Field(
        description="The name readers see. / Το όνομα που βλέπουν οι αναγνώστες.",
        examples=[{"el": "Τζον Κίρμπι", "en": "John Kirby"}],
    )
    aliases: list[Text] = Field(
        default_factory=list,
        description="Other names the source uses (optional). / Άλλα ονόματα που χρησιμοποιεί η "
        "πηγή (προαιρετικό).",
        examples=[[{"el": "Κίρμπι"}]],
    )
    roles: list[Role] = Field(
        default_factory=list,
        description="Roles the source attests, each dated and quoted (optional). / Ρόλοι που "
        "βεβαιώνει η πηγή, ο καθένας με ημερομηνία και απόσπασμα (προαιρετικό).",
    )
    cite: Cites


RelationType = Literal["supplies", "meets", "writes-to", "sides-with"]


class Relation(Strict):
    """A typed relation between two actors that a record reports: who supplies, meets,
    writes to or sides with whom. Drawn on the relationship map; never read from text."""

    type: RelationType = Field(
        description="What by does to to: supplies (provides it with weapons, goods or anything "
        "else), meets (meets it), writes-to (writes to it: letters, messages), sides-with (takes "
        "its side). / Τι κάνει ο by στον to: supplies (τον προμηθεύει όπλα, αγαθά ή οτιδήποτε "
        "άλλο), meets (τον συναντά), writes-to (του γράφει: επιστολές, μηνύματα), sides-with "
        "(τάσσεται στο πλευρό του).",
        examples=["supplies"],
    )
    by: Id = Field(
        description="The id of the actor who supplies, meets or writes. / Το id του φορέα που "
        "προμηθεύει, συναντά ή γράφει.",
        examples=["north-korea"],
    )
    to: Id = Field(
        description="The id of the actor who is supplied, met or written to; another actor than "
        "by. / Το id του φορέα που προμηθεύεται, που συναντά ο by ή στον οποίο γράφει· άλλος από "
        "τον by.",
        examples=["wagner-group"],
    )


class Event(Strict):
    id: Id
    title: Text = Field(
        description="A short title for the timeline. / Σύντομος τίτλος για το χρονολόγιο.",
        examples=[
            {
                "el": "Επίσκεψη του Σεργκέι Σοϊγκού στην Πιονγκγιάνγκ",
                "en": "Sergei Shoigu visits Pyongyang",
            }
        ],
    )
    description: Prose | None = Field(
        default=None,
        description="What happened, as the source reports it in its own voice (optional). / Τι "
        "συνέβη, όπως το αναφέρει η πηγή με δική της φωνή (προαιρετικό).",
    )
    date: When = Field(
        description="When it happened. / Πότε συνέβη.",
        examples=[
            {"edtf": "2023-07", "basis": "relative", "wording": {"el": "πρόσφατης επίσκεψης"}}
        ],
    )
    place: Text | None = Field(
        default=None,
        description="Where it happened (optional). / Πού συνέβη (προαιρετικό).",
        examples=[{"el": "Πιονγκγιάνγκ", "en": "Pyongyang"}],
    )
    participants: list[Id] = Field(
        default_factory=list,
        description="The ids of the actors who took part. / Τα id όσων συμμετείχαν.",
        examples=[["shoigu"]],
    )
    relations: list[Relation] = Field(
        default_factory=list,
        description="Who supplies, meets or writes to whom in this event, as the source reports "
        "it in its own voice (optional). The relationship map draws each as what happened. / "
        "Ποιος προμηθεύει, συναντά ή γράφει σε ποιον σε αυτό το γεγονός, όπως το αναφέρει η "
        "πηγή με δική της φωνή (προαιρετικό). Ο χάρτης σχέσεων τις σχεδιάζει ως γεγονότα.",
        examples=[[{"type": "meets", "by": "putin", "to": "kim-jong-un"}]],
    )
    cite: Cites


ClaimStatus = Literal["alleged", "denied", "disputed", "confirmed", "retracted"]


class Claim(Strict):
    id: Id
    title: Text | None = Field(
        default=None,
        description="A short headline for lists and the timeline (optional). / Σύντομος τίτλος "
        "για τις λίστες και το χρονολόγιο (προαιρετικό).",
        examples=[{"el": "Επιστολές Πούτιν και Κιμ", "en": "Letters between Putin and Kim"}],
    )
    statement: Text = Field(
        description="The bare assertion, never in the site's own voice: the site shows it after "
        "the claimant's name, with its status. / Ο ισχυρισμός σκέτος, ποτέ με τη φωνή του "
        "ιστότοπου: εμφανίζεται μετά το όνομα αυτού που τον προβάλλει, με την κατάστασή του.",
        examples=[{"el": "Η Ρωσία αναζητά πυρομαχικά από τη Βόρεια Κορέα."}],
    )
    claimant: Id = Field(
        description="The id of the actor on whose behalf the claim is made. / Το id του φορέα για "
        "λογαριασμό του οποίου διατυπώνεται.",
        examples=["white-house"],
    )
    speaker: Id | None = Field(
        default=None,
        description="The id of the person who voiced it, if the source says (optional). / Το id "
        "του προσώπου που τον διατύπωσε, αν το λέει η πηγή (προαιρετικό).",
        examples=["kirby"],
    )
    date: When = Field(description="When the claim was made. / Πότε διατυπώθηκε ο ισχυρισμός.")
    venue: Text | None = Field(
        default=None,
        description="Where it was said, if the source says (optional). / Πού ειπώθηκε, αν το λέει "
        "η πηγή (προαιρετικό).",
    )
    subject_date: When | None = Field(
        default=None,
        description="When the claimed thing happened (optional). / Πότε φέρεται να συνέβη αυτό "
        "που ισχυρίζεται (προαιρετικό).",
    )
    about: list[Id] = Field(
        default_factory=list,
        description="The ids of the actors the claim is about (optional). / Τα id όσων αφορά ο "
        "ισχυρισμός (προαιρετικό).",
        examples=[["putin", "kim-jong-un"]],
    )
    occasion: Id | None = Field(
        default=None,
        description="The id of the event (announcement, briefing) at which it was made (optional). "
        "/ Το id του γεγονότος (ανακοίνωση, ενημέρωση) όπου διατυπώθηκε (προαιρετικό).",
        examples=["white-house-letters-announcement"],
    )
    relations: list[Relation] = Field(
        default_factory=list,
        description="Who, according to the claim, supplies, meets or writes to whom (optional). "
        'The relationship map draws each as alleged ("is said to supply"), unless status is '
        "confirmed. / Ποιος, κατά τον ισχυρισμό, προμηθεύει, συναντά ή γράφει σε ποιον "
        "(προαιρετικό). Ο χάρτης σχέσεων τις σχεδιάζει ως κάτι που υποστηρίζεται («φέρεται να "
        "προμηθεύει»), εκτός αν status: confirmed.",
        examples=[[{"type": "supplies", "by": "north-korea", "to": "wagner-group"}]],
    )
    status: ClaimStatus | None = Field(
        default=None,
        description="Leave it out: the status is derived from the responses that answer the claim "
        "(denied when a denial answers it by the source's own statement). Set it only to say "
        "disputed or retracted, which the check accepts only when the records support them. / "
        "Παραλείπεται: η κατάσταση προκύπτει από τις απαντήσεις. Γράφεται μόνο για disputed ή "
        "retracted, που ο έλεγχος δέχεται μόνο όταν τις στηρίζουν οι εγγραφές.",
        examples=["disputed"],
    )
    note: Prose | None = Field(
        default=None,
        description="What readers should know, e.g. what the source leaves unsaid (optional). / "
        "Ό,τι πρέπει να ξέρουν οι αναγνώστες, π.χ. τι δεν λέει η πηγή (προαιρετικό).",
    )
    cite: Cites


class AnswerLink(Strict):
    """That a response answers a claim, and on what basis: the source's statement, or the
    editors' reading of it (with the reasoning)."""

    claim: Id = Field(
        description="The id of the claim answered. / Το id του ισχυρισμού.",
        examples=["wagner-received-weapons"],
    )
    basis: Literal["stated", "reading"] = Field(
        description="stated: the source itself says the response answers this claim; reading: "
        "it is the editors' reading (reasoning required), and the site never shows the claim as "
        "denied because of it. / stated: το λέει η ίδια η πηγή· reading: είναι ανάγνωση της "
        "σύνταξης (απαιτείται reasoning) και ο ισχυρισμός δεν εμφανίζεται ποτέ ως αρνημένος "
        "εξαιτίας της.",
        examples=["reading"],
    )
    reasoning: Prose | None = Field(
        default=None,
        description="Why the editors read the response as answering the claim; required for "
        "basis: reading. / Γιατί η σύνταξη διαβάζει την απάντηση ως απάντηση σε αυτόν τον "
        "ισχυρισμό· υποχρεωτικό για basis: reading.",
    )


def _answer_form(value: Any) -> str:
    return "link" if isinstance(value, dict | AnswerLink) else "id"


Answer = Annotated[
    Annotated[Id, Tag("id")] | Annotated[AnswerLink, Tag("link")], Discriminator(_answer_form)
]


class Response(Strict):
    id: Id
    type: Literal["denial", "response", "confirmation"] = Field(
        description="denial, confirmation, or response (an answer that does neither). / denial: "
        "άρνηση, confirmation: επιβεβαίωση, response: απάντηση που δεν κάνει κανένα από τα δύο.",
        examples=["denial"],
    )
    by: Id = Field(
        description="The id of the actor who responds. / Το id του φορέα που απαντά.",
        examples=["north-korea"],
    )
    speaker: Id | None = Field(
        default=None,
        description="The id of the person who said it, if the source says (optional). / Το id του "
        "προσώπου που το είπε, αν το λέει η πηγή (προαιρετικό).",
    )
    answers: list[Answer] = Field(
        default_factory=list,
        description="The claims it answers: a claim id where the source itself says so, or "
        "{claim: ID, basis: reading, reasoning: {el: …}} where it is the editors' reading. Empty "
        "when the source names no claim. / Οι ισχυρισμοί στους οποίους απαντά: ένα id όταν το λέει "
        "η ίδια η πηγή, ή {claim: ID, basis: reading, reasoning: {el: …}} όταν είναι ανάγνωση της "
        "σύνταξης. Κενό όταν η πηγή δεν κατονομάζει ισχυρισμό.",
        examples=[["wagner-received-weapons"]],
    )
    addressed_to: list[Id] = Field(
        default_factory=list,
        description="The ids of the actors whose claims it answers, as the source says (optional). "
        "/ Τα id εκείνων στων οποίων τους ισχυρισμούς απαντά, όπως το λέει η πηγή (προαιρετικό).",
        examples=[["usa"]],
    )
    answers_what: Text | None = Field(
        default=None,
        description="The source's own words for what it answers, copied exactly (optional). / Οι "
        "λέξεις της πηγής για το τι απαντά, αυτούσιες (προαιρετικό).",
        examples=[{"el": "τους ισχυρισμούς των ΗΠΑ για τα όπλα"}],
    )
    date: When = Field(description="When the response was made. / Πότε δόθηκε η απάντηση.")
    statement: Text = Field(
        description="What the response says, as the responder's assertion. / Τι λέει η απάντηση, "
        "ως δήλωση αυτού που απαντά.",
    )
    note: Prose | None = Field(
        default=None,
        description="What readers should know about it (optional). / Ό,τι πρέπει να ξέρουν οι "
        "αναγνώστες (προαιρετικό).",
    )
    cite: Cites

    def links(self) -> list[AnswerLink]:
        """Every claim it answers as a link with its basis (a bare id: stated by the source)."""
        return [
            AnswerLink(claim=answer, basis="stated") if isinstance(answer, str) else answer
            for answer in self.answers
        ]


class Section(Strict):
    id: Id
    title: Text = Field(description="The section's heading. / Ο τίτλος της ενότητας.")
    points: Annotated[list[Point], Field(min_length=1)] = Field(
        description="The points of context, one or more, each with its quotes. / Τα σημεία της "
        "ενότητας, ένα ή περισσότερα, το καθένα με τα αποσπάσματά του.",
    )


class Correction(Strict):
    """A correction made in the open: what changed, why, when, and in which records."""

    id: Id
    date: EdtfText = Field(
        description="The day the correction was made. / Η ημέρα της διόρθωσης.",
        examples=["2023-09-01"],
    )
    summary: Text = Field(description="What changed. / Τι άλλαξε.")
    reason: Prose = Field(description="Why it changed. / Γιατί άλλαξε.")
    records: Annotated[list[Id], Field(min_length=1)] = Field(
        description="The ids of the records corrected. / Τα id των εγγραφών που διορθώθηκαν."
    )


class ContentFile(Strict):
    """One YAML file of the fact base: any of these keys, each optional."""

    story: Story | None = Field(
        default=None,
        description="The story itself: exactly one in the whole fact base. / Η ίδια η ιστορία: "
        "ακριβώς μία σε όλη τη βάση.",
    )
    sources: list[Source] = Field(
        default_factory=list,
        description="The archived texts every fact is quoted from. / Τα αρχειοθετημένα κείμενα από "
        "τα οποία προέρχεται κάθε απόσπασμα.",
    )
    actors: list[Actor] = Field(
        default_factory=list,
        description="People, organisations, states, groups. / Πρόσωπα, οργανισμοί, κράτη, ομάδες.",
    )
    events: list[Event] = Field(
        default_factory=list,
        description="What happened, as the source reports it in its own voice. / Τι συνέβη, όπως "
        "το αναφέρει η πηγή με δική της φωνή.",
    )
    claims: list[Claim] = Field(
        default_factory=list,
        description="Assertions attributed to someone, with a status. / Ισχυρισμοί που αποδίδονται "
        "σε κάποιον, με την κατάστασή τους.",
    )
    responses: list[Response] = Field(
        default_factory=list,
        description="Denials and other answers to claims. / Αρνήσεις και άλλες απαντήσεις σε "
        "ισχυρισμούς.",
    )
    background: list[Section] = Field(
        default_factory=list,
        description="Sections of context, point by point. / Ενότητες πλαισίου, σημείο προς σημείο.",
    )
    corrections: list[Correction] = Field(
        default_factory=list,
        description="Corrections made in the open. / Διορθώσεις που γίνονται δημόσια.",
    )


RECORD_KINDS: dict[str, type[Strict]] = {
    "sources": Source,
    "actors": Actor,
    "events": Event,
    "claims": Claim,
    "responses": Response,
    "background": Section,
    "corrections": Correction,
}
RECORD_NAMES = {
    "sources": "source",
    "actors": "actor",
    "events": "event",
    "claims": "claim",
    "responses": "response",
    "background": "background section",
    "corrections": "correction",
}
