package org.descentlab.core.export;

import java.util.List;

import org.descentlab.core.Validate;
import org.descentlab.core.analysis.RunOutcome;
import org.descentlab.core.optim.Convention;
import org.descentlab.core.run.Stop;
import org.descentlab.core.run.StopReason;

/**
 * The results table as CSV, one row per run in the runs' order, in English whatever the window's language:
 * {@code run,name,defaults,stopped,cause,steps,final_f,final_grad_norm,minimum,minimum_x,minimum_y,distance,detail}.
 * <ul>
 *   <li>{@code run} counts from 1; {@code name} is the run as the window names it; {@code defaults} pytorch or keras.
 *   <li>{@code stopped} converged, max-steps or diverged, and for a divergence its {@code cause}: overshoot,
 *       unbounded or undefined (empty otherwise); {@code steps} the step it stopped at.
 *   <li>{@code minimum} known, found or none, at ({@code minimum_x}, {@code minimum_y}); {@code distance} from
 *       the last point to it, or to the nearest known minimum when it ended in none, empty when there is none.
 *   <li>{@code detail} the stop in the runner's words, e.g. {@code |grad f| <= 1.0E-6}.
 * </ul>
 * Numbers have every digit ({@link Double#toString}); text is quoted where it holds a comma or a quote.
 */
public final class ResultsCsv {

    public static final String HEADER =
            "run,name,defaults,stopped,cause,steps,final_f,final_grad_norm,minimum,minimum_x,minimum_y,distance,detail";

    /**
     * One run of the table.
     *
     * @param name     what the window calls it
     * @param defaults whose defaults and rules it follows
     * @param stop     how it ended
     * @param outcome  where it ended
     */
    public record Row(String name, Convention defaults, Stop stop, RunOutcome outcome) {
        public Row {
            Validate.notNull("name", name);
            Validate.notNull("defaults", defaults);
            Validate.notNull("stop", stop);
            Validate.notNull("outcome", outcome);
        }
    }

    private ResultsCsv() {
    }

    /** The header and a line per row, each ending in a line break. */
    public static String of(List<Row> rows) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (int k = 0; k < rows.size(); k++) {
            Row r = rows.get(k);
            RunOutcome o = r.outcome();
            RunOutcome.Minimum m = o.minimum();
            out.append(k + 1).append(',').append(Csv.text(r.name())).append(',').append(r.defaults().id()).append(',')
                    .append(r.stop().reason().id()).append(',')
                    .append(r.stop().reason() == StopReason.DIVERGED ? r.stop().cause().id() : "").append(',')
                    .append(o.steps()).append(',').append(o.finalF()).append(',').append(o.finalGradientNorm()).append(',')
                    .append(m == null ? "none" : m.known() ? "known" : "found").append(',');
            if (m != null) {
                out.append(m.x()).append(',').append(m.y());
            } else {
                out.append(',');
            }
            out.append(',');
            Csv.numberOrEmpty(out, o.distance());
            out.append(',').append(Csv.text(r.stop().detail())).append('\n');
        }
        return out.toString();
    }
}
