package org.descentlab.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** settings.json: what it leaves out has its default, and nonsense in it is left out. */
class SettingsStoreTest {

    @TempDir
    Path dir;

    @Test
    void missingFieldsKeepTheirDefaultsAndPathsThatAreNoPathsAreDropped() throws Exception {
        Files.writeString(dir.resolve(SettingsStore.FILE), "{\"dark\": true, \"recent\": [\"/tmp/a.json\", \"bad\\u0000path\", \"/\", \"\"],"
                + " \"file\": \"/\"}");
        SettingsStore store = new SettingsStore(dir);
        AppSettings s = store.get();
        assertTrue(s.dark());
        assertTrue(s.ghostTrails(), "left out: the default");
        assertEquals(List.of("/tmp/a.json"), s.recent());
        assertNull(s.file());
        assertEquals(List.of(), store.notices());
    }

    @Test
    void anUnreadableFileIsKeptAsideAndTheDefaultsAreUsed() throws Exception {
        Files.writeString(dir.resolve(SettingsStore.FILE), "{\"dark\": tru");
        SettingsStore store = new SettingsStore(dir);
        assertEquals(AppSettings.DEFAULT, store.get());
        assertEquals(1, store.notices().size());
        assertTrue(store.notices().get(0).startsWith("The settings could not be read and were kept as settings-broken-"),
                store.notices().get(0));
    }

    @Test
    void aWrittenFileReadsBack() throws Exception {
        SettingsStore store = new SettingsStore(dir);
        AppSettings s = AppSettings.DEFAULT.withDark(true).withRecent(List.of("/x/y.descentlab.json"))
                .withWindow(new AppSettings.Window(1, 2, 800, 600, true)).withUnsaved(true).withZoom(1.3);
        store.put(s);
        store.flush();
        assertEquals(s, new SettingsStore(dir).get());
    }

    @Test
    void theZoomIsKeptWithinItsRangeAndNonsenseIsAsDesigned() throws Exception {
        assertEquals(1.3, AppSettings.DEFAULT.withZoom(1.3).zoom());
        assertEquals(AppSettings.MAX_ZOOM, AppSettings.DEFAULT.withZoom(9).zoom());
        assertEquals(AppSettings.MIN_ZOOM, AppSettings.DEFAULT.withZoom(0.1).zoom());
        assertEquals(1, AppSettings.DEFAULT.withZoom(Double.NaN).zoom());
        Files.writeString(dir.resolve(SettingsStore.FILE), "{\"zoom\": -2}");
        assertEquals(1, new SettingsStore(dir).get().zoom(), "a zoom that is no zoom: as designed");
    }
}
