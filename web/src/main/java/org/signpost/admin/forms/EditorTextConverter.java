package org.signpost.admin.forms;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import org.signpost.core.content.SafeHtml;

/**
 * Gives the rich-text editor stored text in the editor's own form (its flat lists, with each item's
 * kind and depth), so that bullets, numbers and nested items show as they were typed; what the
 * editor sends back is cleaned by core when it is saved.
 */
@FacesConverter("signpost.editorText")
public class EditorTextConverter implements Converter<String> {

  @Override
  public String getAsObject(FacesContext context, UIComponent component, String value) {
    return value;
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, String value) {
    return SafeHtml.forEditor(value);
  }
}
