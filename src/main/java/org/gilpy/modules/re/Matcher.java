package org.gilpy.modules.re;

import java.util.Arrays;

import static org.gilpy.modules.re.Program.*;

/**
 * Runs a {@link Program} over a {@link Text} by backtracking, with an explicit stack of
 * fixed-size entries {kind, a, b, c} instead of Java recursion, so long subjects never
 * overflow the Java stack. Java recursion happens only for atomic groups and lookarounds,
 * as deep as the pattern nests them. Captures and repeat registers are changed in place;
 * each change pushes an entry that undoes it on backtracking.
 *
 * <p>Positions: {@code 0} is where {@code ^}, {@code \A} and lookbehind stop (the real
 * start of the string, as in CPython, even when a search starts later); {@link #end} is
 * endpos.
 */
final class Matcher {
    private static final int BT_BARRIER = 0, BT_CAP = 1, BT_REG = 2, BT_PC = 3, BT_RONE = 4, BT_RONE_LAZY = 5,
            BT_LAZY_BODY = 6;

    private final Program prog;
    private final int[] code;
    private final Object[] consts;
    private final Text text;
    private final int end;
    private final boolean fullmatch;
    /** Capture slots (2 per group, group 0 unused) and lastindex. */
    final int[] caps;
    int lastindex;
    private final int[] regs;
    /** The backtracking stack; {@link #stack()} hands it back for the next Matcher of the pattern. */
    private int[] stack;
    private int sp;
    /** Where the body of the innermost lookbehind must end. */
    private int lookTarget = -1;
    /** A position where an empty match is refused (after an empty match there, when scanning). */
    private int noEmptyAt = -1;

    /** spareStack: a stack a previous Matcher of the program left (grown already), or null. */
    Matcher(Program prog, Text text, int end, boolean fullmatch, int[] spareStack) {
        this.stack = spareStack != null ? spareStack : new int[64];
        this.prog = prog;
        this.code = prog.code;
        this.consts = prog.consts;
        this.text = text;
        this.end = end;
        this.fullmatch = fullmatch;
        this.caps = new int[2 * (prog.groups + 1)];
        this.regs = new int[2 * prog.loops];
    }

    int[] stack() {
        return stack;
    }

    /** Match at exactly start (an empty match at noEmptyAt does not count): the end of the match, or -1. */
    int matchAt(int start, int noEmptyAt) {
        this.noEmptyAt = noEmptyAt;
        Arrays.fill(caps, -1);
        lastindex = -1;
        sp = 0;
        int r = run(0, start);
        sp = 0;
        return r;
    }

    /** The first match starting in [start, end]: {matchStart, matchEnd}, or null. See matchAt for noEmptyAt. */
    int[] search(int start, int noEmptyAt) {
        int ft = prog.firstTest, fa = prog.firstArg;
        for (int s = start; s <= end; s++) {
            if (ft >= 0) {
                if (ft == T_CHAR) {
                    while (s < end && text.at(s) != fa) s++;
                    if (s >= end) return null;
                } else {
                    while (s < end && !one(ft, fa, text.at(s))) s++;
                    if (s >= end) return null;
                }
            }
            int e = matchAt(s, noEmptyAt);
            if (e >= 0) return new int[] {s, e};
        }
        return null;
    }

    private void push(int kind, int a, int b, int c) {
        if (sp + 4 > stack.length) stack = Arrays.copyOf(stack, stack.length * 2);
        stack[sp] = kind;
        stack[sp + 1] = a;
        stack[sp + 2] = b;
        stack[sp + 3] = c;
        sp += 4;
    }

    private void setCap(int slot, int pos) {
        push(BT_CAP, slot, caps[slot], lastindex);
        caps[slot] = pos;
        if ((slot & 1) != 0) lastindex = slot >> 1;
    }

    private void setReg(int r, int v) {
        if (regs[r] == v) return;
        push(BT_REG, r, regs[r], 0);
        regs[r] = v;
    }

    private boolean one(int t, int arg, int c) {
        switch (t) {
            case T_CHAR: return c == arg;
            case T_CHAR_IC: {
                for (int x : (int[]) consts[arg]) if (x == c) return true;
                return false;
            }
            case T_ANY: return c != '\n';
            case T_ANY_ALL: return true;
            default: return ((CharSet) consts[arg]).test(c);
        }
    }

    private boolean isWord(int pos, boolean unicode) {
        return CharSet.isWord(text.at(pos), unicode);
    }

