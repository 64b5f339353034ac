package org.casewatch.ingest.dedup;

/** A fictional wire story, two syndicated copies of it and an unrelated story, for tests. */
public final class WireStories {

  /** A wire story as the agency sent it. */
  public static final String WIRE =
      "A former assistant has filed a lawsuit against the shipping executive Graham Vellacott,"
          + " accusing him of sexual harassment over a period of two years while she worked at"
          + " the company's headquarters in Wrenmouth. The complaint, filed in the county court on"
          + " Tuesday, says Vellacott made repeated unwanted advances, commented on her appearance"
          + " in front of colleagues and threatened her career when she refused him. Vellacott"
          + " denied the allegations through his lawyer, who called the lawsuit an attempt to"
          + " damage his client's reputation. The company said it had opened an internal review"
          + " and placed him on leave while the review takes place. The assistant's lawyer said"
          + " other women had come forward since the complaint was filed and that more claims"
          + " could follow in the coming weeks.";

  /** The same story as a second outlet ran it: a new first line and a credit at the end. */
  public static final String COPY_EDITED =
      "Wrenmouth shipping boss sued. "
          + WIRE
          + " Reporting by the Harbour wire service; editing by the news desk.";

  /** The same story cut short by a third outlet. */
  public static final String COPY_CUT = WIRE.substring(0, WIRE.indexOf(" The assistant's lawyer"));

  /** An unrelated story of similar length. */
  public static final String OTHER =
      "The harbour festival drew record crowds on Saturday as thousands of visitors lined the"
          + " quays to watch the tall ships arrive from across the North Sea. Organisers said"
          + " more than forty thousand people attended over the weekend, the most since the"
          + " festival began two decades ago. Local traders reported brisk business, and the"
          + " council said extra buses would run again next year to ease congestion on the"
          + " coast road. The festival ends on Sunday evening with fireworks over the old pier.";

  private WireStories() {}
}
