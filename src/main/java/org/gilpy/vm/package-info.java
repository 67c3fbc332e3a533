/**
 * The virtual machine: {@link org.gilpy.vm.Eval} (the dispatch loop), frames, Python
 * functions and generators, per-thread state, the importer, and
 * {@link org.gilpy.vm.Interpreter} which ties one running program together.
 *
 * <p>Imports: objects, bytecode, compile, parse, ast.
 */
package org.gilpy.vm;
