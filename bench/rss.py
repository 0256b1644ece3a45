#!/usr/bin/python3
# Runs a command and prints its peak resident memory in MB, sampled every
# 10 ms, leaving out the login: every gspdesk command first checks its
# password with Argon2id (19 MB at the setting of src/core/auth.c), then frees
# that memory; the work after it is what a report needs.
# Usage: rss.py COMMAND...   prints "LOGIN_PEAK WORK_PEAK"
import subprocess
import sys
import time

p = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)
samples = []
while p.poll() is None:
    try:
        with open("/proc/%d/status" % p.pid) as f:
            for line in f:
                if line.startswith("VmRSS"):
                    samples.append(int(line.split()[1]))
    except OSError:
        pass
    time.sleep(0.01)
if p.returncode:
    sys.exit(p.returncode)
top = max(samples, default=0)
at = samples.index(top) if samples else 0
# the login's memory is gone once the resident size falls below a quarter
# of its peak (a sample halfway through the freeing is not the report's)
after = next((i for i in range(at, len(samples)) if samples[i] < top / 4), None)
work = max(samples[after:]) if after is not None else top
print(top // 1024, work // 1024)
