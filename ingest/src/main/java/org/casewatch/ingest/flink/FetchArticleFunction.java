package org.casewatch.ingest.flink;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.TimeDomain;
import org.apache.flink.streaming.api.TimerService;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.casewatch.ingest.ArticleLoader;
import org.casewatch.ingest.extract.ArticleExtractor;
import org.casewatch.ingest.fetch.FetchConfig;
import org.casewatch.ingest.fetch.FetchError;
import org.casewatch.ingest.fetch.HttpFetcher;
import org.casewatch.ingest.politeness.PolitenessConfig;
import org.casewatch.ingest.politeness.QueuedFetch;
import org.casewatch.ingest.politeness.RetryAfter;
import org.casewatch.ingest.politeness.RobotsGuard;
import org.casewatch.ingest.robots.RobotsCache;
import org.casewatch.ingest.robots.RobotsRules;
import org.casewatch.model.Article;
import org.casewatch.model.DeadLetter;
import org.casewatch.model.FeedItem;
import org.casewatch.model.Ids;

/**
 * Fetches the page of each feed or sitemap item politely and emits the extracted {@link Article};
 * items whose fetch or extraction fails go to the {@link #DEAD_LETTERS} side output instead.
 *
 * <p>How and why: the stream is keyed by host ({@link #byHost}), so every page of one host reaches
 * one subtask, whatever the parallelism, and the host is paced in one place. Each host has a queue
 * in keyed state, and the time its next request may go; a processing-time timer takes the first due
 * page of the queue when the host's turn comes, checks the site's robots.txt ({@link RobotsGuard},
 * cached per origin), fetches and extracts it ({@link ArticleLoader}), and sets the host's next
 * turn to now plus {@code max(minDelay, Crawl-delay)} (the crawl delay capped by the robots
 * policy). Fetches are synchronous, so there is at most one connection per host. A page whose
 * robots.txt cannot be read (5xx, unreachable) goes back into its host's queue for {@link
 * PolitenessConfig#robotsRetryDelay(int)} (by default from 1 hour, when the cached robots answer
 * has expired, doubling); after {@link PolitenessConfig#robotsAttempts()} attempts it becomes a
 * dead letter {@value #ROBOTS_UNAVAILABLE}. A page the host answers busy (429, or 503 with {@code
 * Retry-After}) goes back into the queue too, and the host's next turn moves to when the server
 * asked us to come back ({@link RetryAfter#wait}: 1 minute without a header, capped at 1 hour), so
 * no request reaches the host before then; after {@link RetryAfter#MAX_ATTEMPTS} busy answers the
 * page is a dead letter {@value #HOST_BUSY}. A page whose fetch failed transiently ({@link
 * #TRANSIENT_ERRORS}: DNS, network, deadline) is re-queued with the robots retry delays and, after
 * as many attempts, dead-lettered with its own error type. Queues and timers are keyed state, so
 * they survive a checkpoint and restore.
 *
 * <p>At the end of a bounded input, processing-time timers no longer fire, so an event-time timer
 * at the end of time drains each host's queue, still paced; pages still waiting for robots.txt, or
 * answered busy there, then become dead letters at once.
 *
 * <p>The HTTP client is built in {@link #open(OpenContext)}, on the task; only the serializable
 * configurations travel in the job graph. Metrics: counters {@code articles}, {@code deadLetters},
 * {@code robotsRetries}, {@code busyRetries} and {@code transientRetries}.
 *
 * <pre>{@code
 * SingleOutputStreamOperator<Article> articles =
 *     FetchArticleFunction.byHost(items).process(new FetchArticleFunction(fetchConfig))
 *         .uid("fetch-article");
 * DataStream<DeadLetter> failed = articles.getSideOutput(FetchArticleFunction.DEAD_LETTERS);
 * }</pre>
 */
public class FetchArticleFunction extends KeyedProcessFunction<String, FeedItem, Article> {

  private static final long serialVersionUID = 1L;

  /** The side output of items that could not be fetched or extracted. */
  public static final OutputTag<DeadLetter> DEAD_LETTERS =
      new OutputTag<>("fetch-dead-letters", TypeInformation.of(DeadLetter.class));

  /** Dead-letter error type of a page whose robots.txt could not be read in any attempt. */
  public static final String ROBOTS_UNAVAILABLE = "ROBOTS_UNAVAILABLE";

  /**
   * Dead-letter error type of a page whose host answered busy (429, or 503 with {@code
   * Retry-After}) in every one of {@link RetryAfter#MAX_ATTEMPTS} attempts.
   */
  public static final String HOST_BUSY = "HOST_BUSY";

