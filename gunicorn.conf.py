"""Gunicorn settings for running Volunteers in a force: `gunicorn -c gunicorn.conf.py wsgi:app`."""

import gc
import multiprocessing
import os
import sys

import gunicorn.http.wsgi

bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
# One request at a time per worker: a request spends most of its time running Python (a report
# submission some 6 ms of CPU against 1 ms waiting for the database), and threads of one process
# take turns on one interpreter lock. With 2 workers of 2 threads, 220 submissions a second; with 2
# of 1, 270 (bench/request_cost.py, one run). Capacity comes from workers, not threads. The
# threaded worker class still keeps connections alive between requests, which `sync` does not.
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", 1))
timeout = 30
graceful_timeout = 30
# Request lines only: no query strings, which can carry one-time links.
accesslog = "-"
access_log_format = '%(h)s "%(m)s %(U)s" %(s)s %(b)s %(L)ss'
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
SWITCH_INTERVAL_SECONDS = 0.0005

# Say nothing of what the server is: no "Server: gunicorn/<version>" banner for scanners to match.
gunicorn.http.wsgi.SERVER = "volunteers"


def post_worker_init(worker):
    """Compile the guard's rules and load its model before the first request rather than in it (it
    takes a few seconds), then move what the app built at start (models, rules, templates: some
    300,000 objects that live as long as the worker) out of the garbage collector's sight, so its
    full collections walk only what requests create: each one took about 0.2 s, a pause a request
    could land in.

    A worker's threads (the one accepting connections, and its request threads when
    GUNICORN_THREADS is above 1) share one interpreter lock, which a running thread hands over only
    every switch interval (5 ms by default). A request whose database answer has come back waited
    that long for its turn, and a report submission does so three times while it holds its force's
    audit chain head (taking it, appending the event, committing), so every writer of the force
    queued behind it: under load a third of the CPU stood idle. At 0.5 ms the wait is short and
    the switching costs little."""
    from volunteers.guard import default_rules
    from volunteers.guard.model import default_model

    default_rules()
    default_model()
    gc.freeze()
    sys.setswitchinterval(SWITCH_INTERVAL_SECONDS)
