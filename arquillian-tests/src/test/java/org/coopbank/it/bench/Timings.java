package org.coopbank.it.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;

/** Runs one piece of work a few times to warm up, then {@code runs} times, and formats p50/p95/max in ms. */
final class Timings {

    static final String HEADER = header("rows");

    static String header(String size) {
        return String.format(Locale.ROOT, "%-58s %8s %8s %8s %8s%n", "screen / query", "p50 ms", "p95 ms", "max ms", size);
    }

    private Timings() {
    }

    static String time(String name, int runs, Callable<Integer> work) throws Exception {
        int rows = 0;
        for (int i = 0; i < 2; i++) {
            rows = work.call();
        }
        long[] ns = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            rows = work.call();
            ns[i] = System.nanoTime() - t0;
        }
        Arrays.sort(ns);
        double p50 = ns[runs / 2] / 1e6;
        double p95 = ns[Math.min(runs - 1, (int) Math.ceil(runs * 0.95) - 1)] / 1e6;
        double max = ns[runs - 1] / 1e6;
        return String.format(Locale.ROOT, "%-58s %8.1f %8.1f %8.1f %8d%s%n", name, p50, p95, max, rows,
                p95 > 300 ? "  OVER 300 ms" : "");
    }
}
