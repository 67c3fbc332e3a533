package org.gilpy.modules.re;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gilpy.objects.PyExc;
import org.gilpy.objects.StrCase;
import org.gilpy.objects.Warn;

/**
 * Parses the regular-expression syntax of CPython 3.11 into {@link Node}s, with the same
 * error messages and positions as CPython's {@code re.error}. The pattern is a sequence
 * of code points (str) or byte values (bytes). Flags that change how a node matches are
 * settled in the node as it is built, so scoped flags ({@code (?i:...)}) need no later pass.
 */
final class RegexParser {
    static final int TEMPLATE = 1, IGNORECASE = 2, LOCALE = 4, MULTILINE = 8, DOTALL = 16, UNICODE = 32,
            VERBOSE = 64, DEBUG = 128, ASCII = 256;

    /** The largest repeat count plus one (CPython's MAXREPEAT). */
    private static final long MAXREPEAT = 4294967295L;

    /** What a parse produces. */
    record Result(Node root, int flags, int groups, Map<String, Integer> names) {}

    private final int[] p;
    private final boolean bytes;
    private int i;
    private int flags;
    private int groups;
    private final Map<String, Integer> names = new LinkedHashMap<>();
    private final BitSet open = new BitSet();
    private final List<Node> groupBodies = new ArrayList<>(List.of(new Node.Cat(List.of())));
    /** Conditional references to check once all groups are known: {group, pos}. */
    private final List<int[]> condRefs = new ArrayList<>();
    private final List<Node.Look> lookbehinds = new ArrayList<>();
    /** The group count when the innermost lookbehind began, or -1 outside lookbehinds. */
    private int lookbehindGroups = -1;

    private RegexParser(int[] p, boolean bytes, int flags) {
        this.p = p;
        this.bytes = bytes;
        this.flags = flags;
    }

    static Result parse(int[] pattern, boolean bytes, int flags) {
        RegexParser ps = new RegexParser(pattern, bytes, flags);
        checkFlags(ps.flags, bytes);
        Node root = ps.parseAlt(true);
        if (ps.i < pattern.length) {
            throw new RegexError("unbalanced parenthesis", ps.i);  // only ')' stops a top-level parse early
        }
        int f = ps.flags;
        checkFlags(f, bytes);  // before the group references, as in CPython
        for (int[] ref : ps.condRefs) {
            if (ref[0] > ps.groups) throw new RegexError("invalid group reference " + ref[0], ref[1]);
        }
        if (!bytes && (f & ASCII) == 0) f |= UNICODE;
        for (Node.Look lb : ps.lookbehinds) {
            long[] w = ps.width(lb.body());
            if (w[0] != w[1]) throw new RegexError("look-behind requires fixed-width pattern", -1);
            lb.width()[0] = (int) w[0];
        }
        if ((f & TEMPLATE) != 0) {
            String op = firstRepeat(root);
            if (op != null) throw new RegexError("internal: unsupported template operator " + op, -1);
        }
        return new Result(root, f, ps.groups, ps.names);
    }

    /** The CPython name of the first repeat in the tree (what re.TEMPLATE rejects), or null. */
    private static String firstRepeat(Node n) {
        return switch (n) {
            case Node.Repeat r -> r.kind() == Node.GREEDY ? "MAX_REPEAT" : r.kind() == Node.LAZY ? "MIN_REPEAT"
                    : "POSSESSIVE_REPEAT";
            case Node.Group g -> firstRepeat(g.body());
            case Node.Atomic a -> firstRepeat(a.body());
            case Node.Look l -> firstRepeat(l.body());
            case Node.Cat c -> firstOf(c.items());
            case Node.Alt a -> firstOf(a.branches());
            case Node.Cond c -> {
                String y = firstRepeat(c.yes());
                yield y != null ? y : firstRepeat(c.no());
            }
            default -> null;
        };
    }

    private static String firstOf(List<Node> nodes) {
        for (Node x : nodes) {
            String r = firstRepeat(x);
            if (r != null) return r;
        }
        return null;
    }

