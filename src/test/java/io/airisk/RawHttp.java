package io.airisk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Bytes on a socket, sent as they are, when they are: framing, timing and stalls that no HTTP
 * client library would produce, for the tests of hostile clients. It is not a second way to make
 * requests: whatever an HTTP client can send goes through {@link Api}, and only what none can
 * (broken chunks, missing Host, thousands of header fields, a body that never ends) comes here,
 * with any credential written into the bytes by the test itself.
 */
public final class RawHttp implements AutoCloseable {

    private final Socket socket;

    public RawHttp(int port, Duration readTimeout) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout((int) readTimeout.toMillis());
    }

    /** Sends one request and answers what came back: the status line and what follows, as far as it came. */
    public static String exchange(int port, byte[] request) throws IOException {
        try (RawHttp http = new RawHttp(port, Duration.ofSeconds(10))) {
            http.sendQuietly(request);
            return http.answer();
        }
    }

    public static String exchange(int port, String request) throws IOException {
        return exchange(port, request.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The head of a chunked POST, to be followed by {@link #chunk}s. */
    public static String chunkedHead(String path, String... headers) {
        StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n");
        for (String header : headers) {
            head.append(header).append("\r\n");
        }
        return head.append("\r\n").toString();
    }

    /** One chunk of that many bytes of {@code filler}. */
    public static byte[] chunk(int size, char filler) {
        String data = String.valueOf(filler).repeat(size);
        return (Integer.toHexString(size) + "\r\n" + data + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A whole request with a body in chunks of at most 64 KiB. */
    public static byte[] chunked(String path, byte[] body, String... headers) {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(chunkedHead(path, headers).getBytes(StandardCharsets.ISO_8859_1));
        for (int start = 0; start < body.length; start += 65_536) {
            int length = Math.min(65_536, body.length - start);
            request.writeBytes((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            request.write(body, start, length);
            request.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        request.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return request.toByteArray();
    }

    /** A request with a body of declared length, sent as it is. */
    public static byte[] withLength(String method, String path, byte[] body, String... headers) {
        StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n");
        for (String header : headers) {
            head.append(header).append("\r\n");
        }
        head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        request.writeBytes(body);
        return request.toByteArray();
    }

    public void send(byte[] bytes) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(bytes);
        out.flush();
    }

    public void send(String text) throws IOException {
        send(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Sends what it can: the service may answer and close before the whole request is sent. */
    public void sendQuietly(byte[] bytes) {
        try {
            send(bytes);
        } catch (IOException e) {
            // answered and closed early: the answer is still there to read
        }
    }

    /** What the service sent until it closed the connection or paused for the read timeout. */
    public String answer() throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                answer.write(buffer, 0, read);
                if (complete(answer.toString(StandardCharsets.ISO_8859_1))) {
                    break;
                }
            }
        } catch (SocketTimeoutException e) {
            // what came is the answer
        } catch (IOException e) {
            if (answer.size() == 0) {
                return "";
            }
        }
        return answer.toString(StandardCharsets.ISO_8859_1);
    }

    /**
     * Whether the service closed the connection, read until the read timeout: true once the stream
     * ends or is reset, whatever it answered first.
     */
    public boolean closedByService() throws IOException {
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[8192];
        try {
            while (in.read(buffer) >= 0) {
                // an answer before the close
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** A head and a body of its declared length, or an answer without a body. */
    private static boolean complete(String answer) {
        int end = answer.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        String head = answer.substring(0, end).toLowerCase(java.util.Locale.ROOT);
        int at = head.indexOf("content-length:");
        if (at < 0) {
            return false;
        }
        int lineEnd = head.indexOf("\r\n", at);
        int length =
                Integer.parseInt(head.substring(at + "content-length:".length(), lineEnd < 0 ? head.length() : lineEnd)
                        .trim());
        return answer.length() - end - 4 >= length;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
