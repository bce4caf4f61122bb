#!/bin/sh
# The README's manual check: every optimizer torch has on four presets, plain and with noise, clipping,
# weight decay and other differences. Run from the project root after mvn -q package -DskipTests.
c() { python3 src/test/python/compare_export.py --descentlab "java -jar target/descentlab.jar" --python "${PYTHON:-/usr/bin/python3}" --format pytorch -- "$@"; }
for p in rosenbrock himmelblau beale rastrigin; do
echo "== $p plain"
c --preset $p --steps 500 --run "gd lr=0.001" --run "momentum lr=0.001 momentum=0.9" --run "nesterov lr=0.001" --run "adagrad lr=0.1" --run "adadelta lr=1" --run "rmsprop lr=0.01" --run "adam lr=0.05" --run "adamw lr=0.05"
c --preset $p --steps 500 --run "adamax lr=0.05" --run "nadam lr=0.05" --run "rmsprop lr=0.01 centered=true momentum=0.5" --run "adam lr=0.05 amsgrad=true"
echo "== $p lbfgs"
c --preset $p --steps 200 --run "lbfgs" --run "lbfgs line_search_fn=strong_wolfe" --run "lbfgs lr=0.1 history_size=3" --run "lbfgs line_search_fn=strong_wolfe history_size=2 noise=0.3 seed=4" --run "lbfgs line_search_fn=strong_wolfe clip=1 diff=forward" --run "lbfgs lr=10 line_search_fn=strong_wolfe defaults=keras"
echo "== $p noise/clip/decay/diff"
c --preset $p --steps 500 --run "gd lr=0.001 noise=0.5 seed=7 clip=5" --run "momentum lr=0.001 dampening=0.3 weight_decay=0.01 noise=1" --run "nesterov lr=0.001 clip=2" --run "adagrad lr=0.1 lr_decay=0.01 initial_accumulator_value=0.1 weight_decay=0.1 noise=0.3 seed=2" --run "adadelta lr=1 rho=0.95 diff=forward" --run "rmsprop lr=0.01 weight_decay=0.01 diff=central h=0.001" --run "adam lr=0.05 weight_decay=0.01 noise=0.2 clip=1 seed=11" --run "adamw lr=0.05 weight_decay=0.1 diff=forward h=1e-5"
c --preset $p --steps 500 --run "adamax lr=0.05 weight_decay=0.01 noise=0.1" --run "nadam lr=0.05 momentum_decay=0.01 weight_decay=0.01 clip=3" --run "rmsprop lr=0.01 centered=true noise=0.5 seed=5" --run "adam lr=0.05 amsgrad=true beta1=0 diff=forward" 
echo "== $p radam, rprop, asgd, maximize"
c --preset $p --steps 500 --run "radam lr=0.0005" --run "radam lr=0.0005 weight_decay=0.01 noise=0.2 seed=3" --run "rprop lr=0.01" --run "rprop lr=0.05 eta_minus=0.3 eta_plus=1.5 step_size_max=1 clip=2" --run "asgd lr=0.001" --run "asgd lr=0.001 lambd=0.1 t0=20 weight_decay=0.01" --run "gd lr=0.001 maximize=true steps=20" --run "adam lr=0.05 maximize=true steps=20"
done
