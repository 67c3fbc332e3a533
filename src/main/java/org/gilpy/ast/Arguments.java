package org.gilpy.ast;

import java.util.List;

/**
 * A parameter list, as CPython's {@code ast.arguments}: {@code def f(posonly, /, args,
 * *vararg, kwonly, **kwarg)}. {@code defaults} belong to the last of posonly+args;
 * {@code kwDefaults} line up with {@code kwonly}, an entry being null when that
 * parameter has no default. {@code vararg}/{@code kwarg} are null when absent.
 */
public record Arguments(Pos pos, List<Arg> posonly, List<Arg> args, Arg vararg,
                        List<Arg> kwonly, List<Expr> kwDefaults, Arg kwarg,
                        List<Expr> defaults) implements Node {
    public static Arguments empty(Pos pos) {
        return new Arguments(pos, List.of(), List.of(), null, List.of(), List.of(), null, List.of());
    }
}
