package org.descentlab.core.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.descentlab.core.expr.SampleLoss;

/**
 * Reads a dataset CSV: a header line of column names, then one line of plain decimal numbers per row, comma
 * separated (spaces around values and blank lines are ignored). Refuses, naming the row, its line and the
 * column: a row with a value missing or one too many, a value that is not a finite number, no rows, and more
 * than {@link Dataset#MAX_ROWS} rows. Row 1 is the first line under the header.
 */
public final class DatasetCsv {

    /** Plain decimal numbers as people and NumPy write them: no NaN, Infinity, hex or type suffix. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    /** Files larger than this are refused unread. */
    public static final long MAX_BYTES = 32L << 20;

    private DatasetCsv() {
    }

    /**
     * Reads the file; the messages say what is wrong, not which file (the caller says it).
     *
     * @throws IllegalArgumentException when it is missing, unreadable or refused
     */
    public static Dataset read(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new IllegalArgumentException("it is over " + (MAX_BYTES >> 20) + " MB; a dataset is at most "
                        + String.format(Locale.ROOT, "%,d", Dataset.MAX_ROWS) + " rows");
            }
            return parse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("there is no such file");
        } catch (IOException e) {
            throw new IllegalArgumentException(Files.isDirectory(file) ? "it is a folder, not a file" : "cannot read it: " + e.getMessage());
        }
    }

    /** @throws IllegalArgumentException naming the row, line and column of what is refused */
    public static Dataset parse(String text) {
        // a byte-order mark, as spreadsheets write before UTF-8 CSV, is not part of the first column's name
        String[] lines = (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\r?\n", -1);
        int line = 0;
        while (line < lines.length && lines[line].isBlank()) {
            line++;
        }
        if (line == lines.length) {
            throw new IllegalArgumentException("the file is empty: it needs a header line of column names, then rows");
        }
        List<String> columns = header(lines[line], line + 1);
        List<double[]> rows = new ArrayList<>();
        for (int i = line + 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            int row = rows.size() + 1;
            if (row > Dataset.MAX_ROWS) {
                throw new IllegalArgumentException(where(row, i + 1) + ": more than " + String.format(Locale.ROOT, "%,d",
                        Dataset.MAX_ROWS) + " rows; a dataset is at most that");
            }
            rows.add(values(lines[i].split(",", -1), columns, row, i + 1));
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no rows under the header (" + String.join(",", columns) + ")");
        }
        return new Dataset(columns, rows.toArray(double[][]::new));
    }

    private static List<String> header(String text, int line) {
        List<String> columns = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String raw : text.split(",", -1)) {
            String name = unquote(raw.strip());
            String problem = SampleLoss.columnProblem(name).orElse(null);
            if (problem != null) {
                throw new IllegalArgumentException("header (line " + line + "), column " + (columns.size() + 1) + ": " + problem);
            }
            if (!seen.add(name)) {
                throw new IllegalArgumentException("header (line " + line + "): column '" + name + "' is named twice");
            }
            columns.add(name);
        }
        return columns;
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1).strip() : s;
    }

    private static double[] values(String[] fields, List<String> columns, int row, int line) {
        if (fields.length > columns.size()) {
            throw new IllegalArgumentException(where(row, line) + " has " + fields.length + " values; the header names "
                    + columns.size() + " (" + String.join(", ", columns) + ")");
        }
        double[] values = new double[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            String at = where(row, line) + ", column " + columns.get(c);
            if (c >= fields.length || fields[c].isBlank()) {
                throw new IllegalArgumentException(at + ": the value is missing");
            }
            String field = fields[c].strip();
            double v = NUMBER.matcher(field).matches() ? Double.parseDouble(field) : Double.NaN;
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException(at + ": '" + field + "' is not a finite number");
            }
            values[c] = v;
        }
        return values;
    }

    private static String where(int row, int line) {
        return "row " + row + " (line " + line + ")";
    }
}
