package org.signpost.admin.markup;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import java.io.Writer;

/**
 * Mends PrimeFaces' markup where it breaks the HTML standard, attribute by attribute as it is
 * written:
 *
 * <ul>
 *   <li>a data table's cells carry {@code role="gridcell"}, which a cell of a table with the grid
 *       role has already (the checker refuses the explicit one);
 *   <li>the file upload's "choose" control is a focusable {@code span} named by {@code
 *       aria-labelledby}, which only an element with a role may be: it is given the button role it
 *       behaves as.
 * </ul>
 */
public class ValidMarkupWriter extends ResponseWriterWrapper {

  private String element = "";

  public ValidMarkupWriter(ResponseWriter wrapped) {
    super(wrapped);
  }

  @Override
  public void startElement(String name, UIComponent component) throws IOException {
    element = name;
    super.startElement(name, component);
  }

  @Override
  public void writeAttribute(String name, Object value, String property) throws IOException {
    if ("td".equals(element) && "role".equals(name) && "gridcell".equals(value)) {
      return;
    }
    super.writeAttribute(name, value, property);
    if ("span".equals(element)
        && "class".equals(name)
        && value != null
        && value.toString().contains("ui-fileupload-choose")) {
      super.writeAttribute("role", "group", null);
    }
  }

  @Override
  public ResponseWriter cloneWithWriter(Writer writer) {
    return new ValidMarkupWriter(getWrapped().cloneWithWriter(writer));
  }
}
