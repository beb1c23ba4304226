"""Every interface word the generator writes, per language: the one translation table.

Story words never live here; they come from content/.
"""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    # page titles
    "page.background": {"el": "Ιστορικό", "en": "Background"},
    "page.timeline": {"el": "Χρονολόγιο", "en": "Timeline"},
    "page.claims": {"el": "Ισχυρισμοί", "en": "Claims"},
    # «άρνηση», never «διάψευση»: the latter also means a claim was shown to be false.
    "page.denials": {"el": "Αρνήσεις και απαντήσεις", "en": "Denials and responses"},
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
    "home.denied": {"el": "Τι έχουν αρνηθεί", "en": "What has been denied"},
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
    "field.claimant": {"el": "Ποιος το ισχυρίζεται", "en": "Claimed by"},
    "field.speaker": {"el": "Το είπε", "en": "Said by"},
    "field.about": {"el": "Αφορά", "en": "About"},
    "field.status": {"el": "Κατάσταση", "en": "Status"},
    "field.subject_date": {"el": "Πότε φέρεται να συνέβη", "en": "When it allegedly happened"},
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
    "field.occasion": {"el": "Ειπώθηκε σε", "en": "Made at"},
    "field.relations": {"el": "Σχέσεις", "en": "Relations"},
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
    "all_years": {"el": "Όλα τα έτη", "en": "All years"},
    # The group of a dated list for what has no date, or only one end of one: filed under
    # no year, and not placed among dated entries as if it came after them.
    "undated": {"el": "Χωρίς ακριβή ημερομηνία", "en": "Date not known precisely"},
    "none.claims": {"el": "Κανένας ισχυρισμός.", "en": "No claims."},
    "none.responses": {"el": "Καμία απάντηση καταγεγραμμένη.", "en": "No recorded response."},
    # actor page sections
    "actor.events": {"el": "Γεγονότα όπου συμμετέχει", "en": "Events taking part in"},
    "actor.claims_made": {"el": "Ισχυρισμοί που διατυπώνει", "en": "Claims made"},
    "actor.claims_about": {"el": "Ισχυρισμοί που το/την αφορούν", "en": "Claims about them"},
    "actor.responses": {"el": "Αρνήσεις και απαντήσεις", "en": "Denials and responses"},
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
    # --- pictures: the visual timeline and the relationship map ---
    "month.short.1": {"el": "Ιαν", "en": "Jan"},
    "month.short.2": {"el": "Φεβ", "en": "Feb"},
    "month.short.3": {"el": "Μάρ", "en": "Mar"},
    "month.short.4": {"el": "Απρ", "en": "Apr"},
    "month.short.5": {"el": "Μάι", "en": "May"},
    "month.short.6": {"el": "Ιούν", "en": "Jun"},
    "month.short.7": {"el": "Ιούλ", "en": "Jul"},
    "month.short.8": {"el": "Αύγ", "en": "Aug"},
    "month.short.9": {"el": "Σεπ", "en": "Sep"},
    "month.short.10": {"el": "Οκτ", "en": "Oct"},
    "month.short.11": {"el": "Νοέ", "en": "Nov"},
    "month.short.12": {"el": "Δεκ", "en": "Dec"},
    "visual.timeline.title": {"el": "Οπτικό χρονολόγιο", "en": "Visual timeline"},
    "visual.timeline.description": {
        "el": "Γεγονότα, ισχυρισμοί και απαντήσεις πάνω σε άξονα χρόνου· κάθε ημερομηνία "
        "σχεδιάζεται τόσο ακριβής όσο είναι γνωστή. Οι καταχωρίσεις του χρονολογίου λένε τα "
        "ίδια με λόγια.",
        "en": "Events, claims and responses on a time axis; each date is drawn as precisely as "
        "it is known. The timeline's entries say the same in words.",
    },
    "visual.timeline.caption": {
        "el": "Οπτικό χρονολόγιο: κάθε σημάδι οδηγεί στην καταχώρισή του. Μια ασαφής ημερομηνία "
        "σχεδιάζεται ως διάστημα, όχι ως σημείο. Οι καταχωρίσεις του χρονολογίου λένε τα ίδια "
        "με λόγια.",
        "en": "Visual timeline: each mark leads to its entry. An imprecise date is drawn as a "
        "span, not a point. The timeline's entries say the same in words.",
    },
    "visual.lane.event": {"el": "Γεγονότα", "en": "Events"},
    "visual.lane.claim": {"el": "Ισχυρισμοί", "en": "Claims"},
    "visual.lane.response": {"el": "Αρνήσεις και απαντήσεις", "en": "Denials and responses"},
    "visual.undated": {"el": "χωρίς ημερομηνία", "en": "undated"},
    "visual.look.point": {"el": "ακριβής ημέρα", "en": "exact day"},
    "visual.look.span": {"el": "διάστημα ακριβών ημερών", "en": "span of exact days"},
    "visual.look.within": {
        "el": "κάποια στιγμή μέσα σε μήνα, εποχή ή έτος",
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
    "map.records": {"el": "{count} εγγραφές", "en": "{count} records"},
    "map.record": {"el": "1 εγγραφή", "en": "1 record"},
    "map.edge.claims-about": {"el": "ισχυρίζεται για", "en": "claims about"},
    "map.edge.denies": {"el": "αρνείται", "en": "denies"},
    "map.edge.responds-to": {"el": "απαντά σε", "en": "responds to"},
    "map.edge.confirms": {"el": "επιβεβαιώνει", "en": "confirms"},
    # Two participants of one event: only that, not that they acted together.
    "map.edge.same-event": {"el": "στο ίδιο γεγονός", "en": "in the same event"},
    "map.edge.speaks-for": {"el": "μιλά εκ μέρους", "en": "speaks for"},
    "map.edge.role": {"el": "ιδιότητα", "en": "role"},
    # Typed relations: as an event reports them, and as a claim asserts them.
    "map.edge.supplies": {"el": "προμηθεύει", "en": "supplies"},
    "map.edge.supplies-alleged": {"el": "φέρεται να προμηθεύει", "en": "is said to supply"},
    "map.edge.meets": {"el": "συναντά", "en": "meets"},
    "map.edge.meets-alleged": {"el": "φέρεται να συναντά", "en": "is said to meet"},
    "map.edge.writes-to": {"el": "γράφει σε", "en": "writes to"},
    "map.edge.writes-to-alleged": {"el": "φέρεται να γράφει σε", "en": "is said to write to"},
    "map.edge.sides-with": {"el": "τάχθηκε στο πλευρό", "en": "sided with"},
    "map.edge.sides-with-alleged": {
        "el": "φέρεται να τάχθηκε στο πλευρό",
        "en": "is said to have sided with",
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
    "map.list": {"el": "Οι σχέσεις του χάρτη ως κείμενο", "en": "The map's relations as text"},
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