  /**
   * Fetch failures that may pass by themselves (reliability case 45): the host name did not
   * resolve, the connection failed, or the deadline passed. Such a page goes back into its host's
   * queue after {@link PolitenessConfig#robotsRetryDelay(int)} (1 hour by default, doubling), at
   * most {@link PolitenessConfig#robotsAttempts()} tries in all (4), and is then dead-lettered with
   * its own error type and the number of attempts; it is never retried in a loop.
   */
  public static final Set<String> TRANSIENT_ERRORS =
      Set.of(FetchError.DNS_ERROR.name(), FetchError.NETWORK.name(), FetchError.TIMEOUT.name());

  private final FetchConfig config;
  private final PolitenessConfig politeness;
  private transient ArticleLoader loader;
  private transient RobotsGuard robots;
  private transient Clock clock;
  private transient ListState<QueuedFetch> queue;
  private transient ValueState<Long> nextTurn;
  private transient ValueState<Long> timerAt;
  private transient Counter articles;
  private transient Counter deadLetters;
  private transient Counter robotsRetries;
  private transient Counter busyRetries;
  private transient Counter transientRetries;

  /**
   * A polite function fetching through a gateway with this configuration: robots.txt obeyed, at
   * most one request a second to a host ({@link PolitenessConfig#defaults()}).
   */
  public FetchArticleFunction(FetchConfig config) {
    this(config, PolitenessConfig.defaults());
  }

  /** A function fetching through a gateway with this configuration and politeness. */
  public FetchArticleFunction(FetchConfig config, PolitenessConfig politeness) {
    this.config = Objects.requireNonNull(config, "config");
    this.politeness = Objects.requireNonNull(politeness, "politeness");
  }

  /** The items keyed by host, the way this function must receive them. */
  public static org.apache.flink.streaming.api.datastream.KeyedStream<FeedItem, String> byHost(
      DataStream<FeedItem> items) {
    return items.keyBy(new HostKey());
  }

  /** Keys an item by the origin of its link (scheme, host, port); {@code ""} for a bad link. */
  public static final class HostKey implements KeySelector<FeedItem, String> {
    private static final long serialVersionUID = 1L;

    @Override
    public String getKey(FeedItem item) {
      return hostKey(item.link());
    }
  }

