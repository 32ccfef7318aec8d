package org.example.gov.hotline.knowledge;

/** The named steps of an article (all the centre's, HOTLINE_AGENT), as the API and a 409's allowed list name them. */
public enum ArticleAction {
    EDIT("edit"),
    PUBLISH("publication"),
    RETIRE("retirement");

    private final String label;

    ArticleAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
