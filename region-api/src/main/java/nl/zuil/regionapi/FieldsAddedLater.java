package nl.zuil.regionapi;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.AnnotatedParameter;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * Reads the previous release's bodies as this release's, in the one pass that binds them: every
 * field of a request record is required except those marked {@link AddedLater}, which a body may
 * leave out (the record then holds {@code null}, its documented default). Here, beside the records,
 * so that no reader picks fields by hand.
 *
 * <p>A strict reader installs {@link #module()} and turns Jackson's {@code
 * FAIL_ON_MISSING_CREATOR_PROPERTIES} off: that switch knows no exceptions, this module marks each
 * record field required or not, and Jackson refuses a missing required one in the same words.
 */
public final class FieldsAddedLater extends NopAnnotationIntrospector {

  private static final long serialVersionUID = 1L;

  private FieldsAddedLater() {}

  /**
   * The rule for a strict mapper: what a record's constructor takes is required unless added later.
   */
  public static Module module() {
    return new SimpleModule("zuil-fields-added-later") {
      private static final long serialVersionUID = 1L;

      @Override
      public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.insertAnnotationIntrospector(new FieldsAddedLater());
      }
    };
  }

  /**
   * Required for a record's constructor parameter unless it is {@link AddedLater}; no opinion on
   * anything else, so other classes keep Jackson's rules.
   */
  @Override
  public Boolean hasRequiredMarker(AnnotatedMember member) {
    if (member instanceof AnnotatedParameter parameter
        && parameter.getDeclaringClass().isRecord()) {
      return !parameter.hasAnnotation(AddedLater.class);
    }
    return null;
  }
}
