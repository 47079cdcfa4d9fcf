package io.airisk.assessment.repository;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One submitted assessment of an organization's history, as a trend reads it: its answers and
 * version, not its stored result. A result is twenty times the size of its answers, and a trend
 * reads up to a hundred; the answers scored by their version's engine give that result to the cent
 * (every published version is frozen and replayed by ResultsUnchangedTest).
 */
@RegisterForReflection
public record HistoryEntry(UUID id, Instant submittedAt, String questionnaireVersion, Map<String, Object> answers) {}
