/**
 * The Stanford CoreNLP implementation of the annotator; CoreNLP types never leave this package.
 *
 * <p>Gating design: a cheap pass ({@code tokenize, ssplit, pos, lemma, ner} with the 3-class CRF
 * model, no SUTime, no numeric classifiers) covers every sentence; the costly annotators run only
 * where cheap-pass output says they can matter. {@code ClaimPass} runs the dependency parser and
 * SUTime only on sentences with an act or event trigger lemma in documents that pass the document
 * gate; {@code SentimentGate} sends to the shift-reduce parser and sentiment model only claim and
 * event candidates with one neighbour each side and person or organisation sentences of documents
 * that can carry a claim, and the lead of every other document. With {@code NlpConfig.gateClaims()
 * == false} both gates are off (the every-sentence reference). Measured with {@code casewatch bench
 * nlp --docs 15 --no-full}, one run each, CPU time of the annotating thread (see
 * docs/adr/0004-corenlp-annotator-set.md): the annotator went from 18.8% to 25.6-29.5% (three runs)
 * of the tokenize-ssplit-pos floor when the sentiment pass was gated, and from 20.1% to 34.9% with
 * 15 warm-up articles instead of the benchmark's 3.
 */
package org.casewatch.nlp.corenlp;
