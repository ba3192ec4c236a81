package io.watchfloor.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.watchfloor.access.AccessEvent;
import io.watchfloor.shared.ConcurrentModification;
import io.watchfloor.shared.DomainEvent;
import io.watchfloor.shared.InvalidCommand;
import io.watchfloor.shared.NotFound;
import io.watchfloor.shared.RuleViolation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInfo;

/**
 * The fuzzer (issue 11, section 5): every use case of every context, found by reflection over the
 * domain's {@code port.in} packages, is sent at least {@link #COMMANDS} random and hostile commands
 * built by reflection ({@link HostileValues}). The only exceptions allowed out are the four refusals
 * ({@code InvalidCommand}, {@code RuleViolation}, {@code NotFound}, {@code ConcurrentModification});
 * after each refusal no store changed and no event was published (REFUSED access-log entries aside).
 * Prints how many commands went to each use case and which rule refused how many.
 * {@code -Dwatchfloor.fuzz.commands=N} sends N per use case; {@code -Dwatchfloor.seed=S} replays;
 * {@code -Dwatchfloor.fuzz.only=AuditAccess,FindCases} fuzzes only the use cases named.
 */
@DisplayName("Hostile commands through every public entry point are refused by a rule, and a refusal changes nothing")
class HostileCommandsFuzzTest {

    static final int COMMANDS = Integer.getInteger("watchfloor.fuzz.commands", 1000);
    static final long SEED = Long.getLong("watchfloor.seed", 20261123L);
    private static final long PATIENCE_SECONDS = 5;

    /** Per use case: how many commands it was sent, accepted, and refused by which rule or kind. */
    private static final Map<String, Map<String, Integer>> TALLY = new ConcurrentSkipListMap<>();

    /** The contexts fuzzed below, one test factory each. */
    private static final List<String> CONTEXTS = List.of("people", "plans", "cases", "devices", "recordings", "access", "shifts");

    @Test
    @DisplayName("the modules hand out every use case of the domain, and the fuzzer finds them all, in the contexts it fuzzes")
    void everyUseCaseIsHandedOut() {
        List<Class<?>> useCases = UseCases.interfaces();
        Map<Class<?>, Object> handedOut = UseCases.implementations(new FuzzedCentre().modules());
        assertTrue(useCases.size() >= 60, "found only " + useCases.size() + " use cases");
        assertEquals(useCases.stream().map(Class::getName).sorted().toList(),
                handedOut.keySet().stream().map(Class::getName).sorted().toList());
        assertEquals(List.of(), useCases.stream().filter(u -> !CONTEXTS.contains(contextOf(u))).map(Class::getName).toList(),
                "use cases of a context no factory below fuzzes");
    }

    @TestFactory
    @Tag("PEOPLE-01")
    @DisplayName("people: hostile commands are refused by rule, and a refusal changes nothing")
    Stream<DynamicTest> people(TestInfo test) {
        return context("people", test);
    }

    @TestFactory
    @Tag("PEOPLE-01")
    @Tag("PLAN-01")
    @DisplayName("plans: hostile commands are refused by rule, and a refusal changes nothing")
    Stream<DynamicTest> plans(TestInfo test) {
        return context("plans", test);
    }

    @TestFactory
    @Tag("PEOPLE-01")
    @Tag("CASE-02")
    @Tag("CASE-05")
    @Tag("CASE-11")
    @Tag("CASE-16")
    @DisplayName("cases: hostile commands are refused by rule, and a refusal changes nothing")
    Stream<DynamicTest> cases(TestInfo test) {
        return context("cases", test);
    }

    @TestFactory
    @Tag("PEOPLE-01")
    @DisplayName("devices: hostile commands are refused by rule, and a refusal changes nothing")
    Stream<DynamicTest> devices(TestInfo test) {
        return context("devices", test);
    }

    @TestFactory
    @Tag("PEOPLE-01")
    @Tag("RET-03")
    @DisplayName("recordings: hostile commands are refused by rule, and a refusal changes nothing")
    Stream<DynamicTest> recordings(TestInfo test) {
        return context("recordings", test);
    }

    @TestFactory
    @Tag("ACCESS-03")
    @Tag("ACCESS-09")
    @DisplayName("access: hostile commands are refused by rule, and a refusal changes nothing but the REFUSED log entry")
    Stream<DynamicTest> access(TestInfo test) {
        return context("access", test);
    }

