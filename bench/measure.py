"""Timing a command in a fresh process: wall time and that process's own peak memory."""

from __future__ import annotations

import subprocess
import sys
import time

# runs the command as a child of a fresh Python, so RUSAGE_CHILDREN is that command's alone
_PEAK = (
    "import resource,subprocess,sys;r=subprocess.run(sys.argv[1:],capture_output=True);"
    "sys.stderr.buffer.write(r.stderr[-2000:]);"
    "print(r.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def measure(cmd: list[str]) -> tuple[float, float, int]:
    """(seconds, peak MiB, exit code) of *cmd*."""
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", _PEAK, *cmd], capture_output=True, text=True)
    took = time.perf_counter() - start
    code, peak = out.stdout.split()
    return took, int(peak) / 1024, int(code)


def measure_ok(cmd: list[str], allowed=(0,)) -> tuple[float, float]:
    """(seconds, peak MiB); stops the benchmark when the command fails."""
    took, peak, code = measure(cmd)
    if code not in allowed:
        sys.exit(f"failed (exit {code}): {' '.join(cmd)}")
    return took, peak
