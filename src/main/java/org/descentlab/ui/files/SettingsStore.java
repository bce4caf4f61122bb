package org.descentlab.ui.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.descentlab.ui.base.Text;

/**
 * {@code settings.json} in the config folder: the app's own settings, apart from any experiment. A file
 * that does not read is kept aside under a dated name and the defaults are used, with a notice; a value
 * in it that does not make sense (a recent file that is no path) is left out. Writes go to a thread of
 * their own, so the window never waits for the disk.
 */
public final class SettingsStore {

    static final String FILE = "settings.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path folder;
    private final List<String> notices = new ArrayList<>();
    private final BackgroundWriter writer;
    private AppSettings settings = AppSettings.DEFAULT;

    /** Writes on a thread of its own. */
    public SettingsStore(Path folder) {
        this(folder, BackgroundWriter.thread("descentlab-settings"));
    }

    /** Writes with {@code writer}: tests write at once, on their own thread. */
    public SettingsStore(Path folder, Executor writer) {
        this(folder, new BackgroundWriter(writer));
    }

    private SettingsStore(Path folder, BackgroundWriter writer) {
        this.folder = folder;
        this.writer = writer;
        Path file = folder.resolve(FILE);
        if (Files.isRegularFile(file)) {
            try {
                settings = read(JSON.readTree(file.toFile()));
            } catch (IOException | RuntimeException e) {
                Optional<Path> aside = SessionStore.setAside(file);
                notices.add(aside.isPresent() ? Text.format("settings.unreadable", aside.get().getFileName())
                        : Text.format("settings.unreadableNotMoved", file.toAbsolutePath()));
            }
        }
    }

    /** The settings a file holds; what it leaves out keeps its default, and a path that is no path is dropped. */
    static AppSettings read(JsonNode n) throws IOException {
        if (n == null || !n.isObject()) {
            throw new IOException("not a JSON object");
        }
        AppSettings d = AppSettings.DEFAULT;
        AppSettings.Window window = window(n.get("window"));
        List<String> recent = new ArrayList<>();
        n.path("recent").forEach(r -> path(r.asText()).ifPresent(recent::add));
        String file = n.hasNonNull("file") ? path(n.get("file").asText()).orElse(null) : null;
        return new AppSettings(window, recent, n.path("language").asText(d.language()), n.path("dark").asBoolean(d.dark()),
                n.path("ghostTrails").asBoolean(d.ghostTrails()), file, n.path("unsaved").asBoolean(d.unsaved()),
                n.path("importedPreferences").asBoolean(d.importedPreferences()), n.path("zoom").asDouble(d.zoom()));
    }

    /** The window's place and size; null (the default) for none or one that does not read. */
    private static AppSettings.Window window(JsonNode n) {
        if (n == null || !n.isObject()) {
            return null;
        }
        try {
            return JSON.treeToValue(n, AppSettings.Window.class);
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The text, if it is the path of a file: not empty, no NUL, not a root. */
    private static Optional<String> path(String text) {
        try {
            Path p = Path.of(text);
            return p.getFileName() == null || text.isBlank() ? Optional.empty() : Optional.of(text);
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    public AppSettings get() {
        return settings;
    }

    /** What went wrong reading the file, for the status line; empty when nothing did. */
    public List<String> notices() {
        return List.copyOf(notices);
    }

    /** Where a failed write is told, each time; called on the writer's thread. */
    public void onFailure(Consumer<String> failures) {
        writer.onFailure(failures);
    }

    /** Keeps the settings and writes them, atomically, soon. */
    public void put(AppSettings s) {
        settings = s;
        byte[] json;
        try {
            json = JSON.writeValueAsBytes(s);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Path file = folder.resolve(FILE);
        writer.write(file, json, e -> Text.format("settings.notSaved", file, e.getMessage()));
    }

    /** Waits for the writes asked for: on close. */
    public void flush() {
        writer.finish();
    }

    /** The settings with {@code file} at the top of the recent files. */
    public static AppSettings withRecent(AppSettings s, Path file) {
        List<String> recent = new ArrayList<>(s.recent());
        String path = file.toAbsolutePath().normalize().toString();
        recent.remove(path);
        recent.add(0, path);
        return s.withRecent(recent);
    }
}
