package nl.zuil.regionapi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field a later release added to a request: agents of earlier releases leave it out, and
 * the backend reads their bodies as if it were {@code null}, which the record documents as its
 * default. Kiosks update one by one, so the backend keeps accepting the previous release's agent.
 * The record's constructor parameter carries it too: that is where a reader binding the record
 * ({@link FieldsAddedLater}) sees it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
public @interface AddedLater {}
