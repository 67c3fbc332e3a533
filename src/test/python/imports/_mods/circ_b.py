print("circ_b start")
import circ_a
print("circ_b sees A_EARLY:", circ_a.A_EARLY)
print("circ_b sees A_LATE yet:", hasattr(circ_a, "A_LATE"))
B_VALUE = "b value"
print("circ_b end")