    @TestFactory
    @Tag("SHIFT-03")
    @Tag("SHIFT-05")
    @Tag("SHIFT-06")
    @Tag("SHIFT-08")
    @Tag("SHIFT-10")
    @DisplayName("shifts: hostile commands are refused by rule, and a refusal changes nothing")
    Stream<DynamicTest> shifts(TestInfo test) {
        return context("shifts", test);
    }

    /**
     * One dynamic test per use case of {@code context}, then one that earns the factory's tags: each
     * rule it is tagged with refused at least one of the hostile commands.
     */
    private Stream<DynamicTest> context(String context, TestInfo test) {
        String only = System.getProperty("watchfloor.fuzz.only", "");
        List<Class<?>> useCases = UseCases.interfaces().stream().filter(u -> contextOf(u).equals(context))
                .filter(u -> only.isEmpty() || only.contains(u.getSimpleName())).toList();
        DynamicTest tagsEarned = DynamicTest.dynamicTest("each rule it is tagged with refused some of them", () -> {
            if (only.isEmpty() && COMMANDS >= 1000) {
                for (String rule : test.getTags()) {
                    assertTrue(useCases.stream().anyMatch(u -> TALLY.getOrDefault(u.getSimpleName(), Map.of()).getOrDefault(rule, 0) > 0),
                            "no hostile " + context + " command was refused by " + rule);
                }
            }
        });
        return Stream.concat(useCases.stream().map(useCase -> DynamicTest.dynamicTest(useCase.getSimpleName(), () -> fuzz(useCase))),
                Stream.of(tagsEarned));
    }

    private static String contextOf(Class<?> useCase) {
        return useCase.getPackageName().split("\\.")[2];
    }

    @AfterAll
    static void report() {
        int sent = 0;
        Map<String, Integer> byRule = new TreeMap<>();
        StringBuilder text = new StringBuilder();
        for (var entry : TALLY.entrySet()) {
            Map<String, Integer> tally = entry.getValue();
            sent += tally.getOrDefault("sent", 0);
            text.append(String.format("  %-34s %s%n", entry.getKey(), tally));
            tally.forEach((label, count) -> {
                if (!label.equals("sent")) {
                    byRule.merge(label, count, Integer::sum);
                }
            });
        }
        System.out.printf("Fuzzer: %d hostile commands to %d use cases (seed %d)%n  by outcome: %s%n%s", sent, TALLY.size(), SEED,
                byRule, text);
    }

