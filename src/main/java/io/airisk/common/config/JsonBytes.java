package io.airisk.common.config;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A JSON text built as UTF-8 bytes, for documents whose every string comes from a questionnaire
 * definition: each such string is escaped once, by Jackson's own encoder, and copied as bytes
 * from then on. Commas are placed by looking at the byte before: none after an opening bracket or
 * a field name's colon.
 * Not a general JSON writer: it trusts its caller to open and close what it writes in order.
 */
final class JsonBytes {

    /** Bounded by the strings of the published definitions; the bound guards against misuse. */
    private static final int MAX_CACHED = 10_000;

    private static final Map<String, byte[]> QUOTED = new ConcurrentHashMap<>();

    private byte[] bytes;
    private int length;

    JsonBytes(int capacity) {
        bytes = new byte[capacity];
    }

    /** A field name as this writer takes it: quoted, escaped and followed by its colon. */
    static byte[] name(String name) {
        byte[] quoted = quote(name);
        byte[] withColon = Arrays.copyOf(quoted, quoted.length + 1);
        withColon[quoted.length] = ':';
        return withColon;
    }

    JsonBytes startObject() {
        separate();
        return put((byte) '{');
    }

    JsonBytes endObject() {
        return put((byte) '}');
    }

    /** Starts an array as the value of the field just named. */
    JsonBytes startArray() {
        return put((byte) '[');
    }

    JsonBytes endArray() {
        return put((byte) ']');
    }

    /** Starts a field: {@code name} comes from {@link #name(String)}. */
    JsonBytes field(byte[] name) {
        separate();
        return put(name, name.length);
    }

    /** A string value: a field's, or an array element. */
    JsonBytes text(String text) {
        separate();
        byte[] quoted = QUOTED.get(text);
        if (quoted == null) {
            quoted = quote(text);
            if (QUOTED.size() < MAX_CACHED) {
                QUOTED.put(text, quoted);
            }
        }
        return put(quoted, quoted.length);
    }

    /** A number value, written as Jackson writes a double. */
    JsonBytes number(double value) {
        separate();
        ensure(ShortDecimals.MAX_LENGTH);
        int written = ShortDecimals.write(value, bytes, length);
        if (written >= 0) {
            length += written;
            return this;
        }
        // What Jackson writes for any other double: Double.toString, quoted when not finite.
        String text = Double.toString(value);
        byte[] json = Double.isFinite(value) ? text.getBytes(StandardCharsets.US_ASCII) : quote(text);
        return put(json, json.length);
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, length);
    }

    @Override
    public String toString() {
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    /** A comma before a value or field, unless it is the first in its object or array. */
    private void separate() {
        if (length > 0) {
            byte before = bytes[length - 1];
            if (before != '{' && before != '[' && before != ':') {
                put((byte) ',');
            }
        }
    }

    private JsonBytes put(byte value) {
        ensure(1);
        bytes[length++] = value;
        return this;
    }

    private JsonBytes put(byte[] values, int count) {
        ensure(count);
        System.arraycopy(values, 0, bytes, length, count);
        length += count;
        return this;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }

    private static byte[] quote(String text) {
        byte[] escaped = JsonStringEncoder.getInstance().quoteAsUTF8(text);
        byte[] quoted = new byte[escaped.length + 2];
        quoted[0] = '"';
        System.arraycopy(escaped, 0, quoted, 1, escaped.length);
        quoted[quoted.length - 1] = '"';
        return quoted;
    }
}
