package io.airisk.portfolio.rest;

import io.airisk.assessment.service.Organization;
import io.airisk.common.error.FieldError;
import io.airisk.common.error.InvalidInputException;
import io.airisk.common.text.TextValidator;
import io.airisk.portfolio.service.PortfolioView;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The portfolio's filters, as the API and its page take them: read as text, so that each bad one is named. */
public class PortfolioQuery {

    /** A day as YYYY-MM-DD: four digits of year, and no more, so that every day is one a database holds. */
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @QueryParam("industry")
    @Parameter(
            description = "Only organizations of this industry, compared trimmed and ignoring case",
            example = "Manufacturing",
            schema = @Schema(type = SchemaType.STRING, maxLength = Organization.INDUSTRY_MAX))
    public String industry;

    @QueryParam("size")
    @Parameter(
            description = "Only organizations of this size, compared trimmed and ignoring case",
            example = "1000-5000",
            schema = @Schema(type = SchemaType.STRING, maxLength = Organization.SIZE_MAX))
    public String size;

    @QueryParam("from")
    @Parameter(
            description = "Only organizations whose latest assessment was submitted on this day (UTC) or later",
            example = "2026-07-01",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String from;

    @QueryParam("to")
    @Parameter(
            description = "Only organizations whose latest assessment was submitted on this day (UTC) or earlier",
            example = "2026-09-30",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String to;

    /**
     * The filters, checked.
     *
     * @throws InvalidInputException naming every bad filter
     */
    public PortfolioView.Filters filters() throws InvalidInputException {
        List<FieldError> errors = new ArrayList<>();
        text("industry", industry, Organization.INDUSTRY_MAX, errors);
        text("size", size, Organization.SIZE_MAX, errors);
        LocalDate first = date("from", from, errors);
        LocalDate last = date("to", to, errors);
        if (first != null && last != null && last.isBefore(first)) {
            errors.add(new FieldError("to", "must not be before from (" + first + ")"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new PortfolioView.Filters(industry, size, first, last);
    }

    private static void text(String name, String value, int max, List<FieldError> errors) {
        String problem = value == null ? null : TextValidator.problem(value, max, false);
        if (problem != null) {
            errors.add(new FieldError(name, problem));
        }
    }

    private static LocalDate date(String name, String value, List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        if (!DAY.matcher(value).matches()) {
            errors.add(new FieldError(name, "must be a date such as 2026-07-01"));
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "must be a date such as 2026-07-01"));
            return null;
        }
    }
}
