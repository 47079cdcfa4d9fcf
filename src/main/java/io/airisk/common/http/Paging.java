package io.airisk.common.http;

import io.airisk.common.error.FieldError;
import java.util.List;

/**
 * The {@code page} and {@code size} query parameters of a list, checked: a page from 0, a size
 * from 1 to {@value #MAX_SIZE} ({@value #DEFAULT_SIZE} by default), and no page beyond what an
 * offset can reach. Read from text rather than bound as integers: JAX-RS answers a query parameter
 * it cannot convert with 404, where a client must hear 400 naming the parameter.
 */
public record Paging(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /** The paging asked for; each bad parameter is added to {@code errors} and its default used. */
    public static Paging parse(String page, String size, List<FieldError> errors) {
        int pageNumber = parseInt("page", page, 0, 0, Integer.MAX_VALUE, errors);
        int pageSize = parseInt("size", size, DEFAULT_SIZE, 1, MAX_SIZE, errors);
        if ((long) pageNumber * pageSize > Integer.MAX_VALUE - pageSize) {
            errors.add(new FieldError("page", "is beyond any page that can exist for size " + pageSize));
        }
        return new Paging(pageNumber, pageSize);
    }

    private static int parseInt(String name, String raw, int fallback, int min, int max, List<FieldError> errors) {
        if (raw == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(
                name,
                max == Integer.MAX_VALUE
                        ? "must be an integer of at least " + min
                        : "must be an integer from " + min + " to " + max));
        return fallback;
    }
}
