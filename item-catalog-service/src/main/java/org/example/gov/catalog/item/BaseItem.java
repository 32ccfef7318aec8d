package org.example.gov.catalog.item;

import java.util.List;

/** 基本目录: the province-wide item every implementation item inherits its name, type and legal basis from. */
public record BaseItem(String code, String name, ItemType itemType, List<String> legalBasis) {

    public BaseItem {
        legalBasis = legalBasis == null ? List.of() : List.copyOf(legalBasis);
    }
}
