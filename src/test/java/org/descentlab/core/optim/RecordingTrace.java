package org.descentlab.core.optim;

import java.util.ArrayList;
import java.util.List;

/** For tests: a trace that is on and keeps the rule of every line it is given, in order. */
public final class RecordingTrace implements Trace {

    public final List<String> rules = new ArrayList<>();

    @Override
    public boolean on() {
        return true;
    }

    @Override
    public void line(String rule, double x, double y) {
        rules.add(rule);
    }

    @Override
    public void line(String rule, double value) {
        rules.add(rule);
    }

    @Override
    public void line(String rule, double[] values) {
        rules.add(rule);
    }

    @Override
    public void state(String rule, String part, double x, double y) {
        rules.add(rule);
    }

    @Override
    public void state(String rule, String part, double value) {
        rules.add(rule);
    }
}
