package io.airisk.engine;

import java.util.List;

/**
 * How a score reaches a target: the steps of the improvement plan that bring it to the target's
 * ceiling, the step that lowers it most first ({@link ScoringEngine#pathTo}).
 *
 * @param current the score today, to the cent
 * @param ceiling the highest score that meets the target
 * @param reached whether the score is at or under the ceiling once the steps are taken (true with no
 *     step when it is already)
 * @param after the score once the steps are taken
 * @param steps the recommendations' ids, in the order taken
 * @param afterEach the score once each step is taken, with the steps before it: the last is {@code after}
 */
public record TargetPath(
        double current, double ceiling, boolean reached, double after, List<String> steps, List<Double> afterEach) {

    public TargetPath {
        steps = List.copyOf(steps);
        afterEach = List.copyOf(afterEach);
    }

    /** How far the score is above the ceiling today; 0 when the target is met. */
    public double distance() {
        return Cents.round(Math.max(0, current - ceiling));
    }
}
