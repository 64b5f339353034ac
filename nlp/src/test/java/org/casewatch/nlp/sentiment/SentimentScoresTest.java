package org.casewatch.nlp.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.casewatch.model.Sentiment;
import org.junit.jupiter.api.Test;

class SentimentScoresTest {

  @Test
  void certainClassesMapToFixedPoints() {
    assertThat(SentimentScores.score(new double[] {1, 0, 0, 0, 0})).isEqualTo(-1.0);
    assertThat(SentimentScores.score(new double[] {0, 1, 0, 0, 0})).isEqualTo(-0.5);
    assertThat(SentimentScores.score(new double[] {0, 0, 1, 0, 0})).isEqualTo(0.0);
    assertThat(SentimentScores.score(new double[] {0, 0, 0, 1, 0})).isEqualTo(0.5);
    assertThat(SentimentScores.score(new double[] {0, 0, 0, 0, 1})).isEqualTo(1.0);
  }

  @Test
  void scoreIsTheExpectedValue() {
    // 0.1*-1 + 0.6*-0.5 + 0.2*0 + 0.1*0.5 + 0*1 = -0.35
    assertThat(SentimentScores.score(new double[] {0.1, 0.6, 0.2, 0.1, 0.0}))
        .isCloseTo(-0.35, within(1e-9));
  }

  @Test
  void unnormalisedWeightsAreNormalised() {
    assertThat(SentimentScores.score(new double[] {0, 2, 0, 0, 2})).isCloseTo(0.25, within(1e-9));
  }

  @Test
  void symmetricUncertaintyIsNeutral() {
    Sentiment s = SentimentScores.sentiment(new double[] {0.3, 0.1, 0.2, 0.1, 0.3});
    assertThat(s.score()).isCloseTo(0.0, within(1e-9));
    assertThat(s.label()).isEqualTo(Sentiment.NEUTRAL);
  }

  @Test
  void labelFollowsTheModelThresholds() {
    assertThat(SentimentScores.sentiment(new double[] {0.9, 0.1, 0, 0, 0}).label())
        .isEqualTo(Sentiment.VERY_NEGATIVE);
    assertThat(SentimentScores.sentiment(new double[] {0, 0.9, 0.1, 0, 0}).label())
        .isEqualTo(Sentiment.NEGATIVE);
    assertThat(SentimentScores.sentiment(new double[] {0, 0, 0.1, 0.9, 0}).label())
        .isEqualTo(Sentiment.POSITIVE);
  }

  @Test
  void malformedDistributionsAreRejected() {
    assertThatThrownBy(() -> SentimentScores.score(new double[] {1, 0, 0}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SentimentScores.score(new double[] {0, 0, 0, 0, 0}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SentimentScores.score(new double[] {-1, 0, 2, 0, 0}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SentimentScores.score(new double[] {Double.NaN, 0, 1, 0, 0}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void documentSentimentIsTokenWeighted() {
    Sentiment doc =
        SentimentScores.documentSentiment(
            List.of(new WeightedScore(-1.0, 30), new WeightedScore(1.0, 10)));
    assertThat(doc.score()).isCloseTo(-0.5, within(1e-9));
    assertThat(doc.label()).isEqualTo(Sentiment.NEGATIVE);
  }

  @Test
  void documentSentimentOfNothingIsNull() {
    assertThat(SentimentScores.documentSentiment(List.of())).isNull();
    assertThat(SentimentScores.documentSentiment(List.of(new WeightedScore(0.5, 0)))).isNull();
  }

  @Test
  void weightedScoreValidates() {
    assertThatThrownBy(() -> new WeightedScore(1.5, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new WeightedScore(0, -1)).isInstanceOf(IllegalArgumentException.class);
  }
}
