package org.descentlab.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.descentlab.core.Vec2;
import org.descentlab.core.field.Differences;
import org.descentlab.core.field.Differences.Scheme;
import org.descentlab.core.optim.Convention;
import org.descentlab.core.preset.Preset;
import org.descentlab.core.preset.PresetLibrary;
import org.descentlab.core.raster.Colormap;
import org.descentlab.core.raster.Domain;
import org.descentlab.core.raster.ScaleChoice;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one JSON form of a scenario: strict where a file is broken, forgiving value by value. */
class ScenarioJsonTest {

    @TempDir
    Path dir;

    /** Eight runs of every kind: each optimizer, both conventions, own starts, limits, noise, looks. */
    static Scenario everyKind() {
        List<RunSettings> runs = new ArrayList<>();
        String[] specs = {"gd lr=0.035 weight_decay=0.1", "momentum lr=0.01 dampening=0.3", "nesterov defaults=keras",
            "adam lr=0.05 amsgrad=true eps=1e-10 start=1.5,-2.25", "rmsprop centered=true momentum=0.5 defaults=keras steps=50",
            "adagrad lr_decay=0.01 tol=0 noise=2.5 seed=-4 clip=1", "nadam momentum_decay=0.01 defaults=keras",
            "newton lr=0.5 start=1e-12,-3e8"};
        for (String spec : specs) {
            runs.add(RunGrammar.parse(spec, RunGrammar.Base.DEFAULT, runs.size()));
        }
        runs.set(1, runs.get(1).withName("heavy \"ball\" — ü").withColour(7).withLine(LineStyle.DASH_DOT));
        runs.set(2, runs.get(2).withVisible(false));
        return Scenario.of("(1-x)^2 + 100*(y-x^2)^2").withTitle("Every kind").withNotes("Notes\non two lines")
                .withView(new ViewSettings(new Domain(-2, 2.5, -1, 3.125), true, Colormap.MAGMA, ScaleChoice.LOG, 30))
                .withStart(new Vec2(-1.5, 2)).withSteps(2500).withTolerance(1e-9).withRuns(runs).withSelected(3)
                .withPlayhead(42).withLayout(Layout.GRID)
                .withMinima(List.of(new KnownMinimum(new Vec2(1, 1), true), new KnownMinimum(new Vec2(-0.5, 0.25), false)))
                .withAnalysis(Analysis.NONE.withCriticalPoints(true).withGradientField(true).withArrows(33)
                        .withLocalGeometry(true).withStarts(Analysis.Starts.RANDOM, 500).withStartSeed(-7).withBasins(true)
                        .withBasinGrid(256).withBasinOpacity(0.3).withBasinSeeds(5));
    }

    @Test
    void everyPresetAndAScenarioWithEightRunsOfAllKindsSaveAndReopenIdentical() throws Exception {
        List<Scenario> all = new ArrayList<>(PresetLibrary.bundled().presets().stream().map(Preset::scenario).toList());
        all.add(everyKind());
        for (Scenario s : all) {
            Path f = dir.resolve("s" + ScenarioJson.EXTENSION);
            ScenarioJson.write(s, f);
            ScenarioJson.Read back = ScenarioJson.read(f);
            assertEquals(List.of(), back.resets(), s.title());
            assertEquals(s, back.scenario(), s.title());
            assertEquals(ScenarioJson.write(s), ScenarioJson.write(back.scenario()), "the text is stable too");
        }
    }

    @Test
    void aRunMayBeWrittenAsASpecOrAsAnObject() throws ScenarioException {
        Scenario s = ScenarioJson.read("""
                {"format": 1, "function": "x^2 + y^2",
                 "runs": ["adam lr=0.05 defaults=keras", {"optimizer": "adam", "defaults": "keras", "params": {"lr": 0.05}}]}
                """).scenario();
        assertTrue(s.runs().get(0).samePath(s.runs().get(1)));
        assertEquals(Convention.KERAS, s.runs().get(1).optimizer().convention());
        assertEquals(1e-7, s.runs().get(1).optimizer().parameters().get("eps"), "Keras's default where the file says none");
    }

