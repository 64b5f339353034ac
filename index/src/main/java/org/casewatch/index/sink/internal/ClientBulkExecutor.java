package org.casewatch.index.sink.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.transport.TransportException;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A {@link BulkExecutor} over an {@link ElasticsearchClient}, which it owns and closes.
 *
 * <p>Documents go over the wire as the bytes the sink serialized (no second serialization), as
 * whole-document {@code index} operations or, for {@link BulkItem#update()} items, partial {@code
 * update} operations whose body is the item's bytes; {@link BulkItem#delete()} items are {@code
 * delete} operations, and a delete of a document that is not there (404, no error) is reported as
 * done (200): the document is gone, which is what was asked, so a replay succeeds.
 */
public final class ClientBulkExecutor implements BulkExecutor {

  private final ElasticsearchClient client;

  /** An executor that takes ownership of the client. */
  public ClientBulkExecutor(ElasticsearchClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  @Override
  public List<ItemResult> execute(List<BulkItem> items) throws BulkRequestException {
    List<BulkOperation> operations = new ArrayList<>(items.size());
    for (BulkItem item : items) {
      BinaryData document = BinaryData.of(item.json(), ContentType.APPLICATION_JSON);
      if (item.delete()) {
        operations.add(BulkOperation.of(op -> op.delete(d -> d.index(item.index()).id(item.id()))));
      } else if (item.update()) {
        operations.add(
            BulkOperation.of(
                op -> op.update(u -> u.index(item.index()).id(item.id()).binaryAction(document))));
      } else {
        operations.add(
            BulkOperation.of(
                op -> op.index(i -> i.index(item.index()).id(item.id()).document(document))));
      }
    }
    BulkResponse response;
    try {
      response = client.bulk(BulkRequest.of(b -> b.operations(operations)));
    } catch (ElasticsearchException e) {
      throw new BulkRequestException(e.status(), e.getMessage(), e);
    } catch (TransportException e) {
      throw new BulkRequestException(e.statusCode(), e.getMessage(), e);
    } catch (IOException e) {
      throw new BulkRequestException(0, "no response: " + e, e);
    }
    List<BulkResponseItem> responseItems = response.items();
    if (responseItems.size() != items.size()) {
      throw new BulkRequestException(
          0,
          "bulk response has " + responseItems.size() + " items for " + items.size() + " sent",
          null);
    }
    List<ItemResult> results = new ArrayList<>(items.size());
    for (int i = 0; i < responseItems.size(); i++) {
      BulkResponseItem item = responseItems.get(i);
      ErrorCause error = item.error();
      if (error == null && item.status() == 404 && items.get(i).delete()) {
        results.add(ItemResult.ok(200));
        continue;
      }
      results.add(
          error == null
              ? ItemResult.ok(item.status())
              : new ItemResult(item.status(), error.type(), error.reason()));
    }
    return results;
  }

  @Override
  public void close() throws IOException {
    client.close();
  }
}
