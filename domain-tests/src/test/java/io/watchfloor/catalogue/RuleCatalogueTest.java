package io.watchfloor.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/rules.md}, the catalogue users read, in step with the code: every rule ID the code
 * uses is in it, every rule in it has a class that enforces it and a test tagged with it, and the
 * lists under each rule are those of the code. {@code -Dwatchfloor.rules.write=true} rewrites the lists.
 */
@DisplayName("docs/rules.md, the rule catalogue, agrees with the code")
class RuleCatalogueTest {

    /**
     * The rules added by the catalogue's second edition that no code enforces yet. Issue #19 empties
     * this list: a rule leaves it when it has an enforcing class and a tagged test, and this test
     * says so when one of them has both.
     */
    static final Set<String> AWAITING_ISSUE_19 = Set.of(
            "PEOPLE-04", "PEOPLE-05", "PEOPLE-06",
            "SHIFT-11",
            "DEVICE-08", "DEVICE-09", "DEVICE-10",
            "RET-11", "RET-12",
            "ACCESS-12", "ACCESS-13",
            "PLAN-03",
            "AUDIT-01",
            "REPORT-01");

    private static final Path ROOT = Path.of("..");
    private static final Path CATALOGUE = ROOT.resolve("docs/rules.md");
    private static final Pattern HEADING = Pattern.compile("(?m)^### ([A-Z]+-\\d{2}) ");
    private static final Pattern ID_SHAPE = Pattern.compile("[A-Z]+-\\d+");
    private static final Pattern TAG = Pattern.compile("@Tag\\(\\s*\"([^\"]+)\"\\s*\\)");
    private static final Pattern VIOLATION = Pattern.compile("new RuleViolation\\(\\s*\"([^\"]*)\"");
    private static final Pattern NAMED_VIOLATION = Pattern.compile("extends RuleViolation\\b[\\s\\S]*?super\\(\\s*\"([^\"]*)\"");
    private static final String ENFORCED = "- enforced in:";
    private static final String TESTED = "- tested by:";

    /** A Java source file of the project, by module folder and kind (main or test). */
    private record Source(String module, boolean test, Path path, String text) {
        String className() {
            return path.getFileName().toString().replaceFirst("\\.java$", "");
        }

        String relative() {
            return ROOT.relativize(path).toString();
        }
    }

    private static List<Source> sources;

