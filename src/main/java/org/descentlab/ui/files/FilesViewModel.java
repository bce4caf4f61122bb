package org.descentlab.ui.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.descentlab.core.scenario.Scenario;
import org.descentlab.core.scenario.ScenarioException;
import org.descentlab.core.scenario.ScenarioJson;
import org.descentlab.ui.base.Text;
import org.descentlab.ui.experiment.Experiment;

/**
 * The File menu's commands: New, Open, Open Recent, Save and Save As, the file the experiment belongs
 * to, and the window title that says it and whether there are unsaved changes. Opening a file that does
 * not read says why and leaves the experiment untouched; a failed save says why and leaves the old file.
 */
public final class FilesViewModel {

    /**
     * What a command came to.
     *
     * @param ok      whether it did its work
     * @param message what to tell the user: why it failed, or what was reset on the way; empty for nothing
     */
    public record Outcome(boolean ok, String message) {
        static final Outcome DONE = new Outcome(true, "");
    }

    private final Experiment experiment;
    private final SettingsStore settings;
    private final Scenario blank;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    /** One read-only view, kept: a listener on a view made afresh would be dropped with it. */
    private final ObservableList<Path> recentView = FXCollections.unmodifiableObservableList(recent);
    /** A file opened with values changed when read: what the experiment came from, though it is not that file. */
    private final ReadOnlyObjectWrapper<Path> origin = new ReadOnlyObjectWrapper<>(this, "origin");
    private final StringBinding title;

    /**
     * @param blank what File ▸ New starts from
     * @param file  the file the experiment belongs to, or null
     */
    public FilesViewModel(Experiment experiment, SettingsStore settings, Scenario blank, Path file) {
        this.experiment = experiment;
        this.settings = settings;
        this.blank = blank;
        // the settings name the file the window starts with: no file, when it starts with none
        setFile(file);
        settings.get().recent().forEach(p -> recent.add(Path.of(p)));
        title = Bindings.createStringBinding(this::titleText, this.file, origin, experiment.dirtyProperty(),
                experiment.scenarioProperty());
    }

    public void newScenario() {
        experiment.open(blank);
        setFile(null);
    }

    /** Opens a scenario file; one that does not read leaves the experiment as it was. */
    public Outcome open(Path f) {
        ScenarioJson.Read read;
        try {
            read = ScenarioJson.read(f);
        } catch (ScenarioException e) {
            return new Outcome(false, Text.format("files.openFailed", f.getFileName(), e.getMessage()));
        }
        Scenario opened = DataPaths.opened(read.scenario(), f);
        try {
            experiment.open(opened, read.resets().isEmpty() ? opened : null);
        } catch (IllegalArgumentException e) {
            // the CSV is missing or refused, or the loss or a batch does not fit it: the experiment is as it was
            return new Outcome(false, Text.format("files.openFailed", f.getFileName(), e.getMessage()));
        }
        remember(f);
        if (read.resets().isEmpty()) {
            setFile(f);
            return Outcome.DONE;
        }
        // values changed when read: the window holds what the file does not, and Save must not write it over
        // the file unasked; it asks where, suggesting the file
        setFile(null);
        origin.set(f);
        int n = read.resets().size();
        return new Outcome(true, Text.format("files.openedWithResets", f.getFileName(),
                n == 1 ? Text.get("files.valuesOne") : Text.format("files.values", n), String.join("\n", read.resets())));
    }

    /** Saves to the experiment's file; without one it needs a path: {@link #saveAs(Path)}. */
    public Outcome save() {
        Path f = file.get();
        if (f == null) {
            return new Outcome(false, "");
        }
        return write(f);
    }

    /** Whether Save needs a file chosen first. */
    public boolean needsPath() {
        return file.get() == null;
    }

    /** Saves to {@code f} (".descentlab.json" added when it has no extension), which becomes the experiment's file. */
    public Outcome saveAs(Path f) {
        Path target = withExtension(f);
        Outcome o = write(target);
        if (o.ok()) {
            setFile(target);
            remember(target);
        }
        return o;
    }

