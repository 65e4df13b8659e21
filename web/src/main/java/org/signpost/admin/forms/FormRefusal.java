package org.signpost.admin.forms;

/**
 * A refusal the console itself makes before it asks core anything (no rows chosen, a pack that
 * could not be imported), in words already taken from the console's bundle; {@link Messages} shows
 * it next to the form as it shows core's refusals.
 */
public class FormRefusal extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public FormRefusal(String words) {
    super(words);
  }
}
