package io.airisk.report.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of a radar chart of scores from 0 to 100, one axis per dimension, clockwise from
 * the top: the polygon of the scores, the rings at 25, 50, 75 and 100, each axis's end and where
 * its label goes. Coordinates are SVG user units in a square of {@link #SIZE}, written with one
 * decimal; the templates draw them. A long label goes on two lines, so that the labels beside the
 * chart stay narrow and the whole scales down to a phone's width with its text still readable.
 */
public record RadarChart(String polygon, List<String> rings, List<Axis> axes) {

    public static final int SIZE = 400;
    private static final double CENTRE = SIZE / 2.0;
    private static final double RADIUS = 120;
    private static final double LABEL_RADIUS = RADIUS + 18;
    private static final int[] RING_SCORES = {25, 50, 75, 100};
    /** A label longer than this many characters is split, at the space nearest its middle. */
    static final int LINE_LENGTH = 14;
    /** The longest half of a label split in two; a longer one is wrapped word by word. */
    static final int HALF_LENGTH = 18;
    /** The longest line of a label wrapped word by word. */
    static final int WRAP_LENGTH = 16;
    /** The distance between a label's lines, in ems, as the template's dy writes it. */
    private static final double LINE_HEIGHT = 1.2;

    /**
     * One dimension's axis: where it ends, its score's point, and its label's place and anchor;
     * the label's lines, the first {@code firstLine} ems from the label's place (above it for a
     * label over the chart, so that a label never runs into the chart).
     */
    public record Axis(
            String label,
            double score,
            String x,
            String y,
            String pointX,
            String pointY,
            String labelX,
            String labelY,
            String anchor,
            List<String> lines,
            String firstLine) {}

    /** A dimension's name and score, in the order the axes go round. */
    public record Value(String label, double score) {}

    public static RadarChart of(List<Value> values) {
        if (values.size() < 3) {
            throw new IllegalArgumentException("a radar needs three axes or more, got " + values.size());
        }
        List<Axis> axes = new ArrayList<>();
        List<String> points = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            Value value = values.get(i);
            double angle = 2 * Math.PI * i / values.size();
            double share = Math.max(0, Math.min(100, value.score())) / 100;
            String pointX = x(angle, RADIUS * share);
            String pointY = y(angle, RADIUS * share);
            points.add(pointX + "," + pointY);
            double sin = Math.sin(angle);
            String anchor = Math.abs(sin) < 0.1 ? "middle" : sin > 0 ? "start" : "end";
            List<String> lines = lines(value.label());
            // Over the chart the lines go up from the label's place, under it down, beside it both ways.
            double firstLine = -(lines.size() - 1) * LINE_HEIGHT * (1 + Math.cos(angle)) / 2;
            axes.add(new Axis(
                    value.label(),
                    value.score(),
                    x(angle, RADIUS),
                    y(angle, RADIUS),
                    pointX,
                    pointY,
                    x(angle, LABEL_RADIUS),
                    y(angle, LABEL_RADIUS),
                    anchor,
                    lines,
                    format(firstLine)));
        }
        List<String> rings = new ArrayList<>();
        for (int score : RING_SCORES) {
            List<String> corners = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                double angle = 2 * Math.PI * i / values.size();
                corners.add(x(angle, RADIUS * score / 100) + "," + y(angle, RADIUS * score / 100));
            }
            rings.add(String.join(" ", corners));
        }
        return new RadarChart(String.join(" ", points), rings, axes);
    }

    /**
     * A label on one line; when it is long, on two split at the space nearest its middle; when a
     * half is still too long (German and French names run longer), on as many lines of at most
     * {@link #WRAP_LENGTH} characters as it takes, word by word.
     */
    static List<String> lines(String label) {
        if (label.length() <= LINE_LENGTH) {
            return List.of(label);
        }
        int middle = label.length() / 2;
        int split = -1;
        for (int i = 0; i < label.length(); i++) {
            if (label.charAt(i) == ' ' && (split < 0 || Math.abs(i - middle) < Math.abs(split - middle))) {
                split = i;
            }
        }
        if (split < 0) {
            return List.of(label);
        }
        if (split <= HALF_LENGTH && label.length() - split - 1 <= HALF_LENGTH) {
            return List.of(label.substring(0, split), label.substring(split + 1));
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : label.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > WRAP_LENGTH) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static String x(double angle, double distance) {
        return format(CENTRE + distance * Math.sin(angle));
    }

    private static String y(double angle, double distance) {
        return format(CENTRE - distance * Math.cos(angle));
    }

    private static String format(double coordinate) {
        return String.format(Locale.ROOT, "%.1f", coordinate);
    }
}
