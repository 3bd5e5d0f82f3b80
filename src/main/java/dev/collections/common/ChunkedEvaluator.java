package dev.collections.common;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Reader → evaluators → sink, for the nightly triage and the simulation alike. One thread reads the source in
 * chunks; the chunks are decided on {@code workers} threads; the caller's thread receives each chunk's result in
 * the order the chunks were read, so the outcome is the same whatever the number of threads. The queue between
 * them is bounded ({@code 2 × workers + 2} chunks), so memory does not grow with the portfolio.
 *
 * @param <I> one item of the source (an account)
 * @param <O> what deciding one chunk gives
 */
public final class ChunkedEvaluator<I, O> {
    private final String name;
    private final int workers;
    private final int chunkSize;

    /** Receives each chunk's result on the caller's thread, in source order. */
    @FunctionalInterface
    public interface Sink<O, X extends Exception> {
        void accept(O decided) throws X;
    }

    public ChunkedEvaluator(String name, int workers, int chunkSize) {
        this.name = name;
        this.workers = Math.max(1, workers);
        this.chunkSize = Math.max(1, chunkSize);
    }

    /**
     * Runs the whole source through {@code decide} and {@code sink}. A failure of the source or of a chunk's
     * decision is thrown here (a {@link RuntimeException} as it was thrown); so is the sink's.
     *
     * @throws InterruptedException when the caller's thread is interrupted while waiting
     */
    public <X extends Exception> void run(Iterator<I> source, Function<List<I>, O> decide, Sink<O, X> sink)
            throws X, InterruptedException {
        BlockingQueue<CompletableFuture<O>> queue = new ArrayBlockingQueue<>(workers * 2 + 2);
        CompletableFuture<O> end = new CompletableFuture<>();
        AtomicInteger threads = new AtomicInteger();
        ExecutorService evaluators = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, name + "-evaluate-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        Thread reader = new Thread(() -> read(source, decide, queue, evaluators, end), name + "-read");
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                CompletableFuture<O> next = queue.take();
                if (next == end) {
                    return;
                }
                sink.accept(next.get());
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            reader.interrupt();
            evaluators.shutdownNow();
        }
    }

    private void read(Iterator<I> source, Function<List<I>, O> decide, BlockingQueue<CompletableFuture<O>> queue,
                      ExecutorService evaluators, CompletableFuture<O> end) {
        try {
            List<I> chunk = new ArrayList<>(chunkSize);
            while (source.hasNext()) {
                chunk.add(source.next());
                if (chunk.size() == chunkSize) {
                    List<I> full = chunk;
                    queue.put(CompletableFuture.supplyAsync(() -> decide.apply(full), evaluators));
                    chunk = new ArrayList<>(chunkSize);
                }
            }
            if (!chunk.isEmpty()) {
                List<I> last = chunk;
                queue.put(CompletableFuture.supplyAsync(() -> decide.apply(last), evaluators));
            }
            queue.put(end);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            try {
                queue.put(CompletableFuture.failedFuture(e));
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
