"""Every interface word the generator writes, per language: the one translation table.

Story words never live here; they come from content/.
"""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    # page titles
    "page.home": {"el": "Αρχική", "en": "Home"},
    "page.background": {"el": "Ιστορικό", "en": "Background"},
    "page.timeline": {"el": "Χρονολόγιο", "en": "Timeline"},
    "page.claims": {"el": "Ισχυρισμοί", "en": "Claims"},
    # «άρνηση», never «διάψευση»: the latter also means a claim was shown to be false.
    "page.denials": {"el": "Αρνήσεις και απαντήσεις", "en": "Denials and responses"},
    "page.actors": {"el": "Πρόσωπα και φορείς", "en": "People and organisations"},
    "page.sources": {"el": "Πηγές", "en": "Sources"},
    "page.corrections": {"el": "Διορθώσεις", "en": "Corrections"},
    "corrections.intro": {
        "el": "Διορθώνουμε κάθε λάθος μόλις το επιβεβαιώσουμε, και το καταγράφουμε εδώ: τι άλλαξε, "
        "γιατί και πότε.",
        "en": "We correct every error as soon as we have confirmed it, and record it here: what "
        "changed, why and when.",
    },
    "corrections.none": {"el": "Καμία διόρθωση μέχρι σήμερα.", "en": "No corrections so far."},
    "field.corrections": {"el": "Διορθώσεις", "en": "Corrections"},
    "field.records": {"el": "Τι διορθώθηκε", "en": "What was corrected"},
    # home
    "home.reported": {"el": "Τα νεότερα", "en": "Latest"},
    "home.alleged": {"el": "Τι ισχυρίζονται", "en": "What is claimed"},
    "home.denied": {"el": "Τι έχουν αρνηθεί", "en": "What has been denied"},
    "home.unknown": {"el": "Τι δεν γνωρίζουμε", "en": "What we don't know"},
    # {count}: how many there are in all.
    "home.all.timeline": {"el": "Όλο το χρονολόγιο ({count})", "en": "The full timeline ({count})"},
    "home.all.claims": {"el": "Όλοι οι ισχυρισμοί ({count})", "en": "All claims ({count})"},
    "home.all.denials": {
        "el": "Όλες οι αρνήσεις και απαντήσεις ({count})",
        "en": "All denials and responses ({count})",
    },
    "home.alleged.intro": {
        "el": "Ισχυρισμοί, όχι διαπιστωμένα γεγονότα· ο καθένας με το όνομα όποιου τον διατύπωσε.",
        "en": "Claims, not established facts, each with the name of whoever made it.",
    },
    "home.intro": {"el": "Η είδηση με τις πηγές της", "en": "The story with its sources"},
    "home.site_updated": {
        "el": "Τελευταία ενημέρωση του οδηγού: {date}",
        "en": "Explainer last updated: {date}",
    },
    # «Τι δεν γνωρίζουμε», made from the records: what a source does not give ...
    "unknown.source_fields": {
        "el": "{source} δεν αναφέρει {fields}.",
        "en": "{source} does not give {fields}.",
    },
    "unknown.field.outlet": {"el": "το μέσο δημοσίευσης", "en": "the outlet"},
    "unknown.field.url": {"el": "τη διεύθυνσή του", "en": "its address"},
    "unknown.field.author": {"el": "τον συντάκτη", "en": "the author"},
    "unknown.field.published": {"el": "την ημερομηνία δημοσίευσης", "en": "the publication date"},
    "unknown.and": {"el": " και ", "en": " or "},
    # ... and which claims a response answers, where only the editors' reading links them.
    "unknown.answers": {
        "el": "Σε ποιους ισχυρισμούς απαντούν {responses}, η πηγή δεν το λέει· όσες συνδέσεις "
        "δείχνουμε είναι ανάγνωση της σύνταξης.",
        "en": "Which claims {responses} answer, the source does not say; the links we show are "
        "the editors' reading.",
    },
    "unknown.answers.one": {
        "el": "Σε ποιους ισχυρισμούς απαντά {responses}, η πηγή δεν το λέει· όσες συνδέσεις "
        "δείχνουμε είναι ανάγνωση της σύνταξης.",
        "en": "Which claims {responses} answers, the source does not say; the links we show are "
        "the editors' reading.",
    },
    # record fields
    "field.when": {"el": "Πότε", "en": "When"},
    "field.where": {"el": "Πού", "en": "Where"},
    "field.who": {"el": "Ποιοι", "en": "Who"},
    "field.claimant": {"el": "Ποιος το ισχυρίζεται", "en": "Claimed by"},
    "field.speaker": {"el": "Ποιος το είπε", "en": "Said by"},
    "field.about": {"el": "Αφορά", "en": "Concerns"},
    "field.status": {"el": "Κατάσταση", "en": "Status"},
    "field.subject_date": {
        "el": "Πότε φέρεται να συνέβη",
        "en": "When it is said to have happened",
    },
    "field.by": {"el": "Από", "en": "By"},
    # Only for a link the source states; a link that is the editors' reading says so.
    "field.answers": {"el": "Απαντά στους ισχυρισμούς", "en": "Answers the claims"},
    "field.answers.reading": {
        "el": "Ισχυρισμοί που ίσως αφορά (ανάγνωση της σύνταξης)",
        "en": "Claims it may answer (the editors' reading)",
    },
    "field.answers.none": {
        "el": "η πηγή δεν λέει σε ποιους ισχυρισμούς απαντά",
        "en": "the source does not say which claims it answers",
    },
    "field.addressed_to": {"el": "Απαντά σε ισχυρισμούς από", "en": "Answers claims by"},
    "field.answers_what": {
        "el": "Τι αρνείται, με τα λόγια της πηγής",
        "en": "What it answers, in the source's words",
    },
    "field.reading": {"el": "Πώς το διαβάζουμε", "en": "How we read it"},
    "field.answered_by": {"el": "Αρνήσεις και απαντήσεις", "en": "Denials and responses"},
    "field.answered_by.reading": {
        "el": "Αρνήσεις και απαντήσεις που ίσως τον αφορούν (ανάγνωση της σύνταξης)",
        "en": "Denials and responses that may answer it (the editors' reading)",
    },
    "order.unknown": {
        "el": "Δεν είναι γνωστό αν ήρθε μετά τον ισχυρισμό.",
        "en": "Whether it came after the claim is not known.",
    },
    "field.occasion": {"el": "Περίσταση", "en": "Occasion"},
    "field.relations": {"el": "Σχέσεις", "en": "Relations"},
    "field.claims_made": {"el": "Ισχυρισμοί που διατυπώθηκαν", "en": "Claims made"},
    "field.note": {"el": "Σημείωση της σύνταξης", "en": "Editors' note"},
    "field.source": {"el": "Πηγή", "en": "Source"},
    "field.quote": {"el": "Απόσπασμα", "en": "Quote"},
    "field.outlet": {"el": "Μέσο δημοσίευσης", "en": "Publication"},
    "field.url": {"el": "Σύνδεσμος", "en": "Link"},
    "field.author": {"el": "Συντάκτης", "en": "Author"},
    "field.published": {"el": "Ημερομηνία δημοσίευσης", "en": "Publication date"},
    "field.kind": {"el": "Είδος", "en": "Type"},
    "field.aliases": {"el": "Αναφέρεται και ως", "en": "Also referred to as"},
    "field.roles": {"el": "Ιδιότητες", "en": "Roles"},
    "field.used_in": {"el": "Πού χρησιμοποιείται", "en": "Used in"},
    "field.description": {"el": "Περιγραφή", "en": "Description"},
    "field.text": {"el": "Το αρχειοθετημένο κείμενο", "en": "The archived text"},
    # record kinds
    "kind.event": {"el": "Γεγονός", "en": "Event"},
    "kind.claim": {"el": "Ισχυρισμός", "en": "Claim"},
    "kind.response": {"el": "Απάντηση", "en": "Response"},
    "kind.actor": {"el": "Πρόσωπο ή φορέας", "en": "Person or organisation"},
    "kind.source": {"el": "Πηγή", "en": "Source"},
    "kind.background": {"el": "Ιστορικό", "en": "Background"},
    "kind.story": {"el": "Εισαγωγή", "en": "Introduction"},
    # vocabularies
    # Badges: never stronger than the records (model/standing.py derives them).
    "status.alleged": {"el": "Ανεπιβεβαίωτο", "en": "Unconfirmed"},
    "status.denied": {"el": "Υπάρχει άρνηση", "en": "Denied"},
    "status.general-denial": {"el": "Υπάρχει γενική άρνηση", "en": "General denial"},
    "status.disputed": {"el": "Αμφισβητείται", "en": "Disputed"},
    "status.confirmed": {"el": "Επιβεβαιώθηκε", "en": "Confirmed"},
    "status.retracted": {"el": "Ανακλήθηκε", "en": "Retracted"},
    # {by}: who denied; {when}: the denials' dates in words, or status.general-denial.when.
    "status.general-denial.explained": {
        "el": "Υπάρχει γενική άρνηση ({by}), {when}· η πηγή δεν λέει αν αφορά και αυτόν τον "
        "ισχυρισμό.",
        "en": "A general denial exists ({by}), {when}; the source does not say whether it "
        "answers this claim.",
    },
    "status.general-denial.when": {
        "el": "σε χρόνο που δεν αναφέρεται",
        "en": "at a time not stated",
    },
    "link.stated": {
        "el": "Η πηγή λέει ότι η απάντηση αφορά αυτόν τον ισχυρισμό.",
        "en": "The source says the response answers this claim.",
    },
    "link.reading": {
        "el": "Ότι η απάντηση αφορά αυτόν τον ισχυρισμό είναι ανάγνωση της σύνταξης, όχι δήλωση "
        "της πηγής.",
        "en": "That the response answers this claim is the editors' reading, not a statement of "
        "the source.",
    },
    "status.general-denial.order": {
        "el": "Δεν είναι γνωστό ούτε αν η άρνηση ήρθε μετά τον ισχυρισμό.",
        "en": "Nor is it known whether the denial came after the claim.",
    },
    "response.denial": {"el": "Άρνηση", "en": "Denial"},
    "response.response": {"el": "Απάντηση", "en": "Response"},
    "response.confirmation": {"el": "Επιβεβαίωση", "en": "Confirmation"},
    "actor.person": {"el": "Πρόσωπο", "en": "Person"},
    "actor.organisation": {"el": "Φορέας", "en": "Organisation"},
    "actor.state": {"el": "Κράτος", "en": "State"},
    "actor.group": {"el": "Ομάδα", "en": "Group"},
    "actors.persons": {"el": "Πρόσωπα", "en": "People"},
    "actors.organisations": {"el": "Φορείς", "en": "Organisations"},
    "actors.states": {"el": "Κράτη", "en": "States"},
    "actors.groups": {"el": "Ομάδες", "en": "Groups"},
    "source.news-article": {"el": "Ειδησεογραφικό άρθρο", "en": "News article"},
    "source.statement": {"el": "Δήλωση", "en": "Statement"},
    "source.report": {"el": "Έκθεση", "en": "Report"},
    "source.transcript": {"el": "Απομαγνητοφώνηση", "en": "Transcript"},
    "source.other": {"el": "Άλλη πηγή", "en": "Other source"},
    # honesty about dates and values
    "basis.not-stated": {"el": "δεν αναφέρεται στην πηγή", "en": "not stated in the source"},
    # In a full record, where a short form will do.
    "basis.not-stated.short": {"el": "δεν αναφέρεται", "en": "not stated"},
    # A source's own outlet, author or address: not known (a source cannot state itself).
    "basis.not-stated.source_field": {"el": "δεν είναι γνωστό", "en": "not known"},
    "basis.inferred": {
        "el": "συμπέρασμα της σύνταξης",
        "en": "editors' inference",
    },
    "basis.relative": {
        "el": "υπολογισμένη από τη διατύπωση της πηγής και την ημερομηνία δημοσίευσής της",
        "en": "worked out from the source's wording and its publication date",
    },
    "basis.wording": {"el": "Η πηγή γράφει", "en": "The source says"},
    "basis.reasoning": {"el": "Πώς προκύπτει", "en": "How we worked it out"},
    # The notes of a date, in one parenthesis after it (crosslink/dating.py).
    "date.inferred": {"el": "συμπέρασμα της σύνταξης", "en": "editors' inference"},
    "date.wording": {"el": "η πηγή γράφει", "en": "the source says"},
    "date.publication_inferred": {
        "el": "η ίδια η ημερομηνία δημοσίευσης είναι συμπέρασμα της σύνταξης",
        "en": "the publication date is itself the editors' inference",
    },
    "date.cite": {"el": "Από πού προκύπτει", "en": "Where it comes from"},
    "date.separator": {"el": "· ", "en": "; "},
    "stated.cite": {"el": "Σχετικά αποσπάσματα", "en": "Related passages"},
    "all_years": {"el": "Όλες οι χρονιές", "en": "All years"},
    # The group of a dated list for what has no date, or only one end of one: filed under
    # no year, and not placed among dated entries as if it came after them.
    "undated": {"el": "Χωρίς ακριβή ημερομηνία", "en": "Date not known precisely"},
    "none.claims": {"el": "Κανένας ισχυρισμός.", "en": "No claims."},
    "none.responses": {"el": "Δεν έχει καταγραφεί καμία απάντηση.", "en": "No response recorded."},
    # actor page sections
    "actor.events": {"el": "Γεγονότα στα οποία συμμετέχει", "en": "Events they took part in"},
    "actor.claims_made": {"el": "Ισχυρισμοί που διατύπωσε", "en": "Claims they made"},
    "actor.claims_about.person": {
        "el": "Ισχυρισμοί γι’ αυτό το πρόσωπο",
        "en": "Claims about them",
    },
    "actor.claims_about.organisation": {
        "el": "Ισχυρισμοί γι’ αυτόν τον φορέα",
        "en": "Claims about it",
    },
    "actor.claims_about.state": {"el": "Ισχυρισμοί γι’ αυτό το κράτος", "en": "Claims about it"},
    "actor.claims_about.group": {"el": "Ισχυρισμοί γι’ αυτή την ομάδα", "en": "Claims about them"},
    "actor.responses": {"el": "Αρνήσεις και απαντήσεις", "en": "Denials and responses"},
    "actor.role_of": {"el": "σε", "en": "of"},
    # sources page
    "sources.quotes": {"el": "Τα αποσπάσματα που παραθέτουμε", "en": "The quotes we use"},
    "sources.intro": {
        "el": "Κάθε στοιχείο του οδηγού παραπέμπει σε αυτούσιο απόσπασμα από μια πηγή. Πριν από "
        "κάθε δημοσίευση ελέγχεται αυτόματα ότι κάθε απόσπασμα υπάρχει αυτολεξεί στο "
        "αρχειοθετημένο κείμενο της πηγής.",
        "en": "Every statement in this explainer cites a verbatim quote from a source. Before "
        "each publication, an automatic check confirms that every quote appears word for word "
        "in the source's archived text.",
    },
    # page furniture
    "edit": {"el": "Επεξεργασία στο GitHub", "en": "Edit on GitHub"},
    # The one place a file name may appear: the edit link's title.
    "edit.title": {
        "el": "Άνοιγμα του {file} στο GitHub για επεξεργασία",
        "en": "Open {file} on GitHub to edit it",
    },
    # From the history of the records the page shows (their files' last commits).
    "last_updated": {"el": "Τελευταία ενημέρωση: {date}", "en": "Last updated: {date}"},
    # Built without a history (from an archive, not a git clone): said, not left out.
    "last_updated.none": {
        "el": "Τελευταία ενημέρωση: δεν είναι διαθέσιμη",
        "en": "Last updated: not available",
    },
    "report_error": {"el": "Βρήκατε λάθος;", "en": "Spotted an error?"},
    "report_error.title": {
        "el": "Πείτε μας τι είναι λάθος και σε ποια σελίδα",
        "en": "Tell us what is wrong, and on which page",
    },
    "report_error.subject": {"el": "Λάθος στη σελίδα: {title}", "en": "Error on the page: {title}"},
    "report_error.body": {
        "el": "Σελίδα: {url}\nΤι είναι λάθος:\nΠώς το ξέρετε (πηγή, αν υπάρχει):\n",
        "en": "Page: {url}\nWhat is wrong:\nHow you know (a source, if you have one):\n",
    },
    # A short entry's link to the record's full record, and the disclosure that holds it.
    "full_record": {"el": "Αναλυτικά", "en": "Full record"},
    "see_quote": {"el": "στο κείμενο", "en": "in context"},
    # The line under quotes: the source named as what it is, never «Πηγή: Λευκός Οίκος: …».
    "cite.from.news-article": {"el": "Από το άρθρο", "en": "From the article"},
    "cite.from.statement": {"el": "Από τη δήλωση", "en": "From the statement"},
    "cite.from.report": {"el": "Από την έκθεση", "en": "From the report"},
    "cite.from.transcript": {"el": "Από την απομαγνητοφώνηση", "en": "From the transcript"},
    "cite.from.other": {"el": "Από την πηγή", "en": "From the source"},
    # A source's page is headed by what it is: «Το άρθρο «…»», never «Πηγή: Λευκός Οίκος: …».
    "source.the.news-article": {"el": "Το άρθρο", "en": "The article"},
    "source.the.statement": {"el": "Η δήλωση", "en": "The statement"},
    "source.the.report": {"el": "Η έκθεση", "en": "The report"},
    "source.the.transcript": {"el": "Η απομαγνητοφώνηση", "en": "The transcript"},
    "source.the.other": {"el": "Η πηγή", "en": "The source"},
    # A quote that is part of (or holds) a passage a claim cites: who claims it, always.
    "cite.claim.part": {"el": "Μέρος του ισχυρισμού", "en": "Part of the claim"},
    "cite.claim.holds": {"el": "Περιέχει τον ισχυρισμό", "en": "Contains the claim"},
    "cite.claim.overlaps": {
        "el": "Μοιράζεται λέξεις με τον ισχυρισμό",
        "en": "Shares words with the claim",
    },
    "sources.archive.excerpt": {
        "el": "απόσπασμα: μόνο τα χωρία που παραθέτουμε",
        "en": "excerpt: only the passages we quote",
    },
    "sources.archive.full": {"el": "ολόκληρο το κείμενο", "en": "the whole text"},
    "field.archive": {"el": "Αρχειοθέτηση", "en": "Archived"},
    "field.retrieved": {"el": "Ανακτήθηκε", "en": "Retrieved"},
    "field.sha256": {"el": "SHA-256 του αρχείου", "en": "SHA-256 of the file"},
    # --- «Πώς δουλεύουμε»: the methodology page; its lists are made from the vocabularies ---
    "page.methodology": {"el": "Πώς δουλεύουμε", "en": "How we work"},
    "method.intro": {
        "el": "Ο οδηγός αυτός εξηγεί μια είδηση από τις πηγές της. Κάθε στοιχείο του παραπέμπει "
        "σε αυτούσιο απόσπασμα από μια πηγή, και πριν από κάθε δημοσίευση ελέγχεται αυτόματα ότι "
        "το απόσπασμα υπάρχει αυτολεξεί στο αρχειοθετημένο κείμενό της. Ό,τι δεν προέρχεται από "
        "το κύριο άρθρο προέρχεται από άλλη πηγή, που κατονομάζουμε και αρχειοθετούμε με τον ίδιο "
        "τρόπο.",
        "en": "This explainer sets out a news story from its sources. Every statement in it "
        "cites a verbatim quote from a source, and before each publication an automatic check "
        "confirms that the quote appears word for word in the source's archived text. Anything "
        "not from the main article comes from another source, which we name and archive in the "
        "same way.",
    },
    "method.not_checked": {
        "el": "Καταγράφουμε ποιος είπε τι, πότε και πού το αναφέρει η πηγή. **Δεν ελέγξαμε αν οι "
        "ισχυρισμοί ή οι αρνήσεις είναι αληθείς**, εκτός αν μια καταχώριση το λέει ρητά. Ένας "
        "ισχυρισμός δεν παρουσιάζεται ποτέ ως γεγονός, και μια άρνηση δεν σημαίνει ότι ο "
        "ισχυρισμός είναι ψευδής.",
        "en": "We record who said what, and when and where the source reports it. **We have not "
        "checked whether the claims or the denials are true**, unless an entry says so. A claim "
        "is never presented as fact, and a denial does not make a claim false.",
    },
    "method.statuses.heading": {"el": "Οι ενδείξεις των ισχυρισμών", "en": "The claims' labels"},
    "method.statuses": {
        "el": "Κάθε ισχυρισμός έχει μία από τις ενδείξεις:",
        "en": "Each claim carries one of these labels:",
    },
    "method.responses.heading": {"el": "Αρνήσεις και απαντήσεις", "en": "Denials and responses"},
    "method.dates.heading": {"el": "Οι ημερομηνίες", "en": "Dates"},
    "method.dates": {
        "el": "Οι ημερομηνίες γράφονται με την ακρίβεια με την οποία είναι γνωστές:",
        "en": "Dates are given as precisely as they are known:",
    },
    "method.seasons": {
        "el": "Οι εποχές νοούνται όπως στο βόρειο ημισφαίριο (άνοιξη: Μάρτιος–Μάιος).",
        "en": "Seasons are those of the northern hemisphere (spring: March–May).",
    },
    "method.editors.heading": {"el": "Ποιος γράφει τον οδηγό", "en": "Who writes the explainer"},
    "method.editors": {
        "el": "Τον οδηγό τον συντάσσουν οι συντάκτες του έργου. Κάθε αλλαγή γίνεται δημόσια, στο "
        "{repository}, και ελέγχεται αυτόματα πριν δημοσιευτεί. Τα λάθη διορθώνονται "
        "όπως περιγράφει η σελίδα «Διορθώσεις».",
        "en": "The explainer is written by the project's editors. Every change is made in public, "
        "in the {repository}, and checked automatically before it is published. Errors "
        "are corrected as described on the Corrections page.",
    },
    "method.repository": {"el": "αποθετήριο του έργου", "en": "project's repository"},
    # Each status and basis defined once (REVIEW.md §3), shown on the methodology page.
    "status.alleged.definition": {
        "el": "Το υποστηρίζει κάποιος, αλλά καμία πηγή του οδηγού ούτε το επιβεβαιώνει ούτε το "
        "αρνείται.",
        "en": "Someone asserts it, but no source in this explainer confirms or denies it.",
    },
    "status.denied.definition": {
        "el": "Όποιος αφορά ο ισχυρισμός τον έχει αρνηθεί, και η πηγή λέει ότι η άρνηση απαντά σε "
        "αυτόν τον ισχυρισμό· η άρνηση δεν σημαίνει ότι ο ισχυρισμός είναι ψευδής.",
        "en": "Someone it concerns has denied it, and the source says the denial answers this "
        "claim; a denial does not make the claim false.",
    },
    "status.general-denial.definition": {
        "el": "Υπάρχει άρνηση ισχυρισμών αυτού του είδους, αλλά η πηγή δεν λέει αν αφορά και "
        "αυτόν· η σύνδεση είναι ανάγνωση της σύνταξης.",
        "en": "Claims of this kind have been denied, but the source does not say whether the "
        "denial covers this one; the link is the editors' reading.",
    },
    "status.disputed.definition": {
        "el": "Μια πηγή, άλλη από όποιον τον διατύπωσε, τον αμφισβητεί χωρίς να τον αρνείται "
        "ευθέως, π.χ. με αντίθετα στοιχεία ή ερωτήματα.",
        "en": "A source other than the claimant questions it without flatly denying it, for "
        "instance with contrary evidence or questions.",
    },
    "status.confirmed.definition": {
        "el": "Μια πηγή ανεξάρτητη από όποιον τον διατύπωσε τον επιβεβαιώνει, και την παραθέτουμε.",
        "en": "A source independent of the claimant confirms it, and we cite that source.",
    },
    "status.retracted.definition": {
        "el": "Όποιος τον διατύπωσε τον πήρε πίσω.",
        "en": "The claimant has withdrawn it.",
    },
    "response.denial.definition": {
        "el": "Δήλωση ότι ο ισχυρισμός δεν ισχύει.",
        "en": "A statement that the claim is not true.",
    },
    "response.response.definition": {
        "el": "Αντίδραση σε ισχυρισμό που ούτε τον αρνείται ούτε τον επιβεβαιώνει.",
        "en": "A reaction to a claim that neither denies nor confirms it.",
    },
    "response.confirmation.definition": {
        "el": "Δήλωση ότι ο ισχυρισμός ισχύει.",
        "en": "A statement that the claim is true.",
    },
    "basis.stated.name": {"el": "Χωρίς σημείωση", "en": "No note"},
    "basis.relative.name": {"el": "«η πηγή γράφει “…”»", "en": "“the source says ‘…’”"},
    "basis.inferred.name": {"el": "«συμπέρασμα της σύνταξης»", "en": "“editors' inference”"},
    "basis.not-stated.name": {"el": "«δεν αναφέρεται»", "en": "“not stated”"},
    "basis.stated.definition": {
        "el": "Η ημερομηνία αναφέρεται στην πηγή.",
        "en": "The source gives the date.",
    },
    "basis.relative.definition": {
        "el": "Η πηγή δίνει την ημερομηνία σε σχέση με τη δική της (π.χ. «την Τετάρτη», «Στα "
        "τέλη του περασμένου έτους»)· την υπολογίζουμε από την ημερομηνία δημοσίευσης, και λέμε "
        "αν κι εκείνη είναι συμπέρασμα.",
        # Its examples in English only: a label is plain text, and Greek words on an English
        # page must be marked lang="el".
        "en": "The source gives the date relative to its own (for example “on Wednesday”, “at "
        "the end of last year”); we work it out from the publication date, and say so when that date is "
        "itself inferred.",
    },
    "basis.inferred.definition": {
        "el": "Η πηγή δεν δίνει την ημερομηνία ή την τιμή· τη συνάγουμε από άλλη, κατονομαζόμενη "
        "και αρχειοθετημένη πηγή, και εξηγούμε πώς.",
        "en": "The source does not give it; we work it out from another named, archived source, "
        "and explain how.",
    },
    "basis.not-stated.definition": {
        "el": "Η πηγή δεν τη δίνει, και δεν τη μαντεύουμε.",
        "en": "The source does not give it, and we do not guess.",
    },
    "qualifier.approximate": {
        "el": "«κατά προσέγγιση»: η ημερομηνία είναι περίπου αυτή.",
        "en": "“approximate”: about that date.",
    },
    "qualifier.uncertain": {
        "el": "«χωρίς βεβαιότητα»: πιθανώς αυτή, όχι βέβαια.",
        "en": "“uncertain”: possibly that date, not certainly.",
    },
    "qualifier.open": {
        "el": "«το αργότερο» / «το νωρίτερο»: κάποια στιγμή που η πηγή δεν προσδιορίζει, όχι μετά / "
        "όχι πριν από εκείνη την ημέρα.",
        "en": "“no later than” / “no earlier than”: at a time the source does not give, not "
        "after / not before that day.",
    },
    # --- the corrections policy (REVIEW.md §6.3), at the top of the corrections page ---
    "corrections.policy": {
        "el": "Κάθε διόρθωση καταγράφεται σε αυτή τη σελίδα με την ημερομηνία της, τι άλλαξε και "
        "γιατί, και η διορθωμένη καταχώριση παραπέμπει εδώ. Δεν αλλάζουμε τίποτα σιωπηρά: το "
        "προηγούμενο κείμενο μένει στο δημόσιο ιστορικό αλλαγών. Μικρές αλλαγές που δεν αλλάζουν "
        "το νόημα (ορθογραφία, στίξη, σύνδεσμοι) δεν καταγράφονται χωριστά.",
        "en": "Each correction is listed on this page with its date, what changed and why, and "
        "the corrected entry links here. Nothing is changed silently: the earlier text stays in "
        "the public change history. Small edits that do not change the meaning (spelling, "
        "punctuation, links) are not listed separately.",
    },
    "corrections.tell_us": {"el": "Πείτε μας", "en": "Tell us"},
    # --- pictures: the visual timeline and the relationship map ---
    "month.short.1": {"el": "Ιαν.", "en": "Jan"},
    "month.short.2": {"el": "Φεβ.", "en": "Feb"},
    "month.short.3": {"el": "Μαρ.", "en": "Mar"},
    "month.short.4": {"el": "Απρ.", "en": "Apr"},
    "month.short.5": {"el": "Μάιος", "en": "May"},
    "month.short.6": {"el": "Ιουν.", "en": "Jun"},
    "month.short.7": {"el": "Ιουλ.", "en": "Jul"},
    "month.short.8": {"el": "Αυγ.", "en": "Aug"},
    "month.short.9": {"el": "Σεπ.", "en": "Sep"},
    "month.short.10": {"el": "Οκτ.", "en": "Oct"},
    "month.short.11": {"el": "Νοε.", "en": "Nov"},
    "month.short.12": {"el": "Δεκ.", "en": "Dec"},
    "visual.timeline.title": {"el": "Το χρονολόγιο σε γράφημα", "en": "The timeline as a chart"},
    "visual.timeline.description": {
        "el": "Γεγονότα, ισχυρισμοί, αρνήσεις και απαντήσεις σε άξονα χρόνου· κάθε ημερομηνία "
        "σχεδιάζεται με την ακρίβεια με την οποία είναι γνωστή. Οι καταχωρίσεις του "
        "χρονολογίου λένε τα ίδια με λόγια.",
        "en": "Events, claims, denials and responses on a time axis; each date is drawn as "
        "precisely as it is known. The timeline's entries say the same in words.",
    },
    "visual.timeline.caption": {
        "el": "Το χρονολόγιο σε γράφημα: κάθε σημείο οδηγεί στην καταχώρισή του. Μια ασαφής "
        "ημερομηνία σχεδιάζεται ως διάστημα, όχι ως σημείο. Οι καταχωρίσεις κάτω από το γράφημα "
        "λένε τα ίδια με λόγια.",
        "en": "The timeline as a chart: each mark leads to its entry. An imprecise date is drawn "
        "as a span, not a point. The entries below the chart say the same in words.",
    },
    "visual.lane.event": {"el": "Γεγονότα", "en": "Events"},
    "visual.lane.claim": {"el": "Ισχυρισμοί", "en": "Claims"},
    "visual.lane.response": {"el": "Αρνήσεις και απαντήσεις", "en": "Denials and responses"},
    "visual.undated": {"el": "χωρίς ημερομηνία", "en": "undated"},
    "visual.look.point": {"el": "ακριβής ημέρα", "en": "exact day"},
    "visual.look.span": {
        "el": "διάστημα με ακριβή αρχή και τέλος",
        "en": "span with exact start and end",
    },
    "visual.look.within": {
        "el": "κάποια στιγμή μέσα σε έναν μήνα, μια εποχή ή ένα έτος",
        "en": "some time within a month, season or year",
    },
    "visual.look.about": {
        "el": "κατά προσέγγιση ή αβέβαιη ημερομηνία",
        "en": "approximate or uncertain date",
    },
    "visual.look.open": {
        "el": "χωρίς αρχή ή χωρίς τέλος: το αργότερο ή το νωρίτερο σε μια ημερομηνία",
        "en": "open-ended: no later or no earlier than a date",
    },
    "visual.look.inferred": {
        "el": "διακεκομμένο περίγραμμα: ημερομηνία που συνάγει η σύνταξη από άλλη πηγή",
        "en": "dashed outline: a date the editors infer from another source",
    },
    "visual.look.undated": {"el": "χωρίς ημερομηνία στην πηγή", "en": "no date in the source"},
    "visual.week_of": {"el": "εβδομάδα από {day}", "en": "week of {day}"},
    "visual.period.week": {"el": "εβδομάδα", "en": "week"},
    "visual.period.month": {"el": "μήνα", "en": "month"},
    "visual.period.year": {"el": "έτος", "en": "year"},
    "visual.density.scale": {
        "el": "Ύψος στήλης: έως {count} καταχωρίσεις ανά {period}.",
        "en": "Bar height: up to {count} entries per {period}.",
    },
    "visual.density.certain": {
        "el": "ημερομηνία μέσα στην περίοδο",
        "en": "dated within the period",
    },
    "visual.density.spread": {
        "el": "ασαφής ημερομηνία, μοιρασμένη στις περιόδους που καλύπτει",
        "en": "imprecise date, shared among the periods it covers",
    },
    "visual.density.bin": {
        "el": "{period}, {kind}: {certain} με ημερομηνία μέσα στην περίοδο, "
        "{spread} από ασαφείς ημερομηνίες",
        "en": "{period}, {kind}: {certain} dated within the period, {spread} from imprecise dates",
    },
    "visual.density.caption": {
        "el": "Οπτικό χρονολόγιο: οι καταχωρίσεις είναι πολλές για μία γραμμή την καθεμία, "
        "γι' αυτό μετρώνται ανά περίοδο· κάθε στήλη οδηγεί στην πρώτη καταχώριση της περιόδου "
        "της. Οι καταχωρίσεις του χρονολογίου λένε τα ίδια με λόγια.",
        "en": "Visual timeline: there are too many entries for a row each, so they are counted "
        "per period; each bar leads to the first entry of its period. The timeline's entries "
        "say the same in words.",
    },
    "visual.density.left_out": {
        "el": "{count} καταχωρίσεις χωρίς ημερομηνία ή με ανοιχτή αρχή ή τέλος δεν μετρώνται "
        "στις στήλες.",
        "en": "{count} entries without a date, or with an open start or end, are not counted in "
        "the bars.",
    },
    "map.title": {"el": "Χάρτης σχέσεων", "en": "Relationship map"},
    "map.description": {
        "el": "Πρόσωπα και φορείς ως κόμβοι, και οι σχέσεις που καταγράφουν τα δεδομένα ως "
        "γραμμές: ποιος ισχυρίζεται κάτι για ποιον, ποιος μιλά εκ μέρους ποιου, ποιος αρνείται "
        "τους ισχυρισμούς ποιου, ποιοι εμφανίζονται στο ίδιο γεγονός, ποιος έχει ιδιότητα πού, "
        "ποιος προμηθεύει, συναντά, γράφει σε ποιον ή τάσσεται στο πλευρό ποιου (με κούφια "
        "γραμμή, όταν αυτό μόνο υποστηρίζεται σε έναν ισχυρισμό). Η λίστα κάτω από τον χάρτη "
        "λέει τα ίδια με λόγια.",
        "en": "People and organisations as nodes, and the relations the data records as lines: "
        "who claims something about whom, who speaks for whom, who denies whose claims, who "
        "appear in the same event, who holds a role where, who supplies, meets, writes to or "
        "sides with whom (with a hollow line when a claim only asserts it). The list below the "
        "map says the same in words.",
    },
    "map.caption": {
        "el": "Χάρτης σχέσεων: κάθε γραμμή οδηγεί στην εγγραφή από την οποία προκύπτει ή, αν "
        "είναι περισσότερες, στη σελίδα από όπου ξεκινά· ο αριθμός πάνω στη γραμμή μετρά τις "
        "εγγραφές.",
        "en": "Relationship map: each line leads to the record it comes from or, if there are "
        "several, to the page it starts from; a number on a line counts the records.",
    },
    "map.hidden_nodes": {
        "el": "Δείχνονται τα {shown} πρόσωπα και οι φορείς με τις περισσότερες σχέσεις· άλλα "
        "{count} δεν δείχνονται.",
        "en": "Shown are the {shown} most connected people and organisations; {count} more are "
        "not.",
    },
    "map.hidden_edges": {
        "el": "Άλλες {count} σχέσεις, ανάμεσα σε λιγότερο συνδεδεμένους ή με λιγότερες "
        "εγγραφές, δεν σχεδιάζονται.",
        "en": "{count} more relations, between less connected actors or with fewer records, "
        "are not drawn.",
    },
    "map.records": {"el": "{count} καταχωρίσεις", "en": "{count} entries"},
    "map.record": {"el": "1 καταχώριση", "en": "1 entry"},
    "map.edge.claims-about": {"el": "ισχυρισμός", "en": "claim"},
    "map.edge.denies": {"el": "άρνηση", "en": "denial"},
    "map.edge.responds-to": {"el": "απάντηση", "en": "response"},
    "map.edge.confirms": {"el": "επιβεβαίωση", "en": "confirmation"},
    # Two participants of one event: only that, not that they acted together.
    "map.edge.same-event": {"el": "στο ίδιο γεγονός", "en": "in the same event"},
    "map.edge.speaks-for": {"el": "μιλά εκ μέρους", "en": "speaks for"},
    "map.edge.role": {"el": "ιδιότητα", "en": "role"},
    # Typed relations: as an event reports them, and as a claim asserts them.
    "map.edge.supplies": {"el": "προμήθεια", "en": "supply"},
    "map.edge.supplies-alleged": {"el": "φερόμενη προμήθεια", "en": "alleged supply"},
    "map.edge.meets": {"el": "συνάντηση", "en": "meeting"},
    "map.edge.meets-alleged": {"el": "φερόμενη συνάντηση", "en": "alleged meeting"},
    "map.edge.writes-to": {"el": "επιστολή", "en": "letter"},
    "map.edge.writes-to-alleged": {"el": "φερόμενη επιστολή", "en": "alleged letter"},
    "map.edge.sides-with": {"el": "στήριξη", "en": "support"},
    "map.edge.sides-with-alleged": {
        "el": "φερόμενη στήριξη",
        "en": "alleged support",
    },
    "map.according_to": {"el": "κατά: {names}", "en": "according to: {names}"},
    "map.left_out.one": {
        "el": "Δεν εμφανίζεται 1 πρόσωπο ή φορέας χωρίς καμία σχέση σε καταχώριση.",
        "en": "1 person or organisation with no relation in any entry is not shown.",
    },
    "map.left_out": {
        "el": "Δεν εμφανίζονται {count} πρόσωπα και φορείς χωρίς καμία σχέση σε καταχώριση.",
        "en": "{count} people and organisations with no relation in any entry are not shown.",
    },
    "map.list": {"el": "Ο χάρτης σε κείμενο", "en": "The map as text"},
    # --- open data ---
    "page.data": {"el": "Ανοιχτά δεδομένα", "en": "Open data"},
    "data.intro": {
        "el": "Όσα δείχνει ο οδηγός δημοσιεύονται και ως δεδομένα, για έλεγχο και "
        "επαναχρησιμοποίηση, με τις ίδιες πηγές και την ίδια ειλικρίνεια για τις ημερομηνίες.",
        "en": "What this guide shows is also published as data, for checking and reuse, with "
        "the same sources and the same honesty about dates.",
    },
    "data.json.heading": {"el": "Η βάση γεγονότων σε JSON", "en": "The fact base as JSON"},
    "data.json.what": {
        "el": "ολόκληρη η ελεγμένη βάση γεγονότων: πηγές με τα αρχειοθετημένα κείμενά τους, "
        "πρόσωπα και φορείς, γεγονότα, ισχυρισμοί, αρνήσεις και απαντήσεις, ιστορικό, "
        "διορθώσεις.",
        "en": "the whole checked fact base: sources with their archived texts, people and "
        "organisations, events, claims, denials and responses, background, corrections.",
    },
    "data.schema.what": {
        "el": "το JSON Schema (draft 2020-12) που περιγράφει τη μορφή του· το αρχείο JSON "
        "παραπέμπει σε αυτό με το πεδίο $schema.",
        "en": "the JSON Schema (draft 2020-12) that describes its format; the JSON file points "
        "to it in its $schema field.",
    },
    "data.json.fields": {
        "el": "Κάθε εγγραφή έχει τα πεδία που γράφουν οι συντάκτες: αναγνωριστικό, κείμενα στα "
        "ελληνικά και, όπου υπάρχουν, στα αγγλικά, ημερομηνίες σε EDTF μαζί με το πώς είναι "
        "γνωστές, και αυτούσια αποσπάσματα από τις πηγές. Επιπλέον έχει αυτά τα παράγωγα πεδία:",
        "en": "Every record has the fields editors write: an id, texts in Greek and, where "
        "given, in English, EDTF dates with how they are known, and verbatim quotes from the "
        "sources. It also has these derived fields:",
    },
    "data.field.page": {
        "el": "η σελίδα της εγγραφής σε αυτόν τον ιστότοπο, σε σχέση με τη διεύθυνσή του.",
        "en": "the record's page on this site, relative to the site's address.",
    },
    "data.field.when": {
        "el": "η ημερομηνία ως ημέρες: η νωρίτερη και η αργότερη δυνατή (null για ανοιχτή ή "
        "άγνωστη αρχή ή τέλος), αν είναι κατά προσέγγιση ή αβέβαιη, πώς αλλιώς είναι γνωστή "
        "(marks: inferred, publication-inferred, …) και πώς τη γράφει ο ιστότοπος.",
        "en": "the date as days: the earliest and the latest possible (null for an open or "
        "unknown start or end), whether it is approximate or uncertain, how else it is known "
        "(marks: inferred, publication-inferred, …) and how the site says it.",
    },
    "data.field.answered_by": {
        "el": "στους ισχυρισμούς, οι αρνήσεις και οι απαντήσεις που, όπως λέει η πηγή, τους "
        "αφορούν· στο answered_by_reading, όσες τους συνδέει μόνο η ανάγνωση της σύνταξης, και στο "
        "general_denial_by οι αρνήσεις ανάμεσά τους.",
        "en": "on claims, the denials and responses that, as the source says, answer them; in "
        "answered_by_reading, those only the editors' reading links to them, and in "
        "general_denial_by the denials among those.",
    },
    "data.field.status_shown": {
        "el": "στους ισχυρισμούς, η κατάσταση που δείχνει ο ιστότοπος, όπως τη στηρίζουν οι "
        "εγγραφές.",
        "en": "on claims, the status the site shows, as the records support it.",
    },
    "data.field.text": {
        "el": "στις πηγές, το αρχειοθετημένο κείμενο.",
        "en": "on sources, the archived text.",
    },
    "data.json.version": {
        "el": "Έκδοση της μορφής (πεδίο format_version):",
        "en": "Format version (field format_version):",
    },
    "data.json.stability": {
        "el": "Μια αλλαγή που θα χαλούσε όσους διαβάζουν τα δεδομένα παίρνει νέο κύριο αριθμό "
        "έκδοσης.",
        "en": "A change that would break readers of the data gets a new major version.",
    },
    "data.csv.heading": {"el": "Το χρονολόγιο σε CSV", "en": "The timeline as CSV"},
    "data.csv.what": {
        "el": "μία γραμμή για κάθε καταχώριση του χρονολογίου (γεγονότα, ισχυρισμοί, "
        "απαντήσεις), με τη σειρά του χρονολογίου· UTF-8, με κόμματα και γραμμή επικεφαλίδων.",
        "en": "one row per timeline entry (events, claims, responses), in the timeline's "
        "order; UTF-8, comma-separated, with a header row.",
    },
    "data.csv.columns": {"el": "Οι στήλες:", "en": "The columns:"},
    "data.csv.id": {"el": "το αναγνωριστικό της εγγραφής", "en": "the record's id"},
    "data.csv.kind": {
        "el": "event (γεγονός), claim (ισχυρισμός) ή response (απάντηση)",
        "en": "event, claim or response",
    },
    "data.csv.date_edtf": {
        "el": "η ημερομηνία σε EDTF, κενή αν η πηγή δεν δίνει ημερομηνία",
        "en": "the date in EDTF, empty if the source gives none",
    },
    "data.csv.date_earliest": {
        "el": "η νωρίτερη δυνατή ημέρα (κενή: ανοιχτή ή άγνωστη αρχή)",
        "en": "the earliest possible day (empty: an open or unknown start)",
    },
    "data.csv.date_latest": {
        "el": "η αργότερη δυνατή ημέρα (κενή: ανοιχτό ή άγνωστο τέλος)",
        "en": "the latest possible day (empty: an open or unknown end)",
    },
    "data.csv.date_approximate": {
        "el": "true αν η ημερομηνία είναι κατά προσέγγιση",
        "en": "true if the date is approximate",
    },
    "data.csv.date_uncertain": {
        "el": "true αν η ημερομηνία είναι αβέβαιη",
        "en": "true if the date is uncertain",
    },
    "data.csv.date_basis": {
        "el": "πώς είναι γνωστή η ημερομηνία: stated (τη δίνει η πηγή), relative (από τη "
        "διατύπωση της πηγής), inferred (συμπερασμένη), not-stated (δεν αναφέρεται)",
        "en": "how the date is known: stated (the source gives it), relative (from the "
        "source's wording), inferred, not-stated",
    },
    "data.csv.date_marks": {
        "el": "πώς είναι γνωστή πέρα από τις ημέρες της, με ;: inferred (συμπέρασμα της σύνταξης "
        "από άλλη πηγή), publication-inferred (υπολογισμένη από ημερομηνία δημοσίευσης που είναι "
        "κι αυτή συμπέρασμα), open-start, open-end, approximate, uncertain",
        "en": "how it is known beyond its days, separated by ;: inferred (the editors' inference "
        "from another source), publication-inferred (counted from a publication date that is "
        "itself inferred), open-start, open-end, approximate, uncertain",
    },
    "data.csv.date_text_el": {
        "el": "η ημερομηνία όπως τη γράφει ο ιστότοπος στα ελληνικά, με τις σημειώσεις της",
        "en": "the date as the site says it in Greek, with its notes",
    },
    "data.csv.date_text_en": {
        "el": "η ημερομηνία όπως τη γράφει ο ιστότοπος στα αγγλικά, με τις σημειώσεις της",
        "en": "the date as the site says it in English, with its notes",
    },
    "data.csv.title_el": {"el": "ο τίτλος στα ελληνικά", "en": "the title in Greek"},
    "data.csv.title_en": {"el": "ο τίτλος στα αγγλικά", "en": "the title in English"},
    "data.csv.text_el": {
        "el": "η περιγραφή ή η δήλωση στα ελληνικά· ένας ισχυρισμός μετά το όνομα όποιου τον "
        "διατυπώνει",
        "en": "the description or statement in Greek; a claim after the name of its claimant",
    },
    "data.csv.text_en": {
        "el": "η περιγραφή ή η δήλωση στα αγγλικά· ένας ισχυρισμός μετά το όνομα όποιου τον "
        "διατυπώνει",
        "en": "the description or statement in English; a claim after the name of its claimant",
    },
    "data.csv.by": {
        "el": "ποιος υποστηρίζει τον ισχυρισμό ή δίνει την απάντηση (αναγνωριστικό)",
        "en": "who makes the claim or gives the response (id)",
    },
    "data.csv.by_name_el": {
        "el": "το όνομά του στα ελληνικά",
        "en": "their name in Greek",
    },
    "data.csv.by_name_en": {
        "el": "το όνομά του στα αγγλικά",
        "en": "their name in English",
    },
    "data.csv.actors": {
        "el": "όσοι συμμετέχουν στο γεγονός ή όσοι αφορά ο ισχυρισμός (αναγνωριστικά, με ;)",
        "en": "the event's participants or whom the claim is about (ids, separated by ;)",
    },
    "data.csv.answers": {
        "el": "οι ισχυρισμοί στους οποίους απαντά η απάντηση, όπως το λέει η πηγή "
        "(αναγνωριστικά, με ;)",
        "en": "the claims a response answers, as the source says (ids, separated by ;)",
    },
    "data.csv.answers_by_reading": {
        "el": "οι ισχυρισμοί που η σύνταξη διαβάζει ότι ίσως αφορά η απάντηση, χωρίς να το λέει "
        "η πηγή (αναγνωριστικά, με ;)",
        "en": "the claims the editors read a response as perhaps answering, which the source "
        "does not say (ids, separated by ;)",
    },
    "data.csv.status": {
        "el": "η κατάσταση του ισχυρισμού όπως τη στηρίζουν οι εγγραφές (denied μόνο όταν η πηγή "
        "λέει ότι μια άρνηση απαντά σε αυτόν), ή το είδος της απάντησης",
        "en": "the claim's status as the records support it (denied only when the source says a "
        "denial answers it), or the response's type",
    },
    "data.csv.general_denial_by": {
        "el": "οι αρνήσεις που συνδέονται με τον ισχυρισμό μόνο κατά την ανάγνωση της σύνταξης: "
        "γενική άρνηση, που η πηγή δεν λέει ότι τον αφορά (αναγνωριστικά, με ;)",
        "en": "the denials linked to the claim only by the editors' reading: a general denial, "
        "which the source does not say covers it (ids, separated by ;)",
    },
    "data.csv.quotes": {
        "el": "τα αποσπάσματα της εγγραφής, αυτούσια, με | ανάμεσά τους",
        "en": "the record's quotes, verbatim, separated by |",
    },
    "data.csv.quote_sources": {
        "el": "η πηγή κάθε αποσπάσματος, με τη σειρά τους (αναγνωριστικά, με ;)",
        "en": "the source of each quote, in their order (ids, separated by ;)",
    },
    "data.csv.page": {
        "el": "η καταχώριση στο χρονολόγιο, σε σχέση με τη διεύθυνση του ιστότοπου",
        "en": "the entry on the timeline, relative to the site's address",
    },
    "data.csv.formulas": {
        "el": "Κείμενο που αρχίζει με =, +, -, @ έχει μπροστά μια απόστροφο ('), ώστε ένα "
        "λογιστικό φύλλο να μην το εκτελέσει ως τύπο· το JSON κρατά το κείμενο αυτούσιο.",
        "en": "Text that starts with =, +, -, @ has an apostrophe (') in front, so that a "
        "spreadsheet does not run it as a formula; the JSON keeps the text exactly.",
    },
    "data.pages.heading": {"el": "Δεδομένα μέσα στις σελίδες", "en": "Data inside the pages"},
    "data.jsonld": {
        "el": "Κάθε σελίδα περιέχει JSON-LD με το λεξιλόγιο schema.org: την πηγή ως "
        "NewsArticle, τα γεγονότα ως Event, τα πρόσωπα και τους φορείς ως Person ή "
        "Organization, τους ισχυρισμούς και τις απαντήσεις ως Claim, με το πεδίο appearance να "
        "δείχνει την πηγή όπου εμφανίζονται. Περιλαμβάνονται μόνο ημερομηνίες που δίνουν οι "
        "πηγές· όσες συνάγει η σύνταξη βρίσκονται στο JSON, μαζί με το πώς συνάγονται. Μια "
        "απάντηση αφορά (about) μόνο τους ισχυρισμούς στους οποίους, όπως λέει η πηγή, απαντά.",
        "en": "Every page holds JSON-LD in the schema.org vocabulary: the source as a "
        "NewsArticle, events as Event, people and organisations as Person or Organization, "
        "claims and responses as Claim, whose appearance field points to the source they "
        "appear in. Only dates the sources give are included; those the editors infer are in "
        "the JSON, with how they were worked out. A response is about only the claims the "
        "source says it answers.",
    },
    "preview.problems": {
        "el": "Η προεπισκόπηση δεν ενημερώθηκε.",
        "en": "The preview was not updated.",
    },
    "preview.problems.explain": {
        "el": "Βλέπετε την τελευταία σωστή έκδοση. Διορθώστε ό,τι ακολουθεί και αποθηκεύστε "
        "το αρχείο· η σελίδα θα ανανεωθεί μόνη της.",
        "en": "You are seeing the last good version. Fix what follows and save the file; "
        "the page will reload by itself.",
    },
    "preview.warnings": {
        "el": "Η ιστοσελίδα δεν χτίστηκε χωρίς προβλήματα.",
        "en": "The site was not built cleanly.",
    },
    "preview.warnings.explain": {
        "el": "Η δημοσίευση (explainer build) θα σταματούσε σε ό,τι ακολουθεί.",
        "en": "Publishing it (explainer build) would stop at what follows.",
    },
    # the editions (issue 13): each language named in itself; the switcher's title in the
    # page's language, one key per language it leads to
    "language.name": {"el": "Ελληνικά", "en": "English"},
    # each language named in English, for the editors' tool messages (explainer check)
    "language.name.in_english": {"el": "Greek", "en": "English"},
    "language.switch.title.el": {"el": "Αυτή η σελίδα στα ελληνικά", "en": "This page in Greek"},
    "language.switch.title.en": {"el": "Αυτή η σελίδα στα αγγλικά", "en": "This page in English"},
    "language.switch.label": {"el": "Γλώσσα", "en": "Language"},
    # the headings' link title (Python-Markdown's toc permalink_title), per edition
    "heading.permalink": {"el": "Σύνδεσμος σε αυτή την ενότητα", "en": "Link to this section"},
    "translation.editors": {"el": "μετάφραση της σύνταξης", "en": "editors' translation"},
    "translation.missing": {"el": "δεν έχει μεταφραστεί ακόμη", "en": "not yet translated"},
    "data.opengraph": {
        "el": "Οι σελίδες έχουν επίσης ετικέτες Open Graph, για την προεπισκόπηση όταν "
        "μοιράζεται ένας σύνδεσμος.",
        "en": "Pages also carry Open Graph tags, for the preview when a link is shared.",
    },
}


def label(key: str, language: str) -> str:
    """The word for `key` in `language`, falling back to Greek, the site's first language."""
    entry = LABELS[key]
    return entry.get(language) or entry["el"]
