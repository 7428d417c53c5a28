"""Pausing the garbage collector during long jobs, nested and from several threads."""

from __future__ import annotations

import gc
import threading

from borderdesk.core.gc_pause import collection_paused


def test_collection_resumes_after_the_last_of_nested_pauses() -> None:
    assert gc.isenabled()
    with collection_paused():
        assert not gc.isenabled()
        with collection_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer job still runs
    assert gc.isenabled()


def test_a_failing_job_still_resumes_collection() -> None:
    try:
        with collection_paused():
            raise ValueError("the job failed")
    except ValueError:
        pass
    assert gc.isenabled()


def test_collection_stays_off_when_it_was_off_before() -> None:
    gc.disable()
    try:
        with collection_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_pauses_from_two_threads_overlap_safely() -> None:
    inside = threading.Barrier(2)
    leave = threading.Event()

    def job() -> None:
        with collection_paused():
            inside.wait()
            leave.wait()

    worker = threading.Thread(target=job)
    worker.start()
    with collection_paused():
        inside.wait()
    assert not gc.isenabled()  # the worker's job is still running
    leave.set()
    worker.join()
    assert gc.isenabled()
