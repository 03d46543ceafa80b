package org.partnercenter.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Closed-loop load: each client sends the same GET again as soon as the previous answer arrived, for a
 * fixed time, and every latency is kept (no sampling), so percentiles are exact.
 */
final class LoadRun {

    record Result(String target, int clients, long requests, double seconds, long[] sortedNanos) {

        double perSecond() {
            return requests / seconds;
        }

        double percentileMillis(double percentile) {
            int index = (int) Math.ceil(percentile / 100 * sortedNanos.length) - 1;
            return sortedNanos[Math.max(0, index)] / 1e6;
        }
    }

    private LoadRun() {
    }

    static Result run(String target, URI uri, String token, int clients, Duration duration) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").GET().build();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            long start = System.nanoTime();
            long end = start + duration.toNanos();
            List<Future<long[]>> loops = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                loops.add(pool.submit(() -> loop(http, request, end)));
            }
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> loop : loops) {
                all.add(loop.get());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            return new Result(target, clients, merged.length, seconds, merged);
        } finally {
            pool.shutdownNow();
        }
    }

    private static long[] loop(HttpClient http, HttpRequest request, long end) throws Exception {
        long[] latencies = new long[1 << 16];
        int count = 0;
        while (System.nanoTime() < end) {
            long sent = System.nanoTime();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long took = System.nanoTime() - sent;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": "
                        + new String(response.body()));
            }
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = took;
        }
        return Arrays.copyOf(latencies, count);
    }
}