    @Test
    void aChoiceIsWrittenAsItsWordAndAWordNotAmongTheChoicesIsReset() throws Exception {
        Scenario s = Scenario.of("x^2 + y^2").withRuns(List.of(
                RunGrammar.parse("lbfgs line_search_fn=strong_wolfe history_size=5", RunGrammar.Base.DEFAULT, 0)));
        String text = ScenarioJson.write(s);
        assertTrue(text.contains("\"line_search_fn\": \"strong_wolfe\""), text);
        assertTrue(text.contains("\"history_size\": 5,"), text);
        assertEquals(s, ScenarioJson.read(text).scenario());
        ScenarioJson.Read read = ScenarioJson.read("""
                {"format": 1, "function": "x^2 + y^2",
                 "runs": [{"optimizer": "lbfgs", "params": {"line_search_fn": "wolfe", "history_size": 2.5}}]}
                """);
        assertEquals(List.of("line 2: runs[0].params.line_search_fn 'wolfe' is not one of none or strong_wolfe; reset to none",
                "line 2: runs[0].params.history_size 2.5 is out of range (a whole number >= 1); reset to 100"), read.resets());
        assertEquals("none", read.scenario().runs().get(0).optimizer().parameters().choice("line_search_fn"));
    }

    @Test
    void whatAFileLeavesOutHasItsDefault() throws ScenarioException {
        Scenario s = ScenarioJson.read("{\"format\": 1, \"function\": \"x*y\"}").scenario();
        assertEquals(Scenario.of("x*y"), s);
    }

    @Test
    void aBrokenFileIsRefusedWholeWithTheLineTheFieldAndTheExpectedType() {
        assertRefused("the file is empty", "");
        assertRefused("the file ends in the middle of the JSON: it may have been cut short", "{\"format\": 1, \"function\": \"x");
        assertRefused("line 2, column 1: this is not valid JSON (unexpected '}')", "{\"format\": 1, \"function\": \"x\",\n}");
        assertRefused("line 1, column 30: this is not valid JSON (NaN and Infinity are not JSON numbers)",
                "{\"format\": 1, \"function\": NaN}");
        assertRefused("made by a newer DescentLab (format 4); this version reads format 3 and older",
                "{\"format\": 4, \"function\": \"x\", \"whatever\": [1]}");
        assertRefused("line 1: 'format' is missing: a DescentLab scenario says \"format\": 3", "{\"function\": \"x\"}");
        assertRefused("line 1: 'function' is missing: the f(x, y) to explore", "{\"format\": 1}");
        assertRefused("line 1: the scenario must be an object, got a list of 2", "[1, 2]");
        assertRefused("line 3: 'stpes' is not a field of a scenario (the fields are format, title, notes, function, data, loss, "
                + "view, start, steps, tol, runs, selected, playhead, layout, minima, analysis, lesson)", "{\"format\": 1,\n\"function\": \"x\",\n\"stpes\": 3}");
        assertRefused("line 2: steps must be a whole number, got the string \"ten\"", "{\"format\": 1, \"function\": \"x\",\n\"steps\": \"ten\"}");
        assertRefused("line 1: steps must be a whole number, got 2.5", "{\"format\": 1, \"function\": \"x\", \"steps\": 2.5}");
        assertRefused("line 1: view.domain must be [xmin, xmax, ymin, ymax], 4 numbers, got a list of 3",
                "{\"format\": 1, \"function\": \"x\", \"view\": {\"domain\": [1, 2, 3]}}");
        assertRefused("line 3: runs[0].params.lr must be a number, got the string \"fast\"",
                "{\"format\": 1, \"function\": \"x\", \"runs\": [\n{\"optimizer\": \"adam\", \"params\": {\n\"lr\": \"fast\"}}]}");
        assertRefused("line 1: 'speed' is not a field of a run (the fields are optimizer, defaults, params, start, noise, seed,"
                + " clip, batch, diff, h, schedule, warmup, warmup_start, steps, tol, name, colour, line, visible)",
                "{\"format\": 1, \"function\": \"x\", \"runs\": [{\"optimizer\": \"gd\", \"speed\": 1}]}");
        assertRefused("line 1: 'title' is given twice", "{\"format\": 1, \"title\": \"a\", \"title\": \"b\", \"function\": \"x\"}");
        assertRefused("line 1: there is more after the end of the scenario", "{\"format\": 1, \"function\": \"x\"} {}");
    }

