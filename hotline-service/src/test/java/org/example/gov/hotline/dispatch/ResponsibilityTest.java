package org.example.gov.hotline.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Which line of the responsibility list applies: the most specific category, then the most specific region. */
class ResponsibilityTest {

    static final DepartmentRef HOUSING = new DepartmentRef("440300", "市住房和建设局");
    static final DepartmentRef ENVIRONMENT = new DepartmentRef("440300", "市生态环境局");
    static final DepartmentRef FUTIAN = new DepartmentRef("440304", "福田区住房和建设局");

    @Test
    void aLeafsOwnLineBeatsItsBranchAndADistrictsLineBeatsItsCitys() {
        Responsibility branch = new Responsibility("0102", "440300", HOUSING, List.of());
        Responsibility leaf = new Responsibility("010202", "440300", ENVIRONMENT, List.of(HOUSING));
        Responsibility district = new Responsibility("0102", "440304", FUTIAN, List.of());

        assertThat(Responsibility.mostSpecific(List.of(branch, leaf, district))).contains(leaf);
        assertThat(Responsibility.mostSpecific(List.of(branch, district))).contains(district);
        assertThat(Responsibility.mostSpecific(List.of())).isEmpty();
    }
}
