package dev.stepwise.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A resource tag of the state machine (at most 49: AWS takes 50 and the SAM template adds {@code stateMachine:createdBy};
 * key up to 128, value up to 256 characters).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Tag.List.class)
public @interface Tag {

    String key();

    String value();

    /** Holds repeated {@link Tag} annotations. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.TYPE)
    @interface List {
        Tag[] value();
    }
}
