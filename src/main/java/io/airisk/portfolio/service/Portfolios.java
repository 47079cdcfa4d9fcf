package io.airisk.portfolio.service;

import io.airisk.access.Caller;
import io.airisk.assessment.Standing;
import io.airisk.assessment.StandingRow;
import io.airisk.assessment.service.Standings;
import io.airisk.engine.Cents;
import io.airisk.engine.Dimension;
import io.airisk.engine.RiskBand;
import io.airisk.questionnaire.service.QuestionnaireCatalog;
import io.airisk.questionnaire.service.QuestionnaireSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tenant's portfolio, from its organizations' standings: one small row per organization with a
 * submitted assessment, whatever number of assessments each holds. Every figure is computed here
 * from those rows, as docs/methodology.md says, so that it can be recomputed by hand.
 */
@ApplicationScoped
public class Portfolios {

    private final Standings standings;
    private final QuestionnaireCatalog catalog;

    public Portfolios(Standings standings, QuestionnaireCatalog catalog) {
        this.standings = standings;
        this.catalog = catalog;
    }

    @Transactional(TxType.SUPPORTS)
    public PortfolioView portfolio(Caller caller, PortfolioView.Filters filters) {
        Instant from = filters.from() == null
                ? null
                : filters.from().atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = filters.to() == null
                ? null
                : filters.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<StandingRow> rows = standings.portfolio(caller.tenantId(), filters.industry(), filters.size(), from, to);
        return of(filters, rows, dimensionNames());
    }

    /** The portfolio of those organizations, each counted by its latest submitted assessment. */
    static PortfolioView of(PortfolioView.Filters filters, List<StandingRow> rows, Map<String, String> names) {
        Map<RiskBand, Integer> bands = new EnumMap<>(RiskBand.class);
        for (RiskBand band : RiskBand.values()) {
            bands.put(band, 0);
        }
        List<Double> indexes = new ArrayList<>();
        Map<String, List<Double>> scores = new LinkedHashMap<>();
        Map<String, Shared> recommendations = new HashMap<>();
        List<PortfolioView.Rise> rising = new ArrayList<>();
        long assessments = 0;
        for (StandingRow row : rows) {
            Standing latest = row.summary();
            assessments += row.submitted();
            bands.merge(latest.band(), 1, Integer::sum);
            indexes.add(latest.overallRisk());
            latest.dimensions()
                    .forEach((id, score) ->
                            scores.computeIfAbsent(id, key -> new ArrayList<>()).add(score));
            for (Standing.Step step : latest.recommendations()) {
                recommendations
                        .computeIfAbsent(step.id(), id -> new Shared(step))
                        .add(step);
            }
            if (row.previousOverall() != null && latest.overallRisk() > row.previousOverall()) {
                rising.add(new PortfolioView.Rise(
                        row.organizationId(),
                        row.name(),
                        row.latestAssessmentId(),
                        row.latestSubmittedAt(),
                        row.previousAssessmentId(),
                        row.previousOverall(),
                        latest.overallRisk(),
                        Cents.round(latest.overallRisk() - row.previousOverall())));
            }
        }
        Map<String, Distribution> dimensions = new LinkedHashMap<>();
        scores.forEach(
                (id, values) -> dimensions.put(id, Distribution.of(values).named(names.get(id))));
        rising.sort(Comparator.comparingDouble(PortfolioView.Rise::change)
                .reversed()
                .thenComparing(PortfolioView.Rise::name));
        return new PortfolioView(
                filters,
                rows.size(),
                assessments,
                bands,
                indexes.isEmpty() ? null : Distribution.of(indexes),
                dimensions,
                recommendations.values().stream()
                        .map(Shared::view)
                        .sorted(Comparator.comparingInt(PortfolioView.SharedRecommendation::count)
                                .reversed()
                                .thenComparing(Comparator.comparingDouble(
                                                PortfolioView.SharedRecommendation::totalExpectedReduction)
                                        .reversed())
                                .thenComparing(PortfolioView.SharedRecommendation::id))
                        .limit(PortfolioView.TOP_RECOMMENDATIONS)
                        .toList(),
                rising.stream().limit(PortfolioView.RISING).toList(),
                rising.size());
    }

    /** Each dimension's name, from the latest published version that has it. */
    private Map<String, String> dimensionNames() {
        Map<String, String> names = new HashMap<>();
        for (QuestionnaireSummary summary : catalog.summaries()) {
            catalog.find(summary.version()).ifPresent(engine -> {
                for (Dimension dimension : engine.questionnaire().dimensions()) {
                    names.put(dimension.id(), dimension.name());
                }
            });
        }
        return names;
    }

    /** A recommendation counted over the organizations it was fired for. */
    private static final class Shared {
        private final Standing.Step first;
        private int count;
        private double total;

        Shared(Standing.Step first) {
            this.first = first;
        }

        void add(Standing.Step step) {
            count++;
            total += step.expectedRiskReduction();
        }

        PortfolioView.SharedRecommendation view() {
            return new PortfolioView.SharedRecommendation(
                    first.id(), first.title(), first.reference(), count, Cents.round(total));
        }
    }
}
