package dev.collections.common;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import java.time.Duration;

/**
 * The one way a periodic job is started: on the Quarkus scheduler, every {@code interval} (it ticks once a
 * second, so a shorter interval is rounded up), never overlapping itself. An interval of 0 turns the job off.
 */
public final class PeriodicJobs {
    private PeriodicJobs() {
    }

    /** Schedules {@code task} as {@code job}; answers whether it was scheduled (false: the interval turns it off). */
    public static boolean every(Scheduler scheduler, String job, Duration interval, Runnable task) {
        if (interval.isZero() || interval.isNegative()) {
            return false;
        }
        scheduler.newJob(job).setInterval(Math.max(1, interval.toSeconds()) + "s")
                .setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP)
                .setTask(execution -> task.run()).schedule();
        return true;
    }
}
