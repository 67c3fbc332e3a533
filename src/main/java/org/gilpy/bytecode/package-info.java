/**
 * Compiled code: the one {@link org.gilpy.bytecode.Opcode} list, the immutable
 * {@link org.gilpy.bytecode.Code} object with its exception table and positions, the
 * constant kinds the compiler may put in a constant pool, and the disassembler.
 *
 * <p>Imports: nothing outside the JDK.
 */
package org.gilpy.bytecode;
