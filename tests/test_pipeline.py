"""The stage registry under threads: the first pipelines built at once all find the built-in stages."""

from __future__ import annotations

import subprocess
import sys

RACE = """
import threading
import newsbrief

barrier = threading.Barrier(8)
failures = []

def build():
    barrier.wait()
    try:
        newsbrief.load_pipeline(["segment", "lead", "sections"])
    except Exception as exc:
        failures.append(exc)

threads = [threading.Thread(target=build) for _ in range(8)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print(len(failures))
"""


def test_threads_building_the_first_pipelines_at_once_all_find_the_stages() -> None:
    for _ in range(3):  # a fresh interpreter each time, so the built-in stages are not loaded yet
        done = subprocess.run([sys.executable, "-c", RACE], capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == "0"
