package org.example.gov.hotline.knowledge;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.example.gov.calendar.ShanghaiDate;
import org.example.gov.hotline.category.CategoryService;
import org.example.gov.platform.audit.AuditTrail;
import org.example.gov.platform.problem.BusinessRuleViolationException;
import org.example.gov.platform.problem.NotFoundException;
import org.example.gov.platform.scope.RegionCode;
import org.example.gov.platform.scope.Scope;
import org.example.gov.platform.scope.ScopePolicy;
import org.example.gov.platform.security.Actor;
import org.example.gov.platform.security.Role;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The knowledge base's steps, all the centre's (HOTLINE_AGENT): an agent manages the articles of their region and
 * below, and reads those too plus the ones of the regions above that serve theirs. Articles out of reach answer 404.
 * The search index is updated after each commit here and reloaded from the database at start-up and at most a minute
 * after another replica's change.
 */
@Service
public class KnowledgeService {

    private static final Set<Role> AGENTS = Set.of(Role.HOTLINE_AGENT);
    private static final Duration RELOAD_AFTER = Duration.ofMinutes(1);

    private final ArticleRepository articles;
    private final KnowledgeIndex index;
    private final CategoryService categories;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final AuditTrail audit;
    private volatile Instant loadedAt = Instant.MIN;

    public KnowledgeService(ArticleRepository articles, KnowledgeIndex index, CategoryService categories,
            TransactionTemplate transactions, Clock clock, AuditTrail audit) {
        this.articles = articles;
        this.index = index;
        this.categories = categories;
        this.transactions = transactions;
        this.clock = clock;
        this.audit = audit;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void loadIndex() {
        index.load(articles.published());
        loadedAt = Instant.now();
    }

    /** A draft for {@code region} (the agent's own when null), which must be within the agent's centre. */
    public Article create(String region, ArticleContent content, Actor actor) {
        String target = region == null ? actor.region() : region;
        if (RegionCode.parse(target).isEmpty()) {
            throw new InvalidArticleException("REGION_INVALID", "region", "Not a GB/T 2260 region code: " + target, target);
        }
        if (!centre(actor).covers(target, null)) {
            throw new BusinessRuleViolationException("ARTICLE_REGION_OUTSIDE_YOUR_CENTRE", "region",
                    "A centre writes articles for its own region and the regions below it; " + target + " is not one",
                    target);
        }
        checkCategory(content);
        Article a = Article.draft(target, content, actor.id(), clock.instant());
        transactions.executeWithoutResult(status -> {
            articles.save(a);
            audit.staffAction(actor, "hotline.article-create", "article", a.id().toString());
        });
        return a;
    }

    public Article edit(ArticleId id, ArticleContent content, Long expectedVersion, Actor actor) {
        checkCategory(content);
        return change(id, ArticleAction.EDIT, expectedVersion, actor, a -> a.edit(content, actor.id(), clock.instant()));
    }

    public Article publish(ArticleId id, Long expectedVersion, Actor actor) {
        return change(id, ArticleAction.PUBLISH, expectedVersion, actor,
                a -> a.publish(actor.id(), clock.instant(), ShanghaiDate.of(clock.instant())));
    }

    public Article retire(ArticleId id, String reason, Long expectedVersion, Actor actor) {
        return change(id, ArticleAction.RETIRE, expectedVersion, actor,
                a -> a.retire(reason, actor.id(), clock.instant()));
    }

    public Article view(ArticleId id, Actor actor) {
        Article a = articles.find(id).orElseThrow(() -> notFound(id));
        if (!reads(actor, a)) {
            throw notFound(id);
        }
        return a;
    }

    public record Found(Article article, float score) {
    }

    public record SearchResult(List<Found> found, long total) {
    }

    /**
     * Published articles valid today serving the agent's region (or below it), ranked by relevance to {@code q}. The
     * hits are read from the database: one retired on another replica within the last minute is left out.
     */
    public SearchResult search(String q, String categoryCode, int page, int size, Actor actor) {
        if (Duration.between(loadedAt, Instant.now()).compareTo(RELOAD_AFTER) > 0) {
            loadIndex();
        }
        var today = ShanghaiDate.of(clock.instant());
        KnowledgeIndex.Result result = index.search(q, categoryCode, actor.region(), today, page, size);
        Map<ArticleId, Article> loaded = articles.findAll(result.hits().stream().map(KnowledgeIndex.Hit::id).toList())
                .stream().collect(Collectors.toMap(Article::id, Function.identity()));
        List<Found> found = result.hits().stream().filter(h -> loaded.containsKey(h.id()))
                .map(h -> new Found(loaded.get(h.id()), h.score()))
                .filter(f -> f.article().status() == ArticleStatus.PUBLISHED
                        && f.article().latest().content().validOn(today))
                .toList();
        return new SearchResult(found, result.total());
    }

    /**
     * One direct answer from an article, inside the caller's (the ticket's) transaction: the article is locked, must
     * serve the ticket's region, be published and valid today; its use is counted in the same transaction.
     */
    public Citation use(ArticleId id, String ticketRegion, Instant at) {
        Article a = articles.findForUpdate(id).orElseThrow(() -> new BusinessRuleViolationException("ARTICLE_UNKNOWN",
                "articleId", "No article " + id, id));
        if (!a.serves(ticketRegion)) {
            throw new BusinessRuleViolationException("ARTICLE_NOT_FOR_REGION", "articleId",
                    "Article " + id + " is " + a.region() + "'s and does not answer matters in " + ticketRegion, id,
                    ticketRegion);
        }
        ArticleVersion v = a.use(ShanghaiDate.of(at));
        articles.countUse(id);
        return new Citation(a.id().toString(), v.number(), v.content().title());
    }

    /** What a ticket records of the article that answered it. */
    public record Citation(String articleId, int version, String title) {
    }

    private Article change(ArticleId id, ArticleAction action, Long expectedVersion, Actor actor,
            Consumer<Article> step) {
        Article changed = transactions.execute(status -> {
            Article a = articles.findForUpdate(id).orElseThrow(() -> notFound(id));
            if (!centre(actor).covers(a.region(), null)) {
                throw notFound(id); // a centre manages its own region's articles; others do not learn they exist
            }
            if (expectedVersion != null && expectedVersion != a.rowVersion()) {
                throw new OptimisticLockingFailureException("article " + id + " is at version " + a.rowVersion()
                        + ", the request was made on version " + expectedVersion);
            }
            step.accept(a);
            articles.save(a);
            audit.staffAction(actor, "hotline.article-" + action.label(), "article", id.toString());
            return a;
        });
        index.put(changed); // after the commit: never offer what was rolled back
        return articles.find(id).orElseThrow();
    }

    private void checkCategory(ArticleContent content) {
        if (content.categoryCode() == null || categories.leaf(content.categoryCode()).isEmpty()) {
            throw new InvalidArticleException("CATEGORY_UNKNOWN", "categoryCode",
                    "Category " + content.categoryCode() + " is not an active level-3 category", content.categoryCode());
        }
    }

    private static boolean reads(Actor actor, Article a) {
        return centre(actor).covers(a.region(), null) || actor.region() != null && a.serves(actor.region());
    }

    private static Scope centre(Actor actor) {
        return ScopePolicy.of(actor, AGENTS);
    }

    private static NotFoundException notFound(ArticleId id) {
        return new NotFoundException("ARTICLE_NOT_FOUND", "No article " + id, id);
    }
}
