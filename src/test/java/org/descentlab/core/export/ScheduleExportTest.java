package org.descentlab.core.export;

import static org.descentlab.core.export.PythonExportTest.config;
import static org.descentlab.core.export.PythonExportTest.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A run's schedule in exported scripts: PyTorch's scheduler with every parameter and its step, Keras's own, refusals. */
class ScheduleExportTest {

    private static String schedulerLine(String spec) {
        return lines(Framework.PYTORCH, spec).stream().filter(l -> l.startsWith("scheduler = ")).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "gd lr=0.1 schedule=step(step_size=30) | StepLR(optimizer, step_size=30, gamma=0.1)",
        "gd lr=0.1 schedule=multistep(milestones=30;80;80,gamma=0.5) | MultiStepLR(optimizer, milestones=[30, 80, 80], gamma=0.5)",
        "gd lr=0.1 schedule=exponential(gamma=0.99) | ExponentialLR(optimizer, gamma=0.99)",
        "gd lr=0.1 schedule=cosine | CosineAnnealingLR(optimizer, T_max=1000, eta_min=0.0)",
        "momentum lr=0.1 schedule=cyclic(max_lr=1,step_size_up=5) | CyclicLR(optimizer, base_lr=0.1, max_lr=1.0, step_size_up=5,"
                + " step_size_down=5, mode=\"triangular\", gamma=1.0, cycle_momentum=True, base_momentum=0.8, max_momentum=0.9)",
        "adam lr=0.1 schedule=onecycle(max_lr=1,pct_start=1) | OneCycleLR(optimizer, max_lr=1.0, total_steps=1000, pct_start=1.0,"
                + " anneal_strategy=\"cos\", cycle_momentum=True, base_momentum=0.85, max_momentum=0.95, div_factor=25.0,"
                + " final_div_factor=10000.0, three_phase=False)",
        "gd lr=0.1 schedule=linear | LinearLR(optimizer, start_factor=0.3333333333333333, end_factor=1.0, total_iters=5)",
        "gd lr=0.1 schedule=polynomial(power=2) | PolynomialLR(optimizer, total_iters=5, power=2.0)",
        "gd lr=0.1 schedule=plateau(patience=3) | ReduceLROnPlateau(optimizer, mode=\"min\", factor=0.1, patience=3,"
                + " threshold=1e-4, threshold_mode=\"rel\", cooldown=0, min_lr=0.0, eps=1e-8)",
        "gd lr=0.1 schedule=invscaling | LambdaLR(optimizer, lambda e: 1 / (e + 1) ** 0.25)  # scikit-learn's eta0 / t^power_t, t = e + 1",
        "gd lr=0.1 schedule=inv(gamma=1e-4,power=0.75) | LambdaLR(optimizer, lambda e: (1 + 1e-4 * e) ** -0.75)  # Caffe's inv",
        "gd lr=0.1 schedule=poly(power=0.9) | LambdaLR(optimizer, lambda e: (1 - e / 1000) ** 0.9)  # Caffe's poly",
        "gd lr=0.1 schedule=sigmoid(gamma=-0.1,stepsize=50) | LambdaLR(optimizer, lambda e: 1 / (1 + math.exp(-(-0.1) * (e - 50))))"
                + "  # Caffe's sigmoid",
        "gd lr=0.1 warmup=10 | LinearLR(optimizer, start_factor=0.3333333333333333, end_factor=1.0, total_iters=10)  # warm-up",
    })
    void pytorchGetsItsOwnSchedulerWithEveryParameter(String spec, String constructor) {
        assertEquals("scheduler = torch.optim.lr_scheduler." + constructor, schedulerLine(spec));
    }

    @Test
    void theSchedulerIsSteppedAfterTheOptimizerWithTheLossForPlateau() {
        List<String> lines = lines(Framework.PYTORCH, "gd lr=0.1 schedule=plateau");
        int step = lines.indexOf("    optimizer.step()");
        assertEquals("    scheduler.step(fx)  # with the loss at the point the gradient was taken", lines.get(step + 2));
        List<String> exp = lines(Framework.PYTORCH, "gd lr=0.1 schedule=exponential(gamma=0.9)");
        assertEquals("    scheduler.step()", exp.get(exp.indexOf("    optimizer.step()") + 2));
    }

    @Test
    void aWarmupIsSequentialLr() {
        List<String> lines = lines(Framework.PYTORCH, "gd lr=0.1 schedule=exponential(gamma=0.9) warmup=5 warmup_start=0.1");
        assertTrue(lines.contains("warmup = torch.optim.lr_scheduler.LinearLR(optimizer, start_factor=0.1, end_factor=1.0, total_iters=5)"));
        assertTrue(lines.contains("main = torch.optim.lr_scheduler.ExponentialLR(optimizer, gamma=0.9)"));
        assertTrue(lines.contains("scheduler = torch.optim.lr_scheduler.SequentialLR(optimizer, [warmup, main], milestones=[5])"));
    }

    @Test
    void aScheduleThatEndsEndsTheScriptsRunThere() {
        assertTrue(lines(Framework.PYTORCH, "momentum lr=1e-5 schedule=onecycle(max_lr=1e-5,total_steps=20)").contains(
                "STEPS = 21  # the step limit: the schedule ends: Tried to step 21 times. The specified number of total steps is 20"
                        + " (the run's own limit is 1000)"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "gd lr=0.1 schedule=step(step_size=30) defaults=keras | ExponentialDecay(0.1, decay_steps=30, decay_rate=0.1, staircase=True)",
        "gd lr=0.1 schedule=exponential(gamma=0.9) | ExponentialDecay(0.1, decay_steps=1, decay_rate=0.9)",
        "gd lr=0.1 schedule=multistep(milestones=3;5;5,gamma=0.5) | PiecewiseConstantDecay(boundaries=[2, 4], values=[0.1, 0.05,"
                + " 0.0125])",
        "gd lr=0.1 steps=11 schedule=cosine(t_max=10,eta_min=0.01) | CosineDecay(0.1, decay_steps=10, alpha=0.09999999999999999)",
        "gd lr=0.1 schedule=linear(start_factor=0.5,total_iters=4) | PolynomialDecay(0.05, decay_steps=4, end_learning_rate=0.1,"
                + " power=1.0)",
        "gd lr=0.1 schedule=polynomial(power=2) | PolynomialDecay(0.1, decay_steps=5, end_learning_rate=0.0, power=2.0)",
    })
    void kerasGetsTheScheduleOfTheSameFormula(String spec, String schedule) {
        List<String> lines = lines(Framework.KERAS, spec);
        assertTrue(lines.contains("schedule = keras.optimizers.schedules." + schedule), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("optimizer = keras.optimizers.SGD(learning_rate=schedule, ")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "gd schedule=adaptive | PYTORCH | PyTorch has no scheduler for scikit-learn's adaptive rate (it reads the loss and ends the"
                + " fit): export a run without it, or with plateau",
        "gd schedule=fit_one_cycle | PYTORCH | PyTorch has no scheduler for fastai's fit_one_cycle (it cycles momentum too, so no"
                + " LambdaLR can write it): use onecycle, PyTorch's own",
        "gd schedule=cyclic(max_lr=1) | KERAS | Keras has no schedule that is torch.optim.lr_scheduler.CyclicLR: export it to PyTorch",
        "gd schedule=plateau | KERAS | Keras has no schedule that is torch.optim.lr_scheduler.ReduceLROnPlateau (mode min): export"
                + " it to PyTorch",
        "gd schedule=invscaling | KERAS | Keras has no schedule that is scikit-learn SGD learning_rate=\"invscaling\": export it to"
                + " PyTorch",
        "gd warmup=3 | KERAS | Keras has no SequentialLR to put a warm-up before a schedule: export a run without warmup=",
        "gd schedule=cosine(t_max=10) | KERAS | Keras's CosineDecay stays at eta_min after t_max, where PyTorch's recursion rises"
                + " again, and this run goes past it: set t_max to at least steps − 1",
        "momentum schedule=exponential(gamma=0.9) | KERAS | with a schedule, Keras's momentum buffer (m = μ·m − lr·g) and PyTorch's"
                + " (v = μ·v + g) part as soon as lr changes: set defaults=keras in the run",
        "momentum defaults=keras schedule=exponential(gamma=0.9) | PYTORCH | with a schedule, Keras's momentum buffer (m = μ·m −"
                + " lr·g) and PyTorch's (v = μ·v + g) part as soon as lr changes: set defaults=pytorch in the run",
    })
    void aScheduleTheFrameworkLacksIsRefusedNamingIt(String spec, Framework framework, String message) {
        assertEquals(Optional.of(message), PythonExport.refusal(config(spec), framework));
    }
}
