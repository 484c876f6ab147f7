"""What gunicorn.conf.py does to each worker before its first request."""

import gc
import runpy
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_a_worker_hands_the_interpreter_lock_over_within_a_millisecond():
    """A thread whose database answer came back waits at most this long for its turn; at the
    default 5 ms, submissions holding their force's audit chain head left a third of the CPU idle."""
    config = runpy.run_path(str(ROOT / "gunicorn.conf.py"))
    default = sys.getswitchinterval()
    try:
        config["post_worker_init"](None)
        assert sys.getswitchinterval() <= 0.001 < default
    finally:
        sys.setswitchinterval(default)
        gc.unfreeze()


def test_a_worker_serves_one_request_at_a_time_on_connections_kept_alive(monkeypatch):
    """Threads of a worker share its interpreter lock: two of them served fewer submissions a
    second than one. The threaded class, even with one thread, keeps connections alive."""
    monkeypatch.delenv("GUNICORN_THREADS", raising=False)
    config = runpy.run_path(str(ROOT / "gunicorn.conf.py"))
    assert config["threads"] == 1
    assert config["worker_class"] == "gthread"
