package io.airisk.report.service;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every word of the report that is not the questionnaire's own, in English; German and French in
 * {@code messages/msg_de.properties} and {@code msg_fr.properties}. Templates read them as
 * {@code msg:name}, in the locale the template instance is rendered in; the report's Java sentences
 * through {@code MessageBundles.get}. Each message is a Qute template of its parameters.
 */
@MessageBundle
public interface ReportMessages {

    @Message("AI strategy risk report: {organization}")
    String reportTitle(String organization);

    @Message(
            "The AI strategy risk assessment of {organization}: its index, band, dimensions, answers and improvement plan")
    String reportDescription(String organization);

    @Message("The AI strategy risk assessment of {organization}")
    String reportSubject(String organization);

    @Message("AI strategy risk assessment")
    String kicker();

    @Message("submitted {date} · questionnaire {version}, {title}")
    String submittedLine(String date, String version, String title);

    @Message("Summary")
    String summary();

    @Message("Overall risk index (0 to 100)")
    String overallIndex();

    @Message("Risk band")
    String riskBand();

    @Message(
            "{#when band}{#is 'LOW'}LOW{#is 'MODERATE'}MODERATE{#is 'HIGH'}HIGH{#is 'CRITICAL'}CRITICAL{#else}{band}{/when}")
    String band(String band);

    @Message(
            "{count} {#if count == 1}answer{#else}answers{/if} unknown: the index lies between {low} and {high} once they are known.")
    String unknownRange(int count, String low, String high);

    @Message("Risk by dimension (0 to 100)")
    String riskByDimension();

    @Message("The steps that lower the index most")
    String leadingSteps();

    @Message("−{points} points")
    String minusPoints(String points);

    @Message("Every step, with its effort, target and trade-off, is in the improvement plan below.")
    String everyStepBelow();

    @Message("No recommendation fired: no answer calls for a step.")
    String noStep();

    @Message("Since the last assessment")
    String sinceLast();

    @Message("Among its peers")
    String amongPeers();

    @Message("{group}, each by its latest submitted assessment, this index is higher than that of")
    String peersBefore(String group);

    @Message("of them (ties counting half): the higher the percentile, the more exposed than its peers.")
    String peersAfter();

    @Message("Dimension")
    String dimension();

    @Message("Percentile")
    String percentile();

    @Message("Dimensions")
    String dimensions();

    @Message(
            "Each dimension's score from 0 to 100, then every answer given to its questions with the points it adds to the score.")
    String dimensionsIntro();

    @Message("Answers given")
    String answersGiven();

    @Message("Yes")
    String yes();

    @Message("No")
    String no();

    @Message("Unknown (don't know)")
    String unknownAnswer();

    @Message("+{points}{#if most}, among the three that add most{/if}")
    String addsPoints(String points, boolean most);

    @Message("Note: {note}")
    String note(String note);

    @Message("Improvement plan")
    String plan();

    @Message(
            "Largest expected reduction of the index first. A step's effort is the time it takes: weeks (within one team's budget), a quarter or two (a funded project), or a year or more (a change of contracts, organisation or architecture).")
    String planIntro();

    @Message("Serves {reference}")
    String serves(String reference);

    @Message(
            "{#when level}{#is 'LOW'}weeks{#is 'MEDIUM'}a quarter or two{#is 'HIGH'}a year or more{#else}{level}{/when}")
    String effortWord(String level);

    @Message("Effort:")
    String effortLabel();

    @Message("Target:")
    String targetLabel();

    @Message("Trade-off:")
    String tradeOffLabel();

    @Message("What the R codes mean")
    String referencesTitle();

    @Message("Each step serves one of the eight recommendations of the method, R1 to R8. Those the steps above serve:")
    String referencesIntro();

    @Message("Most reduction for the effort")
    String quickWinsTitle();

    @Message("Counting weeks of effort as 1 unit, a quarter or two as 2 and a year or more as 4.")
    String quickWinsIntro();

    @Message("({points} points for an effort of {effort}: {perUnit} per unit)")
    String quickWin(String points, String effort, String perUnit);

    @Message("Steps that do not add up")
    String bundlesTitle();

    @Message(
            "Each step's reduction already counts what it does to the terms where two exposures compound, so these pairs return less, or more, together than their sum.")
    String bundlesIntro();

    @Message("{first} with {second}: {joint} points together, against {separate} apart")
    String bundle(String first, String second, String joint, String separate);

    @Message("What to find out first")
    String findOutFirst();

    @Message("Answers given as unknown, those that would narrow the range most first.")
    String findOutFirstIntro();

    @Message("(narrows the range by {points} points)")
    String narrows(String points);

    @Message("Method")
    String method();

    @Message("d MMMM yyyy")
    String datePattern();

    @Message("Among at least {count} organizations in {industry} of size {orgSize} of the other tenants that take part")
    String peersShared(int count, String industry, String orgSize);

    @Message("Among {count} other organizations in {industry} of size {orgSize}, within this tenant")
    String peersTenant(int count, String industry, String orgSize);

    @Message(
            "Awaiting review: submitted by {submittedBy}; its result counts in the portfolio once a second key approves it.")
    String awaitingReview(String submittedBy);

    @Message("Approved by {approvedBy} on {date}.")
    String approved(String approvedBy, String date);

    @Message("the coordinator's choice")
    String byChoice();

    @Message("{name}, {role}")
    String byRespondent(String name, String role);

    @Message("a respondent")
    String aRespondent();

    @Message("the coordinator")
    String byCoordinator();

    @Message("Since the assessment of {date} (index {index}, questionnaire {version}), the index {change}")
    String lastChange(String date, String index, String version, String change);

    @Message("is unchanged")
    String unchanged();

    @Message("rose by {points} points")
    String rose(String points);

    @Message("fell by {points} points")
    String fell(String points);

    @Message("the new questionnaire version {effect}")
    String causeVersion(String effect);

    @Message("the answer to “{question}” {effect}")
    String causeAnswer(String question, String effect);

    @Message("Risk by dimension")
    String radarTitle();

    @Message("Overall risk index over the organization's assessments")
    String trendTitle();
}
