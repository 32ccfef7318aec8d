package org.example.gov.catalog.item;

/** 事项类型: the eleven kinds of administrative power and public service. */
public enum ItemType {
    LICENSING("行政许可"), PENALTY("行政处罚"), COERCION("行政强制"), LEVY("行政征收"), BENEFIT("行政给付"),
    INSPECTION("行政检查"), CONFIRMATION("行政确认"), REWARD("行政奖励"), ADJUDICATION("行政裁决"),
    OTHER_POWER("其他行政权力"), PUBLIC_SERVICE("公共服务");

    private final String label;

    ItemType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
