package org.casewatch.ingest.sitemap;

import java.util.Objects;

/**
 * A sitemap file of a walk that could not be fetched or read: data, not a stopped walk.
 *
 * @param url the URL of the file
 * @param kind a stable label: a {@code FetchError} name for fetch failures, a {@link
 *     SitemapException.Kind} name for parse failures
 * @param message what went wrong
 */
public record SitemapFailure(String url, String kind, String message) {

  public SitemapFailure {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(kind, "kind");
    message = message == null ? "" : message;
  }
}
