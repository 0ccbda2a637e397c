package dev.stepwise.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Publishes a version of the state machine on each deployment and points an alias at it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Publish {

    /** The alias name: letters, digits, {@code -} and {@code _}, up to 80 characters, not only digits. */
    String alias();

    /** The version description. */
    String description() default "";

    /** Weighted routing as {@code "<version>=<weight>"} entries; empty routes everything to the new version. */
    String[] routing() default {};
}
