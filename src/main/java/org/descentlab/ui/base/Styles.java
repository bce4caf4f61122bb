package org.descentlab.ui.base;

import java.util.List;
import java.util.stream.Stream;

/** Style-class names used from Java, and the style sheets of the window. */
public final class Styles {

    public static final String CAPTION = "caption";
    public static final String LANDSCAPE = "landscape";
    /** The plot inside a landscape: opaque, so that nothing behind it is drawn again at each frame. */
    public static final String LANDSCAPE_PLOT = "landscape-plot";
    /** A play, pause or step shape on a playback button. */
    public static final String TRANSPORT_ICON = "transport-icon";
    public static final String LOSS_CHART = "loss-chart";
    public static final String ERROR_TEXT = "error-text";
    public static final String WARNING_TEXT = "warning-text";
    public static final String STATUS = "status";
    public static final String SIDE_PANEL = "side-panel";
    public static final String SECTION_TITLE = "section-title";
    public static final String INVALID = "invalid";
    public static final String FUNCTION_FIELD = "function-field";
    public static final String EQUATION_PANEL = "equation-panel";
    public static final String EQUATION = "equation";
    public static final String NUMBER_COLUMN = "number-column";
    public static final String NOTICE = "notice";
    /** On a landscape while its picture is taken: no focus border in it. */
    public static final String PICTURE = "picture";
    /** The panel of the lesson being followed, and its goal's status once met. */
    public static final String LESSON = "lesson";
    public static final String LESSON_STATUS = "lesson-status";
    public static final String LESSON_MET = "lesson-met";

    /** Presentation mode's folded side panel, a slim bar. */
    public static final String SIDE_BAR = "side-bar";
    /** On the scene's root in the dark theme, for sheets laid over the theme (presentation mode's). */
    public static final String DARK_ROOT = "dark";
    public static final String SHORTCUTS_BACKDROP = "shortcuts-backdrop";
    public static final String SHORTCUTS_BOX = "shortcuts-box";
    public static final String SHORTCUT_KEYS = "shortcut-keys";
    /** The root's text size as designed, in pixels; the style sheets size text in em of it. */
    public static final double BASE_FONT = 13;

    private static final List<String> SHEETS = List.of("tokens.css", "app.css");
    private static final String LIGHT = "light.css";
    private static final String DARK = "dark.css";
    private static final String PRESENTATION = "presentation.css";

    private Styles() {
    }

    /** URLs of the style sheets, tokens first, then the theme; packaged from the top-level styles folder. */
    public static List<String> sheets(boolean dark) {
        return Stream.concat(SHEETS.stream(), Stream.of(dark ? DARK : LIGHT))
                .map(Styles::url).toList();
    }

    /** The theme's sheets, with presentation mode's strong contrast over them when {@code presentation}. */
    public static List<String> sheets(boolean dark, boolean presentation) {
        return Stream.concat(sheets(dark).stream(), presentation ? Stream.of(url(PRESENTATION)) : Stream.empty()).toList();
    }

    /** The inline style that sizes the root's text, and with it all text sized in em, at {@code scale}. */
    public static String fontScale(double scale) {
        return String.format(java.util.Locale.ROOT, "-fx-font-size: %.2fpx;", BASE_FONT * scale);
    }

    /** The light theme's sheets. */
    public static List<String> sheets() {
        return sheets(false);
    }

    private static String url(String name) {
        var url = Styles.class.getResource("/styles/" + name);
        if (url == null) {
            throw new IllegalStateException("missing style sheet styles/" + name);
        }
        return url.toExternalForm();
    }
}