    private void fuzz(Class<?> useCase) throws Exception {
        FuzzedCentre centre = new FuzzedCentre();
        Object implementation = UseCases.implementations(centre.modules()).get(useCase);
        List<Method> entryPoints = UseCases.entryPoints(useCase);
        HostileValues values = new HostileValues(SEED ^ useCase.getName().hashCode(), centre.knownIds, FuzzedCentre.NOW);
        Map<String, Integer> tally = new TreeMap<>();
        Map<String, Integer> findings = new TreeMap<>();
        ExecutorService caller = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "fuzz-" + useCase.getSimpleName());
            thread.setDaemon(true);
            return thread;
        });
        try {
            int total = Math.max(COMMANDS, COMMANDS / 4 * entryPoints.size());
            Map<String, Long> before = null;
            for (int i = 0; i < total; i++) {
                Method entryPoint = entryPoints.get(i % entryPoints.size());
                Object[] arguments = values.arguments(entryPoint.getGenericParameterTypes());
                String where = useCase.getSimpleName() + "." + entryPoint.getName();
                before = before != null ? before : StoreSnapshot.of(centre.stores());
                var logBefore = StoreSnapshot.nonRefusals(centre.accessLog);
                int eventsBefore = centre.events.all().size();
                tally.merge("sent", 1, Integer::sum);
                Future<Object> call = caller.submit(() -> entryPoint.invoke(implementation, arguments));
                try {
                    harvestIds(call.get(PATIENCE_SECONDS, TimeUnit.SECONDS), centre.knownIds, 0);
                    tally.merge("accepted", 1, Integer::sum);
                    before = null;
                } catch (TimeoutException e) {
                    call.cancel(true);
                    findings.merge(where + " still running after " + PATIENCE_SECONDS + " s with " + describe(arguments), 1, Integer::sum);
                    break;
                } catch (ExecutionException e) {
                    Throwable thrown = e.getCause() instanceof InvocationTargetException ite ? ite.getCause() : e.getCause();
                    String label = refusal(thrown);
                    if (label == null && isKnownElsewhere(where, thrown)) {
                        tally.merge("excluded: known, owned elsewhere", 1, Integer::sum);
                        before = null;
                        continue;
                    }
                    if (label == null) {
                        findings.merge(where + " threw " + thrown + firstFrame(thrown), 1, Integer::sum);
                        before = null;
                        continue;
                    }
                    tally.merge(label, 1, Integer::sum);
                    Map<String, Long> after = StoreSnapshot.of(centre.stores());
                    for (String store : before.keySet()) {
                        if (!Objects.equals(before.get(store), after.get(store))) {
                            findings.merge(where + " refused (" + label + ") but changed " + store, 1, Integer::sum);
                        }
                    }
                    before = after;
                    if (!logBefore.equals(StoreSnapshot.nonRefusals(centre.accessLog))) {
                        findings.merge(where + " refused (" + label + ") but logged more than a refusal", 1, Integer::sum);
                    }
                    // ADR 0004: a refused access attempt is logged as REFUSED with an AccessAttemptRefused event.
                    List<DomainEvent> published = centre.events.all().subList(eventsBefore, centre.events.all().size()).stream()
                            .filter(event -> !(event instanceof AccessEvent.AccessAttemptRefused)).toList();
                    if (!published.isEmpty()) {
                        findings.merge(where + " refused (" + label + ") but published " + published, 1, Integer::sum);
                    }
                }
            }
        } finally {
            caller.shutdownNow();
            TALLY.put(useCase.getSimpleName(), tally);
        }
        assertTrue(findings.isEmpty(), useCase.getSimpleName() + ": " + findings.size() + " kinds of failure:\n  "
                + findings.entrySet().stream().map(f -> f.getValue() + "x " + f.getKey()).collect(Collectors.joining("\n  ")));
    }

    /**
     * Findings in code another engineer owns, excluded by name until their branch fixes them; each is
     * listed in issue 11's closing note. Nothing else may be excluded.
     */
    private static boolean isKnownElsewhere(String where, Throwable thrown) {
        // Issue 11, section 5 (access): leaving a visit at the very instant of entry throws the Visit
        // record's IllegalArgumentException instead of a refusal; the access engineer owns Visit.
        return where.equals("RegisterVisit.leave") && thrown instanceof IllegalArgumentException
                && String.valueOf(thrown.getMessage()).contains("must be after the entry");
    }

    /** The tally label of an allowed refusal, or {@code null} for anything else. */
    private static String refusal(Throwable thrown) {
        if (thrown instanceof RuleViolation rule) {
            return rule.ruleId();
        }
        if (thrown instanceof InvalidCommand) {
            return "InvalidCommand";
        }
        if (thrown instanceof NotFound) {
            return "NotFound";
        }
        if (thrown instanceof ConcurrentModification) {
            return "ConcurrentModification";
        }
        return null;
    }

    private static String firstFrame(Throwable thrown) {
        return Stream.of(thrown.getStackTrace()).filter(f -> f.getClassName().startsWith("io.watchfloor"))
                .findFirst().map(f -> " at " + f).orElse("");
    }

    private static String describe(Object[] arguments) {
        String text = java.util.Arrays.toString(arguments);
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    /** Adds every id in what a use case returned to the ids the fuzzer offers. */
    private static void harvestIds(Object result, List<Object> knownIds, int depth) {
        if (result == null || depth > 2 || knownIds.size() > 500) {
            return;
        }
        if (result instanceof Collection<?> items) {
            items.stream().limit(10).forEach(item -> harvestIds(item, knownIds, depth + 1));
            return;
        }
        Class<?> type = result.getClass();
        if (type.isRecord()) {
            if (HostileValues.isId(type)) {
                if (!knownIds.contains(result)) {
                    knownIds.add(result);
                }
                return;
            }
            for (RecordComponent component : type.getRecordComponents()) {
                try {
                    harvestIds(component.getAccessor().invoke(result), knownIds, depth + 1);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

}
