"""User queries run in worker processes, so that a time limit, Ctrl-C or a crash really ends them.

pyoxigraph cannot cancel a running query, and a deeply nested or pathological query can
crash the Rust engine. Each query is therefore sent to a warm worker process that has
opened the store read-only and has no network (kg.query.sandbox). When the time limit
passes or the user presses Ctrl-C, the worker is killed and reaped -- its CPU is free
before the caller hears about it -- and a fresh worker takes its place. A worker that dies
(segfault, abort) costs one query an error, never the server or the console.

A `Pool` also caps concurrent queries: a query holds its slot until its worker has
answered or has been killed and reaped, so abandoned queries cannot pile up.
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from multiprocessing.connection import Connection
from typing import Any

from ..errors import KGError
from .syntax import QueryError, QueryRefused, QueryTimeout

class QueryBusy(QueryError):
    """Every query slot is taken; try again later."""


class QueryCrashed(QueryError):
    """The engine crashed on this query (its worker died); nothing else was affected."""


class QueryCancelled(QueryError):
    """The user interrupted the query (Ctrl-C)."""


# --- the worker process ----------------------------------------------------------------------
def worker_main(fd: int, store: str | None, allow_federation: bool) -> None:
    """Serve (task name, kwargs) requests on the socket `fd` until it closes (`python -m kg.query.isolation`)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    from . import sandbox, worker_tasks

    sandbox.die_with_parent()
    conn = Connection(fd)
    from ..rdf.remote import is_remote
    from ..rdf.store import default_store_path

    if allow_federation:
        guard = "federation allowed"
    elif is_remote(store or str(default_store_path())):
        # the worker must reach the remote store; the server that runs the query is the one
        # that could follow a SERVICE, and the syntax check still refuses SERVICE and LOAD
        guard = "remote store"
    else:
        guard = sandbox.deny_network()
    opened: dict[str, Any] = {}
    try:
        conn.send(("ready", guard))
        while True:
            name, kwargs = conn.recv()
            conn.send(_answer(getattr(worker_tasks, name), store, opened, kwargs, allow_federation))
    except (EOFError, OSError):
        return  # the parent has gone or closed the pool


def _answer(task, store: str | None, opened: dict[str, Any], kwargs: dict, allow_federation: bool) -> tuple:
    try:
        return "ok", task(_store(store, opened), **kwargs)
    except KGError as e:
        error: Exception = e
    except Exception as e:  # an engine error must not end the worker
        error = QueryError(f"the query failed: {_first_line(e)}")
    if not allow_federation and "os error 13" in str(error):  # socket(2) refused by the sandbox
        error = QueryRefused("the query tried to reach the network (SERVICE); query workers have no "
                             "network access unless federation is allowed")
    return "error", (type(error), str(error), dict(error.__dict__))


def _store(path: str | None, opened: dict[str, Any]):
    """The read-only store, reopened when a build has changed the directory since it was opened."""
    from ..rdf.remote import is_remote
    from ..rdf.store import default_store_path, open_store

    if is_remote(path or str(default_store_path())):
        if "db" not in opened:
            opened["db"] = open_store(path or default_store_path(), read_only=True)
        return opened["db"]
    directory = Path(path) if path else default_store_path()
    try:
        stamp = os.stat(directory).st_mtime_ns
    except OSError:
        stamp = None
    if opened.get("stamp") != stamp or "db" not in opened:
        opened["db"] = open_store(directory, read_only=True)
        opened["stamp"] = stamp
    return opened["db"]


def _first_line(e: Exception) -> str:
    s = str(e).strip()
    return s.splitlines()[0] if s else type(e).__name__


def _rebuild(kind: type, message: str, attrs: dict) -> Exception:
    error = kind.__new__(kind)
    Exception.__init__(error, message)
    error.__dict__.update(attrs)
    return error


class Worker:
    """One worker process (a fresh interpreter) and the parent's end of its socket."""

    def __init__(self, store: str | None, allow_federation: bool):
        ours, theirs = socket.socketpair()
        env = dict(os.environ)
        package_root = str(Path(__file__).resolve().parents[2])
        env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH")) if p)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "kg.query.isolation", str(theirs.fileno()), store or "",
             "1" if allow_federation else "0"],
            pass_fds=[theirs.fileno()], env=env, stdin=subprocess.DEVNULL, start_new_session=False)
        theirs.close()
        self.conn = Connection(ours.detach())
        self.guard: str | None = None

    def ready(self, timeout: float = 60.0) -> "Worker":
        try:
            if not self.conn.poll(timeout):
                raise EOFError
            _, self.guard = self.conn.recv()
        except (EOFError, OSError):
            code = self.kill()
            raise QueryError(f"a query worker did not start (exit code {code})") from None
        return self

    def call(self, name: str, kwargs: dict, timeout: float | None):
        """The task's result; QueryTimeout / QueryCancelled / QueryCrashed after killing the worker."""
        deadline = None if timeout is None else time.monotonic() + timeout
        try:
            self.conn.send((name, kwargs))
            while not self.conn.poll(0.05 if deadline is None else max(0.0, min(0.05, deadline - time.monotonic()))):
                if deadline is not None and time.monotonic() >= deadline:
                    self.kill()
                    raise QueryTimeout(f"the query was stopped after {timeout:g} s "
                                       "(time limit; raise it with --timeout)")
            status, payload = self.conn.recv()
        except KeyboardInterrupt:
            self.kill()
            raise QueryCancelled("query cancelled") from None
        except (EOFError, OSError):
            code = self.kill()
            raise QueryCrashed(f"the query engine crashed on this query (worker exit code {code}); "
                               "nothing else was affected") from None
        if status == "error":
            raise _rebuild(*payload)
        return payload

    def kill(self) -> int | None:
        """SIGKILL and reap: when this returns, the query's CPU is free."""
        if self.process.poll() is None:
            self.process.kill()
        code = self.process.wait()
        self.conn.close()
        return code


