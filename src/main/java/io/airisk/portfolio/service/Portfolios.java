package io.airisk.portfolio.service;

import io.airisk.access.Caller;
import io.airisk.assessment.PortfolioFigures;
import io.airisk.assessment.service.Standings;
import io.airisk.engine.Cents;
import io.airisk.engine.Dimension;
import io.airisk.engine.RiskBand;
import io.airisk.questionnaire.service.QuestionnaireCatalog;
import io.airisk.questionnaire.service.QuestionnaireSummary;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A tenant's portfolio, from its organizations' standings: the database counts and computes the
 * quartiles over a few rows per organization (docs/portfolio.md says how, to recompute by hand);
 * this names and rounds them. What a request holds does not grow with the organizations.
 */
@ApplicationScoped
public class Portfolios {

    private final Standings standings;
    private final QuestionnaireCatalog catalog;

    public Portfolios(Standings standings, QuestionnaireCatalog catalog) {
        this.standings = standings;
        this.catalog = catalog;
    }

    public PortfolioView portfolio(Caller caller, PortfolioView.Filters filters) {
        Instant from = filters.from() == null
                ? null
                : filters.from().atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = filters.to() == null
                ? null
                : filters.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        PortfolioFigures figures = standings.portfolio(
                caller.tenantId(), new PortfolioFigures.Selection(filters.industry(), filters.size(), from, to));
        return of(filters, figures, dimensionNames());
    }

    static PortfolioView of(PortfolioView.Filters filters, PortfolioFigures figures, Map<String, String> names) {
        Map<RiskBand, Integer> bands = new EnumMap<>(RiskBand.class);
        figures.bands().forEach((band, count) -> bands.put(band, Math.toIntExact(count)));
        Distribution overall = null;
        Map<String, Distribution> dimensions = new LinkedHashMap<>();
        for (PortfolioFigures.Spread spread : figures.spreads()) {
            if (spread.dimension().equals(Standings.OVERALL)) {
                overall = Distribution.of(spread);
            } else {
                dimensions.put(spread.dimension(), Distribution.of(spread).named(names.get(spread.dimension())));
            }
        }
        return new PortfolioView(
                filters,
                Math.toIntExact(figures.organizations()),
                figures.assessments(),
                PortfolioView.Bands.of(bands),
                overall,
                dimensions,
                figures.steps().stream()
                        .map(step -> new PortfolioView.SharedRecommendation(
                                step.id(),
                                step.title(),
                                step.reference(),
                                Math.toIntExact(step.count()),
                                Cents.round(step.total())))
                        .toList(),
                figures.rising().stream()
                        .map(rise -> new PortfolioView.Rise(
                                rise.organizationId(),
                                rise.name(),
                                rise.assessmentId(),
                                rise.submittedAt(),
                                rise.previousAssessmentId(),
                                rise.from(),
                                rise.to(),
                                Cents.round(rise.to() - rise.from())))
                        .toList(),
                Math.toIntExact(figures.risingTotal()));
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
}
