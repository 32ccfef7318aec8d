package org.example.gov.hotline.category;

import java.util.ArrayList;
import java.util.List;

import org.example.gov.platform.problem.BusinessRuleViolationException;

/**
 * One node of the three-level classification tree of hotline demands (诉求分类): level 1 (城乡建设), level 2 (住房与物业),
 * level 3 (房屋漏水维修). Codes nest by prefix, two digits a level, so a ticket's leaf also names its ancestors.
 */
public record Category(String code, String parentCode, int level, String name) {

    public static final int LEAF_LEVEL = 3;

    /**
     * A node as an operator loads it: the code alone says its level (2, 4 or 6 digits) and its parent (the code without
     * its last two digits).
     */
    public static Category of(String code, String name) {
        if (code == null || !code.matches("\\d{2}|\\d{4}|\\d{6}") || code.startsWith("00")) {
            throw new BusinessRuleViolationException("CATEGORY_CODE_INVALID", "code",
                    "A category code has 2, 4 or 6 digits (one pair per level): " + code, code);
        }
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new BusinessRuleViolationException("CATEGORY_NAME_INVALID", "name",
                    "A category has a name of at most 100 characters", code);
        }
        int level = code.length() / 2;
        return new Category(code, level == 1 ? null : code.substring(0, code.length() - 2), level, name.strip());
    }

    public boolean isLeaf() {
        return level == LEAF_LEVEL;
    }

    /** The code itself and its ancestors, most specific first ({@code 010102, 0101, 01}). */
    public static List<String> lineage(String code) {
        List<String> codes = new ArrayList<>();
        for (String c = code; c != null && c.length() >= 2; c = c.length() > 2 ? c.substring(0, c.length() - 2) : null) {
            codes.add(c);
        }
        return codes;
    }
}
