package io.airisk.report.service;

import io.quarkus.qute.TemplateData;

/**
 * A badge's content: the band and overall index, its colour, and the widths of its two halves
 * (estimated from the text's length, as badge services do: no font is measured on the server).
 */
@TemplateData
public record Badge(String band, String overall, String colour, int labelWidth, int valueWidth) {

    static final String LABEL = "AI strategy risk";
    private static final int CHARACTER_WIDTH = 7;
    private static final int PADDING = 12;

    static Badge of(String band, String overall) {
        String colour = switch (band) {
            case "LOW" -> "#2e7d32";
            case "MODERATE" -> "#8a6d00";
            case "HIGH" -> "#c0392b";
            case "CRITICAL" -> "#7b1fa2";
            default -> "#555555";
        };
        int valueWidth = (band.length() + 1 + overall.length()) * CHARACTER_WIDTH + PADDING;
        return new Badge(band, overall, colour, LABEL.length() * CHARACTER_WIDTH + PADDING, valueWidth);
    }

    public String label() {
        return LABEL;
    }

    public int width() {
        return labelWidth + valueWidth;
    }

    public double labelCentre() {
        return labelWidth / 2.0;
    }

    public double valueCentre() {
        return labelWidth + valueWidth / 2.0;
    }
}
