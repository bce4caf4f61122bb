package org.descentlab.ui.files;

import java.nio.file.Path;
import java.util.Locale;

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
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String name = os.contains("win") || os.contains("mac") ? "DescentLab" : "descentlab";
        return Path.of(AppDirsFactory.getInstance().getUserConfigDir(name, null, null));
    }
}
