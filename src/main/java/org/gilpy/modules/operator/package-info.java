/**
 * The {@code _operator} module (wrapped by {@code lib/operator.py}): the operators as
 * functions, built on {@link org.gilpy.objects.Abstract} so they mean exactly what the
 * operators mean, and the callable types {@code attrgetter}, {@code itemgetter} and
 * {@code methodcaller}. May import {@code objects} and {@code vm}.
 */
package org.gilpy.modules.operator;