    private static synchronized List<Source> sources() {
        if (sources == null) {
            List<Source> all = new ArrayList<>();
            try (Stream<Path> modules = Files.list(ROOT)) {
                for (Path module : modules.filter(Files::isDirectory).sorted().toList()) {
                    for (String kind : List.of("main", "test")) {
                        Path dir = module.resolve("src").resolve(kind).resolve("java");
                        if (!Files.isDirectory(dir)) {
                            continue;
                        }
                        try (Stream<Path> files = Files.walk(dir)) {
                            // This check's own fixtures hold wrong IDs on purpose.
                            for (Path f : files.filter(p -> p.toString().endsWith(".java"))
                                    .filter(p -> !p.endsWith("RuleCatalogueTest.java")).sorted().toList()) {
                                all.add(new Source(module.getFileName().toString(), kind.equals("test"), f, Files.readString(f)));
                            }
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            sources = List.copyOf(all);
        }
        return sources;
    }

    private static String catalogue() {
        try {
            return Files.readString(CATALOGUE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> catalogueIds(String text) {
        Set<String> ids = new LinkedHashSet<>();
        Matcher m = HEADING.matcher(text);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    /** The families of the catalogue ({@code CASE}, {@code RET}...): a string starting with one names a rule. */
    private static Pattern literalIds(Set<String> ids) {
        String families = ids.stream().map(id -> id.substring(0, id.indexOf('-'))).distinct().collect(Collectors.joining("|"));
        return Pattern.compile("\"((?:" + families + ")-\\d+)(?![\\w-])");
    }

    private static final Pattern ANY_ID = Pattern.compile("(?<![\\w-])([A-Z]+-\\d{2})(?![\\w-])");
    private static Map<String, Set<String>> enforcing;
    private static Map<String, Set<String>> tested;

    /** Domain classes that name the rule (they refuse, record or compute it); ports and package docs declare only. */
    private static synchronized Set<String> enforcing(String id) {
        if (enforcing == null) {
            Predicate<Source> domainModel = s -> s.module().equals("domain") && !s.test()
                    && !s.relative().contains("/port/") && !s.className().equals("package-info");
            enforcing = index(sources().stream().filter(domainModel).toList(), ANY_ID);
        }
        return enforcing.getOrDefault(id, Set.of());
    }

    /** Test classes (and the testkit's contract suites) tagged with the rule, on the class or a method. */
    private static synchronized Set<String> tested(String id) {
        if (tested == null) {
            tested = index(sources(), TAG);
        }
        return tested.getOrDefault(id, Set.of());
    }

    /** For each ID the pattern's first group finds, the classes in which it finds it. */
    private static Map<String, Set<String>> index(List<Source> in, Pattern pattern) {
        Map<String, Set<String>> classes = new TreeMap<>();
        for (Source s : in) {
            Matcher m = pattern.matcher(s.text());
            while (m.find()) {
                classes.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(s.className());
            }
        }
        return classes;
    }

    /** Every rule ID the code uses: tags, rule violations, and strings that start with a catalogue family. */
    private static Map<String, String> idsInCode(List<Source> code, Set<String> catalogue) {
        Map<String, String> used = new TreeMap<>();
        Pattern literal = literalIds(catalogue);
        for (Source s : code) {
            List<Matcher> matchers = new ArrayList<>(List.of(TAG.matcher(s.text()), literal.matcher(s.text())));
            if (!s.test()) {
                matchers.add(VIOLATION.matcher(s.text()));
                matchers.add(NAMED_VIOLATION.matcher(s.text()));
            }
            for (Matcher m : matchers) {
                while (m.find()) {
                    String id = m.group(1);
                    boolean isTag = m.pattern() == TAG;
                    if (!isTag || ID_SHAPE.matcher(id).matches()) {
                        used.putIfAbsent(id, s.relative());
                    }
                }
            }
        }
        return used;
    }

    /** The catalogue with the lists under each rule written from the code. */
    static String written(String text) {
        StringBuilder out = new StringBuilder();
        String current = null;
        for (String line : text.split("\n", -1)) {
            Matcher heading = HEADING.matcher(line);
            if (heading.find()) {
                current = heading.group(1);
            }
            if (current != null && line.startsWith(ENFORCED)) {
                line = ENFORCED + " " + list(enforcing(current), current);
            } else if (current != null && line.startsWith(TESTED)) {
                line = TESTED + " " + list(tested(current), current);
            }
            out.append(line).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    private static String list(Set<String> classes, String id) {
        if (classes.isEmpty()) {
            return AWAITING_ISSUE_19.contains(id) ? "not yet (awaiting issue #19)" : "nothing (the build fails)";
        }
        return classes.stream().map(c -> "`" + c + "`").collect(Collectors.joining(", "));
    }

    @Test
    @DisplayName("every rule ID the code uses (tags, rule violations, rule strings) is in the catalogue")
    void everyIdInTheCodeIsCatalogued() {
        Set<String> catalogue = catalogueIds(catalogue());
        Map<String, String> unknown = new TreeMap<>(idsInCode(sources(), catalogue));
        unknown.keySet().removeAll(catalogue);

        assertEquals(74, catalogue.size(), "the 2nd edition has 74 rules");
        assertEquals(Map.of(), unknown, "rule IDs used in the code (with the first file using each) that docs/rules.md does not have");
    }

    @Test
    @DisplayName("the check sees a mistyped rule ID in a refusal, a named rule exception, a tag or a rule string, and ignores other tags and strings")
    void theCheckSeesMistypedIds() {
        String code = """
                class Wrong extends RuleViolation {
                    Wrong() { super("SHIFT-42", "x"); }
                    @Tag("CASE-99") @Tag("slow") void t() { }
                    void u() { throw new RuleViolation("DEMO-01", "x"); }
                    String v = "RET-77: too late"; String w = "HP-CAM-00001"; String x = "NVR-03";
                }
                """;
        Source wrong = new Source("domain", false, ROOT.resolve("domain/src/main/java/Wrong.java"), code);

        Map<String, String> used = idsInCode(List.of(wrong), catalogueIds(catalogue()));

        assertEquals(Set.of("SHIFT-42", "CASE-99", "DEMO-01", "RET-77"), used.keySet());
    }

    @Test
    @DisplayName("a rule's lists are written from the code: CASE-06 is refused by ReturnWindowClosed and proved by its tagged tests")
    void listsAreWrittenFromTheCode() {
        String written = written("### CASE-06 After the hour\ntext\n- enforced in: stale\n- tested by:\n");

        assertTrue(written.contains("- enforced in: `Case`, "), written);
        assertTrue(written.contains("`ReturnWindowClosed`"), written);
        assertTrue(written.lines().anyMatch(l -> l.startsWith("- tested by: `") && l.contains("Test`")), written);
        assertTrue(written("### PLAN-03 Steps\n- enforced in:\n").contains("not yet (awaiting issue #19)"));
    }

    @Test
    @DisplayName("every rule has a domain class that enforces it and a test tagged with it, except those awaiting issue #19")
    void everyRuleIsEnforcedAndTested() {
        Set<String> catalogue = catalogueIds(catalogue());
        List<String> problems = new ArrayList<>();
        for (String id : catalogue) {
            boolean enforced = !enforcing(id).isEmpty();
            boolean tested = !tested(id).isEmpty();
            if (AWAITING_ISSUE_19.contains(id)) {
                if (enforced && tested) {
                    problems.add(id + " is now enforced and tested: take it off AWAITING_ISSUE_19");
                }
            } else {
                if (!enforced) {
                    problems.add(id + " has no domain class naming it");
                }
                if (!tested) {
                    problems.add(id + " has no test tagged @Tag(\"" + id + "\")");
                }
            }
        }
        assertTrue(catalogue.containsAll(AWAITING_ISSUE_19), "every rule awaiting issue #19 is in the catalogue");
        assertEquals(List.of(), problems);
    }

    @Test
    @DisplayName("the classes and tests listed under each rule are those of the code")
    void listsAreThoseOfTheCode() throws IOException {
        String text = catalogue();
        String expected = written(text);
        if (Boolean.getBoolean("watchfloor.rules.write") && !expected.equals(text)) {
            Files.writeString(CATALOGUE, expected);
            System.out.println("[rules] rewrote " + CATALOGUE.toAbsolutePath().normalize());
            return;
        }
        assertEquals(expected, text, "docs/rules.md is out of date; rewrite its lists with: mvn -pl domain-tests -am test"
                + " -Dtest=RuleCatalogueTest -Dsurefire.failIfNoSpecifiedTests=false -Dwatchfloor.rules.write=true");
    }
}
