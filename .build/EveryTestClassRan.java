import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Fails the build when a test class of a module did not run: every concrete class under
 * {@code src/test/java} that declares a JUnit test must have a Surefire report in
 * {@code target/surefire-reports}. A class whose name Surefire does not include would otherwise
 * pass silently. Run by the root POM in the {@code verify} phase of every module; skipped when the
 * run was deliberately partial ({@code -Dtest}, {@code -Dgroups}, {@code -DskipTests}).
 *
 * <p>Usage: {@code java .build/EveryTestClassRan.java MODULE_DIR [test] [groups] [skipTests]}
 */
public final class EveryTestClassRan {
    private static final Pattern TEST = Pattern.compile(
            "@(Test|ParameterizedTest|RepeatedTest|TestFactory|TestTemplate)\\b");
    private static final Pattern ABSTRACT = Pattern.compile("\\babstract\\s+class\\s");

    public static void main(String[] args) throws IOException {
        Path module = Path.of(args[0]);
        for (int i = 1; i < args.length; i++) {
            String a = args[i].trim();
            if (!a.isEmpty() && !a.startsWith("${") && !a.equals("false")) {
                System.out.println("[every-test-ran] partial run (" + a + "): not checked");
                return;
            }
        }
        Path sources = module.resolve("src/test/java");
        if (!Files.isDirectory(sources)) {
            return;
        }
        Path reports = module.resolve("target/surefire-reports");
        List<String> notRun;
        try (Stream<Path> files = Files.walk(sources)) {
            notRun = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(EveryTestClassRan::declaresTests)
                    .map(f -> sources.relativize(f).toString().replace('/', '.').replaceAll("\\.java$", ""))
                    .filter(cls -> !Files.exists(reports.resolve("TEST-" + cls + ".xml")))
                    .sorted()
                    .collect(Collectors.toList());
        }
        if (!notRun.isEmpty()) {
            System.err.println("[every-test-ran] test classes in " + module.getFileName()
                    + " that Surefire did not run: " + notRun);
            System.exit(1);
        }
    }

    private static boolean declaresTests(Path file) {
        try {
            String text = Files.readString(file);
            return TEST.matcher(text).find() && !ABSTRACT.matcher(text).find();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }
}
