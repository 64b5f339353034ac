package org.casewatch.nlp.corenlp;

import java.util.Properties;
import org.casewatch.nlp.NlpConfig;

/**
 * The explicit CoreNLP properties of casewatch's two passes; nothing is left to CoreNLP defaults
 * that matter for speed or memory (see docs/adr/0004-corenlp-annotator-set.md).
 */
final class CoreNlpProperties {

  /** The annotators of the cheap pass, run on the whole document. */
  static final String CHEAP_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner";

  /** The annotators of the costly pass, run sentence by sentence. */
  static final String COSTLY_ANNOTATORS = "parse,sentiment";

  static final String NER_MODEL =
      "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  private CoreNlpProperties() {}

  /** Tokenize, split, tag, lemmatise and find 3-class entities. */
  static Properties cheap(NlpConfig config) {
    Properties p = new Properties();
    p.setProperty("annotators", CHEAP_ANNOTATORS);
    // Web text: keep going past characters the tokenizer does not know, without a log line each.
    p.setProperty("tokenize.options", "untokenizable=noneDelete,invertible=true");
    // Article bodies separate paragraphs by blank lines: a paragraph never continues a sentence.
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("ner.model", NER_MODEL);
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "true");
    p.setProperty("ner.maxlen", Integer.toString(config.maxNerTokens()));
    p.setProperty("ner.nthreads", "1");
    p.setProperty("pos.nthreads", "1");
    return p;
  }

  /** Constituency parse and sentiment for sentences that already have tokens and tags. */
  static Properties costly(NlpConfig config) {
    Properties p = new Properties();
    p.setProperty("annotators", COSTLY_ANNOTATORS);
    p.setProperty("parse.model", config.parserModel());
    p.setProperty("parse.maxlen", Integer.toString(config.maxParseTokens()));
    p.setProperty("parse.binaryTrees", "true");
    // Sentiment reads the binarized tree only; dependency graphs would cost time for nothing.
    p.setProperty("parse.buildgraphs", "false");
    p.setProperty("parse.nthreads", "1");
    p.setProperty("sentiment.nthreads", "1");
    return p;
  }
}
