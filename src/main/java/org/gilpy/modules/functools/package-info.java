/**
 * The {@code _functools} module, the Java half of {@code lib/functools.py} (as CPython's
 * C half is): {@code partial}, {@code reduce}, {@code cmp_to_key} and the
 * {@code lru_cache} wrapper, which sit on hot paths (sort keys, memoised recursion).
 * May import {@code objects} and {@code vm}.
 */
package org.gilpy.modules.functools;
