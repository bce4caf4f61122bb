package org.descentlab.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import net.harawata.appdirs.AppDirs;
import net.harawata.appdirs.impl.MacOSXAppDirs;
import net.harawata.appdirs.impl.UnixAppDirs;

import org.junit.jupiter.api.Test;

/** The config folder of each operating system, as the issue names them. */
class ConfigFolderTest {

    /** Records what it was asked for; Windows's own answer needs Windows. */
    private static final class Asked extends AppDirs {
        final List<String> calls = new ArrayList<>();

        @Override
        public String getUserDataDir(String app, String version, String author, boolean roaming) {
            calls.add("data " + app + " roaming=" + roaming);
            return "data";
        }

        @Override
        public String getUserConfigDir(String app, String version, String author, boolean roaming) {
            calls.add("config " + app + " roaming=" + roaming);
            return "config";
        }

        @Override
        public String getUserCacheDir(String app, String version, String author) {
            throw new AssertionError();
        }

        @Override
        public String getSiteDataDir(String app, String version, String author, boolean multiPath) {
            throw new AssertionError();
        }

        @Override
        public String getSiteConfigDir(String app, String version, String author, boolean multiPath) {
            throw new AssertionError();
        }

        @Override
        public String getUserLogDir(String app, String version, String author) {
            throw new AssertionError();
        }

        @Override
        public String getUserDownloadsDir(String app, String version, String author) {
            throw new AssertionError();
        }

        @Override
        public String getSharedDir(String app, String version, String author) {
            throw new AssertionError();
        }
    }

    @Test
    void windowsUsesRoamingAppDataNamedDescentLab() {
        Asked dirs = new Asked();
        ConfigFolder.folder("Windows 11", dirs);
        assertEquals(List.of("config DescentLab roaming=true"), dirs.calls);
    }

    @Test
    void macOsUsesApplicationSupport() {
        String home = System.getProperty("user.home");
        assertEquals(home + "/Library/Application Support/DescentLab", ConfigFolder.folder("Mac OS X", new MacOSXAppDirs()));
    }

    @Test
    void linuxUsesTheXdgConfigFolderInLowerCase() {
        String folder = ConfigFolder.folder("Linux", new UnixAppDirs());
        String xdg = System.getenv("XDG_CONFIG_HOME");
        assertEquals((xdg != null && !xdg.isBlank() ? xdg : System.getProperty("user.home") + "/.config") + "/descentlab", folder);
        assertTrue(ConfigFolder.resolve().toString().contains("test-config"), "the tests' own folder: " + ConfigFolder.resolve());
    }
}
