#!/bin/sh
# The README's manual check of the Keras exports: every optimizer Keras has, with defaults=keras, on four
# presets, plain and with noise, clipping, weight decay and other differences. Keras 3 on the JAX backend in
# float64 (pip install keras jax; the script sets KERAS_BACKEND=jax and JAX_ENABLE_X64=1 itself).
# Run from the project root after mvn -q package -DskipTests, with PYTHON naming the interpreter that has Keras.
export KERAS_BACKEND=jax JAX_ENABLE_X64=1
c() { python3 src/test/python/compare_export.py --descentlab "java -jar target/descentlab.jar" --python "${PYTHON:-python3}" --format keras -- --defaults keras "$@"; }
for p in rosenbrock himmelblau beale rastrigin; do
echo "== $p plain"
c --preset $p --steps 500 --run "gd lr=0.001" --run "momentum lr=0.001 momentum=0.9" --run "nesterov lr=0.001 momentum=0.9" --run "adagrad lr=0.1" --run "adadelta lr=1" --run "rmsprop lr=0.01" --run "adam lr=0.05" --run "adamw lr=0.05"
c --preset $p --steps 500 --run "adamax lr=0.05" --run "nadam lr=0.05" --run "rmsprop lr=0.01 centered=true momentum=0.5" --run "adam lr=0.05 amsgrad=true" --run "lion lr=0.01" --run "lamb lr=0.01"
echo "== $p noise/clip/decay/diff"
c --preset $p --steps 500 --run "gd lr=0.001 noise=0.5 seed=7 clip=5" --run "momentum lr=0.001 weight_decay=0.01 noise=1" --run "adagrad lr=0.1 initial_accumulator_value=0.5 weight_decay=0.1 noise=0.3 seed=2" --run "adadelta lr=1 rho=0.9 diff=forward" --run "rmsprop lr=0.01 weight_decay=0.01 diff=central h=0.001" --run "adam lr=0.05 weight_decay=0.01 noise=0.2 clip=1 seed=11" --run "adamw lr=0.05 weight_decay=0.1 diff=forward h=1e-5"
c --preset $p --steps 500 --run "adamax lr=0.05 weight_decay=0.01 noise=0.1" --run "nadam lr=0.05 weight_decay=0.01 clip=3" --run "lion lr=0.01 beta1=0.8 weight_decay=0.1 noise=0.3 seed=5" --run "lamb lr=0.01 weight_decay=0.01 clip=2" --run "lamb lr=0.05 beta1=0.5 eps=1e-3 diff=forward"
done
