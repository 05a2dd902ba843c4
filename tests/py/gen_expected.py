#!/usr/bin/env python3
"""Generate (or check) the expected output of the Python conformance scripts.

Rules (tests/py/README.md says the same at more length):

* A test is every ``*.py`` file at least one directory below ``tests/py`` (``tests/py/<group>/...``),
  except helpers: a file is a helper when any part of its path below ``tests/py`` (a directory name
  or its own name) starts with ``mod_``, ``pkg_`` or ``_`` (so ``__init__.py`` and ``__pycache__``
  too). Files directly in ``tests/py`` (this script) are tooling, not tests. The C# runner
  (tests/NanoPython.Tests/ConformanceTests.cs, ``IsHelper``) applies the same rule.
* The expected output of ``<name>.py`` is ``<name>.py.exp`` next to it: the exact bytes the script
  writes to stdout, UTF-8, ``\\n`` line endings.
* Each script runs under CPython (this interpreter, ``sys.executable``) with its own directory as the
  working directory and as ``sys.path[0]``, with a timeout, ``PYTHONHASHSEED=0`` and no bytecode
  written. It must exit with status 0 and write nothing to stderr; otherwise this script fails loudly
  and writes nothing for that test.
* A script with a line starting ``# expected: hand-written`` among its first three lines keeps a
  hand-maintained ``.exp`` (a deliberate MicroPython difference that CPython cannot produce). It is
  not run under CPython; the generator only checks that its ``.exp`` exists.
* An ``.exp`` file that belongs to no test (its script was removed or renamed) is reported as a failure
  when the whole suite is run (no ``--only``).

Usage::

    python3 tests/py/gen_expected.py                 # (re)write every generated .exp
    python3 tests/py/gen_expected.py --check         # compare only; exit 1 and list differences
    python3 tests/py/gen_expected.py --only 'basics/*'   # restrict to paths matching a glob
    python3 tests/py/gen_expected.py --interpreter 'node tests/py/mpwasm.mjs' --only 'micropython/*'
                                                     # run another interpreter, compare with every .exp

The glob given to ``--only`` is matched (fnmatch, so ``*`` also crosses ``/``) against the path
relative to ``tests/py`` with forward slashes, e.g. ``exceptions/try_*.py``.
"""

import argparse
import fnmatch
import os
import shlex
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.abspath(__file__))
HELPER_PREFIXES = ("mod_", "pkg_", "_")
HAND_WRITTEN_MARK = "# expected: hand-written"
SCRATCH_MARK = "# needs: scratch directory"
HAND_WRITTEN_LINES = 3


def is_helper(rel_parts):
    """True when the path (split below tests/py) is not a test: tooling at the top, or a helper module."""
    return len(rel_parts) < 2 or any(part.startswith(HELPER_PREFIXES) for part in rel_parts)


def find_tests():
    """Relative paths (forward slashes) of every test script, sorted."""
    tests = []
    for dirpath, dirnames, filenames in os.walk(ROOT):
        rel_dir = os.path.relpath(dirpath, ROOT)
        parts = [] if rel_dir == "." else rel_dir.split(os.sep)
        dirnames.sort()
        for name in sorted(filenames):
            if name.endswith(".py") and not is_helper(parts + [name]):
                tests.append("/".join(parts + [name]))
    return tests


def find_orphans(tests):
    """Relative paths of .exp files that belong to no test (left behind by a removed or renamed script)."""
    wanted = set(t + ".exp" for t in tests)
    orphans = []
    for dirpath, dirnames, filenames in os.walk(ROOT):
        dirnames.sort()
        rel_dir = os.path.relpath(dirpath, ROOT)
        for name in sorted(filenames):
            rel = name if rel_dir == "." else "/".join(rel_dir.split(os.sep) + [name])
            if name.endswith(".exp") and rel not in wanted:
                orphans.append(rel)
    return orphans


def is_hand_written(path):
    with open(path, encoding="utf-8") as f:
        for _ in range(HAND_WRITTEN_LINES):
            if f.readline().startswith(HAND_WRITTEN_MARK):
                return True
    return False


