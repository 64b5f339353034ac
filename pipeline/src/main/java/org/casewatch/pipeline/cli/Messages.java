package org.casewatch.pipeline.cli;

/** Turns exceptions into one-paragraph messages for the terminal. */
final class Messages {

  private Messages() {}

  /** The message of {@code e} and of its causes, without repeats. */
  static String describe(Throwable e) {
    StringBuilder sb = new StringBuilder();
    Throwable t = e;
    int depth = 0;
    while (t != null && depth < 5) {
      String msg = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
      if (sb.indexOf(msg) < 0) {
        if (sb.length() > 0) {
          sb.append(System.lineSeparator()).append("  caused by: ");
        }
        sb.append(msg);
      }
      t = t.getCause() == t ? null : t.getCause();
      depth++;
    }
    return sb.toString();
  }
}
