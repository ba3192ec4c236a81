package io.watchfloor.testkit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Watchfloor's architecture rules (ARCHITECTURE.md), for every module to check against its own
 * classes: {@code WatchfloorArchitecture.watchfloor().checkAll(WatchfloorArchitecture.productionClasses())}.
 * The rules are relative to a root package so that their own tests can prove each one fails on a
 * deliberately bad fixture. Every rule keeps ArchUnit's {@code failOnEmptyShould}: a renamed
 * package cannot silently switch a rule off.
 */
public final class WatchfloorArchitecture {

    /** The bounded contexts of the domain, each a package under the root. */
    public static final List<String> CONTEXTS =
            List.of("shared", "people", "cases", "shifts", "devices", "recordings", "access", "plans");

    /** The package that assembles a whole centre from every context and the bridges between them. */
    public static final String ASSEMBLY = "centre";

    /**
     * Which contexts each context may use (besides itself), by id, API and ports: the written-down
     * map of STYLE.md. Everything may use {@code shared}; {@code people} is upstream of every other
     * context; {@code plans} answers to {@code cases} (a major incident activates its plan). The
     * {@link #ASSEMBLY} may use every context, and no context may use it.
     */
    public static final Map<String, Set<String>> ALLOWED_CONTEXT_DEPENDENCIES = Map.of(
            ASSEMBLY, Set.copyOf(CONTEXTS),
            "shared", Set.of(),
            "people", Set.of("shared"),
            "cases", Set.of("shared", "people"),
            "plans", Set.of("shared", "people", "cases"),
            "shifts", Set.of("shared", "people"),
            "devices", Set.of("shared", "people"),
            "recordings", Set.of("shared", "people"),
            "access", Set.of("shared", "people"));

    /** The most use cases one class may implement. */
    public static final int MOST_USE_CASES_PER_CLASS = 3;

    /** Packages the domain must never use. */
    public static final List<String> FORBIDDEN_IN_DOMAIN =
            List.of("java.sql..", "javax.sql..", "jakarta.ws.rs..", "java.net..", "javax.xml..", "org.slf4j..");

    private final String root;

    private WatchfloorArchitecture(String root) {
        this.root = Objects.requireNonNull(root, "root");
    }

    /** {@return the rules over the real {@code io.watchfloor} packages} */
    public static WatchfloorArchitecture watchfloor() {
        return new WatchfloorArchitecture("io.watchfloor");
    }

    /**
     * {@return the rules over another root package (for testing the rules themselves)}
     *
     * @param root the root package
     */
    public static WatchfloorArchitecture under(String root) {
        return new WatchfloorArchitecture(root);
    }

