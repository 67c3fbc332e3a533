/**
 * The {@code _socket} module, wrapped by {@code lib/socket.py}: sockets over non-blocking
 * NIO channels ({@link org.gilpy.modules.socket.SockHandle}), whose blocking calls and
 * timeouts wait on selectors without the GIL and can be cut short by a signal in the main
 * thread. A socket's descriptor lives in the table of {@code modules/io}
 * ({@code Descriptors.register}), so {@code os.read}, {@code os.close} and
 * {@code select} see it.
 *
 * <p>Imports: vm, objects, modules.io.
 */
package org.gilpy.modules.socket;
