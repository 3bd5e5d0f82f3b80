package dev.collections.extract;

/**
 * How an import treats the positions of its business date. FULL, the daily extract: the accounts file holds every
 * account in collections, and its positions replace every position of the date. DELTA, a correction during the
 * day: the positions of the accounts in the file are replaced, every other one is kept.
 */
public enum ImportMode {
    FULL, DELTA
}
