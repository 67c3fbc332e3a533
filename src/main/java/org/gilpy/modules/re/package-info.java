/**
 * The regular-expression engine behind {@code re}: {@link org.gilpy.modules.re.RegexParser}
 * (syntax and CPython's error messages) builds {@link org.gilpy.modules.re.Node}s,
 * {@link org.gilpy.modules.re.RegexCompiler} turns them into a
 * {@link org.gilpy.modules.re.Program}, and {@link org.gilpy.modules.re.Matcher} runs it by
 * backtracking on an explicit stack. {@link org.gilpy.modules.re.SreModule} is the
 * {@code _sre} module that {@code re.py} wraps.
 *
 * <p>Imports: objects, vm.
 */
package org.gilpy.modules.re;
