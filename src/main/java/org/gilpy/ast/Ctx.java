package org.gilpy.ast;

/** How a target expression is used: loaded, stored, or deleted. */
public enum Ctx { LOAD, STORE, DEL }
