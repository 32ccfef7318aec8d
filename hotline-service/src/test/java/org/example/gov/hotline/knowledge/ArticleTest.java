package org.example.gov.hotline.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.IllegalTransitionException;
import org.junit.jupiter.api.Test;

/** The knowledge article's rules without Spring: versions, four eyes, the stages, what may answer a caller. */
class ArticleTest {

    static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-03-02");

    @Test
    void theAuthorOfTheLatestVersionDoesNotPublishIt() {
        Article a = draft(null);
        assertThatThrownBy(() -> a.publish("agent1", AT, TODAY)).isInstanceOfSatisfying(
                BusinessRuleViolationException.class, e -> assertThat(e.code()).isEqualTo("PUBLISHER_IS_AUTHOR"));
        a.publish("agent2", AT, TODAY);
        assertThat(a.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(a.publishedBy()).isEqualTo("agent2");

        // agent2 edits: now agent1 may publish, agent2 may not
        a.edit(content("公积金提取条件（修订）", null), "agent2", AT);
        assertThatThrownBy(() -> a.publish("agent2", AT, TODAY)).isInstanceOf(BusinessRuleViolationException.class);
        a.publish("agent1", AT, TODAY);
        assertThat(a.status()).isEqualTo(ArticleStatus.PUBLISHED);
    }

    @Test
    void anEditIsANewVersionBackInDraftAndTheOldOneStaysAsWritten() {
        Article a = draft(null);
        a.publish("agent2", AT, TODAY);
        a.edit(content("公积金提取条件（修订）", null), "agent1", AT.plusSeconds(60));
        assertThat(a.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(a.latest().number()).isEqualTo(2);
        assertThat(a.version(1).orElseThrow().content().title()).isEqualTo("公积金提取条件");
        assertThat(a.version(2).orElseThrow().content().title()).isEqualTo("公积金提取条件（修订）");
        assertThat(a.newVersions()).extracting(ArticleVersion::number).containsExactly(1, 2);
        // a draft is not read out to callers
        assertThatThrownBy(() -> a.use(TODAY)).isInstanceOfSatisfying(BusinessRuleViolationException.class,
                e -> assertThat(e.code()).isEqualTo("ARTICLE_NOT_PUBLISHED"));
    }

    @Test
    void onlyAPublishedArticleValidTodayAnswersAndEachAnswerIsCounted() {
        Article a = draft(LocalDate.parse("2026-03-31"));
        a.publish("agent2", AT, TODAY);
        assertThat(a.use(TODAY).number()).isEqualTo(1);
        assertThat(a.use(LocalDate.parse("2026-03-31")).number()).isEqualTo(1);
        assertThat(a.useCount()).isEqualTo(2);
        assertThatThrownBy(() -> a.use(LocalDate.parse("2026-04-01"))).isInstanceOfSatisfying(
                BusinessRuleViolationException.class, e -> assertThat(e.code()).isEqualTo("ARTICLE_NOT_VALID"));
        assertThatThrownBy(() -> a.use(LocalDate.parse("2026-03-01"))).isInstanceOfSatisfying(
                BusinessRuleViolationException.class, e -> assertThat(e.code()).isEqualTo("ARTICLE_NOT_VALID"));

        a.retire("政策已废止", "agent2", AT);
        assertThatThrownBy(() -> a.use(TODAY)).isInstanceOfSatisfying(BusinessRuleViolationException.class,
                e -> assertThat(e.code()).isEqualTo("ARTICLE_RETIRED"));
        assertThat(a.useCount()).isEqualTo(2);
    }

    @Test
    void anExpiredDraftIsNotPublished() {
        Article a = Article.draft("440300", new ArticleContent("供暖补贴", "补贴发放至 3 月 1 日", "010103", List.of(),
                LocalDate.parse("2026-01-01"), LocalDate.parse("2026-03-01")), "agent1", AT);
        assertThatThrownBy(() -> a.publish("agent2", AT, TODAY)).isInstanceOfSatisfying(
                BusinessRuleViolationException.class, e -> assertThat(e.code()).isEqualTo("ARTICLE_EXPIRED"));
    }

    @Test
    void aRetiredArticleIsFinalAndRetiringStatesWhy() {
        Article a = draft(null);
        assertThatThrownBy(() -> a.retire(" ", "agent2", AT)).isInstanceOfSatisfying(
                BusinessRuleViolationException.class, e -> assertThat(e.code()).isEqualTo("RETIREMENT_REASON_REQUIRED"));
        a.retire("重复文章", "agent2", AT);
        assertThat(a.allowedActions()).isEmpty();
        assertThatThrownBy(() -> a.edit(content("x", null), "agent1", AT)).isInstanceOfSatisfying(
                IllegalTransitionException.class, e -> {
                    assertThat(e.state()).isEqualTo("RETIRED");
                    assertThat(e.allowed()).isEmpty();
                });
        // a published article cannot be published again: 409 names the steps it has
        Article b = draft(null);
        b.publish("agent2", AT, TODAY);
        assertThatThrownBy(() -> b.publish("agent3", AT, TODAY)).isInstanceOfSatisfying(
                IllegalTransitionException.class,
                e -> assertThat(e.allowed()).containsExactlyInAnyOrder("edit", "retirement"));
    }

    @Test
    void anArticleServesItsRegionAndTheRegionsBelow() {
        Article city = Article.draft("440300", content("t", null), "agent1", AT);
        assertThat(city.serves("440304")).isTrue();
        assertThat(city.serves("440300")).isTrue();
        assertThat(city.serves("440100")).isFalse();
        assertThat(city.serves("440000")).isFalse();
        Article province = Article.draft("440000", content("t", null), "agent1", AT);
        assertThat(province.serves("440106")).isTrue();
        assertThat(province.serves("450100")).isFalse();
    }

    @Test
    void validityEndsOnOrAfterItsStart() {
        assertThatThrownBy(() -> Article.draft("440300", new ArticleContent("t", "b", "010102", List.of(), TODAY,
                TODAY.minusDays(1)), "agent1", AT)).isInstanceOfSatisfying(BusinessRuleViolationException.class,
                e -> assertThat(e.code()).isEqualTo("ARTICLE_VALIDITY_INVALID"));
    }

    static Article draft(LocalDate validUntil) {
        return Article.draft("440300", content("公积金提取条件", validUntil), "agent1", AT);
    }

    static ArticleContent content(String title, LocalDate validUntil) {
        return new ArticleContent(title, "购房、退休、离职可申请提取住房公积金", "010103", List.of("公积金", "提取"), TODAY,
                validUntil);
    }
}
