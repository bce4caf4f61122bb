package org.descentlab.ui.landscape;

import java.util.List;

import org.descentlab.core.Vec2;
import org.descentlab.core.run.Trajectory;
import org.descentlab.core.scenario.LineStyle;

/**
 * One run as it is drawn on the landscape and in the loss chart.
 *
 * @param trajectory its path
 * @param colour     its path colour, an index into the palette
 * @param line       its line style
 * @param label      its legend label
 * @param ghosts     its previous paths, newest first, drawn dimmed
 * @param ownStart   its own start marker, or null when it starts from the shared start
 */
public record RunPath(Trajectory trajectory, int colour, LineStyle line, String label, List<Trajectory> ghosts, Vec2 ownStart) {

    public RunPath {
        ghosts = List.copyOf(ghosts);
    }
}
