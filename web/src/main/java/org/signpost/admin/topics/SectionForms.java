package org.signpost.admin.topics;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.signpost.core.topic.SectionContent;
import org.signpost.core.topic.SectionOrder;
import org.signpost.core.validation.WholeNumbers;

/** The sections of the topic being edited, in the order readers will see them. */
public class SectionForms implements Serializable {

  private static final long serialVersionUID = 1L;

  private final List<SectionForm> forms = new ArrayList<>();

  void replace(List<SectionContent> stored) {
    forms.clear();
    stored.forEach(section -> forms.add(SectionForm.of(section)));
  }

  /** What the sections hold, in order. */
  List<SectionContent> contents() {
    return forms.stream().map(SectionForm::content).toList();
  }

  public List<SectionForm> getAll() {
    return forms;
  }

  public void add() {
    forms.add(new SectionForm());
  }

  public void remove(int index) {
    forms.remove(index);
  }

  public void moveUp(int index) {
    SectionOrder.move(forms, index, index - 1);
  }

  public void moveDown(int index) {
    SectionOrder.move(forms, index, index + 1);
  }

  /** A section dropped on another's place: the request names where from and where to. */
  public void moveDragged() {
    Map<String, String> parameters =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    int last = forms.size() - 1;
    try {
      SectionOrder.move(
          forms,
          WholeNumbers.within("from", parameters.get("from"), -1, 0, last),
          WholeNumbers.within("to", parameters.get("to"), -1, 0, last));
    } catch (IllegalArgumentException | IndexOutOfBoundsException ignored) {
      // Not from the page's own script: nothing to move.
    }
  }
}
