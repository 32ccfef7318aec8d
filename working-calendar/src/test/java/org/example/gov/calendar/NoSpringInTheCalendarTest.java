package org.example.gov.calendar;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The arithmetic is plain Java that every service (and a unit test) can use without a Spring context. */
class NoSpringInTheCalendarTest {

    @Test
    void theCalendarDependsOnNoFrameworkAndNoService() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "org.example.gov.platform..", "jakarta..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.example.gov.calendar"));
    }
}
