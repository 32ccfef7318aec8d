package org.example.gov.catalog.calendar;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The calendar's rules are plain Java: no Spring, no Jackson, no JDBC, no Bean Validation. */
class CalendarDomainArchitectureTest {

    @Test
    void theDomainHasNoFrameworkDependencies() {
        JavaClasses domain = new ClassFileImporter().importClasses(YearSchedule.class, YearSchedule.Entry.class,
                YearSchedule.Day.class, WorkingDayCalendar.class, ClosedDay.class, LoadedYear.class, ScheduleSource.class,
                CalendarYearNotLoadedException.class, InvalidScheduleException.class, InvalidScheduleException.Violation.class);

        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "tools.jackson..",
                "com.fasterxml..", "java.sql..", "jakarta..")
                .check(domain);
    }
}
