package org.example.gov.hotline;

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
import org.junit.jupiter.api.Test;

/**
 * ENGINEERING.md §3 as tests. Domain = the classes of the capability packages ({@code <base>.<capability>..}) that
 * are not adapters: not in web/messaging/config, not Spring beans, not named for a role (…Repository, …Service,
 * …Client, …Lookup, …Listener, …Converter); nested classes count as their top-level class. Domain code may use the
 * platform's plain-Java problems and Actor/Role, nothing else of the platform. (Plain @Test methods: ArchUnit 1.4's
 * JUnit 5 engine discovers nothing on the JUnit 6 platform that Boot 4 brings, so @ArchTest fields would never run.)
 * The service has no capability packages yet: the rules allow an empty selection and guard the code to come.
 */
class ArchitectureTest {

    static final String BASE = "org.example.gov.hotline";
    static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests()).importPackages(BASE);

    static final DescribedPredicate<JavaClass> DOMAIN = describe("are domain classes", c -> {
        JavaClass top = c;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return c.getPackageName().startsWith(BASE + ".")
                && !c.getPackageName().matches(".*\\.(web|messaging|config)(\\..*)?")
                && !top.isMetaAnnotatedWith("org.springframework.stereotype.Component")
                && !top.getSimpleName().matches(".*(Repository|Service|Client|Lookup|Listener|Converter)");
    });

    static final DescribedPredicate<JavaClass> PLUMBING = describe("are Spring, web, Kafka, JDBC or platform plumbing", c ->
            c.getPackageName().matches("(org\\.springframework|jakarta\\.servlet|org\\.apache\\.kafka|io\\.cloudevents|java\\.sql|javax\\.sql|feign)(\\..*)?")
                    || c.getPackageName().startsWith("org.example.gov.platform")
                            && !c.getPackageName().equals("org.example.gov.platform.problem")
                            && !c.getName().matches("org\\.example\\.gov\\.platform\\.security\\.(Actor|Role)"));

    @Test
    void domainCodeHasNoSpringWebKafkaOrJdbcDependencies() {
        noClasses().that(DOMAIN).should().dependOnClassesThat(PLUMBING).allowEmptyShould(true).check(CLASSES);
    }

    @Test
    void webAdaptersDoNotReachRepositoriesOrJdbc() {
        noClasses().that().resideInAPackage(BASE + "..web..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..")
                .allowEmptyShould(true).check(CLASSES);
    }

    @Test
    void capabilitiesHaveNoDependencyCycles() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().allowEmptyShould(true).check(CLASSES);
    }

    @Test
    void restControllersNeverReturnDomainObjects() {
        noMethods().that().areDeclaredInClassesThat().areMetaAnnotatedWith("org.springframework.web.bind.annotation.RestController")
                .and().arePublic()
                .should(have(describe("a return type involving a domain class other than an enum", (JavaMethod m) ->
                        m.getReturnType().getAllInvolvedRawTypes().stream().anyMatch(t -> DOMAIN.test(t) && !t.isEnum()))))
                .allowEmptyShould(true).check(CLASSES);
    }

    @Test
    void responseTypesNeverHoldAggregates() {
        noFields().that().areDeclaredInClassesThat().resideInAPackage(BASE + "..web..")
                .should(have(describe("a type involving a domain class that is not a value (record or enum)", (JavaField f) ->
                        f.getType().getAllInvolvedRawTypes().stream().anyMatch(t -> DOMAIN.test(t) && !t.isEnum() && !t.isRecord()))))
                .allowEmptyShould(true).check(CLASSES);
    }
}
