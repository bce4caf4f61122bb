package org.descentlab.ui.files;

import java.nio.file.Path;
import java.util.Locale;

import net.harawata.appdirs.AppDirs;
import net.harawata.appdirs.AppDirsFactory;

/**
 * Where DescentLab keeps its session and settings: the platform's folder for user configuration
 * ($XDG_CONFIG_HOME/descentlab or ~/.config/descentlab on Linux, %APPDATA%\DescentLab on Windows,
 * ~/Library/Application Support/DescentLab on macOS), found by AppDirs. The system property
 * {@value #PROPERTY} points it elsewhere: the tests do, so they never touch the real one.
 */
public final class ConfigFolder {

    public static final String PROPERTY = "descentlab.config.dir";

    private ConfigFolder() {
    }

    public static Path resolve() {
        String override = System.getProperty(PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return Path.of(folder(System.getProperty("os.name", ""), AppDirsFactory.getInstance()));
    }

    /**
     * The folder on an operating system: roaming AppData on Windows (settings follow the user), the
     * Application Support folder on macOS (AppDirs's "config" folder there is Preferences, which is for
     * property lists), XDG's config folder elsewhere.
     */
    static String folder(String osName, AppDirs dirs) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return dirs.getUserConfigDir("DescentLab", null, null, true);
        }
        if (os.contains("mac")) {
            return dirs.getUserDataDir("DescentLab", null, null);
        }
        return dirs.getUserConfigDir("descentlab", null, null);
    }
}
