"""Take the network away from a query worker, so SERVICE cannot reach any URL whatever its text.

Oxigraph evaluates `SERVICE <url>` by opening a TCP connection. Rather than trust our own
reading of the query text (a comment ended by a bare CR once hid a SERVICE from it), the
worker process asks the kernel to refuse it every non-local socket: a seccomp filter
(libseccomp) makes socket(2) fail with EACCES for any address family but AF_UNIX. Where
libseccomp is missing, a new, empty network namespace (unshare) does the same job. The
filter is inherited by every thread the worker starts later and cannot be lifted.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import errno
import signal
import socket

_SCMP_ACT_ALLOW = 0x7FFF0000
_SCMP_ACT_ERRNO = 0x00050000
_SCMP_CMP_NE = 1
_CLONE_NEWUSER = 0x10000000
_CLONE_NEWNET = 0x40000000
_PR_SET_PDEATHSIG = 1


class _ArgCmp(ctypes.Structure):
    _fields_ = [("arg", ctypes.c_uint), ("op", ctypes.c_int), ("datum_a", ctypes.c_uint64),
                ("datum_b", ctypes.c_uint64)]


def deny_network() -> str | None:
    """Forbid new network sockets in this process; the mechanism used, or None if none worked."""
    for name, method in (("seccomp", _seccomp), ("netns", _unshare_network)):
        try:
            if method():
                return name
        except (OSError, AttributeError):
            continue
    return None


def _seccomp() -> bool:
    path = ctypes.util.find_library("seccomp") or "libseccomp.so.2"
    lib = ctypes.CDLL(path, use_errno=True)
    lib.seccomp_init.restype = ctypes.c_void_p
    lib.seccomp_init.argtypes = [ctypes.c_uint32]
    lib.seccomp_rule_add_array.argtypes = [ctypes.c_void_p, ctypes.c_uint32, ctypes.c_int, ctypes.c_uint,
                                           ctypes.POINTER(_ArgCmp)]
    lib.seccomp_load.argtypes = [ctypes.c_void_p]
    lib.seccomp_release.argtypes = [ctypes.c_void_p]
    lib.seccomp_syscall_resolve_name.argtypes = [ctypes.c_char_p]
    ctx = lib.seccomp_init(_SCMP_ACT_ALLOW)
    if not ctx:
        return False
    try:
        refuse = _SCMP_ACT_ERRNO | errno.EACCES
        not_unix = _ArgCmp(0, _SCMP_CMP_NE, socket.AF_UNIX, 0)
        for call in (b"socket", b"socketpair"):
            number = lib.seccomp_syscall_resolve_name(call)
            if number < 0 or lib.seccomp_rule_add_array(ctx, refuse, number, 1, ctypes.byref(not_unix)) != 0:
                return False
        return lib.seccomp_load(ctx) == 0
    finally:
        lib.seccomp_release(ctx)


def _unshare_network() -> bool:
    """An empty network namespace (only a down loopback): connecting anywhere fails."""
    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    return libc.unshare(_CLONE_NEWUSER | _CLONE_NEWNET) == 0 or libc.unshare(_CLONE_NEWNET) == 0


def network_is_denied() -> bool:
    """True when this process cannot open an Internet socket (used by the worker's self-check)."""
    try:
        socket.socket(socket.AF_INET, socket.SOCK_STREAM).close()
    except OSError:
        return True
    try:
        with socket.create_connection(("127.0.0.1", 9), timeout=0.2):
            return False
    except OSError as e:
        return e.errno in (errno.ENETUNREACH, errno.EACCES, errno.EPERM)


def die_with_parent() -> None:
    """Have the kernel kill this worker if its parent dies, so no orphan query burns CPU (Linux)."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass
