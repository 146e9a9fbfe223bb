package org.opentreatment.directory.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The shape of the web module, checked on every build. */
@AnalyzeClasses(
        packages = "org.opentreatment.directory.web",
        importOptions = ImportOption.DoNotIncludeTests.class)
class WebArchitectureTest {

    @ArchTest
    static final ArchRule webPackagesHaveNoCycles =
            slices().matching("org.opentreatment.directory.web.(*)..").should().beFreeOfCycles();

    /** Pages and API reach the domain through its services, never through the index directly. */
    @ArchTest
    static final ArchRule noIndexAccessFromTheWeb =
            noClasses()
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage("org.hibernate.search..", "org.apache.lucene..");

    /** Settings are read in the EJB module's beans; the web only injects them. */
    @ArchTest
    static final ArchRule noStaticConfigLookups =
            noClasses()
                    .should()
                    .callMethod(org.eclipse.microprofile.config.ConfigProvider.class, "getConfig");
}
