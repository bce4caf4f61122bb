package org.descentlab.core.optim.schedule;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.descentlab.core.NumberText;
import org.descentlab.core.Texts;
import org.descentlab.core.Validate;
import org.descentlab.core.optim.schedule.ScheduleParameter.From;

/**
 * A run's learning-rate schedule, as a value: which schedule, the parameters given (canonical, those at
 * their default left out), and a warm-up before it. Written {@code NAME} or {@code NAME(k=v,...)}, one word;
 * the warm-up is the run spec's {@code warmup=N warmup_start=S}: PyTorch's {@code SequentialLR([LinearLR(S,
 * 1, N), schedule], milestones=[N])}. Its formula never depends on the run's convention.
 *
 * @param type        which schedule
 * @param given       the parameters given, in declared order, each in canonical form and none at its default
 * @param warmup      updates of linear warm-up before the schedule; 0 for none
 * @param warmupStart the warm-up's start factor, in (0, 1]
 */
public record Schedule(ScheduleType type, Map<String, String> given, int warmup, double warmupStart) {

    /** LinearLR's default start factor, PyTorch's 1/3. */
    public static final double WARMUP_START = 1.0 / 3;
    /** Where the schedules are listed, for messages. */
    public static final String LISTED = "'descentlab schedules' lists them all";
    /** No schedule: the rate stays lr. */
    public static final Schedule NONE = new Schedule(Schedules.CONSTANT, Map.of(), 0, WARMUP_START);

    public Schedule {
        Validate.notNull("type", type);
        Map<String, String> canonical = new LinkedHashMap<>();
        for (ScheduleParameter p : type.parameters()) {
            String v = given.get(p.name());
            if (v != null) {
                String c = p.canonical(type.name(), v);
                if (!(p.from() == From.VALUE && c.equals(p.defaultText()))) {
                    canonical.put(p.name(), c);
                }
            } else if (p.from() == From.REQUIRED) {
                throw new IllegalArgumentException(type.name() + " needs " + p.name() + " (" + p.accepted() + ")");
            }
        }
        for (String name : given.keySet()) {
            if (type.parameter(name).isEmpty()) {
                String guess = Texts.nearest(name, type.parameters().stream().map(ScheduleParameter::name).toList())
                        .map(n -> "; did you mean " + n + "?").orElse("");
                throw new IllegalArgumentException(type.name() + " takes no parameter '" + name + "'" + guess
                        + " (its parameters: " + type.parameterNames() + ")");
            }
        }
        given = Map.copyOf(canonical);
        Validate.isTrue(warmup >= 0, "warmup must be a whole number >= 0, got " + warmup);
        Validate.isTrue(warmupStart > 0 && warmupStart <= 1, "warmup_start must be a number in (0, 1], got "
                + NumberText.exact(warmupStart));
        if (warmup > 0 && type.readsLoss()) {
            throw new IllegalArgumentException("warmup does not go with " + type.name()
                    + ": PyTorch's SequentialLR does not take a scheduler stepped with the loss");
        }
        if (type.name().equals("fit_one_cycle") && new Values(type, canonical, 1, 1).numbers("moms").length != 3) {
            throw new IllegalArgumentException("fit_one_cycle: moms must be three numbers (start;top;end), got '"
                    + canonical.get("moms") + "'");
        }
    }

    /**
     * Reads {@code NAME} or {@code NAME(k=v,...)}, one word, the name in any case; throws with a message naming
     * the unknown schedule (and the one meant, when it is a typo of one) or parameter, or the value and what it
     * accepts.
     */
    public static Schedule parse(String text) {
        String t = Texts.strip(text);
        if (t.chars().anyMatch(c -> Texts.isSpace((char) c))) {
            throw new IllegalArgumentException(spaced(t));
        }
        int open = t.indexOf('(');
        String name = (open < 0 ? t : t.substring(0, open)).toLowerCase(Locale.ROOT);
        if (open >= 0 && !t.endsWith(")")) {
            throw new IllegalArgumentException("schedule '" + t + "' must be NAME or NAME(k=v,...): its bracket is not closed");
        }
        int close = open < 0 ? -1 : t.indexOf(')', open);
        if (close >= 0 && close < t.length() - 1) {
            throw new IllegalArgumentException("schedule '" + t + "' has '" + t.substring(close + 1) + "' after its closing bracket: a"
                    + " schedule is NAME(k=v,...), and that is no part of it");
        }
        ScheduleType type = Schedules.byName(name).orElseThrow(() -> new IllegalArgumentException(unknown(name)));
        Map<String, String> given = new LinkedHashMap<>();
        String inside = open < 0 ? "" : t.substring(open + 1, t.length() - 1);
        if (!inside.isEmpty()) {
            for (String pair : inside.split(",", -1)) {
                int eq = pair.indexOf('=');
                if (eq <= 0 || eq == pair.length() - 1) {
                    throw new IllegalArgumentException(type.name() + ": '" + pair + "' is not name=value");
                }
                String key = pair.substring(0, eq).toLowerCase(Locale.ROOT);
                if (given.put(key, pair.substring(eq + 1)) != null) {
                    throw new IllegalArgumentException(type.name() + ": " + key + " is given twice");
                }
            }
        }
        return new Schedule(type, given, 0, WARMUP_START);
    }

