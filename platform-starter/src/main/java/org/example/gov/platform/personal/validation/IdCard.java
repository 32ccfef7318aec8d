package org.example.gov.platform.personal.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A request field that must hold a valid resident identity card number ({@link org.example.gov.platform.personal.IdCardNumber}:
 * length, province, birth date, check character). Null passes (pair with {@code @NotBlank} where required). The
 * 400 answer says what is wrong, never repeating the number.
 */
@Documented
@Constraint(validatedBy = PersonalDataValidators.IdCard.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface IdCard {

    String message() default "must be a valid resident identity card number";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