  /** The origin of a link, or {@code ""} when it has none. */
  public static String hostKey(String link) {
    try {
      URI uri = URI.create(link);
      return uri.getScheme() == null || uri.getHost() == null ? "" : RobotsCache.originOf(uri);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  @Override
  public void open(OpenContext openContext) {
    HttpFetcher fetcher = new HttpFetcher(config);
    clock = Clock.systemUTC();
    robots =
        politeness.respectRobots()
            ? new RobotsGuard(
                fetcher,
                politeness.robots(),
                RobotsCache.builder().retryUnreachable(politeness.robotsRetryDelay()).build())
            : null;
    loader = new ArticleLoader(fetcher, new ArticleExtractor(), clock);
    if (robots != null) {
      loader = loader.withRedirectCheck(robots.redirectCheck());
    }
    queue =
        getRuntimeContext()
            .getListState(new ListStateDescriptor<>("host-queue", QueuedFetch.class));
    nextTurn = getRuntimeContext().getState(new ValueStateDescriptor<>("next-turn", Types.LONG));
    timerAt = getRuntimeContext().getState(new ValueStateDescriptor<>("timer-at", Types.LONG));
    articles = getRuntimeContext().getMetricGroup().counter("articles");
    deadLetters = getRuntimeContext().getMetricGroup().counter("deadLetters");
    robotsRetries = getRuntimeContext().getMetricGroup().counter("robotsRetries");
    busyRetries = getRuntimeContext().getMetricGroup().counter("busyRetries");
    transientRetries = getRuntimeContext().getMetricGroup().counter("transientRetries");
  }

  @Override
  public void processElement(FeedItem item, Context ctx, Collector<Article> out) throws Exception {
    queue.add(QueuedFetch.of(item));
    ctx.timerService().registerEventTimeTimer(Long.MAX_VALUE); // drains at the end of input
    schedule(ctx.timerService());
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<Article> out) throws Exception {
    if (ctx.timeDomain() == TimeDomain.EVENT_TIME) {
      drain(ctx, out);
      return;
    }
    timerAt.clear();
    long now = ctx.timerService().currentProcessingTime();
    List<QueuedFetch> pending = pending();
    int due = QueuedFetch.firstDue(pending, now);
    if (due >= 0 && now >= turn()) {
      QueuedFetch next = pending.remove(due);
      queue.update(pending);
      handle(next, ctx, out, false);
    }
    schedule(ctx.timerService());
  }

  /** Registers a timer for the host's next due page, unless an earlier one is registered. */
  private void schedule(TimerService timers) throws Exception {
    List<QueuedFetch> pending = pending();
    if (pending.isEmpty()) {
      return;
    }
    long due = Math.max(turn(), QueuedFetch.earliest(pending));
    due = Math.max(due, timers.currentProcessingTime());
    Long registered = timerAt.value();
    if (registered == null || registered > due) {
      timers.registerProcessingTimeTimer(due);
      timerAt.update(due);
    }
  }

  /** At the end of a bounded input: every queued page of this host, paced, without waiting. */
  private void drain(OnTimerContext ctx, Collector<Article> out) throws Exception {
    List<QueuedFetch> pending = pending();
    queue.clear();
    for (QueuedFetch fetch : pending) {
      long wait = turn() - clock.millis();
      if (wait > 0) {
        Thread.sleep(wait);
      }
      handle(fetch, ctx, out, true);
    }
  }

  private void handle(QueuedFetch fetch, Context ctx, Collector<Article> out, boolean last)
      throws Exception {
    FeedItem item = fetch.item();
    Duration delay = politeness.minDelay();
    if (robots != null && !hostKey(item.link()).isEmpty()) {
      URI uri = URI.create(item.link());
      RobotsRules rules = robots.rulesFor(uri);
      if (rules.retryLater()) {
        nextTurn.update(clock.millis() + delay.toMillis());
        int attempts = fetch.robotsAttempts() + 1;
        if (last || attempts >= politeness.robotsAttempts()) {
          deadLetter(
              ctx,
              item,
              ROBOTS_UNAVAILABLE,
              "robots_unavailable: robots.txt of "
                  + RobotsCache.originOf(uri)
                  + " unreadable ("
                  + rules.reason()
                  + ") in "
                  + attempts
                  + " attempt(s)",
              rules.status());
        } else {
          robotsRetries.inc();
          long at = clock.millis() + politeness.robotsRetryDelay(attempts).toMillis();
          queue.add(new QueuedFetch(item, attempts, at, fetch.busyAttempts()));
        }
        return;
      }
      if (!rules.isAllowed(uri)) {
        deadLetter(
            ctx,
            item,
            ArticleLoader.ROBOTS_DISALLOWED,
            "robots.txt of " + RobotsCache.originOf(uri) + " disallows " + uri.getRawPath(),
            0);
        return;
      }
      delay = rules.delayBetweenRequests(politeness.minDelay());
    }
    ArticleLoader.Outcome outcome = loader.load(item);
    nextTurn.update(clock.millis() + delay.toMillis());
    if (outcome.article() != null) {
      articles.inc();
      out.collect(outcome.article());
      return;
    }
    DeadLetter failed = outcome.deadLetter();
    if (TRANSIENT_ERRORS.contains(failed.errorType())) {
      // The page may succeed later: it goes back in line (other pages of the host go on), counted
      // with the busy answers, since both mean "the host could not serve it now".
      int attempts = fetch.busyAttempts() + 1;
      if (!last && attempts < politeness.robotsAttempts()) {
        transientRetries.inc();
        queue.add(fetch.busy(clock.millis() + politeness.robotsRetryDelay(attempts).toMillis()));
        return;
      }
      deadLetter(
          ctx,
          item,
          failed.errorType(),
          failed.reason() + " (in " + attempts + " attempt(s))",
          failed.status());
      return;
    }
    if (RetryAfter.isBusy(failed.status(), outcome.retryAfter())) {
      // The host asked us to come back later: the whole host waits, the page goes back in line.
      // At the end of a bounded input nothing waits (the drain would sleep through the wait).
      int attempts = fetch.busyAttempts() + 1;
      if (!last) {
        long at = clock.millis() + RetryAfter.wait(outcome.retryAfter(), delay).toMillis();
        nextTurn.update(at);
        if (attempts < RetryAfter.MAX_ATTEMPTS) {
          busyRetries.inc();
          queue.add(fetch.busy(at));
          return;
        }
      }
      deadLetter(
          ctx,
          item,
          HOST_BUSY,
          "host_busy: "
              + hostKey(item.link())
              + " answered HTTP "
              + failed.status()
              + (outcome.retryAfter() == null
                  ? ""
                  : " with Retry-After " + outcome.retryAfter().toSeconds() + " s")
              + " in "
              + attempts
              + " attempt(s)",
          failed.status());
      return;
    }
    deadLetters.inc();
    ctx.output(DEAD_LETTERS, failed);
  }

  private void deadLetter(Context ctx, FeedItem item, String type, String reason, int status) {
    deadLetters.inc();
    ctx.output(
        DEAD_LETTERS,
        new DeadLetter(
            Ids.documentId(item.link()),
            item.link(),
            ArticleLoader.STAGE_FETCH,
            type,
            reason,
            status,
            Instant.now(clock)));
  }

  private List<QueuedFetch> pending() throws Exception {
    List<QueuedFetch> list = new ArrayList<>();
    Iterable<QueuedFetch> stored = queue.get();
    if (stored != null) {
      stored.forEach(list::add);
    }
    return list;
  }

  private long turn() throws Exception {
    Long turn = nextTurn.value();
    return turn == null ? 0 : turn;
  }
}