    private static void checkFlags(int f, boolean bytes) {
        if (bytes) {
            if ((f & UNICODE) != 0) throw new RegexError(RegexError.Kind.VALUE, "cannot use UNICODE flag with a bytes pattern", -1);
            if ((f & LOCALE) != 0 && (f & ASCII) != 0) {
                throw new RegexError(RegexError.Kind.VALUE, "ASCII and LOCALE flags are incompatible", -1);
            }
        } else {
            if ((f & LOCALE) != 0) throw new RegexError(RegexError.Kind.VALUE, "cannot use LOCALE flag with a str pattern", -1);
            if ((f & ASCII) != 0 && (f & UNICODE) != 0) {
                throw new RegexError(RegexError.Kind.VALUE, "ASCII and UNICODE flags are incompatible", -1);
            }
        }
    }

    // ---- helpers ------------------------------------------------------------------------

    private boolean more() {
        return i < p.length;
    }

    private boolean at(int c) {
        return i < p.length && p[i] == c;
    }

    private String text(int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < Math.min(to, p.length); k++) b.appendCodePoint(p[k]);
        return b.toString();
    }

    private boolean unicode() {
        return !bytes && (flags & (ASCII | LOCALE)) == 0;
    }

    private CaseFold fold() {
        if ((flags & IGNORECASE) == 0) return null;
        return unicode() ? CaseFold.UNICODE : CaseFold.ASCII;
    }

    private void skipVerbose() {
        if ((flags & VERBOSE) == 0) return;
        while (i < p.length) {
            int c = p[i];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c) i++;
            else if (c == '#') {
                while (i < p.length && p[i] != '\n') i++;
            } else break;
        }
    }

    // ---- structure ----------------------------------------------------------------------

    private Node parseAlt(boolean top) {
        List<Node> branches = new ArrayList<>();
        while (true) {
            branches.add(parseSeq(top && branches.isEmpty()));
            if (at('|')) {
                i++;
                continue;
            }
            break;
        }
        return branches.size() == 1 ? branches.get(0) : new Node.Alt(branches);
    }

    /** A sequence up to '|', ')' or the end; {@code first}: global flags are still allowed. */
    private Node parseSeq(boolean first) {
        List<Node> items = new ArrayList<>();
        while (true) {
            skipVerbose();
            if (!more()) break;
            int c = p[i];
            if (c == '|' || c == ')') break;
            int start = i;
            switch (c) {
                case '*', '+', '?' -> {
                    i++;
                    repeat(items, start, c == '*' ? 0 : c == '+' ? 1 : 0, c == '?' ? 1 : Node.INF);
                }
                case '{' -> {
                    long[] mm = braces();
                    if (mm == null) {
                        i++;
                        items.add(lit('{'));
                    }
                    else repeat(items, start, mm[0], mm[1]);
                }
                case '(' -> {
                    Node g = group(first && items.isEmpty());
                    if (g != null) items.add(g);
                }
                case '[' -> items.add(charClass());
                case '.' -> {
                    i++;
                    items.add(new Node.Any((flags & DOTALL) != 0));
                }
                case '^' -> {
                    i++;
                    items.add(new Node.At((flags & MULTILINE) != 0 ? Node.AT_BEGIN_LINE : Node.AT_BEGIN, false));
                }
                case '$' -> {
                    i++;
                    items.add(new Node.At((flags & MULTILINE) != 0 ? Node.AT_END_LINE : Node.AT_END, false));
                }
                case '\\' -> items.add(escape());
                default -> {
                    i++;
                    items.add(lit(c));
                }
            }
        }
        return items.size() == 1 ? items.get(0) : new Node.Cat(items);
    }

    private Node lit(int c) {
        CaseFold f = fold();
        if (f != null && f.equivalents(c).length == 1) f = null;
        return new Node.Lit(c, f);
    }

    /** Reads {m}, {m,}, {,n}, {m,n} at '{'; null (nothing consumed) when it is a literal brace. */
    private long[] braces() {
        int save = i;
        i++;
        int s = i;
        while (more() && p[i] >= '0' && p[i] <= '9') i++;
        String lo = text(s, i), hi = lo;
        if (at(',')) {
            i++;
            int h = i;
            while (more() && p[i] >= '0' && p[i] <= '9') i++;
            hi = text(h, i);
        }
        if (!at('}') || (lo.isEmpty() && hi.isEmpty() && p[i - 1] != ',')) {
            i = save;
            return null;
        }
        i++;
        long min = lo.isEmpty() ? 0 : parseCount(lo);
        long max = hi.isEmpty() ? Node.INF : parseCount(hi);
        if (max < min) throw new RegexError("min repeat greater than max repeat", s);
        return new long[] {min, max};
    }

    private static long parseCount(String digits) {
        java.math.BigInteger v = new java.math.BigInteger(digits);
        if (v.compareTo(java.math.BigInteger.valueOf(MAXREPEAT)) >= 0) {
            throw new RegexError(RegexError.Kind.OVERFLOW, "the repetition number is too large", -1);
        }
        long n = v.longValue();
        return n >= Node.INF ? Node.INF - 1 : n;
    }

    private void repeat(List<Node> items, int opPos, long min, long max) {
        Node last = items.isEmpty() ? null : items.get(items.size() - 1);
        if (last == null || last instanceof Node.At) throw new RegexError("nothing to repeat", opPos);
        if (last instanceof Node.Repeat) throw new RegexError("multiple repeat", opPos);
        int kind = Node.GREEDY;
        if (at('?')) {
            i++;
            kind = Node.LAZY;
        } else if (at('+')) {
            i++;
            kind = Node.POSSESSIVE;
        }
        items.set(items.size() - 1, new Node.Repeat(last, (int) min, (int) Math.min(max, Node.INF), kind));
    }

    /** A parenthesized construct at '('; null for comments and global flags. */
    private Node group(boolean atStart) {
        int start = i;
        i++;
        if (!at('?')) {
            int index = ++groups;
            open.set(index);
            groupBodies.add(null);
            Node body = parseAlt(false);
            close(start);
            open.clear(index);
            groupBodies.set(index, body);
            return new Node.Group(index, body);
        }
        i++;
        if (!more()) throw new RegexError("unexpected end of pattern", i);
        int c = p[i++];
        switch (c) {
            case ':' -> {
                Node body = parseAlt(false);
                close(start);
                return new Node.Group(0, body);
            }
            case 'P' -> {
                if (!more()) throw new RegexError("unexpected end of pattern", i);
                int d = p[i++];
                if (d == '<') {
                    int ns = i;
                    String name = name('>', "missing >, unterminated name");
                    checkName(name, ns);
                    int index = ++groups;
                    Integer old = names.get(name);
                    if (old != null) {
                        throw new RegexError("redefinition of group name " + quote(name) + " as group " + index
                                + "; was group " + old, ns);
                    }
                    names.put(name, index);
                    open.set(index);
                    groupBodies.add(null);
                    Node body = parseAlt(false);
                    close(start);
                    open.clear(index);
                    groupBodies.set(index, body);
                    return new Node.Group(index, body);
                }
                if (d == '=') {
                    int ns = i;
                    String name = name(')', "missing ), unterminated name");
                    checkName(name, ns);
                    Integer g = names.get(name);
                    if (g == null) throw new RegexError("unknown group name " + quote(name), ns);
                    return backref(g, ns, i);
                }
                throw new RegexError("unknown extension ?P" + new String(Character.toChars(d)), start + 1);
            }
            case '#' -> {
                while (more() && p[i] != ')') i++;
                if (!more()) throw new RegexError("missing ), unterminated comment", start);
                i++;
                return null;
            }
            case '=', '!' -> {
                Node body = parseAlt(false);
                close(start);
                return new Node.Look(body, false, c == '!', null);
            }
            case '<' -> {
                if (!more()) throw new RegexError("unexpected end of pattern", i);
                int d = p[i++];
                if (d != '=' && d != '!') {
                    throw new RegexError("unknown extension ?<" + new String(Character.toChars(d)), start + 1);
                }
                int saved = lookbehindGroups;
                lookbehindGroups = groups;
                Node body = parseAlt(false);
                close(start);
                lookbehindGroups = saved;
                Node.Look lb = new Node.Look(body, true, d == '!', new int[1]);
                lookbehinds.add(lb);
                return lb;
            }
            case '>' -> {
                Node body = parseAlt(false);
                close(start);
                return new Node.Atomic(body);
            }
            case '(' -> {
                return conditional(start);
            }
            default -> {
                if (c == '-' || isFlag(c)) return flagGroup(start, atStart);
                throw new RegexError("unknown extension ?" + new String(Character.toChars(c)), start + 1);
            }
        }
    }

    private void close(int start) {
        if (!at(')')) throw new RegexError("missing ), unterminated subpattern", start);
        i++;
    }

    private String name(int terminator, String unterminated) {
        int s = i;
        while (more() && p[i] != terminator) i++;
        String name = text(s, i);
        if (!more()) {
            if (name.isEmpty()) throw new RegexError("missing group name", s);
            throw new RegexError(unterminated, s);
        }
        i++;
        return name;
    }

    private void checkName(String name, int pos) {
        if (name.isEmpty()) throw new RegexError("missing group name", pos);
        if (!StrCase.isIdentifier(name)) throw new RegexError("bad character in group name " + quote(name), pos);
    }

    /** repr() of a str, as the messages quote names. */
    static String quote(String s) {
        return org.gilpy.objects.PyStr.of(s).__repr__();
    }

    private Node backref(int g, int pos, int lookbehindPos) {
        if (open.get(g)) throw new RegexError("cannot refer to an open group", pos);
        if (lookbehindGroups >= 0 && g > lookbehindGroups) {
            throw new RegexError("cannot refer to group defined in the same lookbehind subpattern", lookbehindPos);
        }
        return new Node.Backref(g, fold());
    }

    private Node conditional(int start) {
        int ns = i;
        String name = name(')', "missing ), unterminated name");
        int g;
        if (name.isEmpty()) throw new RegexError("missing group name", ns);
        if (name.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            java.math.BigInteger v = new java.math.BigInteger(name);
            if (v.signum() == 0) throw new RegexError("bad group number", ns);
            if (v.bitLength() > 30) throw new RegexError("invalid group reference " + name, ns);
            g = v.intValue();
            condRefs.add(new int[] {g, ns});
        } else {
            if (!StrCase.isIdentifier(name)) throw new RegexError("bad character in group name " + quote(name), ns);
            Integer n = names.get(name);
            if (n == null) throw new RegexError("unknown group name " + quote(name), ns);
            g = n;
        }
        if (lookbehindGroups >= 0) {
            // inside a lookbehind the group must exist and be closed already
            if (g > groups || open.get(g)) throw new RegexError("cannot refer to an open group", i);
            if (g > lookbehindGroups) {
                throw new RegexError("cannot refer to group defined in the same lookbehind subpattern", i);
            }
        }
        Node yes = parseSeq(false);
        Node no = new Node.Cat(List.of());
        if (at('|')) {
            i++;
            no = parseSeq(false);
            if (at('|')) throw new RegexError("conditional backref with more than two branches", i);
        }
        close(start);
        return new Node.Cond(g, yes, no, ns);
    }

    private static boolean isFlag(int c) {
        return c == 'a' || c == 'i' || c == 'L' || c == 'm' || c == 's' || c == 'u' || c == 'x';
    }

    private static int flagBit(int c) {
        return switch (c) {
            case 'a' -> ASCII;
            case 'i' -> IGNORECASE;
            case 'L' -> LOCALE;
            case 'm' -> MULTILINE;
            case 's' -> DOTALL;
            case 'u' -> UNICODE;
            default -> VERBOSE;
        };
    }

    private static final int TYPE_FLAGS = ASCII | LOCALE | UNICODE;

    /** {@code (?flags)}, {@code (?flags:...)}, {@code (?flags-flags:...)}; i is past the first letter. */
    private Node flagGroup(int start, boolean atStart) {
        i--;
        int on = 0, off = 0;
        while (more() && isFlag(p[i])) {
            int c = p[i++];
            if (bytes && c == 'u') throw new RegexError("bad inline flags: cannot use 'u' flag with a bytes pattern", i);
            if (!bytes && c == 'L') throw new RegexError("bad inline flags: cannot use 'L' flag with a str pattern", i);
            on |= flagBit(c);
            if ((on & TYPE_FLAGS) != 0 && Integer.bitCount(on & TYPE_FLAGS) > 1) {
                throw new RegexError("bad inline flags: flags 'a', 'u' and 'L' are incompatible", i);
            }
        }
        if (!more()) throw new RegexError("missing -, : or )", i);
        if (p[i] == ')') {
            if (!atStart) throw new RegexError("global flags not at the start of the expression", start);
            i++;
            flags |= on;
            return null;
        }
        if (p[i] == '-') {
            i++;
            if (!more()) throw new RegexError("missing flag", i);
            if (!isFlag(p[i])) {
                throw new RegexError(Character.isLetter(p[i]) ? "unknown flag" : "missing flag", i);
            }
            while (more() && isFlag(p[i])) {
                int c = p[i++];
                if ((flagBit(c) & TYPE_FLAGS) != 0) {
                    throw new RegexError("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", i);
                }
                off |= flagBit(c);
            }
            if (!more()) throw new RegexError("missing :", i);
            if (p[i] != ':') {
                throw new RegexError(Character.isLetter(p[i]) ? "unknown flag" : "missing :", i);
            }
            if ((on & off) != 0) throw new RegexError("bad inline flags: flag turned on and off", i);
        } else if (p[i] != ':') {
            throw new RegexError(Character.isLetter(p[i]) ? "unknown flag" : "missing -, : or )", i);
        }
        i++;
        int saved = flags;
        if ((on & TYPE_FLAGS) != 0) flags &= ~TYPE_FLAGS;
        flags = (flags | on) & ~off;
        Node body = parseAlt(false);
        close(start);
        flags = saved;
        return new Node.Group(0, body, on, off);
    }

    // ---- escapes ------------------------------------------------------------------------

    private Node escape() {
        int start = i;
        i++;
        if (!more()) throw new RegexError("bad escape (end of pattern)", start);
        int c = p[i++];
        switch (c) {
            case 'A': return new Node.At(Node.AT_BEGIN_STRING, false);
            case 'Z': return new Node.At(Node.AT_END_STRING, false);
            case 'b': return new Node.At(Node.AT_BOUNDARY, unicode());
            case 'B': return new Node.At(Node.AT_NON_BOUNDARY, unicode());
            case 'd': return new Node.Set(CharSet.category(CharSet.DIGIT, unicode()), List.of("CATEGORY CATEGORY_DIGIT"));
            case 'D': return new Node.Set(CharSet.category(CharSet.NOT_DIGIT, unicode()), List.of("CATEGORY CATEGORY_NOT_DIGIT"));
            case 's': return new Node.Set(CharSet.category(CharSet.SPACE, unicode()), List.of("CATEGORY CATEGORY_SPACE"));
            case 'S': return new Node.Set(CharSet.category(CharSet.NOT_SPACE, unicode()), List.of("CATEGORY CATEGORY_NOT_SPACE"));
            case 'w': return new Node.Set(CharSet.category(CharSet.WORD, unicode()), List.of("CATEGORY CATEGORY_WORD"));
            case 'W': return new Node.Set(CharSet.category(CharSet.NOT_WORD, unicode()), List.of("CATEGORY CATEGORY_NOT_WORD"));
            default:
        }
        if (c >= '1' && c <= '9') {
            if (more() && p[i] >= '0' && p[i] <= '9') {
                if (c <= '7' && p[i] <= '7' && i + 1 < p.length && p[i + 1] >= '0' && p[i + 1] <= '7') {
                    int v = (c - '0') * 64 + (p[i] - '0') * 8 + (p[i + 1] - '0');
                    i += 2;
                    if (v > 0377) throw new RegexError("octal escape value " + text(start, i) + " outside of range 0-0o377", start);
                    return lit(v);
                }
                int g = (c - '0') * 10 + (p[i++] - '0');
                return groupRef(g, start);
            }
            return groupRef(c - '0', start);
        }
        return lit(literalEscape(start, c));
    }

    private Node groupRef(int g, int start) {
        if (g > groups) throw new RegexError("invalid group reference " + g, start + 1);
        return backref(g, start, i);
    }

    /** The character of an escape that stands for one (shared by classes); i is past c. */
    private int literalEscape(int start, int c) {
        switch (c) {
            case 'a': return 7;
            case 'f': return 12;
            case 'n': return 10;
            case 'r': return 13;
            case 't': return 9;
            case 'v': return 11;
            case '\\': return '\\';
            case 'x': return hex(start, 2, 2);
            case 'u':
                if (!bytes) return hex(start, 4, 4);
                break;
            case 'U':
                if (!bytes) {
                    int v = hex(start, 8, 8);
                    if (v < 0 || v > 0x10ffff) throw new RegexError("bad escape " + text(start, i), start);
                    return v;
                }
                break;
            case 'N':
                if (!bytes) return namedChar(start);
                break;
            case '0': {
                int v = 0, n = 0;
                while (n < 2 && more() && p[i] >= '0' && p[i] <= '7') {
                    v = v * 8 + p[i++] - '0';
                    n++;
                }
                return v;
            }
            default:
        }
        if (c < 128 && (Character.isLetterOrDigit(c))) {
            throw new RegexError("bad escape " + text(start, start + 2), start);
        }
        return c;
    }

    private int hex(int start, int min, int max) {
        long v = 0;
        int n = 0;
        while (n < max && more() && Character.digit(p[i], 16) >= 0 && p[i] < 128) {
            v = v * 16 + Character.digit(p[i++], 16);
            n++;
        }
        if (n < min) throw new RegexError("incomplete escape " + text(start, i), start);
        return v > Integer.MAX_VALUE ? -1 : (int) v;
    }

    private int namedChar(int start) {
        if (!at('{')) throw new RegexError("missing {", i);
        i++;
        int ns = i;
        while (more() && p[i] != '}') i++;
        String name = text(ns, i);
        if (name.isEmpty()) throw new RegexError("missing character name", ns);
        if (!more()) throw new RegexError("missing }, unterminated name", ns);
        i++;
        try {
            return Character.codePointOf(name);
        } catch (IllegalArgumentException e) {
            throw new RegexError("undefined character name " + quote(name), start);
        }
    }

    // ---- character classes ------------------------------------------------------------

    private Node charClass() {
        int start = i;
        i++;
        if (at('[')) warn("Possible nested set", i);
        boolean negate = false;
        if (at('^')) {
            i++;
            negate = true;
        }
        List<Integer> ranges = new ArrayList<>();
        List<String> items = new ArrayList<>();
        if (negate) items.add("NEGATE None");
        int cats = 0;
        boolean first = true;
        while (true) {
            if (!more()) throw new RegexError("unterminated character set", start);
            if (p[i] == ']' && !first) {
                i++;
                break;
            }
            if (!first) setOperation();
            first = false;
            int itemStart = i;
            int[] lo = classItem();
            if (at('-') && i + 1 < p.length && p[i + 1] != ']') {
                setOperation();
                i++;
                int[] hi = classItem();
                if (lo[1] != 0 || hi[1] != 0) {
                    throw new RegexError("bad character range " + text(itemStart, i), itemStart);
                }
                if (hi[0] < lo[0]) throw new RegexError("bad character range " + text(itemStart, i), itemStart);
                ranges.add(lo[0]);
                ranges.add(hi[0]);
                items.add("RANGE (" + lo[0] + ", " + hi[0] + ")");
            } else if (at('-') && i + 1 >= p.length) {
                throw new RegexError("unterminated character set", start);
            } else if (lo[1] != 0) {
                cats |= lo[1];
                items.add("CATEGORY CATEGORY_" + CharSet.categoryName(lo[1]));
            } else {
                ranges.add(lo[0]);
                ranges.add(lo[0]);
                items.add("LITERAL " + lo[0]);
            }
        }
        int[] r = new int[ranges.size()];
        for (int k = 0; k < r.length; k++) r[k] = ranges.get(k);
        if (!negate && cats == 0 && r.length == 2 && r[0] == r[1] && items.get(0).startsWith("LITERAL")) return lit(r[0]);
        if (negate && cats == 0 && r.length == 2 && r[0] == r[1] && items.size() == 2) {
            items = List.of("NOT_LITERAL " + r[0]);
        }
        return new Node.Set(new CharSet(r, cats, negate, fold(), unicode()), items);
    }

    /** CPython's FutureWarning for a doubled '-', '&', '~' or '|' in a set: a set operation one day. */
    private void setOperation() {
        if (i + 1 < p.length && p[i + 1] == p[i]) {
            switch (p[i]) {
                case '-' -> warn("Possible set difference", i);
                case '&' -> warn("Possible set intersection", i);
                case '~' -> warn("Possible set symmetric difference", i);
                case '|' -> warn("Possible set union", i);
                default -> { }
            }
        }
    }

    /** A FutureWarning about the pattern, attributed to the caller of re's function (stacklevel 3). */
    private static void warn(String what, int pos) {
        Warn.warn(PyExc.FutureWarning, what + " at position " + pos, 3);
    }

    /** One class member: {char, 0} or {0, category}. */
    private int[] classItem() {
        int c = p[i];
        if (c != '\\') {
            i++;
            return new int[] {c, 0};
        }
        int start = i;
        i++;
        if (!more()) throw new RegexError("unterminated character set", start - 1);
        c = p[i++];
        switch (c) {
            case 'd': return new int[] {0, CharSet.DIGIT};
            case 'D': return new int[] {0, CharSet.NOT_DIGIT};
            case 's': return new int[] {0, CharSet.SPACE};
            case 'S': return new int[] {0, CharSet.NOT_SPACE};
            case 'w': return new int[] {0, CharSet.WORD};
            case 'W': return new int[] {0, CharSet.NOT_WORD};
            case 'b': return new int[] {8, 0};
            default:
        }
        if (c >= '1' && c <= '7') {
            int v = c - '0', n = 1;
            while (n < 3 && more() && p[i] >= '0' && p[i] <= '7') {
                v = v * 8 + p[i++] - '0';
                n++;
            }
            if (v > 0377) throw new RegexError("octal escape value " + text(start, i) + " outside of range 0-0o377", start);
            return new int[] {v, 0};
        }
        return new int[] {literalEscape(start, c), 0};
    }

    // ---- widths -------------------------------------------------------------------------

    /** {min, max} characters a node matches (max capped at Long.MAX_VALUE / 4). */
    private long[] width(Node n) {
        final long big = Long.MAX_VALUE / 4;
        return switch (n) {
            case Node.Lit l -> new long[] {1, 1};
            case Node.Any a -> new long[] {1, 1};
            case Node.Set s -> new long[] {1, 1};
            case Node.At a -> new long[] {0, 0};
            case Node.Look l -> new long[] {0, 0};
            case Node.Group g -> width(g.body());
            case Node.Atomic a -> width(a.body());
            case Node.Cat c -> {
                long lo = 0, hi = 0;
                for (Node x : c.items()) {
                    long[] w = width(x);
                    lo = Math.min(big, lo + w[0]);
                    hi = Math.min(big, hi + w[1]);
                }
                yield new long[] {lo, hi};
            }
            case Node.Alt a -> {
                long lo = big, hi = 0;
                for (Node x : a.branches()) {
                    long[] w = width(x);
                    lo = Math.min(lo, w[0]);
                    hi = Math.max(hi, w[1]);
                }
                yield new long[] {lo, hi};
            }
            case Node.Repeat r -> {
                long[] w = width(r.body());
                long hi = r.max() == Node.INF ? (w[1] == 0 ? 0 : big) : Math.min(big, w[1] * r.max());
                yield new long[] {Math.min(big, w[0] * r.min()), hi};
            }
            case Node.Backref b -> {
                Node body = b.group() < groupBodies.size() ? groupBodies.get(b.group()) : null;
                yield body == null ? new long[] {0, big} : width(body);
            }
            case Node.Cond c -> {
                long[] y = width(c.yes()), no = width(c.no());
                yield new long[] {Math.min(y[0], no[0]), Math.max(y[1], no[1])};
            }
        };
    }
}
