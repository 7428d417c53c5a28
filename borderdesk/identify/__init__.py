"""Identifying firearms, parts and ammunition: the checklist engine and what it produces.

Qt-free and database-free. ``checklist`` loads and validates the checklist data file,
``engine`` walks it (start, answer, back, save, resume), ``item`` is the resulting item
record, ``markings`` the markings read from the item, ``legal`` the rule table that
suggests a legal category, ``trace`` the trace-readiness check. See docs/identification.md.
"""
