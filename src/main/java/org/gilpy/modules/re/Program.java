package org.gilpy.modules.re;

/**
 * A compiled pattern: the instructions {@link Matcher} runs. One instruction is an opcode
 * followed by its operands in {@link #code}; jumps are absolute. The opcode table:
 *
 * <pre>
 * CHAR c                    the character c
 * CHAR_IC k                 a character in the int[] consts[k] (case equivalents)
 * ANY / ANY_ALL             any character but '\n' / any character
 * SET k                     a character in the CharSet consts[k]
 * SAVE slot                 caps[slot] = pos (odd slots also set lastindex)
 * SPLIT a b                 try a; on failure, b
 * JMP a                     go to a
 * AT kind unicode           a zero-width assertion (Node.AT_*)
 * BACKREF g ic              the text of group g again (ic: case-insensitively)
 * RONE t arg min max kind   single-character test (t, arg) repeated min..max times
 * RINIT r                   count[r] = 0, last[r] = -1
 * RLOOP r min max kind exit loop head: body follows; exit after the loop
 * RTAIL r loop              count[r] += 1, go to loop
 * ATOMIC end                run the body that follows (up to SUCCEED) atomically, go to end
 * LOOK width negate end     lookahead (width -1) or lookbehind of the body that follows
 * COND g no                 group g matched: continue; else go to no
 * SUCCEED                   end of an atomic or lookaround body
 * MATCH                     the whole pattern matched
 * </pre>
 *
 * Single-character tests t: T_CHAR (arg = the character), T_CHAR_IC, T_ANY, T_ANY_ALL,
 * T_SET (arg = consts index).
 */
final class Program {
    static final int CHAR = 0, CHAR_IC = 1, ANY = 2, ANY_ALL = 3, SET = 4, SAVE = 5, SPLIT = 6, JMP = 7, AT = 8,
            BACKREF = 9, RONE = 10, RINIT = 11, RLOOP = 12, RTAIL = 13, ATOMIC = 14, LOOK = 15, COND = 16,
            SUCCEED = 17, MATCH = 18;

    static final int T_CHAR = 0, T_CHAR_IC = 1, T_ANY = 2, T_ANY_ALL = 3, T_SET = 4;

    final int[] code;
    final Object[] consts;
    /** Number of repeat registers (two ints each in the matcher). */
    final int loops;
    final int groups;
    /** A test the first character of any match passes (-1: none known), for search. */
    final int firstTest, firstArg;

    Program(int[] code, Object[] consts, int loops, int groups, int firstTest, int firstArg) {
        this.code = code;
        this.consts = consts;
        this.loops = loops;
        this.groups = groups;
        this.firstTest = firstTest;
        this.firstArg = firstArg;
    }
}
