package org.descentlab.core.optim;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.descentlab.core.Validate;

/**
 * An optimizer's hyper-parameters by name, typed: numbers, flags that are true or false, and choices of a
 * word. Immutable,
 * and every value has passed its {@link ParameterSpec}'s check, so a value read from here is in range.
 */
public final class Hyperparameters {

    private final OptimizerType type;
    /** In the order of {@code type.parameters()}; flags as 0 and 1. */
    private final double[] values;

    Hyperparameters(OptimizerType type, double[] values) {
        this.type = Validate.notNull("type", type);
        Validate.isTrue(values.length == type.parameters().size(),
                type.name() + " takes " + type.parameters().size() + " values, got " + values.length);
        for (int k = 0; k < values.length; k++) {
            type.parameters().get(k).check(type.name(), values[k]);
        }
        this.values = values.clone();
    }

    /** Every parameter at the convention's default. */
    public static Hyperparameters defaults(OptimizerType type, Convention convention) {
        double[] v = new double[type.parameters().size()];
        for (int k = 0; k < v.length; k++) {
            v[k] = type.defaultValue(type.parameters().get(k), convention);
        }
        return new Hyperparameters(type, v);
    }

    public OptimizerType type() {
        return type;
    }

    /** A number parameter's value. */
    public double get(String name) {
        int k = index(name);
        Validate.isTrue(type.parameters().get(k).numeric(), type.name() + ": " + name + " is "
                + (type.parameters().get(k).bool() ? "a flag" : "a choice") + ", not a number");
        return values[k];
    }

    /** A choice's word, e.g. "strong_wolfe". */
    public String choice(String name) {
        int k = index(name);
        ParameterSpec spec = type.parameters().get(k);
        Validate.isTrue(spec.kind() == ParameterSpec.Kind.CHOICE, type.name() + ": " + name + " is not a choice");
        return spec.text(values[k]);
    }

    /** A flag's value. */
    public boolean flag(String name) {
        int k = index(name);
        Validate.isTrue(type.parameters().get(k).bool(), type.name() + ": " + name + " is a number, not a flag");
        return values[k] != 0;
    }

    /**
     * With a number (or a choice, by the index of its word) changed; throws, naming the parameter and its range,
     * for a value it does not accept.
     */
    public Hyperparameters with(String name, double value) {
        int k = index(name);
        Validate.isTrue(!type.parameters().get(k).bool(), type.name() + ": " + name + " must be true or false");
        double[] v = values.clone();
        v[k] = value;
        return new Hyperparameters(type, v);
    }

    /** With a flag changed. */
    public Hyperparameters with(String name, boolean value) {
        int k = index(name);
        Validate.isTrue(type.parameters().get(k).bool(), type.name() + ": " + name + " must be " + type.parameters().get(k).accepted());
        double[] v = values.clone();
        v[k] = value ? 1 : 0;
        return new Hyperparameters(type, v);
    }

    /** With one value read from text ("0.05", "true"); throws with a message naming the parameter. */
    public Hyperparameters withText(String name, String text) {
        int k = index(name);
        double[] v = values.clone();
        v[k] = type.parameters().get(k).parse(type.name(), text);
        return new Hyperparameters(type, v);
    }

    /** Whether a parameter is at the convention's default. */
    public boolean isDefault(String name, Convention convention) {
        int k = index(name);
        return values[k] == type.defaultValue(type.parameters().get(k), convention);
    }

    /**
     * One value as text: Java's shortest form for real numbers ("0.01", "1.0E-7"), digits for whole ones ("100"),
     * true or false for flags, the word of a choice.
     */
    public String text(String name) {
        int k = index(name);
        ParameterSpec spec = type.parameters().get(k);
        return spec.kind() == ParameterSpec.Kind.NUMBER ? Double.toString(values[k]) : spec.text(values[k]);
    }

    /** One value as a spec writes it: the shortest exact number ("1e-7", "100"), true or false, or the word. */
    public String word(String name) {
        int k = index(name);
        return type.parameters().get(k).text(values[k]);
    }

    /** Every value as text, in declared order. */
    public Map<String, String> texts() {
        Map<String, String> out = new LinkedHashMap<>();
        for (ParameterSpec spec : type.parameters()) {
            out.put(spec.name(), text(spec.name()));
        }
        return out;
    }

    private int index(String name) {
        for (int k = 0; k < type.parameters().size(); k++) {
            if (type.parameters().get(k).name().equals(name)) {
                return k;
            }
        }
        throw new IllegalArgumentException(type.name() + " has no parameter '" + name + "'; accepted: " + type.parameterNames());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Hyperparameters h && h.type == type && Arrays.equals(h.values, values);
    }

    @Override
    public int hashCode() {
        return 31 * type.name().hashCode() + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return type.name() + texts();
    }
}