    /**
     * "unknown schedule 'cosin'; did you mean cosine? ('descentlab schedules' lists them all)": short, the one
     * meant when the name is a typo of one.
     */
    static String unknown(String name) {
        String guess = Texts.nearest(name, Schedules.all().stream().map(ScheduleType::name).toList())
                .map(n -> "; did you mean " + n + "?").orElse("");
        return "unknown schedule '" + name + "'" + guess + " (" + LISTED + ")";
    }

    /**
     * Why a schedule with spaces in it does not read, and the one word meant: "cosine t_max=50" is
     * cosine(t_max=50), "cosine(t_max=50, eta_min=0)" is cosine(t_max=50,eta_min=0).
     */
    public static String spaced(String text) {
        String t = Texts.plainSpaces(Texts.strip(text));
        int space = t.indexOf(' ');
        int open = t.indexOf('(');
        int close = t.indexOf(')');
        if (open < 0 || open > space) {
            String[] words = t.split(" +");
            String rest = String.join(",", Arrays.asList(words).subList(1, words.length));
            String meant = rest.startsWith("(") ? t.replaceAll(" +", "") : words[0] + "(" + rest + ")";
            return "schedule '" + t + "' has spaces: a schedule is one word, its parameters in brackets: " + meant;
        }
        if (close >= 0 && close < space) {
            return "schedule '" + t + "' has a space after its brackets: a schedule is one word, " + t.substring(0, close + 1)
                    + ", and '" + t.substring(close + 1).strip() + "' is no part of it";
        }
        return "schedule '" + t + "' has a space inside: a bracketed group is one word, with no spaces: " + t.replaceAll(" +", "");
    }

    /** With a warm-up of {@code updates} from {@code start}·lr; 0 updates for none. */
    public Schedule withWarmup(int updates, double start) {
        return new Schedule(type, given, updates, start);
    }

    /** Whether the rate stays lr: constant, without warm-up. */
    public boolean isNone() {
        return type == Schedules.CONSTANT && warmup == 0;
    }

    /** The canonical text, without the warm-up: {@code constant}, {@code step(step_size=10)}. */
    public String text() {
        return text(given);
    }

    /**
     * Every parameter that has a value for a default written out, as a file keeps it (so a file means the
     * same if a default changes); those whose default is the run's lr or step limit stay out unless given.
     */
    public String fullText() {
        Map<String, String> all = new LinkedHashMap<>();
        for (ScheduleParameter p : type.parameters()) {
            String v = given.get(p.name());
            if (v == null && p.from() == From.VALUE) {
                v = p.defaultText();
            }
            if (v != null) {
                all.put(p.name(), v);
            }
        }
        return text(all);
    }

    private String text(Map<String, String> values) {
        if (values.isEmpty()) {
            return type.name();
        }
        StringBuilder s = new StringBuilder(type.name()).append('(');
        boolean first = true;
        for (ScheduleParameter p : type.parameters()) {
            if (values.containsKey(p.name())) {
                s.append(first ? "" : ",").append(p.name()).append('=').append(values.get(p.name()));
                first = false;
            }
        }
        return s.append(')').toString();
    }

    /** The values for a run with this learning rate and step limit. */
    public Values values(double lr, int steps) {
        return new Values(type, given, lr, steps);
    }

    /** Whether it cycles momentum or beta1 in a run with this rate and step limit. */
    public boolean cyclesMomentum() {
        return type.cyclesMomentum(values(1, 1));
    }

    /**
     * The schedule running for one run.
     *
     * @param lr          the optimizer's lr
     * @param hasMomentum whether the optimizer has momentum or beta1 (for CyclicLR, OneCycleLR and fastai)
     * @param steps       the run's step limit
     * @throws IllegalArgumentException where PyTorch refuses it: cycling momentum on an optimizer without
     * @throws ScheduleEnd              where PyTorch raises at its first step
     */
    public Scheduler start(double lr, boolean hasMomentum, int steps) {
        ParamGroup g = new ParamGroup(lr, hasMomentum);
        Values v = values(lr, steps);
        if (warmup == 0) {
            return new Scheduler(g, type.create(v, g));
        }
        LrScheduler ramp = new TorchSchedulers.LinearLr(g, warmupStart, 1.0, warmup).begin();
        Object then = type.create(v, g);
        if (then == null) {
            return new Scheduler(g, ramp);
        }
        return new Scheduler(g, new TorchSchedulers.SequentialLr(g, ramp, (LrScheduler) then, warmup));
    }

    @Override
    public String toString() {
        String start = warmupStart == WARMUP_START ? "" : " warmup_start=" + NumberText.exact(warmupStart);
        return text() + (warmup > 0 ? " warmup=" + warmup + start : "");
    }
}
