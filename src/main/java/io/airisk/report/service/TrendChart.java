package io.airisk.report.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of a small chart of the index over an organization's submitted assessments, oldest
 * on the left, evenly spaced: the line through the indexes, a dot per assessment, and the band cuts
 * at 25, 50 and 75 as guides. Coordinates are SVG user units in {@link #WIDTH} by {@link #HEIGHT},
 * written with one decimal; the template draws them.
 */
public record TrendChart(String line, List<Dot> dots, List<Guide> guides) {

    public static final int WIDTH = 400;
    public static final int HEIGHT = 140;
    private static final double LEFT = 36;
    private static final double RIGHT = WIDTH - 16;
    private static final double TOP = 12;
    private static final double BOTTOM = HEIGHT - 20;
    private static final int[] CUTS = {25, 50, 75};

    /** One assessment: where its dot goes, and what its title says. */
    public record Dot(String x, String y, String label) {}

    /** A band cut's guide line and its label. */
    public record Guide(String y, String label) {}

    /** An assessment's index and how it is named on the chart (its date). */
    public record Value(double index, String label) {}

    public static TrendChart of(List<Value> values) {
        if (values.size() < 2) {
            throw new IllegalArgumentException("a trend needs two points or more, got " + values.size());
        }
        List<Dot> dots = new ArrayList<>();
        List<String> points = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String x = format(LEFT + (RIGHT - LEFT) * i / (values.size() - 1));
            String y = y(values.get(i).index());
            points.add(x + "," + y);
            dots.add(new Dot(
                    x, y, values.get(i).label() + ": " + format(values.get(i).index())));
        }
        List<Guide> guides = new ArrayList<>();
        for (int cut : CUTS) {
            guides.add(new Guide(y(cut), Integer.toString(cut)));
        }
        return new TrendChart(String.join(" ", points), dots, guides);
    }

    private static String y(double index) {
        return format(BOTTOM - (BOTTOM - TOP) * Math.max(0, Math.min(100, index)) / 100);
    }

    private static String format(double coordinate) {
        return String.format(Locale.ROOT, "%.1f", coordinate);
    }
}
