package io.airisk.assessment.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.airisk.access.Caller;
import io.airisk.assessment.AssessmentStatus;
import io.airisk.assessment.repository.AssessmentRepository;
import io.airisk.assessment.repository.AssessmentRepository.Position;
import io.airisk.assessment.repository.AssessmentRepository.Slice;
import io.airisk.assessment.repository.StoredAssessment;
import io.airisk.common.json.StrictJson;
import io.airisk.engine.Dimension;
import io.airisk.engine.ScoringEngine;
import io.airisk.questionnaire.service.QuestionnaireCatalog;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import org.jboss.logging.Logger;

/**
 * The tenant's assessments written out whole, as CSV or JSON Lines, while they are read: one page
 * of rows at a time, each page in a transaction of its own that starts where the last one ended
 * ({@link AssessmentRepository#pageAfter}), written and flushed to the client before the next is
 * read. An export holds one page whatever its length, and an instance runs only {@link
 * ExportConfig#concurrency()} at once, so that the memory an export holds does not grow with its rows;
 * a client that reads slowly holds its own export back, never the heap.
 */
@ApplicationScoped
public class AssessmentExport {

    private static final Logger LOG = Logger.getLogger(AssessmentExport.class);
    private static final TypeReference<Map<String, Object>> ANSWERS = new TypeReference<>() {};

    /** The columns before the dimension scores; then one column per dimension, then the answers. */
    private static final List<String> LEADING = List.of(
            "id",
            "organization_id",
            "organization",
            "industry",
            "size",
            "questionnaire_version",
            "status",
            "created_at",
            "updated_at",
            "submitted_at",
            "overall_risk",
            "band",
            "range_low",
            "range_high",
            "completeness",
            "unknown_count");

    private static final List<String> TRAILING = List.of("vector", "answers", "notes");

    private final AssessmentRepository repository;
    private final AnswerLedger ledger;
    private final QuestionnaireCatalog catalog;
    private final ObjectMapper stored;
    private final ObjectWriter lines;
    private final ExportConfig config;
    private final Semaphore running;
    /** Every published version's dimensions, in the order they are first published. */
    private final List<String> dimensions;

    private final ObjectWriter csv;

    public AssessmentExport(
            AssessmentRepository repository,
            AnswerLedger ledger,
            QuestionnaireCatalog catalog,
            ObjectMapper mapper,
            ExportConfig config) {
        this.repository = repository;
        this.ledger = ledger;
        this.catalog = catalog;
        this.stored = StrictJson.unbounded(mapper);
        this.lines = mapper.writer();
        this.config = config;
        this.running = new Semaphore(config.concurrency());
        Set<String> ids = new LinkedHashSet<>();
        catalog.summaries()
                .forEach(summary -> catalog.find(summary.version()).orElseThrow().questionnaire().dimensions().stream()
                        .map(Dimension::id)
                        .forEach(ids::add));
        this.dimensions = List.copyOf(ids);
        CsvSchema.Builder schema = CsvSchema.builder();
        LEADING.forEach(schema::addColumn);
        dimensions.forEach(schema::addColumn);
        TRAILING.forEach(schema::addColumn);
        this.csv = new CsvMapper()
                .writer(schema.setUseHeader(false).setLineSeparator("\r\n").build());
    }

    /** The CSV columns, in order. */
    public List<String> columns() {
        List<String> columns = new ArrayList<>(LEADING);
        columns.addAll(dimensions);
        columns.addAll(TRAILING);
        return columns;
    }

    /**
     * The export of the tenant's assessments matching the filters (each optional), in the list's
     * order, newest first; what is written is read while it is written.
     *
     * @throws ExportsBusyException when the instance already runs as many exports as it may
     */
    public StreamingOutput export(Caller caller, String organization, AssessmentStatus status, ExportFormat format) {
        if (!running.tryAcquire()) {
            throw new ExportsBusyException(config.concurrency());
        }
        Run run = new Run(caller, organization, status);
        return output -> {
            long started = System.nanoTime();
            boolean ended = false;
            try {
                if (format == ExportFormat.CSV) {
                    run.writeCsv(output);
                } else {
                    run.writeLines(output);
                }
                ended = true;
            } finally {
                running.release();
                LOG.infof(
                        "Export (%s) for %s of tenant %s: %d rows in %d ms%s",
                        format.extension(),
                        caller.actor(),
                        caller.tenantId(),
                        run.written,
                        (System.nanoTime() - started) / 1_000_000,
                        ended ? "" : ", broken off (the client went away, or the database failed)");
            }
        };
    }

