package org.gilpy.parse;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.gilpy.ast.Expr;
import org.gilpy.ast.Pos;

/**
 * A run of adjacent string literals ({@code 'a' "b" f"{c}"}) becomes one node: a
 * {@link Expr.Constant} holding a str or {@link Expr.Bytes}, or a {@link Expr.JoinedStr}
 * when any part is an f-string (parsed by {@link FStrings}). As in CPython, each literal is
 * decoded in order, and a decoding error is reported at the token after the whole run.
 */
final class Strings {
    private final TokenStream ts;

    Strings(TokenStream ts) {
        this.ts = ts;
    }

    /** The prefix letters and the body (between the quotes) of one STRING token. */
    record Literal(int[] cps, int bodyStart, int bodyEnd, boolean bytes, boolean raw, boolean f) {
        static Literal of(Token t) {
            int[] cps = t.text().codePoints().toArray();
            boolean bytes = false, raw = false, f = false;
            int i = 0;
            while (cps[i] != '\'' && cps[i] != '"') {
                switch (cps[i]) {
                    case 'b', 'B' -> bytes = true;
                    case 'r', 'R' -> raw = true;
                    case 'f', 'F' -> f = true;
                    default -> { }
                }
                i++;
            }
            int quote = cps[i];
            int q = cps.length - i >= 6 && cps[i + 1] == quote && cps[i + 2] == quote ? 3 : 1;
            return new Literal(cps, i + q, cps.length - q, bytes, raw, f);
        }
    }

    /** strings: STRING+ at the cursor. */
    Expr concatenation() {
        int start = ts.mark;
        List<Token> tokens = new ArrayList<>();
        while (ts.peek().kind() == Token.Kind.STRING) tokens.add(ts.next());
        Pos whole = ts.pos(start);
        FStrings.Builder text = new FStrings.Builder(whole);
        ByteArrayOutputStream bytes = null;
        boolean bytesMode = false, fMode = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Literal lit = Literal.of(t);
            String str = null;
            byte[] data = null;
            if (!lit.f) {
                try {
                    if (lit.bytes) {
                        for (int k = lit.bodyStart; k < lit.bodyEnd; k++) {
                            if (lit.cps[k] >= 0x80) throw ts.errorAt(t, "bytes can only contain ASCII literal characters");
                        }
                        data = Escapes.decodeBytes(lit.cps, lit.bodyStart, lit.bodyEnd, lit.raw);
                    } else if (lit.raw) {
                        str = new String(lit.cps, lit.bodyStart, lit.bodyEnd - lit.bodyStart);
                    } else {
                        str = Escapes.decodeStr(lit.cps, lit.bodyStart, lit.bodyEnd);
                    }
                } catch (Escapes.Failure e) {
                    throw ts.error(e.message);
                }
            }
            if (i != 0 && bytesMode != lit.bytes) throw ts.error("cannot mix bytes and nonbytes literals");
            bytesMode = lit.bytes;
            if (lit.f) {
                fMode = true;
                new FStrings(ts, t, lit, whole).parse(text);
            } else if (bytesMode) {
                if (bytes == null) bytes = new ByteArrayOutputStream();
                bytes.writeBytes(data);
            } else {
                text.addLiteral(str);
            }
        }
        if (bytesMode) return new Expr.Constant(whole, new Expr.Bytes(bytes.toByteArray()));
        if (!fMode) return new Expr.Constant(whole, text.literal());
        return text.finish(whole, whole);
    }
}
