package org.casewatch.pipeline.cases.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

class DevSetCasesTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void aTextsIntendedCaseIsItsFirstGoldAccused() throws Exception {
    assertThat(
            DevSetCases.label(
                JSON.readTree(
                    "{\"claims\": [{\"accused\": {\"name\": \"Matt Lauer\","
                        + " \"mention\": \"#MattLauer\"}}]}")))
        .isEqualTo("matt lauer");
    assertThat(
            DevSetCases.label(
                JSON.readTree(
                    "{\"claims\": [{\"accused\": {\"name\": null,"
                        + " \"mention\": \"disgraced @NBCNews anchor\"}}]}")))
        .isEqualTo("disgraced nbcnews anchor");
    assertThat(DevSetCases.label(JSON.readTree("{\"claims\": []}"))).isEqualTo("U");
  }
}
