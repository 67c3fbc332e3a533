"""Secure hashes and message digests, with the API of CPython 3.11's hashlib.

The digests come from _hashlib (the JDK's MessageDigest). Available: md5, sha1, sha224,
sha256, sha384, sha512, sha3_224, sha3_256, sha3_384, sha3_512 (and sha512_224,
sha512_256 through new()). BLAKE2, SHAKE and scrypt are not provided.
"""

import _hashlib
from _hashlib import pbkdf2_hmac

__always_supported = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
                      'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512')

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


def __hash_new(name, data=b'', **kwargs):
    """new(name, data=b'') - a new hash object for the algorithm called name."""
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
