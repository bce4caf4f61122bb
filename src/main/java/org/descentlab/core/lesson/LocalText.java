package org.descentlab.core.lesson;

import org.descentlab.core.Validate;

/**
 * A text in the two languages lessons are written in.
 *
 * @param en English
 * @param ru Russian
 */
public record LocalText(String en, String ru) {

    public LocalText {
        Validate.notNull("en", en);
        Validate.notNull("ru", ru);
        Validate.isTrue(!en.isBlank() && !ru.isBlank(), "a lesson text needs both English and Russian");
    }

    /** The text in {@code language} ("ru" for Russian); English for any other. */
    public String in(String language) {
        return "ru".equals(language) ? ru : en;
    }
}
