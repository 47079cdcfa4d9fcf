package io.airisk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The README is the front door and docs/ holds the rest: every relative link of those pages must
 * reach a file, and a link with a {@code #fragment} a heading of that file, as GitHub renders it.
 * Every page of docs/ is linked from the README, and the README stays short.
 */
class DocumentationLinksTest {

    private static final Path README = Path.of("README.md");
    private static final int README_MAX_LINES = 250;

    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~).*");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern CODE_SPAN = Pattern.compile("`[^`]*`");
    private static final Pattern LINK =
            Pattern.compile("!?\\[[^\\]]*\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");

    static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(README));
        pages.addAll(docs());
        return pages;
    }

    private static List<Path> docs() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("docs"))) {
            return files.filter(file -> file.toString().endsWith(".md"))
                    .sorted()
                    .toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void shouldResolveEveryRelativeLink(Path page) throws IOException {
        List<String> broken = new ArrayList<>();
        for (String target : relativeLinks(page)) {
            int hash = target.indexOf('#');
            String file = hash < 0 ? target : target.substring(0, hash);
            String fragment = hash < 0 ? null : target.substring(hash + 1);
            Path resolved = file.isEmpty() ? page : page.resolveSibling(file).normalize();
            if (!Files.exists(resolved)) {
                broken.add(target + " (no file " + resolved + ")");
            } else if (fragment != null) {
                if (!resolved.toString().endsWith(".md")) {
                    broken.add(target + " (a fragment of a file that is not Markdown)");
                } else if (!anchors(resolved).contains(fragment)) {
                    broken.add(target + " (no heading of " + resolved + " has the anchor #" + fragment + ")");
                }
            }
        }

        assertThat(broken).as("links of " + page + " that lead nowhere").isEmpty();
    }

    @Test
    void shouldLinkEveryPageOfTheDocsFromTheReadme() throws IOException {
        Set<Path> linked = new LinkedHashSet<>();
        for (String target : relativeLinks(README)) {
            String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
            if (!file.isEmpty()) {
                linked.add(README.resolveSibling(file).normalize());
            }
        }

        assertThat(linked).as("pages the README links to").containsAll(docs());
    }

    @Test
    void shouldKeepTheReadmeUnder250Lines() throws IOException {
        assertThat(Files.readAllLines(README)).hasSizeLessThan(README_MAX_LINES);
    }

    @Test
    void shouldSlugHeadingsAsGitHubDoes() {
        assertThat(slug("What it measures, and what it does not")).isEqualTo("what-it-measures-and-what-it-does-not");
        assertThat(slug("Soak, H2 file (30 minutes, mixed traffic and a hostile share)"))
                .isEqualTo("soak-h2-file-30-minutes-mixed-traffic-and-a-hostile-share");
        assertThat(slug("Retries: `Idempotency-Key`")).isEqualTo("retries-idempotency-key");
        assertThat(slug("In a browser: the widget and the reports"))
                .isEqualTo("in-a-browser-the-widget-and-the-reports");
        assertThat(slug("The eight recommendations, R1 to R8")).isEqualTo("the-eight-recommendations-r1-to-r8");
        assertThat(slug("snake_case stays")).isEqualTo("snake_case-stays");
    }

    /** The targets of the page's links outside code, without web addresses. */
    private static List<String> relativeLinks(Path page) throws IOException {
        StringBuilder prose = new StringBuilder();
        boolean fenced = false;
        for (String line : Files.readAllLines(page)) {
            if (FENCE.matcher(line).matches()) {
                fenced = !fenced;
            } else if (!fenced) {
                prose.append(line).append('\n');
            }
        }
        List<String> targets = new ArrayList<>();
        Matcher m = LINK.matcher(CODE_SPAN.matcher(prose).replaceAll(""));
        while (m.find()) {
            String target = m.group(1);
            if (!SCHEME.matcher(target).matches() && !target.startsWith("//")) {
                targets.add(target);
            }
        }
        return targets;
    }

    /** The anchors GitHub gives the headings of a Markdown file, duplicates numbered from 1. */
    private static Set<String> anchors(Path page) throws IOException {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean fenced = false;
        for (String line : Files.readAllLines(page)) {
            if (FENCE.matcher(line).matches()) {
                fenced = !fenced;
                continue;
            }
            Matcher m = HEADING.matcher(line);
            if (!fenced && m.matches()) {
                String slug = slug(m.group(1));
                int count = seen.merge(slug, 1, Integer::sum);
                anchors.add(count == 1 ? slug : slug + "-" + (count - 1));
            }
        }
        return anchors;
    }

    /**
     * GitHub's slug of a heading: its text (a link's label, not its address), lower-cased, with
     * every character but letters, digits, marks, underscores, hyphens and spaces removed, and each
     * space made a hyphen.
     */
    static String slug(String heading) {
        String text = heading.replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1");
        return text.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]", "")
                .replace(' ', '-');
    }
}
