package app.plateau.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.router.Route;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the layout CONVENTIONS.md describes: one package per feature, thin views, guarded services. */
@AnalyzeClasses(packages = "app.plateau", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule views_never_touch_repositories = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .because("views call services, which own the rules");

    @ArchTest
    static final ArchRule features_have_no_cycles = slices()
            .matching("app.plateau.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule security_depends_on_no_feature = noClasses()
            .that().resideInAPackage("app.plateau.security..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "app.plateau.organisation..", "app.plateau.home..", "app.plateau.demo..",
                    "app.plateau.transfer..", "app.plateau.occupancy..", "app.plateau.meeting..",
                    "app.plateau.hygiene..", "app.plateau.health..", "app.plateau.audit..")
            .because("every feature builds on security, never the other way round");

    @ArchTest
    static final ArchRule base_depends_on_no_feature = noClasses()
            .that().resideInAPackage("app.plateau.base..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "app.plateau.security..", "app.plateau.organisation..", "app.plateau.home..",
                    "app.plateau.demo..");

    @ArchTest
    static final ArchRule public_service_methods_check_the_role = methods()
            .that().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
            .and().arePublic()
            .should().beAnnotatedWith(PreAuthorize.class)
            .because("the UI hides what a role may not do; the service refuses it");

    @ArchTest
    static final ArchRule public_service_methods_are_transactional = methods()
            .that().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
            .and().arePublic()
            .should().beAnnotatedWith(Transactional.class);

    @ArchTest
    static final ArchRule routes_live_in_ui_packages = classes()
            .that().areAnnotatedWith(Route.class)
            .should().resideInAPackage("..ui..");

    @ArchTest
    static final ArchRule repositories_are_private_to_their_feature = classes()
            .that().areAssignableTo(Repository.class)
            .should().notBePublic()
            .because("features talk through public services, never through each other's repositories");
}
