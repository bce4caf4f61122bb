package org.descentlab.ui;

import javafx.scene.paint.Color;

import org.descentlab.core.run.Trajectory;

/** One run drawn on the landscape: its path, colour and legend label. */
public record PathLayer(Trajectory trajectory, Color color, String label) {
}
