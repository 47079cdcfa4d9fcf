package io.airisk.engine;

/**
 * A term of the overall index that compounds two dimensions: {@code weight * a * b / 100}.
 * It expresses the article's thesis that risk compounds, for example when LLM dependence meets
 * reasoning-critical work.
 */
public record Interaction(String id, String name, String first, String second, Double weight, String rationale) {}
