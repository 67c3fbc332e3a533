"""HMAC (keyed-hashing for message authentication, RFC 2104), with the API of CPython
3.11's hmac module: HMAC(key, msg, digestmod) over any hashlib digest."""

import _hashlib as _hashopenssl
from _hashlib import compare_digest
import hashlib as _hashlib

__all__ = ['HMAC', 'new', 'digest', 'compare_digest', 'digest_size']

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))

# The size of the digests returned by HMAC depends on the underlying hash.
digest_size = None


def _constructor(digestmod):
    """A function data -> new hash object, from a name, a constructor or a module."""
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda d=b'': _hashlib.new(digestmod, d)
    return lambda d=b'': digestmod.new(d)


class HMAC:
    """An RFC 2104 HMAC: H((K ^ opad) + H((K ^ ipad) + message))."""

    blocksize = 64  # 512-bit HMAC; the digest's block size is used instead

    __slots__ = ("_hmac", "_inner", "_outer", "block_size", "digest_size")

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        self._hmac = None
        digest_cons = _constructor(digestmod)
        self._outer = digest_cons()
        self._inner = digest_cons()
        self.digest_size = self._inner.digest_size
        blocksize = getattr(self._inner, 'block_size', self.blocksize)
        if blocksize < 16:
            import warnings
            warnings.warn('block_size of %d seems too small; using our default of %d.'
                          % (blocksize, self.blocksize), RuntimeWarning, 2)
            blocksize = self.blocksize
        self.block_size = blocksize
        if len(key) > blocksize:
            key = digest_cons(key).digest()
        key = key.ljust(blocksize, b'\0')
        self._outer.update(key.translate(trans_5C))
        self._inner.update(key.translate(trans_36))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + self._inner.name

    def update(self, msg):
        """Feeds more data to the message."""
        self._inner.update(msg)

    def copy(self):
        """An independent copy of this HMAC, in its current state."""
        other = self.__class__.__new__(self.__class__)
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._hmac = None
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        """The outer hash object fed with the inner digest so far."""
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h

    def digest(self):
        """The MAC of the data fed so far, as bytes."""
        return self._current().digest()

    def hexdigest(self):
        """The MAC of the data fed so far, as hex digits."""
        return self._current().hexdigest()


def new(key, msg=None, digestmod=''):
    """A new HMAC object: key (bytes), optional first message, digestmod (a hash name,
    constructor or module; required)."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The HMAC of msg under key with the hash digest, in one call."""
    digest_cons = _constructor(digest)
    inner = digest_cons()
    outer = digest_cons()
    blocksize = getattr(inner, 'block_size', 64)
    if len(key) > blocksize:
        key = digest_cons(key).digest()
    key = key + b'\x00' * (blocksize - len(key))
    inner.update(key.translate(trans_36))
    outer.update(key.translate(trans_5C))
    inner.update(msg)
    outer.update(inner.digest())
    return outer.digest()
