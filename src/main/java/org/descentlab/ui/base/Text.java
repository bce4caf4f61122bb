package org.descentlab.ui.base;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every sentence, label and tooltip of the window, from the {@code messages} resource bundle of the
 * current language. Placeholders are {0}, {1}, …; numbers among the arguments are written by
 * {@link Numbers#label(double)}, so no sentence formats a number on its own.
 */
public final class Text {

    private static final String BUNDLE = "org.descentlab.ui.messages";
    private static volatile ResourceBundle bundle = load(Locale.ENGLISH);

    private Text() {
    }

    /** The languages the window speaks, as ISO 639 codes: English first, the fallback for any other. */
    public static final List<String> LANGUAGES = List.of("en", "ru");

    /** Switches the language of everything asked for after this. */
    public static void use(Locale locale) {
        bundle = load(locale);
    }

    /** The language of the texts asked for now: "en" or "ru". */
    public static String language() {
        String language = bundle.getLocale().getLanguage();
        return LANGUAGES.contains(language) ? language : LANGUAGES.get(0);
    }

    /**
     * The window's language: {@code chosen} when it is one of {@link #LANGUAGES}, else the system's when the
     * window speaks it (Russian for a Russian locale), else English.
     */
    public static Locale languageFor(String chosen, Locale system) {
        String language = LANGUAGES.contains(chosen) ? chosen : system.getLanguage();
        return Locale.forLanguageTag(LANGUAGES.contains(language) ? language : LANGUAGES.get(0));
    }

    /** The bundle for tests and for checking that every key is there. */
    public static ResourceBundle bundle() {
        return bundle;
    }

    /** A language's name in its own words, as its menu item shows it: English, Русский. */
    public static String languageName(String language) {
        return get("ru".equals(language) ? "language.ru" : "language.en");
    }

    /** The text of {@code key}; a missing key shows as the key in brackets, so it is seen and fixed. */
    public static String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "[" + key + "]";
        }
    }

    /** The text of {@code key}, or {@code fallback} when this language has none (e.g. the registry's English note). */
    public static String getOr(String key, String fallback) {
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    /** The text of {@code key} with {0}, {1}, … replaced by the arguments. */
    public static String format(String key, Object... args) {
        String pattern = get(key);
        StringBuilder out = new StringBuilder(pattern.length() + 16);
        for (int k = 0; k < pattern.length(); k++) {
            char c = pattern.charAt(k);
            int close = c == '{' ? pattern.indexOf('}', k) : -1;
            if (close > k + 1 && pattern.substring(k + 1, close).chars().allMatch(Character::isDigit)) {
                int index = Integer.parseInt(pattern.substring(k + 1, close));
                out.append(index < args.length ? text(args[index]) : pattern.substring(k, close + 1));
                k = close;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String text(Object arg) {
        if (arg instanceof Double d) {
            return Numbers.label(d);
        }
        if (arg instanceof Float f) {
            return Numbers.label(f);
        }
        return String.valueOf(arg);
    }

    private static ResourceBundle load(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
