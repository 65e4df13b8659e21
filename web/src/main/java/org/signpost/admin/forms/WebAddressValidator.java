package org.signpost.admin.forms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.ValidatorException;
import jakarta.inject.Named;
import org.signpost.core.resource.WebAddress;

/** Checks a web address by core's rule as the curator types it, with core's own words. */
@Named
@ApplicationScoped
public class WebAddressValidator {

  public void validate(FacesContext faces, UIComponent component, Object value) {
    if (value == null) {
      return;
    }
    try {
      WebAddress.require(value.toString());
    } catch (IllegalArgumentException e) {
      throw new ValidatorException(
          new FacesMessage(FacesMessage.SEVERITY_ERROR, capitalised(e.getMessage()) + ".", null));
    }
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