    private boolean at(int kind, boolean unicode, int pos) {
        switch (kind) {
            case Node.AT_BEGIN:
            case Node.AT_BEGIN_STRING:
                return pos == 0;
            case Node.AT_BEGIN_LINE:
                return pos == 0 || text.at(pos - 1) == '\n';
            case Node.AT_END:
                return pos == end || (pos == end - 1 && text.at(pos) == '\n');
            case Node.AT_END_LINE:
                return pos == end || (pos < text.length && text.at(pos) == '\n');
            case Node.AT_END_STRING:
                return pos == end;
            default: {
                if (end == 0) return false;
                boolean before = pos > 0 && isWord(pos - 1, unicode);
                boolean after = pos < end && isWord(pos, unicode);
                return (kind == Node.AT_BOUNDARY) == (before != after);
            }
        }
    }

    /** Removes the choice points pushed since base (its barrier included), keeping the undo entries. */
    private void commit(int base) {
        int w = base;
        for (int r = base; r < sp; r += 4) {
            int k = stack[r];
            if (k == BT_CAP || k == BT_REG) {
                if (w != r) System.arraycopy(stack, r, stack, w, 4);
                w += 4;
            }
        }
        sp = w;
    }

    /** Undoes everything pushed since base (its barrier included). */
    private void unwind(int base) {
        while (sp > base) {
            sp -= 4;
            undo(sp);
        }
    }

    private void undo(int e) {
        int k = stack[e];
        if (k == BT_CAP) {
            caps[stack[e + 1]] = stack[e + 2];
            lastindex = stack[e + 3];
        } else if (k == BT_REG) {
            regs[stack[e + 1]] = stack[e + 2];
        }
    }

