package org.casewatch.nlp.allegation;

/**
 * A span of one sentence that names an act of sexual misconduct or a case event.
 *
 * @param kind act or event
 * @param label the act (model {@code Claim.ACTS}) or event type (model {@code CaseEvent.TYPES})
 * @param begin index of the first token in the sentence (0-based)
 * @param end index one past the last token
 * @param needsSexualContext whether the trigger counts only in a document with an unambiguous
 *     sexual-misconduct trigger
 * @param weak whether the trigger names an act only when a dependency rule gives it a person as its
 *     accused (the {@code weak} flag of {@code rules/triggers.tsv})
 */
public record Trigger(
    TriggerLexicon.Kind kind,
    String label,
    int begin,
    int end,
    boolean needsSexualContext,
    boolean weak) {

  /** A trigger without the {@code weak} flag. */
  public Trigger(
      TriggerLexicon.Kind kind, String label, int begin, int end, boolean needsSexualContext) {
    this(kind, label, begin, end, needsSexualContext, false);
  }

  /** Whether token {@code index} (0-based) lies in this span. */
  public boolean covers(int index) {
    return index >= begin && index < end;
  }
}
