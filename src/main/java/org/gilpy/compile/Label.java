package org.gilpy.compile;

/**
 * A jump target inside one code unit. It is placed once, before the instruction it
 * names; until assembly it refers to a position in the unit's instruction list, and the
 * {@link Assembler} resolves it to the first instruction that survives at or after that
 * position. {@code depth} is the stack depth on arrival, learnt from the first reachable
 * jump to it (or from its handler), used to resume depth tracking after dead ends.
 */
final class Label {
    static final int UNPLACED = -1, UNKNOWN_DEPTH = -1;

    int position = UNPLACED;
    int depth = UNKNOWN_DEPTH;

    boolean isPlaced() {
        return position != UNPLACED;
    }
}