def needs_scratch(path):
    """True when the script asks for a fresh empty working directory (SCRATCH_MARK in its first lines)."""
    with open(path, encoding="utf-8") as f:
        for _ in range(HAND_WRITTEN_LINES):
            if f.readline().startswith(SCRATCH_MARK):
                return True
    return False


def run_script(rel, command, timeout):
    """Run one script; returns (stdout bytes, error text or None)."""
    path = os.path.join(ROOT, rel)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1")
    # A script that writes files runs in a fresh temporary directory (its own folder stays sys.path[0]).
    scratch = tempfile.mkdtemp(prefix="nanopython-") if needs_scratch(path) else None
    try:
        proc = subprocess.run(
            command + [path if scratch else os.path.basename(path)],
            cwd=scratch or os.path.dirname(path),
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return b"", "timed out after %g s" % timeout
    finally:
        if scratch:
            shutil.rmtree(scratch, ignore_errors=True)
    if proc.returncode != 0 or proc.stderr:
        err = proc.stderr.decode("utf-8", "replace").strip()
        what = "exit status %d" % proc.returncode if proc.returncode != 0 else "wrote to stderr"
        return proc.stdout, what + (("\n" + err) if err else "")
    return proc.stdout, None


def first_difference(expected, actual):
    exp_lines = expected.decode("utf-8", "replace").split("\n")
    act_lines = actual.decode("utf-8", "replace").split("\n")
    for i in range(max(len(exp_lines), len(act_lines))):
        e = exp_lines[i] if i < len(exp_lines) else "<missing>"
        a = act_lines[i] if i < len(act_lines) else "<missing>"
        if e != a:
            return "line %d: expected %r, got %r" % (i + 1, e, a)
    return "same text"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare with the .exp files, write nothing")
    parser.add_argument("--only", metavar="GLOB", action="append",
                        help="only paths (relative to tests/py) matching GLOB; may repeat")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds per script (default 30)")
    parser.add_argument("--interpreter", metavar="CMD",
                        help="run scripts with CMD instead of CPython and compare with every .exp, "
                             "hand-written ones included (implies --check)")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every script's status")
    args = parser.parse_args()

    tests = find_tests()
    orphans = [] if args.only else find_orphans(tests)
    if args.only:
        tests = [t for t in tests if any(fnmatch.fnmatch(t, g) for g in args.only)]
    if not tests:
        print("no test matches", file=sys.stderr)
        return 2

    check = args.check or args.interpreter is not None
    if args.interpreter:
        # Scripts run in their own directory, so make paths in the command absolute first.
        command = [os.path.abspath(w) if os.path.exists(w) else w for w in shlex.split(args.interpreter)]
    else:
        command = [sys.executable, "-s"]
    failures, differences, written, hand = [], [], 0, 0
    for rel in tests:
        path = os.path.join(ROOT, rel)
        exp_path = path + ".exp"
        hand_written = is_hand_written(path)
        if hand_written:
            hand += 1
            if not os.path.exists(exp_path):
                failures.append((rel, "hand-written .exp is missing"))
                continue
            if args.interpreter is None:
                if args.verbose:
                    print("hand  ", rel)
                continue
        out, error = run_script(rel, command, args.timeout)
        if error:
            failures.append((rel, error))
            continue
        old = None
        if os.path.exists(exp_path):
            with open(exp_path, "rb") as f:
                old = f.read()
        if check:
            if old != out:
                why = "no .exp file" if old is None else first_difference(old, out)
                differences.append((rel, why))
            elif args.verbose:
                print("ok    ", rel)
        elif old != out:
            with open(exp_path, "wb") as f:
                f.write(out)
            written += 1
            if args.verbose:
                print("wrote ", rel)

    for rel, why in differences:
        print("DIFF  %s: %s" % (rel, why))
    for rel in orphans:
        failures.append((rel, "expected output of no test (remove it, or restore its script)"))
    for rel, why in failures:
        print("FAIL  %s: %s" % (rel, why))
    verb = "checked" if check else "generated"
    print("%d scripts %s (%d hand-written), %d written, %d differ, %d failed"
          % (len(tests), verb, hand, written, len(differences), len(failures)))
    return 1 if failures or differences else 0


if __name__ == "__main__":
    sys.exit(main())
