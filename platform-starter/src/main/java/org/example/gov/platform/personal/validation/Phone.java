package org.example.gov.platform.personal.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A request field that must hold a mainland phone number ({@link org.example.gov.platform.personal.PhoneNumber}: mobile,
 * or landline with area code). Null passes (pair with {@code @NotBlank} where required).
 */
@Documented
@Constraint(validatedBy = PersonalDataValidators.Phone.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface Phone {

    String message() default "must be a mainland mobile number or a landline with its area code";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
