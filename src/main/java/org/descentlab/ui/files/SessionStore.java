package org.descentlab.ui.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.descentlab.core.scenario.Scenario;
import org.descentlab.core.scenario.ScenarioException;
import org.descentlab.core.scenario.ScenarioJson;
import org.descentlab.ui.base.Scheduler;
import org.descentlab.ui.base.Text;
import org.descentlab.ui.experiment.Experiment;

/**
 * The remembered session: {@code session.json} in the config folder, the same JSON as a saved scenario.
 * It is written atomically at most half a second after a change, however long the changes go on (a drag,
 * typing), so a crash loses at most about a second; and on close. Playback and the selection are not
 * changes: they are saved with the next change, or on close. On start it is read with the same validation as any file: a value out of range
 * falls back alone and is listed; a file that does not read is kept aside under a dated name.
 */
public final class SessionStore {

    static final String FILE = "session.json";
    /** A change is saved this long after it, with every change made meanwhile. */
    static final long SAVE_DELAY_MILLIS = 500;

    /**
     * What the session held.
     *
     * @param scenario the scenario, or null when there was none or it did not read
     * @param notices  what was reset or set aside, one sentence each
     */
    public record Restored(Scenario scenario, List<String> notices) {
        public Restored {
            notices = List.copyOf(notices);
        }

        /** Whether the session read as it was written: there was one, and nothing in it was reset. */
        public boolean whole() {
            return scenario != null && notices.isEmpty();
        }
    }

    private final Path folder;
    private final Scheduler scheduler;
    private final BackgroundWriter writer = BackgroundWriter.thread("descentlab-session");
    private Scheduler.Task pending;

    public SessionStore(Path folder, Scheduler scheduler) {
        this.folder = folder;
        this.scheduler = scheduler;
    }

    public Path file() {
        return folder.resolve(FILE);
    }

    public boolean exists() {
        return Files.isRegularFile(file());
    }

    /** Reads the session; never throws. */
    public Restored restore() {
        Path file = file();
        if (!Files.exists(file)) {
            return new Restored(null, List.of());
        }
        try {
            ScenarioJson.Read read = ScenarioJson.read(file);
            List<String> notices = new ArrayList<>();
            if (!read.resets().isEmpty()) {
                notices.add(Text.format(read.resets().size() == 1 ? "session.resetOne" : "session.resets", read.resets().size()));
                notices.addAll(read.resets());
            }
            return new Restored(read.scenario(), notices);
        } catch (ScenarioException e) {
            Optional<Path> aside = setAside(file);
            String notice = aside.isPresent()
                    ? Text.format("session.unreadable", e.getMessage(), aside.get().getFileName(), aside.get().toAbsolutePath())
                    : Text.format("session.unreadableNotMoved", e.getMessage(), file.toAbsolutePath());
            return new Restored(null, List.of(notice));
        }
    }

    /**
     * Saves a short moment after every change that counts (not the playhead moving during playback); a
     * save already waiting takes the changes made meanwhile with it.
     *
     * @param failures where a failed save is told, on the scheduler's thread
     */
    public void watch(Experiment experiment, Consumer<String> failures) {
        writer.onFailure(message -> scheduler.schedule(() -> failures.accept(message), 0));
        experiment.scenarioProperty().addListener(o -> {
            if (experiment.lastChange() != Experiment.Change.TRANSIENT && pending == null) {
                pending = scheduler.schedule(() -> {
                    pending = null;
                    saveLater(experiment.scenario());
                }, SAVE_DELAY_MILLIS);
            }
        });
    }

    /** Writes now and waits for it: on close. */
    public void saveNow(Scenario s) {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
        saveLater(s);
        writer.finish();
    }

    /**
     * Forgets the session, on close: what was in it is let go, and the next start begins with a preset.
     * A session that cannot be deleted is left as it was (the next start shows it again).
     */
    public void forgetNow() {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
        writer.delete(file());
        writer.finish();
    }

    private void saveLater(Scenario s) {
        if (writer.open()) {
            writer.write(file(), ScenarioJson.write(s).getBytes(StandardCharsets.UTF_8),
                    e -> Text.format("session.notSaved", file(), e.getMessage()));
        }
    }

    /** Moves a file that does not read out of the way, as "name-broken-2026-12-01T21-35-06.json". */
    static Optional<Path> setAside(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss"));
        Path aside = file.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + "-broken-" + stamp
                + (dot > 0 ? name.substring(dot) : ""));
        try {
            return Optional.of(Files.move(file, aside));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
