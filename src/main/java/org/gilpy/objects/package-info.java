/**
 * The object model: {@link org.gilpy.objects.PyObject}, {@link org.gilpy.objects.PyType},
 * one class per built-in type ({@code Py<Type>.java}), the exception hierarchy, and the
 * generic operations of {@link org.gilpy.objects.Abstract} that the eval loop calls.
 *
 * <p>Built-in types declare what Python sees with annotations on their Java methods
 * ({@link org.gilpy.objects.PyMethod}, {@link org.gilpy.objects.PyGetter}); the type's
 * dict is built from them once. Code that needs the eval loop (calling a Python function)
 * reaches it through {@link org.gilpy.objects.Runtime}, which the vm installs.
 *
 * <p>Imports: {@code org.gilpy.bytecode} and the JDK.
 */
package org.gilpy.objects;
