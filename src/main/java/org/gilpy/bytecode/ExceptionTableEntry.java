package org.gilpy.bytecode;

/**
 * One row of a code object's exception table: an exception raised by an instruction in
 * {@code [start, end)} pops the value stack down to {@code depth} items, pushes the
 * raising instruction's index (an int) when {@code lasti} is set, pushes the exception,
 * and continues at {@code target}. At most one entry covers any instruction; entries are
 * sorted by start. Nothing is executed for a try block that raises nothing.
 */
public record ExceptionTableEntry(int start, int end, int target, int depth, boolean lasti) {
    public boolean covers(int index) { return index >= start && index < end; }
}