    /** Forgets the recent files. */
    public void clearRecent() {
        recent.clear();
        settings.put(settings.get().withRecent(List.of()));
    }

    /** Forgets one recent file: it is gone. */
    public void forget(Path f) {
        recent.remove(f);
        settings.put(settings.get().withRecent(recent.stream().map(Path::toString).toList()));
    }

    private Outcome write(Path f) {
        boolean existed = Files.exists(f);
        try {
            ScenarioJson.write(DataPaths.saved(experiment.scenario(), f), f);
        } catch (IOException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Outcome(false, Text.format(existed ? "files.saveFailed" : "files.saveFailedNew", f, why));
        }
        if (DataPaths.bundled(experiment.scenario())) {
            // the file names the copy of the preset's CSV written beside it: so does the window from now on
            String copy = DataPaths.copy(experiment.scenario(), f).toString();
            experiment.update(s -> s.withData(copy, s.function()), Experiment.Change.TRANSIENT);
        }
        experiment.markSaved();
        return new Outcome(true, Text.format("files.saved", f.toAbsolutePath()));
    }

    private void setFile(Path f) {
        origin.set(null);
        file.set(f);
        settings.put(settings.get().withFile(f == null ? null : f.toAbsolutePath().toString()));
    }

    private void remember(Path f) {
        AppSettings s = SettingsStore.withRecent(settings.get(), f);
        settings.put(s);
        recent.setAll(s.recent().stream().map(Path::of).toList());
    }

    /** A scenario file's name ends in ".descentlab.json"; "mine" and "mine.json" become "mine.descentlab.json". */
    static Path withExtension(Path f) {
        String name = f.getFileName().toString();
        if (name.endsWith(ScenarioJson.EXTENSION)) {
            return f;
        }
        String stem = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        return f.resolveSibling(stem + ScenarioJson.EXTENSION);
    }

    /** What Save As suggests: the file's name (or the one it came from), or one made from the experiment's title. */
    public String suggestedFileName() {
        Path f = file.get() != null ? file.get() : origin.get();
        if (f != null) {
            return f.getFileName().toString();
        }
        String title = experiment.scenario().title().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-|-$", "");
        return (title.isEmpty() ? Text.get("files.defaultName") : title) + ScenarioJson.EXTENSION;
    }

    private String titleText() {
        return Text.format(experiment.dirtyProperty().get() ? "window.titleDirty" : "window.title", name());
    }

    /** What the experiment is called: its file's name, else its title, else "Untitled". */
    public String name() {
        Path f = file.get();
        String title = experiment.scenario().title();
        if (f == null && origin.get() != null) {
            return Text.format("files.changedWhenRead", origin.get().getFileName());
        }
        return f != null ? f.getFileName().toString() : title.isBlank() ? Text.get("files.untitled") : title;
    }

    /** The folder a file chooser starts in: that of the file, or of the one the experiment came from; null for none. */
    public Path folder() {
        Path f = file.get() != null ? file.get() : origin.get();
        return f == null ? null : f.toAbsolutePath().getParent();
    }

    /** A file and what it holds. */
    public record Saved(Path file, Scenario scenario) {
    }

    /**
     * The file the remembered session belongs to ({@code last}), and what it holds, if it still reads
     * whole: changes not saved to it before the app closed then show as unsaved again.
     */
    public static Optional<Saved> saved(String last) {
        if (last == null) {
            return Optional.empty();
        }
        Path f = Path.of(last);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            ScenarioJson.Read read = ScenarioJson.read(f);
            return read.resets().isEmpty() ? Optional.of(new Saved(f, DataPaths.opened(read.scenario(), f)))
                    : Optional.empty();
        } catch (ScenarioException e) {
            return Optional.empty();
        }
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** Recent files, newest first. */
    public ObservableList<Path> recent() {
        return recentView;
    }

    /** "rosenbrock.descentlab.json — DescentLab", with a mark when there are unsaved changes. */
    public StringBinding titleProperty() {
        return title;
    }
}
