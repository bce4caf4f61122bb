package org.descentlab.core.lesson;

import java.util.ArrayList;
import java.util.List;

import org.descentlab.core.Validate;
import org.descentlab.core.scenario.RunGrammar;
import org.descentlab.core.scenario.RunSettings;
import org.descentlab.core.scenario.Scenario;

/**
 * A lesson: a scenario to start from, a short text saying what to do and what to notice, a goal its runs are
 * to meet, hints, and a solution that meets it. Lesson files are scenario files (format 3) with a
 * {@code "lesson"} field; see {@code LessonJson}.
 *
 * @param id       the file name without {@code .json}
 * @param scenario where the lesson starts
 * @param title    its name
 * @param text     what to do and what to notice
 * @param goal     what the runs are to do
 * @param hints    revealed one by one, in this order
 * @param solution run specs for runs 1, 2, … that meet the goal (see {@link #apply})
 */
public record Lesson(String id, Scenario scenario, LocalText title, LocalText text, Goal goal, List<Hint> hints,
        List<String> solution) {

    public Lesson {
        Validate.notNull("id", id);
        Validate.notNull("scenario", scenario);
        Validate.notNull("title", title);
        Validate.notNull("text", text);
        Validate.notNull("goal", goal);
        hints = List.copyOf(hints);
        solution = List.copyOf(solution);
    }

    /** The scenario with the solution's runs in place. */
    public Scenario solved() {
        return apply(scenario, solution);
    }

    /**
     * {@code s} with run k replaced by the run {@code specs[k]} describes, for each spec in turn (appended when
     * there is no run k); a replaced run keeps its name, colour, line and visibility, the other runs stay.
     *
     * @throws IllegalArgumentException when a spec does not read, saying why
     */
    public static Scenario apply(Scenario s, List<String> specs) {
        Validate.isTrue(specs.size() <= Scenario.MAX_RUNS, "at most " + Scenario.MAX_RUNS + " runs, got " + specs.size());
        List<RunSettings> runs = new ArrayList<>(s.runs());
        for (int k = 0; k < specs.size(); k++) {
            RunSettings next = RunGrammar.parse(specs.get(k), RunGrammar.Base.DEFAULT, k);
            if (k < runs.size()) {
                RunSettings was = runs.get(k);
                runs.set(k, next.withName(was.name()).withColour(was.colour()).withLine(was.line()).withVisible(was.visible()));
            } else {
                runs.add(next);
            }
        }
        return s.withRuns(runs);
    }
}
