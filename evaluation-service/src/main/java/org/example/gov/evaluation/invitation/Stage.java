package org.example.gov.evaluation.invitation;

/** 一事一评: a case may be rated once at receipt and once at completion. */
public enum Stage {
    RECEIPT,
    COMPLETION
}
