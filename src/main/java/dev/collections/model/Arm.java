package dev.collections.model;

/** The side of a champion/challenger experiment an account is on: the live rules, or the challenger's. */
public enum Arm {
    CHAMPION, CHALLENGER
}