    /** Runs from pc at pos until MATCH or SUCCEED: the end position, or -1 (stack back at its base). */
    private int run(int pc, int pos) {
        final int base = sp;
        push(BT_BARRIER, 0, 0, 0);
        final int[] code = this.code;
        while (true) {
            fail:
            {
                switch (code[pc]) {
                    case CHAR:
                        if (pos < end && text.at(pos) == code[pc + 1]) {
                            pos++;
                            pc += 2;
                            continue;
                        }
                        break fail;
                    case CHAR_IC:
                        if (pos < end && one(T_CHAR_IC, code[pc + 1], text.at(pos))) {
                            pos++;
                            pc += 2;
                            continue;
                        }
                        break fail;
                    case ANY:
                        if (pos < end && text.at(pos) != '\n') {
                            pos++;
                            pc += 1;
                            continue;
                        }
                        break fail;
                    case ANY_ALL:
                        if (pos < end) {
                            pos++;
                            pc += 1;
                            continue;
                        }
                        break fail;
                    case SET:
                        if (pos < end && ((CharSet) consts[code[pc + 1]]).test(text.at(pos))) {
                            pos++;
                            pc += 2;
                            continue;
                        }
                        break fail;
                    case SAVE:
                        setCap(code[pc + 1], pos);
                        pc += 2;
                        continue;
                    case SPLIT:
                        push(BT_PC, code[pc + 2], pos, 0);
                        pc = code[pc + 1];
                        continue;
                    case JMP:
                        pc = code[pc + 1];
                        continue;
                    case AT:
                        if (at(code[pc + 1], code[pc + 2] != 0, pos)) {
                            pc += 3;
                            continue;
                        }
                        break fail;
                    case BACKREF: {
                        int e = backref(code[pc + 1], code[pc + 2], pos);
                        if (e < 0) break fail;
                        pos = e;
                        pc += 3;
                        continue;
                    }
                    case RONE: {
                        int t = code[pc + 1], arg = code[pc + 2], min = code[pc + 3], max = code[pc + 4];
                        int kind = code[pc + 5];
                        if (pos > end) break fail; // only when match() has endpos before pos, as in CPython
                        if (kind == Node.LAZY) {
                            if (end - pos < min) break fail;
                            int k = 0;
                            while (k < min && one(t, arg, text.at(pos + k))) k++;
                            if (k < min) break fail;
                            if (max > min) push(BT_RONE_LAZY, pc, pos, min);
                            pos += min;
                            pc += 6;
                            continue;
                        }
                        int limit = max == Node.INF || (long) pos + max > end ? end : pos + max;
                        int q = pos;
                        if (t == T_CHAR) {
                            while (q < limit && text.at(q) == arg) q++;
                        } else if (t == T_ANY_ALL) {
                            q = limit;
                        } else {
                            while (q < limit && one(t, arg, text.at(q))) q++;
                        }
                        int count = q - pos;
                        if (count < min) break fail;
                        if (kind == Node.GREEDY && count > min) push(BT_RONE, pc, pos, count);
                        pos = q;
                        pc += 6;
                        continue;
                    }
                    case RINIT: {
                        int r = code[pc + 1];
                        setReg(2 * r, 0);
                        setReg(2 * r + 1, -1);
                        pc += 2;
                        continue;
                    }
                    case RLOOP: {
                        int r = code[pc + 1], min = code[pc + 2], max = code[pc + 3], kind = code[pc + 4];
                        int c = regs[2 * r];
                        if (c < min) {
                            pc += 6;
                            continue;
                        }
                        if (c >= max || pos == regs[2 * r + 1]) {
                            pc = code[pc + 5];
                            continue;
                        }
                        if (kind == Node.LAZY) {
                            push(BT_LAZY_BODY, pc, pos, 0);
                            pc = code[pc + 5];
                        } else {
                            push(BT_PC, code[pc + 5], pos, 0);
                            setReg(2 * r + 1, pos);
                            pc += 6;
                        }
                        continue;
                    }
                    case RTAIL: {
                        int r = code[pc + 1];
                        setReg(2 * r, regs[2 * r] + 1);
                        pc = code[pc + 2];
                        continue;
                    }
                    case ATOMIC: {
                        int b = sp;
                        int saved = lookTarget;
                        lookTarget = -1;
                        int e = run(pc + 2, pos);
                        lookTarget = saved;
                        if (e < 0) break fail;
                        commit(b);
                        pos = e;
                        pc = code[pc + 1];
                        continue;
                    }
                    case LOOK: {
                        int width = code[pc + 1];
                        boolean negate = code[pc + 2] != 0;
                        int b = sp;
                        int e;
                        int saved = lookTarget;
                        if (width < 0) {
                            lookTarget = -1;
                            e = run(pc + 4, pos);
                        } else if (pos - width < 0) {
                            e = -1;
                        } else {
                            lookTarget = pos;
                            e = run(pc + 4, pos - width);
                        }
                        lookTarget = saved;
                        if (negate) {
                            if (e >= 0) {
                                unwind(b);
                                break fail;
                            }
                        } else {
                            if (e < 0) break fail;
                            commit(b);
                        }
                        pc = code[pc + 3];
                        continue;
                    }
                    case COND: {
                        int g = code[pc + 1];
                        boolean matched = 2 * g + 1 < caps.length && caps[2 * g] >= 0 && caps[2 * g + 1] >= 0;
                        pc = matched ? pc + 3 : code[pc + 2];
                        continue;
                    }
                    case SUCCEED:
                        if (lookTarget >= 0 && pos != lookTarget) break fail;
                        return pos;
                    case MATCH:
                        if ((fullmatch && pos != end) || pos == noEmptyAt) break fail;
                        return pos;
                    default:
                        throw new IllegalStateException("bad regex opcode " + code[pc]);
                }
            }
            // backtrack
            while (true) {
                sp -= 4;
                int k = stack[sp];
                if (k == BT_BARRIER) return -1;
                if (k == BT_CAP || k == BT_REG) {
                    undo(sp);
                    continue;
                }
                if (k == BT_PC) {
                    pc = stack[sp + 1];
                    pos = stack[sp + 2];
                    break;
                }
                if (k == BT_LAZY_BODY) {
                    int lp = stack[sp + 1];
                    pos = stack[sp + 2];
                    setReg(2 * code[lp + 1] + 1, pos);
                    pc = lp + 6;
                    break;
                }
                int rpc = stack[sp + 1], start = stack[sp + 2], count = stack[sp + 3];
                int min = code[rpc + 3];
                if (k == BT_RONE) {
                    count--;
                    int next = rpc + 6;
                    if (code[next] == CHAR) {
                        int c = code[next + 1];
                        while (count >= min && (start + count >= end || text.at(start + count) != c)) count--;
                    }
                    if (count < min) continue;
                    if (count > min) {
                        stack[sp + 3] = count;
                        sp += 4;
                    }
                    pos = start + count;
                    pc = next;
                    break;
                }
                // BT_RONE_LAZY
                int max = code[rpc + 4];
                int q = start + count;
                if (count < max && q < end && one(code[rpc + 1], code[rpc + 2], text.at(q))) {
                    count++;
                    if (count < max) {
                        stack[sp + 3] = count;
                        sp += 4;
                    }
                    pos = start + count;
                    pc = rpc + 6;
                    break;
                }
            }
        }
    }

    /** Matches group g's text again at pos: the end, or -1. fold: 0 exact, 1 ASCII, 2 Unicode. */
    private int backref(int g, int fold, int pos) {
        int s = caps[2 * g], e = caps[2 * g + 1];
        if (s < 0 || e < 0) return -1;
        int len = e - s;
        if (len > end - pos) return -1;
        CaseFold f = fold == 0 ? null : fold == 1 ? CaseFold.ASCII : CaseFold.UNICODE;
        for (int k = 0; k < len; k++) {
            int a = text.at(s + k), b = text.at(pos + k);
            // CPython compares the simple lowercases here, not the wider equivalence of literals
            if (a != b && (f == null || f.lower(a) != f.lower(b))) return -1;
        }
        return pos + len;
    }
}
