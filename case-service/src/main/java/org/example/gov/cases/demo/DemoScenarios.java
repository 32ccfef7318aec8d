package org.example.gov.cases.demo;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * What the demo cases look like: one line per situation a dashboard, a warning list or a statistic should show, with
 * how many cases and their story. Dates are relative to today in working days, so the same table gives cases that are
 * overdue, due today or approaching on any day the local platform is started. About 320 cases in all.
 */
final class DemoScenarios {

    /** Which items a scenario needs; when the catalogue has none of them it falls back to the next broader kind. */
    enum Needs {
        ANY(i -> true, null),
        PROMISED(i -> !i.item().instant(), ANY),
        /** At least 5 promised working days: room to be "in review" without a warning yet. */
        LONG(i -> i.promisedDays() >= 5, PROMISED),
        EXTENSIBLE(i -> i.extensible() && i.promisedDays() >= 3, LONG),
        INSTANT(i -> i.item().instant(), ANY);

        final Predicate<DemoItem> test;
        final Needs fallback;

        Needs(Predicate<DemoItem> test, Needs fallback) {
            this.test = test;
            this.fallback = fallback;
        }
    }

    record Scenario(String name, int count, Needs needs, UnaryOperator<DemoStory> story) {
    }

    static final List<Scenario> ALL = List.of(
            // before 受理: the supervision warnings "pre-review late" and "received, not accepted for > 3 days"
            new Scenario("网上申请，待预审", 10, Needs.ANY, s -> s.online(s.ago(0, 1))),
            new Scenario("网上预审超时", 6, Needs.ANY, s -> s.online(s.ago(3, 6))),
            new Scenario("已收件，待受理", 10, Needs.ANY, s -> s.received(s.ago(0, 2))),
            new Scenario("收件超3个工作日未受理", 8, Needs.PROMISED, s -> s.received(s.ago(4, 9))),
            new Scenario("受理前补正告知", 8, Needs.PROMISED, s -> s.received(s.ago(1, 5)).later(0, 1).supplement()),
            // the clock runs: on track, approaching, due today, overdue
            new Scenario("已受理", 10, Needs.LONG, s -> s.accepted(s.ago(0, 1))),
            new Scenario("审查中，时限充裕", 20, Needs.LONG, s -> s.accepted(s.ago(1, s.promised() - 3)).later(1).review()
                    .maybe(0.4, r -> r.later(1).review())),
            new Scenario("临近超期", 8, Needs.PROMISED, s -> s.accepted(s.ago(s.promised() - 1)).later(1).review()),
            new Scenario("今日到期", 8, Needs.PROMISED, s -> s.accepted(s.ago(s.promised())).later(1).review()),
            new Scenario("超期未办结", 14, Needs.PROMISED, s -> s.accepted(s.ago(s.promised() + s.between(1, 8))).later(1)
                    .review().maybe(0.5, r -> r.later(2).review())),
            // the clock stopped or moved: supplement, special procedure, extension
            new Scenario("审查中补正，暂停计时", 8, Needs.LONG, s -> s.accepted(s.ago(2, 6)).later(1).review().later(0, 1)
                    .supplement()),
            new Scenario("特别程序中", 8, Needs.LONG, s -> s.accepted(s.ago(3, 8)).later(1).review().later(1).special()),
            new Scenario("特别程序结束，继续审查", 6, Needs.LONG, s -> s.accepted(s.ago(8, 14)).later(1).special().later(3, 5)
                    .endSpecial().later(1).review()),
            new Scenario("已延期，审查中", 8, Needs.EXTENSIBLE, s -> s.accepted(s.ago(s.promised() + s.between(0, 2)))
                    .later(s.promised() - 1).extend().later(1).review()),
            // decided and delivered, not closed yet
            new Scenario("准予许可，待送达", 10, Needs.PROMISED, s -> s.accepted(s.ago(2, 6)).later(1).review().later(0, 1)
                    .approve()),
            new Scenario("不予许可，待送达", 5, Needs.PROMISED, s -> s.accepted(s.ago(2, 6)).later(1).review().later(0, 1)
                    .refuse()),
            new Scenario("已送达，待办结", 10, Needs.PROMISED, s -> s.accepted(s.ago(3, 8)).later(1).review().later(0, 1)
                    .approve().later(0, 1).deliver()),
            // closed: early, on the due date, late, refused, 即办件, after a pause or an extension
            new Scenario("提前办结", 30, Needs.PROMISED, s -> s.accepted(s.ago(s.promised() + 3, 42))
                    .later(0, s.promised() - 1).review().approve().deliverAndClose()),
            new Scenario("到期当日办结", 15, Needs.PROMISED, s -> s.accepted(s.ago(s.promised() + 3, 42)).later(1).review()
                    .untilDue().approve().deliver().close()),
            new Scenario("超期办结", 12, Needs.PROMISED, s -> s.accepted(s.ago(s.promised() + 8, 42)).later(1).review()
                    .untilDue().later(1, 4).approve().deliver().close()),
            new Scenario("不予许可并办结", 10, Needs.PROMISED, s -> s.accepted(s.ago(s.promised() + 3, 42)).later(1).review()
                    .later(0, 1).refuse().deliver().close()),
            new Scenario("即办件当场办结", 35, Needs.INSTANT, s -> s.accepted(s.ago(0, 42)).approve().deliver().close()),
            new Scenario("补正后办结", 10, Needs.PROMISED, s -> s.accepted(s.ago(s.promised() + 10, 42)).later(1).supplement()
                    .later(1, 3).provide().later(1).review().later(0, s.promised() - 1).approve().deliver().close()),
            new Scenario("特别程序后办结", 8, Needs.LONG, s -> s.accepted(s.ago(s.promised() + 12, 42)).later(1).review()
                    .later(1).special().later(2, 5).endSpecial().later(1).approve().deliverAndClose()),
            new Scenario("延期后办结", 8, Needs.EXTENSIBLE, s -> s.accepted(s.ago(s.promised() + 12, 42))
                    .later(s.promised() - 1).extend().later(1, 3).review().approve().deliver().close()),
            // ended without a decision
            new Scenario("不予受理", 10, Needs.PROMISED, s -> s.received(s.ago(1, 42)).later(0, 2).notAccept()),
            new Scenario("补正逾期，不予受理", 5, Needs.PROMISED, s -> s.received(s.ago(8, 42)).later(0, 1).supplement()
                    .later(5, 7).notAccept()),
            new Scenario("受理前撤回", 6, Needs.ANY, s -> s.received(s.ago(1, 42)).later(0, 2).withdraw()),
            new Scenario("审查中撤回", 6, Needs.PROMISED, s -> s.accepted(s.ago(3, 42)).later(1).review().later(0, 1)
                    .withdraw()),
            // 帮办代办: a clerk submits for an elderly or disabled applicant
            new Scenario("帮办代办，已办结", 8, Needs.PROMISED, s -> s.assisted(s.ago(6, 42)).accept().later(1).review()
                    .later(0, 2).approve().deliverAndClose()),
            new Scenario("帮办代办，审查中", 4, Needs.LONG, s -> s.assisted(s.ago(0, 2)).accept()));

    private DemoScenarios() {
    }

    static int total() {
        return ALL.stream().mapToInt(Scenario::count).sum();
    }
}
