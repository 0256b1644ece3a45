#!/usr/bin/python3
# Runs two commands alternately, REPS times each, as whole processes with
# their output thrown away, and prints the median and 95th percentile
# (nearest rank) of each in ms: "A_MED A_P95 B_MED B_P95". Alternating
# spreads a passing load over both alike.
# Usage: vs.py REPS CMD_A... -- CMD_B...
import math
import subprocess
import sys
import time

reps = int(sys.argv[1])
args = sys.argv[2:]
cut = args.index("--")
cmds = [args[:cut], args[cut + 1:]]
samples = [[], []]
for _ in range(reps):
    for k, cmd in enumerate(cmds):
        t0 = time.perf_counter()
        rc = subprocess.run(cmd, stdout=subprocess.DEVNULL).returncode
        samples[k].append((time.perf_counter() - t0) * 1000)
        if rc:
            sys.exit("vs.py: %s exited with %d" % (cmd[0], rc))
out = []
for s in samples:
    s.sort()
    out += [s[len(s) // 2], s[max(0, math.ceil(0.95 * len(s)) - 1)]]
print(" ".join("%.2f" % x for x in out))
