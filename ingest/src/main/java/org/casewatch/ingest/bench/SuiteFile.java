package org.casewatch.ingest.bench;

/**
 * The outcome of one corpus file.
 *
 * @param suite {@code feedparser} or {@code rome}
 * @param path the path inside the suite
 * @param category well-formed, ill-formed, encoding, entities, security, rome or other
 * @param refusedKind the {@code FeedParseException} kind, or null when parsed
 * @param crash the unexpected exception's class and message, or null
 * @param titleCheck null when the Expect line checks no title, else whether it matched
 * @param linkCheck null when the Expect line checks no link or id, else whether it matched
 * @param skipped true when the file has an Expect line of a form the evaluator does not read
 */
public record SuiteFile(
    String suite,
    String path,
    String category,
    String refusedKind,
    String crash,
    Boolean titleCheck,
    Boolean linkCheck,
    boolean skipped) {

  /** True when the parser returned a document (neither refused nor crashed). */
  public boolean parsed() {
    return refusedKind == null && crash == null;
  }

  /** True for the well-formed RSS, Atom and RDF files of the feedparser suite. */
  public boolean rssAtomRdf() {
    return path.matches("tests/wellformed/(rss|atom|atom10|rdf)/.*");
  }
}
