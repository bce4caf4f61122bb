package org.descentlab.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.descentlab.core.preset.PresetLibrary;
import org.descentlab.core.scenario.Scenario;
import org.descentlab.core.scenario.ScenarioJson;
import org.descentlab.ui.Fakes;
import org.descentlab.ui.experiment.Experiment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** session.json: saved a moment after each settled change, read back value by value, set aside when unreadable. */
class SessionStoreTest {

    @TempDir
    Path dir;

    private final Fakes fakes = new Fakes();

    @Test
    void aSettledChangeIsSavedAMomentLaterAndPlaybackIsNot() throws Exception {
        Scenario s = PresetLibrary.bundled().byId("sphere").orElseThrow().scenario();
        Experiment e = new Experiment(s, () -> fakes.clock.now);
        SessionStore store = new SessionStore(dir, fakes.scheduler);
        store.watch(e, message -> { });
        e.update(x -> x.withSteps(77), Experiment.Change.EDIT);
        assertFalse(Files.exists(store.file()), "not at once");
        fakes.scheduler.advanceMillis(SessionStore.SAVE_DELAY_MILLIS);
        store.saveNow(e.scenario());
        assertEquals(77, ScenarioJson.read(store.file()).scenario().steps());
        assertEquals(List.of(), store.restore().notices());
        assertEquals(e.scenario(), store.restore().scenario());
        assertTrue(store.restore().whole());
    }

    @Test
    void changesThatGoOnAreSavedWhileTheyGoOn() throws Exception {
        Experiment e = new Experiment(Scenario.of("x^2"), () -> fakes.clock.now);
        SessionStore store = new SessionStore(dir, fakes.scheduler);
        store.watch(e, message -> { });
        for (int k = 1; k <= 5; k++) {
            int steps = k;
            e.update(x -> x.withSteps(steps), Experiment.Change.GESTURE);
            fakes.scheduler.advanceMillis(100);
        }
        // a drag that has gone on for half a second: saved with what there was by then, not when it ends
        for (int waited = 0; !Files.exists(store.file()) && waited < 100; waited++) {
            Thread.sleep(50);
        }
        assertEquals(5, ScenarioJson.read(store.file()).scenario().steps());
        store.saveNow(e.scenario());
    }

    @Test
    void aForgottenSessionIsGoneAndASaveStillWaitingDoesNotBringItBack() throws Exception {
        Experiment e = new Experiment(Scenario.of("x^2"), () -> fakes.clock.now);
        SessionStore store = new SessionStore(dir, fakes.scheduler);
        store.watch(e, message -> { });
        Files.writeString(store.file(), ScenarioJson.write(e.scenario()));
        e.update(x -> x.withSteps(77), Experiment.Change.EDIT);
        store.forgetNow();
        fakes.scheduler.advanceMillis(SessionStore.SAVE_DELAY_MILLIS);
        assertFalse(Files.exists(store.file()));
        assertNull(store.restore().scenario());
        assertFalse(store.restore().whole());
    }

    @Test
    void aSessionWithValuesOutOfRangeComesBackWithThemResetAndListed() throws Exception {
        Files.writeString(dir.resolve(SessionStore.FILE), "{\"format\": 1, \"function\": \"x^2\", \"steps\": -1,\n"
                + "\"view\": {\"contours\": -7, \"domain\": [1, -1, 0, 1]}, \"runs\": [{\"optimizer\": \"nope\"}, \"gd\"]}");
        SessionStore.Restored r = new SessionStore(dir, fakes.scheduler).restore();
        assertEquals(1000, r.scenario().steps());
        assertEquals(15, r.scenario().view().contours());
        assertEquals(1, r.scenario().runs().size());
        assertEquals(5, r.notices().size());
        assertFalse(r.whole());
        assertEquals("4 values in the last session were changed when read", r.notices().get(0));
        assertTrue(r.notices().stream().skip(1).allMatch(n -> n.startsWith("line ")), r.notices().toString());
    }

    @Test
    void anUnreadableSessionIsKeptAsideUnderADatedNameAndSaysSo() throws Exception {
        Files.writeString(dir.resolve(SessionStore.FILE), "{\"format\": 1, \"function\": ");
        SessionStore store = new SessionStore(dir, fakes.scheduler);
        SessionStore.Restored r = store.restore();
        assertNull(r.scenario());
        assertEquals(1, r.notices().size());
        assertTrue(r.notices().get(0).startsWith("The last session could not be read and was kept aside as session-broken-")
                && r.notices().get(0).contains("\nWhy: the file ends in the middle of the JSON"),
                r.notices().get(0));
        assertFalse(store.exists());
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(p -> names.add(p.getFileName().toString()));
        }
        assertEquals(1, names.size());
        assertTrue(names.get(0).matches("session-broken-\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d-\\d\\d\\.json"), names.get(0));
        assertTrue(r.notices().get(0).contains(names.get(0)), "it says where the file went");
    }

    @Test
    void aSaveThatFailsIsReportedEachTimeItFails() throws Exception {
        Path notAFolder = dir.resolve("file");
        Files.writeString(notAFolder, "x");
        List<String> failures = new ArrayList<>();
        Experiment e = new Experiment(Scenario.of("x"), () -> fakes.clock.now);
        SessionStore store = new SessionStore(notAFolder, fakes.scheduler);
        store.watch(e, failures::add);
        e.update(x -> x.withSteps(5), Experiment.Change.STEP);
        fakes.scheduler.advanceMillis(SessionStore.SAVE_DELAY_MILLIS);
        e.update(x -> x.withSteps(6), Experiment.Change.STEP);
        fakes.scheduler.advanceMillis(SessionStore.SAVE_DELAY_MILLIS);
        store.saveNow(e.scenario());
        fakes.scheduler.runDue();
        assertEquals(3, failures.size(), "two saves after changes and one on close: " + failures);
        assertTrue(failures.get(0).startsWith("The session could not be saved to "), failures.get(0));
    }
}
