package org.descentlab.core.optim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.descentlab.core.Validate;

/**
 * What an optimizer is called, which hyper-parameters it takes, and how to build it from values. One
 * per optimizer file, listed in {@link Optimizers}.
 */
public final class OptimizerType {

    private final String name;
    private final String description;
    private final List<ParameterSpec> parameters;
    private final Function<double[], Optimizer> factory;

    /**
     * @param factory builds the optimizer from values in the order of {@code parameters}
     */
    public OptimizerType(String name, String description, List<ParameterSpec> parameters,
            Function<double[], Optimizer> factory) {
        this.name = Validate.notNull("name", name);
        this.description = Validate.notNull("description", description);
        this.parameters = List.copyOf(parameters);
        this.factory = Validate.notNull("factory", factory);
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public List<ParameterSpec> parameters() {
        return parameters;
    }

    public Optional<ParameterSpec> parameter(String parameterName) {
        return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst();
    }

    /** Names of the parameters, comma-separated, for messages. */
    public String parameterNames() {
        return parameters.stream().map(ParameterSpec::name).collect(Collectors.joining(", "));
    }

    /** The optimizer with every parameter at its default. */
    public Optimizer defaults() {
        return create(Map.of());
    }

    /**
     * Builds the optimizer from text values by name; unnamed parameters keep their defaults.
     *
     * @throws IllegalArgumentException naming the parameter for an unknown name or a bad value
     */
    public Optimizer create(Map<String, String> values) {
        double[] v = new double[parameters.size()];
        for (int k = 0; k < v.length; k++) {
            v[k] = parameters.get(k).defaultValue();
        }
        Map<String, String> remaining = new LinkedHashMap<>(values);
        for (int k = 0; k < v.length; k++) {
            String text = remaining.remove(parameters.get(k).name());
            if (text != null) {
                v[k] = parameters.get(k).parse(name, text);
            }
        }
        if (!remaining.isEmpty()) {
            String unknown = remaining.keySet().iterator().next();
            throw new IllegalArgumentException(name + " has no parameter '" + unknown + "'; accepted: " + parameterNames());
        }
        return factory.apply(v);
    }

    /** Validates values in declared order, as an optimizer's constructor does. */
    void check(double... values) {
        List<ParameterSpec> specs = new ArrayList<>(parameters);
        Validate.isTrue(values.length == specs.size(), name + " takes " + specs.size() + " values");
        for (int k = 0; k < values.length; k++) {
            specs.get(k).check(name, values[k]);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
