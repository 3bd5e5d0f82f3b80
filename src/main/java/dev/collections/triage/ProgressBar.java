package dev.collections.triage;

import java.io.PrintStream;

/** The command's progress bar: {@code [#######.......]  45%  450,000/1,000,000  21,400/s  ETA 0:26}. */
final class ProgressBar implements TriageProgress {
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 200_000_000L;
    private final PrintStream out;
    private final long started = System.nanoTime();
    private long drawn;
    private boolean shown;

    ProgressBar(PrintStream out) {
        this.out = out;
    }

    @Override
    public synchronized void advanced(TriageRun run, int processed) {
        long now = System.nanoTime();
        if (now - drawn < REDRAW_NANOS && processed < run.total()) {
            return;
        }
        drawn = now;
        int total = Math.max(run.total(), processed);
        double seconds = Math.max((now - started) / 1e9, 1e-3);
        double rate = (processed - run.processed()) / seconds; // run as claimed: resumed runs count only this start
        int filled = total == 0 ? WIDTH : (int) ((long) processed * WIDTH / total);
        long eta = rate <= 0 ? 0 : Math.round((total - processed) / rate);
        out.printf("\r[%s%s] %3d%%  %,d/%,d  %,.0f/s  ETA %d:%02d   ", "#".repeat(filled), ".".repeat(WIDTH - filled),
                total == 0 ? 100 : processed * 100L / total, processed, total, rate, eta / 60, eta % 60);
        out.flush();
        shown = true;
    }

    synchronized void done() {
        if (shown) {
            out.println();
        }
    }
}
