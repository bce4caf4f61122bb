package org.descentlab.core.optim.schedule;

import static org.descentlab.core.optim.schedule.ScheduleParameter.choice;
import static org.descentlab.core.optim.schedule.ScheduleParameter.flag;
import static org.descentlab.core.optim.schedule.ScheduleParameter.number;
import static org.descentlab.core.optim.schedule.ScheduleParameter.whole;

import java.util.List;
import java.util.Optional;

import org.descentlab.core.optim.schedule.CyclingSchedulers.CyclicLr;
import org.descentlab.core.optim.schedule.CyclingSchedulers.FastaiOneCycle;
import org.descentlab.core.optim.schedule.CyclingSchedulers.Mode;
import org.descentlab.core.optim.schedule.CyclingSchedulers.OneCycleLr;
import org.descentlab.core.optim.schedule.OtherSchedulers.Adaptive;
import org.descentlab.core.optim.schedule.OtherSchedulers.LambdaLr;
import org.descentlab.core.optim.schedule.OtherSchedulers.Plateau;
import org.descentlab.core.optim.schedule.ScheduleParameter.From;
import org.descentlab.core.optim.schedule.TorchSchedulers.CosineLr;
import org.descentlab.core.optim.schedule.TorchSchedulers.ExponentialLr;
import org.descentlab.core.optim.schedule.TorchSchedulers.LinearLr;
import org.descentlab.core.optim.schedule.TorchSchedulers.MultiStepLr;
import org.descentlab.core.optim.schedule.TorchSchedulers.PolynomialLr;
import org.descentlab.core.optim.schedule.TorchSchedulers.StepLr;

/**
 * Every learning-rate schedule a run can have, by name. e is the epoch of {@code torch.optim.lr_scheduler}:
 * update t (1-based) uses the rate at e = t − 1, the scheduler being stepped once after every update. The
 * PyTorch schedules are its code's rules, recursive where its {@code step()} is (StepLR, MultiStepLR,
 * ExponentialLR, CosineAnnealingLR, LinearLR, PolynomialLR multiply the current rate); the others are their
 * libraries' formulas, on the run's lr as eta0 or base_lr.
 */
public final class Schedules {

    private static final double INF = Double.POSITIVE_INFINITY;
    private static final String GAMMA = "multiplicative factor of the decay";
    private static final ScheduleParameter LOSS_PATIENCE = whole("patience", "10", 0, "updates without improvement before lowering");

    public static final ScheduleType CONSTANT = new ScheduleType("constant", "no scheduler", "lr", List.of(), false,
            (v, g) -> null);

