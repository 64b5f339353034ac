package org.casewatch.ingest.flink;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.casewatch.ingest.archive.ArchiveItem;
import org.casewatch.model.Article;
import org.casewatch.model.DeadLetter;

/**
 * Splits the archive source's items: articles go on, dead letters (bad records, refused pages) to
 * the {@link #DEAD_LETTERS} side output.
 *
 * <pre>{@code
 * SingleOutputStreamOperator<Article> articles =
 *     env.fromSource(archives, WatermarkStrategy.noWatermarks(), "archives")
 *         .process(new ArchiveItemRouter()).uid("archive-router");
 * DataStream<DeadLetter> failed = articles.getSideOutput(ArchiveItemRouter.DEAD_LETTERS);
 * }</pre>
 */
public final class ArchiveItemRouter extends ProcessFunction<ArchiveItem, Article> {

  private static final long serialVersionUID = 1L;

  /** The side output of archive records that did not become articles. */
  public static final OutputTag<DeadLetter> DEAD_LETTERS =
      new OutputTag<>("archive-dead-letters", TypeInformation.of(DeadLetter.class));

  @Override
  public void processElement(ArchiveItem item, Context ctx, Collector<Article> out) {
    if (item.article() != null) {
      out.collect(item.article());
    } else if (item.deadLetter() != null) {
      ctx.output(DEAD_LETTERS, item.deadLetter());
    }
  }
}
