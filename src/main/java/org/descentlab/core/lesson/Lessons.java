package org.descentlab.core.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.descentlab.core.data.DatasetCsv;
import org.descentlab.core.data.ScenarioData;
import org.descentlab.core.expr.Expressions;
import org.descentlab.core.expr.ParseResult;
import org.descentlab.core.field.ScalarField;
import org.descentlab.core.preset.PresetLibrary;
import org.descentlab.core.run.Runner;
import org.descentlab.core.run.Trajectory;
import org.descentlab.core.scenario.LessonJson;
import org.descentlab.core.scenario.Scenario;
import org.descentlab.core.scenario.ScenarioException;

/**
 * The lessons shipped in {@code sample-functions/lessons/}, in the order of its {@code index.txt}, and how a
 * lesson's runs are made and checked. A lesson that does not read, or reads only with values reset, is
 * reported and left out: a shipped lesson must mean exactly what it says.
 */
public final class Lessons {

    /** The folder of the shipped lessons, inside {@code sample-functions/}. */
    public static final String FOLDER = "lessons/";

    /**
     * The lessons that loaded, and what went wrong with the others.
     *
     * @param lessons  in index order
     * @param problems one sentence per problem, starting with the file name
     */
    public record Loaded(List<Lesson> lessons, List<String> problems) {
        public Loaded {
            lessons = List.copyOf(lessons);
            problems = List.copyOf(problems);
        }

        public Optional<Lesson> byId(String id) {
            return lessons.stream().filter(l -> l.id().equals(id)).findFirst();
        }
    }

    private static volatile Loaded bundled;

    private Lessons() {
    }

    /** The lessons shipped in the jar (loaded once). */
    public static Loaded bundled() {
        Loaded l = bundled;
        if (l == null) {
            l = load(name -> Lessons.class.getResourceAsStream("/sample-functions/" + FOLDER + name));
            bundled = l;
        }
        return l;
    }

    public static Loaded load(PresetLibrary.Source source) {
        List<Lesson> lessons = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> files;
        try (InputStream index = source.open("index.txt")) {
            if (index == null) {
                return new Loaded(List.of(), List.of(FOLDER + "index.txt is missing: no lessons"));
            }
            files = new String(index.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).distinct().toList();
        } catch (IOException e) {
            return new Loaded(List.of(), List.of("cannot read " + FOLDER + "index.txt: " + e.getMessage()));
        }
        for (String file : files) {
            String id = file.endsWith(".json") ? file.substring(0, file.length() - 5) : file;
            try (InputStream in = source.open(file)) {
                if (in == null) {
                    problems.add(file + ": file not found");
                    continue;
                }
                LessonJson.Read read = LessonJson.read(in.readAllBytes(), id);
                if (read.resets().isEmpty()) {
                    lessons.add(read.lesson());
                } else {
                    read.resets().forEach(r -> problems.add(file + ": " + r));
                }
            } catch (ScenarioException e) {
                problems.add(file + ": " + e.getMessage());
            } catch (IOException e) {
                problems.add(file + ": cannot read it: " + e.getMessage());
            }
        }
        return new Loaded(lessons, problems);
    }

    /**
     * The landscape of a shipped lesson's scenario: its function, or for a dataset lesson the mean loss over the
     * CSV its {@code data} names, relative to the lessons' folder.
     *
     * @throws IllegalArgumentException when the function does not read or the CSV is missing or does not read
     */
    public static ScalarField landscape(Scenario s) {
        if (!s.isDataset()) {
            if (Expressions.parse(s.function()) instanceof ParseResult.Success ok) {
                return ok.function();
            }
            throw new IllegalArgumentException("the function does not read: " + s.function());
        }
        String name = sampleData(s).data();
        try (InputStream in = Lessons.class.getResourceAsStream("/sample-functions/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("data '" + s.data() + "': there is no such file among the samples");
            }
            return ScenarioData.checked(s, DatasetCsv.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalArgumentException("data '" + s.data() + "': cannot read it: " + e.getMessage());
        }
    }

    /**
     * A shipped dataset lesson's scenario with its CSV named as the samples name theirs (relative to the samples'
     * folder, as a dataset preset's): {@code ../noisy-double-well.csv} from the lessons' folder is
     * {@code noisy-double-well.csv}. A lesson without data is returned as it is.
     */
    public static Scenario sampleData(Scenario s) {
        if (!s.isDataset()) {
            return s;
        }
        return s.withData(Path.of(FOLDER, s.data()).normalize().toString().replace('\\', '/'), s.function());
    }

    /** Every run of {@code s} on {@code field}, in order. */
    public static List<Trajectory> run(Scenario s, ScalarField field) {
        List<Trajectory> out = new ArrayList<>();
        for (int k = 0; k < s.runs().size(); k++) {
            out.add(Runner.run(field, s.config(k)));
        }
        return out;
    }

    /** Whether {@code goal} is met by the runs of {@code s} on its landscape. */
    public static boolean met(Goal goal, Scenario s) {
        return goal.met(s, run(s, landscape(s)));
    }
}
