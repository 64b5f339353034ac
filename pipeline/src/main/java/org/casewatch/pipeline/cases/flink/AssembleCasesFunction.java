package org.casewatch.pipeline.cases.flink;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.casewatch.index.mapping.CasewatchIndex;
import org.casewatch.model.AnnotatedDocument;
import org.casewatch.model.ClaimRecord;
import org.casewatch.model.EventRecord;
import org.casewatch.pipeline.cases.CaseConfig;
import org.casewatch.pipeline.cases.CaseRegistry;
import org.casewatch.pipeline.cases.CaseUpdate;

/**
 * The job's case operator: a thin Flink wrapper around {@link CaseRegistry}.
 *
 * <pre>{@code
 * SingleOutputStreamOperator<CaseWrite> cases =
 *     documents.process(new AssembleCasesFunction(CaseConfig.defaults()))
 *         .uid("assemble-cases").setParallelism(1);
 * cases.sinkTo(ElasticsearchSink.<CaseWrite>builder().connection(es)
 *     .converter(new CaseWriteConverter()).build());
 * cases.getSideOutput(AssembleCasesFunction.CLAIMS);  // claims with case ids
 * }</pre>
 *
 * <p>Takes annotated documents; emits the case documents a document changed, then the deletes of
 * case documents no case has any more (main output, in that order, see {@link CaseWrite}), and on
 * side outputs the document's claims and events with their case ids, plus earlier claims and events
 * whose case changed through a merge, so that their stored {@code case_id} follows; and ({@link
 * #DOCUMENTS}) the document itself with its {@code case_ids}, plus case-id updates of the earlier
 * documents whose cases a merge changed. The claims and events side outputs also carry the deletes
 * of stored claims and events a re-fetched document no longer has ({@link RecordWrite}).
 *
 * <p>How and why: cases join records across documents and a merge can join any two cases, so the
 * operator sees every document: it runs with <b>parallelism 1</b> (see ADR 0007 for the
 * throughput). Its state is the claims and events it holds (operator list state); a restore
 * rebuilds the registry from them, which gives the same cases because cases depend only on the
 * records.
 */
public final class AssembleCasesFunction extends ProcessFunction<AnnotatedDocument, CaseWrite>
    implements CheckpointedFunction {

  private static final long serialVersionUID = 1L;

  /**
   * Claims with their case ids, and deletes of claims a re-fetched document lost, for the claims
   * sink (key it by {@link RecordWrite#id()}).
   */
  public static final OutputTag<RecordWrite> CLAIMS = new OutputTag<>("case-claims") {};

  /**
   * Events with their case ids, and deletes of events a re-fetched document lost, for the events
   * sink (key it by {@link RecordWrite#id()}).
   */
  public static final OutputTag<RecordWrite> EVENTS = new OutputTag<>("case-events") {};

  /**
   * Every document, whole, with its case ids, and case-id updates of earlier documents a merge
   * moved, for the documents sink (key it by {@link DocumentWrite#documentId()}).
   */
  public static final OutputTag<DocumentWrite> DOCUMENTS = new OutputTag<>("case-documents") {};

  private final CaseConfig config;
  private transient CaseRegistry registry;
  private transient ListState<ClaimRecord> claimState;
  private transient ListState<EventRecord> eventState;

  /** An operator assembling cases with {@code config}. */
  public AssembleCasesFunction(CaseConfig config) {
    this.config = config;
  }

  @Override
  public void initializeState(FunctionInitializationContext context) throws Exception {
    claimState =
        context
            .getOperatorStateStore()
            .getListState(new ListStateDescriptor<>("case-claims", ClaimRecord.class));
    eventState =
        context
            .getOperatorStateStore()
            .getListState(new ListStateDescriptor<>("case-events", EventRecord.class));
    List<ClaimRecord> claims = new ArrayList<>();
    List<EventRecord> events = new ArrayList<>();
    if (context.isRestored()) {
      claimState.get().forEach(claims::add);
      eventState.get().forEach(events::add);
    }
    registry = CaseRegistry.restore(config, claims, events);
  }

  @Override
  public void snapshotState(FunctionSnapshotContext context) throws Exception {
    claimState.update(registry.claims());
    eventState.update(registry.events());
  }

  @Override
  public void processElement(AnnotatedDocument document, Context ctx, Collector<CaseWrite> out) {
    List<ClaimRecord> claims = ClaimRecord.of(document);
    List<EventRecord> events = EventRecord.of(document);
    // Every document passes, with or without records: a re-fetched article that lost its claims
    // must leave its cases, and every document is written whole from here with its case ids.
    CaseUpdate update = registry.add(document.id(), claims, events);
    update.cases().forEach(c -> out.collect(CaseWrite.whole(c)));
    update.deletedCases().forEach(id -> out.collect(CaseWrite.delete(id)));
    update.claims().forEach(c -> ctx.output(CLAIMS, RecordWrite.of(c)));
    update.events().forEach(e -> ctx.output(EVENTS, RecordWrite.of(e)));
    update
        .deletedClaims()
        .forEach(id -> ctx.output(CLAIMS, RecordWrite.delete(CasewatchIndex.CLAIMS, id)));
    update
        .deletedEvents()
        .forEach(id -> ctx.output(EVENTS, RecordWrite.delete(CasewatchIndex.EVENTS, id)));
    List<String> own = update.documents().getOrDefault(document.id(), List.of());
    ctx.output(DOCUMENTS, DocumentWrite.whole(document.withCaseIds(own)));
    update
        .documents()
        .forEach(
            (id, caseIds) -> {
              if (!id.equals(document.id())) {
                ctx.output(DOCUMENTS, DocumentWrite.caseIds(id, caseIds));
              }
            });
  }
}
