package org.example.gov.testsupport;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.conditions.ArchConditions.have;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * ENGINEERING.md §3 as checks every service runs from its own {@code ArchitectureTest}. Domain = the classes of the
 * capability packages ({@code <base>.<capability>..}) that are not adapters: not in web/messaging/config, not Spring
 * beans, not named for a role (…Repository, …Service, …Client, …Lookup, …Listener, …Converter); nested classes count
 * as their top-level class. Domain code may use the platform's plain-Java problems, scopes, personal-data types and Actor/Role, nothing else of
 * the platform. (Called from plain @Test methods: ArchUnit 1.4's JUnit 5 engine discovers nothing on the JUnit 6
 * platform that Boot 4 brings, so @ArchTest fields would never run.)
 */
public final class PlatformArchitecture {

    private final String base;
    private final JavaClasses classes;
    private final boolean allowEmpty;
    private final DescribedPredicate<JavaClass> domain;

    private PlatformArchitecture(String base, boolean allowEmpty) {
        this.base = base;
        this.allowEmpty = allowEmpty;
        this.classes = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests()).importPackages(base);
        this.domain = describe("are domain classes", c -> {
            JavaClass top = c;
            while (top.getEnclosingClass().isPresent()) {
                top = top.getEnclosingClass().get();
            }
            return c.getPackageName().startsWith(base + ".")
                    && !c.getPackageName().matches(".*\\.(web|messaging|config)(\\..*)?")
                    && !top.isMetaAnnotatedWith("org.springframework.stereotype.Component")
                    && !top.getSimpleName().matches(".*(Repository|Service|Client|Lookup|Listener|Converter)");
        });
    }

    /** For a service with capability packages: an empty selection means the rules are misconfigured. */
    public static PlatformArchitecture of(String basePackage) {
        return new PlatformArchitecture(basePackage, false);
    }

    /** For a service that has no capability packages yet: the rules guard the code to come. */
    public static PlatformArchitecture ofNewService(String basePackage) {
        return new PlatformArchitecture(basePackage, true);
    }

    private static final DescribedPredicate<JavaClass> PLUMBING = describe("are Spring, web, Kafka, JDBC or platform plumbing", c ->
            c.getPackageName().matches("(org\\.springframework|jakarta\\.servlet|org\\.apache\\.kafka|io\\.cloudevents|java\\.sql|javax\\.sql|feign)(\\..*)?")
                    || c.getPackageName().startsWith("org.example.gov.platform")
                            && !c.getPackageName().equals("org.example.gov.platform.problem")
                            && !c.getPackageName().equals("org.example.gov.platform.scope")
                            && !c.getPackageName().equals("org.example.gov.platform.personal")
                            // a pure function of the JDK's (SHA-256 hex), as usable in a rule as String.format
                            && !c.getPackageName().equals("org.example.gov.platform.digest")
                            && !c.getName().matches("org\\.example\\.gov\\.platform\\.security\\.(Actor|Role)"));

    public void domainCodeHasNoSpringWebKafkaOrJdbcDependencies() {
        noClasses().that(domain).should().dependOnClassesThat(PLUMBING).allowEmptyShould(allowEmpty).check(classes);
    }

    /**
     * Working days are counted by working-calendar only (issue 10: four services had four different arithmetics). A
     * class of the service, main or test, that touches {@link java.time.DayOfWeek} is writing its own Monday-Friday
     * rule: count with {@code WorkingDayCalendar} instead, or write the expected date as a literal.
     */
    public void workingDaysAreCountedOnlyByTheSharedCalendar() {
        JavaClasses withTests = new ClassFileImporter().importPackages(base);
        noClasses().should().dependOnClassesThat().areAssignableTo("java.time.DayOfWeek")
                .because("working days are counted by org.example.gov.calendar.WorkingDayCalendar only")
                .allowEmptyShould(allowEmpty).check(withTests);
    }

    public void webAdaptersDoNotReachRepositoriesOrJdbc() {
        noClasses().that().resideInAPackage(base + "..web..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..")
                .allowEmptyShould(allowEmpty).check(classes);
    }

    public void capabilitiesHaveNoDependencyCycles() {
        slices().matching(base + ".(*)..").should().beFreeOfCycles().allowEmptyShould(allowEmpty).check(classes);
    }

    public void restControllersNeverReturnDomainObjects() {
        noMethods().that().areDeclaredInClassesThat().areMetaAnnotatedWith("org.springframework.web.bind.annotation.RestController")
                .and().arePublic()
                .should(have(describe("a return type involving a domain class other than an enum", (JavaMethod m) ->
                        m.getReturnType().getAllInvolvedRawTypes().stream().anyMatch(t -> domain.test(t) && !t.isEnum()))))
                .allowEmptyShould(allowEmpty).check(classes);
    }

    public void responseTypesNeverHoldAggregates() {
        noFields().that().areDeclaredInClassesThat().resideInAPackage(base + "..web..")
                .should(have(describe("a type involving a domain class that is not a value (record or enum)", (JavaField f) ->
                        f.getType().getAllInvolvedRawTypes().stream().anyMatch(t -> domain.test(t) && !t.isEnum() && !t.isRecord()))))
                .allowEmptyShould(allowEmpty).check(classes);
    }
}
