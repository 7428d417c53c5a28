"""Exercise mode: scenario packs, the scenario clock, scoring and the debrief documents.

No Qt and no database: the services (``services/training*.py``) create the exercise
station from a pack, play it and read what the trainee did; this package holds the pack
format and its checks (:mod:`.pack_load`), the clock (:mod:`.clock`), what a trainee finds
(:mod:`.findings`), the scoring method (:mod:`.scoring`, docs/training.md) and the debrief
PDFs (:mod:`.debrief_pdf`).
"""
