package org.example.gov.trading.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import org.example.gov.trading.client.BidDocument.Item;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PriceScheduleFileTest {

    @TempDir
    Path dir;

    @Test
    void csvWithHeaderCommentsAndACommaInAnItem() throws Exception {
        var file = Files.writeString(dir.resolve("s.csv"), "\uFEFF项目,金额\n# 分项报价\n土建工程,1000000.00\n\"设备, 安装\",234567.89\n");

        assertThat(PriceScheduleFile.read(file)).containsExactly(new Item("土建工程", new BigDecimal("1000000.00")),
                new Item("设备, 安装", new BigDecimal("234567.89")));
    }

    @Test
    void aBadAmountAfterTheHeaderIsAnError() throws Exception {
        var file = Files.writeString(dir.resolve("s.csv"), "item,amount\n土建工程,一百万\n");

        assertThatThrownBy(() -> PriceScheduleFile.read(file)).hasMessageContaining("line 2");
    }

    @Test
    void jsonArrayOrObject() throws Exception {
        var array = Files.writeString(dir.resolve("a.json"), "[{\"item\":\"土建工程\",\"amount\":\"10.50\"}]");
        var object = Files.writeString(dir.resolve("o.json"), "{\"schedule\":[{\"item\":\"土建工程\",\"amount\":\"10.50\"}]}");

        assertThat(PriceScheduleFile.read(array)).containsExactly(new Item("土建工程", new BigDecimal("10.50")));
        assertThat(PriceScheduleFile.read(object)).containsExactly(new Item("土建工程", new BigDecimal("10.50")));
    }
}
