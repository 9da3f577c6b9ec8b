package org.exovigil.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The shape of the brief: plain-Java cores (rulebook, vigilance, signals, watch) that know nothing
 * of Spring, the database or the app; dependencies point inward; the cores do not lean on each
 * other (watch may use the rulebook to judge claims); the app's capability packages form no cycles.
 * Every rule must find classes to check: a renamed package fails it instead of leaving it green.
 */
@AnalyzeClasses(packages = "org.exovigil", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] CORES = {
        "org.exovigil.rulebook..", "org.exovigil.vigilance..", "org.exovigil.signals..", "org.exovigil.watch.."
    };

    @ArchTest
    static final ArchRule coresAreFrameworkFree = noClasses()
            .that()
            .resideInAnyPackage(CORES)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "jakarta..", "java.sql..", "javax.sql..", "org.exovigil.app..")
            .as("the cores are plain Java: no Spring, no servlet, no JDBC, no app");

    @ArchTest
    static final ArchRule rulebookStandsAlone = noClasses()
            .that()
            .resideInAPackage("org.exovigil.rulebook..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.exovigil.vigilance..", "org.exovigil.signals..", "org.exovigil.watch..");

    @ArchTest
    static final ArchRule vigilanceStandsAlone = noClasses()
            .that()
            .resideInAPackage("org.exovigil.vigilance..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.exovigil.signals..", "org.exovigil.watch..");

    @ArchTest
    static final ArchRule signalsStandAlone = noClasses()
            .that()
            .resideInAPackage("org.exovigil.signals..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.exovigil.rulebook..", "org.exovigil.vigilance..", "org.exovigil.watch..");

    @ArchTest
    static final ArchRule watchUsesOnlyTheRulebook = noClasses()
            .that()
            .resideInAPackage("org.exovigil.watch..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.exovigil.vigilance..", "org.exovigil.signals..");

    @ArchTest
    static final ArchRule capabilitiesFormNoCycles =
            slices().matching("org.exovigil.app.(*)..").should().beFreeOfCycles();

    /** Every capability may send letters, so the mail package leans on none of them (issue 20). */
    @ArchTest
    static final ArchRule mailDependsOnNoOtherCapability = noClasses()
            .that()
            .resideInAPackage("org.exovigil.app.mail..")
            .should()
            .dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.exovigil.app..")
                    .and(DescribedPredicate.not(JavaClass.Predicates.resideInAnyPackage(
                            "org.exovigil.app.mail..", "org.exovigil.app.audit..", "org.exovigil.app.refusals.."))));

    @ArchTest
    static final ArchRule commandLineStartsSpringOnlyThroughTheApplication = noClasses()
            .that()
            .resideInAPackage("org.exovigil.app.cli..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.springframework..")
            .as("compute-only commands must start without loading Spring");
}
