package org.descentlab.core.scenario;

import static org.descentlab.core.scenario.JsonFields.number;
import static org.descentlab.core.scenario.JsonFields.string;
import static org.descentlab.core.scenario.JsonFields.whole;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;

import org.descentlab.core.optim.Optimizer;
import org.descentlab.core.optim.schedule.Schedule;
import org.descentlab.core.optim.schedule.ScheduledOptimizer;
import org.descentlab.core.scenario.JsonTree.Field;

/**
 * A run's learning-rate schedule in a scenario file: {@code "schedule": "cosine(t_max=100,eta_min=0)"}, every
 * parameter with a value for a default written out, and {@code "warmup": N, "warmup_start": S} when it has a
 * warm-up. Written only for a run with a schedule, so that a file without one reads in versions before
 * schedules. A value of the wrong type refuses the file; a schedule text that does not read (an unknown name
 * or parameter, a value out of range, a pair PyTorch refuses) is reset to none and listed.
 */
final class ScheduleJson {

    private ScheduleJson() {
    }

    /** The run's schedule from its fields, any of which may be absent (null). */
    static Schedule read(Optimizer optimizer, Field schedule, Field warmup, Field warmupStart, String path, List<String> resets)
            throws ScenarioException {
        Schedule s = Schedule.NONE;
        Field at = schedule;
        try {
            if (schedule != null) {
                s = Schedule.parse(string(schedule.value(), path + ".schedule"));
            }
            if (warmup != null) {
                at = warmup;
                long n = whole(warmup.value(), path + ".warmup");
                double start = warmupStart == null ? Schedule.WARMUP_START : number(warmupStart.value(), path + ".warmup_start");
                s = s.withWarmup((int) Math.min(Integer.MAX_VALUE, n), start);
            }
            ScheduledOptimizer.check(optimizer, s);
            return s;
        } catch (IllegalArgumentException e) {
            resets.add("line " + at.line() + ": " + path + ".schedule: " + e.getMessage() + "; reset to none");
            return Schedule.NONE;
        }
    }

    /** Writes {@code "schedule"}, {@code "warmup"} and {@code "warmup_start"} for a run that has them. */
    static void write(JsonGenerator g, Schedule s) throws IOException {
        if (!s.type().name().equals("constant")) {
            g.writeStringField("schedule", s.fullText());
        }
        if (s.warmup() > 0) {
            g.writeNumberField("warmup", s.warmup());
            g.writeFieldName("warmup_start");
            g.writeRawValue(RunGrammar.number(s.warmupStart()));
        }
    }
}
