package org.descentlab.ui;

import java.util.List;

/** Style-class names used from Java, and the style sheets of the window. */
public final class Styles {

    public static final String CAPTION = "caption";
    public static final String LANDSCAPE = "landscape";

    private static final List<String> SHEETS = List.of("tokens.css", "app.css");

    private Styles() {
    }

    /** URLs of the style sheets, tokens first; they are packaged from the top-level styles folder. */
    public static List<String> sheets() {
        return SHEETS.stream().map(name -> {
            var url = Styles.class.getResource("/styles/" + name);
            if (url == null) {
                throw new IllegalStateException("missing style sheet styles/" + name);
            }
            return url.toExternalForm();
        }).toList();
    }
}
