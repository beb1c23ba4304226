"""Every interface word the generator writes, per language: the one translation table.

Story words never live here; they come from content/.
"""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    # page titles
    "page.background": {"el": "Ιστορικό", "en": "Background"},
    "page.timeline": {"el": "Χρονολόγιο", "en": "Timeline"},
    "page.claims": {"el": "Ισχυρισμοί", "en": "Claims"},
    "page.denials": {"el": "Διαψεύσεις και απαντήσεις", "en": "Denials and responses"},
    "page.actors": {"el": "Πρόσωπα και φορείς", "en": "People and organisations"},
    "page.sources": {"el": "Πηγές", "en": "Sources"},
    "page.corrections": {"el": "Διορθώσεις", "en": "Corrections"},
    "corrections.intro": {
        "el": "Κάθε διόρθωση στα στοιχεία του οδηγού καταγράφεται εδώ: τι άλλαξε, γιατί και πότε.",
        "en": "Every correction to this guide's facts is recorded here: what changed, why and when.",
    },
    "corrections.none": {"el": "Καμία διόρθωση μέχρι σήμερα.", "en": "No corrections so far."},
    "field.corrections": {"el": "Διορθώσεις", "en": "Corrections"},
    "field.records": {"el": "Εγγραφές που διορθώθηκαν", "en": "Records corrected"},
    # home
    "home.reported": {"el": "Τι αναφέρεται", "en": "What is reported"},
    "home.alleged": {"el": "Τι υποστηρίζεται", "en": "What is alleged"},
    "home.denied": {"el": "Τι διαψεύδεται", "en": "What is denied"},
    "home.all": {"el": "Όλα", "en": "All"},
    "home.more": {"el": "Περισσότερα", "en": "More"},
    "home.reported.intro": {
        "el": "Όσα η πηγή αναφέρει με δική της φωνή.",
        "en": "What the source reports in its own voice.",
    },
    "home.alleged.intro": {
        "el": "Όσα υποστηρίζει κάποιος: ισχυρισμοί, όχι διαπιστωμένα γεγονότα.",
        "en": "What someone asserts: claims, not established facts.",
    },
    # record fields
    "field.when": {"el": "Πότε", "en": "When"},
    "field.where": {"el": "Πού", "en": "Where"},
    "field.who": {"el": "Ποιοι", "en": "Who"},
    "field.claimant": {"el": "Το υποστηρίζει", "en": "Claimed by"},
    "field.speaker": {"el": "Το είπε", "en": "Said by"},
    "field.about": {"el": "Αφορά", "en": "About"},
    "field.status": {"el": "Κατάσταση", "en": "Status"},
    "field.subject_date": {"el": "Πότε φέρεται να συνέβη", "en": "When it allegedly happened"},
    "field.by": {"el": "Από", "en": "By"},
    "field.answers": {"el": "Απαντά στους ισχυρισμούς", "en": "Answers the claims"},
    "field.answered_by": {"el": "Απαντήσεις", "en": "Responses"},
    "field.occasion": {"el": "Ειπώθηκε σε", "en": "Made at"},
    "field.claims_made": {"el": "Ισχυρισμοί που διατυπώθηκαν", "en": "Claims made"},
    "field.note": {"el": "Σημείωση", "en": "Note"},
    "field.source": {"el": "Πηγή", "en": "Source"},
    "field.quote": {"el": "Απόσπασμα", "en": "Quote"},
    "field.outlet": {"el": "Μέσο", "en": "Outlet"},
    "field.url": {"el": "Διεύθυνση", "en": "URL"},
    "field.author": {"el": "Συντάκτης", "en": "Author"},
    "field.published": {"el": "Δημοσίευση", "en": "Published"},
    "field.kind": {"el": "Είδος", "en": "Kind"},
    "field.aliases": {"el": "Αναφέρεται και ως", "en": "Also called"},
    "field.roles": {"el": "Ιδιότητες", "en": "Roles"},
    "field.used_in": {"el": "Χρησιμοποιείται σε", "en": "Used in"},
    "field.description": {"el": "Περιγραφή", "en": "Description"},
    "field.text": {"el": "Το κείμενο της πηγής", "en": "The source text"},
    # record kinds
    "kind.event": {"el": "Γεγονός", "en": "Event"},
    "kind.claim": {"el": "Ισχυρισμός", "en": "Claim"},
    "kind.response": {"el": "Απάντηση", "en": "Response"},
    "kind.actor": {"el": "Πρόσωπο ή φορέας", "en": "Person or organisation"},
    "kind.source": {"el": "Πηγή", "en": "Source"},
    "kind.background": {"el": "Ιστορικό", "en": "Background"},
    "kind.story": {"el": "Εισαγωγή", "en": "Introduction"},
    # vocabularies
    "status.alleged": {"el": "ισχυρισμός, ανεπιβεβαίωτος", "en": "alleged, unverified"},
    "status.denied": {"el": "ισχυρισμός που διαψεύδεται", "en": "alleged and denied"},
    "status.disputed": {"el": "ισχυρισμός που αμφισβητείται", "en": "disputed"},
    "status.confirmed": {"el": "επιβεβαιωμένος", "en": "confirmed"},
    "status.retracted": {"el": "ανακλήθηκε", "en": "retracted"},
    "response.denial": {"el": "Διάψευση", "en": "Denial"},
    "response.response": {"el": "Απάντηση", "en": "Response"},
    "response.confirmation": {"el": "Επιβεβαίωση", "en": "Confirmation"},
    "actor.person": {"el": "Πρόσωπο", "en": "Person"},
    "actor.organisation": {"el": "Οργανισμός", "en": "Organisation"},
    "actor.state": {"el": "Κράτος", "en": "State"},
    "actor.group": {"el": "Ομάδα", "en": "Group"},
    "actors.persons": {"el": "Πρόσωπα", "en": "People"},
    "actors.organisations": {"el": "Οργανισμοί", "en": "Organisations"},
    "actors.states": {"el": "Κράτη", "en": "States"},
    "actors.groups": {"el": "Ομάδες", "en": "Groups"},
    "source.news-article": {"el": "Ειδησεογραφικό άρθρο", "en": "News article"},
    "source.statement": {"el": "Δήλωση", "en": "Statement"},
    "source.report": {"el": "Έκθεση", "en": "Report"},
    "source.transcript": {"el": "Απομαγνητοφώνηση", "en": "Transcript"},
    "source.other": {"el": "Άλλο", "en": "Other"},
    # honesty about dates and values
    "basis.not-stated": {"el": "δεν αναφέρεται στην πηγή", "en": "not stated in the source"},
    "basis.inferred": {
        "el": "συμπερασμένο, όχι από την πηγή",
        "en": "inferred, not from the source",
    },
    "basis.relative": {
        "el": "υπολογισμένο από τη διατύπωση της πηγής σε σχέση με την ημερομηνία δημοσίευσης",
        "en": "worked out from the source's wording, relative to its publication date",
    },
    "basis.wording": {"el": "Η πηγή γράφει", "en": "The source says"},
    "basis.reasoning": {"el": "Σκεπτικό", "en": "Reasoning"},
    "all_years": {"el": "Όλα τα έτη", "en": "All years"},
    "undated": {"el": "Χωρίς ημερομηνία στην πηγή", "en": "Undated in the source"},
    "none.claims": {"el": "Κανένας ισχυρισμός.", "en": "No claims."},
    "none.responses": {"el": "Καμία απάντηση καταγεγραμμένη.", "en": "No recorded response."},
    # actor page sections
    "actor.events": {"el": "Γεγονότα όπου συμμετέχει", "en": "Events taking part in"},
    "actor.claims_made": {"el": "Ισχυρισμοί που διατυπώνει", "en": "Claims made"},
    "actor.claims_about": {"el": "Ισχυρισμοί που το/την αφορούν", "en": "Claims about them"},
    "actor.responses": {"el": "Διαψεύσεις και απαντήσεις", "en": "Denials and responses"},
    "actor.role_of": {"el": "σε", "en": "of"},
    # sources page
    "sources.quotes": {"el": "Αποσπάσματα που χρησιμοποιούνται", "en": "Quotes used"},
    "sources.intro": {
        "el": "Κάθε στοιχείο του οδηγού παραπέμπει σε αυτούσιο απόσπασμα μιας πηγής. "
        "Ο έλεγχος της κατασκευής επιβεβαιώνει ότι κάθε απόσπασμα υπάρχει στο αρχειοθετημένο κείμενο.",
        "en": "Every statement in this guide cites a verbatim quote from a source. "
        "The build verifies that every quote occurs in the archived text.",
    },
    # page furniture
    "edit": {
        "el": "Επεξεργασία των δεδομένων αυτής της σελίδας",
        "en": "Edit the data of this page",
    },
    "last_changed": {"el": "Τελευταία αλλαγή των στοιχείων", "en": "Facts last changed"},
    "made_from": {"el": "Η σελίδα δημιουργείται από", "en": "This page is generated from"},
    "see_quote": {"el": "στην πηγή", "en": "in the source"},
}


def label(key: str, language: str) -> str:
    """The word for `key` in `language`, falling back to Greek, the site's first language."""
    entry = LABELS[key]
    return entry.get(language) or entry["el"]
