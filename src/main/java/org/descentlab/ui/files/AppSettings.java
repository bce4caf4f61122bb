package org.descentlab.ui.files;

import java.util.List;

/**
 * What the app remembers that is not part of an experiment: the window, recent files, the language, the
 * theme, whether ghost trails are on, and the file the session was last saved to or opened from.
 *
 * @param window              the window's place and size, or null for the default
 * @param recent              recent scenario files, newest first, at most {@link #MAX_RECENT}
 * @param language            the window's language chosen in its menu, an ISO 639 code ("en", "ru"), or empty to
 *                            follow the system's
 * @param dark                the dark theme
 * @param ghostTrails         whether a settings change leaves the old path dimmed
 * @param file                the file the current experiment belongs to, or null for an untitled one
 * @param unsaved             whether the session holds changes saved to no file
 * @param importedPreferences whether the state a version before files kept in Java Preferences was imported
 * @param zoom                the interface's scale (Ctrl + and Ctrl −), 1 as designed, within {@link #MIN_ZOOM} to
 *                            {@link #MAX_ZOOM}
 */
public record AppSettings(Window window, List<String> recent, String language, boolean dark, boolean ghostTrails,
        String file, boolean unsaved, boolean importedPreferences, double zoom) {

    public static final int MAX_RECENT = 10;
    public static final double MIN_ZOOM = 0.7;
    public static final double MAX_ZOOM = 2;
    public static final AppSettings DEFAULT = new AppSettings(null, List.of(), "", false, true, null, false, false, 1);

    /** The window's place and size. */
    public record Window(double x, double y, double width, double height, boolean maximized) {
    }

    public AppSettings {
        recent = recent == null ? List.of() : List.copyOf(recent.subList(0, Math.min(MAX_RECENT, recent.size())));
        language = language == null ? "" : language.strip();
        zoom = Double.isFinite(zoom) && zoom > 0 ? Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom)) : 1;
    }

    public AppSettings withWindow(Window w) {
        return new AppSettings(w, recent, language, dark, ghostTrails, file, unsaved, importedPreferences, zoom);
    }

    public AppSettings withRecent(List<String> r) {
        return new AppSettings(window, r, language, dark, ghostTrails, file, unsaved, importedPreferences, zoom);
    }

    public AppSettings withLanguage(String l) {
        return new AppSettings(window, recent, l, dark, ghostTrails, file, unsaved, importedPreferences, zoom);
    }

    public AppSettings withDark(boolean d) {
        return new AppSettings(window, recent, language, d, ghostTrails, file, unsaved, importedPreferences, zoom);
    }

    public AppSettings withGhostTrails(boolean g) {
        return new AppSettings(window, recent, language, dark, g, file, unsaved, importedPreferences, zoom);
    }

    public AppSettings withFile(String f) {
        return new AppSettings(window, recent, language, dark, ghostTrails, f, unsaved, importedPreferences, zoom);
    }

    public AppSettings withUnsaved(boolean u) {
        return new AppSettings(window, recent, language, dark, ghostTrails, file, u, importedPreferences, zoom);
    }

    public AppSettings withImportedPreferences(boolean i) {
        return new AppSettings(window, recent, language, dark, ghostTrails, file, unsaved, i, zoom);
    }

    public AppSettings withZoom(double z) {
        return new AppSettings(window, recent, language, dark, ghostTrails, file, unsaved, importedPreferences, z);
    }
}
