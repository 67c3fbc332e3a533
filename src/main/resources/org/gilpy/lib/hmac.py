"""HMAC (Keyed-Hashing for Message Authentication, RFC 2104), with the API of CPython
3.11's hmac module.

When digestmod is a hash name or a hashlib constructor of _hashlib, the MAC is
_hashlib.HMAC (computed in Java); any other digestmod (a callable returning a hash
object, or a module with new()) goes through the generic implementation here.
"""

import warnings as _warnings
import _hashlib as _hashopenssl
from _hashlib import compare_digest
import hashlib as _hashlib

__all__ = ['HMAC', 'new', 'digest', 'compare_digest', 'digest_size']

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))

# The size of the digests returned by HMAC depends on the underlying hash.
digest_size = None

_functype = type(_hashopenssl.openssl_sha256)


def _constructor(digestmod):
    """A function data -> new hash object, from a name, a constructor or a module."""
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda d=b'': _hashlib.new(digestmod, d)
    return lambda d=b'': digestmod.new(d)


class HMAC:
    """An HMAC (RFC 2104, with RFC 4231's SHA-2 cases) over any hash; the object has
    PEP 247's interface: update, digest, hexdigest, copy, digest_size, block_size."""

    blocksize = 64  # 512-bit HMAC; only used when the digest has no block_size

    __slots__ = ("_hmac", "_inner", "_outer", "block_size", "digest_size")

    def __init__(self, key, msg=None, digestmod=''):
        """key (bytes or bytearray) keys the MAC; msg, when not None, is fed first;
        digestmod (required, even though it comes after msg) is a name for
        hashlib.new(), a constructor of hash objects, or a PEP 247 module."""
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        if isinstance(digestmod, (str, _functype)):
            try:
                self._init_hmac(key, msg, digestmod)
                return
            except _hashopenssl.UnsupportedDigestmodError:
                pass
        self._init_old(key, msg, digestmod)

    def _init_hmac(self, key, msg, digestmod):
        self._hmac = _hashopenssl.hmac_new(key, msg, digestmod=digestmod)
        self.digest_size = self._hmac.digest_size
        self.block_size = self._hmac.block_size

    def _init_old(self, key, msg, digestmod):
        digest_cons = _constructor(digestmod)
        self._hmac = None
        self._outer = digest_cons()
        self._inner = digest_cons()
        self.digest_size = self._inner.digest_size
        if hasattr(self._inner, 'block_size'):
            blocksize = self._inner.block_size
            if blocksize < 16:
                _warnings.warn('block_size of %d seems too small; using our '
                               'default of %d.' % (blocksize, self.blocksize),
                               RuntimeWarning, 2)
                blocksize = self.blocksize
        else:
            _warnings.warn('No block_size attribute on given digest object; '
                           'Assuming %d.' % (self.blocksize), RuntimeWarning, 2)
            blocksize = self.blocksize
        if len(key) > blocksize:
            key = digest_cons(key).digest()
        # the key padded with zeros to one block, XORed with each pad byte
        self.block_size = blocksize
        key = key.ljust(blocksize, b'\0')
        self._outer.update(key.translate(trans_5C))
        self._inner.update(key.translate(trans_36))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        if self._hmac:
            return self._hmac.name
        return "hmac-" + self._inner.name

    def update(self, msg):
        """Feeds msg (a bytes-like object) to the MAC."""
        inst = self._hmac or self._inner
        inst.update(msg)

    def copy(self):
        """An independent HMAC in the same state: updating one leaves the other alone."""
        other = self.__class__.__new__(self.__class__)
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        if self._hmac:
            other._hmac = self._hmac.copy()
            other._inner = other._outer = None
        else:
            other._hmac = None
            other._inner = self._inner.copy()
            other._outer = self._outer.copy()
        return other

    def _current(self):
        """The outer hash object fed with the inner digest so far."""
        if self._hmac:
            return self._hmac
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h

    def digest(self):
        """The MAC of everything fed so far, as bytes; more updates may follow."""
        return self._current().digest()

    def hexdigest(self):
        """The MAC of everything fed so far, as a string of hex digits."""
        return self._current().hexdigest()


def new(key, msg=None, digestmod=''):
    """A new HMAC object: HMAC(key, msg, digestmod)."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The MAC of msg under key in one call; digest is what HMAC takes as digestmod."""
    if isinstance(digest, (str, _functype)):
        try:
            return _hashopenssl.hmac_digest(key, msg, digest)
        except _hashopenssl.UnsupportedDigestmodError:
            pass

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
