package dev.collections.triage;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Who runs a triage: host and process id, so that a run whose process was killed can be taken over at once. */
final class Owner {
    static final String ME = host() + "/" + ProcessHandle.current().pid();

    private Owner() {
    }

    /** True when {@code owner} is a process of this host that no longer exists. */
    static boolean isGone(String owner) {
        int slash = owner.lastIndexOf('/');
        if (slash < 0 || !owner.substring(0, slash).equals(host())) {
            return false;
        }
        try {
            long pid = Long.parseLong(owner.substring(slash + 1));
            return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
