package org.descentlab.core.optim;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every optimizer by name, in the order the app offers them (Add brings in the next one not yet in the
 * list). Adding one is a file and a line here.
 */
public final class Optimizers {

    private static final List<OptimizerType> ALL = List.of(
            GradientDescent.TYPE,
            Momentum.TYPE,
            Nesterov.TYPE,
            Adam.TYPE,
            RmsProp.TYPE,
            Adagrad.TYPE,
            AdamW.TYPE,
            Adamax.TYPE,
            NAdam.TYPE,
            Adadelta.TYPE,
            RAdam.TYPE,
            Rprop.TYPE,
            Asgd.TYPE,
            Lbfgs.TYPE,
            Lion.TYPE,
            Lamb.TYPE,
            Newton.TYPE);

    private Optimizers() {
    }

    public static List<OptimizerType> all() {
        return ALL;
    }

    public static Optional<OptimizerType> byName(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** The names, comma-separated, for messages. */
    public static String names() {
        return ALL.stream().map(OptimizerType::name).collect(Collectors.joining(", "));
    }

    /** @throws IllegalArgumentException listing the accepted names */
    public static OptimizerType require(String name) {
        return byName(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown optimizer '" + name + "'; accepted: " + names()));
    }
}
