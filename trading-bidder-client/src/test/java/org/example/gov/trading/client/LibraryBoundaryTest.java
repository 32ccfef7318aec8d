package org.example.gov.trading.client;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * trading-service links the format and crypto classes into its own process: they must stay plain (no framework, no
 * network, no console), so only the CLI layer (BidderCli, BidGateway, GatewayProblem, PriceScheduleFile) does I/O.
 */
class LibraryBoundaryTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.example.gov.trading.client");

    @Test
    void theClientDependsOnNoFrameworkAndNoService() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta..", "org.example.gov.platform..")
                .check(CLASSES);
    }

    @Test
    void onlyTheCliLayerTalksHttp() {
        noClasses().that().doNotHaveSimpleName("BidGateway").and().doNotHaveSimpleName("BidderCli")
                .and().doNotHaveSimpleName("GatewayProblem")
                .should().dependOnClassesThat().resideInAPackage("java.net.http..")
                .check(CLASSES);
    }

    @Test
    void onlyTheCliWritesToTheConsole() {
        noClasses().that().doNotHaveSimpleName("BidderCli")
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .check(CLASSES);
    }
}
