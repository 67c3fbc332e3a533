/**
 * The compiler: AST in, {@link org.gilpy.bytecode.Code} out, CPython 3.11's code shapes
 * in gilpy's own instruction set (see {@code docs/opcodes.md}).
 *
 * <p>{@link org.gilpy.compile.Compiler} is the entry point. The passes: FutureImports
 * checks {@code from __future__}; SymbolTable (with ScopeAnalyzer) decides what every
 * name is; CodeGenerator walks the AST, with StatementCompiler, ControlFlowCompiler,
 * ExpressionCompiler, DisplayCompiler, CallCompiler, FunctionCompiler and
 * ComprehensionCompiler emitting into a CodeUnit per block (ConstantFolder folds constant
 * expressions on the way); the Assembler threads jumps, removes dead code, builds the
 * exception table and computes the stack size. Errors surface as
 * {@link org.gilpy.parse.PySyntaxError} or {@link org.gilpy.compile.CompileRecursionError}.
 *
 * <p>Imports: {@code org.gilpy.ast}, {@code org.gilpy.bytecode}, and from
 * {@code org.gilpy.parse} only {@code Parser} and {@code PySyntaxError}; nothing else
 * outside the JDK.
 */
package org.gilpy.compile;
