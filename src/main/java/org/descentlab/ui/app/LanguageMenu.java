package org.descentlab.ui.app;

import java.util.Locale;
import java.util.function.Consumer;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;

import org.descentlab.ui.base.Text;
import org.descentlab.ui.files.SettingsStore;

/**
 * Settings ▸ Language: the system's language, English or Russian, remembered in the settings. The window
 * is built in one language, so a new choice takes effect when DescentLab next starts; the status line says so.
 */
final class LanguageMenu {

    private LanguageMenu() {
    }

    /**
     * @param settings where the choice is remembered
     * @param system   the system's locale, which "System language" follows
     * @param notice   where the restart is announced
     */
    static Menu settings(SettingsStore settings, Locale system, Consumer<String> notice) {
        Menu language = new Menu(Text.get("language.menu"));
        language.setId("menu-language");
        ToggleGroup group = new ToggleGroup();
        String chosen = settings.get().language();
        RadioMenuItem followSystem = item(Text.format("language.system", Text.languageName(Text.languageFor("", system).getLanguage())),
                group, !Text.LANGUAGES.contains(chosen));
        followSystem.setId("language-system");
        followSystem.setOnAction(e -> choose(settings, "", system, notice));
        language.getItems().add(followSystem);
        for (String code : Text.LANGUAGES) {
            RadioMenuItem item = item(Text.languageName(code), group, code.equals(chosen));
            item.setId("language-" + code);
            item.setOnAction(e -> choose(settings, code, system, notice));
            language.getItems().add(item);
        }
        MenuItem note = new MenuItem(Text.get("language.afterRestart"));
        note.setDisable(true);
        language.getItems().add(note);
        Menu menu = new Menu(Text.get("menu.settings"));
        menu.setId("menu-settings");
        menu.getItems().add(language);
        return menu;
    }

    private static RadioMenuItem item(String text, ToggleGroup group, boolean selected) {
        RadioMenuItem item = new RadioMenuItem(text);
        item.setMnemonicParsing(false);
        item.setToggleGroup(group);
        item.setSelected(selected);
        return item;
    }

    private static void choose(SettingsStore settings, String code, Locale system, Consumer<String> notice) {
        settings.put(settings.get().withLanguage(code));
        String next = Text.languageFor(code, system).getLanguage();
        notice.accept(next.equals(Text.language()) ? "" : Text.format("language.restart", Text.languageName(next)));
    }
}
