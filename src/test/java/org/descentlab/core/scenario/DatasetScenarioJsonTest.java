package org.descentlab.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class DatasetScenarioJsonTest {

    @Test
    void aDatasetScenarioReadsBackAsWrittenAsFormat2() throws Exception {
        Scenario s = Scenario.of("x").withData("points.csv", "(x*u + y - v)^2")
                .withRuns(List.of(RunGrammar.parse("gd lr=0.05 batch=8 seed=3"), RunGrammar.parse("gd lr=0.05")));
        String json = ScenarioJson.write(s);
        assertTrue(json.contains("\"format\": 2") && json.contains("\"data\": \"points.csv\"")
                && json.contains("\"loss\": \"(x*u + y - v)^2\"") && json.contains("\"batch\": 8") && !json.contains("\"function\""), json);
        ScenarioJson.Read read = ScenarioJson.read(json);
        assertEquals(List.of(), read.resets());
        assertEquals(s, read.scenario());
        assertEquals(8, read.scenario().runs().get(0).batch());
        assertEquals(0, read.scenario().runs().get(1).batch());
    }

    @Test
    void aPlainScenarioStaysFormat1SoOlderVersionsReadIt() {
        assertTrue(ScenarioJson.write(Scenario.of("x^2 + y^2")).contains("\"format\": 1"));
    }

    @Test
    void aLossWithoutDataAndDataWithAFunctionAreRefused() {
        assertEquals("line 1: 'loss' needs 'data', the CSV it is the mean over; a function of x and y alone is 'function'",
                assertThrows(ScenarioException.class, () -> ScenarioJson.read("{\"format\": 2, \"function\": \"x\", \"loss\": \"x\"}"))
                        .getMessage());
        assertEquals("line 1: a dataset scenario has a 'loss', not a 'function'", assertThrows(ScenarioException.class,
                () -> ScenarioJson.read("{\"format\": 2, \"function\": \"x\", \"data\": \"a.csv\", \"loss\": \"x\"}")).getMessage());
        assertEquals("line 1: 'loss' is missing: the per-sample loss in x, y and the data's columns, such as (x*u + y - v)^2",
                assertThrows(ScenarioException.class, () -> ScenarioJson.read("{\"format\": 2, \"data\": \"a.csv\"}")).getMessage());
    }

    @Test
    void batchInASpecIsAllOrRowsAndPrintsBack() {
        assertEquals(0, RunGrammar.parse("gd batch=all").batch());
        assertEquals("gd lr=0.1 batch=4", RunGrammar.print(RunGrammar.parse("gd lr=0.1 batch=4")));
        assertEquals("run 'gd batch=0': batch must be all or a whole number of rows >= 1, got '0'",
                assertThrows(IllegalArgumentException.class, () -> RunGrammar.parse("gd batch=0")).getMessage());
    }
}
