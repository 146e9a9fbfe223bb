package org.opentreatment.directory;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.RequestScoped;

/** The shape of the EJB module, checked on every build. */
@AnalyzeClasses(
        packages = "org.opentreatment.directory",
        importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Each feature package may use others, but never in a circle. */
    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles =
            slices().matching("org.opentreatment.directory.(*)..").should().beFreeOfCycles();

    /**
     * JSON is the web module's business: the domain stays free of JSON-B and its annotations, and
     * only the imports read JSON (the locator's export and staged rows, with JSON-P).
     */
    @ArchTest
    static final ArchRule noJsonInTheDomain =
            noClasses()
                    .that()
                    .resideOutsideOfPackage("org.opentreatment.directory.imports..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("jakarta.json..");

    @ArchTest
    static final ArchRule noJsonBindingInTheDomain =
            noClasses().should().dependOnClassesThat().resideInAPackage("jakarta.json.bind..");

    /** Beans get their settings injected, with names from Settings, never by static look-up. */
    @ArchTest
    static final ArchRule beansHaveTheirSettingsInjected =
            noClasses()
                    .that()
                    .areAnnotatedWith(ApplicationScoped.class)
                    .or()
                    .areAnnotatedWith(RequestScoped.class)
                    .or()
                    .areAnnotatedWith(Dependent.class)
                    .or()
                    .areAnnotatedWith(Stateless.class)
                    .or()
                    .areAnnotatedWith(Singleton.class)
                    .should()
                    .callMethod(org.eclipse.microprofile.config.ConfigProvider.class, "getConfig");

    /** Only the OpenSearch build's own package knows the Elasticsearch backend. */
    @ArchTest
    static final ArchRule openSearchCodeStaysInItsPackage =
            noClasses()
                    .that()
                    .resideOutsideOfPackage("org.opentreatment.directory.opensearch..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(
                            "org.hibernate.search.backend.elasticsearch..",
                            "org.apache.http..",
                            "org.opentreatment.directory.opensearch..");
}
