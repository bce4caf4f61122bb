package org.descentlab.core.optim.schedule;

import java.util.Arrays;
import java.util.Map;

import org.descentlab.core.NumberText;

/**
 * A schedule's parameter values for one run: those given, else their defaults, the run's learning rate and
 * step limit filling in the defaults that are theirs. Every value has passed its parameter's check.
 */
public final class Values {

    private final ScheduleType type;
    private final Map<String, String> given;
    private final double runLr;
    private final int runSteps;

    Values(ScheduleType type, Map<String, String> given, double runLr, int runSteps) {
        this.type = type;
        this.given = given;
        this.runLr = runLr;
        this.runSteps = runSteps;
    }

    /** The value as text, given or default. */
    public String text(String name) {
        ScheduleParameter p = type.parameter(name).orElseThrow(() -> new IllegalArgumentException(type.name() + " has no " + name));
        String v = given.get(name);
        if (v != null) {
            return v;
        }
        return switch (p.from()) {
            case VALUE -> p.defaultText();
            case RUN_LR -> NumberText.exact(runLr);
            case RUN_STEPS -> String.valueOf(Math.max(1, runSteps));
            case PARAMETER -> text(p.defaultText());
            case REQUIRED -> throw new IllegalArgumentException(type.name() + " needs " + name);
        };
    }

    public double number(String name) {
        return Double.parseDouble(text(name));
    }

    public int whole(String name) {
        return Integer.parseInt(text(name));
    }

    public boolean flag(String name) {
        return Boolean.parseBoolean(text(name));
    }

    public int[] wholes(String name) {
        return Arrays.stream(text(name).split(";")).mapToInt(Integer::parseInt).toArray();
    }

    public double[] numbers(String name) {
        return Arrays.stream(text(name).split(";")).mapToDouble(Double::parseDouble).toArray();
    }
}
