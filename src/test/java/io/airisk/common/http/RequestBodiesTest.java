package io.airisk.common.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a request body must be before any parser sees it: JSON in UTF-8, every byte valid. */
class RequestBodiesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "application/json",
                "application/json; charset=utf-8",
                "application/json;charset=UTF-8",
                "Application/JSON; Charset=\"utf-8\""
            })
    void shouldTakeJsonInUtf8(String contentType) {
        assertThat(RequestBodies.json(contentType)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "*/*",
                "application/*",
                "text/plain",
                "application/x-www-form-urlencoded",
                "application/json; charset=utf-16",
                "application/json; charset=bogus",
                "application/json; boundary=x",
                "application/json; charset=utf-8; q=1",
                "application/merge-patch+json",
                "json",
                ""
            })
    void shouldRefuseAnyOtherMediaTypeOrCharset(String contentType) {
        assertThat(RequestBodies.json(contentType)).isFalse();
        assertThat(RequestBodies.json(null)).isFalse();
    }

    @ParameterizedTest(name = "{0} at byte {1}")
    @CsvSource({
        "c0bc, 1", // '<' in two bytes
        "c1bf, 1", // U+007F in two bytes
        "e080bc, 1", // '<' in three bytes
        "f08080bc, 1", // '<' in four bytes
        "eda080, 1", // a surrogate
        "f4908080, 1", // past U+10FFFF
        "f888808080, 1", // a five-byte form
        "80, 1", // a continuation byte alone
        "e282, 1", // cut short
        "ff, 1"
    })
    void shouldFindEveryKindOfInvalidUtf8(String hex, int at) {
        byte[] bytes = join("a".getBytes(StandardCharsets.UTF_8), HexFormat.of().parseHex(hex));

        assertThat(RequestBodies.invalidUtf8At(bytes)).isEqualTo(at);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "{}", "{\"name\": \"Zürich 😀 東京 \\u202e\"}", "ab\u0000"})
    void shouldPassValidUtf8(String text) {
        assertThat(RequestBodies.invalidUtf8At(text.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(-1);
        assertThat(RequestBodies.invalidUtf8At(text.repeat(2_000).getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(-1);
    }

    private static byte[] join(byte[] first, byte[] second) {
        byte[] joined = new byte[first.length + second.length];
        System.arraycopy(first, 0, joined, 0, first.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }
}