    private static void assertRefused(String message, String json) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioJson.read(json));
        assertEquals(message, e.getMessage());
    }

    @Test
    void aFileOverOneMegabyteIsRefusedUnread() throws IOException {
        Path big = dir.resolve("big.json");
        Files.write(big, new byte[(int) ScenarioJson.MAX_BYTES + 1]);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioJson.read(big));
        assertEquals("it is 1,048,577 bytes; a scenario file is at most 1,048,576 bytes (1 MB)", e.getMessage());
        assertEquals("there is no such file", assertThrows(ScenarioException.class,
                () -> ScenarioJson.read(dir.resolve("nope.json"))).getMessage());
        assertEquals("it is a folder, not a file", assertThrows(ScenarioException.class, () -> ScenarioJson.read(dir)).getMessage());
    }

    @Test
    void valuesOutOfRangeAreResetOneByOneAndListedWithTheirLine() throws ScenarioException {
        String json = """
                {"format": 1, "function": "sinn(x)",
                 "view": {"domain": [5, -5, -5, 5], "contours": -7, "colormap": "rainbow"},
                 "steps": -1, "tol": -3, "layout": "stacked",
                 "runs": [
                   {"optimizer": "adan"},
                   {"optimizer": "adam", "params": {"lr": -1, "beta3": 2}, "colour": 9, "line": "wavy", "steps": 1000000},
                   "gd lr=oops",
                   {"optimizer": "momentum", "defaults": "keras", "params": {"lr": 0.05, "dampening": 0.5}}
                 ],
                 "selected": 5, "playhead": -2}
                """;
        ScenarioJson.Read read = ScenarioJson.read(json);
        assertEquals(List.of(
                "line 1: function 'sinn(x)' does not read: unknown name 'sinn': did you mean sin? (column 1); reset to x^2 + y^2",
                "line 2: view.domain xmin 5 is not less than xmax -5; reset to [-5, 5, -5, 5]",
                "line 2: view.colormap 'rainbow' is not one of viridis, magma, inferno, plasma, cividis, turbo or grayscale; "
                        + "reset to viridis",
                "line 2: view.contours -7 is out of range (0 to 200); reset to 15",
                "line 3: steps -1 is out of range (0 to 100000); reset to 1000",
                "line 3: tol -3 is out of range (a number >= 0); reset to 1e-6",
                "line 5: runs[0].optimizer: unknown optimizer 'adan' (accepted: gd, momentum, nesterov, adam, rmsprop, adagrad, "
                        + "adamw, adamax, nadam, adadelta, radam, rprop, asgd, lbfgs, lion, lamb, newton); this run is left out",
                "line 6: runs[1].params.lr -1 is out of range (a number >= 0); reset to 0.001",
                "line 6: runs[1].params.beta3: adam has no parameter 'beta3' (accepted: lr, beta1, beta2, eps, weight_decay, "
                        + "amsgrad, maximize); ignored",
                "line 6: runs[1].steps 1000000 is out of range (0 to 100000); reset to the scenario's",
                "line 6: runs[1].colour 9 is not a path colour (0 to 7); reset to 0",
                "line 6: runs[1].line 'wavy' is not one of solid, dashed, dotted or dash-dot; reset to solid",
                "line 7: runs[2]: run 'gd lr=oops': gd: lr must be a number >= 0, got 'oops'; left out",
                "line 8: runs[3].params.dampening: momentum: dampening is PyTorch's; Keras has none, so it must be 0 with "
                        + "defaults=keras, got 0.5; reset to 0",
                "line 10: selected 5 is not a run's index (0 to 1); reset to 0",
                "line 10: playhead -2 is out of range (0 to 100000); reset to 0",
                "line 3: layout 'stacked' is not one of overlay or grid; reset to overlay"), read.resets());
        Scenario s = read.scenario();
        assertEquals(Scenario.DEFAULT_FUNCTION, s.function());
        assertEquals(ViewSettings.DEFAULT, s.view());
        assertEquals(1000, s.steps());
        assertEquals(2, s.runs().size());
        assertEquals("adam", s.runs().get(0).type().name());
        assertEquals(1e-3, s.runs().get(0).optimizer().parameters().get("lr"));
        assertEquals(0, s.runs().get(1).optimizer().parameters().get("dampening"));
        assertEquals(0.05, s.runs().get(1).optimizer().parameters().get("lr"), "only what Keras does not have is reset");
    }

    @Test
    void whatAFileSaysAtLengthIsCutShortInMessagesAndJacksonsLimitsAreSaidPlainly() throws ScenarioException {
        String longName = "q".repeat(5000);
        ScenarioJson.Read read = ScenarioJson.read("{\"format\": 1, \"function\": \"x +\", \"layout\": \"" + longName
                + "\", \"runs\": [{\"optimizer\": \"" + longName + "\"}]}");
        assertEquals(3, read.resets().size());
        assertTrue(read.resets().stream().allMatch(r -> r.length() < 400), read.resets().toString());
        ScenarioException field = assertThrows(ScenarioException.class,
                () -> ScenarioJson.read("{\"format\": 1, \"function\": \"x\", \"" + longName + "\": 1}"));
        assertTrue(field.getMessage().length() < 400, field.getMessage());
        ScenarioException digits = assertThrows(ScenarioException.class,
                () -> ScenarioJson.read("{\"format\": 1, \"function\": \"x\", \"tol\": " + "1".repeat(1200) + "}"));
        assertEquals("a number or a nesting of lists and objects in the file is longer than a scenario can have",
                digits.getMessage());
        ScenarioJson.Read huge = ScenarioJson.read("{\"format\": 1, \"function\": \"x\", \"selected\": 1e20}");
        assertEquals(List.of("line 1: selected 1e20 is not a run's index (0 to 0); reset to 0"), huge.resets());
    }

    @Test
    void moreThanEightRunsKeepTheFirstEight() throws ScenarioException {
        String runs = String.join(", ", java.util.Collections.nCopies(10, "\"gd\""));
        ScenarioJson.Read read = ScenarioJson.read("{\"format\": 1, \"function\": \"x\", \"runs\": [" + runs + "]}");
        assertEquals(8, read.scenario().runs().size());
        assertEquals(List.of("line 1: runs[8] and after: a scenario holds at most 8 runs; left out"), read.resets());
    }

    @Test
    void aViewWhoseWidthOrHeightOverflowsIsNotAView() throws IOException, ScenarioException {
        for (Domain d : List.of(new Domain(-1e308, 1e308, -1, 1), new Domain(-1, 1, -Double.MAX_VALUE, Double.MAX_VALUE))) {
            assertTrue(Double.isInfinite(d.width()) || Double.isInfinite(d.height()));
            assertThrows(IllegalArgumentException.class, () -> ViewSettings.of(d), d.toString());
        }
        Path f = dir.resolve("wide" + ScenarioJson.EXTENSION);
        Files.writeString(f, "{\"format\": 1, \"function\": \"x\", \"view\": {\"domain\": [-1e308, 1e308, -1, 1]}}");
        ScenarioJson.Read read = ScenarioJson.read(f);
        assertEquals(ViewSettings.DEFAULT_DOMAIN, read.scenario().view().domain());
        assertEquals(List.of("line 1: view.domain it is too small or too large to draw; reset to [-5, 5, -5, 5]"), read.resets());
    }

    @Test
    void theAnalysisIsReadStrictlyAndItsValuesOutOfRangeAreResetOneByOne() throws ScenarioException {
        assertEquals(Analysis.NONE, ScenarioJson.read("{\"format\": 1, \"function\": \"x\"}").scenario().analysis());
        ScenarioJson.Read read = ScenarioJson.read("""
                {"format": 1, "function": "x", "analysis": {"criticalPoints": true, "arrows": 2, "starts": "spiral",
                 "startCount": 40, "basins": true, "basinGrid": 1024, "basinOpacity": 1.5, "basinSeeds": 3}}""");
        Analysis a = read.scenario().analysis();
        assertTrue(a.criticalPoints() && a.basins());
        assertEquals(Analysis.NONE.withCriticalPoints(true).withBasins(true).withBasinSeeds(3), a);
        assertEquals(List.of("line 1: analysis.arrows 2 is out of range (4 to 64); reset to 20",
                "line 1: analysis.starts 'spiral' is not one of off, grid or random; reset to off",
                "line 2: analysis.startCount 40 is out of range (1 to 32); reset to 8",
                "line 2: analysis.basinGrid 1024 is out of range (16 to 512); reset to 128",
                "line 2: analysis.basinOpacity 1.5 is out of range (0 to 1); reset to 0.8"), read.resets());
        assertRefused("line 1: 'basin' is not a field of analysis (the fields are " + String.join(", ", AnalysisJson.FIELDS) + ")",
                "{\"format\": 1, \"function\": \"x\", \"analysis\": {\"basin\": true}}");
        assertRefused("line 1: analysis.basins must be true or false, got 1",
                "{\"format\": 1, \"function\": \"x\", \"analysis\": {\"basins\": 1}}");
    }

    @Test
    void aRunsGradientMethodIsWrittenAlwaysAndReadBack() throws IOException, ScenarioException {
        Scenario s = Scenario.of("x^2 + y^2").withRuns(List.of(RunGrammar.parse("gd lr=0.1 diff=forward h=0.5"),
                RunGrammar.parse("gd lr=0.1", RunGrammar.Base.DEFAULT, 1), RunGrammar.parse("adam h=1e-4", RunGrammar.Base.DEFAULT, 2),
                RunGrammar.parse("newton diff=forward", RunGrammar.Base.DEFAULT, 3)));
        String text = ScenarioJson.write(s);
        assertTrue(text.contains("\"clip\": 0,\n      \"diff\": \"forward\",\n      \"h\": 0.5,"), text);
        assertTrue(text.contains("\"diff\": \"central\",\n      \"h\": \"auto\","), "the default too, as noise and clip are: " + text);
        assertTrue(text.contains("\"diff\": \"central\",\n      \"h\": 1e-4,"), text);
        Path f = dir.resolve("d" + ScenarioJson.EXTENSION);
        ScenarioJson.write(s, f);
        ScenarioJson.Read back = ScenarioJson.read(f);
        assertEquals(List.of(), back.resets());
        assertEquals(s, back.scenario());
        assertEquals(Differences.fixed(Scheme.FORWARD, 0.5), back.scenario().runs().get(0).differences());
        assertEquals(Differences.auto(Scheme.FORWARD), back.scenario().runs().get(3).differences());
        // a run that says nothing of it, as every file before it: central differences, the automatic step
        Scenario old = ScenarioJson.read("{\"format\": 1, \"function\": \"x\", \"runs\": [\"gd\", {\"optimizer\": \"adam\"}]}")
                .scenario();
        assertTrue(old.runs().stream().allMatch(r -> r.differences().equals(Differences.DEFAULT)));
    }

    @Test
    void everySampleFileReadsAsItDidWithTheDefaultGradient() throws IOException, ScenarioException {
        try (var files = Files.list(Path.of("sample-functions"))) {
            List<Path> json = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            assertTrue(json.size() >= 18, json.toString());
            for (Path p : json) {
                ScenarioJson.Read read = ScenarioJson.read(p);
                assertEquals(List.of(), read.resets(), p.toString());
                assertTrue(read.scenario().runs().stream().allMatch(r -> r.differences().equals(Differences.DEFAULT)), p.toString());
            }
        }
    }

    @Test
    void aGradientMethodOutOfRangeIsResetAndAWrongTypeRefused() throws ScenarioException {
        ScenarioJson.Read read = ScenarioJson.read("""
                {"format": 1, "function": "x", "runs": [
                  {"optimizer": "gd", "diff": "backward", "h": 0.5},
                  {"optimizer": "gd", "diff": "forward", "h": 0},
                  {"optimizer": "gd", "h": -1e-3},
                  {"optimizer": "gd", "diff": "forward", "h": "tiny"},
                  {"optimizer": "gd", "h": 1e400}]}""");
        assertEquals(List.of("line 2: runs[0].diff 'backward' is not one of central or forward; reset to central",
                "line 3: runs[1].h 0 is out of range (\"auto\" or a number > 0); reset to auto",
                "line 4: runs[2].h -0.001 is out of range (\"auto\" or a number > 0); reset to auto",
                "line 5: runs[3].h 'tiny' is not \"auto\" or a number > 0; reset to auto",
                "line 6: runs[4].h Infinity is out of range (\"auto\" or a number > 0); reset to auto"), read.resets());
        List<RunSettings> runs = read.scenario().runs();
        assertEquals(Differences.fixed(Scheme.CENTRAL, 0.5), runs.get(0).differences(), "only what is out of range is reset");
        assertEquals(Differences.auto(Scheme.FORWARD), runs.get(1).differences());
        assertEquals(Differences.DEFAULT, runs.get(2).differences());
        assertEquals(Differences.auto(Scheme.FORWARD), runs.get(3).differences());
        assertRefused("line 1: runs[0].h must be \"auto\" or a number > 0, got true or false",
                "{\"format\": 1, \"function\": \"x\", \"runs\": [{\"optimizer\": \"gd\", \"h\": true}]}");
        assertRefused("line 1: runs[0].diff must be a string, got 2",
                "{\"format\": 1, \"function\": \"x\", \"runs\": [{\"optimizer\": \"gd\", \"diff\": 2}]}");
    }
}
