package org.partnercenter.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * A relay in front of an origin that watches the connections the gateway opens to it: for each one it opens one
 * to the origin and passes the bytes both ways until either side closes, then closes both. The origin's echo
 * names a connection by its port ({@code connection}), which is the relay's port towards the origin, so that a
 * test can ask whether the connection a request came on is still open. Pricing's routes go through it.
 */
public final class ConnectionWatch {

    /** The relay's ports towards the origin whose connections are open, as text, so both class loaders see them. */
    private static final String OPEN = "partner-center.test.gateway.watch.open";

    private ConnectionWatch() {
    }

    /** The relay in front of {@code origin}, one per JVM like the origin itself. */
    public static String url(String origin) {
        synchronized (System.getProperties()) {
            String property = "partner-center.test.gateway.watch";
            String running = System.getProperty(property);
            if (running == null) {
                running = start(URI.create(origin));
                System.setProperty(property, running);
            }
            return running;
        }
    }

    /** Whether the connection that the origin's echo named {@code connection} is still open. */
    public static boolean isOpen(int connection) {
        return System.getProperty(OPEN, "").contains(" " + connection + " ");
    }

    private static String start(URI origin) {
        try {
            ServerSocket server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
            daemon("connection-watch", () -> {
                while (true) {
                    Socket in = server.accept();
                    try {
                        relay(in, new Socket(origin.getHost(), origin.getPort()));
                    } catch (IOException originRefused) {
                        closeQuietly(in);
                    }
                }
            });
            return "http://127.0.0.1:" + server.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("the connection watch did not start", e);
        }
    }

    private static void relay(Socket in, Socket out) throws IOException {
        // Bytes pass on as they come: no small write waits for an acknowledgement.
        in.setTcpNoDelay(true);
        out.setTcpNoDelay(true);
        int port = out.getLocalPort();
        mark(port, true);
        AtomicBoolean ended = new AtomicBoolean();
        Runnable end = () -> {
            if (ended.compareAndSet(false, true)) {
                closeQuietly(in);
                closeQuietly(out);
                mark(port, false);
            }
        };
        daemon("connection-watch-in-" + port, () -> pump(in, out, end));
        daemon("connection-watch-out-" + port, () -> pump(out, in, end));
    }

    private static void pump(Socket from, Socket to, Runnable end) {
        try {
            from.getInputStream().transferTo(to.getOutputStream());
        } catch (IOException closed) {
            // One side closed or reset: the connection is over either way.
        } finally {
            end.run();
        }
    }

    private static void mark(int port, boolean open) {
        synchronized (System.getProperties()) {
            String others = Arrays.stream(System.getProperty(OPEN, "").split(" "))
                    .filter(p -> !p.isEmpty() && !p.equals(String.valueOf(port))).collect(Collectors.joining(" "));
            System.setProperty(OPEN, " " + others + (open ? " " + port : "") + " ");
        }
    }

    private interface Loop {
        void run() throws IOException;
    }

    private static void daemon(String name, Loop loop) {
        Thread thread = new Thread(() -> {
            try {
                loop.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Closing is all that was asked.
        }
    }
}