class FairSlots:
    """A counting semaphore that serves waiters first come, first served.

    threading.Semaphore lets a newly arriving thread take a slot just freed ahead of the
    threads already waiting (and a woken waiter that lost the race queues again at the
    back), which under load stretches the tail of the latency. Here a freed slot is handed
    to the longest waiter directly.
    """

    def __init__(self, size: int):
        self._free = size
        self._waiters: deque[list] = deque()  # [event, granted]
        self._lock = threading.Lock()

    def acquire(self, timeout: float = 0.0) -> bool:
        with self._lock:
            if self._free and not self._waiters:
                self._free -= 1
                return True
            if timeout <= 0:
                return False
            waiter = [threading.Event(), False]
            self._waiters.append(waiter)
        interrupted = True
        try:
            waiter[0].wait(timeout)
            interrupted = False
        finally:
            with self._lock:
                granted = waiter[1]
                if not granted:
                    self._waiters.remove(waiter)  # timed out (or Ctrl-C) before a slot was handed over
            if granted and interrupted:
                self.release()  # Ctrl-C just as a slot arrived: pass it on
        return granted

    def release(self) -> None:
        with self._lock:
            if self._waiters:
                waiter = self._waiters.popleft()
                waiter[1] = True
                waiter[0].set()
            else:
                self._free += 1


class Pool:
    """Up to `size` concurrent queries, each in a warm worker process."""

    def __init__(self, store: Path | str | None, *, size: int = 2, allow_federation: bool = False,
                 wait: float = 0.0):
        self.store = str(store) if store is not None else None
        self.size, self.wait = size, wait
        self.allow_federation = allow_federation
        self._slots = FairSlots(size)
        self._idle: list[Worker] = []
        self._lock = threading.Lock()
        self.crashes = 0
        self._busy = 0
        # Workers die with the thread that started them (PR_SET_PDEATHSIG), so one
        # long-lived thread starts them all.
        self._starter = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-worker-start")

    def _start_worker(self) -> Worker:
        return self._starter.submit(lambda: Worker(self.store, self.allow_federation).ready()).result()

    def warm(self, n: int | None = None) -> "Pool":
        """Start workers now (a server does this at start-up, so the first queries are fast)."""
        started = [self._start_worker() for _ in range(n or self.size)]
        with self._lock:
            self._idle += started
        return self

    def call(self, name: str, kwargs: dict, timeout: float | None) -> Any:
        acquired = self._slots.acquire(self.wait)
        if not acquired:
            raise QueryBusy(f"all {self.size} query slots are busy (limit --max-queries {self.size}); "
                            "try again shortly")
        try:
            worker = self._checkout()
            try:
                result = worker.call(name, kwargs, timeout)
            except (QueryTimeout, QueryCancelled, QueryCrashed) as e:
                self.crashes += isinstance(e, QueryCrashed)
                self._checkin(None)
                self._replace_soon()
                raise
            except BaseException:
                self._checkin(worker)
                raise
            self._checkin(worker)
            return result
        finally:
            self._slots.release()

    def _checkin(self, worker: Worker | None) -> None:
        with self._lock:
            self._busy -= 1
            if worker is not None:
                self._idle.append(worker)

    def _checkout(self) -> Worker:
        with self._lock:
            self._busy += 1
            while self._idle:
                worker = self._idle.pop()
                if worker.process.poll() is None:
                    return worker
                worker.kill()  # died while idle (killed from outside): reap it and take another
        try:
            return self._start_worker()
        except BaseException:
            with self._lock:
                self._busy -= 1
            raise

    def _replace_soon(self) -> None:
        """Start a worker for the one just killed, in the background, so the next query finds it warm."""
        def start():
            try:
                worker = Worker(self.store, self.allow_federation).ready()
            except (KGError, OSError):
                return
            with self._lock:
                if len(self._idle) + self._busy < self.size:
                    self._idle.append(worker)
                    return
            worker.kill()

        self._starter.submit(start)

    def guard(self) -> str | None:
        """How workers are kept off the network ('seccomp', 'netns'), or None if they are not."""
        worker = self._checkout()
        self._checkin(worker)
        return worker.guard

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
        for worker in idle:
            worker.kill()


_POOLS: dict[tuple[str | None, bool], Pool] = {}


def shared_pool(store: Path | str | None, allow_federation: bool = False) -> Pool:
    """One pool per store for this process (the command line and the console use this)."""
    key = (str(store) if store is not None else None, allow_federation)
    if key not in _POOLS:
        _POOLS[key] = Pool(store, size=1, allow_federation=allow_federation, wait=3600.0)
    return _POOLS[key]


if __name__ == "__main__":
    worker_main(int(sys.argv[1]), sys.argv[2] or None, sys.argv[3] == "1")
