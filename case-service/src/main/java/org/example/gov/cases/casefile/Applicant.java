package org.example.gov.cases.casefile;

/** The applicant a case belongs to (a citizen or an enterprise), as the identity provider knows them. */
public record Applicant(String id, String name) {
}
