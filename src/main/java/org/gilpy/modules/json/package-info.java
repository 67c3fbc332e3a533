/**
 * {@code _json}, the accelerator of the Python {@code json} package (as CPython's C
 * {@code _json}): the scanner, {@code scanstring}, the string escapers and the one-shot
 * encoder. The {@code json} package works without it; results, chunk text and error
 * positions are the same either way. Imports vm and below, as {@code modules} does.
 */
package org.gilpy.modules.json;
