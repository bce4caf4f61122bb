"""Checks DescentLab's update rules against Keras's optimizers themselves, step by step.

Where an exported script's path parts from DescentLab's because the run is chaotic (f evaluated with other
roundings, amplified), this separates the rule from the landscape: `descentlab compare --full` writes the
gradient every update was given (g_x, g_y: with the run's noise and clipping), and here the optimizer of the
run's Keras export (the same constructor line) is fed those gradients, from the same start. Every point after
an update must match DescentLab's to 1e-9 of max(1, |v|).

    KERAS_BACKEND=jax JAX_ENABLE_X64=1 python src/test/python/keras_replay.py \\
        --descentlab "java -jar target/descentlab.jar" -- --preset beale --defaults keras --run "lamb lr=0.01 clip=2"

Everything after -- goes to both commands. Exit status 0 when every run matched.
"""
import argparse
import csv
import io
import math
import re
import shlex
import subprocess
import sys

import keras
import numpy as np

keras.config.set_floatx("float64")


def run(command, args):
    done = subprocess.run(shlex.split(command) + args, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(done.stderr.strip())
    return done.stdout


def replay(descentlab, args, index, rows):
    script = run(descentlab, ["export", "--format", "keras", "--run-index", str(index)] + args)
    constructor = re.search(r"^optimizer = (keras\.optimizers\..*)$", script, re.M).group(1)
    optimizer = eval(constructor, {"keras": keras})
    p = keras.Variable(np.array([float(rows[0]["x"]), float(rows[0]["y"])]), dtype="float64")
    worst = 0.0
    for row in rows[1:]:
        g = np.array([float(row["g_x"]), float(row["g_y"])])
        optimizer.apply_gradients([(keras.ops.convert_to_tensor(g, dtype="float64"), p)])
        for got, want in zip(p.numpy(), (float(row["x"]), float(row["y"]))):
            if not (math.isfinite(want) and math.isfinite(got)):
                continue
            worst = max(worst, abs(got - want) / max(1.0, abs(want)))
    return constructor, worst


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--descentlab", required=True)
    parser.add_argument("args", nargs=argparse.REMAINDER)
    a = parser.parse_args()
    args = a.args[1:] if a.args[:1] == ["--"] else a.args
    runs = {}
    for row in csv.DictReader(io.StringIO(run(a.descentlab, ["compare", "--full"] + args))):
        runs.setdefault(int(row["run"]), []).append(row)
    failed = False
    for index, rows in sorted(runs.items()):
        constructor, worst = replay(a.descentlab, args, index, rows)
        ok = worst <= 1e-9
        failed |= not ok
        print(f"run {index}: {'MATCH' if ok else 'DIFFERS'}: {len(rows) - 1} updates, largest difference {worst:.1e}"
              f" of max(1, |v|); {constructor}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
