package io.watchfloor.testkit.architecture;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.watchfloor.testkit.architecture.fixture.adapters.jdbc.JdbcCases;
import io.watchfloor.testkit.architecture.fixture.adapters.rest.CasesResource;
import io.watchfloor.testkit.architecture.fixture.cases.UsesAnAdapter;
import io.watchfloor.testkit.architecture.fixture.cases.CasesModule;
import io.watchfloor.testkit.architecture.fixture.cases.UsesItsOwnInternals;
import io.watchfloor.testkit.architecture.fixture.cases.internal.CaseRules;
import io.watchfloor.testkit.architecture.fixture.cases.internal.EverythingService;
import io.watchfloor.testkit.architecture.fixture.cases.internal.HandlingACase;
import io.watchfloor.testkit.architecture.fixture.cases.internal.UsesTheModule;
import io.watchfloor.testkit.architecture.fixture.cases.port.in.ArchiveCase;
import io.watchfloor.testkit.architecture.fixture.cases.port.in.CloseCase;
import io.watchfloor.testkit.architecture.fixture.cases.port.in.HandleCase;
import io.watchfloor.testkit.architecture.fixture.cases.port.in.ReopenCase;
import io.watchfloor.testkit.architecture.fixture.cases.port.out.CaseStore;
import io.watchfloor.testkit.architecture.fixture.cases.port.out.GoodPort;
import io.watchfloor.testkit.architecture.fixture.shared.CallsTheNetwork;
import io.watchfloor.testkit.architecture.fixture.shared.ReadsTheDatabase;
import io.watchfloor.testkit.architecture.fixture.shared.Runtime;
import io.watchfloor.testkit.architecture.fixture.shifts.ReachesIntoCases;
import io.watchfloor.testkit.architecture.fixture.shifts.ShiftsModule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Each architecture rule is shown to fail on a deliberately bad fixture and to pass without it. */
class ArchitectureRulesCatchViolationsTest {

    private static final WatchfloorArchitecture RULES =
            WatchfloorArchitecture.under("io.watchfloor.testkit.architecture.fixture");

    private static JavaClasses classes(Class<?>... classes) {
        return new ClassFileImporter().importClasses(classes);
    }

    private static void assertViolation(Runnable check, String expectedInMessage) {
        AssertionError error = assertThrows(AssertionError.class, check::run);
        assertTrue(error.getMessage().contains(expectedInMessage), () -> "expected '" + expectedInMessage + "' in: " + error.getMessage());
    }

    @Test
    @DisplayName("a domain class using JDBC or java.net breaks the purity rule")
    void domainPurity() {
        assertViolation(() -> RULES.domainIsPure().check(classes(ReadsTheDatabase.class)), "java.sql.Connection");
        assertViolation(() -> RULES.domainIsPure().check(classes(CallsTheNetwork.class)), "java.net.URI");
        assertViolation(() -> RULES.domainIsPure().check(classes(UsesAnAdapter.class, CasesResource.class)), "CasesResource");
        assertDoesNotThrow(() -> RULES.domainIsPure().check(classes(UsesItsOwnInternals.class, CaseRules.class)));
    }

    @Test
    @DisplayName("an adapter using another adapter breaks the independence rule")
    void adapterIndependence() {
        assertViolation(() -> RULES.adaptersAreIndependent().check(classes(JdbcCases.class, CasesResource.class)), "JdbcCases");
    }

    @Test
    @DisplayName("a context using another context's internals breaks the internals rule; its own are fine")
    void internals() {
        assertViolation(() -> RULES.internalsStayInTheirContext().check(classes(ReachesIntoCases.class, CaseRules.class)), "ReachesIntoCases");
        assertDoesNotThrow(() -> RULES.internalsStayInTheirContext().check(classes(UsesItsOwnInternals.class, CaseRules.class)));
    }

    @Test
    @DisplayName("shifts using cases breaks the context map; cases using its own internals does not")
    void contextMap() {
        assertViolation(() -> RULES.contextsDependAsAllowed().check(classes(ReachesIntoCases.class, CaseRules.class)), "shifts may not use cases");
        assertDoesNotThrow(() -> RULES.contextsDependAsAllowed().check(classes(UsesItsOwnInternals.class, CaseRules.class)));
    }

    @Test
    @DisplayName("a plain class in a port package breaks the port rule; interfaces and records pass")
    void ports() {
        assertViolation(() -> RULES.portsAreInterfacesOrRecords().check(classes(CaseStore.class, GoodPort.class)), "CaseStore");
        assertDoesNotThrow(() -> RULES.portsAreInterfacesOrRecords().check(classes(GoodPort.class, GoodPort.Row.class)));
    }

    @Test
    @DisplayName("a package without a package-info breaks the documentation rule; a documented one passes")
    void packageInfo() throws ClassNotFoundException {
        Class<?> packageInfo = Class.forName("io.watchfloor.testkit.architecture.package-info");
        assertViolation(() -> RULES.everyPackageIsDocumented().check(classes(CaseRules.class)), "has no package-info.java");
        assertDoesNotThrow(() -> WatchfloorArchitecture.under("io.watchfloor.testkit").everyPackageIsDocumented()
                .check(classes(WatchfloorArchitecture.class, packageInfo)));
    }

    @Test
    @DisplayName("a rule whose packages hold no class fails instead of passing silently")
    void emptyRulesFail() {
        assertThrows(AssertionError.class, () -> RULES.portsAreInterfacesOrRecords().check(classes(CaseRules.class)));
    }

    @Test
    @DisplayName("a use case implemented twice breaks the one-implementation rule; one handler passes")
    void oneImplementationPerUseCase() {
        assertViolation(() -> RULES.eachUseCaseHasOneImplementation().check(classes(HandleCase.class, HandlingACase.class,
                EverythingService.class)), "has 2 implementations");
        assertDoesNotThrow(() -> RULES.eachUseCaseHasOneImplementation().check(classes(HandleCase.class, HandlingACase.class)));
    }

    @Test
    @DisplayName("a class implementing four use cases breaks the small-handler rule; one use case per handler passes")
    void smallHandlers() {
        assertViolation(() -> RULES.handlersStaySmall().check(classes(EverythingService.class, HandleCase.class, CloseCase.class,
                ReopenCase.class, ArchiveCase.class)), "implements 4 use cases");
        assertDoesNotThrow(() -> RULES.handlersStaySmall().check(classes(HandlingACase.class, HandleCase.class)));
    }

    @Test
    @DisplayName("an internal class using its module breaks the no-cycle rule; a module using its internals passes")
    void noCycleInsideAContext() {
        assertViolation(() -> RULES.internalsDoNotUseTheirModule().check(classes(UsesTheModule.class, CasesModule.class,
                CasesModule.Ports.class)), "import cycle in cases");
        assertDoesNotThrow(() -> RULES.internalsDoNotUseTheirModule().check(classes(HandlingACase.class, CasesModule.class)));
    }

    @Test
    @DisplayName("a module with a second create breaks the one-form rule; create(Ports, Runtime) alone passes")
    void oneCreateForm() {
        assertViolation(() -> RULES.modulesHaveTheOneCreateForm().check(classes(ShiftsModule.class, ShiftsModule.Ports.class,
                Runtime.class)), "ShiftsModule is made by create");
        assertDoesNotThrow(() -> RULES.modulesHaveTheOneCreateForm().check(classes(CasesModule.class, CasesModule.Ports.class,
                Runtime.class)));
    }
}
