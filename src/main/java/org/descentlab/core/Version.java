package org.descentlab.core;

/** Which DescentLab this is, as the command line's --version and exported files say it. */
public final class Version {

    /** "DescentLab 0.1". */
    public static final String NAME = "DescentLab 0.1";

    private Version() {
    }
}
