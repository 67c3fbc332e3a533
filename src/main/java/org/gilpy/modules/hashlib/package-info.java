/**
 * The message digests behind {@code hashlib} and {@code hmac}: {@link
 * org.gilpy.modules.hashlib.HashlibModule} is {@code _hashlib} (hash objects, {@code new},
 * {@code pbkdf2_hmac}, {@code scrypt}, {@code compare_digest}) and {@link
 * org.gilpy.modules.hashlib.Blake2Module} is {@code _blake2}. Every algorithm is an {@link
 * org.gilpy.modules.hashlib.Engine}: the JDK's {@code MessageDigest} where it has one (MD5,
 * SHA-1, SHA-2, SHA-3), and written here from the specifications where it has not: BLAKE2b
 * and BLAKE2s (RFC 7693), SHAKE (FIPS 202), RIPEMD-160, SM3 (GB/T 32905) and scrypt
 * (RFC 7914). {@link org.gilpy.modules.hashlib.Algorithms} is the one table of names.
 *
 * <p>Imports: objects, vm.
 */
package org.gilpy.modules.hashlib;
