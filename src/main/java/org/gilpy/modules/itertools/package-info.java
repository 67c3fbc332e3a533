/**
 * The {@code itertools} module: one Java class per iterator type (named as the Python
 * type, in CamelCase), all lazy, all built on {@link ItIterator}. May import
 * {@code objects} and {@code vm}.
 */
package org.gilpy.modules.itertools;
