package org.gilpy.modules.re;

import java.util.List;

/**
 * The syntax tree of a regular expression, as {@link RegexParser} builds it. Everything a
 * flag changes is settled in the node (case-insensitivity, dot-all, multi-line anchors,
 * Unicode or ASCII classes), so the compiler never sees flags.
 */
sealed interface Node {
    /** Unbounded maximum of a repeat. */
    int INF = Integer.MAX_VALUE;

    /** Repeat kinds. */
    int GREEDY = 0, LAZY = 1, POSSESSIVE = 2;

    /** One character; {@code fold} says how case-insensitivity applies (null: exact). */
    record Lit(int c, CaseFold fold) implements Node {}

    /** Any character but a newline, or (dotAll) any character. */
    record Any(boolean dotAll) implements Node {}

    /** A character class or category escape; items describe its members as written, for re.DEBUG. */
    record Set(CharSet set, List<String> items) implements Node {}

    record Cat(List<Node> items) implements Node {}

    record Alt(List<Node> branches) implements Node {}

    /**
     * A group; index 0 for a non-capturing one (kept so that "multiple repeat" can tell it
     * from a repeat). addFlags and delFlags are those of {@code (?flags-flags:...)}, for re.DEBUG.
     */
    record Group(int index, Node body, int addFlags, int delFlags) implements Node {
        Group(int index, Node body) {
            this(index, body, 0, 0);
        }
    }

    /** {@code body{min,max}}; max is {@link #INF} when unbounded. */
    record Repeat(Node body, int min, int max, int kind) implements Node {}

    /** {@code (?>body)}. */
    record Atomic(Node body) implements Node {}

    /** Lookahead or lookbehind; width is set for lookbehind by {@link RegexParser#checkWidths}. */
    record Look(Node body, boolean behind, boolean negate, int[] width) implements Node {}

    /** {@code \N} or {@code (?P=name)}. */
    record Backref(int group, CaseFold fold) implements Node {}

    /** {@code (?(group)yes|no)}; no is an empty Cat when absent. */
    record Cond(int group, Node yes, Node no, int pos) implements Node {}

    /** Zero-width assertions. */
    record At(int kind, boolean unicode) implements Node {}

    int AT_BEGIN = 0, AT_BEGIN_LINE = 1, AT_END = 2, AT_END_LINE = 3, AT_BEGIN_STRING = 4, AT_END_STRING = 5,
            AT_BOUNDARY = 6, AT_NON_BOUNDARY = 7;
}