    /** One export: what it reads, and how far it has gone. */
    private final class Run {

        private final Caller caller;
        private final String organization;
        private final AssessmentStatus status;
        private long written;

        Run(Caller caller, String organization, AssessmentStatus status) {
            this.caller = caller;
            this.organization = organization;
            this.status = status;
        }

        void writeLines(OutputStream output) throws IOException {
            eachPage(output::flush, (row, notes) -> {
                output.write(lines.writeValueAsBytes(new Line(StoredAssessmentView.of(row), notes)));
                output.write('\n');
            });
        }

        void writeCsv(OutputStream output) throws IOException {
            try (SequenceWriter rows = csv.writeValues(output)) {
                rows.write(columns()); // the header, also when no row follows
                eachPage(rows::flush, (row, notes) -> rows.write(csvRow(row, notes)));
            }
        }

        /** Reads page after page, writes each row, and flushes each page before the next is read. */
        private void eachPage(Flush flush, RowWriter writer) throws IOException {
            Position after = null;
            do {
                Position from = after;
                Page page = QuarkusTransaction.requiringNew().call(() -> {
                    Slice rows = repository.pageAfter(caller.tenantId(), organization, status, from, config.pageSize());
                    return new Page(
                            rows,
                            ledger.notes(rows.rows().stream().map(row -> row.id).toList()));
                });
                for (StoredAssessment row : page.rows().rows()) {
                    writer.write(row, page.notes().getOrDefault(row.id, List.of()));
                    written++;
                }
                flush.flush();
                after = page.rows().next();
            } while (after != null);
        }
    }

    /** A page of rows and the notes on their answers, read in one transaction. */
    private record Page(Slice rows, Map<UUID, List<AnswerNote>> notes) {}

    /** One assessment as a JSON line: the assessment as the API shows it, and the notes on its answers, if any. */
    @RegisterForReflection
    private record Line(
            @JsonUnwrapped StoredAssessmentView assessment,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<AnswerNote> notes) {}

    private interface RowWriter {
        void write(StoredAssessment row, List<AnswerNote> notes) throws IOException;
    }

    private interface Flush {
        void flush() throws IOException;
    }

    /** One assessment as a CSV row: every text cell safe to open in a spreadsheet ({@link #cell}). */
    private Object[] csvRow(StoredAssessment row, List<AnswerNote> notes) throws IOException {
        JsonNode result = row.result == null ? null : stored.readTree(row.result);
        List<Object> cells = new ArrayList<>(LEADING.size() + dimensions.size() + TRAILING.size());
        cells.add(row.id.toString());
        cells.add(row.organizationId.toString());
        cells.add(cell(row.organizationName));
        cells.add(cell(row.organizationIndustry));
        cells.add(cell(row.organizationSize));
        cells.add(row.questionnaireVersion);
        cells.add(row.status.name());
        cells.add(row.createdAt.toString());
        cells.add(row.updatedAt.toString());
        cells.add(row.submittedAt == null ? null : row.submittedAt.toString());
        cells.add(number(result, "overallRisk"));
        cells.add(result == null ? null : cell(result.path("band").asText(null)));
        cells.add(number(result == null ? null : result.get("range"), "low"));
        cells.add(number(result == null ? null : result.get("range"), "high"));
        cells.add(number(result, "completeness"));
        cells.add(number(result, "unknownCount"));
        for (String dimension : dimensions) {
            cells.add(result == null ? null : dimensionScore(result, dimension));
        }
        cells.add(cell(vector(row)));
        cells.add(cell(row.answers));
        cells.add(notes.isEmpty() ? null : cell(lines.writeValueAsString(notes)));
        return cells.toArray();
    }

    private static String number(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || !value.isNumber() ? null : value.asText();
    }

    private static String dimensionScore(JsonNode result, String dimension) {
        for (JsonNode score : result.path("dimensions")) {
            if (dimension.equals(score.path("id").asText())) {
                return number(score, "score");
            }
        }
        return null;
    }

    /** The answers that count as an answer vector; none for a version no longer published. */
    private String vector(StoredAssessment row) throws IOException {
        ScoringEngine engine = catalog.find(row.questionnaireVersion).orElse(null);
        if (engine == null) {
            return null;
        }
        Map<String, Object> answers = stored.readValue(row.answers, ANSWERS);
        return engine.vector(engine.parse(answers));
    }

    /**
     * A text cell that a spreadsheet will show as text: one that begins with {@code = + - @}, a tab
     * or a carriage return, which a spreadsheet would read as a formula, is prefixed with an
     * apostrophe (OWASP, "CSV Injection").
     */
    static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
