package org.casewatch.index.mapping;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;

/** Test helper: puts the casewatch indices back to empty on the shared test node. */
public final class Indices {

  private Indices() {}

  /** Deletes every casewatch concrete index and creates them again through {@link IndexSetup}. */
  public static void reset(ElasticsearchClient client) throws IOException {
    for (CasewatchIndex index : CasewatchIndex.values()) {
      if (client.indices().exists(e -> e.index(index.concreteIndex())).value()) {
        client.indices().delete(d -> d.index(index.concreteIndex()));
      }
    }
    new IndexSetup(client).ensureAll();
  }

  /** Makes everything written so far visible to search. */
  public static void refresh(ElasticsearchClient client) throws IOException {
    client.indices().refresh(r -> r.index(CasewatchIndex.PREFIX + "*"));
  }
}
