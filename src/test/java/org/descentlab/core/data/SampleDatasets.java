package org.descentlab.core.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Makes the CSVs shipped in sample-functions/, deterministically ({@link Random} is specified to give the same
 * numbers everywhere): {@code mvn -o test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.descentlab.core.data.SampleDatasets} rewrites them, and {@link SampleDatasetsTest}
 * checks that the shipped files are what this makes.
 */
public final class SampleDatasets {

    /** Each shipped CSV by file name. */
    static final Map<String, Supplier<String>> FILES = Map.of(
            "linear-regression.csv", SampleDatasets::linearRegression,
            "logistic-regression.csv", SampleDatasets::logisticRegression,
            "noisy-double-well.csv", SampleDatasets::noisyDoubleWell);

    private SampleDatasets() {
    }

    /** 200 rows u, v: u uniform in [−2, 2], v = 2u + 1 + N(0, 0.5²). */
    static String linearRegression() {
        Random r = new Random(14);
        StringBuilder s = new StringBuilder("u,v\n");
        for (int i = 0; i < 200; i++) {
            double u = -2 + 4 * r.nextDouble();
            s.append(row(u, 2 * u + 1 + 0.5 * r.nextGaussian()));
        }
        return s.toString();
    }

    /** 200 rows u, s: labels s = ±1 in turn, u ~ N(s, 1), so the log-odds of s = 1 are 2u. */
    static String logisticRegression() {
        Random r = new Random(15);
        StringBuilder s = new StringBuilder("u,s\n");
        for (int i = 0; i < 200; i++) {
            int label = i % 2 == 0 ? 1 : -1;
            s.append(String.format(Locale.ROOT, "%.4f,%d\n", label + r.nextGaussian(), label));
        }
        return s.toString();
    }

    /**
     * 500 rows c, d: c ~ N(−0.3, 2²), d ~ N(0, 1). With the loss {@code (x^2 - 1)^2 + c*x + y^2 + d*y} every
     * row's gradient is the mean's plus (c − c̄, d − d̄): mini-batch noise of spread 2/√B along x.
     */
    static String noisyDoubleWell() {
        Random r = new Random(16);
        StringBuilder s = new StringBuilder("c,d\n");
        for (int i = 0; i < 500; i++) {
            s.append(row(-0.3 + 2 * r.nextGaussian(), r.nextGaussian()));
        }
        return s.toString();
    }

    private static String row(double a, double b) {
        return String.format(Locale.ROOT, "%.4f,%.4f\n", a, b);
    }

    /** Writes every CSV into the folder given, sample-functions by default. */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "sample-functions");
        for (Map.Entry<String, Supplier<String>> e : FILES.entrySet()) {
            Files.writeString(folder.resolve(e.getKey()), e.getValue().get(), StandardCharsets.UTF_8);
        }
    }
}
