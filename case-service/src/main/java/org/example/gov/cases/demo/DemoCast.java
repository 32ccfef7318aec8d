package org.example.gov.cases.demo;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.example.gov.cases.casefile.Applicant;
import org.example.gov.platform.personal.FakeIdentities;
import org.example.gov.platform.security.Actor;

/**
 * Who appears in the demo cases and where: applicants (the local run's demo users applicant1, applicant2 and
 * enterprise1 first, so they find their own cases), elderly or disabled people a clerk acts for (帮办代办), and per
 * region the service hall, its clerks and approvers (clerk1 and approver1 are Shenzhen's, as in the dev users).
 */
final class DemoCast {

    /** One region's hall and staff. */
    record Office(String hall, List<Actor> clerks, List<Actor> approvers) {
    }

    private static final List<Applicant> CITIZENS = List.of(
            person("applicant1", "张三"), person("applicant1", "张三"), person("applicant1", "张三"),
            person("applicant2", "李四"), person("applicant2", "李四"),
            person("applicant3", "王芳"), person("applicant4", "刘洋"), person("applicant5", "陈静"),
            person("applicant6", "黄伟"), person("applicant7", "林小燕"), person("applicant8", "吴国强"));

    private static final List<Applicant> ENTERPRISES = List.of(
            person("enterprise1", "深圳示例科技有限公司"), person("enterprise1", "深圳示例科技有限公司"),
            person("enterprise2", "广州示例餐饮管理有限公司"), person("enterprise3", "广东示例建设工程有限公司"),
            person("enterprise4", "深圳市示例贸易有限公司"));

    /** People who come to the 帮办代办 window: the clerk fills in and submits for them. */
    private static final List<Applicant> ASSISTED = List.of(
            person("applicant9", "陈阿婆（82岁）"), person("applicant10", "李伯（76岁）"),
            person("applicant11", "周明（视力残疾）"), person("applicant12", "何秀英（79岁）"));

    /**
     * A demo applicant with a plausible fake identity card number (valid check character) and mobile number, the same
     * for the same id on every run, so one person's cases can be found by their number.
     */
    private static Applicant person(String id, String name) {
        FakeIdentities fake = new FakeIdentities(id.hashCode());
        return new Applicant(id, name, fake.idCardNumber(), fake.mobileNumber());
    }

    private static final Map<String, Office> OFFICES = Map.of(
            "440300", new Office("深圳市民中心政务服务大厅",
                    List.of(staff("clerk1", "王窗口", "CLERK", "440300", "市政务服务数据管理局"),
                            staff("clerk2", "林晓敏", "CLERK", "440300", "市政务服务数据管理局")),
                    List.of(staff("approver1", "赵审批", "APPROVER", "440300", "市市场监督管理局"),
                            staff("approver2", "黄志坚", "APPROVER", "440300", "市规划和自然资源局"))),
            "440100", new Office("广州市政务服务中心",
                    List.of(staff("gz-clerk1", "陈慧", "CLERK", "440100", "市政务服务数据管理局"),
                            staff("gz-clerk2", "麦嘉欣", "CLERK", "440100", "市政务服务数据管理局")),
                    List.of(staff("gz-approver1", "梁国华", "APPROVER", "440100", "市市场监督管理局"))),
            "440000", new Office("广东省政务服务中心",
                    List.of(staff("gd-clerk1", "何志强", "CLERK", "440000", "省政务服务数据管理局")),
                    List.of(staff("gd-approver1", "郭建新", "APPROVER", "440000", "省政务服务数据管理局"))));

    static final List<String> REVIEW_OPINIONS = List.of("初审：材料齐全，符合法定形式", "复审：同意，拟准予许可",
            "现场核查：经营场所与申报一致", "会签：无异议", "审核：符合条件，提交决定");
    static final List<String> REFUSALS = List.of("经现场核查，经营场所与申报材料不一致，不符合《食品经营许可和备案管理办法》第十二条规定的条件",
            "申请人提交的证明材料不能证明其符合法定条件，依法不予许可", "拟建项目与控制性详细规划不符，不予核发");
    static final List<String> NON_ACCEPTANCE = List.of("申请事项依法不属于本机关职权范围，已告知向区级主管部门申请",
            "申请事项依法不需要取得行政许可", "经补正告知后，申请人逾期未补正，申请材料仍不齐全");
    static final List<String> WITHDRAWALS = List.of("申请人主动撤回：需要重新准备材料", "申请人主动撤回：经营计划调整",
            "申请人主动撤回：已通过其他渠道办理");
    static final List<String> DEFAULT_MATERIALS = List.of("申请表（签字页）", "居民身份证复印件", "授权委托书");
    static final Map<String, String> SPECIAL_PROCEDURES = Map.of("TESTING", "样品送第三方检测机构检验",
            "HEARING", "涉及申请人与他人之间重大利益关系，依法组织听证", "APPRAISAL", "委托鉴定机构进行技术鉴定",
            "EXPERT_REVIEW", "组织专家对技术方案进行评审");

    private DemoCast() {
    }

    /**
     * An applicant for an item: mostly companies for 行政许可 and 企业开办 kinds of items (the rest are individual
     * businesses, 个体工商户, who apply as persons), citizens otherwise.
     */
    static Applicant applicantFor(String itemCode, String itemName, Random random) {
        boolean company = itemCode.startsWith("XK") || itemCode.startsWith("QT") || itemName.contains("营业执照")
                || itemName.contains("单位") || itemName.contains("账户设立");
        List<Applicant> pool = company && random.nextDouble() < 0.7 ? ENTERPRISES : CITIZENS;
        return pool.get(random.nextInt(pool.size()));
    }

    static Applicant assisted(Random random) {
        return ASSISTED.get(random.nextInt(ASSISTED.size()));
    }

    static Office office(String region) {
        return OFFICES.getOrDefault(region, OFFICES.get("440300"));
    }

    static Actor applicantActor(Applicant applicant) {
        return new Actor(applicant.id(), applicant.name(), Set.of("APPLICANT"), null, null);
    }

    static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }

    private static Actor staff(String id, String name, String role, String region, String department) {
        return new Actor(id, name, Set.of(role), region, department);
    }
}
