package org.gilpy.modules.re;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What {@code re.DEBUG} prints: the parsed pattern as CPython 3.11 shows its parse tree, one
 * item a line, children indented by two spaces. CPython's parser simplifies alternations as
 * it builds them (a prefix common to every branch is taken out; branches that are each one
 * character or non-negated set become one IN) and inlines groups that neither capture nor
 * set flags, so this does the same on gilpy's tree, whose nodes keep what it needs
 * ({@link Node.Set#items}, {@link Node.Group#addFlags}). CPython's second part, the listing
 * of its compiled code, has no equivalent here (tag [re-debug]).
 */
final class DebugDump {
    /** One line of the tree: its text and its children. */
    private record Item(String text, List<Item> children, List<List<Item>> branches, String separator) {
        Item(String text, List<Item> children) {
            this(text, children, null, null);
        }

        void print(StringBuilder out, int level) {
            if (branches != null) {
                for (int k = 0; k < branches.size(); k++) {
                    out.append("  ".repeat(level)).append(k == 0 ? text : separator).append('\n');
                    for (Item c : branches.get(k)) c.print(out, level + 1);
                }
                return;
            }
            out.append("  ".repeat(level)).append(text).append('\n');
            for (Item c : children) c.print(out, level + 1);
        }

        /** A text that is equal for equal subtrees (for the common-prefix check). */
        String key() {
            StringBuilder b = new StringBuilder();
            print(b, 0);
            return b.toString();
        }
    }

    private DebugDump() {}

    static String dump(Node root) {
        StringBuilder out = new StringBuilder();
        for (Item i : seq(root)) i.print(out, 0);
        return out.toString();
    }

    /** The items of a node in sequence position (a Cat or an inlined group gives several). */
    private static List<Item> seq(Node n) {
        List<Item> out = new ArrayList<>();
        switch (n) {
            case Node.Cat c -> {
                for (Node x : c.items()) out.addAll(seq(x));
            }
            case Node.Group g when g.index() == 0 && g.addFlags() == 0 && g.delFlags() == 0 -> out.addAll(seq(g.body()));
            case Node.Alt a -> out.addAll(alternation(a.branches()));
            default -> out.add(item(n));
        }
        return out;
    }

    private static List<Item> alternation(List<Node> branchNodes) {
        List<List<Item>> branches = new ArrayList<>();
        for (Node b : branchNodes) branches.add(new ArrayList<>(seq(b)));
        List<Item> out = new ArrayList<>();
        // take out the items every branch starts with
        while (true) {
            String first = null;
            boolean same = true;
            for (List<Item> b : branches) {
                if (b.isEmpty()) {
                    same = false;
                    break;
                }
                String k = b.get(0).key();
                if (first == null) first = k;
                else if (!first.equals(k)) {
                    same = false;
                    break;
                }
            }
            if (!same) break;
            out.add(branches.get(0).get(0));
            for (List<Item> b : branches) b.remove(0);
        }
        // one character or set per branch: a single set
        LinkedHashSet<String> members = new LinkedHashSet<>();
        boolean set = true;
        for (List<Item> b : branches) {
            if (b.size() != 1) {
                set = false;
                break;
            }
            Item i = b.get(0);
            if (i.text().startsWith("LITERAL ")) members.add(i.text());
            else if (i.text().equals("IN") && !i.children().get(0).text().equals("NEGATE None")) {
                for (Item c : i.children()) members.add(c.text());
            } else {
                set = false;
                break;
            }
        }
        if (set) {
            List<Item> children = new ArrayList<>();
            for (String m : members) children.add(new Item(m, List.of()));
            out.add(new Item("IN", children));
        } else {
            out.add(new Item("BRANCH", List.of(), branches, "OR"));
        }
        return out;
    }

    private static Item item(Node n) {
        return switch (n) {
            case Node.Lit l -> new Item("LITERAL " + l.c(), List.of());
            case Node.Any a -> new Item("ANY None", List.of());
            case Node.Set s -> {
                if (s.items().size() == 1 && s.items().get(0).startsWith("NOT_LITERAL")) {
                    yield new Item(s.items().get(0), List.of());
                }
                List<Item> children = new ArrayList<>();
                for (String m : s.items()) children.add(new Item(m, List.of()));
                yield new Item("IN", children);
            }
            case Node.Group g -> g.index() == 0
                    ? new Item("SUBPATTERN None " + g.addFlags() + " " + g.delFlags(), seq(g.body()))
                    : new Item("SUBPATTERN " + g.index() + " 0 0", seq(g.body()));
            case Node.Repeat r -> new Item((r.kind() == Node.GREEDY ? "MAX_REPEAT " : r.kind() == Node.LAZY
                    ? "MIN_REPEAT " : "POSSESSIVE_REPEAT ") + r.min() + " " + (r.max() == Node.INF ? "MAXREPEAT"
                    : String.valueOf(r.max())), seq(r.body()));
            case Node.Atomic a -> new Item("ATOMIC_GROUP", seq(a.body()));
            case Node.Look l -> new Item((l.negate() ? "ASSERT_NOT " : "ASSERT ") + (l.behind() ? "-1" : "1"),
                    seq(l.body()));
            case Node.Backref b -> new Item("GROUPREF " + b.group(), List.of());
            case Node.Cond c -> {
                List<Item> no = seq(c.no());
                if (no.isEmpty()) yield new Item("GROUPREF_EXISTS " + c.group(), seq(c.yes()));
                yield new Item("GROUPREF_EXISTS " + c.group(), List.of(), List.of(seq(c.yes()), no), "ELSE");
            }
            case Node.At a -> new Item("AT " + switch (a.kind()) {
                case Node.AT_BEGIN, Node.AT_BEGIN_LINE -> "AT_BEGINNING";
                case Node.AT_END, Node.AT_END_LINE -> "AT_END";
                case Node.AT_BEGIN_STRING -> "AT_BEGINNING_STRING";
                case Node.AT_END_STRING -> "AT_END_STRING";
                case Node.AT_BOUNDARY -> "AT_BOUNDARY";
                default -> "AT_NON_BOUNDARY";
            }, List.of());
            case Node.Cat c -> new Item("", seq(c));
            case Node.Alt a -> new Item("", alternation(a.branches()));
        };
    }
}
