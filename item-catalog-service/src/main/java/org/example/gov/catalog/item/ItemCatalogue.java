package org.example.gov.catalog.item;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
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
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.springframework.stereotype.Component;

/**
 * The public catalogue in memory: every item that has a published version (a map, for detail reads) and an Apache
 * Lucene index of the versions in force today (SmartChineseAnalyzer word segmentation, BM25 relevance; filters as
 * exact-term fields). Built from the database at start-up and updated after each commit that publishes or cancels;
 * when the date changes, the index is rebuilt lazily so a version n+1 replaces n on its effective date.
 */
@Component
public class ItemCatalogue {

    private static final Map<String, Float> TEXT_FIELDS = Map.of("name", 4f, "keywords", 3f, "baseName", 2f,
            "department_text", 1f, "conditions", 1f, "faq", 0.7f, "description", 0.7f);

    private final Analyzer analyzer = new SmartChineseAnalyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Map<ItemId, Item> items = new ConcurrentHashMap<>();
    private volatile LocalDate indexedDay;

    public ItemCatalogue() {
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the whole catalogue (start-up). */
    public synchronized void load(Collection<Item> all, LocalDate today) {
        items.clear();
        all.forEach(i -> items.put(i.id(), i));
        reindexAll(today);
    }

    /** Takes in an item after a commit (or a change seen from another replica). */
    public synchronized void put(Item item, LocalDate today) {
        if (item.latestPublished().isEmpty()) {
            return;
        }
        items.put(item.id(), item);
        if (today.equals(indexedDay)) {
            index(item, today);
            refresh();
        } else {
            reindexAll(today);
        }
    }

    public Optional<Item> find(ItemId id) {
        return Optional.ofNullable(items.get(id));
    }

    public Stream<Item> all() {
        return items.values().stream();
    }

    public record SearchQuery(String q, String department, String region, ItemType type, String topic,
            ServiceGuide.Scope scope, OnlineDepth onlineDepth, int page, int size) {
    }

    public record Hit(Item item, ItemVersion version, float score) {
    }

    public record Result(List<Hit> hits, long total) {
    }

    public Result search(SearchQuery query, LocalDate today) {
        if (!today.equals(indexedDay)) {
            synchronized (this) {
                if (!today.equals(indexedDay)) {
                    reindexAll(today);
                }
            }
        }
        BooleanQuery.Builder bool = new BooleanQuery.Builder();
        boolean hasText = query.q() != null && !query.q().isBlank();
        if (hasText) {
            QueryBuilder builder = new QueryBuilder(analyzer);
            BooleanQuery.Builder text = new BooleanQuery.Builder();
            TEXT_FIELDS.forEach((field, boost) -> {
                Query q = builder.createBooleanQuery(field, query.q().trim(), Occur.SHOULD);
                if (q != null) {
                    text.add(new BoostQuery(q, boost), Occur.SHOULD);
                }
            });
            bool.add(text.build(), Occur.MUST);
        } else {
            bool.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        filter(bool, "department", query.department());
        filter(bool, "region", query.region());
        filter(bool, "type", query.type() == null ? null : query.type().name());
        filter(bool, "topic", query.topic());
        filter(bool, "scope", query.scope() == null ? null : query.scope().name());
        filter(bool, "onlineDepth", query.onlineDepth() == null ? null : query.onlineDepth().name());
        Query built = bool.build();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                int wanted = (query.page() + 1) * query.size();
                TopDocs top = hasText ? searcher.search(built, wanted)
                        : searcher.search(built, wanted, new Sort(new SortField("code_sort", SortField.Type.STRING)));
                long total = searcher.count(built);
                List<Hit> hits = new ArrayList<>();
                ScoreDoc[] docs = top.scoreDocs;
                for (int i = query.page() * query.size(); i < docs.length; i++) {
                    String id = searcher.storedFields().document(docs[i].doc).get("id");
                    Item item = items.get(ItemId.of(id));
                    float score = docs[i].score;
                    if (item != null) {
                        item.versionInForce(today).ifPresent(v -> hits.add(new Hit(item, v, score)));
                    }
                }
                return new Result(hits, total);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void filter(BooleanQuery.Builder bool, String field, String value) {
        if (value != null && !value.isBlank()) {
            bool.add(new TermQuery(new Term(field, value.trim())), Occur.FILTER);
        }
    }

    private void reindexAll(LocalDate today) {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        items.values().forEach(i -> index(i, today));
        indexedDay = today;
        refresh();
    }

    private void index(Item item, LocalDate today) {
        try {
            Term idTerm = new Term("id", item.id().toString());
            Optional<ItemVersion> inForce = item.versionInForce(today);
            if (inForce.isEmpty()) {
                writer.deleteDocuments(idTerm);
                return;
            }
            writer.updateDocument(idTerm, document(item, inForce.get()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document document(Item item, ItemVersion version) {
        ItemContent c = version.content();
        ServiceGuide g = c.guide();
        Document doc = new Document();
        doc.add(new StringField("id", item.id().toString(), Field.Store.YES));
        doc.add(new SortedDocValuesField("code_sort", new BytesRef(item.code())));
        doc.add(new TextField("name", c.name(), Field.Store.NO));
        text(doc, "keywords", String.join(" ", g.keywords()));
        text(doc, "baseName", item.baseCode() == null ? null : c.name());
        text(doc, "department_text", c.department());
        text(doc, "conditions", String.join("\n", g.conditions()));
        text(doc, "description", g.description());
        text(doc, "faq", String.join("\n", g.faq().stream().map(f -> f.question() + " " + f.answer()).toList()));
        exact(doc, "department", c.department());
        exact(doc, "region", c.region());
        exact(doc, "type", c.itemType() == null ? null : c.itemType().name());
        g.topics().forEach(t -> exact(doc, "topic", t));
        exact(doc, "scope", g.scope() == null ? null : g.scope().name());
        exact(doc, "onlineDepth", g.onlineDepth() == null ? null : g.onlineDepth().name());
        return doc;
    }

    private static void text(Document doc, String field, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new TextField(field, value, Field.Store.NO));
        }
    }

    private static void exact(Document doc, String field, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new StringField(field, value, Field.Store.NO));
        }
    }

    private void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
