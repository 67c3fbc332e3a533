# binascii.b2a_qp / a2b_qp over pseudo-random data: every flag combination, long lines.
import binascii

seed = 12345


def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % n


cases = []
for alphabet, longest in [(b'abc =\t\r\n._\xff\x01?', 200), (b'xxxxxxxxx \t\r\n=.', 400)]:
    for _ in range(300):
        length = rand(longest)
        cases.append(bytes(alphabet[rand(len(alphabet))] for _ in range(length)))

for quotetabs in (False, True):
    for istext in (False, True):
        for header in (False, True):
            crc = 0
            same = 0
            longest = 0
            for data in cases:
                enc = binascii.b2a_qp(data, quotetabs, istext, header)
                crc = binascii.crc32(enc, crc)
                if binascii.a2b_qp(enc, header=header) == data:
                    same += 1
                for line in enc.splitlines():
                    longest = max(longest, len(line))
            print(quotetabs, istext, header, crc, same, longest)

crc = 0
for data in cases:
    crc = binascii.crc32(binascii.a2b_qp(data), crc)
    crc = binascii.crc32(binascii.a2b_qp(data, header=True), crc)
print('decode', crc)
