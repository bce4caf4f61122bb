"""Runs exported scripts and compares every number with DescentLab's own CSV.

For each run of an experiment, `descentlab export --format F` writes a script; the script is run with
PYTHON, and its rows are compared with that run's rows from `descentlab compare`, number by number, to
1e-6*max(1, |v|) (nan matches nan, inf matches inf of the same sign). A run the framework cannot
reproduce is reported as refused, with DescentLab's message.

Where a script's path departs from DescentLab's, the same run is made again in DescentLab from a start a
last digit away (x0 + ulp(max(1, |x0|))): when DescentLab's own two runs also part by more than the
tolerance, by about the step where the script parted (at most 2k + 10 for step k), the run amplifies
last-digit differences (it is chaotic) and no reproduction with other roundings can stay within the
tolerance; it is reported as CHAOTIC, not as a failure.

    python3 src/test/python/compare_export.py --descentlab "java -jar target/descentlab.jar" \\
        --python /usr/bin/python3 --format pytorch -- --preset rosenbrock

Everything after -- goes to both commands (--preset, --scenario, --function, --start, --run, --steps ...).
Exit status 0 when every exported run matched, 1 otherwise.
"""
import argparse
import csv
import io
import math
import shlex
import subprocess
import sys
import tempfile


def close(a, b):
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    if math.isinf(a) or math.isinf(b):
        return a == b
    return abs(a - b) <= 1e-6 * max(1.0, abs(a))


def without_start(args):
    """The options without --start, so that another can be given."""
    out, skip = [], False
    for a in args:
        if skip:
            skip = False
        elif a == "--start":
            skip = True
        elif not a.startswith("--start="):
            out.append(a)
    return out


def nudged(tool, args, index, rows):
    """The first step at which DescentLab's own run, from a start a last digit away, departs from its run by more
    than the tolerance; 0 when it never does, None when it cannot tell (the run has a start of its own)."""
    x0, y0 = float(rows[0]["x"]), rows[0]["y"]
    start = f"{x0 + math.ulp(max(1.0, abs(x0)))!r},{y0}"
    again = subprocess.run(tool + ["compare"] + without_start(args) + ["--start", start], capture_output=True, text=True)
    other = [r for r in csv.DictReader(io.StringIO(again.stdout)) if int(r["run"]) == index]
    if again.returncode != 0 or not other or float(other[0]["x"]) == x0:
        return None
    for k, (want, have) in enumerate(zip(rows, other)):
        if not all(close(float(want[c]), float(have[c])) for c in ("x", "y", "f", "grad_x", "grad_y")):
            return k
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--descentlab", default="java -jar target/descentlab.jar", help="how to start DescentLab")
    parser.add_argument("--python", default=sys.executable, help="the Python that has the framework")
    parser.add_argument("--format", default="pytorch", choices=["pytorch", "keras"])
    parser.add_argument("args", nargs=argparse.REMAINDER, help="-- then the experiment's options")
    a = parser.parse_args()
    args = a.args[1:] if a.args[:1] == ["--"] else a.args
    tool = shlex.split(a.descentlab)
    compared = subprocess.run(tool + ["compare"] + args, capture_output=True, text=True)
    if compared.returncode != 0:
        sys.exit(compared.stderr.strip())
    expected = {}
    for row in csv.DictReader(io.StringIO(compared.stdout)):
        expected.setdefault(int(row.pop("run")), []).append(row)
    failures = 0
    for index, rows in sorted(expected.items()):
        export = subprocess.run(tool + ["export", "--format", a.format, "--run-index", str(index)] + args,
                                capture_output=True, text=True)
        if export.returncode != 0:
            print(f"run {index}: refused: {export.stderr.strip()}")
            continue
        with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as script:
            script.write(export.stdout)
        ran = subprocess.run([a.python, script.name], capture_output=True, text=True)
        if ran.returncode != 0:
            print(f"run {index}: the script failed: {ran.stderr.strip()}")
            failures += 1
            continue
        got = list(csv.DictReader(io.StringIO(ran.stdout)))
        worst, same_text, differ, at = 0.0, 0, None, 0
        for k, (want, have) in enumerate(zip(rows, got)):
            same_text += want == have
            for column in ("x", "y", "f", "grad_x", "grad_y"):
                w, h = float(want[column]), float(have[column])
                if not close(w, h) and differ is None:
                    differ, at = f"step {k} {column}: {want[column]} in DescentLab, {have[column]} in the script", k
                if math.isfinite(w) and math.isfinite(h):
                    worst = max(worst, abs(w - h) / max(1.0, abs(w)))
        if len(rows) != len(got):
            differ = differ or f"{len(rows)} rows in DescentLab, {len(got)} in the script"
        status = "MATCH"
        if differ is not None:
            own = nudged(tool, args, index, rows)
            # the script's roundings differ at every step, a nudged start only once: it may part a little later
            chaotic = bool(own) and own <= 2 * at + 10
            status = ("CHAOTIC" if chaotic else "DIFFER") + f" ({differ}; DescentLab from a start a last digit away: " + (
                "cannot tell" if own is None else f"departs at step {own}" if own else "stays within 1e-6") + ")"
            failures += not chaotic
        print(f"run {index}: {status}: {len(got)} rows, {same_text} identical as text, largest difference "
              f"{worst:.1e} of max(1, |v|); {ran.stderr.strip()}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
