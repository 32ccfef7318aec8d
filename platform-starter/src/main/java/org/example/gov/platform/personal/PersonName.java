package org.example.gov.platform.personal;

import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A person's name as written (张三, 欧阳娜娜, 买买提·艾力, John Smith): trimmed, not blank, at most 100 characters.
 *
 * <p>{@link #toString()} and JSON give the masked form: the surname, then one {@code *} per remaining character
 * ({@code 张*}, {@code 欧阳**}, {@code J*********}). The surname is the first character, or the first two for a
 * compound surname (复姓) followed by a given name; Latin names keep their first letter. {@link #value()} is the full
 * name, only for encryption, the blind index and audited full reads.
 *
 * @param value the full name
 */
public record PersonName(String value) {

    public static final int MAX_LENGTH = 100;
    /** The common compound surnames: without them 欧阳娜娜 would show as 欧*** and read like a different family name. */
    private static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟",
            "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐", "端木", "独孤", "南宫", "西门", "申屠", "轩辕", "百里",
            "呼延", "万俟", "闻人", "澹台", "公冶", "太史", "拓跋", "钟离", "赫连", "东郭", "第五", "梁丘", "左丘", "濮阳");

    public PersonName {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Name is missing");
        }
        value = value.strip();
        if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
            throw new IllegalArgumentException("Name must have at most " + MAX_LENGTH + " characters");
        }
        if (Masks.hasControlCharacters(value)) {
            throw new IllegalArgumentException("Name must not contain control characters");
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static PersonName of(String value) {
        return new PersonName(value);
    }

    @JsonValue
    public String masked() {
        boolean compound = value.codePointCount(0, value.length()) > 2 && value.length() >= 2
                && COMPOUND_SURNAMES.contains(value.substring(0, 2));
        return Masks.keepFirst(value, compound ? 2 : 1);
    }

    @Override
    public String toString() {
        return masked();
    }
}
