print("circ_a start")
A_EARLY = "a early"
import circ_b
A_LATE = "a late"
print("circ_a end, circ_b.B_VALUE =", circ_b.B_VALUE)


def from_b():
    return circ_b.B_VALUE
