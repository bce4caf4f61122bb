package org.descentlab.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.descentlab.cli.Cli;
import org.descentlab.core.Vec2;
import org.descentlab.core.export.ResultsCsv;
import org.descentlab.core.scenario.RunGrammar;
import org.descentlab.core.scenario.RunSettings;
import org.descentlab.core.scenario.Scenario;
import org.descentlab.core.scenario.ScenarioJson;
import org.descentlab.ui.Fakes;
import org.descentlab.ui.runs.RunItem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File ▸ Export's steps and results as CSV, through the view-model, with the background run by hand. No toolkit. */
class CsvExportViewModelTest {

    @TempDir
    Path dir;

    private final Fakes fakes = new Fakes();
    private final List<Path> written = new ArrayList<>();
    private final List<String> failed = new ArrayList<>();

    private static Scenario rosenbrock(String... specs) {
        List<RunSettings> runs = new ArrayList<>();
        for (String spec : specs) {
            runs.add(RunGrammar.parse(spec, RunGrammar.Base.DEFAULT, runs.size()));
        }
        return Scenario.of("(1-x)^2 + 100*(y-x^2)^2").withStart(new Vec2(-1.2, 1)).withSteps(300).withRuns(runs);
    }

    private static String compareFull(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("compare", "--full"));
        all.addAll(List.of(args));
        assertEquals(0, Cli.run(new PrintWriter(out), new PrintWriter(err), all.toArray(String[]::new)), err.toString());
        return out.toString();
    }

    @Test
    void theStepsCsvIsWhatCompareFullPrintsForTheSameScenario() throws IOException {
        Scenario s = rosenbrock("gd lr=0.001", "momentum lr=0.001 defaults=keras", "adam lr=0.05 amsgrad=true noise=0.3 seed=4",
                "nadam lr=0.01 clip=2", "adagrad lr=0.5 lr_decay=0.01 steps=50", "newton start=0,0");
        Path saved = dir.resolve("six.descentlab.json");
        ScenarioJson.write(s, saved);
        CsvExportViewModel vm = fakes.app(s, dir).csvExport();
        Path file = dir.resolve("steps.csv");
        vm.writeSteps(file, written::add, failed::add);
        assertTrue(vm.runningProperty().get());
        assertEquals(1, fakes.background.waiting(), "written off the FX thread");
        assertFalse(Files.exists(file));
        fakes.background.runAll();
        assertEquals(List.of(file), written);
        assertEquals(List.of(), failed);
        assertFalse(vm.runningProperty().get());
        assertEquals(compareFull("--scenario", saved.toString()), Files.readString(file, StandardCharsets.UTF_8));
        assertTrue(Files.readString(file).startsWith("run,step,x,y,f,grad_x,grad_y,g_x,g_y,lr,m_x,m_y,v_x,v_y,v_max_x,v_max_y,"
                + "mu_product,sum_x,sum_y\n"));
    }

    @Test
    void aPresetsStepsAreWhatCompareFullPrintsForIt() throws IOException {
        CsvExportViewModel vm = fakes.app("learning-rate-story", dir).csvExport();
        Path file = dir.resolve("story.csv");
        vm.writeSteps(file, written::add, failed::add);
        fakes.background.runAll();
        assertEquals(compareFull("--preset", "learning-rate-story"), Files.readString(file));
    }

    @Test
    void theResultsCsvHasTheTablesColumnsARowPerRunInRunOrderWithEveryDigit() throws IOException {
        AppViewModel app = fakes.app("learning-rate-story", dir);
        Path file = dir.resolve("results.csv");
        app.csvExport().writeResults(file, written::add, failed::add);
        assertEquals(1, fakes.background.waiting());
        fakes.background.runAll();
        List<String> lines = Files.readAllLines(file);
        List<RunItem> items = app.runs().items();
        assertEquals(items.size() + 1, lines.size());
        assertEquals(ResultsCsv.HEADER, lines.get(0));
        for (RunItem item : items) {
            String[] cells = lines.get(item.number()).split(",", -1);
            assertEquals(13, cells.length, lines.get(item.number()));
            assertEquals(String.valueOf(item.number()), cells[0]);
            assertEquals(item.label(), cells[1]);
            assertEquals("pytorch", cells[2]);
            assertEquals(item.trajectory().stop().reason().id(), cells[3]);
            assertEquals(String.valueOf(item.outcome().steps()), cells[5]);
            assertEquals(Double.toString(item.outcome().finalF()), cells[6]);
            assertEquals(Double.toString(item.outcome().finalGradientNorm()), cells[7]);
        }
        // the story's last run overshoots: diverged, with its cause, at no minimum
        String[] last = lines.get(items.size()).split(",", -1);
        assertEquals(List.of("diverged", "overshoot"), List.of(last[3], last[4]));
        assertEquals("none", last[8]);
        assertEquals(List.of(file), written);
    }

    @Test
    void aPathThatCannotBeWrittenSaysWhyAndLosesNothing() throws IOException {
        CsvExportViewModel vm = fakes.app("learning-rate-story", dir).csvExport();
        Path missing = dir.resolve("no-such-folder").resolve("steps.csv");
        vm.writeSteps(missing, written::add, failed::add);
        fakes.background.runAll();
        assertEquals(List.of("Could not write " + missing.toAbsolutePath() + ": the folder " + missing.getParent().toAbsolutePath()
                + " does not exist. Nothing was written; a file that was there is as it was."), failed);
        assertFalse(vm.runningProperty().get());
        Path readOnly = dir.resolve("kept.csv");
        Files.writeString(readOnly, "old");
        assertTrue(readOnly.toFile().setWritable(false));
        vm.writeResults(readOnly, written::add, failed::add);
        fakes.background.runAll();
        assertEquals(2, failed.size());
        assertTrue(failed.get(1).contains("it is read-only"), failed.get(1));
        assertEquals("old", Files.readString(readOnly));
        assertEquals(List.of(), written);
        assertEquals(List.of("kept.csv"), files(), "no temporary file left");
    }

    @Test
    void aLargeExportShowsItsProgressAndACancelledOneWritesNothing() throws IOException {
        Scenario s = rosenbrock("gd lr=0.0001", "adam lr=0.001", "rmsprop lr=0.001", "nadam lr=0.001").withSteps(50_000)
                .withTolerance(0);
        CsvExportViewModel vm = fakes.app(s, dir).csvExport();
        Path file = dir.resolve("big.csv");
        Files.writeString(file, "old");
        List<Double> seen = new ArrayList<>();
        vm.progressProperty().addListener((o, was, now) -> {
            seen.add(now.doubleValue());
            if (now.doubleValue() > 0.3 && vm.runningProperty().get()) {
                vm.cancel();
            }
        });
        vm.writeSteps(file, written::add, failed::add);
        assertTrue(vm.largeProperty().get(), "200,004 rows");
        fakes.background.runAll();
        assertFalse(vm.runningProperty().get());
        assertTrue(seen.size() >= 2 && seen.get(seen.size() - 1) > 0.3 && seen.get(seen.size() - 1) < 0.4, seen.toString());
        assertEquals(List.of(), written);
        assertEquals(List.of(), failed);
        assertEquals("old", Files.readString(file), "the file that was there is as it was");
        assertEquals(List.of("big.csv"), files(), "no temporary file left");
        CsvExportViewModel small = fakes.app(rosenbrock("gd"), dir).csvExport();
        small.writeSteps(dir.resolve("small.csv"), written::add, failed::add);
        assertFalse(small.largeProperty().get(), "1001 rows show no progress");
    }

    /** The files in the folder but the settings the app keeps there. */
    private List<String> files() throws IOException {
        try (Stream<Path> all = Files.list(dir)) {
            return all.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv") || n.endsWith(".part")).sorted().toList();
        }
    }
}
