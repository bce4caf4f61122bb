package org.descentlab.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.descentlab.core.scenario.Scenario;
import org.descentlab.core.scenario.ScenarioJson;
import org.descentlab.ui.Fakes;
import org.descentlab.ui.app.AppViewModel;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** New, Open, Save and Save As: a file that does not read changes nothing; a failed save keeps the old file. */
class FilesViewModelTest {

    @TempDir
    Path dir;

    private final Fakes fakes = new Fakes();
    private AppViewModel app;
    private FilesViewModel files;

    @BeforeEach
    void start() {
        app = fakes.app("himmelblau", dir.resolve("config"));
        files = app.files();
    }

    @Test
    void savingThenOpeningGivesBackTheSameExperimentAndTheTitleSaysWhichFileAndWhetherItChanged() throws Exception {
        assertEquals("Himmelblau — DescentLab", files.titleProperty().get());
        app.editor().setParameter("lr", "0.02");
        assertEquals("● Himmelblau — DescentLab", files.titleProperty().get(), "unsaved changes are marked");
        assertTrue(files.needsPath());
        assertTrue(files.saveAs(dir.resolve("mine")).ok());
        Path saved = dir.resolve("mine" + ScenarioJson.EXTENSION);
        assertEquals(saved, files.fileProperty().get(), "the extension is added");
        assertEquals("mine.descentlab.json — DescentLab", files.titleProperty().get());
        Scenario kept = app.experiment().scenario();
        app.function().setText("x*y");
        assertEquals("● mine.descentlab.json — DescentLab", files.titleProperty().get());
        assertTrue(files.open(saved).ok());
        assertEquals(kept.withSelected(0).withPlayhead(0), app.experiment().scenario().withSelected(0).withPlayhead(0));
        assertFalse(app.experiment().dirtyProperty().get());
        assertEquals(List.of(saved.toAbsolutePath()), files.recent().stream().map(Path::toAbsolutePath).toList());
    }

    @Test
    void aFileThatDoesNotReadSaysWhyAndLeavesTheExperimentUntouched() throws Exception {
        Scenario before = app.experiment().scenario();
        Map<String, String> bad = Map.of(
                "corrupt.json", "{\"format\": 1,, \"function\": \"x\"}",
                "truncated.json", "{\"format\": 1, \"function\": \"x^2\", \"runs\": [",
                "newer.json", "{\"format\": 9, \"function\": \"x\"}",
                "wrong-type.json", "{\"format\": 1, \"function\": 42}");
        for (Map.Entry<String, String> e : bad.entrySet()) {
            Path f = dir.resolve(e.getKey());
            Files.writeString(f, e.getValue());
            FilesViewModel.Outcome o = files.open(f);
            assertFalse(o.ok(), e.getKey());
            assertTrue(o.message().startsWith(e.getKey() + ": ") && o.message().endsWith(". Nothing was changed."), o.message());
            assertSame(before, app.experiment().scenario(), e.getKey());
        }
        Path big = dir.resolve("big.json");
        Files.write(big, new byte[(int) ScenarioJson.MAX_BYTES + 1]);
        assertEquals("big.json: it is 1,048,577 bytes; a scenario file is at most 1,048,576 bytes (1 MB). Nothing was changed.", files.open(big).message());
        assertSame(before, app.experiment().scenario());
        assertNull(files.fileProperty().get());
        assertTrue(files.recent().isEmpty(), "a file that did not open is not a recent one");
    }

    @Test
    void aFileWithValuesOutOfRangeOpensWithThemResetAndSaysWhich() throws Exception {
        Path f = dir.resolve("odd.json");
        Files.writeString(f, "{\"format\": 1, \"function\": \"x^2 + y^2\", \"steps\": -1}");
        FilesViewModel.Outcome o = files.open(f);
        assertTrue(o.ok());
        assertEquals("Opened odd.json with a value changed when read; Save will ask where to save it\n"
                + "line 1: steps -1 is out of range (0 to 100000); reset to 1000", o.message());
        assertEquals(1000, app.experiment().scenario().steps());
        assertTrue(app.experiment().dirtyProperty().get(), "what the window holds is not what the file says");
        assertTrue(files.needsPath(), "Save does not write the changed values over the file unasked");
        assertEquals("odd.json", files.suggestedFileName(), "it suggests the file, for the user to choose");
        assertEquals("● odd.json (changed when read) — DescentLab", files.titleProperty().get());
        assertEquals(f.toAbsolutePath(), files.recent().get(0));
    }

    @Test
    void aFileWithNoRunsItCanUseOpensWithOneAndIsUnsaved() throws Exception {
        Path f = dir.resolve("runless.json");
        Files.writeString(f, "{\"format\": 1, \"function\": \"x^2 + y^2\", \"runs\": [{\"optimizer\": \"adan\"}]}");
        assertTrue(files.open(f).ok());
        assertEquals(1, app.runs().items().size(), "the window always has a run to edit");
        assertTrue(app.editor().setParameter("lr", "0.2"));
        assertEquals(0.2, app.editor().runProperty().get().optimizer().parameters().get("lr"));
        assertTrue(app.experiment().dirtyProperty().get(), "the window holds a run the file does not");
    }

    @Test
    void aFailedSaveSaysWhyAndLeavesTheOldFile() throws Exception {
        Path f = dir.resolve("kept" + ScenarioJson.EXTENSION);
        assertTrue(files.saveAs(f).ok());
        String before = Files.readString(f);
        app.editor().setParameter("lr", "0.03");
        FilesViewModel.Outcome o = files.saveAs(dir.resolve("no-such-folder/x.json"));
        assertFalse(o.ok());
        assertEquals("Could not save " + dir.resolve("no-such-folder/x.descentlab.json") + ": the folder "
                + dir.resolve("no-such-folder").toAbsolutePath() + " does not exist. Nothing was written.", o.message());
        assertEquals(f, files.fileProperty().get(), "still the old file");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("r--r--r--"));
        o = files.save();
        assertFalse(o.ok());
        assertEquals("Could not save " + f + ": it is read-only. The file on disk is as it was.", o.message());
        assertEquals(before, Files.readString(f));
        assertTrue(app.experiment().dirtyProperty().get(), "the change is still unsaved");
    }

    @Test
    void newStartsOverFromABlankScenarioWithOneRun() {
        app.editor().setParameter("lr", "0.03");
        files.newScenario();
        assertEquals(AppViewModel.BLANK, app.experiment().scenario());
        assertEquals("Untitled — DescentLab", files.titleProperty().get());
        assertFalse(app.experiment().canUndoProperty().get());
        assertEquals(1, app.runs().items().size());
    }

    @Test
    void theSessionsFileComesBackWithItsUnsavedChangesMarked() throws Exception {
        Path f = dir.resolve("s" + ScenarioJson.EXTENSION);
        ScenarioJson.write(app.experiment().scenario(), f);
        assertEquals(app.experiment().scenario(), FilesViewModel.saved(f.toString()).orElseThrow().scenario());
        assertTrue(FilesViewModel.saved(dir.resolve("gone.json").toString()).isEmpty());
        Files.writeString(f, "{");
        assertTrue(FilesViewModel.saved(f.toString()).isEmpty(), "a file that no longer reads is not the session's");
    }
}
