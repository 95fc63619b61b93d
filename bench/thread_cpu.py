#!/usr/bin/env python3
"""Where a JVM command's CPU time goes, by kind of thread (Linux /proc only).

    bench/thread_cpu.py [--json] -- COMMAND [ARG...]

Runs COMMAND (which must be, or exec, the JVM: the `corpus` launcher does), reads the user and
system CPU time of each of its threads from /proc/PID/task/*/stat every 0.2 s, and when it exits
prints the CPU seconds of each kind of thread: the JIT compilers (C1, C2), the garbage collector,
and everything else (the threads that read, clean and write). A thread's last reading is at most
0.2 s old when the process ends; the compilers are idle by then, so their figure is exact to a few
hundredths of a second. Exits with COMMAND's exit code.

Used by bench/throughput.sh to show how much of a whole-process run the JIT takes.
"""
import json
import os
import subprocess
import sys
import time

TICK = os.sysconf("SC_CLK_TCK")


def kind(name):
    if name.startswith("C2 Compiler"):
        return "c2"
    if name.startswith("C1 Compiler"):
        return "c1"
    if name.startswith("GC Thread") or name.startswith("VM Thread") or name.startswith("G1") or name.startswith("ParGC"):
        return "gc"
    return "work"


def sample(pid, last):
    """Reads every thread's CPU ticks into last (tid -> (name, ticks)); False when the process is gone."""
    try:
        tids = os.listdir(f"/proc/{pid}/task")
    except FileNotFoundError:
        return False
    for tid in tids:
        try:
            with open(f"/proc/{pid}/task/{tid}/stat") as f:
                stat = f.read()
        except (FileNotFoundError, ProcessLookupError):
            continue
        # The name is in parentheses and may hold spaces; the fields after it are space-separated.
        name = stat[stat.index("(") + 1 : stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2 :].split()
        ticks = int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of stat)
        last[tid] = (name, ticks)
    return True


def main(argv):
    as_json = False
    if argv and argv[0] == "--json":
        as_json = True
        argv = argv[1:]
    if not argv or argv[0] != "--" or len(argv) < 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    proc = subprocess.Popen(argv[1:])
    last = {}
    while proc.poll() is None:
        sample(proc.pid, last)
        time.sleep(0.2)
    totals = {"c2": 0.0, "c1": 0.0, "gc": 0.0, "work": 0.0}
    for name, ticks in last.values():
        totals[kind(name)] += ticks / TICK
    totals["all"] = sum(totals.values())
    if as_json:
        print(json.dumps({k: round(v, 2) for k, v in totals.items()}))
    else:
        print(" ".join(f"{k} {v:.2f}" for k, v in totals.items()))
    return proc.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
