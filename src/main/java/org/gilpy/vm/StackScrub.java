package org.gilpy.vm;

import java.util.Arrays;
import org.gilpy.bytecode.Code;
import org.gilpy.bytecode.Opcode;
import org.gilpy.bytecode.StackDepth;

/**
 * Drops the values the eval loop leaves behind above the live part of a value stack. To
 * stay small and fast, {@link Eval} does not clear every slot it pops, so a frame's stack
 * array can still point at an object the program dropped; {@code gc.collect()} calls
 * {@link #runningFrames} first so that such an object can die, as it would in CPython.
 *
 * <p>Why it is safe: a frame of the current thread is suspended inside instruction
 * {@code lasti}, which uses no slot at or above the larger of the stack depths before and
 * after it (from {@link StackDepth}). Only the calling thread's frames are scrubbed; other
 * threads may be between instructions. Tag: [weakref-delivery].
 */
public final class StackScrub {
    private StackScrub() {}

    /** Clears the dead slots of the current thread's running frames. */
    public static void runningFrames() {
        for (Frame f = ThreadState.current().frame; f != null; f = f.back) {
            Code code = f.code;
            int i = f.lasti;
            if (i < 0 || i >= code.code.length) continue;
            int depth;
            try {
                depth = StackDepth.depths(code.code, code.exceptionTable)[i];
            } catch (IllegalStateException e) {
                continue;  // a code object StackDepth cannot follow: leave it alone
            }
            if (depth < 0) continue;
            Opcode op = Opcode.opcodeOf(code.code[i]);
            int arg = Opcode.argOf(code.code[i]);
            int top = Math.max(depth, depth + op.stackEffect(arg, false));
            if (op.isJump()) top = Math.max(top, depth + op.stackEffect(arg, true));
            if (top < f.stack.length) Arrays.fill(f.stack, top, f.stack.length, null);
        }
    }
}
