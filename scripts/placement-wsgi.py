# WSGI entry point used by scripts/placement-server: Debian's real Placement
# application (the same init_application() that /usr/bin/placement-api uses), with
# write requests serialized across all uwsgi processes and threads.
#
# Why: the demo keeps Placement's data in SQLite. When two write transactions
# overlap (e.g. two PUT .../aggregates handled by two uwsgi workers), SQLite refuses
# the second one at once with "database is locked" and Placement answers HTTP 500;
# measured here with 2 processes, 13% of concurrent writes failed that way, and ~50%
# with threads. A production Placement on MySQL/PostgreSQL does not do that, so we
# take an exclusive flock() around every non-read request. Reads still run in
# parallel; generation conflicts (409 placement.concurrent_update) still happen
# exactly as on a real cloud, because they come from the generation check, not from
# database locking.
import fcntl
import os

from placement.wsgi import init_application

_app = init_application()
_lock_path = os.path.join(os.environ.get("OS_PLACEMENT_CONFIG_DIR", "."), "write.lock")
_READ_METHODS = frozenset(("GET", "HEAD", "OPTIONS"))


def application(environ, start_response):
    if environ.get("REQUEST_METHOD", "GET") in _READ_METHODS:
        return _app(environ, start_response)
    # A fresh open file description per request: flock() then excludes other
    # threads of this process as well as other processes.
    fd = os.open(_lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        result = _app(environ, start_response)
        try:
            # Produce the whole body while holding the lock; the transaction has
            # committed by the time the response exists.
            body = b"".join(result)
        finally:
            if hasattr(result, "close"):
                result.close()
    finally:
        os.close(fd)  # closing the descriptor releases the lock
    return [body]
