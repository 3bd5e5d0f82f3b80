package dev.collections.score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Which examples a model learns from and which it is judged on: a seeded random share held out (the UCI file, one
 * moment), or the latest share held out (the service's own outcomes: the model is judged on accounts observed after
 * the ones it learnt from, as it will be used).
 */
public record Split(List<Example> training, List<Example> held) {

    public static Split seeded(List<Example> examples, long seed, double heldShare) {
        Random random = new Random(seed);
        List<Example> training = new ArrayList<>();
        List<Example> held = new ArrayList<>();
        for (Example e : examples) {
            (random.nextDouble() < heldShare ? held : training).add(e);
        }
        return new Split(training, held);
    }

    public static Split timeOrdered(List<Example> examples, double heldShare) {
        List<Example> sorted = new ArrayList<>(examples);
        sorted.sort(Comparator.comparingLong(Example::observedAt).thenComparing(Example::accountId));
        int cut = (int) Math.round(sorted.size() * (1 - heldShare));
        return new Split(List.copyOf(sorted.subList(0, cut)), List.copyOf(sorted.subList(cut, sorted.size())));
    }
}
