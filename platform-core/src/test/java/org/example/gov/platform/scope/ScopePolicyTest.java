package org.example.gov.platform.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.example.gov.platform.security.Actor;
import org.example.gov.platform.security.Role;
import org.junit.jupiter.api.Test;

class ScopePolicyTest {

    static final String SZ = "440300";
    static final String GZ = "440100";
    static final String FUTIAN = "440304";
    static final String SAMR = "市市场监督管理局";

    static Actor staff(Role role, String region, String department) {
        return new Actor("u", "u", Set.of(role.name()), region, department);
    }

    @Test
    void aClerkReachesEveryDepartmentOfTheirOwnRegionOnly() {
        Scope scope = ScopePolicy.of(staff(Role.CLERK, SZ, "市政务服务数据管理局"));

        assertThat(scope.covers(SZ, SAMR)).isTrue();
        assertThat(scope.covers(SZ, "市人力资源和社会保障局")).isTrue();
        assertThat(scope.covers(GZ, SAMR)).as("another city").isFalse();
        assertThat(scope.covers(FUTIAN, "区市场监督管理局")).as("a district's halls are the district's clerks'").isFalse();
    }

    @Test
    void anApproverReachesTheirDepartmentOfTheirRegionNotTheSameNameElsewhere() {
        Scope scope = ScopePolicy.of(staff(Role.APPROVER, SZ, SAMR));

        assertThat(scope.covers(SZ, SAMR)).isTrue();
        assertThat(scope.covers(SZ, "市人力资源和社会保障局")).isFalse();
        assertThat(scope.covers(GZ, SAMR)).as("广州's 市市场监督管理局 is another department").isFalse();
    }

    @Test
    void anApproverWithoutADepartmentReachesNothing() {
        assertThat(ScopePolicy.of(staff(Role.APPROVER, SZ, null)).isEmpty()).isTrue();
        assertThat(ScopePolicy.of(staff(Role.APPROVER, SZ, " ")).isEmpty()).isTrue();
    }

    @Test
    void aSupervisorReachesTheirRegionAndEverythingBelowAndAProvincialOneTheProvince() {
        Scope city = ScopePolicy.of(staff(Role.SUPERVISOR, SZ, null));
        assertThat(city.covers(SZ, SAMR)).isTrue();
        assertThat(city.covers(FUTIAN, "区市场监督管理局")).isTrue();
        assertThat(city.covers(GZ, SAMR)).isFalse();
        assertThat(city.covers("440000", "省政务服务数据管理局")).as("not upwards").isFalse();

        Scope province = ScopePolicy.of(staff(Role.SUPERVISOR, "440000", null));
        assertThat(province.covers(SZ, SAMR)).isTrue();
        assertThat(province.covers(GZ, SAMR)).isTrue();
        assertThat(province.covers("440000", "省政务服务数据管理局")).isTrue();
        assertThat(province.covers("450100", SAMR)).as("another province").isFalse();
    }

    @Test
    void ownReachRolesAndBadRegionClaimsReachNoStaffScope() {
        assertThat(ScopePolicy.of(staff(Role.PARTNER, "450000", null)).isEmpty()).isTrue();
        assertThat(ScopePolicy.of(staff(Role.APPLICANT, SZ, null)).isEmpty()).isTrue();
        assertThat(ScopePolicy.of(staff(Role.SUPERVISOR, null, null)).isEmpty()).isTrue();
        assertThat(ScopePolicy.of(staff(Role.SUPERVISOR, "44", null)).isEmpty()).isTrue();
        assertThat(ScopePolicy.of(staff(Role.SUPERVISOR, "44%", null)).isEmpty()).as("no wildcard through a claim").isTrue();
    }

    @Test
    void onlyTheRolesThatCountForTheRequestReach() {
        Actor both = new Actor("u", "u", Set.of("CLERK", "APPROVER"), SZ, SAMR);

        assertThat(ScopePolicy.of(both, List.of(Role.APPROVER)).covers(SZ, "市人力资源和社会保障局")).isFalse();
        assertThat(ScopePolicy.of(both, List.of(Role.CLERK)).covers(SZ, "市人力资源和社会保障局")).isTrue();
        assertThat(ScopePolicy.actsAsStaff(both, List.of(Role.APPLICANT))).isFalse();
        assertThat(ScopePolicy.actsAsStaff(both, List.of(Role.CLERK, Role.APPLICANT))).isTrue();
    }

    @Test
    void theSqlConditionSaysWhatCoversSays() {
        Actor mixed = new Actor("u", "u", Set.of("CLERK", "APPROVER", "SUPERVISOR"), SZ, SAMR);
        Scope.SqlCondition where = ScopePolicy.of(mixed).where("c.region", "c.department");

        assertThat(where.sql()).contains("c.region = :scope_r", "c.department = :scope_d", "c.region LIKE :scope_r");
        assertThat(where.params()).containsValues(SZ, SAMR, "4403%");
        assertThat(Scope.NONE.where("r", "d").sql()).isEqualTo("1 = 0");
    }

    @Test
    void regionCodesFollowGbT2260() {
        assertThat(RegionCode.of(FUTIAN).parent()).contains(RegionCode.of(SZ));
        assertThat(RegionCode.of(SZ).parent()).contains(RegionCode.of("440000"));
        assertThat(RegionCode.of("440000").parent()).isEmpty();
        assertThat(RegionCode.of("440000").contains(RegionCode.of(FUTIAN))).isTrue();
        assertThat(RegionCode.of(SZ).contains(RegionCode.of("440100"))).isFalse();
        assertThatThrownBy(() -> RegionCode.of("4403")).isInstanceOf(IllegalArgumentException.class);
        assertThat(RegionCode.parse("abc")).isEmpty();
    }
}
