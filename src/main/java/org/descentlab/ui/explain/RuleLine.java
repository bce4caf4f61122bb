package org.descentlab.ui.explain;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;

import org.descentlab.ui.base.Styles;

/**
 * One line of an update rule as the optimizer wrote it, e.g. "m̂ = m / (1 − β1ᵗ)". A letter followed by
 * a combining circumflex (U+0302) gets its hat drawn over it: JavaFX sets the mark beside the letter
 * instead ("m^"), and m̂ and v̂ have no precomposed characters to fall back on.
 */
final class RuleLine extends HBox {

    static final char CIRCUMFLEX = '\u0302';

    RuleLine(String rule) {
        setAlignment(Pos.BASELINE_LEFT);
        for (String part : split(rule)) {
            boolean hatted = part.length() > 1 && part.charAt(part.length() - 1) == CIRCUMFLEX
                    && part.codePointCount(0, part.length()) == 2;
            getChildren().add(hatted ? new Hatted(part.substring(0, part.length() - 1)) : label(part));
        }
    }

    /** The rule cut into plain runs and hatted letters (each a letter and its U+0302), in order. */
    static List<String> split(String rule) {
        List<String> parts = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int k = 0;
        while (k < rule.length()) {
            int letter = rule.codePointAt(k);
            int after = k + Character.charCount(letter);
            if (after < rule.length() && rule.charAt(after) == CIRCUMFLEX && letter != CIRCUMFLEX) {
                if (!plain.isEmpty()) {
                    parts.add(plain.toString());
                    plain.setLength(0);
                }
                parts.add(rule.substring(k, after + 1));
                k = after + 1;
            } else {
                plain.appendCodePoint(letter);
                k = after;
            }
        }
        if (!plain.isEmpty()) {
            parts.add(plain.toString());
        }
        return parts;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.EQUATION);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /** A letter with a circumflex drawn over its top, in the letter's colour, as wide as the letter. */
    static final class Hatted extends Region {

        private final Label letter;
        private final Polyline hat = new Polyline();

        Hatted(String base) {
            letter = label(base);
            hat.strokeProperty().bind(letter.textFillProperty());
            hat.setStrokeLineCap(StrokeLineCap.ROUND);
            hat.setStrokeLineJoin(StrokeLineJoin.ROUND);
            hat.setManaged(false);
            getChildren().addAll(letter, hat);
        }

        /** The letter under the hat. */
        Label letter() {
            return letter;
        }

        /** The hat. */
        Polyline hat() {
            return hat;
        }

        @Override
        protected double computePrefWidth(double height) {
            return letter.prefWidth(-1);
        }

        @Override
        protected double computePrefHeight(double width) {
            return letter.prefHeight(-1);
        }

        @Override
        protected double computeMinWidth(double height) {
            return computePrefWidth(height);
        }

        @Override
        public double getBaselineOffset() {
            return letter.getBaselineOffset();
        }

        @Override
        protected void layoutChildren() {
            letter.resizeRelocate(0, 0, getWidth(), getHeight());
            // the letter's ink, relative to its baseline: the hat sits just above its top, centred on it
            Text ink = new Text(letter.getText());
            ink.setFont(letter.getFont());
            ink.setBoundsType(TextBoundsType.VISUAL);
            Bounds glyph = ink.getLayoutBounds();
            double size = letter.getFont().getSize();
            double centre = letter.getPadding().getLeft() + glyph.getMinX() + glyph.getWidth() / 2;
            double bottom = letter.getBaselineOffset() + glyph.getMinY() - size * 0.16;
            double half = Math.min(glyph.getWidth() * 0.42, size * 0.24);
            hat.setStrokeWidth(Math.max(1, size * 0.08));
            hat.getPoints().setAll(centre - half, bottom, centre, bottom - size * 0.2, centre + half, bottom);
        }
    }
}
