package org.casewatch.index.sink.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FailureClassifierTest {

  @ParameterizedTest(name = "item status {0} -> {1}")
  @CsvSource({
    "200, SUCCESS",
    "201, SUCCESS",
    "409, ALREADY_NEWER",
    "429, RETRY",
    "500, RETRY",
    "502, RETRY",
    "503, RETRY",
    "504, RETRY",
    "0, RETRY",
    "400, DEAD_LETTER",
    "403, DEAD_LETTER",
    "404, DEAD_LETTER",
    "413, DEAD_LETTER",
    "100, DEAD_LETTER",
    "302, DEAD_LETTER",
    "600, DEAD_LETTER"
  })
  void classifiesItems(int status, Outcome expected) {
    assertThat(FailureClassifier.classifyItem(status)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "request status {0} -> {1}")
  @CsvSource({
    "200, SUCCESS",
    "0, RETRY",
    "429, RETRY",
    "500, RETRY",
    "503, RETRY",
    "400, FAIL",
    "401, FAIL",
    "403, FAIL",
    "409, FAIL",
    "413, FAIL",
    "302, FAIL"
  })
  void classifiesWholeRequests(int status, Outcome expected) {
    assertThat(FailureClassifier.classifyRequest(status)).isEqualTo(expected);
  }
}
