package org.example.gov.trading.negativelist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.example.gov.trading.negativelist.config.NegativeListProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The shipped negative list (negative-list.yml) against clauses of the kinds it names, and clauses it must let pass. */
class NegativeListTest {

    static final NegativeList LIST = shipped();

    static NegativeList shipped() {
        try {
            StandardEnvironment env = new StandardEnvironment();
            new YamlPropertySourceLoader().load("negative-list", new ClassPathResource("negative-list.yml"))
                    .forEach(env.getPropertySources()::addLast);
            NegativeListProperties p = new Binder(ConfigurationPropertySources.get(env))
                    .bind("platform.trading.negative-list", NegativeListProperties.class).get();
            return new NegativeList(p.rules());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> rulesHit(String text) {
        return LIST.scan(text).stream().map(NegativeListHit::ruleId).distinct().toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "投标产品须为西门子品牌，提供原厂授权。|BRAND",
            "指定使用某某牌水泵。本项目限定采用A公司专利技术。|BRAND",
            "投标人须在本市注册并具有独立法人资格。|LOCAL_REGISTRATION",
            "供应商应当在本省依法纳税。|LOCAL_REGISTRATION",
            "投标人须在项目所在地设有售后服务网点。|LOCAL_OFFICE",
            "本项目仅限国有企业参与投标。|OWNERSHIP",
            "参与投标的供应商限本市企业。|REGION",
            "投标人注册资本不低于5000万元。|SIZE_THRESHOLD",
            "近三年年营业额达到1亿元以上。|SIZE_THRESHOLD",
            "具有本省同类项目业绩的每项加2分。|LOCAL_RECORD",
    })
    void aClauseOfEachKindIsFoundWithItsRule(String clause, String rule) {
        assertThat(rulesHit(clause)).contains(rule);
        NegativeListHit hit = LIST.scan(clause).getFirst();
        assertThat(hit.legalBasis()).isNotBlank();
        assertThat(hit.excerpt()).isNotBlank();
    }

    @Test
    void lawfulClausesPass() {
        assertThat(rulesHit("""
                投标人须具有独立承担民事责任的能力，具有良好的商业信誉和健全的财务会计制度。
                设备性能参数：流量不低于200立方米每小时，扬程不低于50米。
                中标人须承诺接到报修后2小时内到达现场。
                近三年具有同类项目业绩的每项加2分，最多6分。""")).isEmpty();
    }

    @Test
    void aClauseSpacedOutOrSplitOverLinesIsStillOneClause() {
        assertThat(rulesHit("投标人须在本 市\n注册")).containsExactly("LOCAL_REGISTRATION");
    }

    @Test
    void hitsComeInTheOrderOfTheTextWithTheirContext() {
        List<NegativeListHit> hits = LIST.scan("第一条 本项目仅限国有企业参与。第二条 投标产品须为西门子品牌。");
        assertThat(hits).extracting(NegativeListHit::ruleId).containsExactly("OWNERSHIP", "BRAND");
        assertThat(hits.get(1).excerpt()).contains("西门子品牌");
        assertThat(hits.get(0).offset()).isLessThan(hits.get(1).offset());
    }
}
