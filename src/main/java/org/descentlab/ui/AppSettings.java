package org.descentlab.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** What the app remembers between launches: a string store, the user's preferences by default. */
public interface AppSettings {

    String get(String key, String fallback);

    void put(String key, String value);

    /** Writes through now; failures are ignored (remembering is a courtesy, not a duty). */
    default void flush() {
    }

    /** The user's preferences node for DescentLab. */
    static AppSettings userPreferences() {
        Preferences node = Preferences.userRoot().node("org/descentlab");
        return new AppSettings() {
            @Override
            public String get(String key, String fallback) {
                return node.get(key, fallback);
            }

            @Override
            public void put(String key, String value) {
                node.put(key, value);
            }

            @Override
            public void flush() {
                try {
                    node.flush();
                } catch (BackingStoreException e) {
                    // not remembered this time
                }
            }
        };
    }

    /** A store that forgets on exit, for tests. */
    static AppSettings inMemory() {
        Map<String, String> map = new HashMap<>();
        return new AppSettings() {
            @Override
            public String get(String key, String fallback) {
                return map.getOrDefault(key, fallback);
            }

            @Override
            public void put(String key, String value) {
                map.put(key, value);
            }
        };
    }
}
