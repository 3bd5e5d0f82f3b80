package dev.collections.triage;

import dev.collections.policy.ActionType;

/**
 * The colour of each rung in every triage chart (the run's summary page and the console): lightness falls along
 * the ladder (no action lightest, legal action darkest), so that a grey-scale print still tells every rung apart.
 */
public final class ActionColours {
    private static final String[] COLOURS = {"#f2f2f2", "#a6d4f2", "#e07b1a", "#2f6db5", "#842626", "#3b0f3f"};

    private ActionColours() {
    }

    public static String of(ActionType action) {
        return COLOURS[action.ordinal()];
    }

    /** The grey a printer makes of a colour, 0 (black) to 255 (white), by the ITU-R BT.601 weights. */
    public static int grey(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        return (int) Math.round(0.299 * (rgb >> 16) + 0.587 * ((rgb >> 8) & 0xff) + 0.114 * (rgb & 0xff));
    }
}
