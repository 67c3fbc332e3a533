"""Secure hashes and message digests, with the API of CPython 3.11's hashlib.

new(name, data=b'', **kwargs) returns a hash object for any name in
algorithms_available (and the other spellings OpenSSL accepts); the named
constructors md5(), sha1(), sha224(), sha256(), sha384(), sha512(), blake2b(),
blake2s(), sha3_224(), sha3_256(), sha3_384(), sha3_512(), shake_128() and
shake_256() always exist. Hash objects have update(data), digest(), hexdigest()
and copy(); SHAKE's digest and hexdigest take the output length.

The digests come from _hashlib (the JDK's MessageDigest for MD5, SHA-1, SHA-2 and
SHA-3; gilpy's own SHAKE, RIPEMD-160, SM3, md5-sha1 and scrypt) and _blake2
(BLAKE2b and BLAKE2s with all their parameters).
"""

import _blake2
import _hashlib
from _hashlib import pbkdf2_hmac, scrypt

__always_supported = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
                      'blake2b', 'blake2s',
                      'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
                      'shake_128', 'shake_256')

algorithms_guaranteed = set(__always_supported)
algorithms_available = set(_hashlib.openssl_md_meth_names)

__all__ = __always_supported + ('new', 'algorithms_guaranteed', 'algorithms_available',
                                'pbkdf2_hmac', 'file_digest')

md5 = _hashlib.openssl_md5
sha1 = _hashlib.openssl_sha1
sha224 = _hashlib.openssl_sha224
sha256 = _hashlib.openssl_sha256
sha384 = _hashlib.openssl_sha384
sha512 = _hashlib.openssl_sha512
sha3_224 = _hashlib.openssl_sha3_224
sha3_256 = _hashlib.openssl_sha3_256
sha3_384 = _hashlib.openssl_sha3_384
sha3_512 = _hashlib.openssl_sha3_512
shake_128 = _hashlib.openssl_shake_128
shake_256 = _hashlib.openssl_shake_256
blake2b = _blake2.blake2b
blake2s = _blake2.blake2s


def __hash_new(name, data=b'', **kwargs):
    """new(name, data=b'') - a hash object for the algorithm called name, fed with
    data (a bytes-like object) when given; blake2b and blake2s also take their keyword
    parameters."""
    if name in ('blake2b', 'blake2s'):
        # the _blake2 types take BLAKE2's parameters (digest_size, key, salt, ...)
        return getattr(_blake2, name)(data, **kwargs)
    try:
        return _hashlib.new(name, data, **kwargs)
    except _hashlib.UnsupportedDigestmodError:
        raise ValueError('unsupported hash type ' + name) from None


new = __hash_new


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """The digest of a file object open for reading in binary mode; digest is a hash
    name or a callable returning a new hash object."""
    if isinstance(digest, str):
        digestobj = new(digest)
    else:
        digestobj = digest()
    if hasattr(fileobj, 'getbuffer'):
        # io.BytesIO: hash its buffer without copying
        digestobj.update(fileobj.getbuffer())
        return digestobj
    if not (hasattr(fileobj, 'readinto') and hasattr(fileobj, 'readable') and fileobj.readable()):
        raise ValueError(f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    buf = bytearray(_bufsize)
    view = memoryview(buf)
    while True:
        size = fileobj.readinto(buf)
        if size == 0:
            break
        digestobj.update(view[:size])
    return digestobj
