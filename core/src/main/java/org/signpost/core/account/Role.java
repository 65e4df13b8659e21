package org.signpost.core.account;

/** What a curator may do in the console. */
public enum Role {
  /** Everything, including accounts and emergency publishing. */
  ADMIN("Administrator"),
  /** Writes topics and resources and submits them for review. */
  EDITOR("Editor"),
  /** Approves and publishes what others wrote, or sends it back. */
  REVIEWER("Reviewer");

  private final String label;

  Role(String label) {
    this.label = label;
  }

  /** The role as people name it, such as {@code Administrator}. */
  public String label() {
    return label;
  }

  /**
   * Roles as people list them, in this order, such as {@code Editor and Reviewer}; {@code no role}.
   */
  public static String describe(java.util.Collection<Role> roles) {
    java.util.List<String> labels =
        java.util.Arrays.stream(values()).filter(roles::contains).map(Role::label).toList();
    if (labels.isEmpty()) {
      return "no role";
    }
    if (labels.size() == 1) {
      return labels.get(0);
    }
    return String.join(", ", labels.subList(0, labels.size() - 1))
        + " and "
        + labels.get(labels.size() - 1);
  }
}
