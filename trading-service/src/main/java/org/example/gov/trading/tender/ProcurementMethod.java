package org.example.gov.trading.tender;

/**
 * How suppliers are brought in. The model names the methods of both laws so a project records what it is; this part of
 * issue 14 implements open tender only, and {@link #supported()} says so (a project with another method is refused with
 * 422 PROCUREMENT_METHOD_NOT_SUPPORTED rather than run under rules written for open tender).
 */
public enum ProcurementMethod {
    /** 公开招标. */
    OPEN_TENDER(true),
    /** 邀请招标 (招标投标法 第10条 / 政府采购法 第29条). */
    INVITED_TENDER(false),
    /** 竞争性谈判 (政府采购法 第30条). */
    COMPETITIVE_NEGOTIATION(false),
    /** 竞争性磋商. */
    COMPETITIVE_CONSULTATION(false),
    /** 询价 (政府采购法 第32条). */
    REQUEST_FOR_QUOTATION(false),
    /** 单一来源 (政府采购法 第31条). */
    SINGLE_SOURCE(false);

    private final boolean supported;

    ProcurementMethod(boolean supported) {
        this.supported = supported;
    }

    public boolean supported() {
        return supported;
    }
}
