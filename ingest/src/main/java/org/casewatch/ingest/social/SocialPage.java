package org.casewatch.ingest.social;

import java.util.List;
import org.casewatch.model.SocialPost;

/**
 * One parsed page of an API answer: its posts in the platform's order (newest first for timelines,
 * searches and listings), the cursor of the next (older) page, and how many malformed items were
 * skipped.
 *
 * @param posts the posts that parsed
 * @param next the next page's cursor (a URL for Mastodon, a token for Bluesky and Reddit), or null
 *     at the end
 * @param skipped how many items were malformed and skipped
 */
public record SocialPage(List<SocialPost> posts, String next, int skipped) {

  public SocialPage {
    posts = List.copyOf(posts);
  }
}
