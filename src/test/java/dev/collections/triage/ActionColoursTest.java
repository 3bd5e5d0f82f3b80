package dev.collections.triage;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.collections.policy.ActionType;
import org.junit.jupiter.api.Test;

/** Printed in grey, every rung of the charts stays apart from every other, and darkens along the ladder. */
class ActionColoursTest {
    private static final int APART = 30;

    @Test
    void everyTwoRungsAreAtLeastThirtyGreyLevelsApart() {
        for (ActionType a : ActionType.values()) {
            for (ActionType b : ActionType.values()) {
                if (a != b) {
                    int difference = Math.abs(ActionColours.grey(ActionColours.of(a)) - ActionColours.grey(ActionColours.of(b)));
                    assertTrue(difference >= APART, a + " and " + b + " print " + difference + " grey levels apart");
                }
            }
        }
    }

    @Test
    void theLadderDarkensFromNoActionToLegalAction() {
        int previous = 256;
        for (ActionType a : ActionType.values()) {
            int grey = ActionColours.grey(ActionColours.of(a));
            assertTrue(grey < previous, a + " is darker than the rung before it");
            previous = grey;
        }
    }
}
