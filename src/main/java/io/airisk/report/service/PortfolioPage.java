package io.airisk.report.service;

import io.airisk.engine.RiskBand;
import io.airisk.portfolio.service.Distribution;
import io.airisk.portfolio.service.PortfolioView;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A portfolio laid out for people: what the filters select in words, the band bar, a box plot per
 * dimension (and for the index), the shared recommendations and the rising organizations, every
 * number formatted. The box plots' coordinates are SVG user units in {@link #WIDTH} by the height
 * their rows take, one decimal; the template draws them.
 */
public record PortfolioPage(
        String tenant,
        String selection,
        int organizations,
        long assessments,
        List<BandSegment> bands,
        List<Box> boxes,
        int chartHeight,
        List<Tick> ticks,
        List<Recommendation> recommendations,
        List<Rise> rising,
        int risingTotal) {

    public static final int WIDTH = 640;
    private static final double LABEL = 190;
    private static final double LEFT = LABEL + 10;
    private static final double RIGHT = WIDTH - 14;
    private static final int ROW = 34;
    private static final int TOP = 26;

    /** The box plots' width in SVG user units. */
    public int width() {
        return WIDTH;
    }

    /** Where the scale's grid lines end, above its labels. */
    public int gridBottom() {
        return chartHeight - 20;
    }

    /** Where the scale's labels sit. */
    public int tickY() {
        return chartHeight - 6;
    }

    /** A band's share of the organizations: its part of the bar, in percent of its width. */
    public record BandSegment(String band, int count, String percent) {}

    /**
     * One row of the box plots: the whiskers from the lowest to the highest, the box from the first
     * to the third quartile, the median's line and the mean's dot; and the figures, for the table
     * that repeats them.
     */
    public record Box(
            String name,
            String y,
            String labelY,
            String boxY,
            String boxBottom,
            String boxWidth,
            String min,
            String q1,
            String median,
            String q3,
            String max,
            String mean,
            String figures,
            int count,
            List<String> cells) {}

    /** A mark of the scale under the box plots. */
    public record Tick(String x, String label) {}

    public record Recommendation(String title, String reference, int count, String total) {}

    public record Rise(String name, String from, String to, String change, String date) {}

    public static PortfolioPage of(String tenant, PortfolioView view) {
        List<BandSegment> bands = new ArrayList<>();
        Map<RiskBand, Integer> byBand = view.bands().byBand();
        int banded = byBand.values().stream().mapToInt(Integer::intValue).sum();
        for (Map.Entry<RiskBand, Integer> band : byBand.entrySet()) {
            if (band.getValue() > 0) {
                bands.add(new BandSegment(
                        band.getKey().name(), band.getValue(), format(100.0 * band.getValue() / banded)));
            }
        }
        List<Box> boxes = new ArrayList<>();
        if (view.overall() != null) {
            boxes.add(box("Overall index", view.overall(), 0));
        }
        for (Distribution dimension : view.dimensions().values()) {
            boxes.add(box(dimension.name(), dimension, boxes.size()));
        }
        List<Tick> ticks = new ArrayList<>();
        for (int value = 0; value <= 100; value += 25) {
            ticks.add(new Tick(x(value), Integer.toString(value)));
        }
        return new PortfolioPage(
                tenant,
                selection(view.filters()),
                view.organizations(),
                view.assessments(),
                bands,
                boxes,
                TOP + ROW * boxes.size() + 22,
                ticks,
                view.topRecommendations().stream()
                        .map(step -> new Recommendation(
                                step.title(),
                                step.reference(),
                                step.count(),
                                Reports.number(step.totalExpectedReduction())))
                        .toList(),
                view.rising().stream()
                        .map(rise -> new Rise(
                                rise.name(),
                                Reports.number(rise.from()),
                                Reports.number(rise.to()),
                                "+" + Reports.number(rise.change()),
                                Reports.DATE.format(rise.submittedAt().atZone(ZoneOffset.UTC))))
                        .toList(),
                view.risingTotal());
    }

    private static Box box(String name, Distribution values, int row) {
        double middle = TOP + ROW * row + ROW / 2.0;
        return new Box(
                name,
                format(middle),
                format(middle + 4),
                format(middle - 9),
                format(middle + 9),
                format(Double.parseDouble(x(values.q3())) - Double.parseDouble(x(values.q1()))),
                x(values.min()),
                x(values.q1()),
                x(values.median()),
                x(values.q3()),
                x(values.max()),
                x(values.mean()),
                String.format(
                        Locale.ROOT,
                        "lowest %s, first quartile %s, median %s, third quartile %s, highest %s, mean %s",
                        Reports.number(values.min()),
                        Reports.number(values.q1()),
                        Reports.number(values.median()),
                        Reports.number(values.q3()),
                        Reports.number(values.max()),
                        Reports.number(values.mean())),
                values.count(),
                List.of(
                        Reports.number(values.min()),
                        Reports.number(values.q1()),
                        Reports.number(values.median()),
                        Reports.number(values.q3()),
                        Reports.number(values.max()),
                        Reports.number(values.mean())));
    }

    private static String selection(PortfolioView.Filters filters) {
        List<String> parts = new ArrayList<>();
        if (filters.industry() != null) {
            parts.add("industry " + filters.industry());
        }
        if (filters.size() != null) {
            parts.add("size " + filters.size());
        }
        if (filters.from() != null || filters.to() != null) {
            parts.add("latest assessment submitted "
                    + (filters.from() == null ? "" : "from " + Reports.DATE.format(filters.from()) + " ")
                    + (filters.to() == null ? "" : "to " + Reports.DATE.format(filters.to())));
        }
        return parts.isEmpty() ? "All organizations" : String.join(", ", parts).strip();
    }

    private static String x(double value) {
        return format(LEFT + (RIGHT - LEFT) * Math.max(0, Math.min(100, value)) / 100);
    }

    private static String format(double number) {
        return String.format(Locale.ROOT, "%.1f", number);
    }
}
