package org.descentlab.ui.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.descentlab.core.AtomicFiles;
import org.descentlab.ui.base.Text;

/**
 * {@code settings.json} in the config folder: the app's own settings, apart from any experiment. A file
 * that does not read is kept aside under a dated name and the defaults are used, with a notice.
 */
public final class SettingsStore {

    static final String FILE = "settings.json";
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final Path folder;
    private AppSettings settings = AppSettings.DEFAULT;
    private final List<String> notices = new ArrayList<>();

    public SettingsStore(Path folder) {
        this.folder = folder;
        Path file = folder.resolve(FILE);
        if (Files.isRegularFile(file)) {
            try {
                settings = read(JSON.readTree(file.toFile()));
            } catch (IOException | RuntimeException e) {
                Optional<Path> aside = SessionStore.setAside(file);
                notices.add(Text.format("settings.unreadable", aside.map(p -> p.getFileName().toString()).orElse(FILE)));
            }
        }
    }

    /** The settings a file holds; what it leaves out keeps its default. */
    static AppSettings read(JsonNode n) throws IOException {
        if (n == null || !n.isObject()) {
            throw new IOException("not a JSON object");
        }
        AppSettings d = AppSettings.DEFAULT;
        AppSettings.Window window = n.hasNonNull("window") ? JSON.treeToValue(n.get("window"), AppSettings.Window.class) : null;
        List<String> recent = new ArrayList<>();
        n.path("recent").forEach(r -> recent.add(r.asText()));
        return new AppSettings(window, recent, n.path("language").asText(d.language()), n.path("dark").asBoolean(d.dark()),
                n.path("ghostTrails").asBoolean(d.ghostTrails()), n.hasNonNull("file") ? n.get("file").asText() : null,
                n.path("unsaved").asBoolean(d.unsaved()), n.path("importedPreferences").asBoolean(d.importedPreferences()));
    }

    public AppSettings get() {
        return settings;
    }

    /** What went wrong reading the file, for the status line; empty when nothing did. */
    public List<String> notices() {
        return List.copyOf(notices);
    }

    /** Keeps and writes the settings; a failed write is returned as a message and changes nothing on disk. */
    public Optional<String> put(AppSettings s) {
        settings = s;
        try {
            Files.createDirectories(folder);
            AtomicFiles.write(folder.resolve(FILE), JSON.writeValueAsBytes(s));
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(Text.format("settings.notSaved", folder.resolve(FILE), e.getMessage()));
        }
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
