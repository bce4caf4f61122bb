package org.descentlab.core.optim.schedule;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import org.descentlab.core.Validate;

/**
 * What a learning-rate schedule is called, whose it is, its formula and its parameters. One per schedule,
 * listed in {@link Schedules}.
 */
public final class ScheduleType {

    private final String name;
    private final String source;
    private final String formula;
    private final List<ScheduleParameter> parameters;
    private final boolean readsLoss;
    private final BiFunction<Values, ParamGroup, Object> factory;

    /**
     * @param name       as a spec writes it: {@code cosine}
     * @param source     whose rule it is: {@code torch.optim.lr_scheduler.CosineAnnealingLR}
     * @param formula    the rate at epoch e (the rate of update e + 1), in one line
     * @param parameters in declared order
     * @param readsLoss  whether it is stepped with the loss ({@code sched.step(loss)})
     * @param factory    makes the running scheduler on a parameter group: an {@link LrScheduler} or a loss rule
     */
    ScheduleType(String name, String source, String formula, List<ScheduleParameter> parameters, boolean readsLoss,
            BiFunction<Values, ParamGroup, Object> factory) {
        this.name = Validate.notNull("name", name);
        this.source = Validate.notNull("source", source);
        this.formula = Validate.notNull("formula", formula);
        this.parameters = List.copyOf(parameters);
        this.readsLoss = readsLoss;
        this.factory = Validate.notNull("factory", factory);
    }

    public String name() {
        return name;
    }

    /** Whose rule it is: {@code torch.optim.lr_scheduler.CosineAnnealingLR}, {@code sklearn SGD learning_rate="invscaling"}. */
    public String source() {
        return source;
    }

    /** The rate at epoch e (the rate of update e + 1), in one line. */
    public String formula() {
        return formula;
    }

    public List<ScheduleParameter> parameters() {
        return parameters;
    }

    /** Whether it is stepped with the loss of each update ({@code sched.step(loss)}). */
    public boolean readsLoss() {
        return readsLoss;
    }

    Object create(Values v, ParamGroup g) {
        return factory.apply(v, g);
    }

    public Optional<ScheduleParameter> parameter(String parameterName) {
        return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst();
    }

    /** The parameter names, comma-separated, for messages. */
    public String parameterNames() {
        return parameters.isEmpty() ? "none" : String.join(", ", parameters.stream().map(ScheduleParameter::name).toList());
    }

    /** Whether this schedule cycles momentum or beta1 with these values (CyclicLR and OneCycleLR by default, fastai always). */
    public boolean cyclesMomentum(Values v) {
        return parameter("cycle_momentum").map(p -> v.flag("cycle_momentum")).orElse(name.equals("fit_one_cycle"));
    }

    @Override
    public String toString() {
        return name;
    }
}
