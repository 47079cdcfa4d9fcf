package io.airisk.assessment.service;

import java.util.Locale;
import java.util.Optional;

/** The formats of the assessments' export. */
public enum ExportFormat {
    /** One row per assessment: its columns, dimension scores and answer vector; RFC 4180, UTF-8. */
    CSV("text/csv; charset=utf-8", "csv"),
    /** One assessment per line, exactly as {@code GET /api/v1/assessments/{id}} shows it. */
    JSONL("application/x-ndjson", "jsonl");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The format a query parameter names, ignoring case. */
    public static Optional<ExportFormat> named(String name) {
        for (ExportFormat format : values()) {
            if (format.extension.equals(name.toLowerCase(Locale.ROOT))) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
