"""Checks DescentLab's learning-rate schedules against torch.optim.lr_scheduler itself.

For each case, `descentlab compare --full` runs the schedule on x^2 + 3y^2 and writes every update's rate (lr)
and the gradient it was given (g_x, g_y). Here the same torch optimizer and scheduler are built directly (not
through `export`), fed those gradients, and stepped as DescentLab says: optimizer.step(), then
scheduler.step() (scheduler.step(loss) for ReduceLROnPlateau, with f where the gradient was taken). The rate
of every update and the point after it must match to 1e-9 relative (momentum and beta1 cycling shows in the
points). Cases a torch version refuses are reported as refused with its message.

    /usr/bin/python3 src/test/python/compare_schedules.py --descentlab "java -jar target/descentlab.jar"

Run it with the python that has torch; exit status 0 when every case matched or was refused by torch itself.
"""
import argparse
import csv
import io
import math
import shlex
import subprocess
import sys

import torch
from torch.optim import lr_scheduler as S

STEPS = 40
CASES = [
    ("gd lr=0.1 schedule=step(step_size=7,gamma=0.5)", "SGD", lambda o: S.StepLR(o, 7, 0.5)),
    ("gd lr=0.1 schedule=multistep(milestones=5;9;9,gamma=0.3)", "SGD", lambda o: S.MultiStepLR(o, [5, 9, 9], 0.3)),
    ("gd lr=0.1 schedule=exponential(gamma=0.9)", "SGD", lambda o: S.ExponentialLR(o, 0.9)),
    ("gd lr=0.1 schedule=cosine(t_max=12,eta_min=0.01)", "SGD", lambda o: S.CosineAnnealingLR(o, 12, 0.01)),
    ("momentum lr=0.05 schedule=cyclic(base_lr=0.01,max_lr=0.1,step_size_up=4,mode=triangular2)", "SGDm",
     lambda o: S.CyclicLR(o, 0.01, 0.1, step_size_up=4, mode="triangular2")),
    ("gd lr=0.05 schedule=cyclic(base_lr=0.01,max_lr=0.1,step_size_up=3,step_size_down=5,mode=exp_range,gamma=0.97)",
     "SGD", lambda o: S.CyclicLR(o, 0.01, 0.1, step_size_up=3, step_size_down=5, mode="exp_range", gamma=0.97)),
    ("adam lr=0.05 schedule=cyclic(base_lr=0.01,max_lr=0.1,step_size_up=4)", "Adam",
     lambda o: S.CyclicLR(o, 0.01, 0.1, step_size_up=4)),
    ("gd lr=0.05 schedule=onecycle(max_lr=0.2,total_steps=40)", "SGD", lambda o: S.OneCycleLR(o, 0.2, total_steps=40)),
    ("adam lr=0.05 schedule=onecycle(max_lr=0.2,total_steps=40,anneal=linear,three_phase=true)", "Adam",
     lambda o: S.OneCycleLR(o, 0.2, total_steps=40, anneal_strategy="linear", three_phase=True)),
    ("gd lr=0.1 schedule=linear(start_factor=0.2,end_factor=0.9,total_iters=10)", "SGD",
     lambda o: S.LinearLR(o, 0.2, 0.9, 10)),
    ("gd lr=0.1 schedule=polynomial(total_iters=30,power=0.7)", "SGD", lambda o: S.PolynomialLR(o, 30, 0.7)),
    ("gd lr=0.4 schedule=plateau(factor=0.5,patience=2,threshold=0.01,cooldown=1)", "SGD",
     lambda o: S.ReduceLROnPlateau(o, factor=0.5, patience=2, threshold=0.01, cooldown=1)),
    ("gd lr=0.1 schedule=exponential(gamma=0.9) warmup=5 warmup_start=0.1", "SGD",
     lambda o: S.SequentialLR(o, [S.LinearLR(o, 0.1, 1.0, 5), S.ExponentialLR(o, 0.9)], milestones=[5])),
    ("gd lr=0.1 schedule=cyclic(base_lr=0.01,max_lr=0.1,step_size_up=4,cycle_momentum=false) warmup=3", "SGD",
     lambda o: S.SequentialLR(o, [S.LinearLR(o, 1 / 3, 1.0, 3), S.CyclicLR(o, 0.01, 0.1, step_size_up=4,
                                                                            cycle_momentum=False)], milestones=[3])),
    ("gd lr=0.1 schedule=invscaling(power_t=0.5)", "SGD", lambda o: S.LambdaLR(o, lambda e: 1 / (e + 1) ** 0.5)),
]


def make(kind, p, lr):
    if kind == "Adam":
        return torch.optim.Adam([p], lr=lr)
    return torch.optim.SGD([p], lr=lr, momentum=0.9 if kind == "SGDm" else 0)


def check(tool, spec, kind, build):
    out = subprocess.run(tool + ["compare", "--function", "x^2 + 3*y^2", "--start", "1,1", "--steps", str(STEPS), "--tol", "0",
                                 "--run", spec, "--full"], capture_output=True, text=True)
    if out.returncode != 0:
        return "FAILED (descentlab: " + out.stderr.strip() + ")"
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    p = torch.tensor([1.0, 1.0], dtype=torch.float64, requires_grad=True)
    lr = float(spec.split("lr=")[1].split()[0])
    opt = make(kind, p, lr)
    try:
        sched = build(opt)
    except (ValueError, TypeError) as e:
        return "refused by torch " + torch.__version__ + ": " + str(e)
    for k in range(1, len(rows)):
        want, have = float(rows[k]["lr"]), opt.param_groups[0]["lr"]
        if abs(want - have) > 1e-9 * max(abs(want), 1e-300):
            return f"FAILED at update {k}: lr {want!r} here, {have!r} in torch"
        p.grad = torch.tensor([float(rows[k]["g_x"]), float(rows[k]["g_y"])], dtype=torch.float64)
        opt.step()
        if isinstance(sched, S.ReduceLROnPlateau):
            sched.step(float(rows[k - 1]["f"]))
        else:
            sched.step()
        x, y = p.tolist()
        if abs(x - float(rows[k]["x"])) > 1e-9 * max(1, abs(x)) or abs(y - float(rows[k]["y"])) > 1e-9 * max(1, abs(y)):
            return f"FAILED at update {k}: point {rows[k]['x']},{rows[k]['y']} here, {x!r},{y!r} in torch"
    return f"ok ({len(rows) - 1} updates)"


def main():
    a = argparse.ArgumentParser()
    a.add_argument("--descentlab", required=True)
    tool = shlex.split(a.parse_args().descentlab)
    failed = 0
    for spec, kind, build in CASES:
        verdict = check(tool, spec, kind, build)
        failed += verdict.startswith("FAILED")
        print(f"{verdict:60.60s}  {spec}")
    print(f"torch {torch.__version__}: {len(CASES) - failed} of {len(CASES)} matched or refused by torch")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
