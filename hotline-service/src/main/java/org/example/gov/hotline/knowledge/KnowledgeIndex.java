package org.example.gov.hotline.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.example.gov.platform.scope.RegionCode;
import org.springframework.stereotype.Component;

/**
 * Lucene index of the published articles' latest versions, as item-catalog-service's {@code ItemCatalogue} does for
 * items: SmartChineseAnalyzer word segmentation (callers' questions are Chinese without spaces), BM25 relevance with the
 * title and keywords weighted over the body; region, category and validity as filters, so an expired article is never
 * offered. It holds ids only: the service reads the hits from the database, where the state is authoritative.
 */
@Component
public class KnowledgeIndex {

    private static final Map<String, Float> TEXT_FIELDS = Map.of("title", 4f, "keywords", 3f, "body", 1f);

    private final Analyzer analyzer = new SmartChineseAnalyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    public KnowledgeIndex() {
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record Hit(ArticleId id, float score) {
    }

    public record Result(List<Hit> hits, long total) {
    }

    /** Replaces the whole index with these articles. */
    public synchronized void load(Collection<Article> all) {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        all.forEach(this::index);
        refresh();
    }

    /** Takes in one article after its change was committed: indexed if published, removed otherwise. */
    public synchronized void put(Article article) {
        index(article);
        refresh();
    }

    /**
     * Published articles valid on {@code today} that serve {@code region} (its own, its city's, its province's) or lie
     * below it, best first.
     */
    public Result search(String q, String categoryCode, String region, LocalDate today, int page, int size) {
        BooleanQuery.Builder bool = new BooleanQuery.Builder();
        boolean hasText = q != null && !q.isBlank();
        if (hasText) {
            QueryBuilder builder = new QueryBuilder(analyzer);
            BooleanQuery.Builder text = new BooleanQuery.Builder();
            TEXT_FIELDS.forEach((field, boost) -> {
                Query fieldQuery = builder.createBooleanQuery(field, q.trim(), Occur.SHOULD);
                if (fieldQuery != null) {
                    text.add(new BoostQuery(fieldQuery, boost), Occur.SHOULD);
                }
            });
            bool.add(text.build(), Occur.MUST);
        } else {
            bool.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        if (categoryCode != null && !categoryCode.isBlank()) {
            // a level-1 or level-2 code finds the articles of every category below it
            bool.add(new PrefixQuery(new Term("category", categoryCode.trim())), Occur.FILTER);
        }
        bool.add(regions(RegionCode.of(region)), Occur.FILTER);
        long day = today.toEpochDay();
        bool.add(LongPoint.newRangeQuery("validFrom", Long.MIN_VALUE, day), Occur.FILTER);
        bool.add(LongPoint.newRangeQuery("validUntil", day, Long.MAX_VALUE), Occur.FILTER);
        Query built = bool.build();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                TopDocs top = searcher.search(built, (page + 1) * size);
                List<Hit> hits = new ArrayList<>();
                ScoreDoc[] docs = top.scoreDocs;
                for (int i = page * size; i < docs.length; i++) {
                    hits.add(new Hit(ArticleId.of(searcher.storedFields().document(docs[i].doc).get("id")),
                            docs[i].score));
                }
                return new Result(hits, searcher.count(built));
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The region itself and its enclosing divisions (articles serving it), or anything below it (its own centre's). */
    private static Query regions(RegionCode region) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        any.add(new PrefixQuery(new Term("region", region.prefix())), Occur.SHOULD);
        for (RegionCode r = region.parent().orElse(null); r != null; r = r.parent().orElse(null)) {
            any.add(new TermQuery(new Term("region", r.value())), Occur.SHOULD);
        }
        return any.build();
    }

    private void index(Article article) {
        try {
            Term id = new Term("id", article.id().toString());
            if (article.status() != ArticleStatus.PUBLISHED) {
                writer.deleteDocuments(id);
                return;
            }
            writer.updateDocument(id, document(article));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document document(Article article) {
        ArticleContent c = article.latest().content();
        Document doc = new Document();
        doc.add(new StringField("id", article.id().toString(), Field.Store.YES));
        doc.add(new TextField("title", c.title(), Field.Store.NO));
        doc.add(new TextField("body", c.body(), Field.Store.NO));
        if (!c.keywords().isEmpty()) {
            doc.add(new TextField("keywords", String.join(" ", c.keywords()), Field.Store.NO));
        }
        doc.add(new StringField("category", c.categoryCode(), Field.Store.NO));
        doc.add(new StringField("region", article.region(), Field.Store.NO));
        doc.add(new LongPoint("validFrom", c.validFrom().toEpochDay()));
        doc.add(new LongPoint("validUntil", c.validUntil() == null ? Long.MAX_VALUE : c.validUntil().toEpochDay()));
        return doc;
    }

    private void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
