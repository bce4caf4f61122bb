package org.descentlab.bench;

import org.descentlab.core.field.ScalarField;
import org.descentlab.core.raster.Grid;

/**
 * The classic 2-D test functions, each as typed text and as naive hand-written Java: per point, written
 * as the formula reads (every power through {@code Math.pow}), for the speed baselines.
 */
public enum ClassicFunction {
    SPHERE("x^2 + y^2", -5, 5, -5, 5,
            (x, y) -> Math.pow(x, 2) + Math.pow(y, 2)),
    ROSENBROCK("(1-x)^2 + 100*(y-x^2)^2", -2, 2, -1, 3,
            (x, y) -> Math.pow(1 - x, 2) + 100 * Math.pow(y - Math.pow(x, 2), 2)),
    HIMMELBLAU("(x^2+y-11)^2 + (x+y^2-7)^2", -5, 5, -5, 5,
            (x, y) -> Math.pow(Math.pow(x, 2) + y - 11, 2) + Math.pow(x + Math.pow(y, 2) - 7, 2)),
    RASTRIGIN("20 + x^2 - 10*cos(2*pi*x) + y^2 - 10*cos(2*pi*y)", -5.12, 5.12, -5.12, 5.12,
            (x, y) -> 20 + Math.pow(x, 2) - 10 * Math.cos(2 * Math.PI * x) + Math.pow(y, 2) - 10 * Math.cos(2 * Math.PI * y)),
    ACKLEY("-20*exp(-0.2*sqrt(0.5*(x^2+y^2))) - exp(0.5*(cos(2*pi*x)+cos(2*pi*y))) + e + 20", -5, 5, -5, 5,
            (x, y) -> -20 * Math.exp(-0.2 * Math.sqrt(0.5 * (Math.pow(x, 2) + Math.pow(y, 2))))
                    - Math.exp(0.5 * (Math.cos(2 * Math.PI * x) + Math.cos(2 * Math.PI * y))) + Math.E + 20),
    BEALE("(1.5-x+x*y)^2 + (2.25-x+x*y^2)^2 + (2.625-x+x*y^3)^2", -4.5, 4.5, -4.5, 4.5,
            (x, y) -> Math.pow(1.5 - x + x * y, 2) + Math.pow(2.25 - x + x * Math.pow(y, 2), 2)
                    + Math.pow(2.625 - x + x * Math.pow(y, 3), 2)),
    GOLDSTEIN_PRICE("(1+(x+y+1)^2*(19-14*x+3*x^2-14*y+6*x*y+3*y^2))*(30+(2*x-3*y)^2*(18-32*x+12*x^2+48*y-36*x*y+27*y^2))",
            -2, 2, -2, 2,
            (x, y) -> (1 + Math.pow(x + y + 1, 2) * (19 - 14 * x + 3 * Math.pow(x, 2) - 14 * y + 6 * x * y + 3 * Math.pow(y, 2)))
                    * (30 + Math.pow(2 * x - 3 * y, 2)
                            * (18 - 32 * x + 12 * Math.pow(x, 2) + 48 * y - 36 * x * y + 27 * Math.pow(y, 2)))),
    EGGHOLDER("-(y+47)*sin(sqrt(abs(x/2+(y+47)))) - x*sin(sqrt(abs(x-(y+47))))", -512, 512, -512, 512,
            (x, y) -> -(y + 47) * Math.sin(Math.sqrt(Math.abs(x / 2 + (y + 47))))
                    - x * Math.sin(Math.sqrt(Math.abs(x - (y + 47))))),
    LEVI_N13("sin(3*pi*x)^2 + (x-1)^2*(1+sin(3*pi*y)^2) + (y-1)^2*(1+sin(2*pi*y)^2)", -10, 10, -10, 10,
            (x, y) -> Math.pow(Math.sin(3 * Math.PI * x), 2) + Math.pow(x - 1, 2) * (1 + Math.pow(Math.sin(3 * Math.PI * y), 2))
                    + Math.pow(y - 1, 2) * (1 + Math.pow(Math.sin(2 * Math.PI * y), 2))),
    THREE_HUMP_CAMEL("2*x^2 - 1.05*x^4 + x^6/6 + x*y + y^2", -5, 5, -5, 5,
            (x, y) -> 2 * Math.pow(x, 2) - 1.05 * Math.pow(x, 4) + Math.pow(x, 6) / 6 + x * y + Math.pow(y, 2));

    private final String text;
    private final double xmin;
    private final double xmax;
    private final double ymin;
    private final double ymax;
    private final ScalarField handWritten;

    ClassicFunction(String text, double xmin, double xmax, double ymin, double ymax, ScalarField handWritten) {
        this.text = text;
        this.xmin = xmin;
        this.xmax = xmax;
        this.ymin = ymin;
        this.ymax = ymax;
        this.handWritten = handWritten;
    }

    public String text() {
        return text;
    }

    public ScalarField handWritten() {
        return handWritten;
    }

    public Grid grid(int n) {
        return new Grid(xmin, xmax, ymin, ymax, n, n);
    }
}
