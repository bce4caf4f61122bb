package org.descentlab.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.descentlab.core.data.DatasetLoss;
import org.descentlab.core.data.ScenarioData;
import org.descentlab.core.preset.Preset;
import org.descentlab.core.raster.Landscape;
import org.descentlab.core.run.Runner;
import org.descentlab.core.run.Trajectory;
import org.descentlab.core.scenario.Analysis;
import org.descentlab.core.scenario.RunSettings;
import org.descentlab.core.scenario.Scenario;
import org.descentlab.core.scenario.ScenarioJson;
import org.descentlab.ui.Fakes;
import org.descentlab.ui.experiment.Experiment;
import org.descentlab.ui.runs.RunItem;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dataset scenario in the window: opened from a file or the presets, its landscape the loss's mean over the
 * rows, said in a caption; its runs the command line's; the loss edited over the same data; saved and opened
 * again to the same runs.
 */
class DatasetWindowTest {

    @TempDir
    Path dir;

    private final Fakes fakes = new Fakes();
    private AppViewModel app;
    private Path scenarioFile;

    @BeforeEach
    void start() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        for (String f : List.of("linear-regression.json", "linear-regression.csv")) {
            Files.copy(Path.of("sample-functions", f), data.resolve(f));
        }
        scenarioFile = data.resolve("linear-regression.json");
        app = fakes.app("himmelblau", dir.resolve("config"));
        app.landscape().setPlotSize(400, 300);
        fakes.scheduler.runDue();
    }

    private DatasetLoss cliLandscape() throws Exception {
        Scenario s = ScenarioJson.read(scenarioFile).scenario();
        return ScenarioData.load(s, scenarioFile.getParent());
    }

    private Trajectory shownRun(int index) {
        return app.runs().items().stream().filter(i -> i.index() == index).map(RunItem::trajectory).findFirst().orElseThrow();
    }

    @Test
    void openingADatasetScenarioShowsTheMeanOverItsRowsAndTheCaptionSaysWhichRows() throws Exception {
        assertTrue(app.files().open(scenarioFile).ok());
        fakes.scheduler.runDue();
        assertTrue(app.experiment().isDataset());
        DatasetLoss mean = cliLandscape();
        Landscape l = app.landscape().landscapeProperty().get();
        // a pixel well inside: the picture reads the lattice's means smoothly, and a quadratic loss exactly
        int i = l.grid().nx() / 3;
        int j = l.grid().ny() / 2;
        double exact = mean.value(l.grid().x(i), l.grid().y(j));
        assertEquals(exact, l.sampled().value(i, j), 1e-9 * Math.abs(exact));
        app.landscape().hover(2, 1);
        assertTrue(app.landscape().hoverProperty().get().contains(String.valueOf(mean.value(2, 1)).substring(0, 5)),
                app.landscape().hoverProperty().get());
        assertEquals("Dataset: linear-regression.csv (200 rows: u, v) — landscape: mean over 200 rows, drawn between lattice"
                + " points; editing the loss keeps the dataset", app.function().datasetProperty().get());
        assertEquals("(x*u + y - v)^2", app.function().textProperty().get());
        assertFalse(app.experiment().dirtyProperty().get());
    }

    @Test
    void aLargeDatasetIsPicturedFromASampleOfItsRowsAndSaysSo() throws Exception {
        StringBuilder csv = new StringBuilder("u,v\n");
        for (int k = 0; k < 2500; k++) {
            csv.append(k % 7).append(',').append(k % 5).append('\n');
        }
        Files.writeString(dir.resolve("big.csv"), csv);
        Files.writeString(dir.resolve("big.json"), "{\"format\": 2, \"data\": \"big.csv\", \"loss\": \"(x*u - v)^2 + y^2\"}");
        assertTrue(app.files().open(dir.resolve("big.json")).ok());
        assertEquals("Dataset: big.csv (2500 rows: u, v) — landscape: mean over 1000 of 2500 rows (a sample, for speed; runs"
                + " use every row), drawn between lattice points; editing the loss keeps the dataset",
                app.function().datasetProperty().get());
        assertEquals(2500, app.experiment().data().rows(), "runs descend every row");
    }

    @Test
    void aRunWithABatchInTheWindowIsTheCommandLinesRunPointForPoint() throws Exception {
        assertTrue(app.files().open(scenarioFile).ok());
        Scenario s = app.experiment().scenario();
        DatasetLoss mean = cliLandscape();
        for (int k : new int[] {0, 3, 6}) {
            assertEquals(k == 0 ? 1 : k == 3 ? 32 : 0, s.runs().get(k).batch());
            Trajectory cli = Runner.run(mean, s.config(k));
            Trajectory shown = shownRun(k);
            assertEquals(cli.lastStep(), shown.lastStep());
            for (int t = 0; t <= cli.lastStep(); t++) {
                assertEquals(cli.x(t), shown.x(t), 0, "run " + k + " step " + t);
                assertEquals(cli.y(t), shown.y(t), 0, "run " + k + " step " + t);
            }
        }
    }

    @Test
    void theBatchFieldTakesAllOrOneToTheRowsAndRefusesTheRestKeepingTheBatch() throws Exception {
        assertTrue(app.files().open(scenarioFile).ok());
        var batch = app.editor().batch();
        assertEquals(200, batch.shownProperty().get().rows());
        assertEquals(1, batch.shownProperty().get().batch());
        for (String bad : List.of("0", "-3", "201", "abc", "2.5")) {
            assertFalse(batch.setBatch(bad), bad);
            assertEquals("batch must be all or a whole number of rows from 1 to 200, got '" + bad + "'; in effect: 1",
                    batch.errorProperty().get());
            assertEquals(1, app.experiment().scenario().selectedRun().batch(), "the batch in effect stays");
        }
        assertTrue(batch.setBatch("200"));
        assertEquals("", batch.errorProperty().get());
        assertEquals(200, app.experiment().scenario().selectedRun().batch());
        assertTrue(batch.setBatch("all"));
        assertEquals(0, app.experiment().scenario().selectedRun().batch());
        app.files().newScenario();
        assertEquals(0, batch.shownProperty().get().rows(), "a function has no rows");
        assertFalse(batch.setBatch("8"));
        assertEquals(0, app.experiment().scenario().selectedRun().batch());
    }

    @Test
    void duplicatingABatchedRunTakesTheNextSeedNoRunHasAndAPlainRunKeepsItsSeed() throws Exception {
        assertTrue(app.files().open(scenarioFile).ok());
        // runs 0..2 have seeds 1..3 at batch 1; run 6 is the full batch, which no seed changes
        assertTrue(app.runs().duplicate(6));
        assertEquals(app.experiment().scenario().runs().get(6).seed(), app.experiment().scenario().runs().get(7).seed());
        assertTrue(app.runs().remove(7));
        assertTrue(app.runs().duplicate(0));
        RunSettings copy = app.experiment().scenario().runs().get(1);
        assertEquals(1, copy.batch());
        assertEquals(4, copy.seed(), "seeds 1, 2 and 3 are taken");
        Trajectory a = shownRun(0);
        Trajectory b = shownRun(1);
        assertTrue(a.x(50) != b.x(50), "another seed, another path");
    }

    @Test
    void savingWritesTheCsvPathRelativeToTheFileAndOpeningItGivesTheSameRuns() throws Exception {
        assertTrue(app.files().open(scenarioFile).ok());
        app.editor().batch().setBatch("16");
        Scenario kept = app.experiment().scenario();
        Path other = Files.createDirectories(dir.resolve("elsewhere"));
        assertTrue(app.files().saveAs(other.resolve("mine")).ok());
        Path saved = other.resolve("mine" + ScenarioJson.EXTENSION);
        String json = Files.readString(saved);
        assertTrue(json.contains("\"data\": \"../data/linear-regression.csv\""), json);
        assertTrue(json.contains("\"batch\": 16"), json);
        app.files().newScenario();
        assertTrue(app.files().open(saved).ok());
        Scenario back = app.experiment().scenario();
        assertEquals(kept.runs(), back.runs());
        assertEquals(Experiment.comparable(kept), Experiment.comparable(back));
        assertFalse(app.experiment().dirtyProperty().get());
    }

    @Test
    void aDatasetPresetSavedAsAFileTakesACopyOfItsCsvAndOpensAgainTheSame() throws Exception {
        Preset p = app.presets().byId("noisy-double-well").orElseThrow();
        app.applyPreset(p);
        assertTrue(app.experiment().isDataset());
        assertSame(p, app.presetProperty().get());
        Scenario kept = app.experiment().scenario();
        assertTrue(app.files().saveAs(dir.resolve("well")).ok());
        assertEquals(Files.readString(Path.of("sample-functions", "noisy-double-well.csv")),
                Files.readString(dir.resolve("noisy-double-well.csv")), "the preset's CSV, beside the file");
        assertFalse(app.experiment().dirtyProperty().get());
        assertTrue(app.files().open(dir.resolve("well" + ScenarioJson.EXTENSION)).ok());
        assertEquals(kept.runs(), app.experiment().scenario().runs());
        assertEquals(dir.resolve("noisy-double-well.csv").toString(), app.experiment().scenario().data());
        Files.writeString(dir.resolve("noisy-double-well.csv"), "c,d\n1,2\n");
        app.applyPreset(p);
        assertTrue(app.files().saveAs(dir.resolve("again")).message().contains("another noisy-double-well.csv is already there"));
        assertFalse(Files.exists(dir.resolve("again" + ScenarioJson.EXTENSION)));
    }

    @Test
    void undoAndRedoBetweenTwoDatasetsAndAFunctionBringEachLandscapeBack() {
        app.applyPreset(app.presets().byId("linear-regression").orElseThrow());
        app.applyPreset(app.presets().byId("noisy-double-well").orElseThrow());
        assertEquals(List.of("c", "d"), app.experiment().data().data().columns());
        assertEquals(500, app.experiment().data().rows());
        app.experiment().undo();
        assertEquals(List.of("u", "v"), app.experiment().data().data().columns());
        assertEquals(app.experiment().data().value(2, 1), app.experiment().field().value(2, 1), 0);
        app.experiment().undo();
        assertFalse(app.experiment().isDataset());
        assertNull(app.experiment().data());
        assertEquals("", app.function().datasetProperty().get());
        app.experiment().redo();
        assertTrue(app.function().datasetProperty().get().startsWith("Dataset: linear-regression.csv (200 rows: u, v)"));
    }

    @Test
    void thePresetsListTheDatasetsAndOneWhoseCsvIsMissingSaysSoAndChangesNothing() {
        List<String> ids = app.presets().presets().stream().map(Preset::id).toList();
        assertTrue(ids.containsAll(List.of("linear-regression", "logistic-regression", "noisy-double-well")), ids.toString());
        Scenario before = app.experiment().scenario();
        Scenario fit = app.presets().byId("linear-regression").orElseThrow().scenario();
        app.applyPreset(new Preset("gone", fit.withData("gone.csv", fit.function())));
        assertSame(before, app.experiment().scenario());
        assertEquals("Mini-batches: linear regression did not load: data 'gone.csv': there is no such file among the presets."
                + " Nothing was changed.", app.noticeProperty().get());
    }

    @Test
    void aFileWhoseCsvIsMissingOrBadIsRefusedNamingItAndChangesNothing() throws Exception {
        Scenario before = app.experiment().scenario();
        Files.writeString(dir.resolve("fit.json"), "{\"format\": 2, \"data\": \"points.csv\", \"loss\": \"(x*u - v)^2\"}");
        assertEquals("fit.json: data 'points.csv': there is no such file. Nothing was changed.",
                app.files().open(dir.resolve("fit.json")).message());
        Files.writeString(dir.resolve("points.csv"), "u,v\n1,2\n3,abc\n");
        assertEquals("fit.json: data 'points.csv': row 2 (line 3), column v: 'abc' is not a finite number. Nothing was changed.",
                app.files().open(dir.resolve("fit.json")).message());
        Files.writeString(dir.resolve("points.csv"), "u,w\n1,2\n");
        assertTrue(app.files().open(dir.resolve("fit.json")).message().startsWith("fit.json: loss does not read"));
        assertSame(before, app.experiment().scenario());
        assertTrue(app.files().recent().isEmpty());
    }

    @Test
    void editingTheLossKeepsTheDataAndClosingTheDatasetGoesBackToAFunctionUndoably() throws Exception {
        assertTrue(app.files().open(scenarioFile).ok());
        String data = app.experiment().scenario().data();
        app.function().setText("(x*u + y - v)^2 + x^2");
        assertNull(app.function().errorProperty().get());
        assertEquals(data, app.experiment().scenario().data());
        assertEquals("(x*u + y - v)^2 + x^2", app.experiment().scenario().function());
        app.function().setText("(x*w - v)^2");
        assertTrue(app.function().errorProperty().get().message().contains("w"), app.function().errorProperty().get().message());
        assertEquals("(x*u + y - v)^2 + x^2", app.experiment().scenario().function(), "the last good loss stays");
        app.function().closeDataset();
        Scenario plain = app.experiment().scenario();
        assertFalse(plain.isDataset());
        assertEquals(Scenario.DEFAULT_FUNCTION, plain.function(), "the loss names columns: no function of x and y");
        assertTrue(plain.runs().stream().allMatch(r -> r.batch() == 0));
        assertEquals("", app.function().datasetProperty().get());
        app.experiment().undo();
        assertTrue(app.experiment().isDataset());
        assertEquals(1, app.experiment().scenario().runs().get(0).batch());
    }

    @Test
    void theFunctionOnlyToolsRefuseADatasetSayingWhy() throws Exception {
        assertTrue(app.files().open(scenarioFile).ok());
        String why = "This tool works on a function f(x, y); on a dataset, whose landscape is a mean over rows, it does not"
                + " (as on the command line). Close the dataset to use it.";
        app.analysis().toggle(a -> a.withCriticalPoints(true).withBasins(true).withStarts(
                Analysis.Starts.GRID, 9));
        fakes.scheduler.advanceMillis(2000);
        fakes.background.runAll();
        assertEquals(why, app.criticalPoints().statusProperty().get());
        assertEquals(why, app.basins().statusProperty().get());
        assertEquals(why, app.manyStarts().statusProperty().get());
        assertEquals(0, fakes.background.waiting(), "nothing computes");
        app.sweep().run("0.001", "1", "20");
        assertEquals(why, app.sweep().statusProperty().get());
        assertEquals(0, fakes.background.waiting());
    }
}
