package org.example.gov.platform.personal.validation;

import java.util.function.Consumer;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.example.gov.platform.personal.IdCardNumber;
import org.example.gov.platform.personal.PhoneNumber;

/**
 * The validators behind {@link IdCard} and {@link Phone}: the typed values' own constructors decide, so a request and
 * the domain can never disagree on what is valid. Their messages ("check character does not match") become the field
 * error; they never contain the value.
 */
final class PersonalDataValidators {

    private PersonalDataValidators() {
    }

    static final class IdCard implements ConstraintValidator<org.example.gov.platform.personal.validation.IdCard, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || accepts(IdCardNumber::new, value, context);
        }
    }

    static final class Phone implements ConstraintValidator<org.example.gov.platform.personal.validation.Phone, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || accepts(PhoneNumber::new, value, context);
        }
    }

    private static boolean accepts(Consumer<String> constructor, String value, ConstraintValidatorContext context) {
        try {
            constructor.accept(value);
            return true;
        } catch (IllegalArgumentException e) {
            context.disableDefaultConstraintViolation();
            // the message is ours and brace-free, but escape anyway: templates interpret {…} and ${…}
            context.buildConstraintViolationWithTemplate(e.getMessage().replace("{", "\\{").replace("$", "\\$"))
                    .addConstraintViolation();
            return false;
        }
    }
}
