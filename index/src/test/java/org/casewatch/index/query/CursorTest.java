package org.casewatch.index.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch._types.FieldValue;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class CursorTest {

  @Test
  void roundTripsSortValues() {
    List<FieldValue> values =
        List.of(
            FieldValue.of(1.5),
            FieldValue.of(1706745600000L),
            FieldValue.of("doc-1"),
            FieldValue.of(true),
            FieldValue.NULL);
    String cursor = Cursor.encode("documents/newest", values);
    assertThat(cursor).matches("[A-Za-z0-9_-]+");
    List<FieldValue> back = Cursor.decode("documents/newest", cursor, 5);
    assertThat(back.get(0).doubleValue()).isEqualTo(1.5);
    assertThat(back.get(1).longValue()).isEqualTo(1706745600000L);
    assertThat(back.get(2).stringValue()).isEqualTo("doc-1");
    assertThat(back.get(3).booleanValue()).isTrue();
    assertThat(back.get(4).isNull()).isTrue();
  }

  @Test
  void refusesForeignOrForgedCursors() {
    String cursor = Cursor.encode("documents/newest", List.of(FieldValue.of("a")));
    assertThatThrownBy(() -> Cursor.decode("documents/oldest", cursor, 1))
        .isInstanceOfSatisfying(
            InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("cursor"));
    assertThatThrownBy(() -> Cursor.decode("documents/newest", cursor, 2))
        .isInstanceOf(InvalidParameterException.class);
    for (String forged :
        List.of(
            "!!!",
            "",
            "x".repeat(2000),
            b64("{\"s\":\"documents/newest\",\"v\":[{\"script\":1}]}"),
            b64("[[[[[[[[[[1]]]]]]]]]]"),
            b64("not json"))) {
      assertThatThrownBy(() -> Cursor.decode("documents/newest", forged, 1))
          .as(forged)
          .isInstanceOf(InvalidParameterException.class);
    }
  }

  private static String b64(String s) {
    return Base64.getUrlEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }
}
