package org.partnercenter.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for requests that ordinary clients refuse to send or that must be sent exactly
 * as written: encoded dot segments, broken escapes, control characters in headers, huge request lines, bodies
 * announced but never sent, chunked bodies that never end. The request is written on its own thread so that
 * a server that answers and closes early is still heard.
 */
public final class RawHttp {

    /** What came back; {@code status} is 0 when the server closed the connection without an answer. */
    public record Answer(int status, Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public JsonPath json() {
            return new JsonPath(body);
        }

        /** Asserts the DESIGN.md error shape with this status and source; gives the body for further checks. */
        public JsonPath assertErrorShape(int expectedStatus, String source) {
            assertThat(status).as(body).isEqualTo(expectedStatus);
            assertThat(header("Content-Type")).startsWith("application/json");
            JsonPath json = json();
            assertThat(json.getInt("code")).isEqualTo(expectedStatus);
            assertThat(json.getString("description")).isNotBlank();
            assertThat(json.getString("source")).isEqualTo(source);
            assertThat(json.getList("data")).isNotNull();
            return json;
        }
    }

    private RawHttp() {
    }

    /** Sends the request line and headers as given, then {@code body} (may be empty), and reads the answer. */
    public static Answer send(int port, String method, String target, Map<String, String> headers, byte[] body) {
        byte[] head = head(port, method, target, headers);
        return exchange(port, out -> {
            out.write(head);
            out.write(body);
        });
    }

    /** Streams {@code totalBytes} of spaces as a chunked body in 64 KiB chunks, as a client without a length would. */
    public static Answer sendChunked(int port, String method, String target, Map<String, String> headers,
            long totalBytes) {
        byte[] spaces = new byte[64 * 1024];
        java.util.Arrays.fill(spaces, (byte) ' ');
        return sendChunked(port, method, target, headers, out -> {
            for (long sent = 0; sent < totalBytes; sent += spaces.length) {
                writeChunk(out, spaces, (int) Math.min(spaces.length, totalBytes - sent));
            }
        });
    }

    /** Sends {@code body} as a chunked body, one chunk per 1 KiB. */
    public static Answer sendChunked(int port, String method, String target, Map<String, String> headers,
            byte[] body) {
        return sendChunked(port, method, target, headers, out -> {
            for (int at = 0; at < body.length; at += 1024) {
                writeChunk(out, java.util.Arrays.copyOfRange(body, at, Math.min(body.length, at + 1024)), -1);
            }
        });
    }

    private static Answer sendChunked(int port, String method, String target, Map<String, String> headers,
            Request chunks) {
        Map<String, String> chunked = new LinkedHashMap<>(headers);
        chunked.put("Transfer-Encoding", "chunked");
        byte[] head = head(port, method, target, chunked);
        return exchange(port, out -> {
            out.write(head);
            chunks.writeTo(out);
            out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        });
    }

    private static byte[] head(int port, String method, String target, Map<String, String> headers) {
        StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nConnection: close\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        return head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static void writeChunk(OutputStream out, byte[] bytes, int size) throws IOException {
        int length = size < 0 ? bytes.length : size;
        out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(bytes, 0, length);
        out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    private interface Request {
        void writeTo(OutputStream out) throws IOException;
    }

    private static Answer exchange(int port, Request request) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            Thread writer = new Thread(() -> {
                try {
                    request.writeTo(out);
                    out.flush();
                } catch (IOException closedEarly) {
                    // The server answered and closed before the whole request was written: that is the point.
                }
            }, "raw-http-writer");
            writer.start();
            Answer answer = read(socket.getInputStream());
            writer.join(30_000);
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            while (!complete(received)) {
                int read = in.read(buffer);
                if (read < 0) {
                    break;
                }
                received.write(buffer, 0, read);
            }
        } catch (java.net.SocketException reset) {
            // A reset after the answer was sent (the server closed while the writer still wrote): keep what came.
        }
        String text = received.toString(StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (text.isEmpty() || end < 0) {
            return new Answer(0, Map.of(), "");
        }
        Map<String, String> headers = headers(text.substring(0, end));
        String body = text.substring(end + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunked(body);
        }
        return new Answer(Integer.parseInt(text.substring(0, end).split(" ")[1]), headers,
                new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
    }

    /** Whether the whole answer has come, so that a server keeping the connection open does not stall the test. */
    private static boolean complete(ByteArrayOutputStream received) {
        String text = received.toString(StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        Map<String, String> headers = headers(text.substring(0, end));
        if (headers.containsKey("content-length")) {
            return text.length() - end - 4 >= Integer.parseInt(headers.get("content-length"));
        }
        return "chunked".equalsIgnoreCase(headers.get("transfer-encoding")) && text.endsWith("\r\n0\r\n\r\n");
    }

    private static Map<String, String> headers(String head) {
        String[] lines = head.split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).trim());
        }
        return headers;
    }

    private static String unchunked(String body) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < body.length()) {
            int lineEnd = body.indexOf("\r\n", at);
            int size = Integer.parseInt(body.substring(at, lineEnd).trim(), 16);
            if (size == 0) {
                break;
            }
            out.append(body, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
        return out.toString();
    }
}
