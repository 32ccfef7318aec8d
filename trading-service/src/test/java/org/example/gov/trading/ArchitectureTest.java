package org.example.gov.trading;

import org.example.gov.testsupport.PlatformArchitecture;
import org.junit.jupiter.api.Test;

/** ENGINEERING.md §3 as tests (the rules are in {@link PlatformArchitecture}). */
class ArchitectureTest {

    static final PlatformArchitecture RULES = PlatformArchitecture.of("org.example.gov.trading");

    @Test
    void domainCodeHasNoSpringWebKafkaOrJdbcDependencies() {
        RULES.domainCodeHasNoSpringWebKafkaOrJdbcDependencies();
    }

    @Test
    void webAdaptersDoNotReachRepositoriesOrJdbc() {
        RULES.webAdaptersDoNotReachRepositoriesOrJdbc();
    }

    @Test
    void capabilitiesHaveNoDependencyCycles() {
        RULES.capabilitiesHaveNoDependencyCycles();
    }

    @Test
    void restControllersNeverReturnDomainObjects() {
        RULES.restControllersNeverReturnDomainObjects();
    }

    @Test
    void responseTypesNeverHoldAggregates() {
        RULES.responseTypesNeverHoldAggregates();
    }

    @Test
    void workingDaysAreCountedOnlyByTheSharedCalendar() {
        RULES.workingDaysAreCountedOnlyByTheSharedCalendar();
    }
}