    private static final List<ScheduleType> ALL = List.of(
            CONSTANT,
            new ScheduleType("step", "torch.optim.lr_scheduler.StepLR", "lr·gamma^⌊e/step_size⌋", List.of(
                    whole("step_size", null, 1, "updates between decays").defaultFrom(From.REQUIRED, null),
                    number("gamma", "0.1", 0, INF, GAMMA)), false,
                    (v, g) -> new StepLr(g, v.whole("step_size"), v.number("gamma")).begin()),
            new ScheduleType("multistep", "torch.optim.lr_scheduler.MultiStepLR", "lr·gamma^(milestones ≤ e)", List.of(
                    whole("milestones", null, 1, "the epochs where the rate is multiplied by gamma").list()
                            .defaultFrom(From.REQUIRED, null),
                    number("gamma", "0.1", 0, INF, GAMMA)), false,
                    (v, g) -> new MultiStepLr(g, v.wholes("milestones"), v.number("gamma")).begin()),
            new ScheduleType("exponential", "torch.optim.lr_scheduler.ExponentialLR", "lr·gamma^e", List.of(
                    number("gamma", null, 0, INF, GAMMA).defaultFrom(From.REQUIRED, null)), false,
                    (v, g) -> new ExponentialLr(g, v.number("gamma")).begin()),
            new ScheduleType("cosine", "torch.optim.lr_scheduler.CosineAnnealingLR",
                    "eta_min + (lr_(e−1) − eta_min)·(1 + cos(π·e/t_max))/(1 + cos(π·(e − 1)/t_max)), rising again after t_max",
                    List.of(whole("t_max", null, 1, "updates of the half cosine").defaultFrom(From.RUN_STEPS, null),
                            number("eta_min", "0", 0, INF, "the least rate")), false,
                    (v, g) -> new CosineLr(g, v.whole("t_max"), v.number("eta_min")).begin()),
            new ScheduleType("cyclic", "torch.optim.lr_scheduler.CyclicLR",
                    "base_lr + (max_lr − base_lr)·h·scale, h rising from 0 to 1 over step_size_up updates and back over"
                            + " step_size_down, scale 1 (triangular), 1/2^(cycle − 1) (triangular2) or gamma^e (exp_range);"
                            + " momentum max_momentum − (max_momentum − base_momentum)·h·scale",
                    List.of(number("base_lr", null, 0, INF, "the low end of the cycle").defaultFrom(From.RUN_LR, null),
                            number("max_lr", null, 0, INF, "the high end of the cycle").defaultFrom(From.REQUIRED, null),
                            whole("step_size_up", "2000", 1, "updates going up"),
                            whole("step_size_down", null, 1, "updates going down").defaultFrom(From.PARAMETER, "step_size_up"),
                            choice("mode", List.of("triangular", "triangular2", "exp_range"),
                                    "triangular2 halves the height each cycle; exp_range scales it by gamma^e"),
                            number("gamma", "1", 0, INF, "exp_range's factor per update"),
                            flag("cycle_momentum", true, "cycle momentum (or beta1) the other way round"),
                            number("base_momentum", "0.8", 0, 1, "the momentum at the top of the rate"),
                            number("max_momentum", "0.9", 0, 1, "the momentum at the bottom of the rate")), false,
                    (v, g) -> new CyclicLr(g, v.number("base_lr"), v.number("max_lr"), v.whole("step_size_up"),
                            v.whole("step_size_down"), Mode.valueOf(v.text("mode").toUpperCase(java.util.Locale.ROOT)),
                            v.number("gamma"), v.flag("cycle_momentum"), v.number("base_momentum"), v.number("max_momentum"))),
            new ScheduleType("onecycle", "torch.optim.lr_scheduler.OneCycleLR",
                    "anneal from max_lr/div_factor up to max_lr over pct_start·total_steps − 1 updates, then down to"
                            + " max_lr/(div_factor·final_div_factor); momentum the other way round",
                    List.of(number("max_lr", null, 0, INF, "the top of the cycle").defaultFrom(From.REQUIRED, null),
                            whole("total_steps", null, 1, "updates in the cycle").defaultFrom(From.RUN_STEPS, null),
                            number("pct_start", "0.3", 0, 1, "the share of the cycle going up"),
                            choice("anneal", List.of("cos", "linear"), "the shape of each phase (anneal_strategy)"),
                            number("div_factor", "25", 0, INF, "initial lr = max_lr/div_factor").above(),
                            number("final_div_factor", "10000", 0, INF, "final lr = initial lr/final_div_factor").above(),
                            flag("three_phase", false, "up, down to the initial lr, then down to the final one"),
                            flag("cycle_momentum", true, "cycle momentum (or beta1) the other way round"),
                            number("base_momentum", "0.85", 0, 1, "the momentum at the top of the rate"),
                            number("max_momentum", "0.95", 0, 1, "the momentum at the ends")), false,
                    (v, g) -> new OneCycleLr(g, v.number("max_lr"), v.whole("total_steps"), v.number("pct_start"),
                            v.text("anneal").equals("cos"), v.flag("cycle_momentum"), v.number("base_momentum"),
                            v.number("max_momentum"), v.number("div_factor"), v.number("final_div_factor"), v.flag("three_phase"))),
            new ScheduleType("linear", "torch.optim.lr_scheduler.LinearLR",
                    "lr·(start_factor + (end_factor − start_factor)·min(e, total_iters)/total_iters), recursively", List.of(
                            number("start_factor", "0.3333333333333333", 0, 1, "the factor at the first update").above(),
                            number("end_factor", "1", 0, 1, "the factor from total_iters on"),
                            whole("total_iters", "5", 1, "updates of the ramp")), false,
                    (v, g) -> new LinearLr(g, v.number("start_factor"), v.number("end_factor"), v.whole("total_iters")).begin()),
            new ScheduleType("polynomial", "torch.optim.lr_scheduler.PolynomialLR",
                    "lr·(1 − min(e, total_iters)/total_iters)^power, recursively", List.of(
                            whole("total_iters", "5", 1, "updates of the decay"),
                            number("power", "1", 0, INF, "the power of the polynomial")), false,
                    (v, g) -> new PolynomialLr(g, v.whole("total_iters"), v.number("power")).begin()),
            new ScheduleType("plateau", "torch.optim.lr_scheduler.ReduceLROnPlateau (mode min)",
                    "lr·factor (not below min_lr) after more than patience updates whose loss is not below"
                            + " best·(1 − threshold) (rel) or best − threshold (abs), then cooldown updates of rest",
                    List.of(number("factor", "0.1", 0, 1, "what the rate is multiplied by").below(), LOSS_PATIENCE,
                            number("threshold", "0.0001", 0, INF, "how much better counts as better"),
                            choice("mode", List.of("rel", "abs"), "threshold relative to the best loss, or absolute (threshold_mode)"),
                            whole("cooldown", "0", 0, "updates after a reduction that count no bad update"),
                            number("min_lr", "0", 0, INF, "the least rate"),
                            number("eps", "1e-8", 0, INF, "a reduction smaller than this is skipped")), true,
                    (v, g) -> new Plateau(g, v.number("factor"), v.whole("patience"), v.number("threshold"),
                            v.text("mode").equals("rel"), v.whole("cooldown"), v.number("min_lr"), v.number("eps"))),
            new ScheduleType("invscaling", "scikit-learn SGD learning_rate=\"invscaling\"", "lr·1/(e + 1)^power_t (eta0 / t^power_t, t from 1)",
                    List.of(number("power_t", "0.25", 0, INF, "the exponent")), false,
                    (v, g) -> new LambdaLr(g, invscaling(v.number("power_t")), Integer.MAX_VALUE, "")),
            new ScheduleType("adaptive", "scikit-learn SGD learning_rate=\"adaptive\"",
                    "lr, divided by 5 after n_iter_no_change updates in a row whose loss is not below best − tol",
                    List.of(number("tol", "0.001", 0, INF, "how much lower counts as better"),
                            whole("n_iter_no_change", "5", 1, "updates without improvement before dividing")), true,
                    (v, g) -> new Adaptive(g, v.number("tol"), v.whole("n_iter_no_change"))),
            new ScheduleType("inv", "Caffe lr_policy \"inv\"", "lr·(1 + gamma·e)^(−power)", List.of(
                    number("gamma", null, 0, INF, "how fast it decays").defaultFrom(From.REQUIRED, null),
                    number("power", null, 0, INF, "the exponent").defaultFrom(From.REQUIRED, null)), false,
                    (v, g) -> new LambdaLr(g, inv(v.number("gamma"), v.number("power")), Integer.MAX_VALUE, "")),
            new ScheduleType("poly", "Caffe lr_policy \"poly\"", "lr·(1 − e/max_iter)^power, up to e = max_iter", List.of(
                    whole("max_iter", null, 1, "the solver's last iteration").defaultFrom(From.RUN_STEPS, null),
                    number("power", null, 0, INF, "the exponent").defaultFrom(From.REQUIRED, null)), false,
                    (v, g) -> new LambdaLr(g, poly(v.whole("max_iter"), v.number("power")), v.whole("max_iter"),
                            "poly: Caffe's solver ends at max_iter=" + v.whole("max_iter"))),
            new ScheduleType("sigmoid", "Caffe lr_policy \"sigmoid\"", "lr·1/(1 + exp(−gamma·(e − stepsize)))", List.of(
                    number("gamma", null, -INF, INF, "the slope; negative to decay").defaultFrom(From.REQUIRED, null),
                    whole("stepsize", null, 0, "the iteration of the midpoint").defaultFrom(From.REQUIRED, null)), false,
                    (v, g) -> new LambdaLr(g, sigmoid(v.number("gamma"), v.whole("stepsize")), Integer.MAX_VALUE, "")),
            new ScheduleType("fit_one_cycle", "fastai Learner.fit_one_cycle",
                    "at p = e/total_steps: cosine from lr_max/div up to lr_max over pct_start, then down to lr_max/div_final;"
                            + " momentum moms[0] → moms[1] → moms[2]",
                    List.of(number("lr_max", null, 0, INF, "the top of the cycle").above().defaultFrom(From.RUN_LR, null),
                            whole("total_steps", null, 1, "updates in the cycle (n_epoch·n_iter)").defaultFrom(From.RUN_STEPS, null),
                            number("pct_start", "0.25", 0, 1, "the share of the cycle going up"),
                            number("div", "25", 0, INF, "start lr = lr_max/div").above(),
                            number("div_final", "100000", 0, INF, "final lr = lr_max/div_final").above(),
                            number("moms", "0.95;0.85;0.95", 0, 1, "momentum at the start, the top and the end").list()), false,
                    (v, g) -> new FastaiOneCycle(g, v.number("lr_max"), v.whole("total_steps"), v.number("pct_start"),
                            v.number("div"), v.number("div_final"), v.numbers("moms"))));

    private Schedules() {
    }

    /** In the order menus list them: PyTorch's, then scikit-learn's, Caffe's and fastai's. */
    public static List<ScheduleType> all() {
        return ALL;
    }

    public static Optional<ScheduleType> byName(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** Every name, comma-separated. */
    public static String names() {
        return String.join(", ", ALL.stream().map(ScheduleType::name).toList());
    }

    /** scikit-learn's eta0 / t^power_t with t = e + 1, as LambdaLR writes it: a factor of lr. */
    static java.util.function.IntToDoubleFunction invscaling(double powerT) {
        return e -> 1 / Math.pow(e + 1, powerT);
    }

    static java.util.function.IntToDoubleFunction inv(double gamma, double power) {
        return e -> Math.pow(1 + gamma * e, -power);
    }

    static java.util.function.IntToDoubleFunction poly(int maxIter, double power) {
        return e -> Math.pow(1 - (double) e / maxIter, power);
    }

    static java.util.function.IntToDoubleFunction sigmoid(double gamma, int stepsize) {
        return e -> 1 / (1 + Math.exp(-gamma * (e - stepsize)));
    }
}
