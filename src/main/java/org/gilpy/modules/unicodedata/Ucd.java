package org.gilpy.modules.unicodedata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * One version of the Unicode character database as CPython 3.11's unicodedata answers it:
 * {@link #V14} (the module, Unicode 14.0.0) or {@link #V3_2} ({@code ucd_3_2_0}). The data
 * comes from {@code unicodedata.bin}, which {@code tools/gen_unicodedata.py} writes by
 * asking CPython about every code point; it is read on first use, both versions at once
 * (they share the names and the normalizer's tables).
 *
 * <p>Each property is a run-length table over 0..0x10FFFF ({@link Runs}). Besides the
 * public properties a database has {@code named} (name() answers), {@code lookup}
 * (lookup() of the 14.0 name answers), {@code excluded} (a canonical decomposition NFC does
 * not recompose) and {@code nfd}/{@code nfkd} (full decompositions that override the
 * normalizer's own, where ucd_3_2_0 keeps the values Unicode 3.2 had).
 */
final class Ucd {
    static final int CODE_POINTS = 0x110000;

    final String version;
    final Runs category, bidirectional, eastAsianWidth, combining, mirrored, decimal, digit, numeric,
            decomposition, named, lookup, excluded, nfd, nfkd;

    private Ucd(Reader r) {
        version = r.string();
        category = new Runs(r);
        bidirectional = new Runs(r);
        eastAsianWidth = new Runs(r);
        combining = new Runs(r);
        mirrored = new Runs(r);
        decimal = new Runs(r);
        digit = new Runs(r);
        numeric = new Runs(r);
        decomposition = new Runs(r);
        named = new Runs(r);
        lookup = new Runs(r);
        excluded = new Runs(r);
        nfd = new Runs(r);
        nfkd = new Runs(r);
    }

    /** The module's database (Unicode 14.0.0). */
    static Ucd v14() {
        return Data.INSTANCE.v14;
    }

    /** ucd_3_2_0's database. */
    static Ucd v3_2() {
        return Data.INSTANCE.v3_2;
    }

    /** The names of Unicode 14.0 (shared: ucd_3_2_0 answers the same names for fewer characters). */
    static UcdNames names() {
        return Data.INSTANCE.names;
    }

    /** Whether this is the module's own database rather than ucd_3_2_0. */
    boolean isCurrent() {
        return this == Data.INSTANCE.v14;
    }

    /** The file, read once by the first caller (class initialization is the lock). */
    private static final class Data {
        static final Data INSTANCE = new Data();

        final Ucd v14, v3_2;
        final UcdNames names;

        private Data() {
            byte[] bytes;
            try (InputStream in = Ucd.class.getResourceAsStream("/org/gilpy/unicodedata.bin")) {
                if (in == null) throw new IllegalStateException("unicodedata.bin is missing from the jar");
                bytes = new GZIPInputStream(in, 1 << 16).readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read unicodedata.bin", e);
            }
            Reader r = new Reader(bytes);
            if (r.pos + 4 > bytes.length || !new String(bytes, 0, 4, StandardCharsets.ISO_8859_1).equals("GUCD")) {
                throw new IllegalStateException("unicodedata.bin: bad magic");
            }
            r.pos = 4;
            if (r.varint() != 1) throw new IllegalStateException("unicodedata.bin: unknown format version");
            v14 = new Ucd(r);
            v3_2 = new Ucd(r);
            names = new UcdNames(r);
        }
    }

    /** One property: value strings and the runs that cover all code points. */
    static final class Runs {
        private final String[] values;
        /** starts[i] is the first code point of run i; runs are sorted and cover 0..0x10FFFF. */
        private final int[] starts;
        private final int[] index;
        /** The values parsed as ints where the property is numeric (else null). */
        private int[] ints;

        Runs(Reader r) {
            int n = r.varint();
            values = new String[n];
            for (int i = 0; i < n; i++) values[i] = r.string();
            int runs = r.varint();
            starts = new int[runs];
            index = new int[runs];
            int cp = 0;
            for (int i = 0; i < runs; i++) {
                starts[i] = cp;
                cp += r.varint();
                index[i] = r.varint();
            }
            if (cp != CODE_POINTS) throw new IllegalStateException("unicodedata.bin: runs do not cover the code points");
        }

        private int slot(int cp) {
            int lo = 0, hi = starts.length - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (starts[mid] <= cp) lo = mid;
                else hi = mid - 1;
            }
            return index[lo];
        }

        /** The property's value at cp ("" where CPython answers with a default). */
        String get(int cp) {
            return values[slot(cp)];
        }

        /** The value at cp as an int, for properties whose values are decimal numerals or "". */
        int getInt(int cp) {
            int[] v = ints;
            if (v == null) {
                v = new int[values.length];
                for (int i = 0; i < v.length; i++) v[i] = values[i].isEmpty() ? -1 : Integer.parseInt(values[i]);
                ints = v;
            }
            return v[slot(cp)];
        }

        /** Whether a 0/1 property is 1 at cp. */
        boolean is(int cp) {
            return getInt(cp) == 1;
        }

        /** Calls f for every run whose value is not "", with its code points and value. */
        void forEachSet(RunVisitor f) {
            for (int i = 0; i < starts.length; i++) {
                String v = values[index[i]];
                if (v.isEmpty()) continue;
                int end = i + 1 < starts.length ? starts[i + 1] : CODE_POINTS;
                for (int cp = starts[i]; cp < end; cp++) f.visit(cp, v);
            }
        }
    }

    interface RunVisitor {
        void visit(int cp, String value);
    }

    /** The file's primitives: LEB128 varints and length-prefixed UTF-8 strings. */
    static final class Reader {
        final byte[] b;
        int pos;

        Reader(byte[] b) {
            this.b = b;
        }

        int varint() {
            int v = 0;
            for (int shift = 0; ; shift += 7) {
                int x = b[pos++];
                v |= (x & 0x7F) << shift;
                if (x >= 0) return v;
            }
        }

        String string() {
            int n = varint();
            String s = new String(b, pos, n, StandardCharsets.UTF_8);
            pos += n;
            return s;
        }
    }
}
