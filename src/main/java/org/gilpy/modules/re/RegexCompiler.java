package org.gilpy.modules.re;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.gilpy.modules.re.Program.*;

/** Turns a {@link Node} tree into a {@link Program}. */
final class RegexCompiler {
    private int[] code = new int[64];
    private int n;
    private final List<Object> consts = new ArrayList<>();
    private int loops;

    private RegexCompiler() {}

    static Program compile(Node root, int groups) {
        RegexCompiler c = new RegexCompiler();
        c.node(root);
        c.emit(MATCH);
        int[] first = c.firstTest();
        return new Program(Arrays.copyOf(c.code, c.n), c.consts.toArray(), c.loops, groups, first[0], first[1]);
    }

    private void emit(int... words) {
        if (n + words.length > code.length) code = Arrays.copyOf(code, Math.max(code.length * 2, n + words.length));
        for (int w : words) code[n++] = w;
    }

    private int konst(Object o) {
        consts.add(o);
        return consts.size() - 1;
    }

    /** The single-character test of a node, {t, arg}, or null when it is not one character. */
    private int[] single(Node node) {
        return switch (node) {
            case Node.Lit l -> l.fold() == null ? new int[] {T_CHAR, l.c()}
                    : new int[] {T_CHAR_IC, konst(sorted(l.fold().equivalents(l.c())))};
            case Node.Any a -> new int[] {a.dotAll() ? T_ANY_ALL : T_ANY, 0};
            case Node.Set s -> new int[] {T_SET, konst(s.set())};
            case Node.Group g when g.index() == 0 -> single(g.body());
            default -> null;
        };
    }

    private static int[] sorted(int[] a) {
        int[] b = a.clone();
        Arrays.sort(b);
        return b;
    }

    private void node(Node node) {
        switch (node) {
            case Node.Lit l -> {
                if (l.fold() == null) emit(CHAR, l.c());
                else emit(CHAR_IC, konst(sorted(l.fold().equivalents(l.c()))));
            }
            case Node.Any a -> emit(a.dotAll() ? ANY_ALL : ANY);
            case Node.Set s -> emit(SET, konst(s.set()));
            case Node.Cat c -> {
                for (Node x : c.items()) node(x);
            }
            case Node.Alt a -> {
                List<Integer> jumps = new ArrayList<>();
                List<Node> bs = a.branches();
                for (int k = 0; k < bs.size(); k++) {
                    if (k < bs.size() - 1) {
                        int split = n;
                        emit(SPLIT, n + 3, 0);
                        node(bs.get(k));
                        jumps.add(n);
                        emit(JMP, 0);
                        code[split + 2] = n;
                    } else {
                        node(bs.get(k));
                    }
                }
                for (int j : jumps) code[j + 1] = n;
            }
            case Node.Group g -> {
                if (g.index() == 0) {
                    node(g.body());
                } else {
                    emit(SAVE, 2 * g.index());
                    node(g.body());
                    emit(SAVE, 2 * g.index() + 1);
                }
            }
            case Node.Repeat r -> repeat(r);
            case Node.Atomic a -> {
                int at = n;
                emit(ATOMIC, 0);
                node(a.body());
                emit(SUCCEED);
                code[at + 1] = n;
            }
            case Node.Look l -> {
                int at = n;
                emit(LOOK, l.behind() ? l.width()[0] : -1, l.negate() ? 1 : 0, 0);
                node(l.body());
                emit(SUCCEED);
                code[at + 3] = n;
            }
            case Node.Backref b -> emit(BACKREF, b.group(), b.fold() == null ? 0 : b.fold() == CaseFold.UNICODE ? 2 : 1);
            case Node.Cond c -> {
                int at = n;
                emit(COND, c.group(), 0);
                node(c.yes());
                int j = n;
                emit(JMP, 0);
                code[at + 2] = n;
                node(c.no());
                code[j + 1] = n;
            }
            case Node.At a -> emit(AT, a.kind(), a.unicode() ? 1 : 0);
        }
    }

    private void repeat(Node.Repeat r) {
        int min = r.min(), max = r.max();
        if (max == 0) return;
        int[] one = single(r.body());
        if (one != null) {
            emit(RONE, one[0], one[1], min, max, r.kind());
            return;
        }
        if (r.kind() == Node.POSSESSIVE) {
            // CPython matches each iteration of a possessive repeat atomically too:
            // (?:a|ab){2}+c does not match "abac"
            node(new Node.Atomic(new Node.Repeat(new Node.Atomic(r.body()), min, max, Node.GREEDY)));
            return;
        }
        if (min == 1 && max == 1) {
            node(r.body());
            return;
        }
        if (min == 0 && max == 1) {
            int split = n;
            emit(SPLIT, 0, 0);
            int body = n;
            node(r.body());
            if (r.kind() == Node.GREEDY) {
                code[split + 1] = body;
                code[split + 2] = n;
            } else {
                code[split + 1] = n;
                code[split + 2] = body;
            }
            return;
        }
        int reg = loops++;
        emit(RINIT, reg);
        int loop = n;
        emit(RLOOP, reg, min, max, r.kind(), 0);
        node(r.body());
        emit(RTAIL, reg, loop);
        code[loop + 5] = n;
    }

    /** The test every match's first character passes, when the program begins with one. */
    private int[] firstTest() {
        int pc = 0;
        // group starts and assertions (\b, ^, ...) take no character: the first one is the next test's
        while (code[pc] == SAVE || code[pc] == AT) pc += code[pc] == SAVE ? 2 : 3;
        return switch (code[pc]) {
            case CHAR -> new int[] {T_CHAR, code[pc + 1]};
            case CHAR_IC -> new int[] {T_CHAR_IC, code[pc + 1]};
            case ANY -> new int[] {T_ANY, 0};
            case SET -> new int[] {T_SET, code[pc + 1]};
            case RONE -> code[pc + 3] >= 1 ? new int[] {code[pc + 1], code[pc + 2]} : new int[] {-1, 0};
            default -> new int[] {-1, 0};
        };
    }
}
