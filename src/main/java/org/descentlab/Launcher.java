package org.descentlab;

import org.descentlab.cli.Cli;

/**
 * Entry point of the jar and of {@code mvn javafx:run}. No arguments opens the app; a subcommand runs
 * headless. A plain class, not an {@code Application}, so the jar starts from the class path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            try {
                org.descentlab.ui.app.DescentLabApp.open(args);
            } catch (RuntimeException e) {
                System.err.println("error: cannot open the window (" + e.getMessage() + "). The commands work without"
                        + " a display: try 'java -jar descentlab.jar --help'");
                System.exit(1);
            }
            return;
        }
        System.exit(Cli.run(args));
    }
}
