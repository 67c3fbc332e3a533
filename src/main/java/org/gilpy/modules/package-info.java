/**
 * Modules implemented in Java, one file each ({@code <Name>Module.java}, named as CPython
 * names its C modules), and {@link org.gilpy.modules.ModuleRegistry}, the one sorted list
 * of them.
 *
 * <p>Imports: vm, objects, compile, parse, bytecode, ast.
 */
package org.gilpy.modules;
