package dev.collections.score;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * How well probabilities rank and fit what happened: AUC (the chance a random account with the event is ranked above
 * one without), KS (the largest gap between the two groups' cumulative shares), the Brier score (mean squared error
 * of the probability), calibration by decile of the probability, its weighted mean gap (the expected calibration
 * error), and the lift of the top decile (its event rate over the whole's).
 */
public record Metrics(int accounts, int events, double auc, double ks, double brier, double calibrationError,
                      double topDecileLift, List<Decile> deciles) {

    /** One tenth of the accounts by probability, lowest first. */
    public record Decile(int decile, int accounts, double meanProbability, double eventRate) {
    }

    public static Metrics of(double[] probability, int[] outcome) {
        int n = probability.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> probability[i]));
        int events = 0;
        double brier = 0;
        for (int i = 0; i < n; i++) {
            events += outcome[i];
            brier += (probability[i] - outcome[i]) * (probability[i] - outcome[i]);
        }
        int nonEvents = n - events;
        double rankSum = 0;
        double ks = 0;
        int seenEvents = 0;
        int seenNon = 0;
        for (int r = 0; r < n; ) {
            int end = r;
            while (end + 1 < n && probability[order[end + 1]] == probability[order[r]]) {
                end++;
            }
            double midRank = (r + end) / 2.0 + 1;
            for (int k = r; k <= end; k++) {
                if (outcome[order[k]] == 1) {
                    rankSum += midRank;
                    seenEvents++;
                } else {
                    seenNon++;
                }
            }
            if (events > 0 && nonEvents > 0) {
                ks = Math.max(ks, Math.abs((double) seenEvents / events - (double) seenNon / nonEvents));
            }
            r = end + 1;
        }
        double auc = events == 0 || nonEvents == 0 ? Double.NaN
                : (rankSum - events * (events + 1) / 2.0) / ((double) events * nonEvents);
        List<Decile> deciles = new ArrayList<>();
        double gap = 0;
        for (int d = 0; d < 10 && n > 0; d++) {
            int from = d * n / 10;
            int to = (d + 1) * n / 10;
            double p = 0;
            int e = 0;
            for (int k = from; k < to; k++) {
                p += probability[order[k]];
                e += outcome[order[k]];
            }
            int size = to - from;
            Decile decile = new Decile(d + 1, size, size == 0 ? 0 : p / size, size == 0 ? 0 : (double) e / size);
            deciles.add(decile);
            gap += size * Math.abs(decile.meanProbability() - decile.eventRate());
        }
        double rate = n == 0 ? 0 : (double) events / n;
        double lift = deciles.isEmpty() || rate == 0 ? Double.NaN : deciles.get(deciles.size() - 1).eventRate() / rate;
        return new Metrics(n, events, auc, ks, n == 0 ? Double.NaN : brier / n, n == 0 ? Double.NaN : gap / n, lift,
                deciles);
    }
}