    /** {@return every {@code io.watchfloor} production class on the class path (test classes excluded)} */
    public static JavaClasses productionClasses() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.watchfloor");
    }

    private String[] domainPackages() {
        return java.util.stream.Stream.concat(CONTEXTS.stream(), java.util.stream.Stream.of(ASSEMBLY))
                .map(c -> root + "." + c + "..").toArray(String[]::new);
    }

    /** {@return the domain uses no JDBC, REST, network, XML or logging API, and no adapter} */
    public ArchRule domainIsPure() {
        String[] forbidden = FORBIDDEN_IN_DOMAIN.toArray(String[]::new);
        return noClasses().that().resideInAnyPackage(domainPackages())
                .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                .orShould().dependOnClassesThat().resideInAPackage(root + ".adapters..")
                .as("the domain imports neither java.sql, javax.sql, jakarta.ws.rs, java.net, javax.xml, org.slf4j nor any adapter");
    }

    /**
     * No adapter module uses another.
     *
     * @return the rule
     */
    public ArchRule adaptersAreIndependent() {
        return slices().matching(root + ".adapters.(*)..").should().notDependOnEachOther()
                .as("adapters never depend on each other");
    }

    /** {@return a context's {@code internal} package is used only inside that context} */
    public ArchRule internalsStayInTheirContext() {
        Pattern internal = Pattern.compile(Pattern.quote(root) + "\\.([a-z]+)\\.internal(\\..*)?");
        ArchCondition<JavaClass> onlyOwnInternals = new ArchCondition<>("use only their own context's internal package") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    Matcher m = internal.matcher(dependency.getTargetClass().getPackageName());
                    if (m.matches() && !origin.getPackageName().equals(root + "." + m.group(1))
                            && !origin.getPackageName().startsWith(root + "." + m.group(1) + ".")) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
        return classes().that().resideInAPackage(root + "..").should(onlyOwnInternals)
                .as("no class imports another context's internal package");
    }

    /**
     * Everything in a {@code port} package is an interface or a record.
     *
     * @return the rule
     */
    public ArchRule portsAreInterfacesOrRecords() {
        ArchCondition<JavaClass> interfaceOrRecord = new ArchCondition<>("be an interface or a record") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                boolean record = javaClass.getRawSuperclass().map(s -> s.isEquivalentTo(Record.class)).orElse(false);
                if (!javaClass.isInterface() && !record) {
                    events.add(SimpleConditionEvent.violated(javaClass,
                            javaClass.getName() + " is neither an interface nor a record"));
                }
            }
        };
        return classes().that().resideInAPackage(root + "..port..").and().doNotHaveSimpleName("package-info")
                .should(interfaceOrRecord)
                .as("classes in port packages are interfaces or records");
    }

    /** {@return a context uses only the contexts {@link #ALLOWED_CONTEXT_DEPENDENCIES} allows it} */
    public ArchRule contextsDependAsAllowed() {
        Pattern context = Pattern.compile(Pattern.quote(root) + "\\.([a-z]+)(\\..*)?");
        ArchCondition<JavaClass> allowed = new ArchCondition<>("use only the contexts allowed to them") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Matcher from = context.matcher(origin.getPackageName());
                if (!from.matches() || !ALLOWED_CONTEXT_DEPENDENCIES.containsKey(from.group(1))) {
                    return;
                }
                Set<String> mayUse = ALLOWED_CONTEXT_DEPENDENCIES.get(from.group(1));
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    Matcher to = context.matcher(dependency.getTargetClass().getPackageName());
                    if (to.matches() && ALLOWED_CONTEXT_DEPENDENCIES.containsKey(to.group(1))
                            && !to.group(1).equals(from.group(1)) && !mayUse.contains(to.group(1))) {
                        events.add(SimpleConditionEvent.violated(dependency, from.group(1) + " may not use " + to.group(1)
                                + ": " + dependency.getDescription()));
                    }
                }
            }
        };
        return classes().that().resideInAnyPackage(domainPackages()).should(allowed)
                .as("contexts use only the contexts written down as allowed");
    }

    /**
     * Every interface in a {@code port.in} package (a use case) has exactly one implementation: one
     * handler answers a use case, whatever else the context holds.
     */
    public ArchRule eachUseCaseHasOneImplementation() {
        ArchCondition<JavaClass> oneImplementation = new ArchCondition<>("have exactly one implementation") {
            @Override
            public void check(JavaClass useCase, ConditionEvents events) {
                long implementations = useCase.getAllSubclasses().stream().filter(c -> !c.isInterface()).count();
                if (implementations != 1) {
                    events.add(SimpleConditionEvent.violated(useCase, "use case " + useCase.getName() + " has " + implementations
                            + " implementations: " + useCase.getAllSubclasses().stream().map(JavaClass::getName).sorted().toList()));
                }
            }
        };
        return classes().that().resideInAPackage(root + "..port.in..").and().areInterfaces()
                .and().areTopLevelClasses().and().doNotHaveSimpleName("package-info").should(oneImplementation)
                .as("every use case (an interface in port.in) has exactly one implementation");
    }

    /** No class implements more than {@link #MOST_USE_CASES_PER_CLASS} use cases: one handler per use case, or a small group named after one process. */
    public ArchRule handlersStaySmall() {
        ArchCondition<JavaClass> few = new ArchCondition<>("implement at most " + MOST_USE_CASES_PER_CLASS + " use cases") {
            @Override
            public void check(JavaClass handler, ConditionEvents events) {
                List<String> useCases = handler.getAllRawInterfaces().stream()
                        .filter(i -> i.getPackageName().startsWith(root + ".") && i.getPackageName().endsWith(".port.in"))
                        .map(JavaClass::getSimpleName).sorted().toList();
                if (useCases.size() > MOST_USE_CASES_PER_CLASS) {
                    events.add(SimpleConditionEvent.violated(handler, handler.getName() + " implements " + useCases.size()
                            + " use cases: " + useCases));
                }
            }
        };
        return classes().that().resideInAPackage(root + "..").and().areNotInterfaces().should(few)
                .as("no class implements more than " + MOST_USE_CASES_PER_CLASS + " use cases");
    }

    /**
     * A context's {@code internal} classes never use its module class (nor the records nested in it):
     * the module wires the internals, so the reverse makes an import cycle inside the context.
     */
    public ArchRule internalsDoNotUseTheirModule() {
        Pattern module = Pattern.compile(Pattern.quote(root) + "\\.([a-z]+)\\.[A-Z][A-Za-z]*Module(\\$.*)?");
        Pattern internal = Pattern.compile(Pattern.quote(root) + "\\.([a-z]+)\\.internal(\\..*)?");
        ArchCondition<JavaClass> noModule = new ArchCondition<>("not use their own context's module") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Matcher from = internal.matcher(origin.getPackageName());
                if (!from.matches()) {
                    return;
                }
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    Matcher to = module.matcher(dependency.getTargetClass().getName());
                    if (to.matches() && to.group(1).equals(from.group(1))) {
                        events.add(SimpleConditionEvent.violated(dependency, "import cycle in " + from.group(1) + ": "
                                + dependency.getDescription()));
                    }
                }
            }
        };
        return classes().that().resideInAPackage(root + "..internal..").should(noModule)
                .as("no import cycle inside a context: its internal classes never use its module");
    }

    /**
     * Every context module ({@code XModule} at a context's root) is made one way:
     * {@code public static XModule create(XModule.Ports ports, Runtime runtime)}, and no other {@code create}.
     */
    public ArchRule modulesHaveTheOneCreateForm() {
        ArchCondition<JavaClass> oneForm = new ArchCondition<>("be made only by create(Ports, Runtime)") {
            @Override
            public void check(JavaClass module, ConditionEvents events) {
                List<String> creates = module.getMethods().stream()
                        .filter(m -> m.getName().equals("create") && m.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.STATIC))
                        .map(m -> m.getRawParameterTypes().stream().map(JavaClass::getName).toList().toString())
                        .toList();
                String form = List.of(module.getName() + "$Ports", root + ".shared.Runtime").toString();
                if (!creates.equals(List.of(form))) {
                    events.add(SimpleConditionEvent.violated(module, module.getName() + " is made by create" + creates
                            + ", not only by create" + form));
                }
            }
        };
        return classes().that().resideInAnyPackage(CONTEXTS.stream().map(c -> root + "." + c).toArray(String[]::new))
                .and().haveSimpleNameEndingWith("Module").and().areTopLevelClasses().should(oneForm)
                .as("every context module has the one form create(XModule.Ports, Runtime)");
    }

    /** Every package has a {@code package-info.java} saying what it is for (generated JMH code aside). */
    public ArchRule everyPackageIsDocumented() {
        ArchCondition<JavaClass> documented = new ArchCondition<>("reside in a package with a package-info") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                if (javaClass.getPackage().tryGetPackageInfo().isEmpty()) {
                    events.add(SimpleConditionEvent.violated(javaClass,
                            "package " + javaClass.getPackageName() + " of " + javaClass.getName() + " has no package-info.java"));
                }
            }
        };
        return classes().that().resideInAPackage(root + "..").and().resideOutsideOfPackage("..jmh_generated..")
                .should(documented)
                .as("every package has a package-info.java saying what it is for");
    }

    /**
     * The rules a module without adapters checks. {@link #handlersStaySmall()} and
     * {@link #modulesHaveTheOneCreateForm()} join them once the services are split into handlers and
     * the deprecated {@code create} overloads are gone (issue #12).
     */
    public List<ArchRule> domainRules() {
        return List.of(domainIsPure(), internalsStayInTheirContext(), portsAreInterfacesOrRecords(), contextsDependAsAllowed(),
                everyPackageIsDocumented(), eachUseCaseHasOneImplementation(), internalsDoNotUseTheirModule());
    }

    /** Every rule held today (see {@link #domainRules()} for the two still to come). */
    public List<ArchRule> allRules() {
        return List.of(domainIsPure(), adaptersAreIndependent(), internalsStayInTheirContext(), portsAreInterfacesOrRecords(),
                contextsDependAsAllowed(), everyPackageIsDocumented(), eachUseCaseHasOneImplementation(), internalsDoNotUseTheirModule());
    }

    /**
     * Checks the domain rules against {@code classes}; throws an {@link AssertionError} naming each violation.
     *
     * @param classes the classes to check
     */
    public void checkDomainRules(JavaClasses classes) {
        domainRules().forEach(rule -> rule.check(classes));
    }

    /**
     * Checks every rule against {@code classes}; throws an {@link AssertionError} naming each violation.
     *
     * @param classes the classes to check
     */
    public void checkAll(JavaClasses classes) {
        allRules().forEach(rule -> rule.check(classes));
    }
}
